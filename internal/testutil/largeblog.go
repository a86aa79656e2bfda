package testutil

import (
	"fmt"
	"html"
	"strings"
	"testing"
	"time"
)

// This file generates a large live blog of invented entries, for the
// tests that read one (TestWebLargeBlog) and the benchmark that grows one
// (BenchmarkScaling).

// Word lists for the generated entries. Their lengths (11, 13, 17) are
// pairwise coprime, so entry i's title (one word of each, picked by i
// modulo the length) is distinct for every i below 11*13*17 = 2431.
var (
	largeSubjects = []string{"Feuerwehr", "Stadtrat", "Polizei", "Wetterdienst", "Bahn", "Klinikum", "Schulamt", "Hafenbehörde", "Stadtwerke", "Landrat", "Bürgermeisterin"}
	largeVerbs    = []string{"meldet Einsatz", "warnt vor Glätte", "sperrt Straße", "öffnet Notunterkunft", "räumt Gleise", "verschiebt Termin", "bittet um Geduld", "ändert Fahrplan", "zieht Bilanz", "ruft zu Vorsicht auf", "verstärkt Personal", "prüft Schäden", "hebt Warnung auf"}
	largePlaces   = []string{"am Nordhafen", "in der Altstadt", "an der Ringstraße", "im Westend", "am Bahnhof", "in Oberdorf", "an der Brücke", "im Industriegebiet", "am Marktplatz", "in Unterau", "an der Umgehung", "im Kurviertel", "am Flughafen", "in Seeheim", "an der Schleuse", "im Messegelände", "am Stadion"}
	largeDetails  = []string{"Nach ersten Angaben ist niemand verletzt worden.", "Die Lage soll sich im Laufe des Abends entspannen.", "Anwohner werden gebeten, Fenster und Türen geschlossen zu halten.", "Ein Sprecher kündigte weitere Informationen an.", "Die Arbeiten dauern voraussichtlich mehrere Stunden."}
)

// LargeEntry is one entry of a generated blog and the instant a reader
// takes from it.
type LargeEntry struct {
	At    time.Time
	Title string
	Text  string
}

// LargeBlogEntries returns n entries, newest first, the newest at newest
// and each older one 2 to 7 minutes before the one above it (a fixed,
// irregular rhythm), so the blog spans several days and crosses midnight
// again and again.
func LargeBlogEntries(newest time.Time, n int) []LargeEntry {
	out := make([]LargeEntry, n)
	at := newest
	for i := range n {
		out[i] = LargeEntry{
			At:    at,
			Title: fmt.Sprintf("%s %s %s", largeSubjects[i%len(largeSubjects)], largeVerbs[i%len(largeVerbs)], largePlaces[i%len(largePlaces)]),
			// 2003 is prime, so the count of helpers differs for every
			// entry: no two texts are the same.
			Text: fmt.Sprintf("Im Einsatz sind %d Helfer, %d Fahrzeuge stehen bereit. %s", 20+(i*37)%2003, 3+(i*11)%40, largeDetails[(i/3)%len(largeDetails)]),
		}
		at = at.Add(-time.Duration(2+(i*5)%6) * time.Minute)
	}
	return out
}

// LargeBlogHTML renders the entries as a German city ticker: one article
// per entry with a time stamp, a headline and a paragraph, inside the
// usual page chrome; entry i has id ticker-item-(n-i), as a blog numbers
// its posts in the order they were written. With clockOnly the stamps print only "HH:MM" and the
// page gives its last change in article:modified_time, the reference a
// reader dates the clocks from; otherwise each stamp is a <time datetime>.
func LargeBlogHTML(entries []LargeEntry, loc *time.Location, clockOnly bool) string {
	var b strings.Builder
	newest := entries[0].At.In(loc)
	oldest := entries[len(entries)-1].At.In(loc)
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
		at := e.At.In(loc)
		stamp := fmt.Sprintf(`<time datetime="%s">%s Uhr</time>`, at.Format(time.RFC3339), at.Format("15:04"))
		if clockOnly {
			stamp = fmt.Sprintf(`<span class="ticker-item__time">%s Uhr</span>`, at.Format("15:04"))
		}
		fmt.Fprintf(&b, `<article class="ticker-item" id="ticker-item-%d">
<div class="ticker-item__meta">%s</div>
<h2 class="ticker-item__title">%s</h2>
<p>%s</p>
</article>
`, len(entries)-i, stamp, html.EscapeString(e.Title), html.EscapeString(e.Text))
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

// distinctTexts gives every entry a text that names its number near
// its start and again further on: past a few thousand entries the
// generated texts begin alike, and two entries that print the same clock
// and begin alike are read as one post shown twice (a pinned copy).
func distinctTexts(entries []LargeEntry) []LargeEntry {
	for i := range entries {
		n := len(entries) - i
		entries[i].Text = fmt.Sprintf("Lage %d: Helfer %d, Fahrzeuge %d, Meldung %d. %s", n, 20+(i*37)%2003, 3+(i*11)%40, n, largeDetails[(i/3)%len(largeDetails)])
	}
	return entries
}

// LargeBlogOfSize returns the generated blog (datetime stamps, Berlin
// time, a distinct text in every entry) with as many entries as fill
// about size bytes. It skips tb without a tz database.
func LargeBlogOfSize(tb testing.TB, size int) []byte {
	tb.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		tb.Skipf("no tz database: %v", err)
	}
	newest := time.Date(2024, time.February, 20, 21, 13, 0, 0, loc)
	// Entries differ in length: estimate from a hundred, then correct.
	gen := func(n int) string { return LargeBlogHTML(distinctTexts(LargeBlogEntries(newest, n)), loc, false) }
	one, hundred := len(gen(1)), len(gen(101))
	n := max(1, (size-one)*100/(hundred-one)+1)
	n = max(1, n+(size-len(gen(n)))*100/(hundred-one))
	return []byte(gen(n))
}
