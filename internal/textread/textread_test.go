package textread

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog/internal/timeparse"
)

func TestUnglue(t *testing.T) {
	for in, want := range map[string]string{
		"November02202321:06 (IST)": "November 02 2023 21:06 (IST)", // month, day, year, hour in one run
		"ago12.34 BST":              "ago 12.34 BST",
		"12.50 BSTFirst":            "12.50 BST First",
		"Updated20:49":              "Updated 20:49",
		"6h03":                      "6h03", // one letter between digits stays
		"5pm":                       "5pm",
		"20m ago":                   "20m ago",
		"11:529 novembre 2024":      "11:52 9 novembre 2024", // minutes, then the day
		"14:059. März 2024":         "14:05 9. März 2024",
		"12:3015 March":             "12:30 15 March",
		"12:301 pm":                 "12:30 1 pm", // read again only when the whole fails
		"12:30:45 UTC":              "12:30:45 UTC",
		"10:600 km":                 "10:600 km", // no minute 60
	} {
		assert.Equal(t, want, unglue(in), in)
	}
}

func TestStampShape(t *testing.T) {
	assert.Equal(t, stampShape("12.50 BST"), stampShape("9.05 CEST"))
	assert.Equal(t, "9:9", stampShape("01:27"))
	assert.NotEqual(t, stampShape("12.50 BST"), stampShape("01:27"))
	assert.Equal(t, "a 9 9 9:9 (a)", stampShape("November 02 2023 21:06 (IST)"))
}

func TestFindStamp(t *testing.T) {
	n := &timeparse.Normalizer{Location: time.UTC, Now: time.Date(2024, 6, 4, 20, 0, 0, 0, time.UTC)}
	tests := []struct {
		in         string
		place      stampPlace
		raw, other string
		glued      bool
	}{
		{"21:06", stampWhole, "21:06", "", false},
		{"Vor einer Stunde", stampWhole, "Vor einer Stunde", "", false},
		{"November02202321:06 (IST)", stampWhole, "November02202321:06 (IST)", "", false},
		{"12.31 Uhr: Tunnel reopens", stampPrefix, "12.31 Uhr", "Tunnel reopens", false},
		{"6h03 : Les bureaux ouvrent.", stampPrefix, "6h03", "Les bureaux ouvrent.", false},
		{"22h50. Le président parle.", stampPrefix, "22h50", "Le président parle.", false},
		{"0h40 : Le dépouillement continue.", stampPrefix, "0h40", "Le dépouillement continue.", false},
		{"21:00Jane Doe", stampPrefix, "21:00", "Jane Doe", true},
		{"16.40 uur Afsluitdijk weer open", stampPrefix, "16.40 uur", "Afsluitdijk weer open", false},
		{"18 h 20 Hydro-Québec prévoit", stampPrefix, "18 h 20", "Hydro-Québec prévoit", false},
		{"14:05 Uhr Feuerwehr rückt aus", stampPrefix, "14:05 Uhr", "Feuerwehr rückt aus", false},
		{"kl. 14.05 Trær over veien", stampPrefix, "kl. 14.05", "Trær over veien", false},
		{"14h05 Horas depois, a ponte reabriu", stampPrefix, "14h05", "Horas depois, a ponte reabriu", false},
		{"20:42KEY EVENT", stampPrefix, "20:42", "KEY EVENT", true},
		{"20m ago12.34 BST", stampPrefix, "20m ago", "12.34 BST", true},
		{"Mon 4 Jun 2024 14.55 BSTFirst published on Mon 4 Jun 2024 08.02 BST", stampPrefix, "Mon 4 Jun 2024 14.55 BST", "First published on Mon 4 Jun 2024 08.02 BST", true},
		{"Jane Doe4 June 2024 10:01", stampSuffix, "4 June 2024 10:01", "Jane Doe", true},
		{"Anna Schulze · vor 12 Minuten", stampSuffix, "vor 12 Minuten", "Anna Schulze", false},
		{"Jane Doe | 2 hours ago", stampSuffix, "2 hours ago", "Jane Doe", false},
		{"Tunnel reopens (11.39 Uhr)", stampSuffix, "11.39 Uhr)", "Tunnel reopens", true},
		{"Tunnel reopens after repairs18:55", stampSuffix, "18:55", "Tunnel reopens after repairs", true},
		{"— Harbour Police (@harbourpolice) June 4, 2024", stampSuffix, "June 4, 2024", "— Harbour Police (@harbourpolice)", false},
	}
	for _, tt := range tests {
		ts, ok := findStamp(n, tt.in)
		require.True(t, ok, tt.in)
		assert.Equal(t, tt.place, ts.place, tt.in)
		assert.Equal(t, tt.raw, ts.raw, tt.in)
		assert.Equal(t, tt.other, ts.other, tt.in)
		assert.Equal(t, tt.glued, ts.glued, tt.in)
	}
	for _, in := range []string{
		"The EU's 27 member states met on Monday.",
		"15 August: the day the city fell", // a date alone does not open an entry
		"Match 33, ICC Cricket World Cup",
		"357/8 (50.0)",
		"1",
		"Live",
		strings.Repeat("9", 200),
	} {
		ts, ok := findStamp(n, in)
		assert.False(t, ok && ts.place != stampSuffix, "%q read as %+v", in, ts)
	}
	// A relative time ends a byline only when set apart from it: at the
	// end of a headline it is part of the sentence.
	for _, in := range []string{"Pegel so hoch wie vor 20 Jahren", "Dit gebeurde 3 uur geleden"} {
		ts, ok := findStamp(n, in)
		assert.False(t, ok, "%q read as %+v", in, ts)
	}
}

