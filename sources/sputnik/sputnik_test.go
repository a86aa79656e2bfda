package sputnik_test

import (
	"bytes"
	"flag"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
	"github.com/liveblog-go/liveblog/sources/sputnik"
)

var update = flag.Bool("update", false, "rewrite golden files")

func fixture(t *testing.T, name string) string {
	t.Helper()
	return string(sitetest.Fixture(t, name))
}

func TestGolden(t *testing.T) {
	pages := sitetest.Fixtures(t, "*.html", "*.txt")
	require.Len(t, pages, 2)
	sitetest.Golden(t, sputnik.New(), *update, pages...)
}

func TestHTMLFixture(t *testing.T) {
	blog := sitetest.MustParse(t, sputnik.New(), sitetest.Fixture(t, "live-feed.html"), liveblog.Options{})
	require.Len(t, blog.Entries, 3, "the table of contents is not an entry")
	sitetest.AssertNoChrome(t, blog, "Telegram", "Table of contents", "New first", "GMT")
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
	}
	assert.Contains(t, blog.Entries[0].Text, "Safety comes first")
	require.NotEmpty(t, blog.Entries[1].Images, "the linked story keeps its picture")
}

func TestMatch(t *testing.T) {
	page := fixture(t, "live-feed.html")
	noURL := strings.Replace(page, `<link rel="canonical" href="https://sputnikglobe.com/20240314/live-updates-storm-hits-northern-coast-1117000001.html">`, "", 1)
	require.NotContains(t, noURL, "canonical")
	text := fixture(t, "live-feed-copied.txt")
	sitetest.AssertMatch(t, sputnik.New(), []sitetest.MatchCase{
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
	})
}

const corpusPage = "sputnik-afghanistan-live-2021-09-06.txt"

// TestCorpusText checks the adapter on the copied text of the page the
// project was born from: it must claim it and do at least as well as the
// built-in text extractor it reuses.
func TestCorpusText(t *testing.T) {
	blog, label := sitetest.Corpus(t, sputnik.New(), corpusPage)
	sitetest.AssertNoChrome(t, blog, "- Sputnik International") // a caption credit
	for i, want := range label.Entries {
		assert.Equal(t, want.Title, blog.Entries[i].Title, "entry %d: title to the letter", i)
	}
	// The same input through the generic text extractor alone.
	input := sitetest.CorpusFile(t, corpusPage)
	base, err := liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry()}).Parse(bytes.NewReader(input))
	require.NoError(t, err)
	require.Equal(t, "text", base.Extractor)
	require.Len(t, base.Entries, len(blog.Entries))
	for i := range base.Entries {
		assert.True(t, base.Entries[i].Time.Equal(blog.Entries[i].Time), "entry %d", i)
		assert.Equal(t, base.Entries[i].Title, blog.Entries[i].Title)
		assert.Equal(t, base.Entries[i].Text, blog.Entries[i].Text)
	}
}
