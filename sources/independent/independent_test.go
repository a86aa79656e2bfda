package independent_test

import (
	"flag"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/independent"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func parse(t *testing.T, data []byte) *liveblog.Blog {
	t.Helper()
	return sitetest.MustParse(t, independent.New(), data, liveblog.Options{})
}

func TestGolden(t *testing.T) {
	sitetest.Golden(t, independent.New(), *update, "amp.html", "canonical.html")
}

func TestAMPFixture(t *testing.T) {
	blog := parse(t, sitetest.Fixture(t, "amp.html"))
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
	blog := parse(t, sitetest.Fixture(t, "canonical.html"))
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
	_, err := sitetest.Parse(t, independent.New(), sitetest.Fixture(t, "article.html"), liveblog.Options{})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}

func TestMatch(t *testing.T) {
	amp := string(sitetest.Fixture(t, "amp.html"))
	noURL := `<html><head><meta property="og:site_name" content="The Independent"></head><body></body></html>`
	sitetest.AssertMatch(t, independent.New(), []sitetest.MatchCase{
		{"canonical link", amp, "", true},
		{"amp host", amp, "https://amp.independent.co.uk/sport/x-b1.html", true},
		{"site name", noURL, "", true},
		{"other site's URL wins over markup", amp, "https://www.independent.ie/sport/x", false},
		{"other site's URL wins over site name", noURL, "https://www.example.com/x", false},
	})
}

const corpusPage = "independent-womens-world-cup-live-2023-08-14.html"

func TestCorpus(t *testing.T) {
	blog, _ := sitetest.Corpus(t, independent.New(), corpusPage)
	require.Len(t, blog.Entries, 10)
	sitetest.AssertRawTimes(t, blog, `^14 August 2023 \d\d:\d\d$`)
	sitetest.AssertNoChrome(t, blog, "14 August 2023") // the footer date
	for i, e := range blog.Entries {
		assert.Equal(t, []string{"Jamie Braidwood"}, e.Authors, "entry %d", i)
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
