package liveblog_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// textWant is one expected entry of a copied page, worked out by reading
// the fixture.
type textWant struct {
	time    string   // RFC 3339
	title   string   // exact
	text    string   // the start of the entry's text
	authors []string // exact; nil for none
	key     bool     // KeyEvent
}

// textCase is a copied page and what a reader sees in it.
type textCase struct {
	file    string
	url     string
	zone    string
	now     string // RFC 3339; "" reads the page without a reference time
	title   string
	entries []textWant
	// lastText is the whole text of the last entry: the page's
	// furniture after it is not part of it.
	lastText string
}

func loadZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	require.NoError(t, err)
	return loc
}

func runTextCase(t *testing.T, tc textCase) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "text", tc.file))
	require.NoError(t, err)
	opts := liveblog.Options{URL: tc.url, Location: loadZone(t, tc.zone)}
	if tc.now != "" {
		opts.Now, err = time.Parse(time.RFC3339, tc.now)
		require.NoError(t, err)
	}
	blog, err := liveblog.NewParser(opts).Parse(strings.NewReader(string(data)))
	require.NoError(t, err)
	assert.Equal(t, "text", blog.Source)
	assert.Equal(t, tc.title, blog.Title, "page title")
	require.Len(t, blog.Entries, len(tc.entries), "entries")
	for i, w := range tc.entries {
		e := blog.Entries[i]
		want, err := time.Parse(time.RFC3339, w.time)
		require.NoError(t, err)
		assert.Truef(t, want.Equal(e.Time), "entry %d: time %v, want %v (raw %q)", i, e.Time, want, e.RawTime)
		assert.Equalf(t, w.title, e.Title, "entry %d: title", i)
		assert.Truef(t, strings.HasPrefix(e.Text, w.text), "entry %d: text %q does not start with %q", i, e.Text, w.text)
		assert.Equalf(t, w.authors, e.Authors, "entry %d: authors", i)
		assert.Equalf(t, w.key, e.KeyEvent, "entry %d: key event", i)
	}
	if tc.lastText != "" {
		assert.Equal(t, tc.lastText, blog.Entries[len(blog.Entries)-1].Text, "last entry ends where its text ends")
	}
}

// A German regional ticker: stamps inline with their headline ("18.32
// Uhr: …"), an overview list of headlines ending in "(HH.MM Uhr)" above
// the stream, the article's own date and time above it, a date heading
// and related stories with their dates below the last entry.
func TestTextInlineStampsTicker(t *testing.T) {
	t.Parallel()
	entries := func(firstTitle string) []textWant {
		return []textWant{
			{time: "2024-06-04T16:32:00Z", title: firstTitle, text: "Die Bergwacht hat am Abend vier Wanderer"},
			{time: "2024-06-04T14:05:00Z", title: "Gewitterwarnung bis in die Nacht verlängert", text: "Der Wetterdienst hat seine Warnung"},
			{time: "2024-06-04T09:47:00Z", title: "Straße ins Tal wieder frei", text: "Nach einem Murenabgang in der Nacht"},
			{time: "2024-06-04T05:10:00Z", title: "Hüttenwirte melden volle Lager", text: "Viele Berghütten sind nach dem Wettersturz"},
		}
	}
	const last = "Viele Berghütten sind nach dem Wettersturz ausgebucht, weil Gäste ihren Abstieg verschoben haben. Die Wirte bitten darum, vor dem Aufstieg anzurufen."
	const title = "Alpen-Ticker: Bergwacht holt Wanderer vom Grat"
	for _, tc := range []textCase{
		{file: "alpine-ticker.browser.txt", now: "2024-06-04T17:00:00Z", entries: entries("Bergwacht holt Wanderer vom Grat")},
		// Without a reference time, and read five days later: the
		// page's own date and time above the stream date it.
		{file: "alpine-ticker.browser.txt", entries: entries("Bergwacht holt Wanderer vom Grat")},
		{file: "alpine-ticker.browser.txt", now: "2024-06-09T08:00:00Z", entries: entries("Bergwacht holt Wanderer vom Grat")},
		{file: "alpine-ticker.lynx.txt", now: "2024-06-04T17:00:00Z", entries: entries("Bergwacht holt Wanderer vom Grat unterhalb des Gipfels nach einem langen Einsatz")},
		{file: "alpine-ticker.lynx.txt", entries: entries("Bergwacht holt Wanderer vom Grat unterhalb des Gipfels nach einem langen Einsatz")},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			tc.zone, tc.title, tc.lastText = "Europe/Berlin", title, last
			runTextCase(t, tc)
		})
	}
}

