package liveblog

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
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
	data, err := p.read(r)
	if err != nil {
		return nil, err
	}
	text, isHTML, err := p.decode(data)
	if err != nil {
		return nil, err
	}
	if !isHTML {
		return p.run(newDocument(nil, text, &p.opts))
	}
	root, err := html.ParseWithOptions(strings.NewReader(text), html.ParseOptionEnableScripting(false))
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

// read reads all of r up to the size limit.
func (p *Parser) read(r io.Reader) ([]byte, error) {
	limit := p.opts.MaxSize
	if limit == 0 {
		limit = DefaultMaxSize
	}
	if limit < 0 {
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("liveblog: reading input: %w", err)
		}
		return data, nil
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("liveblog: reading input: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return data, nil
}

// decode turns the input into UTF-8 text and says whether it is HTML.
func (p *Parser) decode(data []byte) (string, bool, error) {
	mediaType, _, _ := mime.ParseMediaType(p.opts.ContentType)
	isHTML := looksLikeHTML(data)
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		isHTML = true
	case "text/plain":
		isHTML = false
	}
	var enc encoding.Encoding
	if isHTML {
		var certain bool
		var name string
		enc, name, certain = charset.DetermineEncoding(data, p.opts.ContentType)
		// DetermineEncoding looks at the first 1024 bytes only: a page
		// whose <meta charset> comes later (the Guardian's at byte 2834,
		// the Mirror's at 91314) is guessed windows-1252 even though it
		// is UTF-8. A whole input that is valid UTF-8 is read as UTF-8.
		if !certain && name != "utf-8" && utf8.Valid(data) {
			enc, name = unicode.UTF8, "utf-8"
		}
		if !certain && name == "windows-1252" && p.opts.FallbackCharset != "" {
			enc = nil
		}
	} else if _, params, err := mime.ParseMediaType(p.opts.ContentType); err == nil && params["charset"] != "" {
		var err error
		if enc, err = htmlindex.Get(params["charset"]); err != nil {
			return "", false, fmt.Errorf("%w: %q", ErrCharset, params["charset"])
		}
	} else if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) || utf8.Valid(data) {
		enc = unicode.UTF8
	}
	if enc == nil {
		name := p.opts.FallbackCharset
		if name == "" {
			name = "windows-1252"
		}
		var err error
		if enc, err = htmlindex.Get(name); err != nil {
			return "", false, fmt.Errorf("%w: fallback %q", ErrCharset, name)
		}
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", false, fmt.Errorf("liveblog: decoding input: %w", err)
	}
	out = bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
	return string(out), isHTML, nil
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
	lower := bytes.ToLower(head)
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<div", "<p>", "<article", "<section"} {
		if bytes.Contains(lower, []byte(tag)) {
			return true
		}
	}
	return false
}

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
		if firstErr == nil {
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
