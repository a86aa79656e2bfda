package timeparse

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// langSet is a set of languages, one bit for each language of
// lexicon.Time(), in its order; it restricts which words a Normalizer
// knows (Normalizer.Languages), and its lowest bit is the language that
// wins where a word means different things.
type langSet uint64

// first returns the set of the first language of m in lexicon order.
func (m langSet) first() langSet {
	if m == 0 {
		return 0
	}
	return 1 << bits.TrailingZeros64(uint64(m))
}

// Word flags: what a word can be besides a month, weekday, count, day
// shift or zone. The markers are derived from the languages' CLDR
// patterns: a word the patterns print after a year field is a year
// marker ("年", "년", "г."), and so on.
const (
	wFiller     uint16 = 1 << iota // ignored: "Updated", "at", "de", "г."
	wPreMarker                     // a word of a marker before a relative count: "vor", "il y a"
	wPostMarker                    // a word of a marker after a relative unit: "ago", "назад"
	wOrdinal                       // "th" in "6th"
	wUhr                           // a clock word after the hour or the clock: "14 Uhr", "12:31 hod."
	wH                             // an hour marker that minutes may follow: 14h18, 14 h 18, 14時18分, 14시 18분
	wYearMark                      // after a year: "2025年", "2025년", "2025 г."
	wMonthMark                     // after a month number: "10月", "10월"
	wMonthPre                      // before a month number: "tháng 10"
	wDayMark                       // after a day number: "15日", "15일"
	wPrefix                        // a one-letter prefix glued to a word: "ב" of "באוקטובר"
	wEnd                           // a clock word after the minutes or seconds: 分 of 14時18分, 분, phút
	wAnd                           // joins the parts of a relative time: "and" of "2 hours and 5 minutes ago"
)

// valueIn is one meaning of a word in a set of languages: a month
// number, a weekday, a count or a day shift.
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
// languages.
type wordInfo struct {
	months  []valueIn
	wdays   []valueIn // weekday+1
	counts  []valueIn // number words: "an" in "an hour ago"
	shifts  []valueIn // single-word days: "yesterday" is -1
	flags   []flagIn
	rels    []int32   // relative forms whose first word after the count this is
	relL    []langSet // their languages, to skip the others without reading them
	phrases []int32   // phrases that start with this word
	zone    uint16    // index into zoneDefs + 1
	ampm    bool      // an am/pm form starts with this word
	langs   langSet   // every language in which the word means something
}

// valueFor returns the meaning of the first of vs whose languages meet m.
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

// relForm is one relative-time pattern taken apart around its count:
// "acum {0} de minute" is pre [acum], mid [de], head "minute"; "{0}
// minutes ago" is head "minutes", post [ago]; "{0}分前" is head "分前".
// The form is indexed under its first word after the count (mid[0], or
// the head).
type relForm struct {
	pre, mid, post []int32 // word indices
	head           int32   // the unit word
	unit           lexicon.Unit
	sign           bool // the count carries a minus sign: "-{0} min"
	bare           bool // no marker at all: "{0} min" (a duration, as English live blogs print it)
	langs          langSet
}

// Phrase kinds.
const (
	phNow    uint8 = iota + 1 // "just now", "soeben"
	phShift                   // "the day before yesterday"; val is the shift
	phZone                    // "british summer time"; val is the zone index
	phMonth                   // "ต.ค."; val is the month
	phWday                    // "thứ sáu", "sexta-feira"; val is the weekday+1
	phFiller                  // "mis à jour", "آخر تحديث"
	phClock                   // "noon", "midnight"; val is the hour
	phFixed                   // "قبل دقيقتين": unit and val, the count
)

// phrase is a sequence of words with one meaning.
type phrase struct {
	words []int32
	kind  uint8
	val   int16
	unit  lexicon.Unit
	langs langSet
}

// ampmInfo is an am/pm form: 1 am, 2 pm, in its languages; first holds
// the languages that print it before the clock ("오후 2:18", "下午2:18").
type ampmInfo struct {
	v     uint8
	langs langSet
	first langSet
}

// table is the engine's vocabulary, built once from the lexicon.
type table struct {
	index   map[string]uint16
	words   []wordInfo
	rels    []relForm
	phrases []phrase
	ampm    map[string]ampmInfo // AM and PM forms, letters only ("am", "πμ")
	digits  map[rune]int8       // native decimal digits ("٣" is 3)
	// digitTab holds each native digit's value + 1 (0 for other runes)
	// from digitMin to digitMax.
	digitTab           []int8
	digitMin, digitMax rune
	longest            map[rune]int // of the words of scripts without spaces, the longest (bytes) starting with each rune
	zones              []zoneDef    // lexicon.Zones, then the languages' own
	tags               []string     // language tags, in bit order
	all                langSet
	// mdFirst holds the languages that print a day and month month
	// first: year-first languages whose patterns print "M/d" or "M. d.".
	mdFirst langSet
	en      langSet // English, read last in every stamp
	// era holds the languages whose pages print years of an era ahead
	// of the Gregorian, eraYears ahead (Thai's Buddhist era).
	era      langSet
	eraYears int
}

