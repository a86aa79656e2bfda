package httpclient

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

func TestGetSendsHeadersAndValidators(t *testing.T) {
	var got http.Header
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Clone()
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		io.WriteString(w, "page")
	}))
	defer srv.Close()
	c := New(Options{})

	resp, err := c.Get(t.Context(), Request{URL: srv.URL})
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "page", string(resp.Body))
	assert.Equal(t, `"v1"`, resp.Header.Get("ETag"))
	assert.Equal(t, DefaultUserAgent, got.Get("User-Agent"))
	assert.Contains(t, got.Get("Accept"), "text/html")
	assert.Empty(t, got.Get("If-None-Match"))

	resp, err = c.Get(t.Context(), Request{URL: srv.URL, ETag: `"v1"`, LastModified: "Mon, 06 Sep 2021 10:05:00 GMT"})
	require.NoError(t, err)
	assert.Equal(t, http.StatusNotModified, resp.StatusCode)
	assert.Nil(t, resp.Body)
	assert.Equal(t, "Mon, 06 Sep 2021 10:05:00 GMT", got.Get("If-Modified-Since"))

	_, err = New(Options{UserAgent: "test-bot/2"}).Get(t.Context(), Request{URL: srv.URL})
	require.NoError(t, err)
	assert.Equal(t, "test-bot/2", got.Get("User-Agent"))
}

func TestGetOtherStatusIsNoError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone fishing", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	resp, err := New(Options{}).Get(t.Context(), Request{URL: srv.URL})
	require.NoError(t, err)
	assert.Equal(t, "503 Service Unavailable", resp.Status)
	assert.Nil(t, resp.Body, "only a 200's body is kept")
}

func TestGetSizeLimit(t *testing.T) {
	var streamed atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/announced" {
			w.Header().Set("Content-Length", "5000")
			io.WriteString(w, strings.Repeat("x", 5000))
			return
		}
		// No Content-Length: the limit must hold while reading.
		for range 10 {
			n, _ := io.WriteString(w, strings.Repeat("x", 1000))
			streamed.Add(int64(n))
			w.(http.Flusher).Flush()
		}
	}))
	defer srv.Close()
	c := New(Options{MaxSize: 4096})
	for _, path := range []string{"/announced", "/streamed"} {
		_, err := c.Get(t.Context(), Request{URL: srv.URL + path})
		assert.ErrorIs(t, err, liveblog.ErrTooLarge, path)
	}
	resp, err := New(Options{MaxSize: 10000}).Get(t.Context(), Request{URL: srv.URL + "/streamed"})
	require.NoError(t, err)
	assert.Len(t, resp.Body, 10000, "exactly the limit is accepted")
}

func TestGetTimeoutCoversTheBody(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "the start of a page")
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	start := time.Now()
	_, err := New(Options{Timeout: 100 * time.Millisecond}).Get(t.Context(), Request{URL: srv.URL})
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(start), 5*time.Second)
}

func TestGetStopsAfterTenRedirects(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "/again", http.StatusFound)
	}))
	defer srv.Close()
	_, err := New(Options{}).Get(t.Context(), Request{URL: srv.URL})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "stopped after 10 redirects")
	assert.Equal(t, int32(10), hits.Load())
}

func TestOwnClientIsUsedAsIs(t *testing.T) {
	srv := httptest.NewServer(page("page"))
	defer srv.Close()
	var calls atomic.Int32
	own := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		calls.Add(1)
		return http.DefaultTransport.RoundTrip(r)
	})}
	resp, err := New(Options{Client: own}).Get(t.Context(), Request{URL: srv.URL})
	require.NoError(t, err)
	assert.Equal(t, "page", string(resp.Body))
	assert.Equal(t, int32(1), calls.Load())
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestGetBadURL(t *testing.T) {
	_, err := New(Options{}).Get(t.Context(), Request{URL: "http://[::1"})
	assert.Error(t, err)
}

func TestWaitReturnsWhenTheContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	err := Wait(ctx, time.Hour)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, time.Since(start), time.Minute)
	assert.NoError(t, Wait(context.Background(), time.Millisecond))
}
