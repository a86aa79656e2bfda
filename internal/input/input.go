// Package input turns the bytes a caller hands to Parse into UTF-8 text
// and says whether it is HTML: the size limit, pooled read buffers, byte
// order marks (UTF-8 and UTF-16), the charset the page or the HTTP
// Content-Type declares (or a fallback), and the refusal of binary data.
package input

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// The errors of this package; the caller maps them to its own.
var (
	// ErrTooLarge means the input is longer than the limit.
	ErrTooLarge = errors.New("input too large")
	// ErrCharset means a charset is unknown.
	ErrCharset = errors.New("unknown charset")
	// ErrBinary means the input is not text: control bytes that no
	// page or copied text holds.
	ErrBinary = errors.New("binary data, not a page or a text")
)

// Read reads all of r up to limit bytes (no limit when limit < 0) into a
// buffer from a pool, which the caller returns with Release when nothing
// refers to its bytes any more. When r tells its length (a bytes.Reader,
// a strings.Reader, a regular file) the buffer is sized once for it, and
// an input known to be over the limit is refused before it is read.
func Read(r io.Reader, limit int64) (*[]byte, error) {
	hint := sizeHint(r)
	if limit >= 0 && hint > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	if limit >= 0 {
		r = io.LimitReader(r, limit+1)
	}
	buf := buffers.Get().(*[]byte)
	data, err := readAll(r, hint, (*buf)[:0])
	*buf = data
	if err != nil {
		Release(buf)
		return nil, err
	}
	if limit >= 0 && int64(len(data)) > limit {
		Release(buf)
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return buf, nil
}

// buffers recycles the buffers Read reads into: a service parsing page
// after page would otherwise allocate (and collect) a copy of every
// page. Buffers past maxPooled are left to the collector so that one
// huge page does not stay pinned.
var buffers = sync.Pool{New: func() any { return new([]byte) }}

const maxPooled = 4 << 20

// Release returns a buffer from Read to the pool.
func Release(buf *[]byte) {
	if cap(*buf) > maxPooled {
		return
	}
	*buf = (*buf)[:0]
	buffers.Put(buf)
}

// sizeHint returns how many bytes r says it holds, or -1.
func sizeHint(r io.Reader) int64 {
	switch r := r.(type) {
	case interface{ Len() int }: // bytes.Reader, strings.Reader, bytes.Buffer
		return int64(r.Len())
	case *os.File:
		info, err := r.Stat()
		if err != nil || !info.Mode().IsRegular() {
			return -1
		}
		off, err := r.Seek(0, io.SeekCurrent)
		if err != nil || off > info.Size() {
			return -1
		}
		return info.Size() - off
	}
	return -1
}

// readAll is io.ReadAll appending to b, grown first to hint bytes (plus
// one, to see the end without growing). A wrong hint costs only what
// io.ReadAll would have spent.
func readAll(r io.Reader, hint int64, b []byte) ([]byte, error) {
	size := 512
	if hint >= 0 && hint < 1<<31 {
		size = int(hint) + 1
	}
	if cap(b) < size {
		b = make([]byte, 0, size)
	}
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// Decode turns the input into UTF-8 and says whether it is HTML.
// contentType is the HTTP Content-Type when known (its media type decides
// HTML or text, its charset the decoding); fallback names the charset of
// pages that declare none and are not valid UTF-8 ("" means
// windows-1252, as browsers do). Input that is already valid UTF-8 is
// returned as it is, without a copy.
func Decode(data []byte, contentType, fallback string) ([]byte, bool, error) {
	// A UTF-16 page starts with its byte order mark: decode it first,
	// or no markup can be seen in it.
	if bytes.HasPrefix(data, utf16BE) || bytes.HasPrefix(data, utf16LE) {
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, false, fmt.Errorf("decoding UTF-16 input: %w", err)
		}
		data, contentType = out, withoutCharset(contentType)
	}
	// The media type alone decides HTML or text; the parameters are
	// parsed (a map per call) only when a text's charset is needed.
	mediaType, _, _ := strings.Cut(contentType, ";")
	mediaType = strings.ToLower(strings.TrimSpace(mediaType))
	isHTML := LooksLikeHTML(data)
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		isHTML = true
	case "text/plain", "application/json", "text/json":
		isHTML = false
	}
	if !isHTML && isBinary(data) {
		return nil, false, ErrBinary
	}
	enc, name, err := chooseEncoding(data, isHTML, contentType, fallback)
	if err != nil {
		return nil, false, err
	}
	if name == "utf-8" && utf8.Valid(data) {
		// Decoding valid UTF-8 as UTF-8 changes nothing but the copy.
		return bytes.TrimPrefix(data, utf8BOM), isHTML, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, false, fmt.Errorf("decoding input: %w", err)
	}
	return bytes.TrimPrefix(out, utf8BOM), isHTML, nil
}

