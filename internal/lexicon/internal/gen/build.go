package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// units are the dateFields keys of lexicon's units, in its order.
var units = []string{"second", "minute", "hour", "day", "week", "month", "year"}

// widths are the dateFields suffixes of the three widths.
var widths = []string{"", "-short", "-narrow"}

// pluralCounts are CLDR's plural categories in a fixed order, with the
// count a phrase of that category means when it prints no number
// ("قبل دقيقتين", two minutes ago); -1 when the category is no one number.
var pluralCounts = []struct {
	name  string
	count int
}{{"zero", 0}, {"one", 1}, {"two", 2}, {"few", -1}, {"many", -1}, {"other", -1}}

// weekdayKeys are CLDR's weekday keys, Sunday first as time.Weekday.
var weekdayKeys = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// availableFormats are the skeletons, among CLDR's availableFormats, of
// the forms a live blog prints: a clock, a day and month, a full date,
// with or without a weekday.
var availableFormats = []string{
	"Hm", "Hms", "hm", "hms", "EHm", "Ehm", "Md", "MEd", "MMMd", "MMMEd",
	"MMMMd", "yMd", "yMEd", "yMMMd", "yMMMEd", "yMMMMd",
}

// fixed is a past relative phrase that prints its count in words.
type fixed struct {
	text  string
	unit  int // 1 = second … 7 = year
	count int
}

// language is the generator's copy of lexicon.Language (the generator
// does not import the package it writes).
type language struct {
	tag                            string
	months                         [12][]string
	weekdays                       [7][]string
	am, pm, noon, midnight         []string
	today, yesterday, dayBeforeYes []string
	past                           [7][]string
	fixed                          []fixed
	digits                         string
	dateOrder                      string
	patterns                       []string
	literals                       []string
}

// list is an ordered set of forms.
type list []string

