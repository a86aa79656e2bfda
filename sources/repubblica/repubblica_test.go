package repubblica_test

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
	"github.com/liveblog-go/liveblog/sources/repubblica"
)

var update = flag.Bool("update", false, "rewrite golden files")

// parseFixture parses testdata/name with this adapter alone, so that
// every test also checks that Match accepts the page.
func parseFixture(t *testing.T, name string) *liveblog.Blog {
	t.Helper()
	return sitetest.MustParse(t, repubblica.New(), sitetest.Fixture(t, name), liveblog.Options{})
}

func TestGolden(t *testing.T) {
	sitetest.Golden(t, repubblica.New(), *update, sitetest.Fixtures(t, "*.html")...)
}

// TestFixtureTimes checks the heart of the adapter apart from the golden
// files: the mislabelled "Z" wall clock is read in Rome, across the
// change of offset between summer and winter, and takes its seconds from
// the JSON-LD update of the same minute.
func TestFixtureTimes(t *testing.T) {
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		require.NoError(t, err)
		return v
	}
	tests := []struct {
		page   string
		times  []time.Time
		titles []string
		key    []bool
	}{
		{
			page: "diretta-novembre.html",
			// 10:12, 09:47, 07:03, 00:15 Rome (UTC+1) with JSON-LD seconds.
			times:  []time.Time{utc("2023-11-14T09:12:40Z"), utc("2023-11-14T08:47:05Z"), utc("2023-11-14T06:03:59Z"), utc("2023-11-13T23:15:30Z")},
			titles: []string{"Riaperta la linea ferroviaria costiera", "Il sindaco: “Restate a casa”", "Allerta arancione prorogata", "Vento forte nella notte"},
			key:    []bool{true, false, true, false},
		},
		{
			page: "diretta-estate.html",
			// 08:30 and 07:55 Rome in June (UTC+2); no JSON-LD to check.
			times:  []time.Time{utc("2023-06-21T06:30:00Z"), utc("2023-06-21T05:55:00Z")},
			titles: []string{"Aperte le buste con le tracce", "Studenti davanti ai cancelli"},
			key:    []bool{false, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			blog := parseFixture(t, tt.page)
			require.Len(t, blog.Entries, len(tt.times))
			for i, e := range blog.Entries {
				assert.True(t, tt.times[i].Equal(e.Time), "entry %d: got %s, want %s", i, e.Time, tt.times[i])
				assert.Equal(t, tt.titles[i], e.Title, "entry %d", i)
				assert.Equal(t, tt.key[i], e.KeyEvent, "entry %d key event", i)
				assert.NotContains(t, e.Text, e.Title, "entry %d repeats its title", i)
			}
		})
	}
}

func TestFixtureBody(t *testing.T) {
	blog := parseFixture(t, "diretta-novembre.html")
	require.Len(t, blog.Entries, 4)
	byID := map[string]liveblog.Entry{}
	for _, e := range blog.Entries {
		byID[e.ID] = e
	}
	teaser := byID["420000001_event3"]
	assert.NotContains(t, teaser.Text, "Frane", "the teaser card stays out of the text")
	assert.Contains(t, teaser.Links, liveblog.Link{URL: "https://www.repubblica.it/cronaca/2023/11/13/news/frane_entroterra-419990000/", Text: "Frane nell'entroterra, dieci strade chiuse"})
	video := byID["420000001_event2"]
	require.Len(t, video.Embeds, 1)
	assert.Equal(t, liveblog.EmbedVideo, video.Embeds[0].Kind)
	assert.True(t, strings.HasPrefix(video.Embeds[0].URL, "https://video.repubblica.it/embed/"))
	assert.NotContains(t, byID["420000001_event1"].Text, "[[", "CMS editor references are dropped")
	photo := byID["420000001_event4"]
	require.Len(t, photo.Images, 1)
	assert.Equal(t, "https://www.repstatic.it/content/nazionale/img/2023/11/14/binari.jpg", photo.Images[0].URL)
	assert.Equal(t, "https://www.repubblica.it/cronaca/2023/11/14/diretta/maltempo_liguria_news_oggi-420000001/#420000001_event4", photo.URL)
}

func TestMatch(t *testing.T) {
	page := string(sitetest.Fixture(t, "diretta-novembre.html"))
	noURL := strings.NewReplacer(
		`<link rel="canonical" href="https://www.repubblica.it/cronaca/2023/11/14/diretta/maltempo_liguria_news_oggi-420000001/">`, "",
		`<meta property="og:url" content="https://www.repubblica.it/cronaca/2023/11/14/diretta/maltempo_liguria_news_oggi-420000001/">`, "",
	).Replace(page)
	require.NotContains(t, noURL, "canonical")
	otherSite := strings.ReplaceAll(noURL, `content="la Repubblica"`, `content="La Stampa"`)
	sitetest.AssertMatch(t, repubblica.New(), []sitetest.MatchCase{
		{"canonical link", page, "", true},
		{"given URL", noURL, "https://www.repubblica.it/esteri/2024/01/01/diretta/x-1/", true},
		{"local edition", noURL, "https://roma.repubblica.it/cronaca/2024/01/01/diretta/x-1/", true},
		{"no URL, site name and markup", noURL, "", true},
		{"no URL, another site's name", otherSite, "", false},
		{"another host with the same markup", noURL, "https://www.lastampa.it/cronaca/2024/01/01/diretta/x-1/", false},
		{"look-alike host", noURL, "https://notrepubblica.it/x", false},
		{"plain text", "10:12 GMT 14.11.2023\nla Repubblica\n\n09:47 GMT 14.11.2023\nliveblog__post\n", "", false},
	})
}

const corpusPage = "repubblica-israele-hamas-diretta-2023-11-02.html"

func TestCorpus(t *testing.T) {
	// The label counts every section.liveblog__post and nothing from the
	// index.
	blog, _ := sitetest.Corpus(t, repubblica.New(), corpusPage)
	require.Len(t, blog.Entries, 79)
	sitetest.AssertNoChrome(t, blog, "[[(") // a CMS editor reference
	for i, got := range blog.Entries {
		assert.True(t, strings.HasSuffix(got.ID, "_event"+strconv.Itoa(len(blog.Entries)-i)), "entry %d id %s", i, got.ID)
	}
	// The "Punti chiave" index links 16 entries: those, and only those,
	// are key events.
	keys := 0
	for _, e := range blog.Entries {
		if e.KeyEvent {
			keys++
		}
	}
	assert.Equal(t, 16, keys)
}
