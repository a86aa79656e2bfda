package scribblelive_test

import (
	"flag"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
	"github.com/liveblog-go/liveblog/sources/scribblelive"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGolden(t *testing.T) {
	sitetest.Golden(t, scribblelive.New(), *update, "stream.json", "event.json")
}

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

const streamURL = "https://api.scribblelive.com/v1/stream/2269444/posts?PageNumber=0&PageSize=4&Token=abc"

func TestStream(t *testing.T) {
	blog := sitetest.MustParse(t, scribblelive.New(), sitetest.Fixture(t, "stream.json"), liveblog.Options{URL: streamURL})
	require.Len(t, blog.Entries, 3, "the deleted post is not shown")

	stuck := blog.Entries[0]
	assert.Equal(t, "301552201", stuck.ID)
	assert.True(t, stuck.Pinned)
	assert.True(t, stuck.Time.Equal(utc("2024-03-09T20:50:00Z")))
	assert.True(t, stuck.Updated.Equal(utc("2024-03-09T20:52:30Z")))
	assert.Equal(t, []string{"Hanna Kovac"}, stuck.Authors)
	assert.Equal(t, "Polls close in ten minutes. Queues are still long in the north of the city.", stuck.Text)

	photo := blog.Entries[1]
	assert.False(t, photo.Pinned, "rank 1 is the stream")
	assert.True(t, photo.Updated.IsZero())
	require.Len(t, photo.Images, 1)
	assert.Equal(t, "https://images.example.org/sl/turnout.jpg", photo.Images[0].URL)
	assert.Equal(t, "Turnout at the town hall station", photo.Text, "a media post's content is its caption")

	tweet := blog.Entries[2]
	require.Len(t, tweet.Embeds, 1)
	assert.Equal(t, liveblog.EmbedTweet, tweet.Embeds[0].Kind)
	assert.Equal(t, "https://twitter.com/electionoffice/status/1766500000000000001", tweet.Embeds[0].URL)

	// Page 0 of 3: page 1 follows.
	assert.Equal(t, "https://api.scribblelive.com/v1/stream/2269444/posts?PageNumber=1&PageSize=4&Token=abc", blog.Older)
}

func TestLastStreamPage(t *testing.T) {
	url := "https://api.scribblelive.com/v1/stream/2269444/posts?PageNumber=2&PageSize=4&Token=abc"
	blog := sitetest.MustParse(t, scribblelive.New(), sitetest.Fixture(t, "stream.json"), liveblog.Options{URL: url})
	assert.Empty(t, blog.Older, "page 2 of 3 is the last")
}

func TestEvent(t *testing.T) {
	blog := sitetest.MustParse(t, scribblelive.New(), sitetest.Fixture(t, "event.json"), liveblog.Options{})
	assert.Equal(t, "Budget day as it happens", blog.Title)
	require.Len(t, blog.Entries, 2)
	// 1710324000000 ms is 13 March 2024 10:00 UTC (1709251200 is 1 March).
	assert.True(t, blog.Entries[0].Time.Equal(utc("2024-03-13T10:00:00Z")), "%s", blog.Entries[0].Time)
	assert.True(t, blog.Entries[1].Time.Equal(utc("2024-03-13T09:00:00Z")))
	assert.Equal(t, []string{"Ruth Achebe"}, blog.Entries[1].Authors)
	assert.Empty(t, blog.Older)
}

func TestMatch(t *testing.T) {
	stream := string(sitetest.Fixture(t, "stream.json"))
	event := string(sitetest.Fixture(t, "event.json"))
	sitetest.AssertMatch(t, scribblelive.New(), []sitetest.MatchCase{
		{"stream, no URL", stream, "", true},
		{"event, no URL", event, "", true},
		{"stream from its API host", stream, streamURL, true},
		{"posts of another shape", `{"posts":[{"message":{"text":"x"}}],"eventInfo":{}}`, "", false},
		{"the embed page", `<html><body><div class="scrbbl-embed" data-src="/event/1"></div></body></html>`, "", false},
	})
}
