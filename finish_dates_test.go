package liveblog_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// clockPage returns an extractor giving clock-only entries (newest first)
// and a page published at published, with no modified date.
func clockPage(published time.Time, clocks ...string) liveblog.Extractor {
	return liveblog.NewExtractor("clocks", nil, func(*liveblog.Document) (*liveblog.Result, error) {
		res := &liveblog.Result{Published: published}
		for _, c := range clocks {
			res.Entries = append(res.Entries, liveblog.Draft{RawTime: c, Text: "Entry at " + c})
		}
		return res, nil
	})
}

// A page's one date may be its first post or its last: the reading that
// puts the clock-only entries nearest to it wins.
func TestPublishedOnlyPageDatesClockEntries(t *testing.T) {
	t.Parallel()
	paris, err := time.LoadLocation("Europe/Paris")
	require.NoError(t, err)
	tests := []struct {
		name      string
		published time.Time
		clocks    []string
		newest    time.Time
		oldest    time.Time
	}{
		{
			// Published when the blog began: the entries follow it.
			name:      "published is the first post",
			published: time.Date(2024, 3, 12, 6, 0, 0, 0, paris),
			clocks:    []string{"14:05", "11:30", "07:10"},
			newest:    time.Date(2024, 3, 12, 14, 5, 0, 0, paris),
			oldest:    time.Date(2024, 3, 12, 7, 10, 0, 0, paris),
		},
		{
			// Published moves with each post: the entries lead up to it.
			name:      "published is the last change",
			published: time.Date(2024, 8, 27, 12, 31, 40, 0, paris),
			clocks:    []string{"12:31", "10:31", "02:02"},
			newest:    time.Date(2024, 8, 27, 12, 31, 0, 0, paris),
			oldest:    time.Date(2024, 8, 27, 2, 2, 0, 0, paris),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			reg := liveblog.NewRegistry()
			require.NoError(t, reg.Register(clockPage(tt.published, tt.clocks...)))
			blog, err := liveblog.NewParser(liveblog.Options{Registry: reg, Location: paris}).Parse(strings.NewReader("<p>page</p>"))
			require.NoError(t, err)
			require.Len(t, blog.Entries, len(tt.clocks))
			first, last := blog.Entries[0].Time, blog.Entries[len(blog.Entries)-1].Time
			assert.Truef(t, tt.newest.Equal(first), "newest %v, want %v", first, tt.newest)
			assert.Truef(t, tt.oldest.Equal(last), "oldest %v, want %v", last, tt.oldest)
		})
	}
}
