package timeparse

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestLeadingClock(t *testing.T) {
	tests := []struct {
		in          string
		clock, rest string
		ok          bool
	}{
		{"12.31 Uhr: Hagel im Süden", "12.31 Uhr", "Hagel im Süden", true},
		{"14:05 BST - Vote delayed", "14:05 BST", "Vote delayed", true},
		{"+++ 00:35 Selenskyj dankt Verbündeten +++", "00:35", "Selenskyj dankt Verbündeten", true},
		{"*** 14:05 Uhr: Sondersitzung ***", "14:05 Uhr", "Sondersitzung", true},
		{"+++ 9.12 Zweiter Zug entgleist +++", "9.12", "Zweiter Zug entgleist", true},
		{"14:26 Kanzler reist nach Kiew", "14:26", "Kanzler reist nach Kiew", true},
		{"14h05 : le cortège s'élance", "14h05", "le cortège s'élance", true},
		{"9h15 Un important panache de fumée", "9h15", "Un important panache de fumée", true},
		{"10h32 Polícia fecha avenida", "10h32", "Polícia fecha avenida", true},
		{"14h05 le cortège s'élance", "", "", false}, // no separator, no capital
		{"2.30 million people affected", "", "", false},
		{"1:30 of extra time", "", "", false},
		{"+++ Eilmeldung +++", "", "", false},
		{"Results from 12 counties", "", "", false},
		{"Ore 14:05 - Decreto approvato", "14:05", "Decreto approvato", true},
		{"ore 9.30: riunione in prefettura", "9.30", "riunione in prefettura", true},
		{"godz. 14:05 Decyzja rządu", "14:05", "Decyzja rządu", true},
		{"kl. 14.05: Regeringen samles", "14.05", "Regeringen samles", true},
		{"Ore di attesa al pronto soccorso", "", "", false},
		{"Umsatz 2024 steigt", "", "", false},
		{"00.35 Prąd wraca do domów", "00.35", "Prąd wraca do domów", true},
		{"18.05 Alert dla województw", "18.05", "Alert dla województw", true},
		{"1.50 Euro mehr für Strom", "", "", false},
		{"10 p.m.", "10 p.m.", "", true},
		{"9am - Polls open", "9am", "Polls open", true},
		{"10 people were hurt", "", "", false},
		// A preposition after a clock or duration belongs to the sentence,
		// though "de" is Hungarian for a.m.
		{"2h30 de marche jusqu'au refuge", "", "", false},
		{"1h45 de route depuis Lyon", "", "", false},
		{"14h30 de hoje: Câmara vota", "", "", false},
		{"16:20 de la tarde", "", "", false},
		{"9:15 de", "9:15 de", "", true},
		{"9:15 de - Ülésezik a testület", "9:15 de", "Ülésezik a testület", true},
		{"14:05 Uhr Regierung tagt", "14:05 Uhr", "Regierung tagt", true},
		// A full stop after an 'h' or colon clock, before a capital.
		{"18h10. La vigilance orange levée", "18h10", "La vigilance orange levée", true},
		{"9:05. Polls open", "9:05", "Polls open", true},
		{"18h10.", "18h10", "", true},
		{"14.05. Neue Regeln", "", "", false},
		{"18h10. et après", "", "", false},
		// A numeric date with its year before the clock is part of the stamp.
		{"31.03.22 | 11:26 | Pegel sinkt langsam", "31.03.22 | 11:26", "Pegel sinkt langsam", true},
		{"30.03.2022, 18:40 Uhr: Notunterkunft geöffnet", "30.03.2022, 18:40 Uhr", "Notunterkunft geöffnet", true},
		{"5/4/2024 - 9:05 - Polls open", "5/4/2024 - 9:05", "Polls open", true},
		{"31.03.22 | Pegel sinkt", "", "", false}, // no clock
		{"31.03.22 Pegel um 11:26 gesunken", "", "", false},
		{"31.03/22 11:26 Titel", "", "", false},
		// Native digits and titles in scripts without capitals.
		{"١٦:٤٥ انقطاع الكهرباء في الحي الشرقي", "١٦:٤٥", "انقطاع الكهرباء في الحي الشرقي", true},
		{"۱۴:۳۰ - نشست فوری شورای شهر", "۱۴:۳۰", "نشست فوری شورای شهر", true},
		{"16:45 انقطاع الكهرباء", "16:45", "انقطاع الكهرباء", true},
		{"١٢ قتيلا في حادث سير", "", "", false},
		{"٢٫٥ مليون دولار", "", "", false},
		{"١:٣٠ من الوقت الإضافي", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			clock, rest, ok := LeadingClock(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.clock, clock)
			assert.Equal(t, tt.rest, rest)
		})
	}
}

