package batch

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeParser returns a parser whose only site extractor reads synthetic
// pages of the form "live 3 sleep 2": a live blog of 3 entries, parsed
// after sleeping 2 ms. "dead" pages are not live blogs. Each entry's text
// carries the page URL and whether the page was read as HTML, so tests
// can check the per-page options.
func fakeParser(t testing.TB) *liveblog.Parser {
	t.Helper()
	reg := liveblog.NewRegistry()
	err := reg.Register(liveblog.NewExtractor("fake", nil, func(d *liveblog.Document) (*liveblog.Result, error) {
		text := d.Text()
		if d.IsHTML() {
			text = "live 1"
		}
		f := strings.Fields(text)
		if len(f) < 2 || f[0] != "live" {
			return nil, liveblog.ErrNotLiveBlog
		}
		n, _ := strconv.Atoi(f[1])
		if len(f) == 4 && f[2] == "sleep" {
			ms, _ := strconv.Atoi(f[3])
			time.Sleep(time.Duration(ms) * time.Millisecond)
		}
		res := &liveblog.Result{}
		u := ""
		if d.URL() != nil {
			u = d.URL().String()
		}
		for i := range n {
			res.Entries = append(res.Entries, liveblog.Draft{
				Time: time.Date(2024, 1, 1, 0, i, 0, 0, time.UTC),
				Text: fmt.Sprintf("%s html=%v #%d", u, d.IsHTML(), i),
			})
		}
		return res, nil
	}))
	require.NoError(t, err)
	return liveblog.NewParser(liveblog.Options{Registry: reg})
}

// pagesOf yields the given bodies as pages named p0, p1, ...; read counts
// the pages taken.
func pagesOf(bodies []string, read *atomic.Int64) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		for i, b := range bodies {
			if read != nil {
				read.Add(1)
			}
			if !yield(Page{Source: fmt.Sprintf("p%d", i), URL: fmt.Sprintf("https://example.org/p%d", i), ContentType: "text/plain", Body: []byte(b)}, nil) {
				return
			}
		}
	}
}

func TestJobOrderAndCounts(t *testing.T) {
	// Every fifth page is not a live blog, every seventh fails in the
	// reader; sleeps vary so that pages finish out of order.
	var bodies []string
	readErr := errors.New("reader failed")
	wantLive, wantEntries, wantDead := 0, 0, 0
	for i := range 120 {
		switch {
		case i%7 == 3:
			bodies = append(bodies, "ERR")
		case i%5 == 0:
			bodies = append(bodies, "dead")
			wantDead++
		default:
			n := i%3 + 1
			bodies = append(bodies, fmt.Sprintf("live %d sleep %d", n, (i*7)%5))
			wantLive++
			wantEntries += n
		}
	}
	pages := func(yield func(Page, error) bool) {
		for p, err := range pagesOf(bodies, nil) {
			if string(p.Body) == "ERR" {
				p.Body, err = nil, readErr
			}
			if !yield(p, err) {
				return
			}
		}
	}
	for _, ordered := range []bool{true, false} {
		t.Run(fmt.Sprintf("ordered=%v", ordered), func(t *testing.T) {
			t.Parallel()
			job := New(pages, Options{Parser: fakeParser(t), Workers: 4, Window: 6, Ordered: ordered})
			seen := map[int]bool{}
			last := -1
			for r := range job.Results(t.Context()) {
				assert.False(t, seen[r.Index], "index %d twice", r.Index)
				seen[r.Index] = true
				if ordered {
					assert.Greater(t, r.Index, last, "out of order")
				}
				last = r.Index
				assert.Equal(t, fmt.Sprintf("p%d", r.Index), r.Source)
				assert.Equal(t, fmt.Sprintf("https://example.org/p%d", r.Index), r.URL)
				if r.Index%7 == 3 {
					assert.ErrorIs(t, r.Err, readErr)
					assert.Equal(t, "read", r.Kind)
					assert.Nil(t, r.Blog)
					continue
				}
				require.NoError(t, r.Err)
				require.Len(t, r.Blog.Entries, r.Index%3+1)
				// The page's URL and Content-Type reached the parser.
				assert.Equal(t, fmt.Sprintf("https://example.org/p%d html=false #0", r.Index), r.Blog.Entries[0].Text)
			}
			require.NoError(t, job.Err())
			for i := range bodies {
				assert.Equal(t, i%5 != 0 || i%7 == 3, seen[i], "page %d delivered", i)
			}
			s := job.Stats()
			assert.Equal(t, len(bodies), s.Pages)
			assert.Equal(t, wantLive, s.Live)
			assert.Equal(t, wantEntries, s.Entries)
			assert.Equal(t, wantDead, s.NotLive)
			assert.Equal(t, len(bodies)-wantLive-wantDead, s.Errors)
			assert.Equal(t, map[string]int{"read": s.Errors}, s.Kinds)
			assert.Positive(t, s.Elapsed)
			assert.Positive(t, s.PagesPerSecond())
		})
	}
}

