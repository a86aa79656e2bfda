package follow

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

var (
	pageV1 = testutil.TextBlog(
		"10:05 GMT 06.09.2021", "The ferry is running late.",
		"10:00 GMT 06.09.2021", "Rain is easing over the quay.",
		"10:00 GMT 06.09.2021", "Gates open to the public.",
	)
	// V2 gains a post at the top.
	pageV2 = testutil.TextBlog(
		"10:09 GMT 06.09.2021", "A brass band starts up.",
		"10:05 GMT 06.09.2021", "The ferry is running late.",
		"10:00 GMT 06.09.2021", "Rain is easing over the quay.",
		"10:00 GMT 06.09.2021", "Gates open to the public.",
	)
	// V3 edits one.
	pageV3 = testutil.TextBlog(
		"10:09 GMT 06.09.2021", "A brass band starts up.",
		"10:05 GMT 06.09.2021", "The ferry is running late.",
		"10:00 GMT 06.09.2021", "Rain has stopped over the quay.",
		"10:00 GMT 06.09.2021", "Gates open to the public.",
	)
	// V4 deletes one.
	pageV4 = testutil.TextBlog(
		"10:09 GMT 06.09.2021", "A brass band starts up.",
		"10:00 GMT 06.09.2021", "Rain has stopped over the quay.",
		"10:00 GMT 06.09.2021", "Gates open to the public.",
	)
	// Another blog altogether, as an error page parsed by a generic
	// extractor might look.
	pageOther = testutil.TextBlog(
		"09:00 GMT 01.01.2020", "Service notice one.",
		"08:00 GMT 01.01.2020", "Service notice two.",
	)
)

// step is one scripted response.
type step struct {
	status  int
	body    string
	header  map[string]string
	delay   time.Duration // wait before answering (or until the client gives up)
	handler http.HandlerFunc
}

func page(body string) step { return step{status: http.StatusOK, body: body} }

// script serves its steps in order, one per request, repeating the last,
// and records the requests.
type script struct {
	mu    sync.Mutex
	steps []step
	reqs  []*http.Request
}

func (s *script) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	n := len(s.reqs)
	s.reqs = append(s.reqs, r.Clone(context.Background()))
	st := s.steps[min(n, len(s.steps)-1)]
	s.mu.Unlock()
	if st.handler != nil {
		st.handler(w, r)
		return
	}
	if st.delay > 0 {
		select {
		case <-r.Context().Done():
			return
		case <-time.After(st.delay):
		}
	}
	for k, v := range st.header {
		w.Header().Set(k, v)
	}
	if st.status == http.StatusOK && w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	}
	w.WriteHeader(st.status)
	_, _ = w.Write([]byte(st.body))
}

func (s *script) requests() []*http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*http.Request(nil), s.reqs...)
}

func serve(t *testing.T, steps ...step) (*httptest.Server, *script) {
	t.Helper()
	s := &script{steps: steps}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv, s
}

// clock is the fake time of a follower under test: sleeps are recorded
// and return at once; cancel, when set, is called after stopAfter sleeps.
type clock struct {
	mu        sync.Mutex
	now       time.Time
	waits     []time.Duration
	stopAfter int
	cancel    context.CancelFunc
}

func (c *clock) sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.waits = append(c.waits, d)
	c.now = c.now.Add(d)
	stop := c.cancel != nil && len(c.waits) >= c.stopAfter
	c.mu.Unlock()
	if stop {
		c.cancel()
	}
	return ctx.Err()
}

func (c *clock) time() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) recorded() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.waits...)
}

var epoch = time.Date(2021, 9, 6, 12, 0, 0, 0, time.UTC)

func newFollower(t *testing.T, srv *httptest.Server, opts Options) (*Follower, *clock) {
	t.Helper()
	f, err := New(srv.URL+"/live", opts)
	require.NoError(t, err)
	c := &clock{now: epoch}
	f.sleep, f.now, f.random = c.sleep, c.time, func() float64 { return 0.5 }
	return f, c
}