func TestTextBlocksJoinsCentredHeadings(t *testing.T) {
	// lynx centres a page's headline and wraps it: a full line at the
	// margin, the rest centred under it. Two short centred lines (a
	// masthead over its motto) are two blocks.
	dump := "                          The Valley Courier\n" +
		"                       Independent since 1887\n\n" +
		"Live: river levels keep rising across the valley as crews build new flood\n" +
		"                          walls near the old bridge\n\n" +
		"   Water has reached the top step of the quay in the old town, and the\n" +
		"   council has closed the car parks on both banks of the river until\n" +
		"   further notice.\n\n" +
		"   Crews have been filling sandbags since dawn at the depot on the ring\n" +
		"   road, where volunteers are asked to report to the front gate.\n"
	var got []string
	for _, b := range splitBlocks(dump, nil) {
		got = append(got, b.text)
	}
	assert.Equal(t, []string{
		"The Valley Courier",
		"Independent since 1887",
		"Live: river levels keep rising across the valley as crews build new flood walls near the old bridge",
		"Water has reached the top step of the quay in the old town, and the council has closed the car parks on both banks of the river until further notice.",
		"Crews have been filling sandbags since dawn at the depot on the ring road, where volunteers are asked to report to the front gate.",
	}, got)
}

func TestTextBlocksJoinsWrappedLines(t *testing.T) {
	// A lynx dump: paragraphs indented by three and wrapped, headings at
	// the margin, list items under "*".
	dump := "Heading of the page that runs long enough to be wrapped by the text\nbrowser\n\n" +
		"   The first paragraph is long enough to wrap onto a second line in the\n" +
		"   dump, and a third one follows it as the text goes on and on and on\n" +
		"   until it ends.\n\n" +
		"   A short line\n   Another short line\n" +
		"     * An item of a list that is long enough to be wrapped by the text\n" +
		"       browser onto its next line\n" +
		"     * A second item\n"
	blocks := splitBlocks(dump, nil)
	var got []string
	for _, b := range blocks {
		got = append(got, b.text)
	}
	assert.Equal(t, []string{
		"Heading of the page that runs long enough to be wrapped by the text browser",
		"The first paragraph is long enough to wrap onto a second line in the dump, and a third one follows it as the text goes on and on and on until it ends.",
		"A short line",
		"Another short line",
		"An item of a list that is long enough to be wrapped by the text browser onto its next line",
		"A second item",
	}, got)
	assert.True(t, blocks[4].bullet)

	// A browser copy: one paragraph a line, never joined.
	copyText := "A paragraph of a browser copy that is a whole paragraph on one line.\nanother line that starts in lower case but is its own paragraph.\n"
	assert.Len(t, splitBlocks(copyText, nil), 2)
}

func TestIsNameLike(t *testing.T) {
	for _, s := range []string{"Jane Doe", "Ursula von der Leyen", "Sami al-Ajrami", "Anne-Marie O'Neill"} {
		assert.True(t, isNameLike(s, textLex), s)
	}
	for _, s := range []string{"Women’s World Cup", "KEY EVENT", "Tensions escalate in Plymouth", "Doe", "BR24 Redaktion", "Jane Doe reports from Cardiff"} {
		assert.False(t, isNameLike(s, textLex), s)
	}
}