// clockPattern is the regular expression FindClock replaces; the test
// below holds the hand-written scanner to it. A dotted clock followed by
// a dot and a digit is the start of a date (06.09.2021), not a clock: the
// oracle skips such a match and looks further on.
var clockPattern = regexp.MustCompile(`(?:^|[^\d.:])([01]?\d|2[0-3])([:.h])([0-5]\d)(?:$|[^\d])`)

// oracleClock returns what FindClock must: hour, minute and end of the
// first clock clockPattern finds that is not the start of a dotted date.
func oracleClock(s string) (h, mi, end int) {
	for k := 0; k < len(s); k++ {
		if k > 0 {
			// The pattern's leading class needs the byte before.
			k--
		}
		m := clockPattern.FindStringSubmatchIndex(s[k:])
		if m == nil {
			return 0, 0, -1
		}
		for i := range m {
			m[i] += k
		}
		if s[m[4]] == '.' && m[7] < len(s) && s[m[7]] == '.' && m[7]+1 < len(s) && s[m[7]+1] >= '0' && s[m[7]+1] <= '9' {
			k = m[6]
			continue
		}
		h, _ = strconv.Atoi(s[m[2]:m[3]])
		mi, _ = strconv.Atoi(s[m[6]:m[7]])
		return h, mi, m[7]
	}
	return 0, 0, -1
}

func TestFindClockMatchesPattern(t *testing.T) {
	check := func(s string) {
		t.Helper()
		h, mi, end := FindClock(s)
		wantH, wantMi, wantEnd := oracleClock(s)
		if wantEnd < 0 {
			assert.Equal(t, -1, end, "%q: found a clock the pattern does not", s)
			return
		}
		assert.Equal(t, []int{wantH, wantMi, wantEnd}, []int{h, mi, end}, "%q", s)
	}
	for _, s := range []string{
		"", "14:05", "14.05", "14h05", "9:30am", "at 9:30 pm", "2.30 million", "123:45",
		"24:00", "23:59", "1:2", "12:345", "v1.2.30", "10.11.2023 14:05", "::14:05",
		"Posted 06.09.2021 at 14:18 GMT", "14:60", "x09h15y", "ore 7.05", "—7:05—",
	} {
		check(s)
	}
	// Random strings over the characters that matter, so that every
	// boundary case meets the pattern.
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("0123456789:.h aP-")
	for range 200000 {
		b := make([]byte, rng.IntN(9))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		check(string(b))
	}
}

func TestIsDateLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"14 August 2023 10:01", true},
		{"6 сентября 2021, 14:18", true},
		{"Updated 14:05 BST", true},
		{"31.03.2024 • 09:42 Uhr", true},
		{"Mon 15 May 2023 12.50 BST", true},
		{"2:18 p.m. ET, September 6, 2021", true},
		{"le 6 septembre 2021 à 14h18", true},
		{"12 marca 2021, 18:00", true},
		{"Dienstag, 27. August 2024", true},
		{"14:05", true},
		{"14 h 05", true},
		{"١٦:٤٥", true},
		{"१४:०५ (IST)", true},
		{"September", false}, // no clock, no year
		{"Trains resume at 14:05 today", false},
		{"The talks began on 3 May 2024", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsDateLine(tt.in), "%q", tt.in)
	}
}

