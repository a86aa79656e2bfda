package liveblog_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

// largeBlogEntries is the size of the generated blog: far past any cap a
// generic extractor might keep, as issue 14 §4 asks.
const largeBlogEntries = 2000

// largeKnownFailure says, per variant of the generated blog, why the
// library does not read it yet; such a variant is skipped (and run with
// LIVEBLOG_WEB_KNOWN=1), like a known_failure fixture under testdata/web.
var largeKnownFailure = map[string]string{}

// TestWebLargeBlog parses a generated live blog of 2,000 entries and
// expects every entry, in page order, with its own time and title.
func TestWebLargeBlog(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	// February: one offset (CET) across the whole blog.
	newest := time.Date(2024, time.February, 20, 21, 13, 0, 0, loc)
	entries := testutil.LargeBlogEntries(newest, largeBlogEntries)
	require.True(t, entries[len(entries)-1].At.Before(newest.Add(-72*time.Hour)), "the generated blog should span several midnights")

	for _, variant := range []string{"datetime", "clock-only"} {
		t.Run(variant, func(t *testing.T) {
			if why := largeKnownFailure[variant]; why != "" && !runKnownFailures() {
				t.Skipf("known failure: %s", why)
			}
			page := testutil.LargeBlogHTML(entries, loc, variant == "clock-only")
			start := time.Now()
			blog, err := liveblog.Parse(strings.NewReader(page))
			require.NoError(t, err)
			t.Logf("%d bytes, %d entries from %q in %s", len(page), len(blog.Entries), blog.Extractor, time.Since(start))
			assert.Equal(t, len(entries), len(blog.Entries), "entry count")
			bad := 0
			for i := range min(len(entries), len(blog.Entries)) {
				got := blog.Entries[i]
				ok := assert.Equal(t, entries[i].Title, got.Title, "entry %d title", i) &&
					assert.WithinDuration(t, entries[i].At, got.Time, webTolerance, "entry %d (%q, raw %q) time", i, got.Title, got.RawTime)
				if !ok {
					if bad++; bad >= 10 {
						t.Fatalf("stopping after %d wrong entries", bad)
					}
				}
			}
		})
	}
}
