package batch

import (
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/liveblog-go/liveblog"
)

// maxPage is the most a reader holds of one page. A larger page is
// reported as liveblog.ErrTooLarge, as Parse would.
const maxPage = liveblog.DefaultMaxSize

// dirTypes maps the extensions Dir reads to the Content-Type given to the
// parser.
var dirTypes = map[string]string{
	".html": "text/html",
	".htm":  "text/html",
	".txt":  "text/plain",
}

// Dir yields the pages saved under root, walking it recursively in
// lexical order: files named *.html, *.htm and *.txt (any case), and the
// same gzip-compressed with a .gz suffix. Other files are skipped. A
// .txt file is read as the text of a live blog, never sniffed as HTML.
// Page.Source is the file's path, Page.URL is empty (the parser falls
// back on the page's canonical link).
//
// Only regular files are read: a FIFO, socket or device with a page's
// name yields an error for it instead of blocking the walk. Symbolic
// links are followed only inside the tree: a link to a regular file
// under root is read (Source is the link's path, the name the link's);
// a link that leads outside root, or nowhere, yields an error for it; a
// link to a directory is not descended, so no link makes the walk loop
// or leave the tree. root itself may be a link, to the directory or file
// meant.
//
// root may also name one such file; a file of another name yields an
// error wrapping ErrNotPage. A file or directory that cannot be read
// yields an error for it and the walk goes on.
func Dir(root string) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		info, err := os.Stat(root)
		if err != nil {
			yield(Page{Source: root}, err)
			return
		}
		// root's real place: the file to read, or the tree, to tell where
		// links lead (the walk goes through it when root is a link).
		real, err := filepath.EvalSymlinks(root)
		if err == nil {
			real, err = filepath.Abs(real)
		}
		if err != nil {
			yield(Page{Source: root}, err)
			return
		}
		if !info.IsDir() {
			if !PageName(root) {
				yield(Page{Source: root}, fmt.Errorf("%w: %s", ErrNotPage, root))
				return
			}
			ctype, gz := dirType(root)
			body, err := readFile(real, root, gz)
			yield(Page{Source: root, ContentType: ctype, Body: body}, err)
			return
		}
		walkRoot := root
		if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			walkRoot = real
		}
		err = filepath.WalkDir(walkRoot, func(path string, d fs.DirEntry, err error) error {
			source := path
			if walkRoot != root {
				source = filepath.Join(root, strings.TrimPrefix(path, walkRoot))
			}
			if err != nil {
				if !yield(Page{Source: source}, err) {
					return fs.SkipAll
				}
				return nil
			}
			if d.IsDir() || !PageName(path) {
				return nil
			}
			ctype, gz := dirType(path)
			var body []byte
			switch t := d.Type(); {
			case t.IsRegular():
				body, err = readFile(path, source, gz)
			case t&fs.ModeSymlink != 0:
				body, err = readLink(path, source, real, gz)
			default:
				err = &fs.PathError{Op: "read", Path: source, Err: errNotRegular}
			}
			if !yield(Page{Source: source, ContentType: ctype, Body: body}, err) {
				return fs.SkipAll
			}
			return nil
		})
		if err != nil {
			yield(Page{Source: root}, err)
		}
	}
}

// ErrNotPage means a file named to Dir is not one it reads: not a
// directory, nor a page by its name (see PageName).
var ErrNotPage = errors.New("liveblog: not a page file (want a directory, *.html, *.htm, *.txt or their .gz forms)")

// Errors of files Dir will not read.
var (
	errNotRegular = errors.New("not a regular file")
	errOutside    = errors.New("symbolic link leads outside the directory")
)

// PageName reports whether Dir reads a file of this name: *.html, *.htm
// or *.txt, in any case, possibly followed by .gz.
func PageName(name string) bool {
	ctype, _ := dirType(name)
	return ctype != ""
}

// readLink reads the file a link at path leads to, when it is a regular
// file inside the tree whose real path is tree.
func readLink(path, source, tree string, gz bool) ([]byte, error) {
	target, err := filepath.EvalSymlinks(path)
	if err == nil {
		target, err = filepath.Abs(target)
	}
	if err != nil {
		return nil, err
	}
	rel, err := filepath.Rel(tree, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, &fs.PathError{Op: "read", Path: source, Err: errOutside}
	}
	return readFile(target, source, gz)
}

// dirType returns the Content-Type for a file Dir reads, "" for one it
// skips, and whether the file is gzip-compressed.
func dirType(path string) (ctype string, gz bool) {
	name := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(name, ".gz") {
		name, gz = strings.TrimSuffix(name, ".gz"), true
	}
	return dirTypes[filepath.Ext(name)], gz
}

// readFile reads a page file, decompressing it when gz is set; errors
// name it source. It opens the file without waiting for a writer and,
// where the system can, without following a link (openFlags), and reads
// it only if it is a regular file: a FIFO put in its place after the
// directory was listed does not block the walk.
func readFile(path, source string, gz bool) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: source, Err: errors.Unwrap(err)}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: source, Err: errNotRegular}
	}
	var r io.Reader = f
	var hint int64
	if !gz {
		hint = info.Size()
	}
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, gzipError(source, err)
		}
		defer zr.Close()
		r = zr
	}
	body, err := readSized(r, maxPage, hint)
	if err != nil {
		return nil, gzipError(source, err)
	}
	return body, nil
}

// readLimited reads all of r, failing with liveblog.ErrTooLarge past limit
// bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	return readSized(r, limit, 0)
}

// sizeHintMax caps the buffer readSized makes up front, so that a length
// a record or a server claims but does not send costs no more than this.
const sizeHintMax = 4 << 20

// readSized is readLimited for a reader that should hold about hint
// bytes (0: unknown): its buffer is made that large at once, where
// growing one from nothing would allocate (and collect) twice the page.
func readSized(r io.Reader, limit, hint int64) ([]byte, error) {
	size := int64(512)
	if hint > 0 {
		// One byte more than the page, to see its end without growing.
		size = min(hint, limit, sizeHintMax) + 1
	}
	buf := make([]byte, 0, size)
	lr := io.LimitReader(r, limit+1)
	for {
		if len(buf) == cap(buf) {
			// Double, up to the limit: append grows large slices by a
			// quarter, which allocates some six times the page on the
			// way to a large one.
			buf = slices.Grow(buf, int(max(0, min(int64(max(cap(buf), 512)), limit+1-int64(cap(buf))))))
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if int64(len(buf)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", liveblog.ErrTooLarge, limit)
	}
	return buf, nil
}

// gzipError names what went wrong reading a compressed stream.
func gzipError(name string, err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return fmt.Errorf("%w: %s: %w", ErrTruncated, name, err)
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum), isFlateError(err):
		return fmt.Errorf("%w: %s: %w", ErrMalformed, name, err)
	}
	return err
}

// isFlateError reports corrupt deflate data.
func isFlateError(err error) bool {
	var ce flate.CorruptInputError
	return errors.As(err, &ce)
}
