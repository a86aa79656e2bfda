package timeparse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// langSet is a set of languages, one bit for each language of
// lexicon.Time(), in its order; it restricts which words a Normalizer
// knows (Normalizer.Languages).
type langSet uint64

// Word flags: what a word can be besides a month, weekday, unit, count,
// day shift or zone.
const (
	wFiller     uint16 = 1 << iota // ignored: "Updated", "at", "Uhr", "г."
	wPostMarker                    // a word of the marker after a relative unit: "ago", "назад"
	wPreMarker                     // a word of the marker before a relative count: "vor", "il y a"
	wOrdinal                       // "th" in "6th"
	wUhr                           // a clock word after the hour: "14 Uhr"
	wH                             // "h": the hour separator or marker, 14h18, 14 h 18, 14:05 h
)

// valueIn is one meaning of a word in a set of languages: a month
// number, a weekday, a unit, a count or a day shift.
type valueIn struct {
	v     int8
	langs langSet
}

// flagIn is the flags a word has in a set of languages.
type flagIn struct {
	f     uint16
	langs langSet
}

// wordInfo is what one lower-case word can mean. A word can have several
// roles ("ago" is a marker in English and a month in Italian) and the
// same role with different values in different languages ("listopad" is
// November in Czech and October in Croatian); each meaning carries its
// languages, and the first listed wins.
type wordInfo struct {
	months  []valueIn
	wdays   []valueIn // weekday+1
	counts  []valueIn // number words: "an" in "an hour ago"
	shifts  []valueIn // single-word days: "yesterday" is -1
	flags   []flagIn
	rels    []int32 // relative forms whose unit word this is
	phrases []int32 // phrases that start with this word
	zone    uint8   // index into zoneDefs + 1
}

func valueFor(vs []valueIn, m langSet) (int, bool) {
	for _, v := range vs {
		if v.langs&m != 0 {
			return int(v.v), true
		}
	}
	return 0, false
}

func (w *wordInfo) flagsIn(m langSet) uint16 {
	var f uint16
	for _, fl := range w.flags {
		if fl.langs&m != 0 {
			f |= fl.f
		}
	}
	return f
}

// relForm is one relative-time pattern taken apart: the marker phrase
// before the count, the unit word right after it, and the marker phrase
// after the unit ("il y a" {0} "minutes"; {0} "minutes" "ago";
// {0} "分前"). count is the count a pattern without a number stands for
// ("un'ora fa"), 0 when it takes one.
type relForm struct {
	pre, post []int32 // word indices
	unit      lexicon.Unit
	count     int8
	langs     langSet
}

// Phrase kinds.
const (
	phNow   uint8 = iota + 1 // "just now", "soeben"
	phShift                  // "the day before yesterday"; val is the shift
	phZone                   // "british summer time"; val is the zone index
)

// phrase is a sequence of words with one meaning.
type phrase struct {
	words []int32
	kind  uint8
	val   int8
	langs langSet
}

// table is the engine's vocabulary, built once from the lexicon.
type table struct {
	index   map[string]uint16
	words   []wordInfo
	rels    []relForm
	phrases []phrase
	ampm    map[string]ampmInfo // AM and PM forms, letters only ("am", "πμ")
	tags    []string            // language tags, in bit order
	all     langSet
}

// ampmInfo is an am/pm form: 1 am, 2 pm, in its languages.
type ampmInfo struct {
	v     uint8
	langs langSet
}

// vocab is the engine's table. It is built at initialisation: every
// Normalizer shares it, and no call builds anything.
var vocab = buildTable(lexicon.Time(), lexicon.Everywhere, lexicon.Zones, lexicon.ZonePhrases)

// lookupWord finds the word w, lowered; it does not allocate.
func lookupWord(w string) (int, bool) {
	var buf [64]byte
	b, ok := lowerInto(buf[:0], w)
	if !ok {
		return 0, false
	}
	idx, ok := vocab.index[string(b)]
	return int(idx), ok
}

// lowerInto appends w lower-cased (and with ’ as ') to b while it fits
// in b's capacity.
func lowerInto(b []byte, w string) ([]byte, bool) {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if len(b) == cap(b) {
				return b, false
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if r == '’' {
			r = '\''
		} else {
			r = unicode.ToLower(r)
		}
		if len(b)+utf8.RuneLen(r) > cap(b) {
			return b, false
		}
		b = utf8.AppendRune(b, r)
	}
	return b, true
}

// get returns the entry of word w, adding it.
func (t *table) get(w string) *wordInfo {
	return &t.words[t.id(w)]
}

// id returns the index of word w, adding it.
func (t *table) id(w string) int32 {
	if i, ok := t.index[w]; ok {
		return int32(i)
	}
	if len(t.words) >= 1<<16-1 {
		panic("timeparse: word table full")
	}
	t.index[w] = uint16(len(t.words))
	t.words = append(t.words, wordInfo{})
	return int32(len(t.words) - 1)
}

// addValue records meaning v in languages l; a language that already
// gave the word this role keeps its first meaning.
func addValue(vs []valueIn, v int8, l langSet) []valueIn {
	for i := range vs {
		if vs[i].v == v {
			vs[i].langs |= l
			return vs
		}
		l &^= vs[i].langs
	}
	if l == 0 {
		return vs
	}
	return append(vs, valueIn{v: v, langs: l})
}

func (t *table) flag(w string, f uint16, l langSet) {
	wi := t.get(w)
	for i := range wi.flags {
		if wi.flags[i].langs == l {
			wi.flags[i].f |= f
			return
		}
	}
	wi.flags = append(wi.flags, flagIn{f: f, langs: l})
}

