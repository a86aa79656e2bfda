package ndtv_test

import (
	"flag"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
	"github.com/liveblog-go/liveblog/sources/ndtv"
)

var update = flag.Bool("update", false, "rewrite golden files")

// parse parses page with this adapter alone, so that every test also
// checks that Match accepts the page.
func parse(t *testing.T, page string) *liveblog.Blog {
	t.Helper()
	return sitetest.MustParse(t, ndtv.New(), []byte(page), liveblog.Options{})
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	return string(sitetest.Fixture(t, name))
}

func TestGolden(t *testing.T) {
	sitetest.Golden(t, ndtv.New(), *update, sitetest.Fixtures(t, "*.html")...)
}

const fixtureURL = "https://sports.ndtv.com/hockey/india-vs-spain-live-score-pro-league-2024-ind-vs-esp-latest-updates-5100001"

func TestFixture(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		require.NoError(t, err)
		return v
	}
	blog := parse(t, fixture(t, "liveblog-page1.html"))
	assert.Equal(t, "India vs Spain Highlights, Pro League 2024: Late Goal Seals Comeback Win", blog.Title)
	assert.Equal(t, fixtureURL+"/amp/2", blog.Older, "page 1 of a blog whose updates start at 21 links to the older page")
	require.Len(t, blog.Entries, 3)
	want := []struct {
		id, title, text string
		time            time.Time
	}{
		// Microdata datePublished, past midnight IST.
		{"23", "IND vs ESP Live: Full time!", "The hosts hold on for a 3-2 win after trailing at the break.", at("2024-02-16T00:20:40+05:30")},
		// articleBody's unescaped quotes do not disturb the visible body.
		{"22", "IND vs ESP Live: GOAL!", `The drag-flick finds the bottom corner and the captain wheels away to celebrate. "We never stopped believing," he tells the touchline reporter.`, at("2024-02-15T23:58:05+05:30")},
		// No datePublished: printed date and "23:41 (IST)".
		{"21", "IND vs ESP Live: Penalty corner", "Another set piece for the home side after a foot in the circle.", at("2024-02-15T23:41:00+05:30")},
	}
	for i, w := range want {
		e := blog.Entries[i]
		assert.Equal(t, w.id, e.ID)
		assert.Equal(t, fixtureURL+"#"+w.id, e.URL)
		assert.Equal(t, w.title, e.Title)
		assert.True(t, strings.HasPrefix(e.Text, w.text), "entry %s text %q", w.id, e.Text)
		assert.NotContains(t, e.Text, "facebook", "share buttons are not body")
		assert.NotContains(t, e.Text, w.title, "the title is not repeated in the body")
		assert.True(t, w.time.Equal(e.Time), "entry %s: got %s, want %s", w.id, e.Time, w.time)
	}
	assert.True(t, at("2024-02-16T00:25:00+05:30").Equal(blog.Entries[0].Updated))

	last := parse(t, fixture(t, "liveblog-last-page.html"))
	assert.Empty(t, last.Older, "the page holding update 1 has no older page")
	require.Len(t, last.Entries, 2)
}

func TestOlder(t *testing.T) {
	page1 := fixture(t, "liveblog-page1.html")
	amp := `<link rel="amphtml" href="` + fixtureURL + `/amp/1" />`
	require.Contains(t, page1, amp)
	tests := []struct {
		name, page, want string
	}{
		{"AMP page number raised", page1, fixtureURL + "/amp/2"},
		{"rel=next wins", strings.Replace(page1, amp, amp+`<link rel="next" href="/hockey/x-5100001/page-2" />`, 1), "https://sports.ndtv.com/hockey/x-5100001/page-2"},
		{"AMP link without a page number", strings.Replace(page1, "/amp/1", "/amp", 1), ""},
		{"no AMP link", strings.Replace(page1, amp, "", 1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, parse(t, tt.page).Older)
		})
	}
}

func TestMatch(t *testing.T) {
	page := fixture(t, "liveblog-page1.html")
	noURL := strings.Replace(page, `<link rel="canonical" href="`+fixtureURL+`" />`, "", 1)
	require.NotContains(t, noURL, "canonical")
	sitetest.AssertMatch(t, ndtv.New(), []sitetest.MatchCase{
		{"canonical link", page, "", true},
		{"www.ndtv.com", noURL, "https://www.ndtv.com/india-news/some-live-updates-5100002", true},
		{"no URL, site name and list", noURL, "", true},
		{"no URL, another site's name", strings.ReplaceAll(noURL, "NDTVSports.com", "Other Sports"), "", false},
		{"another host with the same markup", noURL, "https://www.example.com/live", false},
		{"look-alike host", noURL, "https://ndtv.com.example.net/live", false},
		{"plain text", "21:06 (IST)\nNDTV liv-blg_li\n", "", false},
	})
}

func TestNotLiveBlog(t *testing.T) {
	// An NDTV article without the live list is matched (by host) but
	// yields ErrNotLiveBlog, so the generic extractors can take it.
	page := `<html><head><link rel="canonical" href="https://sports.ndtv.com/cricket/a-report-1"></head><body><article><p>Just a report.</p></article></body></html>`
	_, err := sitetest.Parser(t, ndtv.New(), liveblog.Options{}).Parse(strings.NewReader(page))
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}

const corpusPage = "ndtv-sports-ind-vs-sl-cwc-2023-live.html"

func TestCorpus(t *testing.T) {
	blog, label := sitetest.Corpus(t, ndtv.New(), corpusPage)
	require.Len(t, blog.Entries, 40, "the 40 list items of page 1")
	sitetest.AssertRawTimes(t, blog, `^\d{2}:\d{2} \(IST\)$`)
	sitetest.AssertNoChrome(t, blog, "Share Link", "facebook", "twitter")
	for i, want := range label.Entries {
		got := blog.Entries[i]
		assert.Equal(t, strconv.Itoa(80-i), got.ID, "entry %d", i)
		assert.Equal(t, want.Title, got.Title, "entry %d: title to the letter", i)
	}
	assert.Equal(t, label.URL+"/amp/2", blog.Older, "page 1 of 2 exposes the older page")
	assert.NotContains(t, blog.Title, "| Cricket News")
}
