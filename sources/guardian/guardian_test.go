package guardian_test

import (
	"flag"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/guardian"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGolden(t *testing.T) {
	sitetest.Golden(t, guardian.New(), *update, "liveblog.html")
}

// TestFixture checks the fields the golden file holds that matter most,
// so that a careless -update cannot hide a regression in them.
func TestFixture(t *testing.T) {
	blog := sitetest.MustParse(t, guardian.New(), sitetest.Fixture(t, "liveblog.html"), liveblog.Options{})
	require.Len(t, blog.Entries, 4, "the pinned copy is not a fifth entry")
	// The time label, the footer and the relative time stay out.
	sitetest.AssertNoChrome(t, blog, "BST", "Updated at", "ago")

	ids := make([]string, len(blog.Entries))
	for i, e := range blog.Entries {
		ids[i] = e.ID
		assert.Equal(t, "https://www.theguardian.com/culture/live/2024/jun/08/harbour-festival-live-tall-ships?page=with:"+e.ID+"#"+e.ID, e.URL)
	}
	assert.Equal(t, []string{
		"block-66643b778f08aa1122334466",
		"block-66643a0f8f08aa1122334455",
		"block-666430118f08aa1122334401",
		"block-666428448f08aa1122334400",
	}, ids)

	first := blog.Entries[0]
	assert.True(t, first.Time.Equal(time.Date(2024, 6, 8, 10, 41, 30, 0, time.UTC)), "time from datetime, got %s", first.Time)
	assert.Equal(t, "11.41 BST", first.RawTime)
	assert.Equal(t, []string{"Ada Reporter"}, first.Authors)
	assert.True(t, strings.HasPrefix(first.Text, "Ada Reporter is on the harbour wall\n\nA brass band"), "the italic line is body, the header name is not: %q", first.Text)
	require.Len(t, first.Images, 1)
	assert.Equal(t, "A ship with red sails at the quay. Photograph: Invented Agency", first.Images[0].Caption)
	assert.False(t, first.KeyEvent || first.Pinned)

	video := blog.Entries[1]
	assert.Equal(t, "First ship clears the breakwater", video.Title)
	assert.True(t, video.KeyEvent)
	assert.False(t, video.Pinned)
	assert.Equal(t, []liveblog.Embed{{Kind: liveblog.EmbedYouTube, URL: "https://www.youtube.com/watch?v=Ab-3_xYz9Q0"}}, video.Embeds)
	assert.NotContains(t, video.Text, "00:52")

	pinned := blog.Entries[2]
	assert.True(t, pinned.Pinned)
	assert.True(t, pinned.KeyEvent)
	assert.True(t, pinned.Updated.Equal(time.Date(2024, 6, 8, 9, 20, 0, 0, time.UTC)))
	assert.Equal(t, "The council has shut the quayside road until the evening parade has passed.", pinned.Text)

	tweet := blog.Entries[3]
	assert.Equal(t, []liveblog.Embed{{Kind: liveblog.EmbedTweet, URL: "https://twitter.com/InventedHarbour/status/1799000000000000001"}}, tweet.Embeds)
	assert.NotContains(t, tweet.Text, "lock gates", "the tweet is an embed, not body text")

	assert.Equal(t, "https://www.theguardian.com/culture/live/2024/jun/08/harbour-festival-live-tall-ships?page=with:block-666420008f08aa1122330099&filterKeyEvents=false", blog.Older)
	assert.Empty(t, blog.Newer, "the first page has no newer page")
	assert.Equal(t, "Harbour festival live: tall ships arrive as crowds line the quay", blog.Title)
}

