package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/liveblog-go/liveblog"
)

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
		popts.Captured = CapturedAt(resp.Header, w.f.now().UTC())
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

// CapturedAt is when a fetched page's content was as served, for
// liveblog.Options.Captured: the response's
// Last-Modified (when the page last changed, which dates a live blog's
// clocks best), else its Date (when it was served), else now. A
// Last-Modified after the Date is a server's clock error and ignored.
func CapturedAt(h http.Header, now time.Time) time.Time {
	served := now
	if d, err := http.ParseTime(h.Get("Date")); err == nil {
		served = d
	}
	if m, err := http.ParseTime(h.Get("Last-Modified")); err == nil && !m.After(served) {
		return m
	}
	return served
}