// outOfOrder sets aside a clock that breaks the page's order where its
// neighbours keep it: a pinned post above the newest entry, an older
// entry shown again in the middle. Midnight passing is not out of order.
func TestOutOfOrder(t *testing.T) {
	clocks := func(hm ...string) ([]timeparse.Stamp, []int) {
		var seq []timeparse.Stamp
		var pos []int
		for _, s := range hm {
			tm, err := time.Parse("15:04", s)
			require.NoError(t, err)
			pos = append(pos, len(seq))
			seq = append(seq, timeparse.Stamp{Time: time.Date(2024, 6, 4, tm.Hour(), tm.Minute(), 0, 0, time.UTC), HasTime: true})
		}
		return seq, pos
	}
	r := &reader{}
	seq, pos := clocks("12:05", "12:50", "12:34", "12:24", "12:05", "11:58")
	assert.Equal(t, []bool{true, false, false, false, false, false}, r.outOfOrder(seq, pos), "pinned on top")
	seq, pos = clocks("00:20", "00:05", "23:50", "23:10")
	assert.Equal(t, []bool{false, false, false, false}, r.outOfOrder(seq, pos), "midnight passing")
	seq, pos = clocks("14:00", "13:30", "09:00", "13:10", "12:40")
	assert.Equal(t, []bool{false, false, true, false, false}, r.outOfOrder(seq, pos), "one older entry in the middle")
	seq, pos = clocks("14:00", "14:30")
	assert.Equal(t, []bool{false, false}, r.outOfOrder(seq, pos), "too few to tell")
}

// FuzzTextReader feeds the text reader alone (Parse turns an
// extractor's panic into an error, which would hide one): no input may
// make it panic, and what it returns is either nothing (not a live
// blog) or two or more entries.
func FuzzTextReader(f *testing.F) {
	for _, pattern := range []string{"../../testdata/text/*.txt", "../../../shared/corpus/text/*.txt", "../../../shared/corpus/*.txt"} {
		m, _ := filepath.Glob(pattern)
		for _, path := range m {
			if data, err := os.ReadFile(path); err == nil {
				f.Add(string(data))
			}
		}
	}
	f.Add("12:00\nA\n\n11:00\nB\n")
	f.Add("November\n02\n2023\n21:06 (IST)\nTitle!\nText.\n")
	f.Add("   20m ago12.34 BST\n   1h ago11.42 BST\n")
	now := time.Date(2024, 6, 4, 12, 0, 0, 0, time.UTC)
	page, err := url.Parse("https://example.com/live/a-b-c-live")
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		for _, in := range []Input{
			{Text: text},
			{Text: text, Norm: timeparse.Normalizer{Now: now}, Now: now, URL: page},
		} {
			p, ok := Read(&in)
			if !ok {
				if p != nil {
					t.Fatal("a page and not ok")
				}
				continue
			}
			if len(p.Entries) < 2 {
				t.Fatalf("%d entries and ok", len(p.Entries))
			}
		}
	})
}

// A text copy made with lynx of a regional site whose photo carousel is
// an ordered list of empty items: lynx prints them as "1.", "2.", "3."
// on lines of their own, which read together like a day and a month
// ("1. 2."). Only the page's "Updated" line dates its clock-only stamps.
// The rights line below the last entry is not its text.
func TestEmptyNumberedListDoesNotDateThePage(t *testing.T) {
	t.Parallel()
	text := `   #Valley Courier

Road closures LIVE: bridge shut after lorry strikes parapet

   Traffic is being diverted through the town centre

    1.
    2.
    3.
    4.

   By Lena Voss
     * Updated16:40, 11 Mar 2025

   16:32Lena Voss

Engineers arrive at the bridge

   A team of structural engineers has begun checking the parapet for
   damage before the road can reopen.

   15:58Lena Voss

Buses diverted away from the high street

   The bus company says its routes through the valley will run on the
   bypass until further notice.

   15:20Lena Voss

Lorry strikes the bridge

   A lorry has hit the side of the bridge and the road has been closed in
   both directions while police deal with it.

   Copyright 2025 Valley Courier Media Ltd. All rights reserved.
`
	p, ok := Read(&Input{Text: text})
	require.True(t, ok)
	require.Len(t, p.Entries, 3)
	for i, want := range []string{"2025-03-11T16:32:00Z", "2025-03-11T15:58:00Z", "2025-03-11T15:20:00Z"} {
		assert.Equal(t, want, p.Entries[i].Time.UTC().Format(time.RFC3339), p.Entries[i].RawTime)
	}
	assert.Equal(t, "A lorry has hit the side of the bridge and the road has been closed in both directions while police deal with it.", p.Entries[2].Text, "the rights line is furniture")
	assert.True(t, numeralsOnly("1. 2."))
	assert.True(t, numeralsOnly("3/4"))
	assert.False(t, numeralsOnly("3. 4. 2025"))
	assert.False(t, numeralsOnly("3 Apr"))
}

