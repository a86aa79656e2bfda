package batch

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/httpclient"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testSite serves live blogs and failures on loopback and records how
// the fetcher behaved.
type testSite struct {
	*httptest.Server
	mu     sync.Mutex
	agents []string
}

func newTestSite(t *testing.T) *testSite {
	s := &testSite{}
	mux := http.NewServeMux()
	mux.HandleFunc("/live/{n}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "Ferry strike day %s\n\n06:00 GMT 01.02.2022\nNo boats this morning.\n\n07:30 GMT 01.02.2022\nTalks resume at noon.\n", r.PathValue("n"))
	})
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>An ordinary story.</p></body></html>")
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/live/moved", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		// No Content-Length: the limit must hold while reading.
		for range 10 {
			w.Write([]byte(strings.Repeat("x", 1000)))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.agents = append(s.agents, r.UserAgent())
		s.mu.Unlock()
		time.Sleep(10 * time.Millisecond) // let requests overlap
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func TestFetchList(t *testing.T) {
	site := newTestSite(t)
	var list strings.Builder
	list.WriteString("# ferry strike coverage\n\n")
	for i := range 8 {
		fmt.Fprintf(&list, "%s/live/%d\n", site.URL, i)
	}
	fmt.Fprintf(&list, "  %s/article  \n%s/missing\n%s/moved\n%s/big\n%s/slow\nftp://files.example/x\n%s/live/last", site.URL, site.URL, site.URL, site.URL, site.URL, site.URL)

	open := &openCounter{base: http.DefaultTransport}
	f := &Fetcher{Timeout: 300 * time.Millisecond, MaxSize: 4096, Concurrency: 6, PerHost: 2, Client: &http.Client{Transport: open}}
	got := map[string]Page{}
	errs := map[string]error{}
	for p, err := range f.FetchList(t.Context(), strings.NewReader(list.String()), "urls.txt") {
		path := strings.TrimPrefix(p.Source, site.URL)
		require.NotContains(t, got, path, "fetched twice")
		got[path] = p
		errs[path] = err
	}
	require.Equal(t, 15, len(got), "one page or error per URL")
	for i := range 8 {
		path := fmt.Sprintf("/live/%d", i)
		require.NoError(t, errs[path], path)
		assert.Equal(t, site.URL+path, got[path].URL)
		assert.Equal(t, "text/plain; charset=utf-8", got[path].ContentType)
		assert.Contains(t, string(got[path].Body), fmt.Sprintf("Ferry strike day %d\n", i))
		assert.False(t, got[path].Date.IsZero())
	}
	require.NoError(t, errs["/live/last"], "last line without a newline")
	require.NoError(t, errs["/article"])
	require.NoError(t, errs["/moved"])
	assert.Equal(t, site.URL+"/live/moved", got["/moved"].URL, "URL after the redirect")
	assert.ErrorIs(t, errs["/missing"], ErrHTTPStatus)
	assert.ErrorIs(t, errs["/big"], liveblog.ErrTooLarge)
	assert.Equal(t, "timeout", ErrorKind(errs["/slow"]))
	assert.ErrorIs(t, errs["ftp://files.example/x"], ErrFetch)

	assert.LessOrEqual(t, open.worst.Load(), int64(2), "per-host limit")
	site.mu.Lock()
	defer site.mu.Unlock()
	assert.Len(t, site.agents, 15, "every http URL requested once, the redirect twice")
	for _, ua := range slices.Compact(site.agents) {
		assert.Equal(t, DefaultUserAgent, ua)
	}
}

func TestJobOverURLs(t *testing.T) {
	site := newTestSite(t)
	urls := []string{site.URL + "/live/a", site.URL + "/article", site.URL + "/missing", site.URL + "/live/b"}
	f := &Fetcher{PerHost: 4}
	job := New(f.Fetch(t.Context(), slices.Values(urls)), Options{Workers: 2})
	titles := map[string]string{}
	kinds := map[string]string{}
	for r := range job.Results(t.Context()) {
		if r.Err != nil {
			kinds[r.Source] = r.Kind
			continue
		}
		titles[r.Source] = r.Blog.Title
		assert.Equal(t, r.Source, r.Blog.URL, "the fetched URL reached the parser")
		assert.Len(t, r.Blog.Entries, 2)
	}
	require.NoError(t, job.Err())
	assert.Equal(t, map[string]string{urls[0]: "Ferry strike day a", urls[3]: "Ferry strike day b"}, titles)
	assert.Equal(t, map[string]string{urls[2]: "http_status"}, kinds)
	s := job.Stats()
	assert.Equal(t, 4, s.Pages)
	assert.Equal(t, 1, s.NotLive)
}

func TestFetchStops(t *testing.T) {
	site := newTestSite(t)
	urls := make([]string, 50)
	for i := range urls {
		urls[i] = fmt.Sprintf("%s/live/%d", site.URL, i)
	}
	open := &openCounter{base: http.DefaultTransport}
	f := &Fetcher{Concurrency: 2, PerHost: 2, Client: &http.Client{Transport: open}}
	for range f.Fetch(t.Context(), slices.Values(urls)) {
		break
	}
	site.mu.Lock()
	n := len(site.agents)
	site.mu.Unlock()
	assert.Less(t, n, 10, "requests went on after the loop stopped")
	// The fetches still running when the loop stopped end a little later.
	assert.Eventually(t, func() bool { return open.open.Load() == 0 }, time.Second, 5*time.Millisecond, "a request was left open")
}

func TestHostLimiterForgetsIdleHosts(t *testing.T) {
	l := newHostLimiter(1)
	for i := range 100 {
		release, err := l.acquire(t.Context(), fmt.Sprintf("h%d.example", i))
		require.NoError(t, err)
		release()
	}
	assert.Empty(t, l.hosts)
}

// openCounter is a client transport that counts the requests open at once,
// from the request until its body is closed: what the per-host limit
// bounds. (Counting in the server would also count handlers still writing
// into a connection the client has already dropped.)
type openCounter struct {
	base        http.RoundTripper
	open, worst atomic.Int64
}

func (c *openCounter) RoundTrip(r *http.Request) (*http.Response, error) {
	n := c.open.Add(1)
	for {
		w := c.worst.Load()
		if n <= w || c.worst.CompareAndSwap(w, n) {
			break
		}
	}
	resp, err := c.base.RoundTrip(r)
	if err != nil {
		c.open.Add(-1)
		return nil, err
	}
	resp.Body = &countedBody{ReadCloser: resp.Body, done: func() { c.open.Add(-1) }}
	return resp, nil
}

type countedBody struct {
	io.ReadCloser
	once sync.Once
	done func()
}

func (b *countedBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.done)
	return err
}

