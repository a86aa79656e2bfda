package liveblog_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/liveblog-go/liveblog"
)

// FuzzParse checks that no input makes Parse panic or hang, and that every
// result it returns is well formed. It is seeded from every fixture under
// testdata and, when present, every page of the shared corpus.
func FuzzParse(f *testing.F) {
	var seeds []string
	for _, pattern := range []string{"testdata/*/*", "testdata/*", "sources/*/testdata/*", "../shared/corpus/*.html", "../shared/corpus/*.txt"} {
		m, _ := filepath.Glob(pattern)
		seeds = append(seeds, m...)
	}
	for _, path := range seeds {
		if filepath.Ext(path) == ".json" {
			continue
		}
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("10:00 GMT 01.02.2023\nA\n\n09:00 GMT 01.02.2023\nB\n"))
	f.Add([]byte("<html><body><article><time datetime='2023-01-01T10:00Z'>10:00</time><p>x</p></article></body></html>"))
	p := liveblog.NewParser(liveblog.Options{MaxSize: 4 << 20})
	f.Fuzz(func(t *testing.T, data []byte) {
		blog, err := p.Parse(bytes.NewReader(data))
		if err != nil {
			if blog != nil {
				t.Fatalf("Parse returned both a blog and an error: %v", err)
			}
			return
		}
		if len(blog.Entries) == 0 {
			t.Fatal("Parse returned a blog without entries and no error")
		}
		ids := map[string]bool{}
		for i, e := range blog.Entries {
			if e.ID == "" || ids[e.ID] {
				t.Fatalf("entry %d: empty or duplicate ID %q", i, e.ID)
			}
			ids[e.ID] = true
		}
	})
}
