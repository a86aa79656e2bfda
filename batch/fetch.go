package batch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/fetch"
	"github.com/liveblog-go/liveblog/internal/fetchget"
	"github.com/liveblog-go/liveblog/internal/httpclient"
)

// DefaultUserAgent is the User-Agent a Fetcher sends when it is given
// none: it names the library and where to read about it.
const DefaultUserAgent = httpclient.DefaultUserAgent

// Defaults of a Fetcher's zero fields.
const (
	DefaultTimeout     = 30 * time.Second
	DefaultConcurrency = 8
	DefaultPerHost     = 2
)

// Fetcher downloads pages politely: a timeout and a size limit on every
// request, a User-Agent that names the library, and a limit on the
// requests open at once to one host. The zero value is ready to use; a
// Fetcher is safe for concurrent use. Do not copy a Fetcher once used.
type Fetcher struct {
	// Client makes the requests. Nil means the library's own client,
	// which connects directly (no proxy) and refuses a redirect from a
	// public address to a loopback, private or link-local one (see
	// AllowPrivateRedirects); a Client given is used as it is, redirect
	// policy included.
	Client *http.Client
	// AllowPrivateRedirects lets the library's client follow a redirect
	// from a public address to a non-public one. A listed URL that is
	// itself non-public is fetched either way.
	AllowPrivateRedirects bool
	// UserAgent is sent with every request. Empty means
	// DefaultUserAgent.
	UserAgent string
	// Timeout limits each request, body included. 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxSize is the largest body accepted, in bytes; a larger one is an
	// error wrapping liveblog.ErrTooLarge. 0 means
	// liveblog.DefaultMaxSize.
	MaxSize int64
	// Concurrency is the most requests open at once. 0 means
	// DefaultConcurrency.
	Concurrency int
	// PerHost is the most requests open at once to one host. 0 means
	// DefaultPerHost.
	PerHost int

	// Pages, above 1, reads each listed URL's older pages too, through
	// package fetch (same host, up to Pages pages): each page that adds
	// entries is yielded as a Page of its own, Source the listed URL and
	// URL its own address, so a blog of three pages gives three Results
	// (an entry on two pages is in both). 0 or 1 means the page alone.
	Pages int
	// FollowEmbeds replaces a listed page that has no entries of its own
	// by where they are: the vendor feed of its embedded ticker, or its
	// AMP alternate (see package fetch), yielded with Source the listed
	// URL and URL the feed's or AMP page's address. The Job's parser then
	// needs the vendor adapters (sources/all) to read a feed. A page that
	// gives nothing either way is yielded as it is.
	FollowEmbeds bool
	// Delay is the wait between two requests for one listed URL (its
	// older pages, its feed). 0 means fetch.DefaultDelay; a negative
	// value means none. Other URLs' requests do not wait for it.
	Delay time.Duration
	// Parser parses the pages of a walk (Pages, FollowEmbeds) to find
	// their older pages and embeds: the options of the Job's parser.
	Parser liveblog.Options

	once    sync.Once
	client  *httpclient.Client
	hooks   httpclient.Hooks    // tests: loopback servers stand in for public ones
	rewrite func(string) string // tests: vendors' hosts served on loopback
}

// httpClient returns the client built from the Fetcher's fields at its
// first request.
func (f *Fetcher) httpClient() *httpclient.Client {
	f.once.Do(func() {
		timeout := f.Timeout
		if timeout <= 0 {
			timeout = DefaultTimeout
		}
		f.client = httpclient.New(httpclient.Options{
			Timeout:               timeout,
			MaxSize:               f.MaxSize,
			UserAgent:             f.UserAgent,
			AllowPrivateRedirects: f.AllowPrivateRedirects,
			Client:                f.Client,
			Hooks:                 f.hooks,
		})
	})
	return f.client
}

// Fetch downloads the pages at urls and yields them as they arrive (not
// in the order of urls), each with Source the URL as given, URL the
// address after redirects, the response's Content-Type and Date (the
// time of the fetch when the server sends none); with Pages or
// FollowEmbeds, each page a URL leads to, in the order read. A URL that
// cannot be fetched, or answers with a status other than 200, yields an
// error wrapping ErrFetch or ErrHTTPStatus. Stopping the iteration or
// cancelling ctx cancels the requests in flight.
func (f *Fetcher) Fetch(ctx context.Context, urls iter.Seq[string]) iter.Seq2[Page, error] {
	return f.fetch(ctx, func(yield func(string, error) bool) {
		for u := range urls {
			if !yield(u, nil) {
				return
			}
		}
	})
}

