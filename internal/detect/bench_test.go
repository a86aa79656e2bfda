package detect_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
// alternately in one benchmark and reports Detect's time as a multiple
// of Parse's ("x-Parse"; see testutil.PairedRatio), with the generic
// extractors alone and with every site adapter registered:
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
				testutil.PairedRatio(b, "x-Parse",
					func() { _, _ = p.Detect(bytes.NewReader(data)) },
					func() { _, _ = p.Parse(bytes.NewReader(data)) })
			})
		}
	}
}

// BenchmarkBlogConfidence is what batch adds to each live blog's line:
// Parse and Blog.Confidence, against Parse alone.
func BenchmarkBlogConfidence(b *testing.B) {
	p := liveblog.NewParser(liveblog.Options{Registry: adapterRegistry(b)})
	for _, path := range benchPages(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := p.Parse(bytes.NewReader(data)); err != nil {
			continue // batch writes no line for it
		}
		b.Run(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), func(b *testing.B) {
			sink := 0.0
			testutil.PairedRatio(b, "x-Parse",
				func() {
					blog, _ := p.Parse(bytes.NewReader(data))
					sink += blog.Confidence()
				},
				func() { _, _ = p.Parse(bytes.NewReader(data)) })
			_ = sink
		})
	}
}
