package liveblog

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Errors returned by Parse. Each is wrapped with %w, so test with
// errors.Is.
var (
	// ErrNotLiveBlog means the input holds no live-blog entries: an
	// ordinary article, an empty file, binary data.
	ErrNotLiveBlog = errors.New("liveblog: not a live blog")
	// ErrTooLarge means the input is longer than Options.MaxSize.
	ErrTooLarge = errors.New("liveblog: input too large")
	// ErrUnknownSource means Options.Source names no registered extractor.
	ErrUnknownSource = errors.New("liveblog: unknown source")
	// ErrCharset means the input's character set is unknown or the
	// fallback charset named in Options is not one.
	ErrCharset = errors.New("liveblog: unknown charset")
)

// DefaultMaxSize is the input size limit used when Options.MaxSize is 0.
// The largest live blogs seen are under 2 MB.
const DefaultMaxSize = 32 << 20

// Options configure a Parser. The zero value is valid: every field has a
// default.
type Options struct {
	// URL is the page address, used to resolve relative links, to build
	// permalinks and by site adapters to recognise their pages. When
	// empty, the page's canonical link is used.
	URL string
	// Source forces the extractor with this name instead of choosing one
	// by Match. An unknown name is an error wrapping ErrUnknownSource.
	Source string
	// Location is the publisher's time zone, used for times printed
	// without a zone. Nil lets the extractor decide, else UTC.
	Location *time.Location
	// Now is the reference time for relative stamps ("5 min ago") and for
	// times printed without a date. The zero value means the page's own
	// modified (or published) time when it has one, else time.Now().
	Now time.Time
	// Captured is when the page was fetched or archived (a WARC record's
	// date). It is the reference time when Now is zero and the page gives
	// no modified or published date of its own, so an archived page's
	// clock-only times are dated from its capture, not from today.
	Captured time.Time
	// MaxSize is the largest input accepted, in bytes. 0 means
	// DefaultMaxSize; a negative value means no limit.
	MaxSize int64
	// ContentType is the HTTP Content-Type of the input, when known. Its
	// charset parameter decides the decoding, and "text/plain" makes the
	// input be read as text.
	ContentType string
	// FallbackCharset names the charset of pages that declare none and
	// are not valid UTF-8 ("windows-1251" for a Cyrillic site). Empty
	// means windows-1252, as browsers do.
	FallbackCharset string
	// Registry is the set of extractors to choose from. Nil means
	// DefaultRegistry.
	Registry *Registry
}

// Parser parses live blogs with fixed Options. A Parser is immutable and
// safe for concurrent use.
type Parser struct {
	opts Options
}

// NewParser returns a Parser using opts.
func NewParser(opts Options) *Parser {
	if opts.Registry == nil {
		opts.Registry = DefaultRegistry
	}
	return &Parser{opts: opts}
}

// Options returns the parser's options.
func (p *Parser) Options() Options { return p.opts }

var defaultParser = NewParser(Options{})

// Parse reads a live-blog page (HTML, or the text of one as copied from a
// browser) with the default options and returns its entries. It never
// closes r and never touches the network.
func Parse(r io.Reader) (*Blog, error) { return defaultParser.Parse(r) }

// ParseNode returns the entries of an already parsed HTML tree with the
// default options.
func ParseNode(root *html.Node) (*Blog, error) { return defaultParser.ParseNode(root) }

// Parse reads a live-blog page from r and returns its entries. It never
// closes r and never touches the network.
func (p *Parser) Parse(r io.Reader) (*Blog, error) {
	buf, err := p.read(r)
	if err != nil {
		return nil, err
	}
	// Nothing built from the input refers to its bytes: the HTML
	// tokenizer copies what it keeps into strings, and so does the text
	// path. The buffer goes back to the pool when Parse returns.
	defer putBuffer(buf)
	data, isHTML, err := p.decode(*buf)
	if err != nil {
		return nil, err
	}
	if !isHTML {
		return p.run(newDocument(nil, string(data), &p.opts))
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("liveblog: parsing HTML: %w", err)
	}
	return p.run(newDocument(root, "", &p.opts))
}

// ParseNode returns the entries of an already parsed HTML tree. The tree
// is read, never modified.
func (p *Parser) ParseNode(root *html.Node) (*Blog, error) {
	if root == nil {
		return nil, fmt.Errorf("%w: nil tree", ErrNotLiveBlog)
	}
	return p.run(newDocument(root, "", &p.opts))
}