// FetchList fetches the URLs listed in r, one a line, as Fetch does.
// Blank lines and lines starting with "#" are skipped. It never closes r.
func (f *Fetcher) FetchList(ctx context.Context, r io.Reader, name string) iter.Seq2[Page, error] {
	return f.fetch(ctx, func(yield func(string, error) bool) {
		br := bufio.NewReader(r)
		for n := 1; ; n++ {
			line, err := br.ReadSlice('\n')
			if err == bufio.ErrBufferFull {
				// A line longer than any URL: skip it whole.
				for err == bufio.ErrBufferFull {
					_, err = br.ReadSlice('\n')
				}
				if !yield("", fmt.Errorf("%w: %s:%d: line too long", ErrFetch, name, n)) {
					return
				}
				if err == nil {
					continue
				}
			}
			if s := strings.TrimSpace(string(line)); s != "" && !strings.HasPrefix(s, "#") {
				if !yield(s, nil) {
					return
				}
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				yield("", fmt.Errorf("%s: %w", name, err))
				return
			}
		}
	})
}

// fetched is one URL's outcome.
type fetched struct {
	page Page
	err  error
}

func (f *Fetcher) fetch(ctx context.Context, urls iter.Seq2[string, error]) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		n := f.Concurrency
		if n <= 0 {
			n = DefaultConcurrency
		}
		hosts := newHostLimiter(f.PerHost)
		type item struct {
			url string
			err error
		}
		in := make(chan item)
		// out has a slot for each worker's fetch, so a worker never waits
		// to hand over a page after the consumer stopped; a walk's later
		// pages may, and the drain below takes them.
		out := make(chan fetched, n)
		var wg sync.WaitGroup
		wg.Go(func() {
			defer close(in)
			for u, err := range urls {
				select {
				case in <- item{u, err}:
				case <-ctx.Done():
					return
				}
			}
		})
		var workers sync.WaitGroup
		for range n {
			workers.Go(func() {
				for it := range in {
					if it.err != nil {
						out <- fetched{Page{Source: it.url}, it.err}
						continue
					}
					f.read(ctx, hosts, it.url, func(p Page, err error) {
						out <- fetched{p, err}
					})
				}
			})
		}
		wg.Go(func() {
			workers.Wait()
			close(out)
		})
		defer func() {
			cancel()
			for range out {
			}
			wg.Wait()
		}()
		for r := range out {
			if ctx.Err() != nil || !yield(r.page, r.err) {
				return
			}
		}
	}
}

// read fetches one listed URL and hands each page (or error) to emit:
// one, or a walk's pages (see Pages and FollowEmbeds).
func (f *Fetcher) read(ctx context.Context, hosts *hostLimiter, rawURL string, emit func(Page, error)) {
	if f.Pages > 1 || f.FollowEmbeds {
		f.walk(ctx, hosts, rawURL, emit)
		return
	}
	emit(f.get(ctx, hosts, rawURL))
}

// walk reads a listed URL through package fetch, each request under the
// host limit, and emits each page that adds entries as it is read.
func (f *Fetcher) walk(ctx context.Context, hosts *hostLimiter, rawURL string, emit func(Page, error)) {
	if _, err := checkURL(rawURL); err != nil {
		emit(Page{Source: rawURL}, err)
		return
	}
	get := fetchget.Get(f.httpClient(), nil)
	var first *Page // the page given, kept until it is known to be no blog
	yielded := false
	fr := fetch.New(fetch.Options{
		Pages:    max(f.Pages, 1),
		Delay:    f.Delay,
		NoEmbeds: !f.FollowEmbeds,
		NoAMP:    !f.FollowEmbeds,
		Parser:   f.Parser,
		Rewrite:  f.rewrite,
		Get: func(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
			u, err := url.Parse(req.URL)
			if err != nil {
				return nil, err
			}
			release, err := hosts.acquire(ctx, strings.ToLower(u.Hostname()))
			if err != nil {
				return nil, err
			}
			defer release()
			return get(ctx, req)
		},
		OnPage: func(fp fetch.Page, resp *fetch.Response) {
			p := pageOf(rawURL, fp.URL, resp)
			switch {
			case fp.Entries > 0:
				yielded = true
				emit(p, nil)
			case fp.Kind == fetch.KindPage:
				first = &p
			}
		},
	})
	res, err := fr.Fetch(ctx, rawURL)
	var pe *fetch.PageError
	switch {
	case err == nil:
	case res == nil && first != nil && !yielded:
		emit(*first, nil) // no blog by any way: the Job says what the page is
	case errors.As(err, &pe):
		emit(Page{Source: rawURL, URL: pe.URL}, batchError(pe))
	default:
		emit(Page{Source: rawURL}, fmt.Errorf("%w: %w", ErrFetch, err))
	}
}

