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
// root may also name one such file. A file or directory that cannot be
// read yields an error for it and the walk goes on.
func Dir(root string) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if !yield(Page{Source: path}, err) {
					return fs.SkipAll
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			ctype, gz := dirType(path)
			if ctype == "" {
				return nil
			}
			body, err := readFile(path, gz)
			if !yield(Page{Source: path, ContentType: ctype, Body: body}, err) {
				return fs.SkipAll
			}
			return nil
		})
		if err != nil {
			yield(Page{Source: root}, err)
		}
	}
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

// readFile reads a page file, decompressing it when gz is set.
func readFile(path string, gz bool) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	var hint int64
	if info, err := f.Stat(); err == nil && !gz {
		hint = info.Size()
	}
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, gzipError(path, err)
		}
		defer zr.Close()
		r = zr
	}
	body, err := readSized(r, maxPage, hint)
	if err != nil {
		return nil, gzipError(path, err)
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
			buf = append(buf, 0)[:len(buf)]
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
