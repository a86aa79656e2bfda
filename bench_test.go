package liveblog_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

// BenchmarkGeneric measures Parse with no site adapter registered (the
// generic extractors alone, as on a site nobody wrote an adapter for) next
// to html.Parse of the same bytes, the floor under Parse, for every fixture
// and, when present, every shared corpus page. sources/all's
// BenchmarkPipeline does the same with every adapter registered.
//
//	go test -run=NONE -bench='Generic$' -count=6 . | tee new.txt
//	go run golang.org/x/perf/cmd/benchstat@latest -col /impl new.txt
func BenchmarkGeneric(b *testing.B) {
	var paths []string
	for _, pattern := range []string{"testdata/*/*.html", "testdata/*/*.txt", "../shared/corpus/*.html", "../shared/corpus/*.txt"} {
		m, _ := filepath.Glob(pattern)
		paths = append(paths, m...)
	}
	p := liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry()})
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		b.Run(name, func(b *testing.B) {
			b.Run("impl=liveblog", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					_, _ = p.Parse(bytes.NewReader(data))
				}
			})
			if !bytes.Contains(data[:min(len(data), 2048)], []byte("<")) {
				return
			}
			b.Run("impl=html", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					_, _ = html.Parse(bytes.NewReader(data))
				}
			})
		})
	}
}

// BenchmarkGenericRatio times Parse with no adapter registered and
// html.Parse of the same page alternately within each iteration, and
// reports Parse's time as a multiple of html.Parse's ("x-html.Parse"),
// for every fixture and corpus page (see testutil.PairedRatio).
//
//	go test -run=NONE -bench=GenericRatio -count=6 . | tee ratio.txt
func BenchmarkGenericRatio(b *testing.B) {
	var paths []string
	for _, pattern := range []string{"testdata/*/*.html", "../shared/corpus/*.html"} {
		m, _ := filepath.Glob(pattern)
		paths = append(paths, m...)
	}
	p := liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry()})
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(path), ".html"), func(b *testing.B) {
			testutil.PairedRatio(b, "x-html.Parse",
				func() { _, _ = p.Parse(bytes.NewReader(data)) },
				func() { _, _ = html.Parse(bytes.NewReader(data)) })
		})
	}
}
