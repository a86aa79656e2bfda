// Package sitetest holds helpers for the tests of the site adapters:
// parsing with one adapter, reaching the Document an adapter sees, and
// checking a corpus page against its label.
package sitetest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

// Parser returns a parser whose registry holds only e, so that the test
// exercises e's Match as well as its Extract.
func Parser(t testing.TB, e liveblog.Extractor, opts liveblog.Options) *liveblog.Parser {
	t.Helper()
	reg := liveblog.NewRegistry()
	if err := reg.Register(e); err != nil {
		t.Fatal(err)
	}
	opts.Registry = reg
	return liveblog.NewParser(opts)
}

// Parse parses data with e forced as the source.
func Parse(t testing.TB, e liveblog.Extractor, data []byte, opts liveblog.Options) (*liveblog.Blog, error) {
	t.Helper()
	opts.Source = e.Name()
	return Parser(t, e, opts).Parse(bytes.NewReader(data))
}

// errProbe stops a parse once the probe has seen the Document.
var errProbe = errors.New("sitetest: probe done")

// Matches parses data and reports, for each extractor, whether its Match
// accepts the page. It never calls Extract.
func Matches(t testing.TB, data []byte, opts liveblog.Options, es ...liveblog.Extractor) map[string]bool {
	t.Helper()
	got := map[string]bool{}
	probe := liveblog.NewExtractor("sitetest-probe", func(d *liveblog.Document) bool {
		for _, e := range es {
			got[e.Name()] = e.Match(d)
		}
		return true
	}, func(*liveblog.Document) (*liveblog.Result, error) { return nil, errProbe })
	reg := liveblog.NewRegistry()
	if err := reg.Register(probe); err != nil {
		t.Fatal(err)
	}
	opts.Registry, opts.Source = reg, ""
	_, err := liveblog.NewParser(opts).Parse(bytes.NewReader(data))
	if !errors.Is(err, errProbe) {
		t.Fatalf("probe did not run: %v", err)
	}
	return got
}

// CorpusPage reads a page of the shared corpus and its label, skipping the
// test when the corpus is absent (see testutil.CorpusDir).
func CorpusPage(t testing.TB, page string) ([]byte, testutil.Label) {
	t.Helper()
	dir := testutil.CorpusDir(t)
	data, err := os.ReadFile(filepath.Join(dir, page))
	if err != nil {
		t.Fatal(err)
	}
	return data, testutil.LoadLabel(t, dir, page)
}

// CorpusFile reads a page of the shared corpus that has no label.
func CorpusFile(t testing.TB, page string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testutil.CorpusDir(t), page))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Near reports whether two instants are within tolerance of each other.
func Near(a, b time.Time, tolerance time.Duration) bool {
	d := a.Sub(b)
	return d <= tolerance && d >= -tolerance
}

// AssertLabel checks blog against a corpus label: the same number of
// entries, in the same order, each within a minute of its labelled
// instant, with the labelled title (when the label has one) and a body
// that starts with the labelled text prefix (compared on letters and
// digits, as score.py does).
func AssertLabel(t *testing.T, blog *liveblog.Blog, label testutil.Label) {
	t.Helper()
	if !assert.Len(t, blog.Entries, len(label.Entries), "entry count") {
		return
	}
	for i, want := range label.Entries {
		got := blog.Entries[i]
		assert.Truef(t, Near(got.Time, want.Time, time.Minute), "entry %d (%s): time %s, label %s", i, got.ID, got.Time.Format(time.RFC3339), want.Time.Format(time.RFC3339))
		if want.Title != "" {
			assert.Equalf(t, testutil.Compact(want.Title), testutil.Compact(got.Title), "entry %d (%s): title", i, got.ID)
		}
		if want.TextPrefix != "" {
			assert.Truef(t, strings.HasPrefix(testutil.Compact(got.Text), testutil.Compact(want.TextPrefix)),
				"entry %d (%s): text %.80q does not start with the label's %q", i, got.ID, got.Text, want.TextPrefix)
		}
	}
}
