package sourcefabric_test

import (
	"flag"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
	"github.com/liveblog-go/liveblog/sources/sourcefabric"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGolden(t *testing.T) {
	sitetest.Golden(t, sourcefabric.New(), *update, "posts.json", "embed.html")
}

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestPostsJSON(t *testing.T) {
	blog := sitetest.MustParse(t, sourcefabric.New(), sitetest.Fixture(t, "posts.json"), liveblog.Options{})
	// Seven posts: one deleted, one draft and one advertisement are not
	// shown by the vendor's theme.
	require.Len(t, blog.Entries, 4)
	ids := []string{}
	for _, e := range blog.Entries {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{
		"urn:newsml:localhost:2024-05-11T18:02:10.100000:aa11",
		"urn:newsml:localhost:2024-05-11T17:55:00.000000:bb22",
		"urn:newsml:localhost:2024-05-11T17:40:00.000000:cc33",
		"urn:newsml:localhost:2024-05-11T17:00:00.000000:ab77",
	}, ids)

	sticky := blog.Entries[0]
	assert.True(t, sticky.Pinned)
	assert.True(t, sticky.KeyEvent)
	assert.True(t, sticky.Time.Equal(utc("2024-05-11T18:02:10Z")))
	assert.True(t, sticky.Updated.Equal(utc("2024-05-11T18:40:00Z")))
	assert.Equal(t, []string{"Ines Marlow"}, sticky.Authors)
	assert.Equal(t, "Road closures: the bridge stays shut until the regatta ends.\n\nFollow the signs to the east car park.", sticky.Text)

	img := blog.Entries[1]
	assert.False(t, img.Pinned || img.KeyEvent)
	assert.True(t, img.Updated.IsZero(), "content never edited")
	assert.Equal(t, []string{"Regatta Desk"}, img.Authors)
	require.Len(t, img.Images, 1)
	assert.Equal(t, "https://media.example.org/lb/boats-1080.jpg", img.Images[0].URL, "the rendition the theme shows")
	assert.Contains(t, img.Text, "Twelve crews have signed in so far.")

	embed := blog.Entries[2]
	require.Len(t, embed.Embeds, 1)
	assert.Equal(t, liveblog.EmbedTweet, embed.Embeds[0].Kind)
	assert.Contains(t, embed.Text, "The water has never been this calm in May.")
	assert.Contains(t, embed.Text, "Race officer Tom Bell")
	assert.NotContains(t, embed.Text, "ignored copy", "a quote is read from its meta")
	assert.True(t, embed.Updated.Equal(utc("2024-05-11T17:41:30Z")), "_updated when no content_updated_date")

	first := blog.Entries[3]
	assert.Equal(t, []string{"Regatta Desk"}, first.Authors, "a bare creator id has no name: the publisher's")
	assert.Equal(t, "Good evening and welcome to our coverage of the harbour regatta.", first.Text)
	assert.NotContains(t, first.HTML, "script")
	assert.Empty(t, blog.Older, "no page URL to build the next page from")
}

func TestOlderPage(t *testing.T) {
	url := "https://example-api.liveblog.pro/api/client_blogs/6650aa11bb22cc33dd44ee55/posts?max_results=7&page=1"
	blog := sitetest.MustParse(t, sourcefabric.New(), sitetest.Fixture(t, "posts.json"), liveblog.Options{URL: url})
	// 19 posts at 7 a page: page 2 follows.
	assert.Equal(t, "https://example-api.liveblog.pro/api/client_blogs/6650aa11bb22cc33dd44ee55/posts?max_results=7&page=2", blog.Older)

	last := []byte(`{"_items":[{"_id":"p1","published_date":"2024-05-11T10:00:00+00:00","post_status":"open","groups":[{"id":"main","refs":[{"item":{"item_type":"text","text":"<p>Last one.</p>"}}]}]}],"_meta":{"page":3,"max_results":7,"total":15}}`)
	blog = sitetest.MustParse(t, sourcefabric.New(), last, liveblog.Options{URL: url})
	assert.Empty(t, blog.Older, "page 3 of 15 posts at 7 a page is the last")
}

func TestEmbedPage(t *testing.T) {
	blog := sitetest.MustParse(t, sourcefabric.New(), sitetest.Fixture(t, "embed.html"), liveblog.Options{})
	assert.Equal(t, "Night market opening: live", blog.Title)
	require.Len(t, blog.Entries, 3)

	pinned := blog.Entries[0]
	assert.True(t, pinned.Pinned)
	assert.True(t, pinned.Time.IsZero(), "the pinned post at the top prints no time")
	assert.Equal(t, "Entry is free; bring cash for the food stalls.", pinned.Text)

	hl := blog.Entries[1]
	assert.Equal(t, "urn:newsml:localhost:2024-06-01T19:12:00.000000:p003", hl.ID)
	assert.True(t, hl.KeyEvent)
	assert.False(t, hl.Pinned)
	assert.True(t, hl.Time.Equal(utc("2024-06-01T19:12:00Z")))
	assert.True(t, hl.Updated.Equal(utc("2024-06-01T19:20:00Z")))
	assert.Equal(t, []string{"Okon Pryce"}, hl.Authors, "the syndicating blog's name is not the author")
	require.Len(t, hl.Images, 1)
	assert.Equal(t, "https://media.example.org/market/lanterns.jpg", hl.Images[0].URL)
	assert.Contains(t, hl.Text, "The first lanterns went up at dusk.")

	plain := blog.Entries[2]
	assert.Equal(t, []string{"Maud Ferreira"}, plain.Authors)
	assert.Equal(t, "Queues have formed at both bridges.\n\nStewards are letting people in in groups of twenty.", plain.Text)
	sitetest.AssertNoChrome(t, blog, "Share", "Updated", "Load more", "Powered by", "See one new update")
}

func TestMatch(t *testing.T) {
	posts := string(sitetest.Fixture(t, "posts.json"))
	page := string(sitetest.Fixture(t, "embed.html"))
	sitetest.AssertMatch(t, sourcefabric.New(), []sitetest.MatchCase{
		{"posts JSON, no URL", posts, "", true},
		{"posts JSON from the API host", posts, "https://example-api.liveblog.pro/api/client_blogs/x/posts", true},
		{"published page on a CDN", page, "https://cdn.example.net/blogs/6651bb22cc33dd44ee55ff66/index.html", true},
		{"other JSON from elsewhere", `{"items":[{"text":"<p>x</p>"}]}`, "https://api.example.com/feed", false},
		{"other JSON on the vendor host", `{"status":"ok"}`, "https://example-api.liveblog.pro/api/status", true},
		{"a page without the timeline", `<html><body><article data-post-id="1"><p>x</p></article></body></html>`, "", false},
	})
}

func TestNotLiveBlog(t *testing.T) {
	for _, in := range []string{`{"status":"ok"}`, `{"_items":[],"_meta":{"page":1,"max_results":20,"total":0}}`, `[1,2,3]`} {
		_, err := sitetest.Parse(t, sourcefabric.New(), []byte(in), liveblog.Options{URL: "https://example-api.liveblog.pro/api/client_blogs/x/posts"})
		assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog, in)
	}
}
