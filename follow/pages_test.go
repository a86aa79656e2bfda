package follow

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/fetch"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

// pagedSite serves pages by path and query, which a test changes
// between polls, and records the requests.
type pagedSite struct {
	*httptest.Server
	mu    sync.Mutex
	pages map[string]string
	reqs  []*http.Request
}

func newPagedSite(t *testing.T) *pagedSite {
	s := &pagedSite{pages: map[string]string{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.reqs = append(s.reqs, r.Clone(context.Background()))
		body, ok := s.pages[r.URL.RequestURI()]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", fmt.Sprintf(`"%d"`, len(body)))
		fmt.Fprint(w, body)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *pagedSite) set(uri, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[uri] = body
}

func (s *pagedSite) requests() []*http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*http.Request(nil), s.reqs...)
}

// post is one entry of an hAtom page: its id, clock (on 7 March 2024,
// UTC) and text.
type post struct{ id, clock, text string }

// hatom writes a live-blog page of posts, newest first, with an older
// page when older is set.
func hatom(older string, posts ...post) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>Lighthouse open day live</title>")
	if older != "" {
		b.WriteString(`<link rel="next" href="` + older + `">`)
	}
	b.WriteString("</head><body><h1>Lighthouse open day live</h1><div class=\"hfeed\">")
	for _, p := range posts {
		fmt.Fprintf(&b, `<div class="hentry" id="%s"><abbr class="published" title="2024-03-07T%s:00Z">%s</abbr><div class="entry-content"><p>%s</p></div></div>`, p.id, p.clock, p.clock, p.text)
	}
	b.WriteString("</div></body></html>")
	return b.String()
}

var (
	p3 = post{"e3", "10:00", "Doors open and the first visitors climb the stairs."}
	p4 = post{"e4", "11:00", "The keeper shows how the old lamp was wound by hand."}
	p5 = post{"e5", "12:00", "Fog rolls in and the horn sounds for the first time today."}
	p6 = post{"e6", "13:00", "Queues stretch back to the car park by lunchtime."}
	p7 = post{"e7", "14:00", "The last tour of the day is fully booked, and the café has run out of scones."}
)

func TestEntriesMovedToAnOlderPageAreNotRemoved(t *testing.T) {
	t.Parallel()
	s := newPagedSite(t)
	s.set("/live", hatom("/live?page=2", p5, p4, p3))
	f, err := New(s.URL+"/live", Options{Delay: -1})
	require.NoError(t, err)
	f.sleep, f.random = (&clock{now: epoch}).sleep, func() float64 { return 0.5 }
	poll := func() []string {
		t.Helper()
		got, err := f.Poll(t.Context())
		require.NoError(t, err)
		return testutil.Summarise(got)
	}
	assert.Equal(t, []string{"added " + p3.text, "added " + p4.text, "added " + p5.text}, poll(), "oldest first")

	// e3 goes on to page 2, which a poll does not read (one page by
	// default): it has not gone.
	s.set("/live", hatom("/live?page=2", p6, p5, p4))
	assert.Equal(t, []string{"added " + p6.text}, poll())
	assert.Empty(t, poll(), "nor after the confirming poll")
	assert.Equal(t, []string{"e6", "e5", "e4", "e3"}, entryIDs(f.Blog()), "kept for the feed")

	// e5 is deleted: newer than the page's oldest entry, it has gone.
	s.set("/live", hatom("/live?page=2", p7, p6, p4))
	assert.Equal(t, []string{"added " + p7.text}, poll(), "held back once")
	assert.Equal(t, []string{"removed " + p5.text}, poll())
	for _, r := range s.requests() {
		assert.Equal(t, "/live", r.URL.RequestURI(), "only the page itself, each poll")
	}
}

func TestPagesAndAnIncompletePoll(t *testing.T) {
	t.Parallel()
	s := newPagedSite(t)
	s.set("/live", hatom("/live?page=2", p7, p6, p5))
	s.set("/live?page=2", hatom("/live?page=3", p4, p3, post{"e2", "09:30", "The car park opens an hour early for the crowds."}))
	// page 3 is missing: a 404.
	c := &clock{now: epoch, stopAfter: 1}
	ctx, cancel := context.WithCancel(t.Context())
	c.cancel = cancel
	var polled [][]string
	var failures []error
	var waits []time.Duration
	f, err := New(s.URL+"/live", Options{
		Pages: 3, Delay: -1, Interval: time.Minute,
		OnPoll: func(ch []liveblog.Change) { polled = append(polled, testutil.Summarise(ch)) },
		OnError: func(err error, wait time.Duration) {
			failures = append(failures, err)
			waits = append(waits, wait)
		},
	})
	require.NoError(t, err)
	f.sleep, f.random = c.sleep, func() float64 { return 0.5 }
	err = f.Run(ctx, func(liveblog.Change) error { return nil })
	require.ErrorIs(t, err, context.Canceled)
	require.Len(t, polled, 1, "the pages read were delivered: the poll counts")
	assert.Len(t, polled[0], 6)
	require.Len(t, failures, 1, "and the page that failed is told")
	assert.ErrorIs(t, failures[0], fetch.ErrIncomplete)
	assert.Contains(t, failures[0].Error(), "liveblog: follow: blog incomplete: "+s.URL+"/live?page=3 (older page 3): HTTP 404 Not Found")
	assert.Equal(t, []time.Duration{time.Minute}, waits, "the usual wait, no backoff")
}

func TestAMPAlternateIsPolledWithoutValidators(t *testing.T) {
	t.Parallel()
	s := newPagedSite(t)
	s.set("/live", `<!doctype html><html><head><title>Lighthouse open day live</title><link rel="amphtml" href="/live/amp"></head>`+
		`<body><div id="app">Loading the latest posts</div><script src="/app.js"></script></body></html>`)
	amp := func(items ...post) string {
		var b strings.Builder
		b.WriteString(`<!doctype html><html amp><head><title>Lighthouse open day live</title></head><body><amp-live-list id="l" data-max-items-per-page="20"><div items>`)
		for _, p := range items {
			fmt.Fprintf(&b, `<div id="%s" data-sort-time="1"><amp-timeago datetime="2024-03-07T%s:00Z">%s</amp-timeago><p>%s</p></div>`, p.id, p.clock, p.clock, p.text)
		}
		b.WriteString(`</div></amp-live-list></body></html>`)
		return b.String()
	}
	s.set("/live/amp", amp(p4, p3))
	f, err := New(s.URL+"/live", Options{Delay: -1})
	require.NoError(t, err)
	got, err := f.Poll(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"added " + p3.text, "added " + p4.text}, testutil.Summarise(got))

	s.set("/live/amp", amp(p5, p4, p3))
	got, err = f.Poll(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"added " + p5.text}, testutil.Summarise(got), "the unchanged host page did not hide the new post")
	reqs := s.requests()
	require.Len(t, reqs, 4)
	assert.Equal(t, "/live", reqs[2].URL.RequestURI())
	assert.Empty(t, reqs[2].Header.Get("If-None-Match"), "the host page's ETag says nothing of the AMP page")
}

func entryIDs(b *liveblog.Blog) []string {
	out := make([]string, len(b.Entries))
	for i, e := range b.Entries {
		out[i] = e.ID
	}
	return out
}