// chooseEncoding picks the encoding of the input and returns its name
// ("" when unknown).
func chooseEncoding(data []byte, isHTML bool, contentType, fallback string) (encoding.Encoding, string, error) {
	var enc encoding.Encoding
	var name string
	if isHTML {
		var certain bool
		enc, name, certain = charset.DetermineEncoding(data, contentType)
		// windows-1252 uncertain is DetermineEncoding's answer when the
		// first 1024 bytes are ASCII and declare nothing: it never looks
		// further. Many pages declare their charset later than that, so
		// a page that is valid UTF-8 throughout is read as UTF-8 (a real
		// windows-1252 text is almost never valid UTF-8), as browsers'
		// detectors do; otherwise the caller's fallback applies.
		if !certain && name == "windows-1252" {
			switch {
			case utf8.Valid(data):
				enc, name = unicode.UTF8, "utf-8"
			case fallback != "":
				enc = nil
			}
		}
	} else if cs := contentCharset(contentType); cs != "" {
		var err error
		if enc, err = htmlindex.Get(cs); err != nil {
			return nil, "", fmt.Errorf("%w: %q", ErrCharset, cs)
		}
		name, _ = htmlindex.Name(enc)
	} else if bytes.HasPrefix(data, utf8BOM) || utf8.Valid(data) {
		enc, name = unicode.UTF8, "utf-8"
	}
	if enc == nil {
		if fallback == "" {
			fallback = "windows-1252"
		}
		var err error
		if enc, err = htmlindex.Get(fallback); err != nil {
			return nil, "", fmt.Errorf("%w: fallback %q", ErrCharset, fallback)
		}
		name, _ = htmlindex.Name(enc)
	}
	return enc, name, nil
}

var (
	utf8BOM = []byte("\xef\xbb\xbf")
	utf16BE = []byte("\xfe\xff")
	utf16LE = []byte("\xff\xfe")
)

// contentCharset returns the charset parameter of a Content-Type, or "".
func contentCharset(contentType string) string {
	if !strings.Contains(contentType, ";") {
		return ""
	}
	_, params, _ := mime.ParseMediaType(contentType)
	return params["charset"]
}

// withoutCharset drops the parameters of a Content-Type: a charset label
// does not apply to bytes already decoded from UTF-16.
func withoutCharset(contentType string) string {
	mt, _, _ := strings.Cut(contentType, ";")
	return mt
}

// isBinary reports whether the start of an input is binary data rather
// than text: four or more NUL bytes, or more than a tenth of its bytes C0
// controls that text does not hold (all but tab, the newlines, form feed,
// carriage return and escape). An executable or an image is refused; a
// copied page with a stray control character (a bell, a NUL in a hostile
// text) is still read, its controls left for the outputs to strip.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	nul, controls := 0, 0
	for _, c := range head {
		if c < 0x20 && !textControl[c] {
			controls++
			if c == 0 {
				nul++
			}
		}
	}
	return nul >= 4 || controls*10 > len(head)
}

var textControl = [0x20]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, 0x1b: true}

// LooksLikeHTML sniffs the start of the input for markup. A JSON
// document (a live-blog vendor's response, whose strings often hold
// "<p>" near the start) is not HTML.
func LooksLikeHTML(data []byte) bool {
	head := data
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(head) > 0 && head[0] == '<' {
		return true
	}
	if LooksLikeJSON(data) {
		return false
	}
	for i, c := range head {
		if c != '<' {
			continue
		}
		for _, tag := range htmlSniffTags {
			if len(head)-i >= len(tag) && bytes.EqualFold(head[i:i+len(tag)], tag) {
				return true
			}
		}
	}
	return false
}

// LooksLikeJSON reports whether the input is a JSON object or array:
// it starts with '{' or '[' (after a byte order mark and white space) and
// the whole of it is valid JSON. Only such inputs pay for the check.
func LooksLikeJSON(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	if len(data) == 0 || (data[0] != '{' && data[0] != '[') {
		return false
	}
	return json.Valid(data)
}

// htmlSniffTags are the tags whose presence near the start makes an
// input HTML, matched in any case.
var htmlSniffTags = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<div"), []byte("<p>"), []byte("<article"), []byte("<section")}