func TestDateLineTail(t *testing.T) {
	assert.Equal(t, "30 October 2024, 14:05", DateLineTail("By Ann Lee, 30 October 2024, 14:05"))
	assert.Equal(t, "12:31", DateLineTail("Tom Reed | 12:31"))
	assert.Equal(t, "", DateLineTail("2024-06-01"))
}

func TestDateLineHead(t *testing.T) {
	assert.Equal(t, "Posted 2:47pm", DateLineHead("Posted 2:47pm by Aroha Smith"))
	assert.Equal(t, "21:47 Uhr", DateLineHead("21:47 Uhr | Jana Becker"))
	assert.Equal(t, "14 juin 2024, 14h05", DateLineHead("14 juin 2024, 14h05 par Claire Moisan"))
	assert.Equal(t, "", DateLineHead("Trains resume at 14:05 by the bridge"))
	assert.Equal(t, "", DateLineHead("Anna Meier | Redaktion"))
}

func TestClockMinutes(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"14:05", 14*60 + 5},
		{"2:18 p.m. ET", 14*60 + 18},
		{"9:38 pm", 21*60 + 38},
		{"12:10 am", 10},
		{"12:10 PM", 12*60 + 10},
		{"Posted 06.09.2021 at 14:18 GMT", 14*60 + 18},
		{"no clock", -1},
		{"10 p.m.", 22 * 60},
		{"9am", 9 * 60},
		{"12 a.m.", 0},
		{"10 people", -1},
		{"4m ago", -1}, // minutes, not Italian's narrow "m." for am
		{"4 m.", -1},
		{"3h ago", -1},
		{"11 pm", 23 * 60},
		// Clocks the engine reads in other notations.
		{"14 h 05", 14*60 + 5},
		{"١٦:٤٥", 16*60 + 45},
		{"१४:०५ (IST)", 14*60 + 5},
		{"14時05分", 14*60 + 5},
		{"9시 5분", 9*60 + 5},
		{"１４：０５", -1}, // a full-width colon is not read
		{"2 h 75", -1},
		{"١٢ شخصاً", -1},
		{"2024年8月8日", -1},
		// A marker before the clock, where the language writes it so.
		{"오후 1:05", 13*60 + 5},
		{"오전 12:30", 30},
		{"下午1:10", 13*60 + 10},
		{"更新下午2:05", 14*60 + 5},
		{"午後2時05分", 14*60 + 5},
		{"PM 2:05", 14*60 + 5}, // a language of the vocabulary writes "PM" before the clock
		// An hour and its clock word, no minutes.
		{"16h", 16 * 60},
		{"10 Uhr", 10 * 60},
		{"15時", 15 * 60},
		{"24h Le Mans", -1},
		{"12 Uhren", -1},
		{"il y a 2 h", -1},
		{"vor 3 Std.", -1},
		{"Am 12:05", 12*60 + 5},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ClockMinutes(tt.in), "%q", tt.in)
	}
}

// TestMayHoldClock holds the cheap test to every clock ClockMinutes
// reads, whatever its digits or hour mark.
func TestMayHoldClock(t *testing.T) {
	for _, s := range []string{"14:05", "9h05", "14 h 05", "١٦:٤٥", "१४:०५", "14時05分", "9시 05분"} {
		assert.True(t, MayHoldClock(s), "%q", s)
	}
	for _, s := range []string{"", "12 Uhr", "١٢ شخصاً", "2 h", "新幹線 一部区間で運転再開", "Updated"} {
		assert.False(t, MayHoldClock(s), "%q", s)
	}
}

