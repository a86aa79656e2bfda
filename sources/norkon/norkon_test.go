package norkon_test

import (
	"flag"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
	"github.com/liveblog-go/liveblog/sources/norkon"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGolden(t *testing.T) {
	sitetest.Golden(t, norkon.New(), *update, "initial.json", "earlier.json")
}

// at is 1 June 2024 at h:m UTC; the fixtures' epochs were worked out from
// 1717200000, midnight that day.
func at(h, m int) time.Time { return time.Date(2024, 6, 1, h, m, 0, 0, time.UTC) }

const feed = "https://livecentercdn.norkon.net/BulletinFeed/harbourpost/4411/Initial/"

func TestInitial(t *testing.T) {
	blog := sitetest.MustParse(t, norkon.New(), sitetest.Fixture(t, "initial.json"), liveblog.Options{URL: feed})
	require.Len(t, blog.Entries, 3)

	sticky := blog.Entries[0]
	assert.Equal(t, "7100452", sticky.ID)
	assert.Equal(t, "Ferry timetable changes tonight", sticky.Title)
	assert.True(t, sticky.Time.Equal(at(15, 0)), "%s", sticky.Time)
	assert.True(t, sticky.Updated.Equal(at(15, 10)))
	assert.True(t, sticky.Pinned)
	assert.False(t, sticky.KeyEvent)
	assert.Equal(t, []string{"Sigrid Holm"}, sticky.Authors)
	assert.Equal(t, "The last crossing leaves at 22.40 instead of midnight.\n\nTickets bought for later sailings are valid on the morning boat.", sticky.Text)

	important := blog.Entries[1]
	assert.True(t, important.KeyEvent)
	assert.Empty(t, important.Title)
	assert.True(t, important.Time.Equal(at(16, 2)))
	assert.True(t, important.Updated.IsZero())
	require.Len(t, important.Images, 1)
	assert.Equal(t, "https://images.example.org/lc/pier.jpg", important.Images[0].URL)

	video := blog.Entries[2]
	require.Len(t, video.Embeds, 1)
	assert.Equal(t, liveblog.EmbedYouTube, video.Embeds[0].Kind)
	assert.NotContains(t, video.HTML, "track()")

	// The oldest bulletin is 7100431: the feed pages back from it.
	assert.Equal(t, "https://livecentercdn.norkon.net/BulletinFeed/harbourpost/4411/EarlierObj/7100431/", blog.Older)
}

func TestEarlier(t *testing.T) {
	url := "https://livecentercdn.norkon.net/BulletinFeed/harbourpost/4411/EarlierObj/7100431/"
	blog := sitetest.MustParse(t, norkon.New(), sitetest.Fixture(t, "earlier.json"), liveblog.Options{URL: url})
	require.Len(t, blog.Entries, 2)
	assert.Equal(t, "7100398", blog.Entries[0].ID)
	assert.True(t, blog.Entries[0].Time.Equal(at(13, 0)))
	assert.True(t, blog.Entries[1].Time.Equal(at(12, 0)))
	assert.Empty(t, blog.Entries[1].Authors)
	assert.Empty(t, blog.Older, "hasMore is false")
}

func TestDeleted(t *testing.T) {
	in := `{"result":{"addedOrChanged":[{"id":5,"created":1717243200,"content":{"html":"<p>kept</p>"}},{"id":6,"created":1717243260,"content":{"html":"<p>gone</p>"}}],"deleted":[6]}}`
	blog := sitetest.MustParse(t, norkon.New(), []byte(in), liveblog.Options{})
	require.Len(t, blog.Entries, 1)
	assert.Equal(t, "kept", blog.Entries[0].Text)
}

func TestMatch(t *testing.T) {
	initial := string(sitetest.Fixture(t, "initial.json"))
	earlier := string(sitetest.Fixture(t, "earlier.json"))
	sitetest.AssertMatch(t, norkon.New(), []sitetest.MatchCase{
		{"initial feed, no URL", initial, "", true},
		{"earlier feed, no URL", earlier, "", true},
		{"initial feed from its host", initial, feed, true},
		{"any JSON from the vendor host", `{"ok":true}`, feed, true},
		{"another vendor's JSON", `{"data":{"news":[{"nid":1,"contents":"<p>x</p>"}]}}`, "", false},
		{"a result without bulletins", `{"result":{"total":3}}`, "", false},
		{"an HTML page", `<html><body><div class="live-center-embed" data-src="https://livecenter.norkon.net/frame/a/1/default"></div></body></html>`, "", false},
	})
}
