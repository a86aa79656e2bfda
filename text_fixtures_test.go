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
