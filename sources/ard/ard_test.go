package ard_test

import (
	"flag"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/cascadia"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/ard"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func parse(t *testing.T, data []byte) *liveblog.Blog {
	t.Helper()
	return sitetest.MustParse(t, ard.New(), data, liveblog.Options{})
}

var berlin = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return loc
}()

func at(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, berlin)
}

type want struct {
	time    time.Time
	raw     string
	title   string
	text    string
	nImages int
}

func check(t *testing.T, blog *liveblog.Blog, wants []want) {
	t.Helper()
	require.Len(t, blog.Entries, len(wants))
	for i, w := range wants {
		e := blog.Entries[i]
		assert.Truef(t, e.Time.Equal(w.time), "entry %d: time %s, want %s", i, e.Time, w.time)
		assert.Equal(t, w.raw, e.RawTime, "entry %d", i)
		assert.Equal(t, w.title, e.Title, "entry %d", i)
		assert.Equal(t, w.text, e.Text, "entry %d", i)
		assert.Len(t, e.Images, w.nImages, "entry %d", i)
	}
}

func TestGolden(t *testing.T) {
	sitetest.Golden(t, ard.New(), *update, "br24.html", "opening.html", "tagesschau.html")
}

// TestClosingDayHeadings: BR24 puts a day's heading after its entries;
// the summary list, the sources note and the link to older news are not
// entries, and an image module between paragraphs stays in its entry.
func TestClosingDayHeadings(t *testing.T) {
	blog := parse(t, sitetest.Fixture(t, "br24.html"))
	check(t, blog, []want{
		{at(2024, 11, 19, 9, 4), "09.04 Uhr", "Neuer Schnee am Pass erwartet", "Für den Nachmittag sind bis zu zwanzig Zentimeter angekündigt.\n\nDer Pass bleibt vorerst geöffnet.", 0},
		{at(2024, 11, 19, 6, 40), "06.40 Uhr", "Seilbahn nimmt Betrieb wieder auf", "Nach der Sturmpause fährt die Bahn wieder im Halbstundentakt.\n\nWartezeiten gebe es kaum.", 1},
		{at(2024, 11, 19, 0, 15), "00.15 Uhr", "Sturmböen in der Nacht", "In den Hochlagen wurden Böen bis 110 km/h gemessen.", 0},
		{at(2024, 11, 18, 23, 20), "23.20 Uhr", "Straßendienst im Einsatz", "Die Räumfahrzeuge sind seit dem Abend unterwegs.", 0},
		{at(2024, 11, 18, 18, 2), "18.02 Uhr", "Warnung vor Glätte", "Auf Nebenstraßen kann es glatt werden.", 0},
	})
	for _, e := range blog.Entries {
		assert.NotContains(t, e.Text, "November 2024")
		assert.NotContains(t, e.Text, "FRÜHEREN MELDUNGEN")
	}
}

// TestOpeningDayHeadings: a heading for an earlier day than the article's
// stands before its entries; the entry above it is the article's day.
func TestOpeningDayHeadings(t *testing.T) {
	check(t, parse(t, sitetest.Fixture(t, "opening.html")), []want{
		{at(2024, 6, 3, 6, 55), "06:55 Uhr", "Pegel sinkt langsam", "Am Messpunkt an der Brücke fällt das Wasser um zwei Zentimeter pro Stunde.", 0},
		{at(2024, 6, 2, 22, 30), "22:30 Uhr", "Deich hält", "Die Helfer haben die Sandsäcke verstärkt.", 0},
		{at(2024, 6, 2, 14, 5), "14:05 Uhr", "Sperrung der Uferstraße", "Die Straße bleibt bis auf Weiteres gesperrt.", 0},
	})
}

// TestMidnightWithoutHeadings: with no day headings, entries are dated
// back from the article's time across midnight.
func TestMidnightWithoutHeadings(t *testing.T) {
	page := `<html lang="de"><head><link rel="canonical" href="https://www.br.de/nachrichten/x,Abc">
<meta property="article:modified_time" content="2024-03-31T01:30:00+01:00"></head><body><article>
<h2>01.10 Uhr: Eins</h2><p>Nach Mitternacht.</p><h2>23.50 Uhr: Zwei</h2><p>Vor Mitternacht.</p><h2>08.00 Uhr: Drei</h2><p>Am Morgen davor.</p>
</article></body></html>`
	blog := parse(t, []byte(page))
	require.Len(t, blog.Entries, 3)
	assert.True(t, blog.Entries[0].Time.Equal(at(2024, 3, 31, 1, 10)), blog.Entries[0].Time.String())
	assert.True(t, blog.Entries[1].Time.Equal(at(2024, 3, 30, 23, 50)), blog.Entries[1].Time.String())
	assert.True(t, blog.Entries[2].Time.Equal(at(2024, 3, 30, 8, 0)), blog.Entries[2].Time.String())
}