// vocab is the engine's table. It is built at initialisation: every
// Normalizer shares it, and no call builds anything.
var vocab = buildTable(lexicon.Time(), lexicon.Everywhere, lexicon.Zones, lexicon.ZonePhrases)

// zoneDefs are the zones the engine reads, in vocab's order.
var zoneDefs = vocab.zones

// lookupWord finds the word w, folded (see foldInto); it does not
// allocate.
func lookupWord(w string) (int, bool) {
	var buf [64]byte
	b, ok := foldInto(buf[:0], w)
	if !ok {
		return 0, false
	}
	idx, ok := vocab.index[string(b)]
	return int(idx), ok
}

// foldInto appends w to b, while it fits in b's capacity, in the form
// the table keys words by: lower case, every apostrophe (’, ʼ, ′, ＇)
// as ', and the differences
// pages make without meaning one folded away — Greek accents (lost in
// capitals: "ΟΚΤΩΒΡΙΟΥ") and the final sigma, Turkish dotless ı (lost
// to I in capitals: "ARALIK").
func foldInto(b []byte, w string) ([]byte, bool) {
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
		if hasCase(r) {
			r = foldRune(unicode.ToLower(r))
		} else if base := nuktaBase(r); base != 0 {
			// फ़ as फ + ़: the lexicon is NFC, which keeps these apart.
			if len(b)+6 > cap(b) {
				return b, false
			}
			b = utf8.AppendRune(utf8.AppendRune(b, base), nukta(r))
			continue
		}
		if len(b)+utf8.RuneLen(r) > cap(b) {
			return b, false
		}
		b = utf8.AppendRune(b, r)
	}
	return b, true
}

// nuktaBase returns the letter under the nukta of a Devanagari or
// Bengali letter written as one code point (क़ U+0958 to य़ U+095F, ড়
// U+09DC, ঢ় U+09DD, য় U+09DF), which Unicode normalisation writes as
// two (Hindi "फ़रवरी", Bengali "প্রায়" as pages type them), or 0.
func nuktaBase(r rune) rune {
	switch {
	case r < 0x958 || r > 0x9df:
		return 0
	case r <= 0x95f:
		return [8]rune{0x915, 0x916, 0x917, 0x91c, 0x921, 0x922, 0x92b, 0x92f}[r-0x958]
	case r == 0x9dc || r == 0x9dd:
		return r - 0x9dc + 0x9a1
	case r == 0x9df:
		return 0x9af
	}
	return 0
}

// nukta returns the nukta sign of r's script.
func nukta(r rune) rune {
	if r <= 0x95f {
		return 0x93c
	}
	return 0x9bc
}

// hasCase reports whether r may have a lower-case form or a folding:
// false for the ranges of scripts without case, from Hebrew to Myanmar
// and from the CJK symbols to Yi, and the Hangul syllables, whose table
// lookups would be wasted.
func hasCase(r rune) bool {
	return !(r >= 0x0590 && r < 0x10a0 || r >= 0x3000 && r < 0xa640 || r >= 0xac00 && r < 0xd7a4)
}

// foldRune folds one lower-case rune; see foldInto.
func foldRune(r rune) rune {
	switch {
	case r < 'ʹ': // Latin
		if r == 'ı' {
			return 'i'
		}
		return r
	case r > 'ʼ' && r < 0x390 || r > 0x3ce && r < '՚':
		return r // Greek and Cyrillic letters, the commonest, decided here
	case r == '’' || r == 'ʼ' || r == 'ʻ' || r == 'ʹ' || r == 'ꞌ' || r != '\'' && isApostrophe(r):
		return '\''
	case r < 0x390 || r > 0x3ce:
		return r
	}
	switch r {
	case 'ά':
		return 'α'
	case 'έ':
		return 'ε'
	case 'ή':
		return 'η'
	case 'ί', 'ΐ', 'ϊ':
		return 'ι'
	case 'ό':
		return 'ο'
	case 'ύ', 'ΰ', 'ϋ':
		return 'υ'
	case 'ώ':
		return 'ω'
	case 'ς':
		return 'σ'
	}
	return r
}

// fold returns w folded; for building the table.
func fold(w string) string {
	b, _ := foldInto(make([]byte, 0, 4*len(w)+4), w)
	return string(b)
}
