package liveblog_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
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
//
// Every field after Times is optional: an expect file that leaves it out is
// not checked on it, so older expect files keep their meaning.
type webExpect struct {
	Live    bool        `json:"live"`
	Entries int         `json:"entries"`
	Order   string      `json:"order"`
	First   webExpEntry `json:"first"`
	Last    webExpEntry `json:"last"`
	// Times holds one UTC instant per entry, in page order; null for an
	// entry that prints no time at all (a result card, a poll, a match
	// clock only), which must come out with a zero Time.
	Times []*time.Time `json:"times"`
	// Clocks holds the match clock of each entry as the page prints it
	// ("45'+2'", "12.3", "Lap 23/58"), "" for an entry without one.
	// Checked against the Entry field whose JSON name is "clock"; an
	// expect file that lists a non-empty clock fails while Entry has no
	// such field.
	Clocks []string `json:"clocks"`
	// Titles holds every entry's title, "" where the entry has none.
	Titles []string `json:"titles"`
	// KeyEvents and Pinned are the indices of the entries that must carry
	// the flag; every other entry must not.
	KeyEvents []int `json:"key_events"`
	Pinned    []int `json:"pinned"`
	// Embeds holds the number of embeds each entry must have.
	Embeds []int `json:"embeds"`
	// Contains holds, per entry, a phrase its Text must contain ("" = not
	// checked): it tells apart entries that share a standing sentence.
	Contains []string `json:"contains"`
	// Absent holds phrases no entry's Text may contain: page furniture,
	// and the stamps that open entries.
	Absent []string `json:"absent"`
	// Authors holds each entry's first author, "" for none.
	Authors []string `json:"authors"`
	// PageTitle, when set, is the blog's headline as a reader names it:
	// the page's title without the site's name.
	PageTitle string `json:"page_title"`
	// KnownFailure, when set, says why the generic path does not yet
	// read this page right; the page is reported and skipped, unless
	// LIVEBLOG_WEB_KNOWN=1 asks to run it anyway.
	KnownFailure string `json:"known_failure"`
}

type webExpEntry struct {
	// Time is nil (JSON null) when the entry prints no time.
	Time  *time.Time `json:"time"`
	Title string     `json:"title"`
}

// webTolerance is how far an entry's time may be from the expected instant:
// pages print minutes, the machine-readable stamps carry seconds.
const webTolerance = 60 * time.Second

// runKnownFailures reports whether pages marked known_failure are run as
// ordinary tests (LIVEBLOG_WEB_KNOWN=1), to see how far the library is
// from reading them.
func runKnownFailures() bool { return os.Getenv("LIVEBLOG_WEB_KNOWN") == "1" }

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
			checkExpectFile(t, &want)
			if want.KnownFailure != "" && !runKnownFailures() {
				t.Skipf("known failure: %s", want.KnownFailure)
			}

			f, err := os.Open(page)
			require.NoError(t, err)
			defer f.Close()
			blog, err := liveblog.Parse(f)

			if !want.Live {
				if !assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog) && err == nil {
					t.Logf("got %d entries from %s", len(blog.Entries), blog.Extractor)
				}
				return
			}
			require.NoError(t, err)
			got := blog.Entries
			t.Logf("source %q: %d entries, want %d", blog.Extractor, len(got), want.Entries)
			assert.Equal(t, want.Entries, len(got), "entry count")
			if len(got) == 0 {
				return
			}
			checkWebEntries(t, &want, got)
			if want.PageTitle != "" {
				assert.Equal(t, want.PageTitle, blog.Title, "blog title")
			}
		})
	}
}

// checkExpectFile fails on an expect file whose lists disagree with its
// entry count: a typo there would silently weaken the test.
func checkExpectFile(t *testing.T, want *webExpect) {
	t.Helper()
	if !want.Live {
		return
	}
	require.Len(t, want.Times, want.Entries, "expect file: times and entries disagree")
	for name, n := range map[string]int{"clocks": len(want.Clocks), "titles": len(want.Titles), "embeds": len(want.Embeds), "contains": len(want.Contains), "authors": len(want.Authors)} {
		if n != 0 {
			require.Equal(t, want.Entries, n, "expect file: %s and entries disagree", name)
		}
	}
	for _, i := range append(append([]int(nil), want.KeyEvents...), want.Pinned...) {
		require.True(t, i >= 0 && i < want.Entries, "expect file: flag index %d out of range", i)
	}
}