// read reads all of r up to the size limit into a buffer from the pool,
// which the caller returns with putBuffer. When r tells its length (a
// bytes.Reader, a strings.Reader, a regular file) the buffer is sized
// once for it, and an input known to be over the limit is refused before
// it is read.
func (p *Parser) read(r io.Reader) (*[]byte, error) {
	limit := p.opts.MaxSize
	if limit == 0 {
		limit = DefaultMaxSize
	}
	hint := sizeHint(r)
	if limit >= 0 && hint > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	if limit >= 0 {
		r = io.LimitReader(r, limit+1)
	}
	buf := getBuffer()
	data, err := readAll(r, hint, (*buf)[:0])
	*buf = data
	if err != nil {
		putBuffer(buf)
		return nil, fmt.Errorf("liveblog: reading input: %w", err)
	}
	if limit >= 0 && int64(len(data)) > limit {
		putBuffer(buf)
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return buf, nil
}

// inputBuffers recycles the buffers Parse reads its input into: a
// service parsing page after page would otherwise allocate (and collect)
// a copy of every page. Buffers past maxPooledBuffer are left to the
// collector so that one huge page does not stay pinned.
var inputBuffers = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledBuffer = 4 << 20

func getBuffer() *[]byte { return inputBuffers.Get().(*[]byte) }

func putBuffer(buf *[]byte) {
	if cap(*buf) > maxPooledBuffer {
		return
	}
	*buf = (*buf)[:0]
	inputBuffers.Put(buf)
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

// decode turns the input into UTF-8 and says whether it is HTML. Input
// that is already valid UTF-8 is returned as it is, without a copy.
func (p *Parser) decode(data []byte) ([]byte, bool, error) {
	// The media type alone decides HTML or text; the parameters are
	// parsed (a map per call) only when a text's charset is needed.
	mediaType, _, _ := strings.Cut(p.opts.ContentType, ";")
	mediaType = strings.ToLower(strings.TrimSpace(mediaType))
	isHTML := looksLikeHTML(data)
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		isHTML = true
	case "text/plain":
		isHTML = false
	}
	var enc encoding.Encoding
	var name string // the encoding's name, "" when unknown
	if isHTML {
		var certain bool
		enc, name, certain = charset.DetermineEncoding(data, p.opts.ContentType)
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
			case p.opts.FallbackCharset != "":
				enc = nil
			}
		}
	} else if cs := contentCharset(p.opts.ContentType); cs != "" {
		var err error
		if enc, err = htmlindex.Get(cs); err != nil {
			return nil, false, fmt.Errorf("%w: %q", ErrCharset, cs)
		}
		name, _ = htmlindex.Name(enc)
	} else if bytes.HasPrefix(data, utf8BOM) || utf8.Valid(data) {
		enc, name = unicode.UTF8, "utf-8"
	}
	if enc == nil {
		fallback := p.opts.FallbackCharset
		if fallback == "" {
			fallback = "windows-1252"
		}
		var err error
		if enc, err = htmlindex.Get(fallback); err != nil {
			return nil, false, fmt.Errorf("%w: fallback %q", ErrCharset, fallback)
		}
		name, _ = htmlindex.Name(enc)
	}
	if name == "utf-8" && utf8.Valid(data) {
		// Decoding valid UTF-8 as UTF-8 changes nothing but the copy.
		return bytes.TrimPrefix(data, utf8BOM), isHTML, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, false, fmt.Errorf("liveblog: decoding input: %w", err)
	}
	return bytes.TrimPrefix(out, utf8BOM), isHTML, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// contentCharset returns the charset parameter of a Content-Type, or "".
func contentCharset(contentType string) string {
	if !strings.Contains(contentType, ";") {
		return ""
	}
	_, params, _ := mime.ParseMediaType(contentType)
	return params["charset"]
}

// looksLikeHTML sniffs the start of the input for markup.
func looksLikeHTML(data []byte) bool {
	head := data
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) > 0 && head[0] == '<' {
		return true
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

// htmlSniffTags are the tags whose presence near the start makes an
// input HTML, matched in any case.
var htmlSniffTags = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<div"), []byte("<p>"), []byte("<article"), []byte("<section")}

// run chooses an extractor and finishes its result.
func (p *Parser) run(d *Document) (*Blog, error) {
	reg := p.opts.Registry
	if p.opts.Source != "" {
		e, ok := reg.Lookup(p.opts.Source)
		if !ok {
			return nil, fmt.Errorf("%w %q (forgotten import of github.com/liveblog-go/liveblog/sources/all?)", ErrUnknownSource, p.opts.Source)
		}
		return p.extract(d, e)
	}
	var firstErr error
	for _, e := range reg.Extractors() {
		if !e.Match(d) {
			continue
		}
		blog, err := p.extract(d, e)
		if err == nil {
			return blog, nil
		}
		if !errors.Is(err, ErrNotLiveBlog) {
			return nil, err
		}
		// For text, the text reader's verdict is the one to report: a
		// site adapter chosen by the URL reads only its HTML.
		if _, text := e.(textExtractor); firstErr == nil || text && !d.IsHTML() {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, ErrNotLiveBlog
}

func (p *Parser) extract(d *Document, e Extractor) (blog *Blog, err error) {
	defer func() {
		// An extractor bug must not take down the caller's program: a
		// panic on hostile input becomes an error naming the extractor.
		if v := recover(); v != nil {
			blog, err = nil, fmt.Errorf("liveblog: extractor %q failed: %v", e.Name(), v)
		}
	}()
	res, err := e.Extract(d)
	if err != nil {
		return nil, fmt.Errorf("liveblog: %s: %w", e.Name(), err)
	}
	if res == nil || len(res.Entries) == 0 {
		return nil, fmt.Errorf("%w: %s found no entries", ErrNotLiveBlog, e.Name())
	}
	blog = finish(d, e.Name(), res)
	if len(blog.Entries) == 0 {
		return nil, fmt.Errorf("%w: %s found no entries", ErrNotLiveBlog, e.Name())
	}
	return blog, nil
}
