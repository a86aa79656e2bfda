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
	// datedBy, when set, is the Blog.DatedBy wanted.
	datedBy liveblog.DateSource
	// texts holds, by entry index, whole texts wanted.
	texts map[int]string
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
	assert.Equal(t, "text", blog.Extractor)
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
	for i, want := range tc.texts {
		assert.Equalf(t, want, blog.Entries[i].Text, "entry %d: whole text", i)
	}
	if tc.datedBy != "" {
		assert.Equal(t, tc.datedBy, blog.DatedBy, "dated by")
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

// A paper's live page whose entries print their time as a raw epoch
// number (an offline copy of a page that shows "5 minutes ago"), a
// rubric above each text and a byline with the author glued to the
// displayed date closing it; "updated" above the page's own epoch, a
// "Comments" button in the header, a list of headlines above the stream
// and the site's footer after the last byline.
func TestTextEpochStampsAndClosingBylines(t *testing.T) {
	t.Parallel()
	okafor := []string{"Sam Okafor"}
	want := []textWant{
		{time: "2024-06-04T10:21:40Z", title: "Cup final", text: "Rovers captain Mia Castell says", authors: okafor},
		{time: "2024-06-04T09:30:15Z", title: "Final preview: how the two sides line up", text: "City are expected to name an unchanged side", authors: okafor},
		{time: "2024-06-04T08:45:00Z", title: "Cup final", text: "Tickets for the final sold out within an hour", authors: okafor},
		{time: "2024-06-04T07:12:30Z", title: "Cup final", text: "Supporters have been arriving", authors: okafor},
		{time: "2024-06-04T06:58:05Z", title: "Cup final", text: "Good morning and welcome to our live coverage", authors: okafor},
	}
	for _, tc := range []textCase{
		{file: "cup-final.browser.txt", now: "2024-06-04T11:00:00Z"},
		{file: "cup-final.browser.txt"},
		{file: "cup-final.w3m.txt", now: "2024-06-04T11:00:00Z"},
		{file: "cup-final.w3m.txt"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			tc.zone, tc.entries = "Europe/London", want
			tc.url = "https://www.example-paper.co.uk/sport/football/cup-final-live-rovers-city-wembley-b2500001.html"
			tc.title = "Cup final LIVE: team news and build-up as Rovers and City meet at Wembley"
			tc.lastText = "Good morning and welcome to our live coverage of the cup final between Rovers and City.\n\nFollow all the team news and build-up here ahead of kick-off at 5.30pm."
			runTextCase(t, tc)
		})
	}
}

// A regional paper's live page: each clock glued to the author's name
// or to a "KEY EVENT" label ("19:10Ana Ribeiro"), a key-events list of
// headlines with their clocks glued on, image credits broken over
// lines, the only date in a browser copy the one of an embedded post;
// in the lynx dump an "Updated" line glued to its time and a caption
// filling the line above a stamp.
func TestTextGluedStamps(t *testing.T) {
	t.Parallel()
	ana, tom := []string{"Ana Ribeiro"}, []string{"Tom Hale"}
	want := []textWant{
		{time: "2024-06-04T18:10:00Z", title: "River breaches its banks at the quay", text: "Water has started to pour over the quay wall", authors: ana},
		{time: "2024-06-04T17:55:00Z", title: "Evacuation centre opens at the leisure centre", text: "The council has opened the leisure centre", key: true},
		{time: "2024-06-04T17:32:00Z", title: "Police close the coast road", text: "Officers have closed the coast road", authors: ana},
		{time: "2024-06-04T17:05:00Z", title: "Rain to ease overnight, forecasters say", text: "The heaviest rain is expected", authors: tom},
		{time: "2024-06-04T16:48:00Z", title: "Schools to close early on Wednesday", text: "All schools in the town will close", key: true},
	}
	for _, tc := range []textCase{
		{file: "coast-floods.browser.txt", now: "2024-06-04T19:00:00Z"},
		{file: "coast-floods.browser.txt"},
		{file: "coast-floods.lynx.txt", now: "2024-06-04T19:00:00Z"},
		{file: "coast-floods.lynx.txt"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			tc.zone, tc.entries = "Europe/London", want
			tc.url = "https://www.example-chronicle.co.uk/news/local-news/floods-live-river-quay-storm-40012345"
			tc.title = "Floods LIVE: river bursts its banks as storm sweeps across the coast"
			tc.lastText = "All schools in the town will close at noon on Wednesday so that pupils can get home before the next high tide."
			runTextCase(t, tc)
		})
	}
}

