package fetch

import (
	"context"
	"errors"
	"net/url"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/httpclient"
)

// Fetcher reads whole live blogs. It is safe for concurrent use; each
// Fetch is a walk of its own, with its own delays.
type Fetcher struct {
	opts Options
	get  func(context.Context, Request) (*Response, error)
	// sleep and now are the clock, replaced by tests.
	sleep func(ctx context.Context, d time.Duration) error
	now   func() time.Time
}

// New returns a Fetcher with opts.
func New(opts Options) *Fetcher {
	if opts.Pages <= 0 {
		opts.Pages = DefaultPages
	}
	if opts.Delay == 0 {
		opts.Delay = DefaultDelay
	}
	f := &Fetcher{opts: opts, get: opts.Get, sleep: httpclient.Wait, now: time.Now}
	if f.get == nil {
		f.get = clientGet(opts)
	}
	return f
}

// Blog fetches the live blog at rawURL with the default options and
// returns it; see Fetcher.Fetch for the errors, and for the blog that
// comes with ErrIncomplete.
func Blog(ctx context.Context, rawURL string) (*liveblog.Blog, error) {
	res, err := New(Options{}).Fetch(ctx, rawURL)
	if res == nil {
		return nil, err
	}
	return res.Blog, err
}

// Fetch reads the live blog at rawURL, an http or https URL: the page,
// its vendor feed or AMP alternate when it has no entries, and its older
// pages (see the package doc).
//
// The error is a *PageError naming the page that failed. With a nil
// Result, nothing usable was read. With a Result, the error (if any)
// reports errors.Is(err, ErrIncomplete): the Result holds every page
// read before the one that failed. ctx cancels the walk and the request
// in flight.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Result, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, &PageError{URL: rawURL, Kind: KindPage, Number: 1, Err: ErrNotHTTP}
	}
	w := &walk{f: f, ctx: ctx, seen: map[string]bool{}}
	first, err := w.read(rawURL, KindPage, 1, false, f.opts.Parser)
	if err != nil {
		return nil, err
	}
	src := first
	if first.blog == nil {
		if src, err = w.alternate(first); err != nil {
			return nil, err
		}
	}
	m := newMerger(src.blog.Entries)
	w.record(src, len(src.blog.Entries), nil)
	older, err := w.older(src, m)
	blog := assemble(first, src, m.entries(), older)
	return &Result{Blog: blog, Pages: w.pages}, err
}

// assemble builds the merged blog: the page given names it (URL, title,
// summary, AMP, feeds), the page that gave the entries says the rest.
func assemble(first, src *read, entries []liveblog.Entry, older string) *liveblog.Blog {
	b := *src.blog
	b.Entries = entries
	b.Older = older
	if src == first {
		return &b
	}
	b.URL = first.url
	b.Newer = ""
	var ee *liveblog.EmbedError
	if errors.As(first.err, &ee) && ee.Blog != nil {
		host := ee.Blog
		if host.URL != "" {
			b.URL = host.URL
		}
		if host.Title != "" {
			b.Title = host.Title
		}
		if host.Summary != "" {
			b.Summary = host.Summary
		}
		if host.Language != "" {
			b.Language = host.Language
		}
		b.AMP, b.Feeds = host.AMP, host.Feeds
		return &b
	}
	if src.kind == KindAMP {
		b.AMP = src.url
	}
	b.Feeds = nil
	return &b
}
