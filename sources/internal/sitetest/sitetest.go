// Package sitetest holds what the tests of the site adapters share:
// parsing with one adapter, the golden-fixture loop, Match tables,
// reaching the Document an adapter sees, and checking a corpus page
// against its label.
package sitetest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	opts.Extractor = e.Name()
	return Parser(t, e, opts).Parse(bytes.NewReader(data))
}

// MustParse parses data with e as the only extractor, so that e's Match
// must accept the page, and fails the test unless e produced the blog.
func MustParse(t testing.TB, e liveblog.Extractor, data []byte, opts liveblog.Options) *liveblog.Blog {
	t.Helper()
	blog, err := Parser(t, e, opts).Parse(bytes.NewReader(data))
	require.NoError(t, err)
	require.Equal(t, e.Name(), blog.Extractor, "the blog comes from the adapter under test")
	return blog
}

// Fixture reads testdata/name of the package under test.
func Fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return data
}

// Fixtures returns the names of the files in testdata that match any of
// the glob patterns, golden files left out, sorted. It fails the test
// when there are none.
func Fixtures(t testing.TB, patterns ...string) []string {
	t.Helper()
	var names []string
	for _, p := range patterns {
		m, err := filepath.Glob(filepath.Join("testdata", p))
		require.NoError(t, err)
		for _, f := range m {
			if !strings.HasSuffix(f, goldenSuffix) {
				names = append(names, filepath.Base(f))
			}
		}
	}
	slices.Sort(names)
	require.NotEmpty(t, names, "no fixture in testdata matches %q", patterns)
	return names
}

const goldenSuffix = ".golden.json"

// Golden parses each named fixture of testdata with e alone (see
// MustParse) and compares the blog, as indented JSON, with the golden file
// beside it: NAME.html or NAME.txt has NAME.golden.json. With update set
// it rewrites the golden files instead; review every such diff.
func Golden(t *testing.T, e liveblog.Extractor, update bool, names ...string) {
	t.Helper()
	require.NotEmpty(t, names, "no fixture to compare")
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			blog := MustParse(t, e, Fixture(t, name), liveblog.Options{})
			golden := filepath.Join("testdata", strings.TrimSuffix(name, filepath.Ext(name))+goldenSuffix)
			testutil.GoldenJSON(t, golden, blog, update)
		})
	}
}

// MatchCase is one row of a Match table: its name, a page, the URL the
// parser is given ("" for none: the page's canonical link, if any, counts)
// and whether the adapter must claim the page. It is an alias of an
// unnamed struct so that tables may list rows without field keys.
type MatchCase = struct {
	Name, Page, URL string
	Want            bool
}

// AssertMatch runs e's Match over every row of cases, each in its own
// subtest named after the row.
func AssertMatch(t *testing.T, e liveblog.Extractor, cases []MatchCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			got := Matches(t, []byte(c.Page), liveblog.Options{URL: c.URL}, e)
			assert.Equal(t, c.Want, got[e.Name()])
		})
	}
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
	opts.Registry, opts.Extractor = reg, ""
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

// Corpus parses a page of the shared corpus with e alone (see MustParse)
// and checks the blog against the page's label: its title, and each entry
// as AssertLabel does. It skips the test when the corpus is absent (see
// testutil.CorpusDir) and returns the blog and label for the adapter's
// own checks.
func Corpus(t *testing.T, e liveblog.Extractor, page string) (*liveblog.Blog, testutil.Label) {
	t.Helper()
	data, label := CorpusPage(t, page)
	blog := MustParse(t, e, data, liveblog.Options{})
	assert.Equal(t, label.PageTitle, blog.Title, "blog title")
	AssertLabel(t, blog, label)
	return blog, label
}

// AssertNoChrome checks that no entry's text holds any of the strings of
// chrome: page furniture (share buttons, time labels, bylines, credits)
// that must stay out of the bodies.
func AssertNoChrome(t *testing.T, blog *liveblog.Blog, chrome ...string) {
	t.Helper()
	for i, e := range blog.Entries {
		for _, c := range chrome {
			assert.NotContainsf(t, e.Text, c, "entry %d (%s) holds page chrome", i, e.ID)
		}
	}
}

// AssertRawTimes checks that every entry's RawTime matches the regular
// expression pattern: the printed clock, whole and alone.
func AssertRawTimes(t *testing.T, blog *liveblog.Blog, pattern string) {
	t.Helper()
	for i, e := range blog.Entries {
		assert.Regexpf(t, pattern, e.RawTime, "entry %d (%s) raw time", i, e.ID)
	}
}

// Near reports whether two instants are within tolerance of each other.
func Near(a, b time.Time, tolerance time.Duration) bool {
	d := a.Sub(b)
	return d <= tolerance && d >= -tolerance
}

// AssertLabel checks blog against a corpus label: the same number of
// entries (the test stops here if not), in the same order, each within a
// minute of its labelled instant, with the labelled title (none where the
// label has none) and a body that starts with the labelled text prefix,
// titles and texts compared on letters and digits, as score.py does.
func AssertLabel(t *testing.T, blog *liveblog.Blog, label testutil.Label) {
	t.Helper()
	require.Len(t, blog.Entries, len(label.Entries), "entry count")
	for i, want := range label.Entries {
		got := blog.Entries[i]
		assert.Truef(t, Near(got.Time, want.Time, time.Minute), "entry %d (%s): time %s, label %s", i, got.ID, got.Time.Format(time.RFC3339), want.Time.Format(time.RFC3339))
		assert.Equalf(t, testutil.Compact(want.Title), testutil.Compact(got.Title), "entry %d (%s): title", i, got.ID)
		if want.TextPrefix != "" {
			assert.Truef(t, strings.HasPrefix(testutil.Compact(got.Text), testutil.Compact(want.TextPrefix)),
				"entry %d (%s): text %.80q does not start with the label's %q", i, got.ID, got.Text, want.TextPrefix)
		}
	}
}