// An Italian paper's live page: an index of key posts ("Punti chiave")
// printed with their clocks above the stream, the page's date without a
// time and its "updated at" clock, a related story's byline and date
// inside an entry, entries past midnight at the bottom, the comment
// section's link ending the stream.
func TestTextIndexAndDateOnlyDateline(t *testing.T) {
	t.Parallel()
	want := []textWant{
		{time: "2024-06-04T16:12:00Z", title: "Sindacati: “Adesione oltre l’80 per cento”", text: "Secondo i sindacati di base"},
		{time: "2024-06-04T15:40:00Z", title: "A Roma bus a singhiozzo fino a sera", text: "Nella capitale le linee di superficie"},
		{time: "2024-06-04T13:05:00Z", title: "Ministro: “Garantite le fasce di tutela”", text: "Il ministro dei Trasporti ha ricordato"},
		{time: "2024-06-04T07:30:00Z", title: "Milano, metro chiusa dalle 8.45", text: "Le linee della metropolitana milanese"},
		{time: "2024-06-03T22:40:00Z", title: "Treni, le prime cancellazioni nella notte", text: "I primi treni regionali cancellati"},
		{time: "2024-06-03T22:15:00Z", title: "Inizia lo sciopero nazionale dei trasporti", text: "È cominciato alla mezzanotte"},
	}
	for _, tc := range []textCase{
		{file: "sciopero-diretta.browser.txt", now: "2024-06-04T16:30:00Z"},
		{file: "sciopero-diretta.browser.txt"},
		{file: "sciopero-diretta.w3m.txt", now: "2024-06-04T16:30:00Z"},
		{file: "sciopero-diretta.w3m.txt"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			tc.zone, tc.entries = "Europe/Rome", want
			tc.url = "https://www.example-quotidiano.it/cronaca/2024/06/04/diretta/sciopero_trasporti_news_oggi_metro_treni-500123456/"
			tc.title = "Sciopero dei trasporti, le news di oggi. Metro ferme a Milano, treni cancellati in tutta Italia"
			tc.lastText = "È cominciato alla mezzanotte lo sciopero nazionale di ventiquattro ore del trasporto pubblico locale e ferroviario."
			runTextCase(t, tc)
		})
	}
}

// A French live page whose entries are paragraphs opening with their
// time ("0h40 : …", "22h50. …"), newest first across midnight, under a
// "published … · updated …" line that dates the page.
func TestTextClockOpensParagraph(t *testing.T) {
	t.Parallel()
	want := []textWant{
		{time: "2024-06-04T22:40:00Z", text: "Le dépouillement se poursuit dans les grandes villes"},
		{time: "2024-06-04T22:05:00Z", text: "Les premiers résultats officiels placent la liste"},
		{time: "2024-06-04T21:50:00Z", text: "Le taux de participation atteint 52 %"},
		{time: "2024-06-04T20:50:00Z", text: "Le président de la commission électorale"},
		{time: "2024-06-04T19:15:00Z", text: "Les partis d'opposition réclament un recomptage"},
		{time: "2024-06-04T04:03:00Z", text: "Les premiers bureaux de vote ouvrent"},
	}
	for _, tc := range []textCase{
		{file: "europeennes-direct.browser.txt", now: "2024-06-04T23:30:00Z"},
		{file: "europeennes-direct.browser.txt"},
		{file: "europeennes-direct.w3m.txt", now: "2024-06-04T23:30:00Z"},
		{file: "europeennes-direct.w3m.txt"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			tc.zone, tc.entries = "Europe/Paris", want
			tc.title = "Élections européennes : suivez la soirée électorale en direct"
			tc.lastText = "Les premiers bureaux de vote ouvrent dans les territoires d'outre-mer, avant la métropole."
			runTextCase(t, tc)
		})
	}
}