func TestUndoubleAndItemNumbers(t *testing.T) {
	for in, want := range map[string]string{
		"posted at 14:1814:18":     "posted at 14:18",
		"23:40 11 Jul23:40 11 Jul": "23:40 11 Jul",
		"14:18":                    "14:18",
		"Goal! 1-11-1":             "Goal! 1-11-1", // too short to be a stamp twice
		"abcdabcd":                 "abcdabcd",     // no digit
	} {
		assert.Equal(t, want, undouble(in), in)
	}
	rest, ok := cutItemNumber("12. posted at 09:05")
	assert.True(t, ok)
	assert.Equal(t, "posted at 09:05", rest)
	_, ok = cutItemNumber("1.5 million")
	assert.False(t, ok)

	// An item opening with a bare clock and a headline is a post; one
	// whose text goes on in lower case is a sentence about the time.
	n := &timeparse.Normalizer{Location: time.UTC, Now: time.Date(2024, 6, 4, 20, 0, 0, 0, time.UTC)}
	ts, ok := findStamp(n, "1. 14:05 Trains resume on the Frankston line")
	require.True(t, ok)
	assert.Equal(t, stampPrefix, ts.place)
	assert.Equal(t, "14:05", ts.raw)
	assert.Equal(t, "Trains resume on the Frankston line", ts.other)
	ts, ok = findStamp(n, "2. 10.30 is a good time to leave")
	assert.False(t, ok && ts.place == stampPrefix, "%+v", ts)
}

