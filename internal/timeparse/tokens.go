package timeparse

import (
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// Token kinds.
const (
	tkNum uint8 = iota + 1
	tkWord
	tkPunct
)

// maxTokens bounds the tokens of one stamp; a longer text is not a
// timestamp.
const maxTokens = 32

// token is a number group ("06.09.2021", "14:18", "6."), a word or one
// punctuation character.
type token struct {
	kind     uint8
	attached bool // no space between this token and the one before
	nparts   uint8
	trailDot bool // a number followed by a dot: "6." in "6. September"
	prefix   bool // a one-letter prefix split off a word: "ב" of "באוקטובר"
	start    int32
	end      int32
	vals     [4]int64
	ndig     [4]uint8
	seps     [3]byte
	wi       int32 // index into vocab.words, -1 when the word is unknown
	r        rune  // the punctuation character
}

// isWordRune reports whether r belongs to a word: a letter, or a
// combining mark (the vowel signs of Devanagari, Bengali and Thai are
// marks, not letters).
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r < 1<<16:
		return wordBits[r>>6]&(1<<(r&63)) != 0
	}
	return unicode.IsLetter(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// wordBits marks the runes below U+10000 that isWordRune accepts, built
// once from Unicode's tables, so that the test is one lookup.
var wordBits = func() *[1 << 10]uint64 {
	var b [1 << 10]uint64
	for _, t := range []*unicode.RangeTable{unicode.L, unicode.Mn, unicode.Mc} {
		for _, r := range t.R16 {
			for c := uint32(r.Lo); c <= uint32(r.Hi); c += uint32(r.Stride) {
				b[c>>6] |= 1 << (c & 63)
			}
		}
	}
	return &b
}()

// wordEnd returns the end of the word that starts at s[i]: letters and
// marks, with an apostrophe inside ("aujourd'hui", "un'ora").
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if r == '\'' || r >= utf8.RuneSelf && isApostrophe(r) {
			if r2, _ := utf8.DecodeRuneInString(s[i+size:]); isWordRune(r2) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// isApostrophe reports whether r is an apostrophe or a mark pages print
// for one ("aujourd′hui", "aujourd＇hui"); the letter apostrophes
// (ʼ, ʻ) are word runes already. foldRune reads them all as '.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '՚', '′', '‵', '＇':
		return true
	}
	return false
}

// digitAt returns the value of the digit at s[i] — ASCII, a native
// decimal digit of the lexicon's languages ("٣", "३", "৩", "๓") through
// their table, any other script's (Persian "۳") through DigitValue, or a
// full-width one ("３") — and its size; size is 0 when there is none.
func digitAt(s string, i int) (int64, int) {
	if i >= len(s) {
		return 0, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		if isDigit(c) {
			return int64(c - '0'), 1
		}
		return 0, 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case '０' <= r && r <= '９':
		return int64(r - '０'), size
	case vocab.digitMin <= r && r <= vocab.digitMax && vocab.digitTab[r-vocab.digitMin] > 0:
		return int64(vocab.digitTab[r-vocab.digitMin] - 1), size
	}
	if d := DigitValue(r); d >= 0 {
		return int64(d), size
	}
	return 0, 0
}

// DigitValue returns the value of r as a decimal digit of any script —
// ASCII, a language's own ("٣", "۳", "३", "৩", "๓"), full-width ("３") —
// or -1 when r is no decimal digit. Unicode writes every script's digits
// 0 to 9 in a row, and rows of one script's several sets follow each
// other, so a digit's value is its distance from the start of its run,
// modulo ten.
func DigitValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case r < utf8.RuneSelf || !unicode.IsDigit(r):
		return -1
	}
	start := r
	for unicode.IsDigit(start - 1) {
		start--
	}
	return int(r-start) % 10
}

// noSpaceScript reports whether r is of a script written without spaces
// between words, whose runs of letters the tokenizer splits into the
// words it knows ("两小时前" is 两, 小时前).
func noSpaceScript(r rune) bool { return lexicon.NoSpaceScript(r) }

// tokenizer splits a text into tokens.
type tokenizer struct {
	s     string
	toks  *[maxTokens]token
	n     int
	known bool // a word missing from the tables ends the text at once
}

