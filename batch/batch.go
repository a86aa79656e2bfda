package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/liveblog-go/liveblog"
)

// Page is one input document, as a reader yields it.
type Page struct {
	// Source says where the page was read: a file path, the URL it was
	// fetched from, or a WARC file and the offset of its record
	// ("crawl.warc.gz#1234").
	Source string
	// URL is the page's address when known (the WARC-Target-URI, the
	// fetched URL after redirects). It becomes the parser's Options.URL.
	URL string
	// ContentType is the page's HTTP Content-Type when known. It becomes
	// the parser's Options.ContentType, so its charset decides the
	// decoding.
	ContentType string
	// Date is when the page was captured (WARC-Date, fetch time), or the
	// zero Time.
	Date time.Time
	// Body is the page itself.
	Body []byte
}

// Result is the outcome for one page: a live blog, or an error.
type Result struct {
	// Index is the page's position in the input, from 0. Pages that are
	// not live blogs take a position too, so Index has gaps.
	Index int
	// Source, URL and Date are the page's.
	Source string
	URL    string
	Date   time.Time
	// Blog is the live blog found on the page, nil on error.
	Blog *liveblog.Blog
	// Err is why the page could not be read or parsed: a reader error
	// (ErrTruncated, ErrHTTPStatus, ...) or Parse's.
	Err error
	// Kind names the kind of Err as counted in Stats.Kinds (see
	// ErrorKind; a reader's error of no known kind is "read"), "" on
	// success.
	Kind string
}

// Options configure a Job. The zero value is valid.
type Options struct {
	// Parser parses each page. Its options are the base for every page:
	// a page's URL and ContentType, when known, replace Options.URL and
	// Options.ContentType. Nil means liveblog.NewParser(liveblog.Options{}).
	Parser *liveblog.Parser
	// Workers is the number of pages parsed at once. 0 means
	// runtime.NumCPU().
	Workers int
	// Ordered delivers results in input order. Otherwise they come as
	// they are done, which keeps every worker busy behind a slow page.
	Ordered bool
	// Window is the most pages held between reading and delivery: read
	// ahead, being parsed, or parsed and waiting for an earlier page in
	// Ordered mode. It bounds memory to about Window times the largest
	// page. 0 means 8 × Workers; it is at least Workers.
	Window int
}

// Stats count what a Job has done so far.
type Stats struct {
	// Pages is the number of pages read, whatever became of them.
	Pages int
	// Bytes is the size of the pages read.
	Bytes int64
	// Live is the number of live blogs found, Entries their entries.
	Live    int
	Entries int
	// NotLive is the number of pages that were not live blogs.
	NotLive int
	// Errors is the number of pages that failed, Kinds the same by
	// ErrorKind.
	Errors int
	Kinds  map[string]int
	// Elapsed is the time since the Job started, final once it ended.
	Elapsed time.Duration
}

// PagesPerSecond is the throughput so far.
func (s Stats) PagesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Pages) / s.Elapsed.Seconds()
}

// Job parses a stream of pages. Create one with New, range over Results
// once, then read Stats and Err.
type Job struct {
	pages   iter.Seq2[Page, error]
	parser  *liveblog.Parser
	workers int
	window  int
	ordered bool

	started atomic.Bool

	mu     sync.Mutex
	stats  Stats
	start  time.Time
	done   bool
	err    error
	reused bool
}

// New returns a Job that parses pages with opts. Nothing is read until
// its Results are ranged over.
func New(pages iter.Seq2[Page, error], opts Options) *Job {
	j := &Job{pages: pages, parser: opts.Parser, workers: opts.Workers, window: opts.Window, ordered: opts.Ordered}
	if j.parser == nil {
		j.parser = liveblog.NewParser(liveblog.Options{})
	}
	if j.workers <= 0 {
		j.workers = runtime.NumCPU()
	}
	if j.window <= 0 {
		j.window = 8 * j.workers
	}
	j.window = max(j.window, j.workers)
	return j
}

// Stats returns the counts so far. It is safe to call while Results is
// running, from any goroutine (to draw progress).
func (j *Job) Stats() Stats {
	j.mu.Lock()
	defer j.mu.Unlock()
	s := j.stats
	s.Kinds = make(map[string]int, len(j.stats.Kinds))
	for k, n := range j.stats.Kinds {
		s.Kinds[k] = n
	}
	if !j.done && !j.start.IsZero() {
		s.Elapsed = time.Since(j.start)
	}
	return s
}

// Err returns the context's error if it ended the run before the input
// did, and an error if Results was ranged over twice. Errors of single
// pages are in their Results, not here.
func (j *Job) Err() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.reused {
		return errReused
	}
	return j.err
}

var errReused = errors.New("liveblog: batch.Job.Results called twice")

// errPanic marks a page whose parse panicked.
var errPanic = errors.New("liveblog: panic while parsing")

// task is one page on its way through the workers.
type task struct {
	index int
	page  Page
	err   error // the reader's error for this page
}

// outcome is a parsed task.
type outcome struct {
	index int
	page  Page // without Body
	size  int
	blog  *liveblog.Blog
	err   error
	read  bool // err is the reader's
}

