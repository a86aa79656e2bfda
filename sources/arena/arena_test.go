package arena_test

import (
	"flag"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/arena"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGolden(t *testing.T) {
	sitetest.Golden(t, arena.New(), *update, "liveblog.json")
}

// at is 15 June 2024 at h:m UTC (1718496000 is midnight on the 16th).
func at(h, m int) time.Time { return time.Date(2024, 6, 15, h, m, 0, 0, time.UTC) }

func TestLiveblog(t *testing.T) {
	url := "https://cached-api.arena.im/v1/liveblog/citynews/q7Rt2xa"
	blog := sitetest.MustParse(t, arena.New(), sitetest.Fixture(t, "liveblog.json"), liveblog.Options{URL: url})
	assert.Equal(t, "City marathon 2024: live", blog.Title)
	assert.Equal(t, "Follow the runners from the start line to the park.", blog.Summary)
	assert.Equal(t, "en-gb", blog.Language)
	assert.True(t, blog.Published.Equal(at(18, 0)))
	assert.True(t, blog.Updated.Equal(at(20, 20)))
	require.Len(t, blog.Entries, 3)

	win := blog.Entries[0]
	assert.Equal(t, "-Nx9a3c", win.ID)
	assert.Equal(t, "Winner crosses the line", win.Title)
	assert.True(t, win.Time.Equal(at(20, 15)), "%s", win.Time)
	assert.True(t, win.Updated.Equal(at(20, 20)))
	assert.True(t, win.Pinned)
	assert.Equal(t, []string{"Lena Oyelaran"}, win.Authors)
	assert.Equal(t, "The winner finished in 2:09:41, a course record.", win.Text)

	water := blog.Entries[1]
	assert.True(t, water.KeyEvent)
	assert.True(t, water.Time.Equal(at(19, 30)))
	assert.Equal(t, []string{"Marc Duval"}, water.Authors)

	start := blog.Entries[2]
	assert.Empty(t, start.Authors)
	assert.True(t, start.Time.Equal(at(19, 0)))
	assert.Equal(t, "The elite field set off on time.\n\nTwenty thousand follow them.", start.Text)
	assert.NotContains(t, start.HTML, "onclick")
}

func TestMatch(t *testing.T) {
	lb := string(sitetest.Fixture(t, "liveblog.json"))
	sitetest.AssertMatch(t, arena.New(), []sitetest.MatchCase{
		{"liveblog, no URL", lb, "", true},
		{"liveblog from the cached API", lb, "https://cached-api.arena.im/v1/liveblog/citynews/q7Rt2xa", true},
		{"a posts list without eventInfo", `{"posts":[{"message":{"text":"x"}}]}`, "", false},
		{"the embed page", `<html><body><div class="arena-liveblog" data-publisher="a" data-event="b"></div></body></html>`, "", false},
	})
}

func TestEmptyBlog(t *testing.T) {
	_, err := sitetest.Parse(t, arena.New(), []byte(`{"eventInfo":{"name":"Soon"},"posts":[]}`), liveblog.Options{})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}
