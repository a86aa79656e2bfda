package timeparse

import (
	"unicode"
	"unicode/utf8"
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
	start    int
	end      int
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
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// wordEnd returns the end of the word that starts at s[i]: letters and
// marks, with an apostrophe inside ("aujourd'hui", "un'ora").
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if r == '\'' || r == '’' {
			if r2, _ := utf8.DecodeRuneInString(s[i+size:]); isWordRune(r2) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// tokenize splits s into tokens. It returns a reason when s cannot be a
// timestamp. With known, a word missing from the tables ends it at once:
// most text that is not a timestamp fails here, cheaply.
func tokenize(s string, toks *[maxTokens]token, known bool) (int, string) {
	nt, prevEnd := 0, -1
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
		if nt == maxTokens {
			return nt, "too many words for a timestamp"
		}
		t := &toks[nt]
		*t = token{start: i, attached: i == prevEnd, wi: -1}
		switch {
		case isDigit(c):
			t.kind = tkNum
			var reason string
			if i, reason = readNumber(s, i, t); reason != "" {
				return nt, reason
			}
		case isWordRune(r):
			t.kind = tkWord
			i = wordEnd(s, i+size)
			if idx, ok := lookupWord(s[t.start:i]); ok {
				t.wi = int32(idx)
			} else if known {
				return nt, "unknown word " + quote(s[t.start:i])
			}
		default:
			t.kind, t.r = tkPunct, r
			i += size
		}
		t.end = i
		prevEnd = i
		nt++
	}
	return nt, ""
}

// readNumber reads the number group that starts at s[i] into t: up to
// four runs of digits joined by '.', ':', '/' or '-', and a dot after
// them. It returns the index after the group.
func readNumber(s string, i int, t *token) (int, string) {
	for {
		var v int64
		nd := 0
		for i < len(s) && isDigit(s[i]) {
			if nd == 18 {
				return i, "number too long"
			}
			v = v*10 + int64(s[i]-'0')
			nd++
			i++
		}
		k := t.nparts
		t.vals[k], t.ndig[k] = v, uint8(nd)
		t.nparts++
		if i+1 < len(s) && (s[i] == '.' || s[i] == ':' || s[i] == '/' || s[i] == '-') && isDigit(s[i+1]) {
			if t.nparts == 4 {
				return i, "too many numbers in a row"
			}
			t.seps[k] = s[i]
			i++
			continue
		}
		if i < len(s) && s[i] == '.' {
			t.trailDot = true
			i++
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

// ampmAt reads an am/pm marker at toks[i] — "am", "PM", "a.m.", "p. m.",
// "오후", "π.μ." — in the languages m. It returns 0 and i when there is
// none, else 1 (am) or 2 (pm) and the index after it.
func ampmAt(s string, toks []token, i int, m langSet) (uint8, int) {
	if i >= len(toks) || toks[i].kind != tkWord {
		return 0, i
	}
	var buf [48]byte
	key := buf[:0]
	var v uint8
	end, parts := i, 0
	for j := i; j < len(toks) && toks[j].kind == tkWord && parts < 4; parts++ {
		var ok bool
		if key, ok = lowerInto(key, s[toks[j].start:toks[j].end]); !ok {
			break
		}
		if a, ok := vocab.ampm[string(key)]; ok && a.langs&m != 0 {
			v, end = a.v, j+1
		}
		if !isPunct(toks, j+1, '.') {
			break
		}
		j += 2
	}
	if v == 0 {
		return 0, i
	}
	if isPunct(toks, end, '.') && (end > i+1 || toks[end].attached) {
		end++
	}
	return v, end
}
