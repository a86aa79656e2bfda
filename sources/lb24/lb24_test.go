package lb24_test

import (
	"flag"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
	"github.com/liveblog-go/liveblog/sources/lb24"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGolden(t *testing.T) {
	sitetest.Golden(t, lb24.New(), *update, "news.json")
}

// at is 3 July 2024 at h:m UTC (1719792000 is midnight on 1 July).
func at(h, m int) time.Time { return time.Date(2024, 7, 3, h, m, 0, 0, time.UTC) }

const newsURL = "https://data.24liveplus.com/v1/retrieve_server/x/event/3300999999999999001/news/?inverted_order=1&last_nid=&limit=3"

func TestNews(t *testing.T) {
	blog := sitetest.MustParse(t, lb24.New(), sitetest.Fixture(t, "news.json"), liveblog.Options{URL: newsURL})
	require.Len(t, blog.Entries, 3)

	top := blog.Entries[0]
	assert.Equal(t, "3301000000000000205", top.ID)
	assert.Equal(t, "Second half under way", top.Title)
	assert.True(t, top.Time.Equal(at(12, 5)), "%s", top.Time)
	assert.True(t, top.Updated.Equal(at(12, 15)))
	assert.True(t, top.Pinned)
	assert.Equal(t, []string{"Pia Lund"}, top.Authors)
	assert.Equal(t, "The home side made two changes at the break.\n\nRain is getting heavier.", top.Text)

	goal := blog.Entries[1]
	assert.True(t, goal.KeyEvent)
	assert.False(t, goal.Pinned)
	assert.Empty(t, goal.Title)
	assert.True(t, goal.Time.Equal(at(11, 35)))
	assert.Equal(t, []string{"Omar Riis"}, goal.Authors)
	require.Len(t, goal.Embeds, 1)
	assert.Equal(t, liveblog.EmbedTweet, goal.Embeds[0].Kind)

	team := blog.Entries[2]
	assert.True(t, team.Time.Equal(at(11, 0)))
	require.Len(t, team.Images, 1)

	// Three answers for a limit of three: more may follow the oldest.
	assert.Equal(t, "https://data.24liveplus.com/v1/retrieve_server/x/event/3300999999999999001/news/?inverted_order=1&last_nid=3301000000000000190&limit=3", blog.Older)
}

func TestLastPage(t *testing.T) {
	url := "https://data.24liveplus.com/v1/retrieve_server/x/event/3300999999999999001/news/?inverted_order=1&last_nid=&limit=100"
	blog := sitetest.MustParse(t, lb24.New(), sitetest.Fixture(t, "news.json"), liveblog.Options{URL: url})
	assert.Empty(t, blog.Older, "three answers for a limit of a hundred")
}

func TestEventHasNoEntries(t *testing.T) {
	url := "https://data.24liveplus.com/v1/retrieve_server/x/event/3300999999999999001/"
	got := sitetest.Matches(t, sitetest.Fixture(t, "event.json"), liveblog.Options{URL: url}, lb24.New())
	assert.True(t, got[lb24.Name], "the vendor's host")
	_, err := sitetest.Parse(t, lb24.New(), sitetest.Fixture(t, "event.json"), liveblog.Options{URL: url})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}

func TestMatch(t *testing.T) {
	news := string(sitetest.Fixture(t, "news.json"))
	sitetest.AssertMatch(t, lb24.New(), []sitetest.MatchCase{
		{"news, no URL", news, "", true},
		{"news from the data host", news, newsURL, true},
		{"event meta, no URL", string(sitetest.Fixture(t, "event.json")), "", false},
		{"another vendor's JSON", `{"result":{"addedOrChanged":[]}}`, "", false},
		{"the embed page", `<html><body><div id="LB24_LIVE_CONTENT" data-eid="1"></div></body></html>`, "", false},
	})
}
