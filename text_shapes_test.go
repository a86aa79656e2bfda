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

// shapeCase is a copied page of one of the shapes text browsers and
// browsers give (link numbers, numbered lists, doubled clocks, clocks
// over their AM/PM, native digits...): how many entries a reader sees,
// the first and last entry's time, and page furniture no entry may hold.
type shapeCase struct {
	file      string
	url, zone string
	now       string // RFC 3339; "" reads the page without a reference time
	entries   int    // 0: the page is not a live blog
	first     string // RFC 3339
	last      string // RFC 3339
	lastText  string // when set, the whole text of the last entry
	absent    []string
	// firstTitle and pageTitle, when set, are the first entry's title
	// and the page's.
	firstTitle, pageTitle string
	firstAuthors          []string // when set, the first entry's authors
}

func runShapeCase(t *testing.T, tc shapeCase) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "text", tc.file))
	require.NoError(t, err)
	opts := liveblog.Options{URL: tc.url, Location: loadZone(t, tc.zone)}
	if tc.now != "" {
		opts.Now, err = time.Parse(time.RFC3339, tc.now)
		require.NoError(t, err)
	}
	blog, err := liveblog.NewParser(opts).Parse(strings.NewReader(string(data)))
	if tc.entries == 0 {
		require.ErrorIs(t, err, liveblog.ErrNotLiveBlog, "not a live blog")
		return
	}
	require.NoError(t, err)
	require.Len(t, blog.Entries, tc.entries, "entries")
	for _, c := range []struct {
		e    liveblog.Entry
		want string
	}{{blog.Entries[0], tc.first}, {blog.Entries[len(blog.Entries)-1], tc.last}} {
		want, err := time.Parse(time.RFC3339, c.want)
		require.NoError(t, err)
		assert.Truef(t, want.Equal(c.e.Time), "time %v, want %v (raw %q)", c.e.Time, want, c.e.RawTime)
	}
	for i, e := range blog.Entries {
		assert.NotEmptyf(t, e.Text, "entry %d has text", i)
		for _, a := range tc.absent {
			assert.NotContainsf(t, e.Text+"\n"+e.Title, a, "entry %d holds page furniture", i)
		}
	}
	if tc.lastText != "" {
		assert.Equal(t, tc.lastText, blog.Entries[len(blog.Entries)-1].Text, "last entry ends where its text ends")
	}
	if tc.firstTitle != "" {
		assert.Equal(t, tc.firstTitle, blog.Entries[0].Title, "first entry's title")
	}
	if tc.firstAuthors != nil {
		assert.Equal(t, tc.firstAuthors, blog.Entries[0].Authors, "first entry's authors")
	}
	if tc.pageTitle != "" {
		assert.Equal(t, tc.pageTitle, blog.Title, "page title")
	}
}

// lynx -dump without -nolist numbers every link ("[12]9 junio,
// 202423:40", "Updated [7]30 August 2024") and lists their addresses
// under "References" after the page: the numbers are no part of the
// stamps or titles, and the list is no part of the last entry.
func TestTextLynxLinkNumbers(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "escrutinio-directo.lynx.txt", zone: "Europe/Madrid", entries: 4,
			first: "2024-06-09T21:40:00Z", last: "2024-06-09T18:05:00Z",
			lastText: "Cierran los colegios electorales sin incidencias destacables en toda la comarca. Empieza el recuento.",
			absent:   []string{"[", "References", "https://", "Últimas noticias"}},
		{file: "escrutinio-directo.lynx.txt", zone: "Europe/Madrid", now: "2024-06-09T22:00:00Z", entries: 4,
			first: "2024-06-09T21:40:00Z", last: "2024-06-09T18:05:00Z", absent: []string{"[", "https://"}},
		// Clock-only stamps dated by the "Updated" line, whose date is a link.
		{file: "deadline-day.lynx.txt", zone: "Europe/London", entries: 4,
			first: "2024-08-30T11:40:00Z", last: "2024-08-30T07:15:00Z",
			lastText: "Good morning and welcome to our deadline day coverage. The manager said on Thursday he hoped for one more arrival.",
			absent:   []string{"[", "References", "https://", "Load more", "Latest videos"}},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// Posts in a numbered list, each time printed twice (a label and the
