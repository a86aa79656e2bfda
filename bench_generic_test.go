package liveblog

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// BenchmarkCorpusGeneric compares Parse with html.Parse of the same page
// (the floor): run with -bench CorpusGeneric and compare the pairs.
func BenchmarkCorpusGeneric(b *testing.B) {
	dir := filepath.Join("..", "shared", "corpus")
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(pages) == 0 {
		b.Skip("corpus not present")
	}
	p := NewParser(Options{Registry: NewRegistry()})
	for _, page := range pages {
		data, err := os.ReadFile(page)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		b.Run(name+"/html.Parse", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := html.ParseWithOptions(bytes.NewReader(data), html.ParseOptionEnableScripting(false)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/Parse", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				_, _ = p.Parse(bytes.NewReader(data))
			}
		})
	}
}
