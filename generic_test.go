package liveblog_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

// parseFixture parses a testdata/generic page with the generic extractors
// only.
func parseFixture(t *testing.T, name string) (*liveblog.Blog, error) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "generic", name))
	require.NoError(t, err)
	p := liveblog.NewParser(liveblog.Options{URL: "https://example.com/live", Registry: liveblog.NewRegistry()})
	return p.Parse(bytes.NewReader(data))
}

// TestGenericGolden parses every fixture and compares the liveblog.Blog (or the
// error) with its golden JSON file.
func TestGenericGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "generic", "*.html"))
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	for _, page := range pages {
		name := filepath.Base(page)
		t.Run(name, func(t *testing.T) {
			blog, err := parseFixture(t, name)
			var got any = blog
			if err != nil {
				got = map[string]string{"error": err.Error()}
			}
			testutil.GoldenJSON(t, strings.TrimSuffix(page, ".html")+".golden.json", got, *update)
		})
	}
}

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestGenericSources checks, per source, the behaviour the golden files
// record: which extractor wins, the entries, their times and what the
// bodies leave out.
func TestGenericSources(t *testing.T) {
	tests := []struct {
		page    string
		source  string
		entries int
		check   func(t *testing.T, b *liveblog.Blog)
	}{
		{"jsonld-graph.html", "jsonld", 3, func(t *testing.T, b *liveblog.Blog) {
			assert.Equal(t, "Harbour festival live: boats, bands and a late storm", b.Title)
			e := b.Entries[0]
			assert.Equal(t, "Storm warning issued", e.Title)
			assert.True(t, e.Time.Equal(utc("2024-06-01T10:30:00Z")), e.Time)
			assert.Contains(t, e.Text, `before "the squall" arrives`)
			assert.Equal(t, []string{"Mara Quill"}, e.Authors)
			assert.Equal(t, "upd-3", e.ID)
			band := b.Entries[1]
			assert.Equal(t, []string{"Tomas Reed"}, band.Authors)
			assert.Equal(t, "A twelve-piece band played three marches.\n\nWatch it here.", band.Text)
			assert.Contains(t, band.Links, liveblog.Link{URL: "https://example.com/video/band", Text: "here"})
			assert.Contains(t, band.Embeds, liveblog.Embed{Kind: liveblog.EmbedOther, URL: "https://example.com/media/band.mp4"})
			assert.Equal(t, "Gates open", b.Entries[2].Title, "a second block is read though the first is invalid JSON")
		}},
		{"jsonld-zone-mislabel.html", "structural", 3, func(t *testing.T, b *liveblog.Blog) {
			// The datetime says 16:56Z; JSON-LD says 15:56:32Z for the
			// same entry: a whole hour apart, so the zone was wrong.
			for i, want := range []string{"2023-11-02T15:56:32Z", "2023-11-02T15:48:45Z", "2023-11-02T15:41:01Z"} {
				assert.True(t, b.Entries[i].Time.Equal(utc(want)), "entry %d: %v", i, b.Entries[i].Time)
			}
			assert.Equal(t, "Vento in aumento", b.Entries[0].Title)
			assert.Equal(t, "16:56", b.Entries[0].RawTime)
		}},
		{"jsonld-same-dates.html", "structural", 3, func(t *testing.T, b *liveblog.Blog) {
			// Every JSON-LD update has the same date: the DOM times stand.
			assert.True(t, b.Entries[1].Time.Equal(utc("2023-05-15T11:34:39Z")), b.Entries[1].Time)
			assert.Equal(t, "12.34 BST", b.Entries[1].RawTime)
			assert.Equal(t, []string{"Ana Ortiz"}, b.Entries[1].Authors)
			assert.Equal(t, "Depot closures", b.Entries[1].Title)
			assert.Equal(t, []liveblog.Embed{{Kind: liveblog.EmbedTweet, URL: "https://twitter.com/example/status/12345"}}, b.Entries[1].Embeds)
			assert.NotContains(t, b.Entries[1].Text, "Depot vote tonight")
			assert.Equal(t, "Protesters outside the hall are holding banners about bus fares and parking.", b.Entries[2].Text)
			assert.Equal(t, "Councillors have returned from the break and the vote on the library levy is next.", b.Entries[0].Text)
		}},
		{"microdata.html", "microdata", 2, func(t *testing.T, b *liveblog.Blog) {
			e := b.Entries[0]
			assert.Equal(t, "Eastvale win by four wickets", e.Title)
			assert.Equal(t, "The captain hit the winning boundary with two overs to spare.", e.Text)
			assert.True(t, e.Time.Equal(utc("2023-11-02T15:36:52Z")), e.Time)
			assert.Equal(t, []string{"Desk Editor"}, e.Authors)
			assert.Equal(t, "3", e.ID)
			assert.Equal(t, "https://example.com/score#3", e.URL)
		}},
		{"amp.html", "amp", 2, func(t *testing.T, b *liveblog.Blog) {
			e := b.Entries[0]
			// amp-timeago, not data-sort-time (04:20:06Z).
			assert.True(t, e.Time.Equal(utc("2023-08-14T09:01:52Z")), e.Time)
			assert.Equal(t, "Semi-final", e.Title)
			assert.Equal(t, "The coach confirmed the back four will be unchanged for the semi-final.", e.Text)
			assert.Equal(t, []string{"Pat Lowe"}, e.Authors)
			assert.Equal(t, "post-12", e.ID)
			assert.Equal(t, "Cup semi-final LIVE: team news", b.Title)
		}},
		{"wordpress-plugin.html", "wordpress", 2, func(t *testing.T, b *liveblog.Blog) {
			e := b.Entries[0]
			assert.True(t, e.Time.Equal(time.Unix(1699999200, 0)), e.Time)
			assert.Equal(t, []string{"Kim Novak"}, e.Authors)
			assert.Equal(t, "First results are in from the northern wards, turnout looks higher than last time.", e.Text)
			assert.Equal(t, "liveblog-entry-303", e.ID)
		}},
		{"hatom.html", "wordpress", 3, func(t *testing.T, b *liveblog.Blog) {
			e := b.Entries[0]
			assert.Equal(t, "Winner crosses the line", e.Title)
			assert.True(t, e.Time.Equal(utc("2024-04-21T10:02:00Z")), e.Time)
			assert.Equal(t, []string{"Lee Park"}, e.Authors)
			assert.Equal(t, "The winner finished in two hours and six minutes after a late surge on the embankment.", e.Text)
		}},
		{"structural-containers.html", "structural", 3, func(t *testing.T, b *liveblog.Blog) {
			e := b.Entries[0]
			assert.True(t, e.Time.Equal(time.UnixMilli(1722888018921)), e.Time)
			assert.Equal(t, "21:00", e.RawTime)
			assert.Equal(t, []string{"Sam Price"}, e.Authors)
			assert.Equal(t, "Sandbags handed out at the leisure centre", e.Title)
			assert.Equal(t, "Volunteers have filled more than two thousand sandbags since lunchtime and are loading vans.", e.Text)
			assert.True(t, b.Entries[1].KeyEvent)
			assert.Empty(t, b.Entries[1].Authors)
			assert.Equal(t, []liveblog.Image{{URL: "https://example.com/img/weir.jpg", Alt: "The weir at dusk", Caption: "The weir this evening"}}, b.Entries[1].Images)
			assert.Equal(t, []liveblog.Embed{{Kind: liveblog.EmbedYouTube, URL: "https://www.youtube.com/embed/abc123"}}, b.Entries[2].Embeds)
			assert.Equal(t, "Flooding LIVE: river peaks overnight", b.Title)
		}},
		{"structural-headings.html", "structural", 3, func(t *testing.T, b *liveblog.Blog) {
			assert.Equal(t, "Hagelkörner so groß wie Murmeln", b.Entries[0].Title)
			assert.Equal(t, "12.31 Uhr", b.Entries[0].RawTime)
			assert.Equal(t, "Wegen umgestürzter Bäume sind zwei Kreisstraßen südlich des Sees gesperrt worden.\n\nDie Feuerwehr rechnet mit Aufräumarbeiten bis zum Abend.", b.Entries[1].Text)
			assert.NotContains(t, b.Entries[2].Text, "Archiv", "a heading without a clock ends the entry")
		}},
		{"structural-bold.html", "structural", 3, func(t *testing.T, b *liveblog.Blog) {
			assert.Equal(t, "15.05 GMT", b.Entries[0].RawTime)
			assert.True(t, b.Entries[0].Time.Equal(utc("2024-03-06T15:05:00Z")), b.Entries[0].Time)
			assert.Equal(t, "Fuel duty frozen", b.Entries[1].Title)
			assert.Equal(t, "Fuel duty will stay frozen for another year, the chancellor told the Commons.", b.Entries[1].Text)
		}},
		{"structural-labels.html", "structural", 4, func(t *testing.T, b *liveblog.Blog) {
			// Plain <span> labels, no <time>: the screen-reader twin
			// "Geplaatst om 15:12" is not part of the printed time; the
			// clocks are read in the zone of lang="nl" (CEST in June).
			assert.Equal(t, "15:12", b.Entries[0].RawTime)
			for i, want := range []string{"2024-06-11T13:12:00Z", "2024-06-11T11:47:00Z", "2024-06-11T09:05:00Z", "2024-06-11T05:10:00Z"} {
				assert.True(t, b.Entries[i].Time.Equal(utc(want)), "entry %d: %v", i, b.Entries[i].Time)
			}
			assert.Equal(t, "", b.Entries[1].Title, "a reader question has no headline")
			assert.Equal(t, "Windstoten tot 110 kilometer per uur gemeten", b.Entries[2].Title)
			assert.NotContains(t, b.Entries[0].Text, "15:12")
		}},
		{"structural-ticker-markers.html", "structural", 4, func(t *testing.T, b *liveblog.Blog) {
			// "+++ 00:40 Title +++" headings, newest first across midnight.
			assert.Equal(t, "Wahlabend endet mit knappem Ergebnis", b.Entries[0].Title)
			assert.Equal(t, "00:40", b.Entries[0].RawTime)
			for i, want := range []string{"2024-09-22T22:40:00Z", "2024-09-22T22:05:00Z", "2024-09-22T21:58:00Z", "2024-09-22T21:10:00Z"} {
				assert.True(t, b.Entries[i].Time.Equal(utc(want)), "entry %d: %v", i, b.Entries[i].Time)
			}
			for _, e := range b.Entries {
				assert.NotContains(t, e.Title+e.Text, "+++")
			}
		}},
		{"structural-entry-ids.html", "structural", 3, func(t *testing.T, b *liveblog.Blog) {
			// liveblog-entry- ids without times: the WordPress reader
			// steps aside and the structural fallback finds the times
			// beside them.
			assert.True(t, b.Entries[0].Time.Equal(utc("2024-04-21T11:40:00Z")), b.Entries[0].Time)
			assert.Equal(t, "Last runners reach the finish", b.Entries[0].Title)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			b, err := parseFixture(t, tt.page)
			require.NoError(t, err)
			assert.Equal(t, tt.source, b.Extractor)
			require.Len(t, b.Entries, tt.entries)
			tt.check(t, b)
		})
	}
}

// TestGenericTraps checks that ordinary pages with live-blog look-alikes
// are not live blogs.
func TestGenericTraps(t *testing.T) {
	for _, page := range []string{
		"trap-css-only.html",         // live-blog class names only in CSS and config
		"trap-sidebar-teasers.html",  // three timestamped teaser links beside an article
		"trap-numbered-list.html",    // "1. …" subheadings and a timetable list
		"trap-qa-subheadings.html",   // question subheadings
		"trap-comments.html",         // timestamped reader comments
		"trap-blog-index.html",       // hAtom posts days apart
		"trap-dated-chronology.html", // printed date labels months apart, clocks in order
		"trap-section-listing.html",  // a CollectionPage of timestamped stories with linked headlines
		"trap-timeline-article.html", // "06:10 – …" paragraphs of a same-day timeline in an article
		"trap-schedule-dl.html",      // a programme as <dt>10:00</dt><dd>…</dd>
		"trap-programme-list.html",   // a programme as <li><strong>12:00</strong> …</li>
		"trap-timetable.html",        // a timetable of clocks in table cells
	} {
		t.Run(page, func(t *testing.T) {
			_, err := parseFixture(t, page)
			assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
		})
	}
}
