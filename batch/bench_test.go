package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	xhtml "golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
)

// benchWARC writes a gzip WARC of n pages to dir, as a crawl would hold
// them: half plain-text live blogs of 30 entries (about 5 KB), half HTML
// articles with page chrome (about 25 KB), and an image record after
// every tenth page. It returns the file and the page bytes it holds.
func benchWARC(tb testing.TB, dir string, n int) (string, int64) {
	path := filepath.Join(dir, fmt.Sprintf("bench-%d.warc.gz", n))
	f, err := os.Create(path)
	require.NoError(tb, err)
	defer f.Close()
	w := bufio.NewWriter(f)
	zw := gzip.NewWriter(w)
	var payload int64
	record := func(uri, ctype string, body []byte) {
		block := httpMsg("200 OK", []string{"Content-Type: " + ctype, fmt.Sprintf("Content-Length: %d", len(body))}, body)
		zw.Reset(w)
		_, err := zw.Write(warcRec{typ: "response", uri: uri, date: "2024-03-01T12:00:00Z",
			ctype: "application/http; msgtype=response", block: block}.bytes())
		require.NoError(tb, err)
		require.NoError(tb, zw.Close())
	}
	for i := range n {
		var body []byte
		if i%2 == 0 {
			body = benchTextBlog(i)
			record(fmt.Sprintf("https://news.example/live/%d", i), "text/plain; charset=utf-8", body)
		} else {
			body = benchArticle(i)
			record(fmt.Sprintf("https://news.example/story/%d", i), "text/html; charset=utf-8", body)
		}
		payload += int64(len(body))
		if i%10 == 9 {
			record(fmt.Sprintf("https://news.example/img/%d.png", i), "image/png", []byte(strings.Repeat("\x89PNG", 500)))
		}
	}
	require.NoError(tb, w.Flush())
	return path, payload
}

func benchTextBlog(i int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "Regional election night %d: results as they come in\n\nCounting has begun in every district and the first results are due before midnight.\n\n", i)
	for e := range 30 {
		fmt.Fprintf(&b, "%02d:%02d GMT 01.03.2024\n", 20+e/12, (e*5)%60)
		fmt.Fprintf(&b, "District %d reports a turnout of %d per cent, up on the last vote. Officials expect the count to run late into the night as postal ballots are checked by hand.\n\n", e, 40+e)
	}
	return []byte(b.String())
}