func TestFetchRefusesRedirectToInternalAddress(t *testing.T) {
	internal := newTestSite(t)
	pub := httptest.NewServer(http.RedirectHandler(internal.URL+"/live/secret", http.StatusFound))
	t.Cleanup(pub.Close)
	pubAddr := netip.MustParseAddrPort(pub.Listener.Addr().String())
	hooks := httpclient.Hooks{Public: func(ap netip.AddrPort) bool { return ap == pubAddr }}
	urls := []string{pub.URL + "/moved", internal.URL + "/live/direct"}

	f := &Fetcher{hooks: hooks}
	errs := map[string]error{}
	for p, err := range f.Fetch(t.Context(), slices.Values(urls)) {
		errs[p.Source] = err
	}
	require.Len(t, errs, 2)
	assert.ErrorIs(t, errs[urls[0]], httpclient.ErrRedirectBlocked)
	assert.Equal(t, "fetch", ErrorKind(errs[urls[0]]))
	assert.NoError(t, errs[urls[1]], "an internal URL listed directly is fetched")
	internal.mu.Lock()
	assert.Len(t, internal.agents, 1, "only the direct request reached the internal server")
	internal.mu.Unlock()

	f = &Fetcher{hooks: hooks, AllowPrivateRedirects: true}
	for p, err := range f.Fetch(t.Context(), slices.Values(urls[:1])) {
		require.NoError(t, err)
		assert.Contains(t, string(p.Body), "Ferry strike day secret")
	}
}