func TestTagesschau(t *testing.T) {
	blog := parse(t, sitetest.Fixture(t, "tagesschau.html"))
	check(t, blog, []want{
		{at(2024, 3, 12, 15, 42), "12.03.2024 • 15:42 Uhr", "Abschlusserklärung verschoben", "Die Unterhändler brauchen nach eigenen Angaben noch eine Nacht.", 0},
		{at(2024, 3, 12, 9, 5), "12.03.2024 • 09:05 Uhr", "Zweiter Verhandlungstag beginnt", "Die Sitzung begann mit einer Schweigeminute.\n\nDanach sprach die Gastgeberin.", 0},
	})
	assert.Equal(t, "liveblog-12345", blog.Entries[0].ID)
}

func TestNotLiveBlog(t *testing.T) {
	_, err := sitetest.Parse(t, ard.New(), sitetest.Fixture(t, "article.html"), liveblog.Options{})
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog, "a subhead mentioning a time is not a ticker entry")
}

func TestGermanDates(t *testing.T) {
	// Day headings in the forms ARD sites print, and near misses.
	for _, tt := range []struct {
		heading string
		day     time.Time
	}{
		{"Dienstag, 27. August 2024", at(2024, 8, 27, 0, 0)},
		{"27. August 2024", at(2024, 8, 27, 0, 0)},
		{"Montag, 3. März 2025", at(2025, 3, 3, 0, 0)},
		{"Sonntag 29.12.2024", at(2024, 12, 29, 0, 0)},
		{"31. Februar 2024", time.Time{}},
		{"Was am 27. August 2024 geschah", time.Time{}},
	} {
		t.Run(tt.heading, func(t *testing.T) {
			page := `<html><head><link rel="canonical" href="https://www.br.de/x,Abc">
<meta property="article:modified_time" content="2030-01-01T12:00:00+01:00"></head><body><article>
<h2>` + tt.heading + `</h2><h2>10.00 Uhr: Eintrag</h2><p>Text.</p></article></body></html>`
			blog := parse(t, []byte(page))
			require.Len(t, blog.Entries, 1)
			if tt.day.IsZero() {
				assert.True(t, blog.Entries[0].Time.Equal(at(2030, 1, 1, 10, 0)), "not a day heading: dated from the article, got %s", blog.Entries[0].Time)
				return
			}
			assert.True(t, blog.Entries[0].Time.Equal(tt.day.Add(10*time.Hour)), blog.Entries[0].Time.String())
		})
	}
}

func TestMatch(t *testing.T) {
	br := string(sitetest.Fixture(t, "br24.html"))
	ts := string(sitetest.Fixture(t, "tagesschau.html"))
	plain := `<html><head><meta property="og:site_name" content="Other News"></head><body><h2>10.00 Uhr: X</h2></body></html>`
	sitetest.AssertMatch(t, ard.New(), []sitetest.MatchCase{
		{"br canonical", br, "", true},
		{"tagesschau by markup", ts, "", true},
		{"tagesschau URL", plain, "https://www.tagesschau.de/ausland/liveblog-100.html", true},
		{"regional ARD", plain, "https://www.mdr.de/nachrichten/ticker-100.html", true},
		{"other site with clock headings", plain, "", false},
		{"other site URL", br, "https://www.spiegel.de/x", false},
	})
}

func TestDeepNesting(t *testing.T) {
	// A hostile tree nests far deeper than any recursion could follow
	// (html.Parse itself stops at 512 open elements, so build it by hand).
	root, err := html.Parse(strings.NewReader(`<html><head><link rel="canonical" href="https://www.br.de/x,Abc"></head><body><article><h2>10.00 Uhr: Tief</h2></article></body></html>`))
	require.NoError(t, err)
	n := cascadia.Query(root, cascadia.MustCompile("article"))
	require.NotNil(t, n)
	for range 100000 {
		c := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		n.AppendChild(c)
		n = c
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: "Text."})
	blog, err := sitetest.Parser(t, ard.New(), liveblog.Options{Extractor: ard.Name}).ParseNode(root)
	require.NoError(t, err)
	require.Len(t, blog.Entries, 1)
	assert.Equal(t, "Tief", blog.Entries[0].Title)
}

const corpusPage = "br24-nahost-ticker-2024-08-27.html"

func TestCorpus(t *testing.T) {
	blog, _ := sitetest.Corpus(t, ard.New(), corpusPage)
	require.Len(t, blog.Entries, 7, "the summary list's repeats are not entries")
	sitetest.AssertRawTimes(t, blog, `^\d\d\.\d\d Uhr$`)
	// "Uhr)": the summary list; "August 2024": the day heading.
	sitetest.AssertNoChrome(t, blog, "Uhr)", "August 2024")
	for i, e := range blog.Entries {
		assert.NotRegexp(t, `^\d\d\.\d\d Uhr`, e.Title, "entry %d: clock left in the title", i)
		assert.Equal(t, "Europe/Berlin", e.Time.Location().String())
	}
}

func TestCorpusOtherPages(t *testing.T) {
	// The ARD adapter must find nothing on the other sites' pages even
	// when forced.
	for _, page := range []string{"negative-bbc-obr-explainer-2024-08-01.html", "negative-guardian-valencia-fire-2024-02-24.html"} {
		t.Run(page, func(t *testing.T) {
			_, err := sitetest.Parse(t, ard.New(), sitetest.CorpusFile(t, page), liveblog.Options{})
			assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
		})
	}
}