func benchArticle(i int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story %d</title>`, i)
	b.WriteString(`<script>window.dataLayer=[];function track(){}</script><link rel="stylesheet" href="/s.css"></head><body>`)
	b.WriteString(`<header><nav><ul>`)
	for k := range 30 {
		fmt.Fprintf(&b, `<li><a href="/section/%d">Section %d</a></li>`, k, k)
	}
	b.WriteString(`</ul></nav></header><main><article><h1>A long read about the harbour</h1>`)
	for p := range 40 {
		fmt.Fprintf(&b, `<p class="body">Paragraph %d of the story tells how the old harbour changed over a century, with <a href="/link/%d">a link</a> and <em>some emphasis</em> here and there.</p>`, p, p)
	}
	b.WriteString(`</article></main><footer><p>Copyright</p></footer></body></html>`)
	return []byte(b.String())
}

// webWARC writes a WARC of n pages cycling over the hand-written pages of
// ../testdata/web (live blogs of many vendors and pages that are not live
// blogs, 3 to 14 KB each, as HTTP responses), with an image record after
// every tenth page; each record is a gzip member of its own if gz. It
// returns the file and the page bytes it holds.
func webWARC(tb testing.TB, dir string, n int, gz bool) (string, int64) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "web", "*.html"))
	require.NoError(tb, err)
	require.NotEmpty(tb, files)
	bodies := make([][]byte, len(files))
	for i, name := range files {
		bodies[i], err = os.ReadFile(name)
		require.NoError(tb, err)
	}
	path := filepath.Join(dir, fmt.Sprintf("web-%d.warc", n))
	if gz {
		path += ".gz"
	}
	f, err := os.Create(path)
	require.NoError(tb, err)
	defer f.Close()
	w := bufio.NewWriter(f)
	zw := gzip.NewWriter(w)
	record := func(uri, ctype string, body []byte) {
		block := httpMsg("200 OK", []string{"Content-Type: " + ctype, fmt.Sprintf("Content-Length: %d", len(body))}, body)
		rec := warcRec{typ: "response", uri: uri, date: "2024-03-01T12:00:00Z",
			ctype: "application/http; msgtype=response", block: block}.bytes()
		if !gz {
			_, err := w.Write(rec)
			require.NoError(tb, err)
			return
		}
		zw.Reset(w)
		_, err := zw.Write(rec)
		require.NoError(tb, err)
		require.NoError(tb, zw.Close())
	}
	var payload int64
	for i := range n {
		k := i % len(files)
		record(fmt.Sprintf("https://news.example/%d/%s", i, filepath.Base(files[k])), "text/html; charset=utf-8", bodies[k])
		payload += int64(len(bodies[k]))
		if i%10 == 9 {
			record(fmt.Sprintf("https://news.example/img/%d.png", i), "image/png", []byte(strings.Repeat("\x89PNG", 500)))
		}
	}
	require.NoError(tb, w.Flush())
	return path, payload
}

// benchArchive is a generated archive: its file and page bytes.
type benchArchive struct {
	path  string
	bytes int64
}

// benchFiles caches the generated archives across benchmarks.
var benchFiles struct {
	sync.Mutex
	dir   string
	files map[string]benchArchive
}

// benchFile returns the archive of n pages of a kind: "generated"
// (benchWARC), "web" (webWARC, gzip) or "web-plain" (webWARC, not
// compressed).
func benchFile(b *testing.B, kind string, n int) benchArchive {
	benchFiles.Lock()
	defer benchFiles.Unlock()
	if benchFiles.files == nil {
		dir, err := os.MkdirTemp("", "liveblog-batch-bench")
		require.NoError(b, err)
		benchFiles.dir, benchFiles.files = dir, map[string]benchArchive{}
	}
	key := fmt.Sprintf("%s-%d", kind, n)
	if a, ok := benchFiles.files[key]; ok {
		return a
	}
	var a benchArchive
	switch kind {
	case "generated":
		a.path, a.bytes = benchWARC(b, benchFiles.dir, n)
	case "web":
		a.path, a.bytes = webWARC(b, benchFiles.dir, n, true)
	case "web-plain":
		a.path, a.bytes = webWARC(b, benchFiles.dir, n, false)
	default:
		b.Fatalf("no archive of kind %q", kind)
	}
	benchFiles.files[key] = a
	return a
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchFiles.dir != "" {
		os.RemoveAll(benchFiles.dir)
	}
	os.Exit(code)
}

// heapSampler records the peak of the live heap (runtime/metrics, cheap
// enough to read every millisecond) while a run goes on.
type heapSampler struct {
	peak atomic.Uint64
	stop chan struct{}
	done chan struct{}
}

func sampleHeap() *heapSampler {
	s := &heapSampler{stop: make(chan struct{}), done: make(chan struct{})}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	go func() {
		defer close(s.done)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > s.peak.Load() {
				s.peak.Store(v)
			}
			select {
			case <-s.stop:
				return
			case <-tick.C:
			}
		}
	}()
	return s
}

func (s *heapSampler) end() uint64 {
	close(s.stop)
	<-s.done
	return s.peak.Load()
}

// BenchmarkJob parses a generated gzip WARC end to end: reading,
// decompressing, parsing, delivering in order. It reports pages/s and
// the peak live heap, for two archive sizes (the peak must not grow with
// the number of pages) and for 1 and all workers (throughput should
// scale with the cores):
//
//	go test -run=NONE -bench=Job -benchtime=1x -count=6 -cpu=1,2 ./batch | tee job.txt
//	go run golang.org/x/perf/cmd/benchstat@latest job.txt
func BenchmarkJob(b *testing.B) {
	// As the liveblog batch command does (see its runBatch): with the
	// default GOGC the collector, not the workers, sets the pace.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	for _, pages := range []int{2000, 8000} {
		// All workers means GOMAXPROCS, so that -cpu=1,2 compares one
		// core with one worker against two cores with two.
		for _, workers := range slices.Compact([]int{1, runtime.GOMAXPROCS(0)}) {
			b.Run(fmt.Sprintf("pages=%d/workers=%d", pages, workers), func(b *testing.B) {
				a := benchFile(b, "generated", pages)
				path, size := a.path, a.bytes
				b.ReportAllocs()
				b.SetBytes(size)
				var peak uint64
				var live int
				for b.Loop() {
					b.StopTimer()
					runtime.GC() // each run starts from the same heap
					b.StartTimer()
					heap := sampleHeap()
					job := New(WARCFile(path), Options{Workers: workers, Ordered: true})
					for r := range job.Results(context.Background()) {
						if r.Err != nil {
							b.Fatal(r.Err)
						}
					}
					peak = max(peak, heap.end())
					s := job.Stats()
					live = s.Live
					if s.Pages != pages {
						b.Fatalf("read %d pages, want %d", s.Pages, pages)
					}
				}
				if live != pages/2 {
					b.Fatalf("%d live blogs, want %d", live, pages/2)
				}
				b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			})
		}
	}
}

// BenchmarkWARCRead reads the generated archive without parsing it: the
// pace of the single reader goroutine that feeds a Job's workers, which
// bounds the Job's throughput however many cores parse.
func BenchmarkWARCRead(b *testing.B) {
	a := benchFile(b, "generated", 2000)
	path, size := a.path, a.bytes
	b.ReportAllocs()
	b.SetBytes(size)
	for b.Loop() {
		n := 0
		for _, err := range WARCFile(path) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 2000 {
			b.Fatalf("read %d pages, want 2000", n)
		}
	}
	b.ReportMetric(2000*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkJobScaling measures the speed-up of all cores over one on the
// same archive, in pairs: each iteration runs the Job with one worker on
// one core (GOMAXPROCS=1) and with one worker a core on all of them, in
// alternating order, and the speed-up is the ratio of the summed times.
// Measured this way, a slow spell of a shared machine lands on both sides
// of the ratio instead of on one side of a comparison between two
// benchmarks run minutes apart.
//
// The second sub-benchmark is the ceiling: the same pages' bytes, already
// in memory, through html.Parse alone on one worker a core, paired the
// same way. No Job that parses HTML can scale better than the HTML
// parser does on the same machine.
//
//	go test -run=NONE -bench=JobScaling -benchtime=10x -count=6 ./batch | tee scaling.txt
//	go run golang.org/x/perf/cmd/benchstat@latest scaling.txt
func BenchmarkJobScaling(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(400)) // as in BenchmarkJob
	const pages = 2000
	a := benchFile(b, "generated", pages)
	path, size := a.path, a.bytes
	b.Run("run=job", func(b *testing.B) {
		pairedSpeedup(b, pages, size, func(workers int) {
			job := New(WARCFile(path), Options{Workers: workers, Ordered: true})
			for r := range job.Results(context.Background()) {
				if r.Err != nil {
					b.Fatal(r.Err)
				}
			}
			if s := job.Stats(); s.Pages != pages || s.Live != pages/2 {
				b.Fatalf("read %d pages with %d live blogs, want %d and %d", s.Pages, s.Live, pages, pages/2)
			}
		})
	})
	b.Run("run=html.Parse", func(b *testing.B) {
		var bodies [][]byte
		for p, err := range WARCFile(path) {
			require.NoError(b, err)
			if strings.HasPrefix(p.ContentType, "text/html") {
				bodies = append(bodies, p.Body)
			}
		}
		var html int64
		for _, body := range bodies {
			html += int64(len(body))
		}
		pairedSpeedup(b, len(bodies), html, func(workers int) {
			var wg sync.WaitGroup
			for w := range workers {
				wg.Go(func() {
					for i := w; i < len(bodies); i += workers {
						if _, err := xhtml.Parse(bytes.NewReader(bodies[i])); err != nil {
							b.Error(err)
						}
					}
				})
			}
			wg.Wait()
		})
	})
}

// pairedSpeedup times run with one worker on one core and with one worker
// a core on all of them, alternating which goes first, and reports the
// ratio of the summed times and the pages/s of each.
func pairedSpeedup(b *testing.B, pages int, size int64, run func(workers int)) {
	cores := runtime.NumCPU()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	timed := func(procs int) time.Duration {
		runtime.GOMAXPROCS(procs)
		runtime.GC()
		start := time.Now()
		run(procs)
		return time.Since(start)
	}
	b.SetBytes(2 * size)
	var one, all time.Duration
	i := 0
	for b.Loop() {
		if i%2 == 0 {
			one += timed(1)
			all += timed(cores)
		} else {
			all += timed(cores)
			one += timed(1)
		}
		i++
	}
	b.ReportMetric(float64(one)/float64(all), "speedup")
	b.ReportMetric(float64(pages*i)/one.Seconds(), "pages/s-1core")
	b.ReportMetric(float64(pages*i)/all.Seconds(), fmt.Sprintf("pages/s-%dcores", cores))
}

// benchLine is the line the liveblog batch command writes for a result
// (batchLine in cmd/liveblog/batch.go): BenchmarkBatchVsParse encodes
// every result as the command does, so that the command's output path is
// part of what it measures.
type benchLine struct {
	Input    string    `json:"input"`
	Captured time.Time `json:"captured,omitzero"`
	*liveblog.Blog
	Error     string `json:"error,omitempty"`
	ErrorKind string `json:"error_kind,omitempty"`
}