// time for screen readers, then the visible time) and glued by the copy:
// "1. posted at 14:1814:18", "publié à 22:50 10 juil.22:50 10 juil.".
// The entries of an earlier day print their date after the clock; they
// are the same stream, not related stories.
func TestTextNumberedPostsAndDoubledClocks(t *testing.T) {
	t.Parallel()
	bridge := []string{"Share", "posted at", "Related stories", "Copyright", "Next page"}
	crue := []string{"Partager", "publié", "À lire aussi", "Page suivante", "©"}
	for _, tc := range []shapeCase{
		{file: "bridge-closure.w3m.txt", zone: "Europe/London", now: "2023-07-12T14:00:00Z", entries: 6,
			first: "2023-07-12T13:18:00Z", last: "2023-07-11T21:15:00Z", absent: bridge,
			lastText: "Police say the path will remain shut while the barriers are moved."},
		{file: "crue-direct.w3m.txt", zone: "Europe/Paris", now: "2024-07-11T15:00:00Z", entries: 5,
			first: "2024-07-11T14:05:00Z", last: "2024-07-10T19:15:00Z", absent: crue,
			lastText: "Des agents patrouillent toute la nuit le long des levées entre Orléans et Tours."},
		{file: "crue-direct.browser.txt", zone: "Europe/Paris", now: "2024-07-11T15:00:00Z", entries: 5,
			first: "2024-07-11T14:05:00Z", last: "2024-07-10T19:15:00Z", absent: crue},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// A clock and its AM/PM set in two elements come out of a copy on two
// lines ("6:48" over "PM", "8:20" over "p. m."): the second line is part
// of the stamp, not a morning time and a stray line.
func TestTextClockOverMeridiem(t *testing.T) {
	t.Parallel()
	tornado := []string{"Share", "Trending", "Copyright", "\nPM", "\nAM"}
	lluvias := []string{"Lo más leído", "©", "p. m.\n", "a. m.\n"}
	for _, tc := range []shapeCase{
		{file: "tornado-watch.browser.txt", zone: "America/Chicago", now: "2024-06-05T00:30:00Z", entries: 4,
			first: "2024-06-04T23:48:00Z", last: "2024-06-04T16:40:00Z", absent: tornado},
		{file: "tornado-watch.browser.txt", zone: "America/Chicago", entries: 4,
			first: "2024-06-04T23:48:00Z", last: "2024-06-04T16:40:00Z", absent: tornado},
		{file: "tornado-watch.w3m.txt", zone: "America/Chicago", now: "2024-06-05T00:30:00Z", entries: 4,
			first: "2024-06-04T23:48:00Z", last: "2024-06-04T16:40:00Z", absent: tornado,
			lastText: "The storm prediction center placed the metro and surrounding counties under a tornado watch until nine tonight."},
		{file: "lluvias-en-vivo.browser.txt", zone: "America/Mexico_City", now: "2024-06-05T03:00:00Z", entries: 4,
			first: "2024-06-05T02:20:00Z", last: "2024-06-04T16:30:00Z", absent: lluvias},
		{file: "lluvias-en-vivo.lynx.txt", zone: "America/Mexico_City", entries: 4,
			first: "2024-06-05T02:20:00Z", last: "2024-06-04T16:30:00Z", absent: lluvias,
			lastText: "El servicio meteorológico prevé lluvias intensas a partir de las cuatro de la tarde con posible granizo."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// Stamps in the digits of the page's script opening the headline's
// line ("١٨:٤٠ عودة الكهرباء…", "۲۰:۱۵ — بازگشایی…"), and text
// browsers' lines of a script without capitals wrapped mid-sentence.
func TestTextNativeDigitsInline(t *testing.T) {
	t.Parallel()
	ar := []string{"اقرأ أيضا", "©", "١٨:٤٠"}
	fa := []string{"مطالب مرتبط", "حقوق", "۲۰:۱۵"}
	for _, tc := range []shapeCase{
		{file: "asifa-mubashir.browser.txt", zone: "Asia/Riyadh", now: "2024-06-04T16:00:00Z", entries: 4,
			first: "2024-06-04T15:40:00Z", last: "2024-06-04T06:05:00Z", absent: ar},
		// Dated by the page's own date, printed in Arabic-Indic digits.
		{file: "asifa-mubashir.w3m.txt", zone: "Asia/Riyadh", entries: 4,
			first: "2024-06-04T15:40:00Z", last: "2024-06-04T06:05:00Z", absent: ar,
			lastText: "رفعت هيئة الأرصاد درجة التحذير إلى اللون الأحمر وتوقعت أمطارا غزيرة حتى المساء."},
		{file: "seil-zende.lynx.txt", zone: "Asia/Tehran", now: "2024-06-04T17:00:00Z", entries: 3,
			first: "2024-06-04T16:45:00Z", last: "2024-06-04T10:35:00Z", absent: fa},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// A live page that starts at midnight on the dot and runs oldest first
// (a New Year's night) is not a recording's time codes: it says live.
func TestTextLiveFromMidnightOldestFirst(t *testing.T) {
	t.Parallel()
	runShapeCase(t, shapeCase{file: "capodanno-diretta.browser.txt", zone: "Europe/Rome", now: "2024-01-01T01:30:00Z",
		entries: 4, first: "2023-12-31T23:00:00Z", last: "2024-01-01T00:12:00Z", firstTitle: "Mezzanotte, è il nuovo anno",
		lastText: "Un ragazzo è stato medicato per una piccola ustione, nessun ricovero."})
}

// Pages whose times are not a live blog's entries: a TV guide and a
// colloquium's programme, whose times open ranges ("20:15 – 21:45",
// "09:00 - 09:30"), and articles with an index of the latest headlines
// beside them, each a time and a headline with no text; articles
// followed by their comment threads.
func TestTextNotLiveBlogs(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "not-tv-programm.browser.txt", zone: "Europe/Berlin", now: "2024-06-04T18:00:00Z"},
		{file: "not-tv-programm.w3m.txt", zone: "Europe/Berlin"},
		{file: "not-programme-colloque.browser.txt", zone: "Europe/Paris", now: "2024-06-13T06:00:00Z"},
		{file: "not-programme-colloque.lynx.txt", zone: "Europe/Paris"},
		{file: "not-ultime-notizie.browser.txt", zone: "Europe/Rome", now: "2024-06-04T15:00:00Z"},
		{file: "not-ultime-notizie.lynx.txt", zone: "Europe/Rome"},
		{file: "not-shinchaku.w3m.txt", zone: "Asia/Tokyo", now: "2024-06-04T09:00:00Z"},
		{file: "not-shinchaku.browser.txt", zone: "Asia/Tokyo"},
		// An article and its readers' comments, each with its date.
		{file: "not-comments-thread.browser.txt", zone: "Europe/London", now: "2024-05-02T12:00:00Z"},
		{file: "not-comments-thread.lynx.txt", zone: "Europe/London"},
		{file: "not-kommentare.browser.txt", zone: "Europe/Berlin"},
		// Articles whose only stamps are their own publication and edit
		// times, on adjacent lines under the byline.
		{file: "not-artikel-veroeffentlicht.browser.txt", zone: "Europe/Berlin"},
		{file: "not-article-published-updated.lynx.txt", zone: "Europe/London", now: "2024-03-13T12:00:00Z"},
		{file: "not-article-publie-mis-a-jour.w3m.txt", zone: "Europe/Paris"},
		// Hourly forecasts: a clock on every hour, earliest first.
		{file: "not-hourly-forecast.browser.txt", zone: "Europe/London", now: "2024-06-05T08:00:00Z"},
		{file: "not-wetter-stuendlich.w3m.txt", zone: "Europe/Berlin"},
		// A transcript and a video's chapters: time codes from 00:00 up.
		{file: "not-podcast-transcript.browser.txt", zone: "Europe/London"},
		{file: "not-videocapitoli.lynx.txt", zone: "Europe/Rome", now: "2024-03-01T12:00:00Z"},
		// Articles telling a night hour by hour, oldest first.
		{file: "not-flood-night-chronology.browser.txt", zone: "Europe/London"},
		{file: "not-notte-alluvione-tappe.lynx.txt", zone: "Europe/Rome", now: "2024-07-07T12:00:00Z"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// Under a heading of related stories after the last entry ("Mehr zum
// Thema", "Czytaj także"), teasers printed with the entries' own stamp:
// a stamp, a headline and the site's name, no running text. They are no
// entries, and the heading and tags above them are not the last entry's.
func TestTextRelatedCardsWithTheEntriesStamp(t *testing.T) {
	t.Parallel()
	sturm := []string{"Mehr zum Thema", "Wetter am Wochenende", "tagesschau.de", "Teilen"}
	powodz := []string{"Czytaj także", "Prognoza na weekend", "kurierpodgorski.pl", "Udostępnij", "©"}
	for _, tc := range []shapeCase{
		{file: "sturm-norden.browser.txt", zone: "Europe/Berlin", now: "2024-03-31T08:30:00Z", entries: 5,
			first: "2024-03-31T07:42:00Z", last: "2024-03-30T21:05:00Z", absent: sturm,
			lastText: "Die Warnung gilt bis Sonntagmittag."},
		{file: "sturm-norden.lynx.txt", zone: "Europe/Berlin", entries: 5,
			first: "2024-03-31T07:42:00Z", last: "2024-03-30T21:05:00Z", absent: sturm},
		{file: "relacja-powodz.w3m.txt", zone: "Europe/Warsaw", now: "2024-09-15T17:00:00Z", entries: 4,
			first: "2024-09-15T16:25:00Z", last: "2024-09-15T08:05:00Z", absent: powodz},
		{file: "relacja-powodz.browser.txt", zone: "Europe/Warsaw", entries: 4,
			first: "2024-09-15T16:25:00Z", last: "2024-09-15T08:05:00Z", absent: powodz,
			lastText: "Wojewoda ogłosił alarm i zaapelował do mieszkańców o przygotowanie się do ewentualnej ewakuacji."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// A stamp opening its paragraph before a dash ("11.50pm — Turnout…",
// "17:40 h – Hasiči…"): the whole stamp is read, its "pm" or "h"
// included, and the dash is no part of the text.
func TestTextStampBeforeDash(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "byelection-live.lynx.txt", zone: "Europe/London", entries: 4,
			first: "2024-07-18T22:50:00Z", last: "2024-07-18T19:15:00Z", absent: []string{"—", "©"},
			lastText: "Good evening and welcome to our coverage of the Harbour West byelection, where five candidates are standing."},
		{file: "povodne-online.browser.txt", zone: "Europe/Prague", now: "2024-09-14T16:00:00Z", entries: 4,
			first: "2024-09-14T15:40:00Z", last: "2024-09-14T07:30:00Z", absent: []string{"–", "Sdílet", "©"},
			lastText: "Dobré ráno, v tomto článku budeme průběžně sledovat vývoj situace na řekách v regionu."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// East Asian clocks written with their units and no spaces opening the
// headline's line ("18時05分　JR在来線…", and "20时15分全市…" as w3m
// glues them): the unit is part of the stamp, not of the title.
func TestTextEastAsianUnitsInline(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "gouu-sokuho.browser.txt", zone: "Asia/Tokyo", now: "2024-07-10T10:00:00Z", entries: 4,
			first: "2024-07-10T09:05:00Z", last: "2024-07-10T01:00:00Z", absent: []string{"分", "関連記事", "©"}},
		{file: "gouu-sokuho.browser.txt", zone: "Asia/Tokyo", entries: 4,
			first: "2024-07-10T09:05:00Z", last: "2024-07-10T01:00:00Z"},
		{file: "taifeng-zhibo.w3m.txt", zone: "Asia/Shanghai", entries: 3,
			first: "2024-09-16T12:15:00Z", last: "2024-09-16T06:05:00Z", absent: []string{"分", "相关新闻", "©"},
			lastText: "机场方面通知，当天下午起所有进出港航班取消，旅客可免费退改签。"},
		{file: "taifeng-zhibo.browser.txt", zone: "Asia/Shanghai", now: "2024-09-16T13:00:00Z", entries: 3,
			first: "2024-09-16T12:15:00Z", last: "2024-09-16T06:05:00Z", absent: []string{"分", "相关新闻", "©"}},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// Read with no reference time, a page that prints no date of its own
// but days without a year ("23:40 11 Jul", "12 Aug 18:05") takes its
// year from its rights line ("Copyright © 2023"), and a page with a date
// in its address is dated from it: not from today.
func TestTextYearFromRightsLineOrAddress(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		// Clock-only entries above the earlier day's are the next day's.
		{file: "bridge-closure.w3m.txt", zone: "Europe/London", entries: 6,
			first: "2023-07-12T13:18:00Z", last: "2023-07-11T21:15:00Z"},
		{file: "heatwave-updates.lynx.txt", zone: "Europe/Dublin", entries: 4,
			first: "2023-08-12T17:05:00Z", last: "2023-08-11T08:30:00Z", absent: []string{"Most read", "©"}},
		{file: "crue-direct.w3m.txt", zone: "Europe/Paris", entries: 5,
			first: "2024-07-11T14:05:00Z", last: "2024-07-10T19:15:00Z"},
		// Clocks alone, and a date only in the address.
		{file: "greve-transports.browser.txt", zone: "Europe/Paris", entries: 5,
			url:   "https://www.lemonde.fr/societe/live/2024/03/12/en-direct-greve-transports_6216001_3224.html",
			first: "2024-03-12T13:05:00Z", last: "2024-03-12T05:10:00Z", absent: []string{"Partager", "Tweeter"}},
	} {
		t.Run(tc.file+"@"+tc.url, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// Share buttons set side by side ("Share Tweet", "Facebook X" under a
// paragraph a text browser wrapped) are chrome, not the end of the
// entry's text.
func TestTextButtonRows(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "sensex-live.browser.txt", zone: "Asia/Kolkata", now: "2024-03-14T11:00:00Z", entries: 4,
			first: "2024-03-14T10:18:00Z", last: "2024-03-14T03:46:00Z", absent: []string{"Share Tweet", "Advertisement"}},
		// Relative stamps ("3 uur geleden") against the reference time.
		{file: "bevrijdingsfestival.lynx.txt", zone: "Europe/Amsterdam", now: "2024-05-04T15:30:00Z", entries: 5,
			first: "2024-05-04T12:30:00Z", last: "2024-05-04T08:30:00Z", absent: []string{"Facebook", "Meer laden"}},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// Below the last entry, a list of stories each printed as its headline
// with its date glued after it ("Gold rates edge lowerMarch 13, 2024 ·
// 19:40 IST", "…what it meansMay 13, 2024 4:10 PM EDT"): cards, not
// running text, whatever their punctuation; the last entry ends above.
func TestTextCardsWithGluedDatesEndTheStream(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "sensex-live.browser.txt", zone: "Asia/Kolkata", now: "2024-03-14T11:00:00Z", entries: 4,
			first: "2024-03-14T10:18:00Z", last: "2024-03-14T03:46:00Z",
			lastText: "Shares slipped at the open, tracking weak cues from other Asian markets."},
		{file: "primary-night.browser.txt", zone: "America/New_York", entries: 3,
			first: "2024-05-15T02:48:00Z", last: "2024-05-15T00:00:00Z",
			lastText: "Voting has ended across the state, although anyone in line at eight o'clock can still cast a ballot."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// A ticker whose headline repeats its newest entry ("+++ 00:35 Title
// +++" above the dateline and the summary, then the entry itself): the
// headline is no entry, and the ticker marks closing a title are not
// part of it.
func TestTextHeadlineRepeatsNewestEntry(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "ukraine-ticker.browser.txt", zone: "Europe/Berlin", entries: 4,
			first: "2024-02-24T23:35:00Z", last: "2024-02-24T20:05:00Z", absent: []string{"+++", "Anzeige", "Teilen", "Meistgelesen"},
			firstTitle: "Selenskyj dankt Verbündeten in nächtlicher Ansprache"},
		{file: "wahlabend-ticker.w3m.txt", zone: "Europe/Berlin", now: "2024-09-23T06:00:00Z", entries: 4,
			first: "2024-09-22T22:40:00Z", last: "2024-09-22T21:10:00Z", absent: []string{"+++"},
			firstTitle: "Wahlabend endet mit knappem Ergebnis", pageTitle: "Wahlabend endet mit knappem Ergebnis"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// A paragraph that opens with a time inside its sentence ("Since 9am
// the island has had…", "Seit 16.30 Uhr sind die ersten Busse…") is
// text of the entry above, not a stamp.
func TestTextSentenceOpeningWithATime(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "ferry-strike.browser.txt", zone: "Europe/London", entries: 3,
			first: "2024-06-04T14:20:00Z", last: "2024-06-04T07:10:00Z"},
		{file: "ferry-strike.lynx.txt", zone: "Europe/London", now: "2024-06-04T16:00:00Z", entries: 3,
			first: "2024-06-04T14:20:00Z", last: "2024-06-04T07:10:00Z",
			lastText: "The early crossings did not leave as crews began a 24-hour walkout over pay."},
		// Only two entries are printed before "Weitere Beiträge laden".
		{file: "warnstreik-liveblog.browser.txt", zone: "Europe/Berlin", now: "2024-03-07T16:00:00Z", entries: 2,
			first: "2024-03-07T15:40:00Z", last: "2024-03-07T14:10:00Z", absent: []string{"Meistgelesen", "©"}},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// A name beside the stamp over a headline and its text ("16:40 Jana
// Reimers", then "Erste Busse fahren wieder"): the name is the author,
// the headline the title.
func TestTextAuthorBesideStamp(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "warnstreik-liveblog.browser.txt", zone: "Europe/Berlin", now: "2024-03-07T16:00:00Z", entries: 2,
			first: "2024-03-07T15:40:00Z", last: "2024-03-07T14:10:00Z", firstTitle: "Erste Busse fahren wieder",
			firstAuthors: []string{"Jana Reimers"}},
		{file: "verkiezingsavond.browser.txt", zone: "Europe/Amsterdam", entries: 3,
			first: "2024-06-06T21:15:00Z", last: "2024-06-06T19:00:00Z", firstTitle: "Opkomst hoger dan verwacht",
			firstAuthors: []string{"Sanne de Vries"},
			lastText:     "Vanaf nu wordt er geteld. Wij houden u de hele avond op de hoogte."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			runShapeCase(t, tc)
		})
	}
}

// Relative stamps ("vor 2 Stunden", "hace 10 minutos") are read against
// the reference time, and the footer line that names the site again
// ("Heraldo de la Sierra" as at the top, "Küstenbote Verlag" under
// "Küstenbote") is not the last entry's.
func TestTextRelativeStampsAndMastheadFooter(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "sturmflut-ticker.browser.txt", zone: "Europe/Berlin", now: "2024-06-04T15:00:00Z", entries: 3,
			first: "2024-06-04T14:55:00Z", last: "2024-06-04T11:00:00Z",
			lastText: "Der Wetterdienst erwartet am Nachmittag Böen von bis zu 110 Kilometern pro Stunde."},
		{file: "incendio-directo.w3m.txt", zone: "Europe/Madrid", now: "2024-08-10T18:00:00Z", entries: 3,
			first: "2024-08-10T17:50:00Z", last: "2024-08-10T15:00:00Z",
			lastText: "Tráfico ha cerrado la vía en ambos sentidos a la altura del puerto por el humo."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// A stamp that opens with a word ("September 12, 2024 at 10:20 AM",
// "March 14, 2024 · 15:48 IST") printed right under a paragraph a text
// browser wrapped starts a block of its own, as one opening with a
// digit does: it is not the paragraph's last line.
func TestTextWordStampUnderWrappedParagraph(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "harvest-festival.lynx.txt", zone: "America/New_York", entries: 5,
			first: "2024-09-12T13:05:00Z", last: "2024-09-12T18:35:00Z", absent: []string{"September 12", "More local news"}},
		{file: "sensex-live.w3m.txt", zone: "Asia/Kolkata", now: "2024-03-14T11:00:00Z", entries: 4,
			first: "2024-03-14T10:18:00Z", last: "2024-03-14T03:46:00Z", absent: []string{"March 14", "Share Tweet", "Trending"}},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// A link to another story set in an entry under a "read also" phrase
// ("Lire aussi : Grève : ce qu'il faut savoir", "Read more: Earlier
// flood defences explained") is not the entry's text.
func TestTextReadAlsoLinesInEntries(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "greve-transports.browser.txt", zone: "Europe/Paris", now: "2024-03-12T14:00:00Z", entries: 5,
			first: "2024-03-12T13:05:00Z", last: "2024-03-12T05:10:00Z", absent: []string{"Lire aussi"}},
		{file: "river-peaks.browser.txt", zone: "Europe/London", now: "2024-08-05T20:30:00Z", entries: 3,
			first: "2024-08-05T20:00:00Z", last: "2024-08-05T19:24:00Z", absent: []string{"Read more", "KEY EVENT"}},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}