// pageOf is a page read by a walk.
func pageOf(source, pageURL string, resp *fetch.Response) Page {
	return Page{Source: source, URL: pageURL, ContentType: resp.Header.Get("Content-Type"), Date: fetch.CapturedAt(resp.Header, time.Now().UTC()), Body: resp.Body}
}

// batchError is a walk's failed page as the package's errors say it.
func batchError(pe *fetch.PageError) error {
	var se *fetch.StatusError
	switch {
	case errors.Is(pe.Err, context.Canceled), errors.Is(pe.Err, context.DeadlineExceeded):
		return pe.Err
	case errors.As(pe.Err, &se):
		return fmt.Errorf("%w: %s: %s", ErrHTTPStatus, pe.URL, se.Status)
	case errors.Is(pe.Err, liveblog.ErrTooLarge):
		return fmt.Errorf("%w (%s)", pe.Err, pe.URL)
	}
	return fmt.Errorf("%w: %w", ErrFetch, pe)
}

// checkURL parses a listed URL, which must be absolute http(s).
func checkURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFetch, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("%w: %q is not an http(s) URL", ErrFetch, rawURL)
	}
	return u, nil
}

// get fetches one URL.
func (f *Fetcher) get(ctx context.Context, hosts *hostLimiter, rawURL string) (Page, error) {
	p := Page{Source: rawURL}
	u, err := checkURL(rawURL)
	if err != nil {
		return p, err
	}
	// One limit per machine name, whatever the port or scheme.
	release, err := hosts.acquire(ctx, strings.ToLower(u.Hostname()))
	if err != nil {
		return p, err
	}
	defer release()

	resp, err := f.httpClient().Get(ctx, httpclient.Request{URL: u.String()})
	if resp != nil {
		p.URL = resp.URL
	}
	switch {
	case errors.Is(err, liveblog.ErrTooLarge):
		return p, fmt.Errorf("%w (%s)", err, rawURL)
	case err != nil:
		return p, fmt.Errorf("%w: %w", ErrFetch, err)
	case resp.StatusCode != http.StatusOK:
		return p, fmt.Errorf("%w: %s: %s", ErrHTTPStatus, rawURL, resp.Status)
	}
	p.ContentType = resp.Header.Get("Content-Type")
	p.Date = fetch.CapturedAt(resp.Header, time.Now().UTC())
	p.Body = resp.Body
	return p, nil
}

// hostLimiter bounds the requests open at once to each host.
type hostLimiter struct {
	max   int
	mu    sync.Mutex
	hosts map[string]*hostSlots
}

type hostSlots struct {
	sem   chan struct{}
	users int // acquirers holding or waiting: the entry goes at 0
}

func newHostLimiter(max int) *hostLimiter {
	if max <= 0 {
		max = DefaultPerHost
	}
	return &hostLimiter{max: max, hosts: map[string]*hostSlots{}}
}

// acquire waits for a slot for host and returns the function that gives
// it back.
func (l *hostLimiter) acquire(ctx context.Context, host string) (release func(), err error) {
	l.mu.Lock()
	s := l.hosts[host]
	if s == nil {
		s = &hostSlots{sem: make(chan struct{}, l.max)}
		l.hosts[host] = s
	}
	s.users++
	l.mu.Unlock()
	done := func() {
		l.mu.Lock()
		s.users--
		if s.users == 0 {
			delete(l.hosts, host)
		}
		l.mu.Unlock()
	}
	select {
	case s.sem <- struct{}{}:
		return func() { <-s.sem; done() }, nil
	case <-ctx.Done():
		done()
		return nil, ctx.Err()
	}
}