// TestPinnedOffPage checks that a pinned post whose block is on another
// page is still returned, once, at the top.
func TestPinnedOffPage(t *testing.T) {
	page := string(sitetest.Fixture(t, "liveblog.html"))
	// Drop the stream copy of the pinned block.
	start := strings.Index(page, `<article id="block-666430118f08aa1122334401"`)
	end := start + strings.Index(page[start:], "</article>") + len("</article>")
	require.Positive(t, start)
	page = page[:start] + page[end:]

	blog, err := sitetest.Parse(t, guardian.New(), []byte(page), liveblog.Options{Location: time.UTC, Now: time.Date(2024, 6, 8, 11, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	require.Len(t, blog.Entries, 4)
	top := blog.Entries[0]
	assert.Equal(t, "block-666430118f08aa1122334401", top.ID)
	assert.True(t, top.Pinned)
	assert.True(t, top.KeyEvent)
	assert.Equal(t, "Quay closed to traffic", top.Title)
	assert.Equal(t, "10.15 BST", top.RawTime)
	for _, e := range blog.Entries[1:] {
		assert.False(t, e.Pinned, e.ID)
	}
}

func TestNotLiveBlog(t *testing.T) {
	_, err := sitetest.Parse(t, guardian.New(), sitetest.Fixture(t, "article.html"), liveblog.Options{})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}

func TestMatch(t *testing.T) {
	live := string(sitetest.Fixture(t, "liveblog.html"))
	bare := `<html><head><meta property="og:site_name" content="the Guardian"></head><body></body></html>`
	other := `<html><head><meta property="og:site_name" content="The Observer Gazette"></head><body></body></html>`
	sitetest.AssertMatch(t, guardian.New(), []sitetest.MatchCase{
		{"canonical link", live, "", true},
		{"given URL", live, "https://www.theguardian.com/world/live/2024/jan/01/x", true},
		{"subdomain", bare, "https://amp.theguardian.com/world/live/2024/jan/01/x", true},
		{"site name without URL", bare, "", true},
		{"other site's URL wins over markup", live, "https://www.example.com/live", false},
		{"look-alike host", bare, "https://theguardian.com.example.net/x", false},
		{"other site without URL", other, "", false},
	})
}

const corpusPage = "guardian-russia-ukraine-war-live-2023-05-15.html"

func TestCorpus(t *testing.T) {
	// Parsed with the adapter alone: Match accepts the page by its
	// canonical link.
	blog, _ := sitetest.Corpus(t, guardian.New(), corpusPage)
	require.Len(t, blog.Entries, 10)
	sitetest.AssertRawTimes(t, blog, `^\d\d\.\d\d BST$`)
	sitetest.AssertNoChrome(t, blog, "BST", "Updated at", "m ago", "Share on")

	// The carousel and the pinned post mark three of the ten blocks; the
	// pinned one (the label's entry 5) stays at its place in the feed.
	var keyEvents, pinned []int
	for i, e := range blog.Entries {
		if e.KeyEvent {
			keyEvents = append(keyEvents, i)
		}
		if e.Pinned {
			pinned = append(pinned, i)
		}
		assert.True(t, strings.HasPrefix(e.ID, "block-"), e.ID)
		assert.True(t, strings.HasSuffix(e.URL, "?page=with:"+e.ID+"#"+e.ID), e.URL)
		// Times come from the DOM: the JSON-LD's shared 11:50:54Z would
		// make all ten equal.
		if i > 0 {
			assert.True(t, e.Time.Before(blog.Entries[i-1].Time), "entry %d is older than entry %d", i, i-1)
		}
	}
	assert.Equal(t, []int{2, 5, 9}, keyEvents)
	assert.Equal(t, []int{5}, pinned)

	assert.Equal(t, []string{"Jennifer Rankin"}, blog.Entries[0].Authors)
	assert.Contains(t, blog.Older, "?page=with:block-")
	assert.Empty(t, blog.Newer)
	embedKinds := map[liveblog.EmbedKind]int{}
	for _, e := range blog.Entries {
		for _, em := range e.Embeds {
			embedKinds[em.Kind]++
		}
	}
	assert.Equal(t, map[liveblog.EmbedKind]int{liveblog.EmbedYouTube: 1, liveblog.EmbedTweet: 1}, embedKinds)
}

func TestCorpusNegative(t *testing.T) {
	data := sitetest.CorpusFile(t, "negative-guardian-valencia-fire-2024-02-24.html")
	got := sitetest.Matches(t, data, liveblog.Options{}, guardian.New())
	assert.True(t, got[guardian.Name], "the adapter recognises its own site")
	_, err := sitetest.Parse(t, guardian.New(), data, liveblog.Options{})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}
