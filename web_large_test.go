package liveblog_test

import (
	"fmt"
	"html"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// largeBlogEntries is the size of the generated blog: far past any cap a
// generic extractor might keep, as issue 14 §4 asks.
const largeBlogEntries = 2000

// largeKnownFailure says, per variant of the generated blog, why the
// library does not read it yet; such a variant is skipped (and run with
// LIVEBLOG_WEB_KNOWN=1), like a known_failure fixture under testdata/web.
var largeKnownFailure = map[string]string{}

// Word lists for the generated entries. Their lengths (11, 13, 17) are
// pairwise coprime, so entry i's title (one word of each, picked by i
// modulo the length) is distinct for every i below 11*13*17 = 2431.
var (
	largeSubjects = []string{"Feuerwehr", "Stadtrat", "Polizei", "Wetterdienst", "Bahn", "Klinikum", "Schulamt", "Hafenbehörde", "Stadtwerke", "Landrat", "Bürgermeisterin"}
	largeVerbs    = []string{"meldet Einsatz", "warnt vor Glätte", "sperrt Straße", "öffnet Notunterkunft", "räumt Gleise", "verschiebt Termin", "bittet um Geduld", "ändert Fahrplan", "zieht Bilanz", "ruft zu Vorsicht auf", "verstärkt Personal", "prüft Schäden", "hebt Warnung auf"}
	largePlaces   = []string{"am Nordhafen", "in der Altstadt", "an der Ringstraße", "im Westend", "am Bahnhof", "in Oberdorf", "an der Brücke", "im Industriegebiet", "am Marktplatz", "in Unterau", "an der Umgehung", "im Kurviertel", "am Flughafen", "in Seeheim", "an der Schleuse", "im Messegelände", "am Stadion"}
	largeDetails  = []string{"Nach ersten Angaben ist niemand verletzt worden.", "Die Lage soll sich im Laufe des Abends entspannen.", "Anwohner werden gebeten, Fenster und Türen geschlossen zu halten.", "Ein Sprecher kündigte weitere Informationen an.", "Die Arbeiten dauern voraussichtlich mehrere Stunden."}
)

// largeEntry is one generated entry and the instant a reader takes from it.
type largeEntry struct {
	at    time.Time
	title string
	text  string
}

// largeBlogEntriesAt returns n entries, newest first, the newest at newest
// and each older one 2 to 7 minutes before the one above it (a fixed,
// irregular rhythm), so the blog spans several days and crosses midnight
// again and again.
func largeBlogEntriesAt(newest time.Time, n int) []largeEntry {
	out := make([]largeEntry, n)
	at := newest
	for i := range n {
		out[i] = largeEntry{
			at:    at,
			title: fmt.Sprintf("%s %s %s", largeSubjects[i%len(largeSubjects)], largeVerbs[i%len(largeVerbs)], largePlaces[i%len(largePlaces)]),
			// 2003 is prime, so the count of helpers differs for every
			// entry: no two texts are the same.
			text: fmt.Sprintf("Im Einsatz sind %d Helfer, %d Fahrzeuge stehen bereit. %s", 20+(i*37)%2003, 3+(i*11)%40, largeDetails[(i/3)%len(largeDetails)]),
		}
		at = at.Add(-time.Duration(2+(i*5)%6) * time.Minute)
	}
	return out
}

// largeBlogHTML renders the entries as a German city ticker: one article
// per entry with a time stamp, a headline and a paragraph, inside the
// usual page chrome. With clockOnly the stamps print only "HH:MM" and the
// page gives its last change in article:modified_time, the reference a
// reader dates the clocks from; otherwise each stamp is a <time datetime>.
func largeBlogHTML(entries []largeEntry, loc *time.Location, clockOnly bool) string {
	var b strings.Builder
	newest := entries[0].at.In(loc)
	oldest := entries[len(entries)-1].at.In(loc)
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Wintereinbruch: Der Ticker aus der Stadt | Stadtkurier</title>
<link rel="canonical" href="https://www.stadtkurier-beispiel.de/lokales/wintereinbruch-ticker">
<meta property="og:type" content="article">
<meta property="article:published_time" content="%s">
<meta property="article:modified_time" content="%s">
</head>
<body>
<header class="site-header"><a href="/">Stadtkurier</a><nav><a href="/lokales">Lokales</a> <a href="/sport">Sport</a></nav></header>
<main>
<h1>Wintereinbruch: Der Ticker aus der Stadt</h1>
<p class="intro">Schnee und Glätte legen die Stadt lahm. Alle Meldungen im Überblick, die neuesten oben.</p>
<div class="ticker" id="ticker">
`, oldest.Format(time.RFC3339), newest.Format(time.RFC3339))
	for i, e := range entries {
		at := e.at.In(loc)
		stamp := fmt.Sprintf(`<time datetime="%s">%s Uhr</time>`, at.Format(time.RFC3339), at.Format("15:04"))
		if clockOnly {
			stamp = fmt.Sprintf(`<span class="ticker-item__time">%s Uhr</span>`, at.Format("15:04"))
		}
		fmt.Fprintf(&b, `<article class="ticker-item" id="ticker-item-%d">
<div class="ticker-item__meta">%s</div>
<h2 class="ticker-item__title">%s</h2>
<p>%s</p>
</article>
`, largeBlogEntries-i, stamp, html.EscapeString(e.title), html.EscapeString(e.text))
		if i%25 == 24 {
			b.WriteString(`<div class="ad-slot"><span>Anzeige</span></div>` + "\n")
		}
	}
	b.WriteString(`</div>
<button class="ticker__more">Ältere Meldungen laden</button>
</main>
<footer><p>&copy; Stadtkurier</p></footer>
</body>
</html>
`)
	return b.String()
}

// TestWebLargeBlog parses a generated live blog of 2,000 entries and
// expects every entry, in page order, with its own time and title.
func TestWebLargeBlog(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	// February: one offset (CET) across the whole blog.
	newest := time.Date(2024, time.February, 20, 21, 13, 0, 0, loc)
	entries := largeBlogEntriesAt(newest, largeBlogEntries)
	require.True(t, entries[len(entries)-1].at.Before(newest.Add(-72*time.Hour)), "the generated blog should span several midnights")

	for _, variant := range []string{"datetime", "clock-only"} {
		t.Run(variant, func(t *testing.T) {
			if why := largeKnownFailure[variant]; why != "" && !runKnownFailures() {
				t.Skipf("known failure: %s", why)
			}
			page := largeBlogHTML(entries, loc, variant == "clock-only")
			start := time.Now()
			blog, err := liveblog.Parse(strings.NewReader(page))
			require.NoError(t, err)
			t.Logf("%d bytes, %d entries from %q in %s", len(page), len(blog.Entries), blog.Extractor, time.Since(start))
			assert.Equal(t, len(entries), len(blog.Entries), "entry count")
			bad := 0
			for i := range min(len(entries), len(blog.Entries)) {
				got := blog.Entries[i]
				ok := assert.Equal(t, entries[i].title, got.Title, "entry %d title", i) &&
					assert.WithinDuration(t, entries[i].at, got.Time, webTolerance, "entry %d (%q, raw %q) time", i, got.Title, got.RawTime)
				if !ok {
					if bad++; bad >= 10 {
						t.Fatalf("stopping after %d wrong entries", bad)
					}
				}
			}
		})
	}
}
