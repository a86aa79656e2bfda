package detect_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

var update = flag.Bool("update", false, "rewrite the README's table of confidence bands")

// bandMarks enclose the table in README.md.
const (
	bandsStart = "<!-- confidence bands: go test -run TestConfidenceBands ./internal/detect -update -->\n"
	bandsEnd   = "<!-- /confidence bands -->"
)

// labelled is a page and what it is, by its fixture's own label.
type labelled struct {
	path string
	live bool
	text bool
}

// labelledPages returns the pages the confidence is calibrated on, each
// labelled by what its fixture says it is: the shared corpus (its
// "negative-" pages are not live blogs; its texts are copies of live
// blogs), testdata/web (each expect file's "live"), testdata/generic
// (its "trap-" pages are not), testdata/text (live blogs, but for its
// "not-" pages) and this package's testdata (ordinary pages).
func labelledPages(t *testing.T) []labelled {
	root := testutil.RepoRoot(t)
	corpus := testutil.CorpusDir(t)
	var out []labelled
	glob := func(dir, pattern string, live func(path string) bool) {
		m, err := filepath.Glob(filepath.Join(dir, pattern))
		require.NoError(t, err)
		require.NotEmpty(t, m, pattern)
		for _, p := range m {
			out = append(out, labelled{path: p, live: live(p), text: strings.HasSuffix(p, ".txt")})
		}
	}
	notPrefixed := func(prefix string) func(string) bool {
		return func(p string) bool { return !strings.HasPrefix(filepath.Base(p), prefix) }
	}
	always := func(string) bool { return true }
	glob(corpus, "*.html", notPrefixed("negative-"))
	glob(corpus, "*.txt", always)
	glob(corpus, "text/*.txt", always)
	// A page the web test skips as a known failure is left out here too:
	// its expect file says what it should be, not what it is.
	known := map[string]bool{}
	glob(root, "testdata/web/*.html", func(p string) bool {
		data, err := os.ReadFile(strings.TrimSuffix(p, ".html") + ".expect.json")
		require.NoError(t, err)
		var want struct {
			Live         bool
			KnownFailure string `json:"known_failure"`
		}
		require.NoError(t, json.Unmarshal(data, &want))
		known[p] = want.KnownFailure != ""
		return want.Live
	})
	out = slices.DeleteFunc(out, func(l labelled) bool { return known[l.path] })
	glob(root, "testdata/generic/*.html", notPrefixed("trap-"))
	glob(root, "testdata/text/*.txt", notPrefixed("not-"))
	glob(root, "internal/detect/testdata/*.txt", func(string) bool { return false })
	return out
}

// TestConfidenceBands counts, for each band of confidence, the live blogs
// and the ordinary pages among the labelled fixtures, as the command
// (every site adapter registered) scores them, and holds the README's
// table to it. Every live blog must score 0.5 or more, every other page
// less.
func TestConfidenceBands(t *testing.T) {
	bands := []struct {
		name   string
		lo, hi float64
	}{
		{"0–0.1", 0, 0.1}, {"0.1–0.2", 0.1, 0.2}, {"0.2–0.5", 0.2, 0.5}, {"0.5–0.6", 0.5, 0.6},
		{"0.6–0.7", 0.6, 0.7}, {"0.7–0.8", 0.7, 0.8}, {"0.8–0.9", 0.8, 0.9}, {"0.9–1", 0.9, 1.01},
	}
	type count struct{ liveHTML, liveText, other int }
	counts := make([]count, len(bands))
	p := liveblog.NewParser(liveblog.Options{Registry: adapterRegistry(t)})
	for _, pg := range labelledPages(t) {
		data, err := os.ReadFile(pg.path)
		require.NoError(t, err)
		d, err := p.Detect(bytes.NewReader(data))
		require.NoError(t, err, pg.path)
		if pg.live {
			assert.GreaterOrEqual(t, d.Confidence, 0.5, "%s: %q", pg.path, d.Evidence)
		} else {
			assert.Less(t, d.Confidence, 0.5, "%s: %q", pg.path, d.Evidence)
		}
		for i, b := range bands {
			if d.Confidence >= b.lo && d.Confidence < b.hi {
				switch {
				case !pg.live:
					counts[i].other++
				case pg.text:
					counts[i].liveText++
				default:
					counts[i].liveHTML++
				}
			}
		}
	}
	var b strings.Builder
	b.WriteString("| confidence | live blogs (HTML) | live blogs (copied text) | other pages |\n|---|---:|---:|---:|\n")
	var total count
	for i, band := range bands {
		c := counts[i]
		fmt.Fprintf(&b, "| %s | %d | %d | %d |\n", band.name, c.liveHTML, c.liveText, c.other)
		total.liveHTML += c.liveHTML
		total.liveText += c.liveText
		total.other += c.other
	}
	fmt.Fprintf(&b, "| all | %d | %d | %d |\n", total.liveHTML, total.liveText, total.other)
	table := b.String()
	t.Log("\n" + table)

	readme := filepath.Join(testutil.RepoRoot(t), "README.md")
	data, err := os.ReadFile(readme)
	require.NoError(t, err)
	doc := string(data)
	i, j := strings.Index(doc, bandsStart), strings.Index(doc, bandsEnd)
	require.True(t, i >= 0 && j > i, "README.md has no table between %q and %q", bandsStart, bandsEnd)
	got := doc[i+len(bandsStart) : j]
	if *update {
		require.NoError(t, os.WriteFile(readme, []byte(doc[:i+len(bandsStart)]+table+doc[j:]), 0o644))
		return
	}
	assert.Equal(t, table, got, "the README's table is out of date: go test -run TestConfidenceBands ./internal/detect -update")
}
