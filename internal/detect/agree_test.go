package detect_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
	"github.com/liveblog-go/liveblog/sources/all"
)

// page is one input of the agreement tests.
type page struct {
	name string
	data []byte
}

// readPages reads the files the patterns (relative to the repository
// root, or absolute) match, golden files left out.
func readPages(t *testing.T, patterns ...string) []page {
	t.Helper()
	root := testutil.RepoRoot(t)
	var pages []page
	for _, pattern := range patterns {
		if !filepath.IsAbs(pattern) {
			pattern = filepath.Join(root, pattern)
		}
		m, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, p := range m {
			if strings.HasSuffix(p, ".golden.json") || strings.HasSuffix(p, ".expect.json") {
				continue
			}
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			rel, _ := filepath.Rel(root, p)
			pages = append(pages, page{rel, data})
		}
	}
	require.NotEmpty(t, pages, "no pages match %v", patterns)
	return pages
}

// fixturePatterns are the repository's own pages: live blogs, the pages
// that look like one, copied text, vendor feeds and embeds.
var fixturePatterns = []string{
	"testdata/web/*.html", "testdata/generic/*.html", "testdata/text/*.txt",
	"sources/*/testdata/*.html", "sources/*/testdata/*.json", "internal/embeds/testdata/*.html",
	"internal/detect/testdata/*.html", "internal/detect/testdata/*.txt",
}

// corpusPages returns the shared corpus: its HTML pages, the Sputnik text
// and the copies under text/. It skips when the corpus is absent, unless
// LIVEBLOG_REQUIRE_CORPUS is set.
func corpusPages(t *testing.T) []page {
	dir := testutil.CorpusDir(t)
	return readPages(t, filepath.Join(dir, "*.html"), filepath.Join(dir, "*.txt"), filepath.Join(dir, "text", "*.txt"))
}

// outcome is what Parse says of a page: a live blog, its extractor and
// the blog's confidence, or not one.
func outcome(t *testing.T, p *liveblog.Parser, data []byte) (live bool, extractor string, confidence float64) {
	t.Helper()
	blog, err := p.Parse(bytes.NewReader(data))
	var embed *liveblog.EmbedError
	switch {
	case err == nil:
		return true, blog.Extractor, blog.Confidence()
	case errors.Is(err, liveblog.ErrNotLiveBlog), errors.As(err, &embed):
		return false, "", 0
	}
	require.NoError(t, err)
	return false, "", 0
}

// agree checks Detect (and DetectNode on HTML) against Parse on every
// page: the same verdict, always; the same extractor when exact says the
// detector can tell (the generic registry: no site adapter to judge on
// the head alone).
func agree(t *testing.T, p *liveblog.Parser, pages []page, exact bool) {
	t.Helper()
	for _, pg := range pages {
		live, extractor, confidence := outcome(t, p, pg.data)
		d, err := p.Detect(bytes.NewReader(pg.data))
		require.NoError(t, err, pg.name)
		if !assert.Equal(t, live, d.Live, "%s: Detect says live=%v (%q), Parse %v", pg.name, d.Live, d.Evidence, live) {
			continue
		}
		if live {
			assert.GreaterOrEqual(t, d.Confidence, 0.5, pg.name)
			if exact {
				assert.Positive(t, d.Entries, pg.name)
			}
		} else {
			assert.Less(t, d.Confidence, 0.5, pg.name)
		}
		if exact {
			assert.Equal(t, extractor, d.Extractor, "%s: %q", pg.name, d.Evidence)
			if live {
				// The blog's headline may leave out the live word of
				// the page's <title>; the entry counts may differ.
				assert.InDelta(t, d.Confidence, confidence, 0.1+1e-9, "%s: Blog.Confidence", pg.name)
			}
		} else if extractor != d.Extractor {
			t.Logf("%s: Parse used %s, Detect names %s (%q)", pg.name, extractor, d.Extractor, d.Evidence)
		}
		if bytes.HasPrefix(bytes.TrimSpace(pg.data), []byte("<")) {
			root, err := html.Parse(bytes.NewReader(pg.data))
			require.NoError(t, err)
			dn, err := p.DetectNode(root)
			require.NoError(t, err)
			assert.Equal(t, live, dn.Live, "%s: DetectNode (%q)", pg.name, dn.Evidence)
		}
	}
}

// TestAgreesWithParse: Detect's verdict is Parse's (live blog iff Parse
// returns entries) on every fixture, with the generic extractors alone
// and with every site adapter registered.
func TestAgreesWithParse(t *testing.T) {
	pages := readPages(t, fixturePatterns...)
	t.Run("generic", func(t *testing.T) {
		agree(t, liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry()}), pages, true)
	})
	t.Run("adapters", func(t *testing.T) {
		agree(t, liveblog.NewParser(liveblog.Options{Registry: adapterRegistry(t)}), pages, false)
	})
}

// TestCorpusAgreesWithParse is TestAgreesWithParse on the shared corpus.
func TestCorpusAgreesWithParse(t *testing.T) {
	pages := corpusPages(t)
	t.Run("generic", func(t *testing.T) {
		agree(t, liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry()}), pages, true)
	})
	t.Run("adapters", func(t *testing.T) {
		agree(t, liveblog.NewParser(liveblog.Options{Registry: adapterRegistry(t)}), pages, false)
	})
}

// adapterRegistry is a registry with every site adapter before the
// generic extractors, as sources/all makes DefaultRegistry.
func adapterRegistry(t testing.TB) *liveblog.Registry {
	reg := liveblog.NewRegistry()
	for _, e := range all.Adapters() {
		require.NoError(t, reg.Register(e))
	}
	return reg
}