// tokenize splits s into tokens. It returns a reason when s cannot be a
// timestamp. With known, a word missing from the tables ends it at once:
// most text that is not a timestamp fails here, cheaply.
func tokenize(s string, toks *[maxTokens]token, known bool) (int, string) {
	tz := tokenizer{s: s, toks: toks, known: known}
	prevEnd := -1
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if c == ' ' || (c >= utf8.RuneSelf || c < ' ') && unicode.IsSpace(r) {
			i += size
			continue
		}
		if tz.n == maxTokens {
			return tz.n, "too many words for a timestamp"
		}
		start, n0 := i, tz.n
		var reason string
		switch _, dsize := digitAt(s, i); {
		case dsize > 0:
			i, reason = tz.number(i)
		case isWordRune(r):
			i, reason = tz.word(i)
		case c >= utf8.RuneSelf && unicode.IsNumber(r):
			// "m²", "½", "①": a numeral that is no decimal digit says
			// the text is something else.
			return tz.n, "a numeral that is no decimal digit"
		default:
			t := &toks[tz.n]
			*t = token{start: int32(i), end: int32(i + size), kind: tkPunct, r: r, wi: -1}
			tz.n++
			i += size
		}
		if reason != "" {
			return tz.n, reason
		}
		toks[n0].attached = start == prevEnd
		prevEnd = i
	}
	return tz.n, ""
}

// number reads the number group at s[i] as the next token, or as two
// when a year runs into the clock after it (gluedYear).
func (tz *tokenizer) number(i int) (int, string) {
	t := &tz.toks[tz.n]
	*t = token{start: int32(i), kind: tkNum, wi: -1}
	end, reason := readNumber(tz.s, i, t)
	if reason == "" && tz.n+1 < maxTokens {
		if cut := gluedYear(tz.s, i, t); cut > 0 {
			*t = token{start: int32(i), kind: tkNum, wi: -1}
			readNumber(tz.s[:cut], i, t)
			t.end = int32(cut)
			tz.n++
			next := &tz.toks[tz.n]
			*next = token{start: int32(cut), kind: tkNum, wi: -1, attached: true}
			end, reason = readNumber(tz.s, cut, next)
			next.end = int32(end)
			tz.n++
			return end, reason
		}
	}
	t.end = int32(end)
	tz.n++
	return end, reason
}

// gluedYear finds a year run into the clock after it, as text copied
// from a page whose date and time sit in two elements with nothing
// between them gives ("26 mayo, 202423:25", "26.05.202423:25"): a part
// of five or six digits whose first four are a year from 1970 to 2099
// and whose rest is an hour, followed by ':' and two-digit minutes. It
// returns where the clock starts in s, or 0 when t is not such a group.
func gluedYear(s string, start int, t *token) int {
	for k := 0; k+1 < int(t.nparts); k++ {
		if t.seps[k] != ':' || t.ndig[k] < 5 || t.ndig[k] > 6 || t.ndig[k+1] != 2 || t.vals[k+1] > 59 {
			continue
		}
		rest := int(t.ndig[k]) - 4
		div := int64(10)
		if rest == 2 {
			div = 100
		}
		year, hour := t.vals[k]/div, t.vals[k]%div
		if year < 1970 || year > 2099 || hour > 23 {
			return 0
		}
		// Walk to the fifth digit of part k.
		i := start
		for part := 0; part < k; part++ {
			for _, size := digitAt(s, i); size > 0; _, size = digitAt(s, i) {
				i += size
			}
			i++ // the separator, always one ASCII byte
		}
		for d := 0; d < 4; d++ {
			_, size := digitAt(s, i)
			i += size
		}
		return i
	}
	return 0
}

// word reads the word at s[i]: one token, or several when it is a run of
// a script without spaces ("5分前" gives 分前 after the number,
// "两小时前" 两 and 小时前) or a word with a one-letter prefix
// ("באוקטובר" is ב, אוקטובר).
func (tz *tokenizer) word(i int) (int, string) {
	end := wordEnd(tz.s, i)
	w := tz.s[i:end]
	if idx, ok := lookupWord(w); ok {
		tz.add(i, end, int32(idx), false)
		return end, ""
	}
	r, size := utf8.DecodeRuneInString(w)
	if noSpaceScript(r) {
		if tz.segment(i, end) {
			return end, ""
		}
	} else if size < len(w) {
		pi, ok1 := lookupWord(w[:size])
		ri, ok2 := lookupWord(w[size:])
		if ok1 && ok2 && vocab.words[pi].flagsIn(vocab.all)&wPrefix != 0 {
			if !tz.add(i, i+size, int32(pi), true) || !tz.add(i+size, end, int32(ri), false) {
				return end, "too many words for a timestamp"
			}
			return end, ""
		}
	}
	if tz.known {
		return end, "unknown word " + quote(w)
	}
	tz.add(i, end, -1, false)
	return end, ""
}

// add appends a word token; it reports false when there is no room.
func (tz *tokenizer) add(start, end int, wi int32, prefix bool) bool {
	if tz.n == maxTokens {
		return false
	}
	tz.toks[tz.n] = token{start: int32(start), end: int32(end), kind: tkWord, wi: wi, prefix: prefix, attached: true}
	tz.n++
	return true
}