// A local paper's live page whose entries carry no stamp of their own:
// each is a headline and its text, closed by "By <author>, <date and
// time>", which is the entry's time.
func TestTextClosingBylinesOnly(t *testing.T) {
	t.Parallel()
	lena, owen := []string{"Lena Fischer"}, []string{"Owen Price"}
	want := []textWant{
		{time: "2024-06-05T00:20:00Z", title: "Turnout higher than expected in the north", text: "Turnout in the northern wards has reached 41 per cent", authors: lena},
		{time: "2024-06-04T23:55:00Z", title: "Recount ordered in Riverside ward", text: "A recount has been ordered in Riverside", authors: lena},
		{time: "2024-06-04T22:58:00Z", title: "Ballot boxes arrive from the last rural station", text: "The final ballot boxes from the hill villages", authors: owen},
		{time: "2024-06-04T21:02:00Z", title: "Polls close across the county", text: "Polling stations have now closed.", authors: owen},
	}
	for _, tc := range []textCase{
		{file: "council-count.browser.txt", now: "2024-06-05T01:00:00Z"},
		{file: "council-count.browser.txt"},
		{file: "council-count.lynx.txt", now: "2024-06-05T01:00:00Z"},
		{file: "council-count.lynx.txt"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			tc.zone, tc.entries = "Europe/London", want
			tc.title = "Council count live: results as they come in across the county"
			tc.lastText = "Polling stations have now closed. Counting will begin as soon as the ballot boxes arrive."
			runTextCase(t, tc)
		})
	}
}

// lynx prints an image as "[image]", before its caption when it has
// one: the marker is no text.
func TestTextLynxImageMarkers(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join("testdata", "text", "council-count.lynx.txt"))
	require.NoError(t, err)
	blog, err := liveblog.NewParser(liveblog.Options{Location: loadZone(t, "Europe/London")}).Parse(strings.NewReader(string(data)))
	require.NoError(t, err)
	require.NotEmpty(t, blog.Entries)
	assert.Equal(t, "Turnout in the northern wards has reached 41 per cent, the returning officer said.\n\n"+
		"Counting staff sort ballot papers at the leisure centre.\n\n"+
		"Counting staff expect the first results shortly after 2am.", blog.Entries[0].Text)
}

// A motor-racing live page: entries titled by a short line before their
// text, some with a rubric ("Pit lane") above the headline, one with an
// author line instead.
func TestTextEntryTitlesAndRubrics(t *testing.T) {
	t.Parallel()
	want := []textWant{
		{time: "2024-09-01T13:48:00Z", title: "Safety car called after debris on the main straight", text: "Marshals are clearing carbon fibre"},
		{time: "2024-09-01T13:31:00Z", title: "Leader stops for new tyres", text: "The race leader came in at the end of lap 30"},
		{time: "2024-09-01T13:10:00Z", text: "Rain is falling at the far end of the circuit", authors: []string{"Carla Neri"}},
		{time: "2024-09-01T12:55:00Z", title: "Lights out", text: "The race is under way"},
	}
	for _, file := range []string{"grand-prix.browser.txt", "grand-prix.w3m.txt"} {
		t.Run(file, func(t *testing.T) {
			runTextCase(t, textCase{file: file, zone: "Europe/Rome", now: "2024-09-01T14:00:00Z", entries: want,
				title:    "Grand Prix live: rain threatens as the field races at Monza",
				lastText: "The race is under way and the front row got away cleanly."})
		})
	}
}

