package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"iter"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// BenchmarkBatchVsParse is issue 17's target: `liveblog batch` over a few
// thousand pages against Parse alone over the same pages, on as many
// workers as cores. Each iteration runs both contestants, alternating
// which goes first, and reports parse/batch, the ratio of their summed
// times (1 would be a batch that costs nothing beyond Parse; the target
// is at least 0.85), the same ratio of the CPU time the process used
// (parse/batch-cpu, where getrusage is; a slow spell of a shared machine
// moves it less), and the pages/s of each:
//
//   - batch: a Job over 4,000 pages (webWARC: the pages of testdata/web,
//     live blogs and not, cycled), each result encoded as a JSON line into
//     a buffered io.Discard, in order. Its input is a gzip WARC read from
//     disk (input=warc.gz, what crawls hold), the same WARC uncompressed
//     (input=warc), or the pages already in memory (input=memory: the
//     Job's own machinery and the JSON lines, no reading);
//   - parse: the same pages, already decompressed in memory, parsed with
//     the options the Job gives each page (parserFor), by workers taking
//     the next page from a shared counter.
//
// The pages held in memory share their bodies (the archive cycles over
// the same files), so that the live heap, and with it the collector's
// pace, stays that of a batch run.
//
//	go test -run=NONE -bench=BatchVsParse -benchtime=4x -count=10 ./batch | tee ratio.txt
//	go run golang.org/x/perf/cmd/benchstat@latest -col /input ratio.txt
func BenchmarkBatchVsParse(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(400)) // as in BenchmarkJob
	const n = 4000
	gz, plain := benchFile(b, "web", n), benchFile(b, "web-plain", n)
	pages := make([]Page, 0, n)
	bodies := map[string][]byte{}
	for p, err := range WARCFile(gz.path) {
		require.NoError(b, err)
		if body, ok := bodies[string(p.Body)]; ok {
			p.Body = body
		} else {
			bodies[string(p.Body)] = p.Body
		}
		pages = append(pages, p)
	}
	require.Len(b, pages, n)
	inMemory := func(yield func(Page, error) bool) {
		for _, p := range pages {
			if !yield(p, nil) {
				return
			}
		}
	}
	workers := runtime.GOMAXPROCS(0)
	parser := liveblog.NewParser(liveblog.Options{})
	for _, in := range []struct {
		name  string
		pages func() iter.Seq2[Page, error]
	}{
		{"warc.gz", func() iter.Seq2[Page, error] { return WARCFile(gz.path) }},
		{"warc", func() iter.Seq2[Page, error] { return WARCFile(plain.path) }},
		{"memory", func() iter.Seq2[Page, error] { return inMemory }},
	} {
		b.Run("input="+in.name, func(b *testing.B) {
			var batchLive, parseLive int
			batch := func() {
				job := New(in.pages(), Options{Workers: workers, Ordered: true})
				out := bufio.NewWriter(io.Discard)
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				for r := range job.Results(context.Background()) {
					if r.Err != nil {
						b.Fatal(r.Err)
					}
					require.NoError(b, enc.Encode(benchLine{Input: r.Source, Captured: r.Date, Blog: r.Blog}))
				}
				require.NoError(b, out.Flush())
				s := job.Stats()
				if s.Pages != n {
					b.Fatalf("read %d pages, want %d", s.Pages, n)
				}
				batchLive = s.Live
			}
			parse := func() {
				var next, live atomic.Int64
				var wg sync.WaitGroup
				for range workers {
					wg.Go(func() {
						for i := next.Add(1) - 1; i < int64(len(pages)); i = next.Add(1) - 1 {
							if _, err := parserFor(parser, pages[i]).Parse(bytes.NewReader(pages[i].Body)); err == nil {
								live.Add(1)
							}
						}
					})
				}
				wg.Wait()
				parseLive = int(live.Load())
			}
			pairedRatio(b, n, gz.bytes, batch, parse)
			if batchLive != parseLive || batchLive == 0 {
				b.Fatalf("batch found %d live blogs, Parse alone %d", batchLive, parseLive)
			}
		})
	}
}

// pairedRatio times batch and parse in each iteration, alternating which
// goes first, and reports the median over the iterations of the ratio of
// parse's time to batch's (wall clock; and CPU time, where cpuTime has
// it) and the pages/s of each. A median of pairs, unlike a ratio of
// sums, is not moved by a slow spell that lands on one run. Each
// contestant runs under the pprof label contestant=batch or =parse, so
// that a -cpuprofile can be split with pprof's -tagfocus.
func pairedRatio(b *testing.B, pages int, size int64, batch, parse func()) {
	var wallSum [2]time.Duration // batch, parse
	var wallRatio, cpuRatio []float64
	timed := func(name string, run func()) (wall, cpu time.Duration) {
		runtime.GC()
		c0, _ := cpuTime()
		start := time.Now()
		pprof.Do(context.Background(), pprof.Labels("contestant", name), func(context.Context) { run() })
		wall = time.Since(start)
		c1, _ := cpuTime()
		return wall, c1 - c0
	}
	// One untimed round first: the first run of each pays for what is
	// set up once (the heap's growth, the parser's lazy tables).
	batch()
	parse()
	b.SetBytes(2 * size)
	i := 0
	for b.Loop() {
		var wb, cb, wp, cp time.Duration
		if i%2 == 0 {
			wb, cb = timed("batch", batch)
			wp, cp = timed("parse", parse)
		} else {
			wp, cp = timed("parse", parse)
			wb, cb = timed("batch", batch)
		}
		wallSum[0] += wb
		wallSum[1] += wp
		wallRatio = append(wallRatio, float64(wp)/float64(wb))
		if cb > 0 {
			cpuRatio = append(cpuRatio, float64(cp)/float64(cb))
		}
		i++
	}
	b.ReportMetric(median(wallRatio), "parse/batch")
	if len(cpuRatio) == i {
		b.ReportMetric(median(cpuRatio), "parse/batch-cpu")
	}
	b.ReportMetric(float64(pages*i)/wallSum[0].Seconds(), "pages/s-batch")
	b.ReportMetric(float64(pages*i)/wallSum[1].Seconds(), "pages/s-parse")
}

// median is the middle of xs (the mean of the two middle ones for an
// even count); xs is sorted in place.
func median(xs []float64) float64 {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

func TestMedian(t *testing.T) {
	assert.Equal(t, 2.0, median([]float64{3, 1, 2}))
	assert.Equal(t, 2.5, median([]float64{4, 1, 3, 2}))
	assert.Equal(t, 0.8, median([]float64{0.8}))
}
