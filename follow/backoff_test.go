package follow

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

func TestBackoff(t *testing.T) {
	t.Parallel()
	retryDate := epoch.Add(30 * time.Second).Format(http.TimeFormat)
	srv, s := serve(t,
		step{status: http.StatusInternalServerError},
		step{status: http.StatusInternalServerError},
		step{status: http.StatusTooManyRequests, header: map[string]string{"Retry-After": "9"}},
		step{status: http.StatusServiceUnavailable, header: map[string]string{"Retry-After": retryDate}},
		page(pageV1),
		step{status: http.StatusBadGateway},
		page(pageV1),
	)
	var mu sync.Mutex
	var codes []int
	f, c := newFollower(t, srv, Options{
		Interval: time.Second, MaxBackoff: 10 * time.Second, Jitter: -1,
		OnError: func(err error, wait time.Duration) {
			mu.Lock()
			defer mu.Unlock()
			se, ok := errors.AsType[*StatusError](err)
			require.True(t, ok, "%v", err)
			assert.ErrorIs(t, err, ErrStatus)
			codes = append(codes, se.StatusCode)
		},
	})
	ctx, cancel := context.WithCancel(t.Context())
	c.cancel, c.stopAfter = cancel, 7
	added := 0
	err := f.Run(ctx, func(liveblog.Change) error { added++; return nil })
	assert.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, []time.Duration{
		2 * time.Second,  // 500: doubled
		4 * time.Second,  // 500: doubled again
		9 * time.Second,  // 429: Retry-After 9 s beats the 8 s backoff
		10 * time.Second, // 503: Retry-After 30 s, capped by MaxBackoff
		1 * time.Second,  // success: back to the interval
		2 * time.Second,  // 502: the count starts again
		1 * time.Second,
	}, c.recorded())
	assert.Equal(t, []int{500, 500, 429, 503, 502}, codes)
	assert.Len(t, s.requests(), 7)
	assert.Equal(t, 3, added, "the entries once, after the failures")
}

func TestBackoffCeiling(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, step{status: http.StatusInternalServerError})
	f, c := newFollower(t, srv, Options{Interval: time.Second, MaxBackoff: 20 * time.Second, Jitter: 0.5})
	ctx, cancel := context.WithCancel(t.Context())
	c.cancel, c.stopAfter = cancel, 12
	f.random = func() float64 { return 1 } // the longest jitter
	require.ErrorIs(t, f.Run(ctx, func(liveblog.Change) error { return nil }), context.Canceled)
	waits := c.recorded()
	require.Len(t, waits, 12)
	assert.Equal(t, 3*time.Second, waits[0], "2 s plus half")
	for i, w := range waits {
		assert.LessOrEqual(t, w, 20*time.Second, "wait %d", i)
	}
	assert.Equal(t, 20*time.Second, waits[11])
}

func TestJitter(t *testing.T) {
	t.Parallel()
	f, err := New("http://127.0.0.1/live", Options{Interval: 10 * time.Second})
	require.NoError(t, err)
	for _, tt := range []struct {
		r    float64
		want time.Duration
	}{{0, 9 * time.Second}, {0.5, 10 * time.Second}, {1, 11 * time.Second}} {
		f.random = func() float64 { return tt.r }
		assert.Equal(t, tt.want, f.backoff(nil), "random %v", tt.r)
	}
	// The real source stays within the bounds.
	f.random = rand.Float64
	for range 100 {
		d := f.backoff(nil)
		assert.True(t, d >= 9*time.Second && d <= 11*time.Second, "%s", d)
	}
}

func TestRetryAfter(t *testing.T) {
	t.Parallel()
	now := epoch
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"120", 2 * time.Minute},
		{"0", 0},
		{"-5", 0},
		{"soon", 0},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
		{now.Add(45 * time.Second).Format(time.RFC850), 45 * time.Second},
		{"999999999999", 24 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, retryAfter(tt.in, now))
		})
	}
}

func TestTimeout(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, step{status: http.StatusOK, body: pageV1, delay: 10 * time.Second})
	f, _ := newFollower(t, srv, Options{Timeout: 50 * time.Millisecond})
	start := time.Now()
	_, err := f.Poll(t.Context())
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(start), 5*time.Second)
}

// A slow body (headers at once, then nothing) is cut by the same timeout.
func TestTimeoutDuringBody(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, step{handler: func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte(pageV1[:40]))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}})
	f, _ := newFollower(t, srv, Options{Timeout: 50 * time.Millisecond})
	start := time.Now()
	_, err := f.Poll(t.Context())
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(start), 5*time.Second)
}

func TestMaxSize(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, page(pageV1))
	f, _ := newFollower(t, srv, Options{MaxSize: 100})
	_, err := f.Poll(t.Context())
	assert.ErrorIs(t, err, liveblog.ErrTooLarge)
	assert.Empty(t, f.State().Entries)
}