// A first line ending in "!" is a headline only on a page whose entries
// have headlines: on one whose entries are plain paragraphs it is the
// start of the text.
func TestTextExclaimedFirstLineWithoutHeadlines(t *testing.T) {
	t.Parallel()
	page := "Match live: the derby\n\n" +
		"21:40\nWhat a finish!\nThe home side score in the last minute to win it.\n\n" +
		"21:12\nThe visitors are pressing for a second goal and have had two corners in a row.\n\n" +
		"20:58\nGoal!\nA low shot from the edge of the box beats the keeper at the near post.\n\n" +
		"20:30\nThe teams are out and the stadium is full.\n"
	blog, err := liveblog.NewParser(liveblog.Options{Now: time.Date(2024, 3, 2, 22, 0, 0, 0, time.UTC)}).Parse(strings.NewReader(page))
	require.NoError(t, err)
	require.Len(t, blog.Entries, 4)
	for i, e := range blog.Entries {
		assert.Empty(t, e.Title, "entry %d", i)
	}
	assert.Equal(t, "What a finish!\n\nThe home side score in the last minute to win it.", blog.Entries[0].Text)
	assert.Equal(t, "Goal!\n\nA low shot from the edge of the box beats the keeper at the near post.", blog.Entries[2].Text)
}

// The README's example of a copied page reads as the README says.
func TestTextReadmeExample(t *testing.T) {
	t.Parallel()
	runTextCase(t, textCase{file: "harbour-gazette.browser.txt", zone: "Europe/London",
		title: "Storm LIVE: ferries cancelled as gales reach the coast",
		entries: []textWant{
			{time: "2024-06-04T17:32:00Z", title: "Ferry operator cancels all crossings", text: "Every sailing until Friday morning is off, the operator said.", authors: []string{"Lena Fischer"}},
			{time: "2024-06-04T17:10:00Z", title: "Coast road shut by waves", text: "Police closed the road after stones were thrown onto it.", key: true},
		}})
}

// A copied page that is not a live blog is refused by the text reader,
// whatever site adapter the address picks: the error is the text
// reader's, not that of an adapter that reads only its site's HTML.
func TestTextNotLiveBlogWithSiteURL(t *testing.T) {
	t.Parallel()
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(liveblog.NewExtractor("example-site",
		func(d *liveblog.Document) bool { return d.Host() == "news.example.com" },
		func(*liveblog.Document) (*liveblog.Result, error) { return nil, liveblog.ErrNotLiveBlog })))
	page := "An ordinary article\n\nIt was published on Monday and has no timeline at all.\n"
	_, err := liveblog.NewParser(liveblog.Options{Registry: reg, URL: "https://news.example.com/an-ordinary-article"}).Parse(strings.NewReader(page))
	require.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
	assert.Equal(t, "liveblog: not a live blog", err.Error(), "the site adapter the URL chose is not named")
}

// A Spanish live page printing each day as a heading above its entries'
// clocks: the clocks take the heading's day, also when the page is read
// days later or with no reference time at all.
func TestTextDayHeadings(t *testing.T) {
	t.Parallel()
	want := []textWant{
		{time: "2024-06-04T07:10:00Z", title: "Reabren las carreteras del interior", text: "Las brigadas de limpieza"},
		{time: "2024-06-04T05:00:00Z", title: "Los colegios abren con normalidad", text: "Las clases se mantienen"},
		{time: "2024-06-03T20:00:00Z", title: "El agua entra en los bajos del paseo marítimo", text: "Los bomberos han achicado agua"},
		{time: "2024-06-03T16:00:00Z", title: "Primeros avisos por lluvias intensas", text: "Protección Civil ha enviado un aviso"},
	}
	for _, tc := range []textCase{
		{file: "tormenta-directo.browser.txt", now: "2024-06-04T10:00:00Z"},
		{file: "tormenta-directo.browser.txt", now: "2024-06-07T10:00:00Z"},
		{file: "tormenta-directo.browser.txt"},
		{file: "tormenta-directo.w3m.txt", now: "2024-06-04T10:00:00Z"},
		{file: "tormenta-directo.w3m.txt"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			tc.zone, tc.entries = "Europe/Madrid", want
			tc.title = "Tormentas en el Mediterráneo, en directo: el temporal deja calles inundadas en la costa"
			tc.lastText = "Protección Civil ha enviado un aviso a los móviles de la comarca por la previsión de lluvias fuertes."
			runTextCase(t, tc)
		})
	}
}