// Results parses the pages and yields a Result for each live blog and
// each page that failed, in input order if Options.Ordered. Breaking out
// of the loop, or cancelling ctx, stops the reading and the workers;
// Results returns once they have all stopped. A Job's Results can be
// ranged over once.
func (j *Job) Results(ctx context.Context) iter.Seq[Result] {
	return func(yield func(Result) bool) {
		if !j.started.CompareAndSwap(false, true) {
			j.mu.Lock()
			j.reused = true
			j.mu.Unlock()
			return
		}
		j.mu.Lock()
		j.start = time.Now()
		j.stats.Kinds = map[string]int{}
		j.mu.Unlock()

		ctx, cancel := context.WithCancel(ctx)
		// tokens bounds the pages between reading and delivery: the
		// reader takes one per page, the delivery gives it back.
		tokens := make(chan struct{}, j.window)
		// tasks holds every page the window lets the reader take, so
		// that it reads ahead in a burst whenever it gets a core: on a
		// machine whose cores are all parsing, a reader woken for each
		// page waits behind the workers and leaves them idle.
		tasks := make(chan task, j.window)
		// Never more than window outcomes exist, so sending on outcomes
		// never blocks and workers need not watch ctx to send.
		outcomes := make(chan outcome, j.window)
		var wg sync.WaitGroup
		defer func() {
			cancel()
			for range outcomes {
				// drain so that the workers can finish
			}
			wg.Wait()
			j.mu.Lock()
			j.stats.Elapsed = time.Since(j.start)
			j.done = true
			j.mu.Unlock()
		}()

		wg.Go(func() {
			defer close(tasks)
			i := 0
			for p, err := range j.pages {
				select {
				case tokens <- struct{}{}:
				case <-ctx.Done():
					return
				}
				// tasks has room for the whole window, so this only
				// waits while ctx is ending.
				select {
				case tasks <- task{index: i, page: p, err: err}:
				case <-ctx.Done():
					return
				}
				i++
			}
		})
		var workers sync.WaitGroup
		for range j.workers {
			workers.Go(func() {
				for t := range tasks {
					if ctx.Err() != nil {
						continue // drain without parsing
					}
					outcomes <- j.parse(t)
				}
			})
		}
		wg.Go(func() {
			workers.Wait()
			close(outcomes)
		})

		deliver := func(o outcome) bool {
			<-tokens
			if ctx.Err() != nil {
				return false
			}
			r, ok := j.count(o)
			if !ok {
				return true
			}
			return yield(r)
		}
		pending := map[int]outcome{}
		next := 0
		for o := range outcomes {
			if !j.ordered {
				if !deliver(o) {
					break
				}
				continue
			}
			pending[o.index] = o
			stop := false
			for {
				o, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if !deliver(o) {
					stop = true
					break
				}
			}
			if stop {
				break
			}
		}
		// Our own cancel runs only after this, so an ended ctx here is
		// the caller's cancellation or deadline.
		if err := ctx.Err(); err != nil {
			j.mu.Lock()
			j.err = err
			j.mu.Unlock()
		}
	}
}

// parse runs the parser on one task.
func (j *Job) parse(t task) (o outcome) {
	o = outcome{index: t.index, page: t.page, size: len(t.page.Body)}
	o.page.Body = nil
	if t.err != nil {
		o.err, o.read = t.err, true
		return o
	}
	defer func() {
		// One hostile page must not end a run over a million: a panic
		// anywhere in parsing becomes that page's error.
		if v := recover(); v != nil {
			o.blog, o.err = nil, fmt.Errorf("%w: %s: %v", errPanic, t.page.Source, v)
		}
	}()
	o.blog, o.err = parserFor(j.parser, t.page).Parse(bytes.NewReader(t.page.Body))
	return o
}

// parserFor returns the parser for a page: base, with the page's URL,
// Content-Type and capture time, when known, in its options.
func parserFor(base *liveblog.Parser, page Page) *liveblog.Parser {
	if page.URL == "" && page.ContentType == "" && page.Date.IsZero() {
		return base
	}
	opts := base.Options()
	if page.URL != "" {
		opts.URL = page.URL
	}
	if page.ContentType != "" {
		opts.ContentType = page.ContentType
	}
	if !page.Date.IsZero() {
		opts.Captured = page.Date
	}
	return liveblog.NewParser(opts)
}

// count adds an outcome to the stats and turns it into a Result; ok is
// false for a page that is not a live blog.
func (j *Job) count(o outcome) (r Result, ok bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	s := &j.stats
	kind := ""
	s.Pages++
	s.Bytes += int64(o.size)
	switch {
	case o.err == nil:
		s.Live++
		s.Entries += len(o.blog.Entries)
	case errors.Is(o.err, liveblog.ErrNotLiveBlog):
		s.NotLive++
		return Result{}, false
	default:
		kind = ErrorKind(o.err)
		if o.read && kind == "parse" {
			kind = "read"
		}
		s.Errors++
		s.Kinds[kind]++
	}
	return Result{Index: o.index, Source: o.page.Source, URL: o.page.URL, Date: o.page.Date, Blog: o.blog, Err: o.err, Kind: kind}, true
}