func TestFoldDigits(t *testing.T) {
	for in, want := range map[string]string{
		"١٤:٣٠ الدفاع": "14:30 الدفاع", // Arabic-Indic
		"۲۰:۱۵ —":      "20:15 —",      // Persian
		"१४:३० बजे":    "14:30 बजे",    // Devanagari
		"১৪:৩০":        "14:30",        // Bengali
		"１４:３０":        "14:30",        // full width
	} {
		got, ok := foldDigits(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	in := "خبر ١٤:٣٠ الدفاع"
	folded, _ := foldDigits(in)
	assert.Equal(t, "١٤:٣٠", unfold(in, folded, "14:30"))
	assert.Equal(t, "الدفاع", unfold(in, folded, "الدفاع"))
	assert.Equal(t, "خبر ١٤", unfold(in, folded, "خبر 14"))
	_, ok := foldDigits("14:30 Uhr")
	assert.False(t, ok)
}

func TestStampBeforeWideDash(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	norm := timeparse.Normalizer{Location: loc, Now: time.Date(2024, 6, 1, 18, 0, 0, 0, time.UTC)}
	for in, raw := range map[string]string{
		"15.05 Uhr – Der Wetterdienst warnt":   "15.05 Uhr",
		"11.50pm — Turnout is just under half": "11.50pm",
		"14:05 - Le trafic reprend":            "14:05",
	} {
		ts, ok := findStamp(&norm, in)
		require.True(t, ok, in)
		assert.Equal(t, raw, ts.raw, in)
	}
}

func TestGluedChrome(t *testing.T) {
	assert.True(t, textLex.gluedChrome("PartagerTweeter"))
	assert.True(t, textLex.gluedChrome("ShareTweet"))
	assert.False(t, textLex.gluedChrome("Share"), "one word is plain chrome")
	assert.False(t, textLex.gluedChrome("ShareHolders"))
	assert.True(t, textLex.gluedChrome("Share Tweet"))
	assert.True(t, textLex.gluedChrome("Facebook Twitter Email"))
	assert.False(t, textLex.gluedChrome("Share the road"))
}

func TestEndsWithZoneWord(t *testing.T) {
	assert.True(t, endsWithZoneWord("next weekMarch 14, 2024 · 08:10 IST"))
	assert.True(t, endsWithZoneWord("May 13, 2024 4:10 PM EDT"))
	assert.False(t, endsWithZoneWord("Talks with the IMF"))
	assert.False(t, endsWithZoneWord("EDT"))
}

func TestTickerTitle(t *testing.T) {
	assert.Equal(t, "Luftalarm in der Hauptstadt", tickerTitle("Luftalarm in der Hauptstadt +++"))
	assert.Equal(t, "C++", tickerTitle("C++"))
	assert.Equal(t, "Score 3+", tickerTitle("Score 3+"))
}

func TestSentenceOpeningWithATime(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	norm := timeparse.Normalizer{Location: loc, Now: time.Date(2024, 3, 7, 16, 0, 0, 0, time.UTC)}
	_, ok := findStamp(&norm, "Seit 16.30 Uhr sind die ersten Busse wieder unterwegs.")
	assert.False(t, ok)
	ts, ok := findStamp(&norm, "Seit 16.30 Uhr: Busse fahren wieder")
	require.True(t, ok, "a separator makes it a stamp")
	assert.Equal(t, "Seit 16.30 Uhr", ts.raw)
	_, ok = findStamp(&norm, "16.30 Uhr sind die Busse wieder unterwegs.")
	assert.True(t, ok, "a stamp opening with its digits is one")
}

func TestTeaserLine(t *testing.T) {
	assert.True(t, textLex.teaserLine("Lire aussi : Grève : ce qu’il faut savoir"))
	assert.True(t, textLex.teaserLine("Read more: Earlier flood defences explained"))
	assert.False(t, textLex.teaserLine("Police said: the road stays shut until Friday."))
	assert.False(t, textLex.teaserLine("Lire aussi"), "a heading alone is an aside, seen elsewhere")
}

func TestRangeJoin(t *testing.T) {
	assert.True(t, textLex.rangeJoin("20:15 – 21:45", "20:15", "21:45"))
	assert.True(t, textLex.rangeJoin("July 13 @ 10:00 am - 11:00 am", "July 13 @ 10:00 am", "11:00 am"))
	assert.True(t, textLex.rangeJoin("14.00 bis 15.30 Uhr", "14.00", "15.30 Uhr"))
	assert.False(t, textLex.rangeJoin("20m ago12.34 BST", "20m ago", "12.34 BST"), "a relative time over its clock")
	assert.False(t, textLex.rangeJoin("12.31 Uhr: 12.45 Uhr", "12.31 Uhr", "12.45 Uhr"))
}

func TestLinkListEndsPage(t *testing.T) {
	blocks := splitBlocks("Last entry text.\n\nReferences\n\n   1. https://example.com/\n   2. file:///x\n", nil)
	require.Len(t, blocks, 1)
	assert.Equal(t, "Last entry text.", blocks[0].text)
	blocks = splitBlocks("References\n\nThe report cites three studies.\n", nil)
	assert.Len(t, blocks, 2, "a References heading over prose is text")
}

func TestStripLineMarkers(t *testing.T) {
	tests := []struct {
		in, want string
		bullet   bool
	}{
		{"● Marta Ruiz 26 mayo, 202423:25", "Marta Ruiz 26 mayo, 202423:25", false}, // w3m's small image
		{"●", "", false},
		{"• Local", "Local", true},
		{"* Deportes", "Deportes", true},
		{"●Glued stays", "●Glued stays", false},
		{"[logo]Harbour Gazette", "Harbour Gazette", false},
		{"[11]Marta Ruiz [12]26 mayo, 202423:25", "Marta Ruiz 26 mayo, 202423:25", false}, // lynx's link numbers
		{"* [16]Raadsvergadering uitgesteld", "Raadsvergadering uitgesteld", true},
		{"Turnout rose [123456] points", "Turnout rose [123456] points", false}, // too long for a link number
	}
	for _, tt := range tests {
		got, bullet, _ := stripLineMarkers(textLine{text: tt.in})
		assert.Equal(t, tt.want, got, tt.in)
		assert.Equal(t, tt.bullet, bullet, tt.in)
	}
}