// checkWebEntries compares the entries a page gave with its expect file.
func checkWebEntries(t *testing.T, want *webExpect, got []liveblog.Entry) {
	t.Helper()
	for i := range min(len(got), len(want.Times)) {
		assertWebTime(t, want.Times[i], got[i].Time, "entry %d (%q, raw %q)", i, got[i].Title, got[i].RawTime)
	}
	first, last := got[0], got[len(got)-1]
	assertWebTime(t, want.First.Time, first.Time, "first entry")
	assertWebTime(t, want.Last.Time, last.Time, "last entry")
	assert.Equal(t, want.First.Title, first.Title, "first entry title")
	assert.Equal(t, want.Last.Title, last.Title, "last entry title")

	if want.Titles != nil {
		for i := range min(len(got), len(want.Titles)) {
			assert.Equal(t, want.Titles[i], got[i].Title, "entry %d title", i)
		}
	}
	if want.Clocks != nil {
		checkClocks(t, want.Clocks, got)
	}
	if want.KeyEvents != nil {
		assert.Equal(t, want.KeyEvents, flagged(got, func(e *liveblog.Entry) bool { return e.KeyEvent }), "entries flagged KeyEvent")
	}
	if want.Pinned != nil {
		assert.Equal(t, want.Pinned, flagged(got, func(e *liveblog.Entry) bool { return e.Pinned }), "entries flagged Pinned")
	}
	if want.Embeds != nil {
		for i := range min(len(got), len(want.Embeds)) {
			assert.Len(t, got[i].Embeds, want.Embeds[i], "entry %d (%q) embeds", i, got[i].Title)
		}
	}
	for i := range min(len(got), len(want.Authors)) {
		first := ""
		if len(got[i].Authors) > 0 {
			first = got[i].Authors[0]
		}
		assert.Equal(t, want.Authors[i], first, "entry %d (%q) author", i, got[i].Title)
	}
	for i := range min(len(got), len(want.Contains)) {
		if want.Contains[i] != "" {
			assert.Contains(t, got[i].Text, want.Contains[i], "entry %d (%q) text", i, got[i].Title)
		}
	}
	for i := range got {
		for _, phrase := range want.Absent {
			assert.NotContains(t, got[i].Text, phrase, "entry %d (%q) text", i, got[i].Title)
		}
	}
}

// flagged returns the indices of the entries for which is reports true,
// never nil (an expect file's empty list means "no entry").
func flagged(entries []liveblog.Entry, is func(*liveblog.Entry) bool) []int {
	out := []int{}
	for i := range entries {
		if is(&entries[i]) {
			out = append(out, i)
		}
	}
	return out
}

// entryClockField is the index of the Entry field whose JSON name is
// "clock" (the match clock the issue adds), or -1 while Entry has none:
// the harness compiles against the library as it is and checks clocks as
// soon as the field exists.
var entryClockField = func() int {
	typ := reflect.TypeFor[liveblog.Entry]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "clock" && f.Type.Kind() == reflect.String {
			return i
		}
	}
	return -1
}()

// checkClocks compares every entry's match clock with the expected one.
func checkClocks(t *testing.T, want []string, got []liveblog.Entry) {
	t.Helper()
	if entryClockField < 0 {
		for _, c := range want {
			if c != "" {
				assert.Fail(t, "liveblog.Entry has no string field with JSON name \"clock\"; the expect file lists match clocks")
				return
			}
		}
		return
	}
	for i := range min(len(got), len(want)) {
		clock := reflect.ValueOf(got[i]).Field(entryClockField).String()
		assert.Equal(t, want[i], clock, "entry %d (%q) clock", i, got[i].Title)
	}
}

// assertWebTime checks an entry's time: zero when want is nil, else within
// webTolerance of want.
func assertWebTime(t *testing.T, want *time.Time, got time.Time, format string, args ...any) {
	t.Helper()
	if want == nil {
		if !got.IsZero() {
			assert.Fail(t, "time where the page prints none", append([]any{format + ": want no time, got %s"}, append(args, got.UTC().Format(time.RFC3339))...)...)
		}
		return
	}
	assertNear(t, *want, got, format, args...)
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