// Copies of two live pages in languages that print a time as "21h": a
// French regional paper (browser copy) and a Brazilian one (w3m). Their
// stamps are clocks, not "21 hours ago" (the copy's language, guessed
// from its words, settles it); the page's one date is when the blog
// began ("Publié le … à 14h02"), and its first post stands two minutes
// before it.
func TestTextHourClocksOfPagesThatBegin(t *testing.T) {
	t.Parallel()
	fr := []textWant{
		{time: "2024-06-09T19:00:00Z", title: "Les premiers résultats dans les communes", text: "Dans les petites communes"},
		{time: "2024-06-09T18:05:00Z", text: "Les bureaux de vote de la préfecture ont fermé à 20h."},
		{time: "2024-06-09T16:00:00Z", title: "La participation en hausse", text: "À 17 heures, la participation"},
		{time: "2024-06-09T14:12:00Z", text: "Une file d'attente s'est formée"},
		{time: "2024-06-09T12:00:00Z", title: "Bienvenue dans ce direct", text: "Bonjour à toutes et à tous."},
	}
	pt := []textWant{
		{time: "2024-10-07T00:00:00Z", title: "Prefeito eleito fala com apoiadores", text: "O candidato eleito discursou"},
		{time: "2024-10-06T23:30:00Z", text: "Com 98% das urnas apuradas"},
		{time: "2024-10-06T22:00:00Z", title: "Apuração começa em ritmo rápido", text: "A justiça eleitoral informou"},
		{time: "2024-10-06T21:15:00Z", text: "Fiscais relatam filas curtas"},
		{time: "2024-10-06T20:00:00Z", title: "Começa a nossa cobertura", text: "Boa tarde."},
	}
	for _, tc := range []textCase{
		{file: "soiree-electorale.browser.txt", zone: "Europe/Paris", entries: fr, datedBy: liveblog.DatedByPage,
			title:    "DIRECT. Élections européennes : suivez la soirée électorale dans l'estuaire",
			lastText: "Bonjour à toutes et à tous. Nous suivons cet après-midi et ce soir le scrutin dans les communes de l'estuaire."},
		{file: "soiree-electorale.browser.txt", zone: "Europe/Paris", now: "2024-06-09T21:00:00Z", entries: fr, datedBy: liveblog.DatedByOptions,
			title: "DIRECT. Élections européennes : suivez la soirée électorale dans l'estuaire"},
		{file: "soiree-electorale.browser.txt", zone: "Europe/Paris", now: "2024-06-12T08:00:00Z", entries: fr, datedBy: liveblog.DatedByPage,
			title: "DIRECT. Élections européennes : suivez la soirée électorale dans l'estuaire"},
		{file: "apuracao-ao-vivo.w3m.txt", zone: "America/Sao_Paulo", entries: pt,
			title:    "AO VIVO: acompanhe a apuração das eleições municipais no Vale",
			lastText: "Boa tarde. A partir de agora, acompanhamos aqui a apuração dos votos em todas as cidades do Vale."},
		{file: "apuracao-ao-vivo.w3m.txt", zone: "America/Sao_Paulo", now: "2024-10-09T12:00:00Z", entries: pt,
			title: "AO VIVO: acompanhe a apuração das eleições municipais no Vale"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			runTextCase(t, tc)
		})
	}
}

