package fetch

import (
	"context"
	"net/http"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/httpclient"
)

func TestDelayBetweenRequests(t *testing.T) {
	st := styles[0]
	s := newSite(t, st.pages)
	f := New(Options{Delay: 250 * time.Millisecond})
	var waits []time.Duration
	f.sleep = func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		return ctx.Err()
	}
	_, err := f.Fetch(t.Context(), s.URL+st.start)
	require.NoError(t, err)
	assert.Equal(t, []time.Duration{250 * time.Millisecond, 250 * time.Millisecond}, waits, "before each request after the first")

	assert.Equal(t, DefaultDelay, New(Options{}).opts.Delay)

	// The real clock: three requests, two waits of 40ms at least.
	s = newSite(t, st.pages)
	start := time.Now()
	_, err = New(Options{Delay: 40 * time.Millisecond}).Fetch(t.Context(), s.URL+st.start)
	require.NoError(t, err)
	assert.GreaterOrEqual(t, time.Since(start), 80*time.Millisecond)
	s.mu.Lock()
	defer s.mu.Unlock()
	require.Len(t, s.times, 3)
	for i := 1; i < 3; i++ {
		assert.GreaterOrEqual(t, s.times[i].Sub(s.times[i-1]), 40*time.Millisecond, "request %d", i+1)
	}
}

func TestLinkFromPublicPageToInternalRefused(t *testing.T) {
	// A public page (the hooks call this loopback server public) whose
	// AMP alternate is on an internal address: fetching it would be a
	// redirect into the network in all but name.
	internal := newSite(t, map[string]string{"/amp/live/marathon": "amp/page1.html"})
	pub := newSite(t, map[string]string{"/live/marathon": "amp/canonical.html"})
	pubAddr := netip.MustParseAddrPort(pub.Listener.Addr().String())
	hooks := httpclient.Hooks{Public: func(ap netip.AddrPort) bool { return ap == pubAddr }}
	get := func(ctx context.Context, req Request) (*Response, error) {
		resp, err := New(Options{hooks: hooks}).get(ctx, req)
		if resp != nil && req.Kind == KindPage {
			resp.Body = []byte(strings.Replace(string(resp.Body), `href="/amp/live/marathon"`, `href="`+internal.URL+`/amp/live/marathon"`, 1))
		}
		return resp, err
	}
	_, err := New(noDelay(Options{Get: get})).Fetch(t.Context(), pub.URL+"/live/marathon")
	require.ErrorIs(t, err, httpclient.ErrRedirectBlocked)
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
	assert.Empty(t, internal.requests())

	// Lifted, it is followed.
	get = func(ctx context.Context, req Request) (*Response, error) {
		resp, err := New(Options{hooks: hooks, AllowPrivateRedirects: true}).get(ctx, req)
		if resp != nil && req.Kind == KindPage {
			resp.Body = []byte(strings.Replace(string(resp.Body), `href="/amp/live/marathon"`, `href="`+internal.URL+`/amp/live/marathon"`, 1))
		}
		return resp, err
	}
	res, err := New(noDelay(Options{Get: get, Pages: 1})).Fetch(t.Context(), pub.URL+"/live/marathon")
	require.NoError(t, err)
	assert.Len(t, res.Blog.Entries, 3)
	assert.Equal(t, []string{"/amp/live/marathon"}, internal.requests())
}

func TestOnPageSeesEveryPageRead(t *testing.T) {
	st := styles[0]
	s := newSite(t, st.pages)
	var seen []string
	_, err := New(noDelay(Options{OnPage: func(p Page, resp *Response) {
		seen = append(seen, strings.TrimPrefix(p.URL, s.URL)+" "+resp.Header.Get("Content-Type"))
		assert.Contains(t, string(resp.Body), "Coastal storm live")
	}})).Fetch(t.Context(), s.URL+st.start)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"/live/coastal-storm text/html; charset=utf-8",
		"/live/coastal-storm/p2 text/html; charset=utf-8",
		"/live/coastal-storm/p3 text/html; charset=utf-8",
	}, seen)
}

// A page's clocks are dated from when it last changed: the response's
// Last-Modified, else its Date (issue 14: the capture time).
func TestCapturedAt(t *testing.T) {
	t.Parallel()
	now := time.Date(2024, 6, 10, 9, 0, 0, 0, time.UTC)
	h := http.Header{}
	assert.Equal(t, now, CapturedAt(h, now), "no headers: the fetch")
	h.Set("Date", "Sun, 09 Jun 2024 21:00:00 GMT")
	assert.Equal(t, time.Date(2024, 6, 9, 21, 0, 0, 0, time.UTC), CapturedAt(h, now), "served")
	h.Set("Last-Modified", "Sun, 09 Jun 2024 19:30:00 GMT")
	assert.Equal(t, time.Date(2024, 6, 9, 19, 30, 0, 0, time.UTC), CapturedAt(h, now), "last changed")
	h.Set("Last-Modified", "Mon, 10 Jun 2024 19:30:00 GMT")
	assert.Equal(t, time.Date(2024, 6, 9, 21, 0, 0, 0, time.UTC), CapturedAt(h, now), "a Last-Modified after Date is ignored")
}
