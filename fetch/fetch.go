package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/paging"
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
	f := &Fetcher{opts: opts, get: opts.Get, sleep: sleep, now: time.Now}
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

// walk is the state of one Fetch.
type walk struct {
	f        *Fetcher
	ctx      context.Context
	seen     map[string]bool // the addresses requested, without fragment
	requests int
	pages    []Page
}

// read is one page fetched and parsed.
type read struct {
	url    string // the address it is parsed under
	kind   Kind
	number int
	resp   *Response
	opts   liveblog.Options // the parser options its walk uses
	blog   *liveblog.Blog   // nil when Parse found no entries
	err    error            // Parse's error
}

// read fetches a page and parses it. The error is the request's (a
// *PageError); Parse's is in the read.
func (w *walk) read(named string, kind Kind, number int, found bool, opts liveblog.Options) (*read, error) {
	fail := func(err error) (*read, error) {
		return nil, &PageError{URL: named, Kind: kind, Number: number, Err: err}
	}
	w.seen[pageKey(named)] = true
	if w.requests > 0 && w.f.opts.Delay > 0 {
		if err := w.f.sleep(w.ctx, w.f.opts.Delay); err != nil {
			return fail(err)
		}
	}
	if err := w.ctx.Err(); err != nil {
		return fail(err)
	}
	w.requests++
	target := named
	if w.f.opts.Rewrite != nil {
		target = w.f.opts.Rewrite(named)
	}
	resp, err := w.f.get(w.ctx, Request{URL: target, Kind: kind, Found: found})
	switch {
	case err != nil:
		return fail(err)
	case resp == nil:
		return fail(errors.New("no response"))
	case resp.StatusCode != http.StatusOK:
		return fail(&StatusError{StatusCode: resp.StatusCode, Status: resp.Status, Header: resp.Header})
	}
	r := &read{url: named, kind: kind, number: number, resp: resp, opts: opts}
	if target == named && resp.URL != "" {
		r.url = resp.URL // after redirects
		w.seen[pageKey(r.url)] = true
	}
	popts := opts
	popts.URL = r.url
	if popts.ContentType == "" {
		popts.ContentType = resp.Header.Get("Content-Type")
	}
	if popts.Captured.IsZero() {
		popts.Captured = w.f.now().UTC()
		if d, err := http.ParseTime(resp.Header.Get("Date")); err == nil {
			popts.Captured = d
		}
	}
	r.blog, r.err = parse(popts, resp.Body)
	if r.err == nil && len(r.blog.Entries) == 0 {
		r.blog, r.err = nil, liveblog.ErrNotLiveBlog
	}
	return r, nil
}

// parse runs Parse; a panic while parsing a hostile page is its error.
func parse(opts liveblog.Options, body []byte) (blog *liveblog.Blog, err error) {
	defer func() {
		if v := recover(); v != nil {
			blog, err = nil, fmt.Errorf("liveblog: panic while parsing: %v", v)
		}
	}()
	return liveblog.NewParser(opts).Parse(bytes.NewReader(body))
}

// record notes a page met; for a page read, OnPage hears of it.
func (w *walk) record(r *read, added int, err error) {
	p := Page{URL: r.url, Kind: r.kind, Number: r.number, Entries: added, Err: err}
	w.pages = append(w.pages, p)
	if w.f.opts.OnPage != nil {
		w.f.opts.OnPage(p, r.resp)
	}
}

// skip notes a page not requested.
func (w *walk) skip(rawURL string, kind Kind, number int, err error) {
	w.pages = append(w.pages, Page{URL: rawURL, Kind: kind, Number: number, Err: err})
}

