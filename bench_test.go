package liveblog_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
)

// benchPages returns the pages to benchmark: the fixtures, and the shared
// corpus pages when it is present.
func benchPages(b *testing.B) map[string][]byte {
	b.Helper()
	var paths []string
	for _, pattern := range []string{"testdata/*/*.html", "testdata/*/*.txt", "../shared/corpus/*.html", "../shared/corpus/*.txt"} {
		m, _ := filepath.Glob(pattern)
		paths = append(paths, m...)
	}
	pages := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages[strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))] = data
	}
	return pages
}

// BenchmarkParse measures Parse on every page, next to BenchmarkHTMLParse
// on the same bytes: html.Parse is the floor under Parse.
//
//	go test -run=NONE -bench='Parse$' -count=6 . | tee new.txt
//	go run golang.org/x/perf/cmd/benchstat@latest new.txt
func BenchmarkParse(b *testing.B) {
	p := liveblog.NewParser(liveblog.Options{})
	for name, data := range benchPages(b) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_, _ = p.Parse(bytes.NewReader(data))
			}
		})
	}
}

// BenchmarkHTMLParse is the floor: x/net/html building the tree.
func BenchmarkHTMLParse(b *testing.B) {
	for name, data := range benchPages(b) {
		if !bytes.Contains(data[:min(len(data), 2048)], []byte("<")) {
			continue
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_, _ = html.Parse(bytes.NewReader(data))
			}
		})
	}
}
