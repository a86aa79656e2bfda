package lexicon

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zone names of the hand table are checked everywhere
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// wantTags are the languages the library promises (issue 13).
var wantTags = []string{
	"en", "de", "fr", "it", "es", "ru", "pl", "nl", "pt", "uk", "cs", "sk",
	"sv", "da", "nb", "fi", "tr", "ja", "zh", "zh-Hant", "ko", "ar", "hi",
	"bn", "ro", "hu", "el", "he", "id", "vi", "th", "bg", "hr", "sr",
	"sr-Latn", "ca",
	// Added from CLDR alone, with a hand entry each (hand_time_more.go).
	"be", "fil", "ms", "fa", "ur", "lt", "lv", "et", "sl", "mk",
	"sq", "az", "ka", "hy", "kk", "ta", "te", "mr", "gu",
}

func lang(t *testing.T, tag string) Language {
	t.Helper()
	for _, l := range Time() {
		if l.Tag == tag {
			return l
		}
	}
	t.Fatalf("no language %q", tag)
	return Language{}
}

func TestEveryLanguagePresentOnce(t *testing.T) {
	var tags []string
	for _, l := range Time() {
		tags = append(tags, l.Tag)
	}
	require.ElementsMatch(t, wantTags, tags)
	for _, h := range handTime {
		require.Contains(t, wantTags, h.Tag, "hand entry without a CLDR language")
	}
}

func TestEveryLanguageHasTheFormsItMust(t *testing.T) {
	for _, l := range Time() {
		t.Run(l.Tag, func(t *testing.T) {
			for m, forms := range l.Months {
				require.NotEmpty(t, forms, "month %d", m+1)
			}
			for d, forms := range l.Weekdays {
				require.NotEmpty(t, forms, "weekday %d", d)
			}
			for u, pats := range l.Past {
				require.NotEmpty(t, pats, "past unit %d", u+1)
				for _, p := range pats {
					require.Equal(t, 1, strings.Count(p, "{0}"), p)
				}
			}
			require.NotEmpty(t, l.AM)
			require.NotEmpty(t, l.PM)
			require.NotEmpty(t, l.Today)
			require.NotEmpty(t, l.Yesterday)
			require.NotEmpty(t, l.DayBeforeYesterday)
			require.NotEmpty(t, l.Now)
			require.NotEmpty(t, l.Patterns)
			require.Contains(t, []string{"dmy", "mdy", "ymd"}, l.DateOrder)
			if l.Digits != "" {
				r := []rune(l.Digits)
				require.Len(t, r, 10)
				require.Len(t, slices.Compact(slices.Sorted(slices.Values(r))), 10, "digits must differ")
			}
			for _, f := range l.Fixed {
				require.NotContains(t, f.Text, "{0}")
				require.True(t, f.Unit >= Second && f.Unit <= Year, f.Text)
				require.Positive(t, f.Count, f.Text)
			}
			for w, n := range l.Counts {
				require.Positive(t, n, w)
			}
			for abbr, name := range l.Zones {
				_, err := time.LoadLocation(name)
				require.NoError(t, err, abbr)
			}
		})
	}
}

// forms lists every word of l with where it comes from.
func forms(l Language) map[string]string {
	out := map[string]string{}
	add := func(where string, fs []string) {
		for i, f := range fs {
			out[where+"/"+string(rune('0'+i%10))+":"+f] = f
		}
	}
	for m, fs := range l.Months {
		add("month"+string(rune('a'+m)), fs)
	}
	for d, fs := range l.Weekdays {
		add("weekday"+string(rune('a'+d)), fs)
	}
	for u, fs := range l.Past {
		add("past"+string(rune('a'+u)), fs)
	}
	add("am", l.AM)
	add("pm", l.PM)
	add("noon", l.Noon)
	add("midnight", l.Midnight)
	add("today", l.Today)
	add("yesterday", l.Yesterday)
	add("dby", l.DayBeforeYesterday)
	add("now", l.Now)
	add("fillers", l.Fillers)
	add("clock", l.ClockWords)
	add("ordinals", l.Ordinals)
	add("and", l.And)
	add("literals", l.Literals)
	for _, f := range l.Fixed {
		add("fixed", []string{f.Text})
	}
	for w := range l.Counts {
		add("counts", []string{w})
	}
	for w := range l.Zones {
		add("zones", []string{w})
	}
	return out
}

// checkClean fails when s is not a form as Language documents it.
func checkClean(t *testing.T, where, s string) {
	t.Helper()
	require.NotEmpty(t, s, where)
	require.True(t, utf8.ValidString(s), where)
	require.Equal(t, strings.Map(unicode.ToLower, s), s, "%s: upper case in %q", where, s)
	require.True(t, norm.NFC.IsNormalString(s), "%s: %q is not NFC", where, s)
	require.Equal(t, strings.TrimSpace(s), s, "%s: %q", where, s)
	require.NotContains(t, s, "  ", where)
	for _, r := range s {
		require.False(t, unicode.IsSpace(r) && r != ' ', "%s: %q has space %U", where, s, r)
		require.False(t, r == '\u200e' || r == '\u200f' || r == '\u061c', "%s: %q has a bidi mark", where, s)
	}
}

func TestNoFormEmptyOrUpperCase(t *testing.T) {
	for _, l := range Time() {
		for where, f := range forms(l) {
			checkClean(t, l.Tag+" "+where, f)
		}
		for _, p := range l.Patterns {
			// Pattern letters keep their case; the rest is lower-case.
			lit := regexp.MustCompile(`[A-Za-z]+`).ReplaceAllStringFunc(p, func(s string) string { return "x" })
			quoted := regexp.MustCompile(`'[^']*'`).FindAllString(p, -1)
			checkClean(t, l.Tag+" pattern", lit)
			for _, q := range quoted {
				require.Equal(t, strings.ToLower(q), q, "%s: pattern %q", l.Tag, p)
			}
		}
	}
}

