package liveblog

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/input"
)

// Errors returned by Parse. Each is wrapped with %w, so test with
// errors.Is.
var (
	// ErrNotLiveBlog means the input holds no live-blog entries: an
	// ordinary article, an empty file, binary data.
	ErrNotLiveBlog = errors.New("liveblog: not a live blog")
	// ErrTooLarge means the input is longer than Options.MaxSize.
	ErrTooLarge = errors.New("liveblog: input too large")
	// ErrUnknownExtractor means Options.Extractor names no registered extractor.
	ErrUnknownExtractor = errors.New("liveblog: unknown extractor")
	// ErrCharset means the input's character set is unknown or the
	// fallback charset named in Options is not one.
	ErrCharset = errors.New("liveblog: unknown charset")
	// ErrVendorEmbed means the page shows no entries of its own but
	// embeds a vendor's live blog: the error is an *EmbedError that
	// lists where the entries are.
	ErrVendorEmbed = errors.New("liveblog: the entries are in a vendor embed")
)

// EmbedError is returned for a page whose only live blog is a vendor's
// embed (the host page holds the embed; the vendor's script fills it):
// the page is not "not a live blog", and its entries are one fetch away.
// errors.Is(err, ErrVendorEmbed) reports it.
type EmbedError struct {
	// Feeds are the embedded live blogs; fetching Feeds[i].URL and
	// parsing the response gives the entries.
	Feeds []Feed
	// Blog holds what the host page says of itself (URL, title, dates,
	// AMP alternate, adjoining pages), with no entries.
	Blog *Blog
}

// Error names the first embed.
func (e *EmbedError) Error() string {
	return fmt.Sprintf("%s: %s (%s)", ErrVendorEmbed.Error(), e.Feeds[0].Vendor, e.Feeds[0].URL)
}

// Unwrap makes errors.Is(err, ErrVendorEmbed) true.
func (e *EmbedError) Unwrap() error { return ErrVendorEmbed }

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
	// Extractor forces the extractor with this name instead of choosing one
	// by Match. An unknown name is an error wrapping ErrUnknownExtractor.
	Extractor string
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
	defer input.Release(buf)
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

// read reads r up to the size limit into a pooled buffer (see
// input.Read), which the caller returns with input.Release.
func (p *Parser) read(r io.Reader) (*[]byte, error) {
	limit := p.opts.MaxSize
	if limit == 0 {
		limit = DefaultMaxSize
	}
	buf, err := input.Read(r, limit)
	switch {
	case errors.Is(err, input.ErrTooLarge):
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	case err != nil:
		return nil, fmt.Errorf("liveblog: reading input: %w", err)
	}
	return buf, nil
}

// decode turns the input into UTF-8 and says whether it is HTML (see
// input.Decode), with the package's errors.
func (p *Parser) decode(data []byte) ([]byte, bool, error) {
	out, isHTML, err := input.Decode(data, p.opts.ContentType, p.opts.FallbackCharset)
	switch {
	case errors.Is(err, input.ErrCharset):
		return nil, false, fmt.Errorf("%w: %s", ErrCharset, strings.TrimPrefix(err.Error(), input.ErrCharset.Error()+": "))
	case errors.Is(err, input.ErrBinary):
		return nil, false, fmt.Errorf("%w: binary data", ErrNotLiveBlog)
	case err != nil:
		return nil, false, fmt.Errorf("liveblog: %w", err)
	}
	return out, isHTML, nil
}

// run chooses an extractor through the registry and finishes its
// result. An extractor that finds no entries hands the page on to the
// next that matches it; when none finds any, the error is plain
// ErrNotLiveBlog.
func (p *Parser) run(d *Document) (*Blog, error) {
	reg := p.opts.Registry
	if p.opts.Extractor != "" {
		e, ok := reg.Lookup(p.opts.Extractor)
		if !ok {
			return nil, fmt.Errorf("%w %q (forgotten import of github.com/liveblog-go/liveblog/sources/all?)", ErrUnknownExtractor, p.opts.Extractor)
		}
		return p.extract(d, e)
	}
	for e := range reg.Matching(d) {
		blog, err := p.extract(d, e)
		if !errors.Is(err, ErrNotLiveBlog) {
			return blog, err
		}
	}
	if feeds := d.feeds(); len(feeds) > 0 {
		return nil, &EmbedError{Feeds: feeds, Blog: finish(d, "", &Result{})}
	}
	return nil, ErrNotLiveBlog
}

// extract runs one extractor and finishes its result. A panic in the
// extractor (a bug met on hostile input) becomes an error naming it.
func (p *Parser) extract(d *Document, e Extractor) (blog *Blog, err error) {
	defer func() {
		if v := recover(); v != nil {
			blog, err = nil, fmt.Errorf("liveblog: extractor %q failed: %v", e.Name(), v)
		}
	}()
	res, err := e.Extract(d)
	switch {
	case errors.Is(err, ErrNotLiveBlog):
		return nil, ErrNotLiveBlog
	case err != nil:
		return nil, &ExtractorError{Extractor: e.Name(), Err: err}
	case res == nil || len(res.Entries) == 0:
		return nil, ErrNotLiveBlog
	}
	blog = finish(d, e.Name(), res)
	if len(blog.Entries) == 0 {
		return nil, ErrNotLiveBlog
	}
	return blog, nil
}

// ExtractorError is an extractor's own failure (not ErrNotLiveBlog),
// with the extractor's name.
type ExtractorError struct {
	// Extractor is the name of the extractor that failed.
	Extractor string
	// Err is what it returned.
	Err error
}

// Error says which extractor failed and why, with the package's prefix
// once.
func (e *ExtractorError) Error() string {
	return "liveblog: extractor " + e.Extractor + ": " + strings.TrimPrefix(e.Err.Error(), "liveblog: ")
}

// Unwrap returns the extractor's error.
func (e *ExtractorError) Unwrap() error { return e.Err }
