package liveblog_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// reconcilePage builds a live blog whose JSON-LD lists updates posts,
// ten minutes apart from 09:00 UTC, and whose markup shows the newest
// shown of them (the rest are loaded by a script, or were never on this
// page).
func reconcilePage(updates, shown int) string {
	at := func(i int) time.Time {
		return time.Date(2024, 5, 2, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * 10 * time.Minute)
	}
	var ld, dom strings.Builder
	for i := updates - 1; i >= 0; i-- {
		body := fmt.Sprintf("Update number %d from the valley: the river gauge at the mill read %d centimetres and falling.", i, 300-i)
		if ld.Len() > 0 {
			ld.WriteString(",")
		}
		fmt.Fprintf(&ld, `{"@type":"BlogPosting","headline":"Gauge reading %d","articleBody":%q,"datePublished":%q,"url":"https://valley.example/flood-live#p%d"}`,
			i, body, at(i).Format(time.RFC3339), i)
		if updates-1-i < shown {
			fmt.Fprintf(&dom, `<article class="post" id="p%d"><time datetime=%q>%s</time><h2>Gauge reading %d</h2><p>%s</p></article>`+"\n",
				i, at(i).Format(time.RFC3339), at(i).Format("15:04"), i, body)
		}
	}
	return `<html lang="en"><head><title>Flood live: river levels</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Flood live: river levels","liveBlogUpdate":[` + ld.String() + `]}</script>
</head><body><main><h1>Flood live: river levels</h1><div class="posts">` + dom.String() + `</div><button class="load-more">More posts</button></main></body></html>`
}

// TestReconcileRecoversLostPosts: a page whose JSON-LD lists six dated
// updates gives six entries, whatever its markup shows.
func TestReconcileRecoversLostPosts(t *testing.T) {
	t.Parallel()
	blog, err := liveblog.Parse(strings.NewReader(reconcilePage(6, 2)))
	require.NoError(t, err)
	require.Len(t, blog.Entries, 6)
	for k, e := range blog.Entries {
		i := 5 - k // newest first
		assert.Equal(t, fmt.Sprintf("Gauge reading %d", i), e.Title)
		assert.True(t, e.Time.Equal(time.Date(2024, 5, 2, 9, 0, 0, 0, time.UTC).Add(time.Duration(10*i)*time.Minute)), "entry %d: %v", k, e.Time)
		assert.Contains(t, e.Text, fmt.Sprintf("Update number %d", i))
	}
}

// TestReconcileKeepsTheWindowOfAHistory: a JSON-LD list of a blog's whole
// history (hundreds of updates) does not add the posts before the ones
// the page shows.
func TestReconcileKeepsTheWindowOfAHistory(t *testing.T) {
	t.Parallel()
	blog, err := liveblog.Parse(strings.NewReader(reconcilePage(120, 4)))
	require.NoError(t, err)
	require.Len(t, blog.Entries, 4)
	assert.Equal(t, "Gauge reading 119", blog.Entries[0].Title)
	assert.Equal(t, "Gauge reading 116", blog.Entries[3].Title)
}
