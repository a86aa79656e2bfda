package sputnik_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
	"github.com/liveblog-go/liveblog/sources/sputnik"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

// parser returns a parser whose registry holds only this adapter (and the
// built-in generic extractors), so that a test fails if Match refuses.
func parser(t *testing.T, opts liveblog.Options) *liveblog.Parser {
	t.Helper()
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(sputnik.New()))
	opts.Registry = reg
	return liveblog.NewParser(opts)
}

func parse(t *testing.T, p *liveblog.Parser, input string) *liveblog.Blog {
	t.Helper()
	blog, err := p.Parse(strings.NewReader(input))
	require.NoError(t, err)
	require.Equal(t, "sputnik", blog.Source)
	return blog
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func TestGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	require.NoError(t, err)
	texts, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	pages = append(pages, texts...)
	require.Len(t, pages, 2)
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			blog := parse(t, parser(t, liveblog.Options{}), readFile(t, page))
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			require.NoError(t, enc.Encode(blog))
			testutil.Golden(t, strings.TrimSuffix(page, filepath.Ext(page))+".golden.json", buf.Bytes(), *update)
		})
	}
}

func TestHTMLFixture(t *testing.T) {
	blog := parse(t, parser(t, liveblog.Options{}), readFile(t, filepath.Join("testdata", "live-feed.html")))
	require.Len(t, blog.Entries, 3, "the table of contents is not an entry")
	want := []struct {
		id, title, text string
		time            time.Time
	}{
		{"1117000004", "Ferry Operators Halt All Crossings", "All scheduled sailings", time.Date(2024, 3, 14, 15, 22, 0, 0, time.UTC)},
		{"1117000003", "Harbour Walls Hold as Waves Top Six Metres", "", time.Date(2024, 3, 14, 13, 1, 0, 0, time.UTC)},
		// No data-unixtime: the printed GMT stamp.
		{"1117000002", "", "NORTHPORT (Sputnik) - Power lines", time.Date(2024, 3, 14, 9, 40, 0, 0, time.UTC)},
	}
	for i, w := range want {
		e := blog.Entries[i]
		assert.Equal(t, w.id, e.ID)
		assert.Equal(t, w.title, e.Title)
		assert.True(t, strings.HasPrefix(e.Text, w.text), "entry %s text %q", w.id, e.Text)
		assert.True(t, w.time.Equal(e.Time), "entry %s: got %s, want %s", w.id, e.Time, w.time)
		for _, chrome := range []string{"Telegram", "Table of contents", "New first", "GMT"} {
			assert.NotContains(t, e.Text, chrome, "entry %s", w.id)
		}
	}
	assert.Contains(t, blog.Entries[0].Text, "Safety comes first")
	require.NotEmpty(t, blog.Entries[1].Images, "the linked story keeps its picture")
}

func TestMatch(t *testing.T) {
	page := readFile(t, filepath.Join("testdata", "live-feed.html"))
	noURL := strings.Replace(page, `<link rel="canonical" href="https://sputnikglobe.com/20240314/live-updates-storm-hits-northern-coast-1117000001.html">`, "", 1)
	require.NotContains(t, noURL, "canonical")
	text := readFile(t, filepath.Join("testdata", "live-feed-copied.txt"))
	tests := []struct {
		name, input, url string
		want             bool
	}{
		{"canonical link", page, "", true},
		{"language edition", noURL, "https://sputniknews.cn/20240314/x-1.html", true},
		{"ria.ru", noURL, "https://ria.ru/20240314/x-1.html", true},
		{"no URL, site name and live items", noURL, "", true},
		{"no URL, another site's name", strings.ReplaceAll(noURL, "Sputnik International", "Other News"), "", false},
		{"another host with the same markup", noURL, "https://www.example.com/live", false},
		{"look-alike host", noURL, "https://notsputnikglobe.com/x", false},
		{"copied Sputnik text", text, "", true},
		{"copied text of another site", strings.ReplaceAll(text, "Sputnik", "Agency"), "", false},
		{"Sputnik text without stamps", "Storm\n\nWaves over a wall. - Sputnik International, 1920\n", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got bool
			probe := liveblog.NewExtractor("probe", func(d *liveblog.Document) bool {
				got = sputnik.New().Match(d)
				return false
			}, nil)
			reg := liveblog.NewRegistry()
			require.NoError(t, reg.Register(probe))
			_, _ = liveblog.NewParser(liveblog.Options{Registry: reg, URL: tt.url}).Parse(strings.NewReader(tt.input))
			assert.Equal(t, tt.want, got)
		})
	}
}

const corpusPage = "sputnik-afghanistan-live-2021-09-06"

// TestCorpusText checks the adapter on the copied text of the page the
// project was born from: it must claim it and do at least as well as the
// built-in text extractor it reuses.
func TestCorpusText(t *testing.T) {
	dir := testutil.CorpusDir(t)
	label := testutil.LoadLabel(t, dir, corpusPage)
	input := readFile(t, filepath.Join(dir, label.File))
	blog := parse(t, parser(t, liveblog.Options{}), input)
	require.Len(t, blog.Entries, len(label.Entries))
	for i, want := range label.Entries {
		got := blog.Entries[i]
		assert.WithinDuration(t, want.Time, got.Time, time.Minute, "entry %d (%s)", i, got.RawTime)
		assert.Equal(t, want.Title, got.Title, "entry %d", i)
		assert.True(t, strings.HasPrefix(testutil.Compact(got.Text), testutil.Compact(want.TextPrefix)), "entry %d text %q, want prefix %q", i, got.Text, want.TextPrefix)
		assert.NotContains(t, got.Text, "- Sputnik International", "entry %d keeps a caption credit", i)
	}
	// The same input through the generic text extractor alone.
	base, err := liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry()}).Parse(strings.NewReader(input))
	require.NoError(t, err)
	require.Equal(t, "text", base.Source)
	require.Len(t, base.Entries, len(blog.Entries))
	for i := range base.Entries {
		assert.True(t, base.Entries[i].Time.Equal(blog.Entries[i].Time), "entry %d", i)
		assert.Equal(t, base.Entries[i].Title, blog.Entries[i].Title)
		assert.Equal(t, base.Entries[i].Text, blog.Entries[i].Text)
	}
}