func TestHandTableMatchesTheRules(t *testing.T) {
	for _, h := range handTime {
		for where, f := range forms(h) {
			checkClean(t, "hand "+h.Tag+" "+where, f)
		}
	}
}

func TestKnownForms(t *testing.T) {
	// From CLDR, checked against a printed calendar / grammar.
	require.Contains(t, lang(t, "de").Months[8], "sept.")
	require.Contains(t, lang(t, "de").Months[2], "märz")
	require.Contains(t, lang(t, "ru").Months[8], "сентября")
	require.Contains(t, lang(t, "pl").Months[8], "września")
	require.Contains(t, lang(t, "cs").Months[10], "listopadu")
	require.Contains(t, lang(t, "hr").Months[9], "listopada")
	require.Contains(t, lang(t, "fi").Months[8], "syyskuuta")
	require.Contains(t, lang(t, "el").Months[8], "σεπτεμβρίου")
	require.Contains(t, lang(t, "tr").Weekdays[time.Sunday], "pazar")
	require.Contains(t, lang(t, "ko").AM, "오전")
	require.Contains(t, lang(t, "ja").PM, "午後")
	require.Contains(t, lang(t, "ja").Past[Minute-1], "{0}分前")
	require.Contains(t, lang(t, "zh").Past[Hour-1], "{0}小时前")
	require.Contains(t, lang(t, "nl").Past[Minute-1], "{0} minuten geleden")
	require.Contains(t, lang(t, "pt").Past[Hour-1], "há {0} hora")
	require.Contains(t, lang(t, "uk").Past[Minute-1], "{0} хвилин тому")
	require.Contains(t, lang(t, "cs").Past[Minute-1], "před {0} minutami")
	require.Contains(t, lang(t, "da").Past[Hour-1], "for {0} timer siden")
	require.Contains(t, lang(t, "ar").Fixed, FixedPast{"قبل دقيقتين", Minute, 2})
	require.Equal(t, "٠١٢٣٤٥٦٧٨٩", lang(t, "ar").Digits)
	require.Equal(t, "০১২৩৪৫৬৭৮৯", lang(t, "bn").Digits)
	require.Equal(t, "०१२३४५६७८९", lang(t, "hi").Digits)
	require.Equal(t, "", lang(t, "de").Digits)
	require.Equal(t, "mdy", lang(t, "en").DateOrder)
	require.Equal(t, "dmy", lang(t, "de").DateOrder)
	require.Equal(t, "ymd", lang(t, "ja").DateOrder)
	require.Equal(t, "ymd", lang(t, "hu").DateOrder)
	require.Contains(t, lang(t, "ja").Literals, "時")
	require.Contains(t, lang(t, "ko").Literals, "시")
	// From the hand table, merged.
	require.Contains(t, lang(t, "en").DayBeforeYesterday, "the day before yesterday")
	require.Equal(t, 1, lang(t, "en").Counts["an"])
	require.Equal(t, 9, lang(t, "en").Counts["nine"])
	require.Equal(t, 1, lang(t, "de").Counts["einer"])
	require.Equal(t, 1, lang(t, "pt").Counts["uma"])
	require.Contains(t, lang(t, "en").Past[Minute-1], "{0} mins ago")
	require.Contains(t, lang(t, "en").Past[Minute-1], "{0} minutes ago") // CLDR's still there
	require.Contains(t, lang(t, "de").ClockWords, "uhr")
	require.Equal(t, "Europe/Istanbul", lang(t, "tr").Zones["tsi"])
	require.Equal(t, "Europe/Moscow", lang(t, "ru").Zones["мск"])
	require.Equal(t, "Europe/Berlin", lang(t, "de").Zones["mesz"])
}

func TestMergeLeavesTheTablesAlone(t *testing.T) {
	var en Language
	for _, l := range cldrLanguages {
		if l.Tag == "en" {
			en = l
		}
	}
	require.Empty(t, en.DayBeforeYesterday, "CLDR has no English day before yesterday")
	require.NotContains(t, en.Past[Minute-1], "{0} mins ago")

	cldr := []Language{{Tag: "xx", Today: []string{"a"}, Counts: map[string]int{"one": 1}}}
	hand := []Language{
		{Tag: "xx", Today: []string{"a", "b"}, Counts: map[string]int{"two": 2}},
		{Tag: "yy", Now: []string{"now"}},
	}
	got := merge(cldr, hand)
	require.Len(t, got, 2)
	require.Equal(t, []string{"a", "b"}, got[0].Today)
	require.Equal(t, map[string]int{"one": 1, "two": 2}, got[0].Counts)
	require.Equal(t, "yy", got[1].Tag)
	require.Equal(t, []string{"a"}, cldr[0].Today)
	require.Equal(t, map[string]int{"one": 1}, cldr[0].Counts)
}

// TestVersionMatchesGenerator checks that cldr_tables.go was written by
// the generator as it is pinned now: its Version is the generator's
// cldrVersion and its header names it.
func TestVersionMatchesGenerator(t *testing.T) {
	src, err := os.ReadFile("internal/gen/main.go")
	require.NoError(t, err)
	m := regexp.MustCompile(`const cldrVersion = "([^"]+)"`).FindSubmatch(src)
	require.NotNil(t, m)
	require.Equal(t, string(m[1]), Version)
	tables, err := os.ReadFile("cldr_tables.go")
	require.NoError(t, err)
	header, _, _ := strings.Cut(string(tables), "\n")
	require.Regexp(t, `^// Code generated .* DO NOT EDIT\.$`, header)
	require.Contains(t, header, "CLDR "+Version)
}