// Pages that label every entry's time ("Posted at 01:12", "Publicado a
// las 23:40"): the label is not a page's publication line when every
// entry has one. An English paper (lynx, the page's date in its byline)
// and a Spanish one (browser copy, the date alone above the stream),
// both across or up to midnight.
func TestTextLabelledEntryStamps(t *testing.T) {
	t.Parallel()
	en := []textWant{
		{time: "2024-07-07T00:12:00Z", title: "Recount ordered in the harbour ward", text: "The returning officer has agreed"},
		{time: "2024-07-06T23:47:00Z", title: "Turnout down on last time", text: "Turnout across the county was 58 per cent"},
		{time: "2024-07-06T22:55:00Z", title: "First result declared", text: "The first ward to declare"},
		{time: "2024-07-06T21:01:00Z", title: "Polls have closed", text: "Polls closed at 10pm"},
	}
	es := []textWant{
		{time: "2023-05-28T21:40:00Z", title: "Los socialistas ganan en la capital", text: "Con el 97% escrutado"},
		{time: "2023-05-28T20:15:00Z", title: "El escrutinio avanza rápido", text: "A esta hora ya se ha contado"},
		{time: "2023-05-28T19:05:00Z", title: "Los colegios cierran", text: "Los colegios electorales han cerrado"},
		{time: "2023-05-28T18:10:00Z", title: "La participación, en el 58%", text: "La participación a las seis de la tarde"},
	}
	for _, tc := range []textCase{
		{file: "count-night.lynx.txt", zone: "Europe/London", entries: en, datedBy: liveblog.DatedByPage,
			title:    "Election night live: results as they come in",
			lastText: "Polls closed at 10pm and the ballot boxes are now on their way to the count."},
		{file: "count-night.lynx.txt", zone: "Europe/London", now: "2024-07-07T02:00:00Z", entries: en, datedBy: liveblog.DatedByOptions,
			title: "Election night live: results as they come in"},
		{file: "recuento-directo.browser.txt", zone: "Europe/Madrid", entries: es, datedBy: liveblog.DatedByPage,
			title:    "Elecciones autonómicas, en directo: el recuento minuto a minuto",
			lastText: "La participación a las seis de la tarde se situaba en el 58%, dos puntos por debajo de la anterior cita."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			runTextCase(t, tc)
		})
	}
}

