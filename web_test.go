package liveblog_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// webExpect is the expected result for one page under testdata/web: what a
// careful reader sees on it. testdata/web/MANIFEST.md says where each page's
// structure comes from.
type webExpect struct {
	Live    bool        `json:"live"`
	Entries int         `json:"entries"`
	Order   string      `json:"order"`
	First   webExpEntry `json:"first"`
	Last    webExpEntry `json:"last"`
	Times   []time.Time `json:"times"`
	// KnownFailure, when set, says why the generic path does not yet
	// read this page right; the page is reported and skipped.
	KnownFailure string `json:"known_failure"`
}

type webExpEntry struct {
	Time  time.Time `json:"time"`
	Title string    `json:"title"`
}

// webTolerance is how far an entry's time may be from the expected instant:
// pages print minutes, the machine-readable stamps carry seconds.
const webTolerance = 60 * time.Second

// TestWeb parses live blogs (and look-alikes) from sites that have no
// adapter, with the root package alone, and compares the entries with what
// a reader sees on each page.
func TestWeb(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "web", "*.html"))
	require.NoError(t, err)
	require.NotEmpty(t, pages, "no fixtures under testdata/web")

	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			raw, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".expect.json")
			require.NoError(t, err)
			var want webExpect
			require.NoError(t, json.Unmarshal(raw, &want))
			if want.KnownFailure != "" {
				t.Skipf("known failure: %s", want.KnownFailure)
			}

			f, err := os.Open(page)
			require.NoError(t, err)
			defer f.Close()
			blog, err := liveblog.Parse(f)

			if !want.Live {
				if !assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog) && err == nil {
					t.Logf("got %d entries from %s", len(blog.Entries), blog.Source)
				}
				return
			}
			require.NoError(t, err)
			require.Len(t, want.Times, want.Entries, "expect file: times and entries disagree")
			got := blog.Entries
			t.Logf("source %q: %d entries, want %d", blog.Source, len(got), want.Entries)
			assert.Len(t, got, want.Entries, "entry count")
			if len(got) == 0 {
				return
			}

			for i := range min(len(got), len(want.Times)) {
				assertNear(t, want.Times[i], got[i].Time, "entry %d (%q, raw %q)", i, got[i].Title, got[i].RawTime)
			}
			first, last := got[0], got[len(got)-1]
			assertNear(t, want.First.Time, first.Time, "first entry")
			assertNear(t, want.Last.Time, last.Time, "last entry")
			assert.Equal(t, want.First.Title, first.Title, "first entry title")
			assert.Equal(t, want.Last.Title, last.Title, "last entry title")
		})
	}
}

// assertNear reports whether got is within webTolerance of want.
func assertNear(t *testing.T, want, got time.Time, format string, args ...any) {
	t.Helper()
	if got.IsZero() {
		assert.Fail(t, "no time", append([]any{format + ": want %s"}, append(args, want.UTC().Format(time.RFC3339))...)...)
		return
	}
	d := got.Sub(want)
	if d < 0 {
		d = -d
	}
	assert.LessOrEqual(t, d, webTolerance, append([]any{format + ": want %s, got %s"}, append(args, want.UTC().Format(time.RFC3339), got.UTC().Format(time.RFC3339))...)...)
}