func TestPollGainsEditsDeletes(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, page(pageV1), page(pageV2), page(pageV3), page(pageV4), page(pageV4), page(pageV4))
	f, _ := newFollower(t, srv, Options{})
	want := [][]string{
		{
			"added Gates open to the public.",
			"added Rain is easing over the quay.",
			"added The ferry is running late.",
		},
		{"added A brass band starts up."},
		{"updated Rain has stopped over the quay."},
		nil, // the deletion is seen once: not confirmed yet
		{"removed The ferry is running late."},
		nil, // and never reported twice
	}
	for i, w := range want {
		got, err := f.Poll(t.Context())
		require.NoError(t, err, "poll %d", i)
		assert.Equal(t, w, testutil.Summarise(got), "poll %d", i)
	}
	assert.Len(t, f.State().Entries, 3)
	assert.Empty(t, f.State().Missing)
}

func TestPollConfirmOneRemovesAtOnce(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, page(pageV3), page(pageV4))
	f, _ := newFollower(t, srv, Options{Confirm: 1})
	_, err := f.Poll(t.Context())
	require.NoError(t, err)
	got, err := f.Poll(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"removed The ferry is running late."}, testutil.Summarise(got))
}

func TestRunDeliversEachChangeOnce(t *testing.T) {
	t.Parallel()
	srv, s := serve(t, page(pageV1), page(pageV2), page(pageV3), page(pageV3))
	f, c := newFollower(t, srv, Options{Interval: time.Second, Jitter: -1})
	ctx, cancel := context.WithCancel(t.Context())
	c.cancel, c.stopAfter = cancel, 4
	var got []liveblog.Change
	err := f.Run(ctx, func(ch liveblog.Change) error {
		got = append(got, ch)
		return nil
	})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Len(t, s.requests(), 4)
	assert.Equal(t, []string{
		"added Gates open to the public.",
		"added Rain is easing over the quay.",
		"added The ferry is running late.",
		"added A brass band starts up.",
		"updated Rain has stopped over the quay.",
	}, testutil.Summarise(got))
	assert.Equal(t, []time.Duration{time.Second, time.Second, time.Second, time.Second}, c.recorded())
}

func TestConditionalRequests(t *testing.T) {
	t.Parallel()
	const lastMod = "Mon, 06 Sep 2021 10:05:00 GMT"
	srv, s := serve(t,
		step{status: http.StatusOK, body: pageV1, header: map[string]string{"ETag": `"v1"`, "Last-Modified": lastMod}},
		step{status: http.StatusNotModified},
		step{status: http.StatusOK, body: pageV2, header: map[string]string{"ETag": `"v2"`}},
		step{status: http.StatusNotModified},
	)
	f, _ := newFollower(t, srv, Options{})
	var counts []int
	for range 4 {
		got, err := f.Poll(t.Context())
		require.NoError(t, err)
		counts = append(counts, len(got))
	}
	assert.Equal(t, []int{3, 0, 1, 0}, counts)
	reqs := s.requests()
	require.Len(t, reqs, 4)
	assert.Empty(t, reqs[0].Header.Get("If-None-Match"))
	assert.Empty(t, reqs[0].Header.Get("If-Modified-Since"))
	assert.Equal(t, `"v1"`, reqs[1].Header.Get("If-None-Match"))
	assert.Equal(t, lastMod, reqs[1].Header.Get("If-Modified-Since"))
	assert.Equal(t, `"v1"`, reqs[2].Header.Get("If-None-Match"), "a 304 keeps the validators")
	assert.Equal(t, `"v2"`, reqs[3].Header.Get("If-None-Match"))
	assert.Empty(t, reqs[3].Header.Get("If-Modified-Since"), "the new page gave no Last-Modified")
	for _, r := range reqs {
		assert.Equal(t, DefaultUserAgent, r.Header.Get("User-Agent"))
	}
}

func TestGarbageOnce(t *testing.T) {
	t.Parallel()
	srv, s := serve(t,
		step{status: http.StatusOK, body: pageV1, header: map[string]string{"ETag": `"v1"`}},
		step{status: http.StatusOK, body: "\x00\x01\x02 upstream fell over \xff", header: map[string]string{"ETag": `"junk"`}},
		page(pageV2),
	)
	f, _ := newFollower(t, srv, Options{})
	got, err := f.Poll(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 3)

	got, err = f.Poll(t.Context())
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
	assert.Empty(t, got)
	assert.Len(t, f.State().Entries, 3, "a page that fails to parse changes nothing")

	got, err = f.Poll(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"added A brass band starts up."}, testutil.Summarise(got))
	reqs := s.requests()
	assert.Equal(t, `"v1"`, reqs[2].Header.Get("If-None-Match"), "the garbage page's ETag is not kept")
}

