package independent_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
	"github.com/liveblog-go/liveblog/sources/independent"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return data
}

func parse(t *testing.T, data []byte) *liveblog.Blog {
	t.Helper()
	blog, err := sitetest.Parser(t, independent.New(), liveblog.Options{}).Parse(strings.NewReader(string(data)))
	require.NoError(t, err)
	assert.Equal(t, independent.Name, blog.Source)
	return blog
}

func TestGolden(t *testing.T) {
	for _, name := range []string{"amp.html", "canonical.html"} {
		t.Run(name, func(t *testing.T) {
			blog := parse(t, readFixture(t, name))
			testutil.GoldenJSON(t, filepath.Join("testdata", strings.TrimSuffix(name, ".html")+".golden.json"), blog, *update)
		})
	}
}

func TestAMPFixture(t *testing.T) {
	blog := parse(t, readFixture(t, "amp.html"))
	require.Len(t, blog.Entries, 3, "ad slots are not posts")

	first := blog.Entries[0]
	assert.Equal(t, "post-5000003", first.ID)
	assert.Equal(t, "https://www.independent.co.uk/sport/chess/chess-olympiad-live-final-round-b2600001.html#post-5000003", first.URL)
	assert.True(t, first.Time.Equal(time.Date(2024, 9, 21, 9, 30, 40, 0, time.UTC)),
		"amp-timeago's datetime, not data-sort-time: got %s", first.Time)
	assert.Equal(t, "21 September 2024 10:30", first.RawTime)
	assert.Equal(t, "Chess olympiad", first.Title)
	assert.Equal(t, []string{"Tomasz Wren"}, first.Authors)
	assert.Equal(t, "The top board has opened with a quiet queen's pawn game.\n\nBoth players used less than a minute for the first ten moves.", first.Text)
	require.Len(t, first.Images, 1)
	assert.Equal(t, "(Invented Photo Agency)", first.Images[0].Caption)

	card := blog.Entries[1]
	assert.Equal(t, "Who plays whom in the last round?", card.Title)
	assert.Equal(t, "The pairings were posted on the noticeboard overnight.", card.Text, "the related-article card is not body")
	assert.Empty(t, card.Images, "the card's picture is not the post's")
	assert.Contains(t, card.Links, liveblog.Link{URL: "https://www.independent.co.uk/sport/chess/olympiad-preview-b2599999.html", Text: "Olympiad preview: the teams to watch"})

	for _, e := range blog.Entries {
		assert.NotContains(t, e.Text, "September 2024")
		assert.NotContains(t, e.Text, "Tomasz Wren")
		assert.NotRegexp(t, `17269\d{5}`, e.Text, "amp-timeago's epoch text")
	}
}

func TestCanonicalFixture(t *testing.T) {
	blog := parse(t, readFixture(t, "canonical.html"))
	require.Len(t, blog.Entries, 2)
	assert.True(t, blog.Entries[0].Time.Equal(time.Date(2024, 7, 3, 10, 15, 0, 0, time.UTC)), "time[datetime] over data-sort-time")
	assert.Equal(t, "Second heat won by a canvas", blog.Entries[0].Title)
	assert.Equal(t, "The crews were level until the last stroke.", blog.Entries[0].Text)
}

// TestSortTimeFallback checks that data-sort-time is used only when a
// post has no displayed machine time.
func TestSortTimeFallback(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://www.independent.co.uk/x-b1.html"></head><body>
<div data-sort-time="1720000000000" id="post-1"><div><h3>T</h3><div><p>Body text.</p></div></div></div></body></html>`
	blog := parse(t, []byte(page))
	require.Len(t, blog.Entries, 1)
	assert.True(t, blog.Entries[0].Time.Equal(time.UnixMilli(1720000000000)))
}

func TestNotLiveBlog(t *testing.T) {
	_, err := sitetest.Parse(t, independent.New(), readFixture(t, "article.html"), liveblog.Options{})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}

func TestMatch(t *testing.T) {
	amp := readFixture(t, "amp.html")
	noURL := []byte(`<html><head><meta property="og:site_name" content="The Independent"></head><body></body></html>`)
	tests := []struct {
		name string
		page []byte
		url  string
		want bool
	}{
		{"canonical link", amp, "", true},
		{"amp host", amp, "https://amp.independent.co.uk/sport/x-b1.html", true},
		{"site name", noURL, "", true},
		{"other site", amp, "https://www.independent.ie/sport/x", false},
		{"other site", noURL, "https://www.example.com/x", false},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.url, func(t *testing.T) {
			got := sitetest.Matches(t, tt.page, liveblog.Options{URL: tt.url}, independent.New())
			assert.Equal(t, tt.want, got[independent.Name])
		})
	}
}

const corpusPage = "independent-womens-world-cup-live-2023-08-14.html"

func TestCorpus(t *testing.T) {
	data, label := sitetest.CorpusPage(t, corpusPage)
	blog := parse(t, data)
	assert.Equal(t, label.PageTitle, blog.Title)
	sitetest.AssertLabel(t, blog, label)
	require.Len(t, blog.Entries, 10)
	for i, e := range blog.Entries {
		assert.Equal(t, []string{"Jamie Braidwood"}, e.Authors, "entry %d", i)
		assert.Regexp(t, `^14 August 2023 \d\d:\d\d$`, e.RawTime)
		assert.NotContains(t, e.Text, "14 August 2023", "entry %d: footer date in body", i)
		assert.False(t, strings.HasPrefix(e.Text, "Jamie Braidwood"), "entry %d: byline in body", i)
		assert.Equal(t, "#"+e.ID, e.URL[strings.Index(e.URL, "#"):])
	}
	// Related-article cards: their headline is a link, not the body.
	var cards int
	for _, e := range blog.Entries {
		for _, l := range e.Links {
			if l.Text != "" && !strings.Contains(e.Text, l.Text) {
				cards++
			}
		}
	}
	assert.Equal(t, 4, cards)
}

func TestCorpusNegative(t *testing.T) {
	data := sitetest.CorpusFile(t, "negative-independent-laos-methanol-2024-11-22.html")
	got := sitetest.Matches(t, data, liveblog.Options{}, independent.New())
	assert.True(t, got[independent.Name])
	_, err := sitetest.Parse(t, independent.New(), data, liveblog.Options{})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}