// alternate reads the vendor feeds, then the AMP alternate, of a page
// without entries, and returns the first that has entries.
func (w *walk) alternate(page *read) (*read, error) {
	type try struct {
		url  string
		kind Kind
		opts liveblog.Options
	}
	var tries []try
	addFeeds := func(feeds []liveblog.Feed) {
		if w.f.opts.NoEmbeds {
			return
		}
		for _, fd := range feeds {
			tries = append(tries, try{fd.URL, KindEmbed, feedOptions(w.f.opts.Parser, fd.Vendor)})
		}
	}
	var ee *liveblog.EmbedError
	amp := ""
	switch {
	case errors.As(page.err, &ee):
		addFeeds(ee.Feeds)
		if ee.Blog != nil {
			amp = ee.Blog.AMP
		}
	case errors.Is(page.err, liveblog.ErrNotLiveBlog):
		amp = ampOf(page)
	}
	if amp != "" && !w.f.opts.NoAMP {
		ampOpts := w.f.opts.Parser
		ampOpts.Extractor = ""
		tries = append(tries, try{amp, KindAMP, ampOpts})
	}
	w.record(page, 0, page.err)
	var failed []*PageError
	for i, n := 0, 0; i < len(tries) && n < maxAlternates; i++ {
		t := tries[i]
		if w.seen[pageKey(t.url)] {
			continue
		}
		n++
		r, err := w.read(t.url, t.kind, 1, !page.resp.Private, t.opts)
		if err != nil {
			pe := err.(*PageError)
			if w.ctx.Err() != nil {
				return nil, pe
			}
			w.skip(t.url, t.kind, 1, pe.Err)
			failed = append(failed, pe)
			continue
		}
		if r.blog != nil {
			return r, nil
		}
		w.record(r, 0, r.err)
		failed = append(failed, &PageError{URL: r.url, Kind: t.kind, Number: 1, Err: r.err})
		// An AMP page may itself hold the embed.
		if errors.As(r.err, &ee) {
			addFeeds(ee.Feeds)
		}
	}
	err := page.err
	if len(failed) > 0 {
		err = &noEntriesError{page: page.err, tries: failed}
	}
	return nil, &PageError{URL: page.url, Kind: page.kind, Number: 1, Err: err}
}

// older follows Older from src, merging each page into m. It returns
// the next older page left unread ("" at the end of the blog) and, when
// a page failed, its error (partial).
func (w *walk) older(src *read, m *merger) (string, error) {
	prev := src
	next := src.blog.Older
	for number := 2; next != ""; number++ {
		switch {
		case w.seen[pageKey(next)]:
			return "", nil // a loop: the blog was read
		case number > w.f.opts.Pages:
			w.skip(next, KindOlder, number, ErrPageLimit)
			return next, nil
		case !sameHost(next, src.url):
			w.skip(next, KindOlder, number, ErrOtherHost)
			return next, nil
		}
		r, err := w.read(next, KindOlder, number, !prev.resp.Private, src.opts)
		if err != nil {
			pe := err.(*PageError)
			pe.Partial = true
			w.skip(next, KindOlder, number, pe.Err)
			return next, pe
		}
		if r.blog == nil {
			w.record(r, 0, r.err)
			if errors.Is(r.err, liveblog.ErrNotLiveBlog) {
				return "", nil // past the last page
			}
			return next, &PageError{URL: r.url, Kind: KindOlder, Number: number, Partial: true, Err: r.err}
		}
		added := m.add(r.blog.Entries)
		w.record(r, added, nil)
		if added == 0 {
			// The page repeats what was read: a server that ignores the
			// page number, or the end of a blog that wraps around.
			return "", nil
		}
		prev, next = r, r.blog.Older
	}
	return "", nil
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

// ampOf finds the AMP alternate of a page Parse found no live blog in
// (Parse reports none then).
func ampOf(r *read) string {
	root, err := html.Parse(bytes.NewReader(r.resp.Body))
	if err != nil {
		return ""
	}
	u, err := url.Parse(r.url)
	if err != nil {
		return ""
	}
	return paging.Find(root, u).AMP
}

// pageKey is an address as a page: without its fragment, the host in
// lower case.
func pageKey(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return rawURL
	}
	u.Fragment, u.RawFragment = "", ""
	u.Host = lowerASCII(u.Host)
	return u.String()
}

// sameHost reports whether a and b are on the same host: the same name
// and port, a scheme's default port matching the other's.
func sameHost(a, b string) bool {
	ua, err1 := url.Parse(a)
	ub, err2 := url.Parse(b)
	if err1 != nil || err2 != nil {
		return false
	}
	if lowerASCII(ua.Hostname()) != lowerASCII(ub.Hostname()) {
		return false
	}
	pa, pb := ua.Port(), ub.Port()
	return pa == pb || isDefaultPort(ua.Scheme, pa) && isDefaultPort(ub.Scheme, pb)
}

func isDefaultPort(scheme, port string) bool {
	return port == "" || scheme == "http" && port == "80" || scheme == "https" && port == "443"
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