// A sports live page: the date printed apart from each clock (one part
// a line in a browser copy, glued into "June04202417:05 (CEST)" in a
// text browser's), headlines ending in "!" on a page whose other entries
// have plain headlines, share buttons after each entry, an "Updated:"
// line dating the page.
func TestTextSplitDatesAndExclaimedTitles(t *testing.T) {
	t.Parallel()
	want := []textWant{
		{time: "2024-06-04T15:05:00Z", title: "Stage 4 Live: That's a wrap!", text: "That is all from a windy day on the coast."},
		{time: "2024-06-04T14:51:00Z", title: "Stage 4 Live: Moreau wins in Saint-Brieuc!", text: "Lucas Moreau crosses the line alone"},
		{time: "2024-06-04T14:38:00Z", title: "Stage 4 Live: Moreau goes solo", text: "Lucas Moreau attacks on the last climb"},
		{time: "2024-06-04T14:12:00Z", title: "Stage 4 Live: Crash in the bunch!", text: "Several riders go down on a wet roundabout."},
		{time: "2024-06-04T13:42:00Z", title: "Stage 4 Live: Gap falls to one minute", text: "The peloton is closing in"},
	}
	for _, tc := range []textCase{
		{file: "stage-race.browser.txt", now: "2024-06-04T16:00:00Z"},
		{file: "stage-race.browser.txt"},
		{file: "stage-race.w3m.txt", now: "2024-06-04T16:00:00Z"},
		{file: "stage-race.w3m.txt"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			tc.zone, tc.entries = "Europe/Paris", want
			tc.url = "https://sport.example.com/cycling/stage-4-live-updates-tour-de-louest-2024-breakaway-survives-5512345"
			tc.title = "Stage 4 Live Updates, Tour de l'Ouest 2024: Breakaway Survives As Moreau Takes Solo Win In Saint-Brieuc"
			tc.lastText = "The peloton is closing in as the teams of the sprinters take turns on the front."
			runTextCase(t, tc)
		})
	}
}

// A politics live blog of a British paper: each entry's relative time
// above (or glued to) its clock, a key-events list of relative times and
// headlines, a pinned copy of an entry above the stream, "Updated at"
// lines, video lengths, an author line the entry then names, the
// paper's dateline, related stories with their relative times below.
func TestTextOneStampPerEntry(t *testing.T) {
	t.Parallel()
	want := []textWant{
		{time: "2024-06-04T13:49:00Z", text: "Priya Natarajan reports from Cardiff\n\nThe presiding officer has confirmed", authors: []string{"Priya Natarajan"}},
		{time: "2024-06-04T13:30:00Z", title: "Confidence vote set for Wednesday afternoon", text: "The opposition leader has tabled the motion"},
		{time: "2024-06-04T13:15:00Z", text: "Business groups have urged all sides"},
		{time: "2024-06-04T12:50:00Z", title: "Budget talks collapse after late-night session", text: "Talks between the government and the opposition"},
		{time: "2024-06-04T11:40:00Z", title: "Unions warn over frozen pay offer", text: "Public sector unions say a freeze"},
	}
	for _, tc := range []textCase{
		{file: "senedd-live.browser.txt", now: "2024-06-04T14:00:00Z",
			lastText: "Public sector unions say a freeze on next year's pay offer would mean strikes in the autumn.\n\nThe first minister arriving at the chamber this morning. Photograph: Example Agency"},
		{file: "senedd-live.browser.txt"},
		{file: "senedd-live.lynx.txt", now: "2024-06-04T14:00:00Z"},
		{file: "senedd-live.lynx.txt"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			tc.zone, tc.entries = "Europe/London", want
			tc.url = "https://ledger.example.co.uk/politics/live/2024/jun/04/wales-politics-live-confidence-vote-budget"
			tc.title = "Wales politics live: first minister faces confidence vote as budget talks collapse"
			runTextCase(t, tc)
		})
	}
}