// Pages that label every entry's time ("Posted 16:40", "Pubblicato alle
// 16:40") and print an edit time on the line under some ("Updated
// 16:52"): each labelled run opens one entry, the edit time no entry of
// its own. The lynx copy signs off with "(c) 2024 …", a rights line.
func TestTextPostedAndUpdatedPairs(t *testing.T) {
	t.Parallel()
	for _, tc := range []textCase{
		{file: "valley-floods-posted.lynx.txt", zone: "Europe/London", now: "2024-02-10T18:00:00Z",
			title: "Flood warnings: live updates from the valley",
			entries: []textWant{
				{time: "2024-02-10T16:40:00Z", title: "River gauge at Millbridge passes record", text: "The gauge by the old mill read 4.2 metres"},
				{time: "2024-02-10T15:55:00Z", title: "Footbridge closed to walkers", text: "Police have closed the footbridge"},
				{time: "2024-02-10T15:10:00Z", title: "Schools send pupils home early", text: "Three primary schools in the lower valley"},
				{time: "2024-02-10T14:22:00Z", title: "Sandbags handed out at the depot", text: "The council depot on Quarry Lane"},
			},
			lastText: "The council depot on Quarry Lane is giving out sandbags until dark, ten to a household."},
		{file: "alluvione-pubblicato.browser.txt", zone: "Europe/Rome", now: "2024-11-05T17:00:00Z",
			title: "Maltempo, la diretta: fiume in piena nella bassa valle",
			entries: []textWant{
				{time: "2024-11-05T15:40:00Z", title: "Ponte chiuso al traffico", text: "La polizia locale ha chiuso il ponte"},
				{time: "2024-11-05T14:55:00Z", title: "Scuole chiuse nel pomeriggio", text: "Tre scuole elementari"},
				{time: "2024-11-05T14:10:00Z", title: "Sacchi di sabbia al magazzino comunale", text: "Il comune distribuisce sacchi di sabbia"},
			},
			lastText: "Il comune distribuisce sacchi di sabbia fino al tramonto, dieci per famiglia."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// w3m copies of pages whose relative stamps open with a word in lower
// case ("hace 12 minutos", "před 9 minutami") on the line under the
// previous entry's wrapped paragraph, with no blank line between: the
// stamp line is no continuation of the paragraph. The Czech page's
// "Další články" (more articles) ends the last entry.
func TestTextLowerCaseRelativeStampsAfterWrappedText(t *testing.T) {
	t.Parallel()
	for _, tc := range []textCase{
		{file: "temporal-directo-hace.w3m.txt", zone: "Europe/Madrid", now: "2024-10-20T12:00:00Z",
			title: "Temporal en la costa: última hora en directo",
			entries: []textWant{
				{time: "2024-10-20T11:48:00Z", title: "Cortada la carretera del puerto", text: "La Guardia Civil ha cortado la carretera"},
				{time: "2024-10-20T11:13:00Z", title: "Suspendidas las clases en cuatro municipios", text: "Los ayuntamientos de la comarca"},
				{time: "2024-10-20T10:00:00Z", title: "Más de cien avisos al 112", text: "El centro de emergencias ha recibido"},
				{time: "2024-10-20T09:00:00Z", title: "Aemet eleva el aviso a naranja", text: "La agencia meteorológica prevé rachas"},
			},
			lastText: "La agencia meteorológica prevé rachas de hasta 110 kilómetros por hora en el litoral y olas de seis metros durante toda la jornada de hoy y buena parte de mañana."},
		{file: "boure-online-pred.w3m.txt", zone: "Europe/Prague", now: "2024-10-20T12:00:00Z",
			title: "ONLINE: Silná bouře zasáhla Čechy, na severu padají stromy",
			entries: []textWant{
				{time: "2024-10-20T11:51:00Z", title: "Vlaky mezi Prahou a Kolínem stojí", text: "Na trať u Úval spadl vzrostlý strom"},
				{time: "2024-10-20T11:22:00Z", title: "Bez proudu je dvacet tisíc domácností", text: "Energetici pracují na opravách"},
				{time: "2024-10-20T10:00:00Z", title: "Hasiči vyjeli k více než třem stům zásahů", text: "Nejvíce práce mají jednotky"},
				{time: "2024-10-20T08:00:00Z", title: "Meteorologové vydali výstrahu nejvyššího stupně", text: "Nárazy větru mohou na horách"},
			},
			lastText: "Nárazy větru mohou na horách dosáhnout až 140 kilometrů za hodinu, lidé by neměli chodit do lesů a měli by si uklidit volně ležící předměty na zahradách."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// Copies of two East Asian breaking-news pages: a Japanese one whose
// stamps are "18時32分" and a Korean one with plain clocks, each dated by
// a line above the stream, each followed by a "related articles" list
// (関連記事, 관련 기사) that is not the last entry's text. Sentences
// without spaces are running text too.
func TestTextEastAsianPagesEndAtRelatedLinks(t *testing.T) {
	t.Parallel()
	ja := []textWant{
		{time: "2024-08-29T09:32:00Z", title: "鉄道の運転見合わせ続く", text: "在来線の一部区間で"},
		{time: "2024-08-29T08:05:00Z", text: "気象庁は大雨特別警報を発表しました。"},
		{time: "2024-08-29T06:48:00Z", title: "避難所を開設", text: "市は小学校など12か所に"},
	}
	ko := []textWant{
		{time: "2024-07-10T09:32:00Z", title: "하천 수위 경보 발령", text: "시는 하천 수위가"},
		{time: "2024-07-10T08:05:00Z", text: "기상청은 오늘 밤까지"},
		{time: "2024-07-10T06:48:00Z", title: "도로 통제", text: "일부 지하차도와"},
	}
	for _, tc := range []textCase{
		{file: "taifu-sokuho.browser.txt", zone: "Asia/Tokyo", entries: ja, datedBy: liveblog.DatedByPage,
			title: "台風10号 最新情報（随時更新）", lastText: "市は小学校など12か所に避難所を開設しました。"},
		{file: "hoguu-sokbo.browser.txt", zone: "Asia/Seoul", entries: ko, datedBy: liveblog.DatedByPage,
			title: "집중호우 실시간 상황", lastText: "일부 지하차도와 하천변 도로의 차량 통행이 통제됐다."},
	} {
		t.Run(tc.file, func(t *testing.T) {
			runTextCase(t, tc)
		})
	}
}