func TestMachineTime(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		iso  bool
		ok   bool
	}{
		{"2023-05-15T11:50:54.000Z", time.Date(2023, 5, 15, 11, 50, 54, 0, time.UTC), true, true},
		{"2024-03-14T20:31:44+0000", time.Date(2024, 3, 14, 20, 31, 44, 0, time.UTC), true, true},
		{"2023-11-02T21:06:52+05:30", time.Date(2023, 11, 2, 15, 36, 52, 0, time.UTC), true, true},
		{"2023-11-02 16:56Z", time.Date(2023, 11, 2, 16, 56, 0, 0, time.UTC), true, true},
		{"1722888018921", time.Date(2024, 8, 5, 20, 0, 18, 921e6, time.UTC), false, true},
		{"1692003712", time.Date(2023, 8, 14, 9, 1, 52, 0, time.UTC), false, true},
		{"2024-05-04 14:05", time.Time{}, false, false}, // no zone: not an instant
		{"2024-05-04", time.Time{}, false, false},
		{"123456789", time.Time{}, false, false},
		{"9999999999999", time.Time{}, false, false}, // after 2100
		{"yesterday", time.Time{}, false, false},
	}
	for _, tt := range tests {
		got, iso, ok := MachineTime(tt.in)
		assert.Equal(t, tt.ok, ok, "%q", tt.in)
		assert.Equal(t, tt.iso, iso, "%q", tt.in)
		assert.True(t, got.Equal(tt.want), "%q: got %v", tt.in, got)
	}
	assert.True(t, LocalDateTime("2024-05-04 14:05"))
	assert.True(t, LocalDateTime("2024-05-04T14:05:00"))
	assert.False(t, LocalDateTime("2024-05-04T14:05:00Z"))
	assert.False(t, LocalDateTime("2024-05-04"))
}

func TestLabel(t *testing.T) {
	now := time.Date(2024, 10, 15, 14, 0, 0, 0, time.UTC)
	n := &Normalizer{Now: now, Location: time.UTC}
	tests := []struct {
		in, raw string
		day     time.Time // zero: the label names no day
		ok      bool
	}{
		{"14:05", "14:05", time.Time{}, true},
		{"31.03.2024 • 09:42 Uhr", "31.03.2024 • 09:42 Uhr", time.Date(2024, 3, 31, 9, 42, 0, 0, time.UTC), true},
		{"Tom Reed | 12:31", "12:31", time.Time{}, true},
		{"vor 5 Minuten", "vor 5 Minuten", now.Add(-5 * time.Minute), true},
		{"3 godz. temu", "3 godz. temu", now.Add(-3 * time.Hour), true},
		{"10 Uhr", "10 Uhr", time.Time{}, true},
		{"hace 2 horas", "hace 2 horas", now.Add(-2 * time.Hour), true},
		{"5 comments", "", time.Time{}, false},
		{"gerade eben", "", time.Time{}, false}, // no number: not read as a label
		{"Trains resume at 14:05 today", "", time.Time{}, false},
	}
	for _, tt := range tests {
		raw, day, _, ok := n.Label(tt.in)
		assert.Equal(t, tt.ok, ok, "%q", tt.in)
		assert.Equal(t, tt.raw, raw, "%q", tt.in)
		assert.True(t, tt.day.Equal(day), "%q: day %s, want %s", tt.in, day, tt.day)
	}
}

func TestDigitValue(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want int
	}{
		{'7', 7}, {'٣', 3}, {'۳', 3}, {'۰', 0}, {'۹', 9}, {'३', 3}, {'৯', 9}, {'๓', 3}, {'３', 3},
		{'𝟎', 0}, {'𝟗', 9}, {'𝟘', 0}, {'𝟡', 9}, {'𝟬', 0}, // mathematical digits: five sets of ten in one run
		{'a', -1}, {'٫', -1}, {'Ⅻ', -1}, {'²', -1}, {'½', -1},
	} {
		assert.Equal(t, c.want, DigitValue(c.r), "%q", c.r)
	}
}
