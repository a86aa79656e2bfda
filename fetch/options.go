package fetch

import (
	"context"
	"net/http"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/httpclient"
)

// Defaults used for the zero values of Options fields.
const (
	// DefaultPages is how many pages of a blog are read: the page
	// given and up to 19 older ones.
	DefaultPages = 20
	// DefaultDelay is the wait before each request of a fetch after the
	// first.
	DefaultDelay = time.Second
	// DefaultTimeout limits each request, body included.
	DefaultTimeout = httpclient.DefaultTimeout
	// DefaultUserAgent is sent when Options gives none.
	DefaultUserAgent = httpclient.DefaultUserAgent
)

// maxAlternates bounds the vendor feeds and AMP alternates tried for a
// page without entries: a hostile page may list hundreds of embeds.
const maxAlternates = 4

// Options configure a Fetcher. The zero value is valid: every field has
// a default.
type Options struct {
	// Pages is the most pages of the blog read: the page that gives the
	// entries and the older pages after it. 0 means DefaultPages; 1
	// reads that page alone.
	Pages int
	// Delay is the wait before each request after the first. 0 means
	// DefaultDelay; a negative value means none.
	Delay time.Duration
	// NoEmbeds leaves a vendor embed unfollowed: a page whose entries
	// are in one gives Parse's *liveblog.EmbedError.
	NoEmbeds bool
	// NoAMP leaves the AMP alternate of a page without entries
	// unfollowed.
	NoAMP bool
	// Parser configures the parsing of each page. Its URL is replaced by
	// each page's address; its ContentType, when empty, by the
	// response's; its Captured, when zero, by the response's
	// Last-Modified, else its Date, else the time of the fetch. Its
	// Extractor is
	// used for the page given and its older pages, not for a vendor feed
	// or an AMP alternate, which are other formats.
	Parser liveblog.Options
	// Timeout limits each request, body included. 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxSize is the largest response body accepted, in bytes; a larger
	// one is an error wrapping liveblog.ErrTooLarge. 0 means
	// liveblog.DefaultMaxSize.
	MaxSize int64
	// UserAgent is sent with every request. Empty means
	// DefaultUserAgent.
	UserAgent string
	// Client makes the requests. Nil means the library's own client,
	// which connects directly (no proxy) and refuses a redirect, or an
	// address read from a page, that leads from a public address to a
	// loopback, private or link-local one (see AllowPrivateRedirects); a
	// Client given is used as it is, redirect policy included.
	Client *http.Client
	// AllowPrivateRedirects lets the library's client follow a redirect,
	// or an address read from a page, from a public address to a
	// non-public one. A URL given to Fetch that is itself non-public is
	// fetched either way.
	AllowPrivateRedirects bool
	// Rewrite, when set, maps each address to the one actually
	// requested: for tests, whose vendor endpoints are loopback servers,
	// and for mirrors. The page is still parsed, and its links followed,
	// under the address it was named by (a vendor's host picks its
	// adapter), and the same-host rule applies to those addresses.
	Rewrite func(rawURL string) string
	// Get, when set, makes each request instead of the client the fields
	// above describe: a cache, an archive, a rate limiter of the
	// caller's. It answers every status without error (Fetch reads only
	// 200 OK) and keeps whatever redirect policy it chooses;
	// Request.Found and Response.Private let it keep the library's.
	Get func(ctx context.Context, req Request) (*Response, error)
	// OnPage, when set, is called after each page is read and parsed,
	// before the next request, with the page as reported in
	// Result.Pages and the response it came from (a reader that keeps
	// the pages themselves uses it). It is not called for a request that
	// failed.
	OnPage func(p Page, resp *Response)

	// hooks stand loopback servers in for public ones in tests.
	hooks httpclient.Hooks
}

// Kind says why a page was requested.
type Kind string

// The kinds of page a fetch reads.
const (
	// KindPage is the page given to Fetch.
	KindPage Kind = "page"
	// KindOlder is a page of older posts, reached through Blog.Older.
	KindOlder Kind = "older"
	// KindEmbed is a vendor's feed of a ticker embedded in the page
	// (Blog.Feeds).
	KindEmbed Kind = "embed"
	// KindAMP is the page's AMP alternate (Blog.AMP).
	KindAMP Kind = "amp"
)

// Request is one GET of a fetch, as Options.Get receives it.
type Request struct {
	// URL is the address to fetch (after Options.Rewrite).
	URL string
	// Kind says why it is fetched.
	Kind Kind
	// Found says the address was read from a page served from a public
	// address (or from one whose address is unknown) rather than given
	// to Fetch: the library's client treats it as a redirect from that
	// page, and refuses it on a non-public server.
	Found bool
}

// Response is what a server answered, as Options.Get returns it.
type Response struct {
	// URL is the address after redirects; empty means Request.URL.
	URL string
	// StatusCode and Status are the response's (200, "200 OK").
	StatusCode int
	Status     string
	// Header is the response's header.
	Header http.Header
	// Body is the body of a 200 OK response.
	Body []byte
	// Private reports that the server was seen at a non-public address:
	// the addresses read from its page may lead to non-public servers
	// too (Request.Found is then false for them).
	Private bool
}

// Page is one page a fetch met, read or not.
type Page struct {
	// URL is the page's address as it was named (before Rewrite, after
	// redirects for the page given and the pages reached from it).
	URL string
	// Kind says why it was requested.
	Kind Kind
	// Number is the page's place in its walk: 1 for the page that gave
	// the entries (the page given, a vendor feed or an AMP alternate), 2
	// for the first older page, ...
	Number int
	// Entries is how many entries the page added to the blog: those not
	// on a page read before it.
	Entries int
	// Err says why the page added nothing: it was left out
	// (ErrPageLimit, ErrOtherHost), it could not be read, or it has no
	// entries of its own (liveblog.ErrNotLiveBlog, a *liveblog.EmbedError).
	Err error
}

// Result is a fetched blog and the pages it came from.
type Result struct {
	// Blog is the merged blog.
	Blog *liveblog.Blog
	// Pages are the pages met, in the order met.
	Pages []Page
}
