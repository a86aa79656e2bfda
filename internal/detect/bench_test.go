package detect_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

// benchPages returns the shared corpus's pages (HTML, the Sputnik text
// and one browser copy of each live blog), skipping without the corpus.
func benchPages(b *testing.B) []string {
	dir := testutil.CorpusDir(b)
	var paths []string
	for _, pattern := range []string{"*.html", "*.txt", "text/*.browser.txt"} {
		m, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			b.Fatal(err)
		}
		paths = append(paths, m...)
	}
	return paths
}

// BenchmarkDetectRatio times Detect and Parse of the same corpus page
// alternately in one benchmark, with the generic extractors alone and
// with every site adapter registered, and reports Detect's time as a
// multiple of Parse's twice: of their summed times ("x-Parse", see
// testutil.PairedRatio) and of their median times per call
// ("x-Parse-median"), which a busy machine's stalls, landing now on one
// side, now on the other, move less:
//
//	go test -run=NONE -bench=DetectRatio -count=6 ./internal/detect | tee detect.txt
//	go run golang.org/x/perf/cmd/benchstat@latest -col /reg detect.txt
func BenchmarkDetectRatio(b *testing.B) {
	paths := benchPages(b)
	regs := map[string]*liveblog.Registry{"generic": liveblog.NewRegistry(), "adapters": adapterRegistry(b)}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		for _, reg := range []string{"generic", "adapters"} {
			p := liveblog.NewParser(liveblog.Options{Registry: regs[reg]})
			b.Run(name+"/reg="+reg, func(b *testing.B) {
				var fs, bs []time.Duration
				timed := func(g func(), into *[]time.Duration) {
					start := time.Now()
					g()
					*into = append(*into, time.Since(start))
				}
				detect := func() { _, _ = p.Detect(bytes.NewReader(data)) }
				parse := func() { _, _ = p.Parse(bytes.NewReader(data)) }
				testutil.PairedRatio(b, "x-Parse",
					func() { timed(detect, &fs) },
					func() { timed(parse, &bs) })
				if m := median(bs); m > 0 {
					b.ReportMetric(float64(median(fs))/float64(m), "x-Parse-median")
				}
			})
		}
	}
}

// median returns the median of ds (it sorts them).
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[len(ds)/2]
}

// BenchmarkBlogConfidence is what batch adds to each live blog's line:
// Blog.Confidence on the blog Parse returned (compare its ns/op with
// Parse's in BenchmarkDetectRatio's ns/base).
func BenchmarkBlogConfidence(b *testing.B) {
	p := liveblog.NewParser(liveblog.Options{Registry: adapterRegistry(b)})
	for _, path := range benchPages(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		blog, err := p.Parse(bytes.NewReader(data))
		if err != nil {
			continue // batch writes no line for it
		}
		b.Run(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), func(b *testing.B) {
			sum := 0.0
			for b.Loop() {
				sum += blog.Confidence()
			}
			if sum < 0 {
				b.Fatal(sum)
			}
		})
	}
}