func TestJobWindowBoundsReadAhead(t *testing.T) {
	// The reader may run at most Window pages ahead of delivery, however
	// slow the consumer: that is what keeps memory bounded.
	const window = 5
	bodies := make([]string, 200)
	for i := range bodies {
		bodies[i] = "live 1"
	}
	for _, ordered := range []bool{true, false} {
		t.Run(fmt.Sprintf("ordered=%v", ordered), func(t *testing.T) {
			var read, delivered, worst atomic.Int64
			pages := func(yield func(Page, error) bool) {
				for p, err := range pagesOf(bodies, &read) {
					if ahead := read.Load() - delivered.Load(); ahead > worst.Load() {
						worst.Store(ahead)
					}
					if !yield(p, err) {
						return
					}
				}
			}
			job := New(pages, Options{Parser: fakeParser(t), Workers: 2, Window: window, Ordered: ordered})
			for range job.Results(t.Context()) {
				delivered.Add(1)
				time.Sleep(50 * time.Microsecond)
			}
			assert.Equal(t, int64(len(bodies)), delivered.Load())
			// Two more than the window: the page being read while the
			// reader waits for a free slot, and the result handed to the
			// loop body but not yet counted by it.
			assert.LessOrEqual(t, worst.Load(), int64(window+2))
		})
	}
}

func TestJobStops(t *testing.T) {
	bodies := make([]string, 1000)
	for i := range bodies {
		bodies[i] = "live 1 sleep 1"
	}
	t.Run("break", func(t *testing.T) {
		var read atomic.Int64
		job := New(pagesOf(bodies, &read), Options{Parser: fakeParser(t), Workers: 2, Window: 4, Ordered: true})
		n := 0
		for range job.Results(t.Context()) {
			n++
			if n == 3 {
				break
			}
		}
		assert.NoError(t, job.Err())
		assert.Equal(t, 3, n)
		assert.Less(t, read.Load(), int64(20), "the reader went on after the break")
		after := read.Load()
		time.Sleep(20 * time.Millisecond)
		assert.Equal(t, after, read.Load(), "Results returned before the reader stopped")
	})
	t.Run("cancel", func(t *testing.T) {
		var read atomic.Int64
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		job := New(pagesOf(bodies, &read), Options{Parser: fakeParser(t), Workers: 2})
		n := 0
		for range job.Results(ctx) {
			n++
			if n == 5 {
				cancel()
			}
		}
		assert.ErrorIs(t, job.Err(), context.Canceled)
		assert.Less(t, n, 20)
		assert.Less(t, read.Load(), int64(40))
	})
	t.Run("deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 30*time.Millisecond)
		defer cancel()
		job := New(pagesOf(bodies, nil), Options{Parser: fakeParser(t), Workers: 2})
		for range job.Results(ctx) {
		}
		assert.ErrorIs(t, job.Err(), context.DeadlineExceeded)
		assert.Less(t, job.Stats().Pages, len(bodies))
	})
	t.Run("twice", func(t *testing.T) {
		job := New(pagesOf(bodies[:3], nil), Options{Parser: fakeParser(t)})
		n := 0
		for range job.Results(t.Context()) {
			n++
		}
		require.NoError(t, job.Err())
		for range job.Results(t.Context()) {
			n++
		}
		assert.Equal(t, 3, n)
		assert.ErrorIs(t, job.Err(), errReused)
	})
}

func TestJobPageOptions(t *testing.T) {
	// A page's Content-Type decides HTML vs text; without one the parser
	// sniffs; a page without URL keeps the parser's own.
	p := fakeParser(t)
	base := p.Options()
	base.URL = "https://base.example/"
	pages := func(yield func(Page, error) bool) {
		_ = yield(Page{Source: "a", ContentType: "text/html", Body: []byte("live 1")}, nil) &&
			yield(Page{Source: "b", Body: []byte("<p>live 1</p>")}, nil) &&
			yield(Page{Source: "c", URL: "https://c.example/x", ContentType: "text/plain", Body: []byte("live 1")}, nil)
	}
	job := New(pages, Options{Parser: liveblog.NewParser(base), Ordered: true})
	var got []string
	for r := range job.Results(t.Context()) {
		require.NoError(t, r.Err)
		got = append(got, r.Source+": "+r.Blog.Entries[0].Text)
	}
	assert.Equal(t, []string{
		"a: https://base.example/ html=true #0",
		"b: https://base.example/ html=true #0",
		"c: https://c.example/x html=false #0",
	}, got)
}

func TestErrorKind(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("x: %w", ErrTruncated), "truncated"},
		{fmt.Errorf("x: %w", ErrMalformed), "malformed"},
		{fmt.Errorf("x: %w", ErrHTTPStatus), "http_status"},
		{fmt.Errorf("%w: %w", ErrFetch, context.DeadlineExceeded), "timeout"},
		{fmt.Errorf("%w: dial", ErrFetch), "fetch"},
		{fmt.Errorf("x: %w", liveblog.ErrTooLarge), "too_large"},
		{fmt.Errorf("x: %w", liveblog.ErrCharset), "charset"},
		{context.Canceled, "canceled"},
		{errPanic, "panic"},
		{errors.New("other"), "parse"},
		{nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, ErrorKind(tt.err))
		})
	}
}