// A page that parses but is not the blog (an error page, a stale copy
// missing most entries) is held back.
func TestNoMassRemoval(t *testing.T) {
	t.Parallel()
	partial := testutil.TextBlog(
		"10:09 GMT 06.09.2021", "A brass band starts up.",
		"10:05 GMT 06.09.2021", "The ferry is running late.",
	)
	srv, _ := serve(t, page(pageV2), page(pageOther), page(partial), page(pageV2))
	var errs []error
	f, _ := newFollower(t, srv, Options{OnError: func(err error, _ time.Duration) { errs = append(errs, err) }})
	got, err := f.Poll(t.Context())
	require.NoError(t, err)
	require.Len(t, got, 4)

	got, err = f.Poll(t.Context())
	assert.ErrorIs(t, err, ErrUnrelatedPage)
	assert.Empty(t, got, "another blog served once is not believed")

	got, err = f.Poll(t.Context())
	require.NoError(t, err)
	assert.Empty(t, got, "entries missing once are not reported removed")
	assert.Len(t, f.State().Missing, 2)

	got, err = f.Poll(t.Context())
	require.NoError(t, err)
	assert.Empty(t, got, "they are back: nothing happened")
	assert.Empty(t, f.State().Missing)
}

// A page that really is replaced is believed when seen twice.
func TestUnrelatedPageConfirmed(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, page(pageV1), page(pageOther))
	f, _ := newFollower(t, srv, Options{})
	_, err := f.Poll(t.Context())
	require.NoError(t, err)
	_, err = f.Poll(t.Context())
	require.ErrorIs(t, err, ErrUnrelatedPage)
	got, err := f.Poll(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{
		"added Service notice two.",
		"added Service notice one.",
	}, testutil.Summarise(got), "its entries are added; the old ones wait for their own confirmation")
	got, err = f.Poll(t.Context())
	require.NoError(t, err)
	assert.Len(t, got, 3)
	for _, c := range got {
		assert.Equal(t, liveblog.EntryRemoved, c.Kind)
	}
}

func TestCancel(t *testing.T) {
	t.Parallel()
	t.Run("while waiting", func(t *testing.T) {
		t.Parallel()
		srv, _ := serve(t, page(pageV1))
		f, err := New(srv.URL, Options{Interval: time.Hour, Client: srv.Client()})
		require.NoError(t, err)
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		delivered := make(chan struct{}, 3)
		go func() {
			done <- f.Run(ctx, func(liveblog.Change) error { delivered <- struct{}{}; return nil })
		}()
		for range 3 {
			<-delivered
		}
		cancel()
		select {
		case err := <-done:
			assert.ErrorIs(t, err, context.Canceled)
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not return after cancel")
		}
	})
	t.Run("during a request", func(t *testing.T) {
		t.Parallel()
		started := make(chan struct{})
		srv, _ := serve(t, step{handler: func(w http.ResponseWriter, r *http.Request) {
			close(started)
			<-r.Context().Done()
		}})
		f, err := New(srv.URL, Options{Client: srv.Client()})
		require.NoError(t, err)
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		go func() { done <- f.Run(ctx, func(liveblog.Change) error { return nil }) }()
		<-started
		cancel()
		select {
		case err := <-done:
			assert.ErrorIs(t, err, context.Canceled)
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not return after cancel")
		}
	})
}

func TestHandlerErrorResumes(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, page(pageV1))
	f, _ := newFollower(t, srv, Options{})
	boom := errors.New("disk full")
	var got []string
	calls := 0
	err := f.Run(t.Context(), func(c liveblog.Change) error {
		calls++
		if calls == 2 {
			return boom
		}
		got = append(got, c.Entry.Text)
		return nil
	})
	assert.ErrorIs(t, err, boom)
	changes, err := f.Poll(t.Context())
	require.NoError(t, err)
	for _, c := range changes {
		got = append(got, c.Entry.Text)
	}
	assert.Equal(t, []string{"Gates open to the public.", "Rain is easing over the quay.", "The ferry is running late."}, got,
		"each entry once: the refused one is offered again, the one before it is not")
}

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
