// Package httpclient is the one HTTP client of the module: the command
// (fetching a URL), follow and batch fetch pages through it. It gives
// every request a timeout that covers the body, a size limit, the
// library's User-Agent, optional conditional-request validators, and the
// redirect policy described in policy.go: a redirect from a public
// address to a non-public one (loopback, private, link-local, ...) is
// refused, checked on the address actually dialled.
//
// The parser itself (liveblog.Parse) never fetches anything; only these
// three callers do, and only the URLs they are given and the redirects
// those answer with.
package httpclient

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"time"

	"github.com/liveblog-go/liveblog"
)

// DefaultUserAgent names the library and where to read about it.
const DefaultUserAgent = "liveblog-go/0.1 (+https://github.com/liveblog-go/liveblog)"

// DefaultTimeout limits a request, body included, when Options gives no
// timeout.
const DefaultTimeout = 30 * time.Second

// accept is the Accept header: pages, HTML first.
const accept = "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1"

// maxRedirects is how many redirects one request follows, as net/http's
// default client does.
const maxRedirects = 10

// drainMax is how much of a body that is not wanted (an error status, a
// 304) is read so that the connection can be reused.
const drainMax = 4 << 10

// Options configure a Client. The zero value is valid.
type Options struct {
	// Timeout limits each request, body included. 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxSize is the largest body accepted, in bytes; a larger one is an
	// error wrapping liveblog.ErrTooLarge. 0 or less means
	// liveblog.DefaultMaxSize.
	MaxSize int64
	// UserAgent is sent with every request. Empty means DefaultUserAgent.
	UserAgent string
	// AllowPrivateRedirects lifts the redirect policy: a redirect to a
	// loopback, private or link-local address is followed.
	AllowPrivateRedirects bool
	// Client, when set, makes the requests instead of the library's own
	// client; it is used as it is, and the redirect policy is then the
	// caller's.
	Client *http.Client
	// Hooks replace the resolver and the address classification (tests).
	Hooks Hooks
}

// Client fetches pages. It is safe for concurrent use.
type Client struct {
	opts   Options
	client *http.Client
	policy bool // the redirect policy applies (our own client, not lifted)
}

// New returns a Client with opts.
func New(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxSize <= 0 {
		opts.MaxSize = liveblog.DefaultMaxSize
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	c := &Client{opts: opts, client: opts.Client}
	if c.client == nil {
		c.client = &http.Client{
			Transport:     transportFor(opts),
			CheckRedirect: checkRedirect,
		}
		c.policy = !opts.AllowPrivateRedirects
	}
	return c
}

// checkRedirect bounds the redirects followed.
func checkRedirect(_ *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("stopped after %d redirects", maxRedirects)
	}
	return nil
}

// Request is one GET.
type Request struct {
	// URL is the address to fetch.
	URL string
	// ETag and LastModified, when set, make the request conditional
	// (If-None-Match, If-Modified-Since): a page that has not changed
	// answers 304 Not Modified.
	ETag, LastModified string
	// Found says the URL was read from a page served from a public
	// address (an older page, a vendor embed, an AMP alternate), not
	// given by the caller: like a redirect from that page, its first hop
	// too is refused on a non-public address. Without the policy (lifted,
	// or the caller's own Client) it changes nothing.
	Found bool
}

// Response is what a server answered.
type Response struct {
	// URL is the address after redirects.
	URL string
	// StatusCode and Status are the response's ("404 Not Found").
	StatusCode int
	Status     string
	// Header is the response's header.
	Header http.Header
	// Body is the whole body of a 200 OK response; nil for any other
	// status.
	Body []byte
	// Private reports that the server that answered was seen at a
	// non-public address (only with the redirect policy on): addresses
	// read from its page may lead to non-public servers too.
	Private bool
}

// Get fetches req.URL. Any status is returned without error: Body holds
// the page for 200 OK only. The error is the request's (connection, TLS,
// a refused redirect, the timeout), a body over the size limit (wrapping
// liveblog.ErrTooLarge) or a failed read; the Response is returned with
// it when the server answered.
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	var h *hops
	if c.policy {
		ctx, h = withHops(ctx, req.Found)
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, req.URL, nil)
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("User-Agent", c.opts.UserAgent)
	hreq.Header.Set("Accept", accept)
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := c.client.Do(hreq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := &Response{
		URL:        resp.Request.URL.String(),
		StatusCode: resp.StatusCode,
		Status:     resp.Status,
		Header:     resp.Header,
		Private:    h != nil && h.private.Load(),
	}
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, drainMax))
		return out, nil
	}
	if resp.ContentLength > c.opts.MaxSize {
		return out, fmt.Errorf("%w: Content-Length %d, more than %d bytes", liveblog.ErrTooLarge, resp.ContentLength, c.opts.MaxSize)
	}
	out.Body, err = readBody(resp.Body, c.opts.MaxSize, resp.ContentLength)
	return out, err
}

// sizeHintMax caps the buffer made up front from a Content-Length, so
// that a length a server claims but does not send costs no more.
const sizeHintMax = 4 << 20

// readBody reads all of r, failing with liveblog.ErrTooLarge past limit
// bytes. hint, the announced length (-1 when unknown), sizes the buffer.
func readBody(r io.Reader, limit, hint int64) ([]byte, error) {
	size := int64(512)
	if hint > 0 {
		size = min(hint, sizeHintMax) + 1 // one more, to see the end
	}
	buf := make([]byte, 0, size)
	lr := io.LimitReader(r, limit+1)
	for {
		if len(buf) == cap(buf) {
			// Double, up to the limit (append grows large slices by a
			// quarter, allocating some six times the page on the way).
			buf = slices.Grow(buf, int(max(0, min(int64(max(cap(buf), 512)), limit+1-int64(cap(buf))))))
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading body: %w", err)
		}
	}
	if int64(len(buf)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", liveblog.ErrTooLarge, limit)
	}
	return buf, nil
}

// Wait waits d, or until ctx is done and then returns its error: the
// pause a polite caller leaves between requests to one site.
func Wait(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