func (l *list) add(forms ...string) {
	for _, f := range forms {
		if f != "" && !contains(*l, f) {
			*l = append(*l, f)
		}
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// clean puts a CLDR string in the form the tables keep: NFC, spaces of
// every kind as one ASCII space, bidi marks removed, trimmed. Letters
// keep their case.
func clean(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\u200e' || r == '\u200f' || r == '\u061c' || r == '\u200b':
			continue
		case unicode.IsSpace(r) || r == '\u202f' || r == '\u00a0':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// lower is clean followed by lower-casing rune by rune (unicode.ToLower).
func lower(s string) string {
	return norm.NFC.String(strings.Map(unicode.ToLower, clean(s)))
}

// variants returns a lower-cased form and the other ways it is printed:
// without its final dot, with a final dot when abbreviated and ending in
// a cased letter, and with ASCII marks for typographic ones (asciiMarks).
func variants(s string, abbreviated bool) []string {
	s = lower(s)
	if s == "" {
		return nil
	}
	out := []string{s}
	if t, ok := strings.CutSuffix(s, "."); ok && t != "" {
		out = append(out, t)
	} else if abbreviated {
		r := []rune(s)
		if last := r[len(r)-1]; unicode.IsLetter(last) && unicode.ToUpper(last) != last {
			out = append(out, s+".")
		}
	}
	for _, f := range out {
		if a := asciiMarks.Replace(f); a != f {
			out = append(out, a)
		}
	}
	return out
}

// asciiMarks replaces the typographic apostrophe and the Hebrew geresh
// and gershayim with the ASCII marks that pages often print instead.
var asciiMarks = strings.NewReplacer("’", "'", "׳", "'", "״", "\"")

// Shapes of the JSON files read.
type (
	widthMap   map[string]map[string]string // width → key → name
	contextMap map[string]widthMap          // format / stand-alone → widths
	gregorian  struct {
		Months          contextMap                 `json:"months"`
		Days            contextMap                 `json:"days"`
		DayPeriods      contextMap                 `json:"dayPeriods"`
		DateFormats     map[string]string          `json:"dateFormats"`
		TimeFormats     map[string]string          `json:"timeFormats"`
		DateTimeFormats map[string]json.RawMessage `json:"dateTimeFormats"`
		AtTime          struct {
			Standard map[string]string `json:"standard"`
		} `json:"dateTimeFormats-atTime"`
	}
	caFile struct {
		Main map[string]struct {
			Dates struct {
				Calendars struct {
					Gregorian gregorian `json:"gregorian"`
				} `json:"calendars"`
			} `json:"dates"`
		} `json:"main"`
	}
	fieldsFile struct {
		Main map[string]struct {
			Dates struct {
				Fields map[string]map[string]json.RawMessage `json:"fields"`
			} `json:"dates"`
		} `json:"main"`
	}
	numbersFile struct {
		Main map[string]struct {
			Numbers struct {
				Default string            `json:"defaultNumberingSystem"`
				Other   map[string]string `json:"otherNumberingSystems"`
			} `json:"numbers"`
		} `json:"main"`
	}
	systemsFile struct {
		Supplemental struct {
			NumberingSystems map[string]struct {
				Digits string `json:"_digits"`
				Type   string `json:"_type"`
			} `json:"numberingSystems"`
		} `json:"supplemental"`
	}
)

// decode reads the JSON file at key of in into v.
func decode(in files, key string, v any) error {
	b, ok := in[key]
	if !ok {
		return fmt.Errorf("%s: missing from the input", key)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	return nil
}

// build reads the vocabulary of each language in tags.
func build(in files, tags []string) ([]language, error) {
	var systems systemsFile
	if err := decode(in, "cldr-core/supplemental/numberingSystems.json", &systems); err != nil {
		return nil, err
	}
	out := make([]language, 0, len(tags))
	for _, tag := range tags {
		var ca caFile
		var fields fieldsFile
		var nums numbersFile
		if err := decode(in, "cldr-dates-full/main/"+tag+"/ca-gregorian.json", &ca); err != nil {
			return nil, err
		}
		if err := decode(in, "cldr-dates-full/main/"+tag+"/dateFields.json", &fields); err != nil {
			return nil, err
		}
		if err := decode(in, "cldr-numbers-full/main/"+tag+"/numbers.json", &nums); err != nil {
			return nil, err
		}
		l := language{tag: tag}
		g := ca.Main[tag].Dates.Calendars.Gregorian
		if g.Months == nil {
			return nil, fmt.Errorf("%s: no gregorian calendar", tag)
		}
		if err := names(&l, g); err != nil {
			return nil, fmt.Errorf("%s: %w", tag, err)
		}
		if err := relative(&l, fields.Main[tag].Dates.Fields); err != nil {
			return nil, fmt.Errorf("%s: %w", tag, err)
		}
		n := nums.Main[tag].Numbers
		l.digits = digits(n.Default, systems)
		if l.digits == "" {
			l.digits = digits(n.Other["native"], systems)
		}
		if err := patterns(&l, g); err != nil {
			return nil, fmt.Errorf("%s: %w", tag, err)
		}
		out = append(out, l)
	}
	return out, nil
}

// digits returns the digits of numbering system id, or "" when it is
// the Latin one or not a numeric system.
func digits(id string, systems systemsFile) string {
	s, ok := systems.Supplemental.NumberingSystems[id]
	if id == "" || id == "latn" || !ok || s.Type != "numeric" || len([]rune(s.Digits)) != 10 {
		return ""
	}
	return s.Digits
}

// names reads months, weekdays and day periods.
func names(l *language, g gregorian) error {
	for i := range 12 {
		var forms list
		key := fmt.Sprint(i + 1)
		for _, w := range []string{"wide", "abbreviated"} {
			for _, ctx := range []string{"format", "stand-alone"} {
				forms.add(variants(g.Months[ctx][w][key], w == "abbreviated")...)
			}
		}
		if len(forms) == 0 {
			return fmt.Errorf("no name for month %d", i+1)
		}
		l.months[i] = forms
	}
	for i, key := range weekdayKeys {
		var forms list
		for _, w := range []string{"wide", "abbreviated", "short"} {
			for _, ctx := range []string{"format", "stand-alone"} {
				forms.add(variants(g.Days[ctx][w][key], w != "wide")...)
			}
		}
		if len(forms) == 0 {
			return fmt.Errorf("no name for weekday %s", key)
		}
		l.weekdays[i] = forms
	}
	var am, pm list
	for _, ctx := range []string{"format", "stand-alone"} {
		for _, w := range []string{"wide", "abbreviated", "narrow"} {
			p := g.DayPeriods[ctx][w]
			for _, suffix := range []string{"", "-alt-variant"} {
				am.add(variants(p["am"+suffix], false)...)
				pm.add(variants(p["pm"+suffix], false)...)
			}
		}
	}
	noon, midnight := dayPeriodNoun(g, "noon"), dayPeriodNoun(g, "midnight")
	l.am, l.pm, l.noon, l.midnight = am, pm, noon, midnight
	return nil
}

// dayPeriodNoun returns the wide names of the day period key ("noon",
// "midnight"), which the engine reads alone as 12:00 and 00:00. The
// stand-alone context names the period itself ("полудень", "północ").
// The format context is the word printed with a clock; mostly it is the
// noun inflected or with its preposition ("o północy", "keskipäivällä",
// "del mediodía"), but in some languages it is another word altogether
// ("дня", "of the day", Ukrainian's format noon, is the genitive of
// "day" that Russian and Ukrainian relative stamps use: "2 дня назад").
// So a format name is taken only when it contains a stand-alone one, or
// when the language gives no stand-alone name. The shorter widths are
// never taken: they abbreviate to words of other meanings.
func dayPeriodNoun(g gregorian, key string) list {
	var nouns, forms list
	nouns.add(variants(g.DayPeriods["stand-alone"]["wide"][key], false)...)
	forms.add(nouns...)
	for _, f := range variants(g.DayPeriods["format"]["wide"][key], false) {
		if len(nouns) == 0 || slices.ContainsFunc(nouns, func(n string) bool {
			return strings.Contains(strings.ToLower(f), strings.ToLower(n))
		}) {
			forms.add(f)
		}
	}
	return forms
}

// str decodes a dateFields value that is a string; "" otherwise.
func str(m map[string]json.RawMessage, key string) string {
	var s string
	if raw, ok := m[key]; ok && json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}

// relative reads today, yesterday, the day before and the past relative
// patterns. CLDR's word for now ("now", "jetzt", "acum") is left out: it
// is the plain adverb, which pages print in headlines and buttons far
// more often than as a stamp, and Romanian's is the marker of its
// relative times ("acum 5 minute"); the hand table has the stamp forms
// ("just now", "gerade eben").
func relative(l *language, fields map[string]map[string]json.RawMessage) error {
	var today, yesterday, dby list
	for _, w := range widths {
		day := fields["day"+w]
		today.add(variants(str(day, "relative-type-0"), false)...)
		yesterday.add(variants(str(day, "relative-type--1"), false)...)
		dby.add(variants(str(day, "relative-type--2"), false)...)
	}
	l.today, l.yesterday, l.dayBeforeYes = today, yesterday, dby
	for ui, u := range units {
		var pats list
		for _, w := range widths {
			var past map[string]string
			if raw, ok := fields[u+w]["relativeTime-type-past"]; ok {
				if err := json.Unmarshal(raw, &past); err != nil {
					return fmt.Errorf("%s%s past: %w", u, w, err)
				}
			}
			for _, pc := range pluralCounts {
				p := past["relativeTimePattern-count-"+pc.name]
				if p == "" {
					continue
				}
				// "לפני שעתיים ({0})": the words say the count (two),
				// the number in parentheses only repeats it.
				if words, ok := parenCount(p); ok && pc.count > 0 {
					p = words
				}
				if strings.Contains(p, "{0}") {
					pats.add(variants(p, false)...)
					continue
				}
				if pc.count < 0 {
					return fmt.Errorf("%s%s past %s: %q has no {0}", u, w, pc.name, p)
				}
				for _, v := range variants(p, false) {
					f := fixed{v, ui + 1, pc.count}
					if !containsFixed(l.fixed, f) {
						l.fixed = append(l.fixed, f)
					}
				}
			}
		}
		if len(pats) == 0 {
			return fmt.Errorf("no past pattern for %s", u)
		}
		l.past[ui] = pats
	}
	return nil
}

func containsFixed(l []fixed, f fixed) bool {
	for _, x := range l {
		if x == f {
			return true
		}
	}
	return false
}

// parenCount returns the words of a pattern that prints its count in
// parentheses after them ("לפני שעה ({0})", Hebrew's one and two), and
// whether it is one.
func parenCount(p string) (string, bool) {
	words, ok := strings.CutSuffix(strings.TrimSpace(p), "({0})")
	words = strings.TrimSpace(words)
	return words, ok && words != "" && !strings.Contains(words, "{0}")
}