// splitWords splits a lexicon form into the words the tokenizer reads
// (letters, combining marks and inner apostrophes), dropping punctuation
// and spaces: "il y a" gives il, y, a; "avant-hier" avant, hier.
func splitWords(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		end := wordEnd(s, i)
		out = append(out, s[i:end])
		i = end
	}
	return out
}

func (t *table) ids(words []string) []int32 {
	out := make([]int32, len(words))
	for i, w := range words {
		out[i] = t.id(w)
	}
	return out
}

// addPhrase records a phrase of several words (a single word gets its
// role directly, but a phrase of one word works too).
func (t *table) addPhrase(s string, kind uint8, val int8, l langSet) {
	words := splitWords(s)
	if len(words) == 0 {
		return
	}
	ph := phrase{words: t.ids(words), kind: kind, val: val, langs: l}
	t.phrases = append(t.phrases, ph)
	first := t.get(words[0])
	first.phrases = append(first.phrases, int32(len(t.phrases)-1))
}

// addRelative takes a relative-time pattern apart ("vor {0} minuten",
// "{0} minutes ago", "un'ora fa") and records it under its unit word.
func (t *table) addRelative(pattern string, unit lexicon.Unit, l langSet) {
	before, after, hasCount := strings.Cut(pattern, "{0}")
	r := relForm{unit: unit, langs: l}
	var pre, post []string
	var u string
	if !hasCount {
		// A pattern without a number stands for one: "un'ora fa".
		words := splitWords(before)
		if len(words) == 0 {
			return
		}
		u, post, r.count = words[0], words[1:], 1
	} else {
		pre = splitWords(before)
		post = splitWords(after)
		if len(post) > 0 {
			u, post = post[0], post[1:]
		} else if len(pre) > 0 {
			u, pre = pre[len(pre)-1], pre[:len(pre)-1]
		} else {
			return
		}
	}
	r.pre, r.post = t.ids(pre), t.ids(post)
	for _, w := range pre {
		t.flag(w, wPreMarker, l)
	}
	for _, w := range post {
		t.flag(w, wPostMarker, l)
	}
	t.rels = append(t.rels, r)
	uw := t.get(u)
	uw.rels = append(uw.rels, int32(len(t.rels)-1))
}

// lettersOnly returns the letters of s, for am/pm forms ("a.m." → "am").
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if isWordRune(r) {
			return r
		}
		return -1
	}, s)
}

func buildTable(langs []lexicon.Language, everywhere lexicon.Language, zones []lexicon.Zone, zonePhrases []lexicon.ZonePhrase) *table {
	if len(langs) > 64 {
		panic("timeparse: more than 64 languages")
	}
	t := &table{index: make(map[string]uint16, 4096), ampm: map[string]ampmInfo{}}
	for i, lg := range langs {
		l := langSet(1) << i
		t.all |= l
		t.tags = append(t.tags, lg.Tag)
		t.addLanguage(lg, l)
	}
	t.addLanguage(everywhere, t.all)
	for i, z := range zones {
		for _, w := range strings.Fields(z.Words) {
			wi := t.get(w)
			if wi.zone != 0 {
				panic("timeparse: zone table: duplicate word " + w)
			}
			wi.zone = uint8(i + 1)
		}
	}
	for _, zp := range zonePhrases {
		t.addPhrase(zp.Words, phZone, int8(zoneIdx(zp.Zone)), t.all)
	}
	t.get("p") // of "p.m."
	t.get("t") // of 2021-09-06T14:18
	return t
}

// addLanguage records the vocabulary of one language, in languages l.
func (t *table) addLanguage(lg lexicon.Language, l langSet) {
	for m, forms := range lg.Months {
		for _, w := range forms {
			wi := t.get(w)
			wi.months = addValue(wi.months, int8(m+1), l)
		}
	}
	for d, forms := range lg.Weekdays {
		for _, w := range forms {
			wi := t.get(w)
			wi.wdays = addValue(wi.wdays, int8(d+1), l)
		}
	}
	for v, forms := range [][]string{lg.AM, lg.PM} {
		for _, f := range forms {
			key := lettersOnly(f)
			a := t.ampm[key]
			if a.v == 0 {
				a.v = uint8(v + 1)
			}
			a.langs |= l
			t.ampm[key] = a
			for _, w := range splitWords(f) {
				t.get(w) // a known word, as a part of the form
			}
		}
	}
	for shift, forms := range [][]string{lg.Today, lg.Yesterday, lg.DayBeforeYesterday} {
		for _, f := range forms {
			if words := splitWords(f); len(words) == 1 {
				wi := t.get(words[0])
				wi.shifts = addValue(wi.shifts, int8(-shift), l)
			} else {
				t.addPhrase(f, phShift, int8(-shift), l)
			}
		}
	}
	for _, f := range lg.Now {
		t.addPhrase(f, phNow, 0, l)
	}
	for u, patterns := range lg.Past {
		for _, p := range patterns {
			t.addRelative(p, lexicon.Unit(u+1), l)
		}
	}
	for w, v := range lg.Counts {
		wi := t.get(w)
		wi.counts = addValue(wi.counts, int8(v), l)
	}
	for _, w := range lg.Fillers {
		t.flag(w, wFiller, l)
	}
	for _, w := range lg.Ordinals {
		t.flag(w, wOrdinal, l)
	}
	for _, w := range lg.ClockWords {
		if w == "h" {
			t.flag(w, wH, l)
		} else {
			t.flag(w, wUhr, l)
		}
	}
}
