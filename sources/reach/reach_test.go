package reach_test

import (
	"flag"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
	"github.com/liveblog-go/liveblog/sources/reach"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGolden(t *testing.T) {
	sitetest.Golden(t, reach.New(), *update, "mirror.html", "express.html")
}

func TestMirrorFixture(t *testing.T) {
	blog := sitetest.MustParse(t, reach.New(), sitetest.Fixture(t, "mirror.html"), liveblog.Options{})
	assert.Equal(t, "Canal boat race LIVE: narrowboats set off from the basin", blog.Title, "the printed headline, not og:title")
	assert.True(t, strings.HasPrefix(blog.Summary, "Forty narrowboats"), "the lead entry is the summary: %q", blog.Summary)

	// Four rendered entries; the JSON-LD's third update, the lead entry
	// and the key-events sidebar are not entries.
	require.Len(t, blog.Entries, 4)
	sitetest.AssertNoChrome(t, blog, "KEY EVENT")
	var ids []string
	for _, e := range blog.Entries {
		ids = append(ids, e.ID)
		assert.NotRegexp(t, `^\d\d:\d\d`, e.Text, "time label left in body")
		for _, a := range e.Authors {
			assert.NotContains(t, e.Text, a, "byline left in body")
		}
	}
	assert.Equal(t, []string{"700012", "700010", "700007", "700003"}, ids)

	key := blog.Entries[0]
	assert.True(t, key.KeyEvent)
	assert.Empty(t, key.Authors, "KEY EVENT is a mark, not an author")
	assert.Equal(t, "Lock keeper waves the flag", key.Title)
	assert.True(t, key.Time.Equal(time.UnixMilli(1721471400250)), "data-post-time, got %s", key.Time)
	assert.True(t, key.Updated.Equal(time.UnixMilli(1721471465000)))
	assert.Equal(t, "11:30", key.RawTime)
	assert.Equal(t, "The race is under way after the lock keeper dropped a chequered flag from the bridge.", key.Text, "no Read more teaser, no caption")
	require.Len(t, key.Images, 1)
	assert.Equal(t, "https://i2-prod.mirror.co.uk/incoming/article33100005.ece/ALTERNATES/s510b/0_Boats-at-the-lock.jpg", key.Images[0].URL)
	assert.Equal(t, "Boats wait at the top lock (Image: Invented Pictures)", key.Images[0].Caption)

	tweet := blog.Entries[1]
	assert.False(t, tweet.KeyEvent)
	assert.Equal(t, []string{"Priya Townsend"}, tweet.Authors)
	require.Len(t, tweet.Embeds, 1)
	assert.Equal(t, liveblog.EmbedTweet, tweet.Embeds[0].Kind)
	assert.True(t, tweet.Updated.IsZero(), "an unedited entry has no Updated")
}

func TestExpressFixture(t *testing.T) {
	blog := sitetest.MustParse(t, reach.New(), sitetest.Fixture(t, "express.html"), liveblog.Options{})
	require.Len(t, blog.Entries, 2)
	first := blog.Entries[0]
	assert.Equal(t, "88003", first.ID)
	assert.True(t, first.Time.Equal(time.Unix(1721818800, 0)), "data-sort-time is in seconds, got %s", first.Time)
	assert.Equal(t, "Winner announced", first.Title)
	assert.Equal(t, []string{"Mabel Ogunsanya"}, first.Authors)
	assert.Equal(t, "The largest marrow weighed more than a bag of cement.\n\nIts grower has won three years running.", first.Text)
	assert.Empty(t, blog.Entries[1].Title)
}

func TestNotLiveBlog(t *testing.T) {
	data := sitetest.Fixture(t, "article.html")
	got := sitetest.Matches(t, data, liveblog.Options{}, reach.New())
	assert.True(t, got[reach.Name], "a Mirror article is on a Reach domain")
	_, err := sitetest.Parse(t, reach.New(), data, liveblog.Options{})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
	// Without its URL, the class names in its CSS and config do not make
	// it a Reach live blog.
	noURL := strings.Replace(string(data), `<link rel="canonical" href="https://www.mirror.co.uk/lifestyle/gardening/ten-herbs-windowsill-33200001">`, "", 1)
	got = sitetest.Matches(t, []byte(noURL), liveblog.Options{}, reach.New())
	assert.False(t, got[reach.Name])
}

func TestMatch(t *testing.T) {
	live := string(sitetest.Fixture(t, "mirror.html"))
	sitetest.AssertMatch(t, reach.New(), []sitetest.MatchCase{
		{"regional title", live, "https://www.manchestereveningnews.co.uk/news/live-x-29000001", true},
		{"Irish title", live, "https://www.corkbeo.ie/news/live-x-29000001", true},
		{"domain without www", live, "https://www.football.london/live-x-1", true},
		{"national title", live, "https://www.dailystar.co.uk/news/live-x-1", true},
		{"other site's URL wins over markup", live, "https://www.theguardian.com/world/live/2024/jan/01/x", false},
		{"look-alike host", live, "https://notmirror.co.uk/x", false},
		{"look-alike subdomain", live, "https://mirror.co.uk.example.org/x", false},
	})
}

func TestIrishZone(t *testing.T) {
	// A clock-only entry (no epoch) on an Irish title reads in Irish time;
	// in July that is UTC+1, as in London, so compare the zone name.
	page := `<html><body><div class="live-event-entry" id="1"><div class="entry-info"><time>09:15</time></div><div class="entry-content"><h3>T</h3><p>Body.</p></div></div></body></html>`
	for _, tt := range []struct{ url, zone string }{
		{"https://www.corkbeo.ie/news/x-1", "Europe/Dublin"},
		{"https://www.mirror.co.uk/news/x-1", "Europe/London"},
	} {
		blog, err := sitetest.Parse(t, reach.New(), []byte(page), liveblog.Options{URL: tt.url, Now: time.Date(2024, 7, 20, 12, 0, 0, 0, time.UTC)})
		require.NoError(t, err)
		require.Len(t, blog.Entries, 1)
		assert.Equal(t, tt.zone, blog.Entries[0].Time.Location().String(), tt.url)
	}
}

const corpusPage = "mirror-uk-riots-live-2024-08-05.html"

func TestCorpus(t *testing.T) {
	blog, _ := sitetest.Corpus(t, reach.New(), corpusPage)
	assert.NotEmpty(t, blog.Summary, "the lead entry")
	require.Len(t, blog.Entries, 30, "the rendered entries, not the 428 of the JSON-LD")
	sitetest.AssertRawTimes(t, blog, `^\d\d:\d\d$`)
	// "Image:" is a caption credit.
	sitetest.AssertNoChrome(t, blog, "KEY EVENT", "Read more:", "Image:")

	keyEvents := 0
	for i, e := range blog.Entries {
		if e.KeyEvent {
			keyEvents++
			assert.Empty(t, e.Authors, "entry %d: a key event shows the KEY EVENT mark instead of a name", i)
		} else {
			assert.Len(t, e.Authors, 1, "entry %d: every other entry prints its author", i)
		}
		assert.False(t, strings.HasPrefix(e.Text, e.RawTime), "entry %d: time label in body", i)
		for _, a := range e.Authors {
			assert.NotContains(t, e.Text, a, "entry %d: byline in body", i)
		}
	}
	assert.Equal(t, 9, keyEvents)
}

func TestCorpusNegative(t *testing.T) {
	data := sitetest.CorpusFile(t, "negative-mirror-houseplants-2024-04-28.html")
	_, err := sitetest.Parse(t, reach.New(), data, liveblog.Options{})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}
