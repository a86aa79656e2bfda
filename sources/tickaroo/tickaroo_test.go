package tickaroo_test

import (
	"flag"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
	"github.com/liveblog-go/liveblog/sources/tickaroo"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGolden(t *testing.T) {
	sitetest.Golden(t, tickaroo.New(), *update, "prefetch.json", "events.json")
}

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func checkSchemaBlog(t *testing.T, blog *liveblog.Blog) {
	t.Helper()
	assert.Equal(t, "Spring festival in the old town", blog.Title)
	assert.Equal(t, "Music, markets and a parade through the lanes.", blog.Summary)
	require.Len(t, blog.Entries, 3)

	parade := blog.Entries[0]
	assert.Equal(t, "tik4-event-66239a11", parade.ID, "the permalink's fragment")
	assert.Equal(t, "Parade reaches the square", parade.Title)
	assert.Equal(t, "Drummers lead the floats past the fountain.\n\nThe mayor waves from the town hall balcony.", parade.Text, "the headline is not repeated")
	assert.True(t, parade.Time.Equal(utc("2024-04-20T12:03:00Z")), "%s", parade.Time)
	assert.True(t, parade.Updated.Equal(utc("2024-04-20T12:10:00Z")))
	assert.Equal(t, []string{"Greta Lindqvist"}, parade.Authors)

	food := blog.Entries[1]
	assert.Empty(t, food.Title)
	assert.Equal(t, []string{"Arne Voss", "Greta Lindqvist"}, food.Authors)
	assert.True(t, food.Time.Equal(utc("2024-04-20T10:30:00Z")))

	gates := blog.Entries[2]
	assert.Equal(t, []string{"Festival desk"}, gates.Authors)
	assert.NotEmpty(t, gates.ID, "an update without a permalink gets the library's ID")
	assert.NotContains(t, gates.Text, "Prerendered copy")
}

func TestPrefetch(t *testing.T) {
	url := "https://cdn.tickaroo.com/api/embed/v4/prefetch/liveblog.json?client_id=5f00cc&liveblogId=66230000aa&themeId=64aa00bb"
	checkSchemaBlog(t, sitetest.MustParse(t, tickaroo.New(), sitetest.Fixture(t, "prefetch.json"), liveblog.Options{URL: url}))
}

// TestInitialData reads the same blog when the answer has no "schema":
// the description comes from the web component's initialData attribute.
func TestInitialData(t *testing.T) {
	checkSchemaBlog(t, sitetest.MustParse(t, tickaroo.New(), sitetest.Fixture(t, "initialdata.json"), liveblog.Options{}))
}

func TestEvents(t *testing.T) {
	blog := sitetest.MustParse(t, tickaroo.New(), sitetest.Fixture(t, "events.json"), liveblog.Options{})
	require.Len(t, blog.Entries, 3)
	// 1713571200 is 20 April 2024, midnight UTC.
	sticky := blog.Entries[0]
	assert.Equal(t, "ev-9f31", sticky.ID)
	assert.True(t, sticky.Pinned)
	assert.False(t, sticky.KeyEvent)
	assert.True(t, sticky.Time.Equal(utc("2024-04-20T14:03:00Z")))
	assert.True(t, sticky.Updated.Equal(utc("2024-04-20T14:10:00Z")))
	assert.Equal(t, "Road closures\n\nThe bridge is closed to cars until eight.", sticky.Text)

	inplace := blog.Entries[1]
	assert.True(t, inplace.KeyEvent)
	assert.False(t, inplace.Pinned)
	assert.True(t, inplace.Time.Equal(time.Date(2024, 4, 20, 13, 30, 0, 5e8, time.UTC)), "%s", inplace.Time)
	require.Len(t, inplace.Images, 1)
	assert.Equal(t, liveblog.Image{URL: "https://images.example.org/tik/fireworks.jpg", Alt: "Last year's display", Caption: "Last year's display Invented Studio"}, inplace.Images[0])
	require.Len(t, inplace.Embeds, 1)
	assert.Equal(t, liveblog.EmbedTweet, inplace.Embeds[0].Kind)

	assert.True(t, blog.Entries[2].Time.Equal(utc("2024-04-20T08:00:00Z")))
}

func TestMatch(t *testing.T) {
	prefetch := string(sitetest.Fixture(t, "prefetch.json"))
	events := string(sitetest.Fixture(t, "events.json"))
	sitetest.AssertMatch(t, tickaroo.New(), []sitetest.MatchCase{
		{"prefetch, no URL", prefetch, "", true},
		{"events, no URL", events, "", true},
		{"initialData only", string(sitetest.Fixture(t, "initialdata.json")), "", true},
		{"any JSON from the CDN", `{"html":""}`, "https://cdn.tickaroo.com/api/embed/v4/prefetch/liveblog.json", true},
		{"someone else's html field", `{"html":"<p>hello</p>"}`, "https://api.example.com/x", false},
		{"the host page", `<html><body><tickaroo-liveblog liveblogId="a" clientId="b"></tickaroo-liveblog></body></html>`, "", false},
	})
}

func TestTeaserHasNoEntries(t *testing.T) {
	// The teaser prefetch answers html only, with no schema to read.
	in := `{"html":"<tickaroo-liveblog-teaser liveblogId=\"a\"><div>Latest: something</div></tickaroo-liveblog-teaser>"}`
	_, err := sitetest.Parse(t, tickaroo.New(), []byte(in), liveblog.Options{})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}