// segment splits s[i:end] into the longest words the table knows, left
// to right; it reports false, adding nothing, when some part is unknown
// or the tokens run out.
func (tz *tokenizer) segment(i, end int) bool {
	n0 := tz.n
	for i < end {
		// Only as far as the longest word that starts with this rune.
		r, _ := utf8.DecodeRuneInString(tz.s[i:])
		j := min(end, i+vocab.longest[r])
		for j < end && j > i && !utf8.RuneStart(tz.s[j]) {
			j--
		}
		for j > i {
			if idx, ok := lookupWord(tz.s[i:j]); ok {
				if !tz.add(i, j, int32(idx), false) {
					tz.n = n0
					return false
				}
				break
			}
			_, size := utf8.DecodeLastRuneInString(tz.s[i:j])
			j -= size
		}
		if j == i {
			tz.n = n0
			return false
		}
		i = j
	}
	return true
}

// readNumber reads the number group that starts at s[i] into t: up to
// four runs of digits joined by '.', ':', '/' or '-', and a dot after
// them. It returns the index after the group.
func readNumber(s string, i int, t *token) (int, string) {
	for {
		var v int64
		nd := 0
		for {
			d, size := digitAt(s, i)
			if size == 0 {
				break
			}
			if nd == 18 {
				return i, "number too long"
			}
			v = v*10 + d
			nd++
			i += size
		}
		k := t.nparts
		t.vals[k], t.ndig[k] = v, uint8(nd)
		t.nparts++
		if i+1 < len(s) && (s[i] == '.' || s[i] == ':' || s[i] == '/' || s[i] == '-') {
			if _, size := digitAt(s, i+1); size > 0 {
				if t.nparts == 4 {
					return i, "too many numbers in a row"
				}
				t.seps[k] = s[i]
				i++
				continue
			}
		}
		switch {
		case i < len(s) && s[i] == '.':
			t.trailDot = true
			i++
		case i+1 < len(s) && s[i] == ' ' && s[i+1] == '.' && t.nparts == 1 && t.ndig[0] <= 2 &&
			(i+2 == len(s) || s[i+2] == ' ' || isDigit(s[i+2])):
			// "26 . 10.21", "5 .7 .2018": a day or month typed with a
			// space before its dot.
			t.trailDot = true
			i += 2
		}
		return i, ""
	}
}

// word returns the word table entry of toks[i], nil when toks[i] is not
// a known word.
func word(toks []token, i int) *wordInfo {
	if i < 0 || i >= len(toks) || toks[i].kind != tkWord || toks[i].wi < 0 {
		return nil
	}
	return &vocab.words[toks[i].wi]
}

// flagsAt returns the flags of toks[i] in the languages m.
func flagsAt(toks []token, i int, m langSet) uint16 {
	if w := word(toks, i); w != nil {
		return w.flagsIn(m)
	}
	return 0
}

// isPunct reports whether toks[i] is the punctuation character r.
func isPunct(toks []token, i int, r rune) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tkPunct && toks[i].r == r
}

// isNum reports whether toks[i] is a number.
func isNum(toks []token, i int) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tkNum
}

// ampmSep reports whether toks[i] separates the parts of an am/pm form:
// "a.m.", "π.μ.", "לפנה״צ".
func ampmSep(toks []token, i int) bool {
	return isPunct(toks, i, '.') || isPunct(toks, i, '״') || isPunct(toks, i, '"')
}

// ampmAt reads an am/pm marker at toks[i] — "am", "PM", "a.m.", "p. m.",
// "오후", "π.μ." — in the languages m. It returns 0 and i when there is
// none, else 1 (am) or 2 (pm), the index after it and its entry.
func ampmAt(s string, toks []token, i int, m langSet) (uint8, int, ampmInfo) {
	if w := word(toks, i); w == nil || !w.ampm {
		return 0, i, ampmInfo{}
	}
	var buf [48]byte
	key := buf[:0]
	var found ampmInfo
	end, parts := i, 0
	for j := i; j < len(toks) && toks[j].kind == tkWord && parts < 4; parts++ {
		var ok bool
		if key, ok = foldInto(key, s[toks[j].start:toks[j].end]); !ok {
			break
		}
		if a, ok := vocab.ampm[string(key)]; ok && a.langs&m != 0 {
			found, end = a, j+1
		}
		if !ampmSep(toks, j+1) {
			break
		}
		j += 2
	}
	if found.v == 0 {
		return 0, i, found
	}
	if ampmSep(toks, end) && (end > i+1 || toks[end].attached) {
		end++
	}
	return found.v, end, found
}
