package liveblog

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stampPlace is where a timestamp stands in a block of copied text.
type stampPlace uint8

const (
	stampWhole  stampPlace = iota + 1 // the block is the stamp
	stampPrefix                       // "12.31 Uhr: Headline", "21:00Jane Doe"
	stampSuffix                       // "Jane Doe14 August 2023 10:01", "Headline (11.39 Uhr)"
)

// textStamp is a timestamp found in a block.
type textStamp struct {
	st    Stamp
	raw   string // the text that was read
	place stampPlace
	// other is the rest of the block: the text after a prefix stamp, the
	// text before a suffix stamp, separators trimmed.
	other string
	// glued reports that the copy ran the stamp and other together,
	// with no space or punctuation between ("21:00Jane Doe").
	glued bool
}

// Features of a stamp, as bits: what it says.
const (
	featRel   uint8 = 1 << iota // relative to the reading time ("5 min ago")
	featDate                    // a printed day (or an epoch)
	featClock                   // a printed time of day
)

func stampFeatures(st *Stamp) uint8 {
	if st.Relative {
		return featRel
	}
	var f uint8
	if st.HasDate {
		f |= featDate
	}
	if st.HasTime {
		f |= featClock
	}
	return f
}

// maxWordStamp is the longest stamp without digits looked for.
const maxWordStamp = 32

// maxStampSpan bounds the bytes of a block that are tried as a prefix
// or suffix stamp: a stamp with its filler words is short.
const maxStampSpan = 64

// findStamp finds a timestamp in block text s: the whole block, else a
// prefix, else a suffix. Only the public Normalizer reads times: this
// function only chooses which part of the block to offer it, cutting at
// spaces and at the places where the copy glued two texts together
// (digits against letters, a lower-case letter against a capital).
//
// A prefix stamp must give a time of day: a block that opens with a
// date alone ("15 August: …") is prose. The work is bounded: at most a
// few dozen reads of at most maxStampSpan bytes, whatever the block.
func findStamp(norm *Normalizer, s string) (textStamp, bool) {
	if s == "" {
		return textStamp{}, false
	}
	digits := strings.IndexFunc(s, textIsDigitRune) >= 0
	// A stamp without a digit is a short phrase ("Just now", "Vor einer
	// Stunde").
	if digits && len(s) <= maxStampSpan+16 || len(s) <= maxWordStamp {
		if st, raw, ok := readGlued(norm, s); ok && (st.HasDate || st.HasTime) {
			return textStamp{st: st, raw: raw, place: stampWhole}, true
		}
	}
	if !digits {
		return textStamp{}, false
	}
	head := s[:min(len(s), maxStampSpan)]
	if digitInFirstWords(head, 3) {
		cuts := stampCuts(s, 0, len(head), true)
		for k := len(cuts) - 1; k >= 0; k-- {
			c := cuts[k]
			if c >= len(s) {
				continue
			}
			st, err := norm.Read(s[:c])
			if err != nil || !st.HasTime {
				continue
			}
			rest := trimStampSep(s[c:])
			if rest == "" {
				continue
			}
			return textStamp{st: st, raw: strings.TrimSpace(s[:c]), place: stampPrefix, other: rest, glued: isGlue(s[c-1], s[c])}, true
		}
	}
	if last, _ := utf8.DecodeLastRuneInString(s); textIsDigitRune(last) || last == ')' {
		from := max(0, len(s)-maxStampSpan)
		for from < len(s) && !utf8.RuneStart(s[from]) {
			from++
		}
		for _, c := range stampCuts(s, from, len(s), false) {
			if c <= 0 || c >= len(s) {
				continue
			}
			cand := strings.TrimLeft(s[c:], " ([")
			if cand == "" || !startsWithDigitOrLetter(cand) {
				continue
			}
			st, err := norm.Read(cand)
			if err != nil || !(st.HasDate || st.HasTime) {
				continue
			}
			other := trimStampSep(strings.TrimRight(s[:c], " "))
			if other == "" {
				continue
			}
			return textStamp{st: st, raw: cand, place: stampSuffix, other: other, glued: isGlue(s[c-1], s[c])}, true
		}
	}
	return textStamp{}, false
}

// digitInFirstWords reports a digit among the first n words of s: a
// stamp opening a line starts with its numbers ("12.31 Uhr", "Mon 15
// May", "LIVE Updated 4m ago").
func digitInFirstWords(s string, n int) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case textIsDigit(c):
			return true
		case c == ' ':
			if n--; n == 0 {
				return false
			}
		}
	}
	return false
}

// readGlued reads s whole, and when that fails and the copy glued words
// to numbers, reads it again with spaces put back.
func readGlued(norm *Normalizer, s string) (Stamp, string, bool) {
	st, err := norm.Read(s)
	if err == nil {
		return st, s, true
	}
	if u := unglue(s); u != s {
		if st, err := norm.Read(u); err == nil {
			return st, s, true
		}
	}
	return Stamp{}, "", false
}

// stampCuts returns the byte offsets in s[from:to] where a stamp may
// end (ends) or begin, ascending: spaces, and the joins a copy leaves where two
// texts ran together (digit and letter, letter or digit and
// punctuation, a lower-case letter before a capital, the last capital of
// an acronym before a capitalised word: "BSTFirst").
func stampCuts(s string, from, to int, ends bool) []int {
	cuts := make([]int, 0, 16)
	for i := max(from, 1); i < to && len(cuts) < 24; i++ {
		a, b := s[i-1], s[i]
		switch {
		case ends && b == ' ' && a != ' ':
			cuts = append(cuts, i)
		case !ends && a == ' ' && b != ' ':
			cuts = append(cuts, i)
		case isGlue(a, b):
			cuts = append(cuts, i)
		case i+1 < len(s) && textIsUpper(a) && textIsUpper(b) && textIsLower(s[i+1]) && i >= 2 && textIsUpper(s[i-2]):
			cuts = append(cuts, i) // "BSTFirst": BST|First
		}
	}
	if to == len(s) {
		cuts = append(cuts, to)
	}
	return cuts
}

// isGlue reports whether bytes a and b, adjacent in a copy, are two
// texts run together: a digit against a letter, a lower-case letter
// against a capital, or a closing quote or bracket against a digit.
func isGlue(a, b byte) bool {
	switch {
	case textIsDigit(a) && textIsLetter(b), textIsLetter(a) && textIsDigit(b):
		return true
	case textIsLower(a) && textIsUpper(b):
		return true
	case strings.IndexByte("'\")]", a) >= 0 && textIsDigit(b):
		return true
	case textIsDigit(a) && b == '(':
		return true
	}
	return false
}

// unglue puts back the spaces a copy dropped between the parts of a
// stamp: between a number and a word of three or more letters
// ("November02", "ago12.34", "Updated20:49", but not "6h03" or "5pm"),
// between a lower-case letter and a capital, and inside a run of digits
// that holds a day, a year and an hour ahead of ":" ("02202321:06"
// is 02 2023 21:06), as a date printed in three spans comes out of a
// copy.
func unglue(s string) string {
	if len(s) > maxStampSpan {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i > 0 {
			p := s[i-1]
			switch {
			case textIsDigit(p) && textIsLetter(c) && letterRun(s, i) >= 3,
				textIsLetter(p) && textIsDigit(c) && letterRunBack(s, i) >= 3,
				textIsLower(p) && textIsUpper(c):
				b.WriteByte(' ')
			}
		}
		if textIsDigit(c) && (i == 0 || !textIsDigit(s[i-1])) {
			j := i
			for j < len(s) && textIsDigit(s[j]) {
				j++
			}
			if run := s[i:j]; len(run) >= 5 && j < len(s) && s[j] == ':' {
				b.WriteString(splitDayYear(run[:len(run)-2]))
				b.WriteByte(' ')
				b.WriteString(run[len(run)-2:])
				i = j - 1
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// splitDayYear splits "022023" into "02 2023" when it ends with a year.
func splitDayYear(s string) string {
	if n := len(s); n >= 5 && n <= 6 && (s[n-4:n-2] == "19" || s[n-4:n-2] == "20") {
		return s[:n-4] + " " + s[n-4:]
	}
	return s
}

func letterRun(s string, i int) int {
	n := 0
	for i < len(s) && textIsLetter(s[i]) {
		n++
		i++
	}
	return n
}

func letterRunBack(s string, i int) int {
	n := 0
	for i > 0 && textIsLetter(s[i-1]) {
		n++
		i--
	}
	return n
}

// trimStampSep trims the separators printed between a stamp and its
// text: "12.31 Uhr: Headline", "6h03 : …", "22h50. …", "– ", "| ".
func trimStampSep(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(":.-–—|·,;•", r)
	})
}

func startsWithDigitOrLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r) || unicode.IsLetter(r)
}

func textIsDigitRune(r rune) bool { return '0' <= r && r <= '9' }
func textIsDigit(c byte) bool     { return '0' <= c && c <= '9' }
func textIsUpper(c byte) bool     { return 'A' <= c && c <= 'Z' }
func textIsLower(c byte) bool     { return 'a' <= c && c <= 'z' }

// textIsLetter reports an ASCII letter or a byte of a non-ASCII rune
// (most of which, in stamps, are letters: "März", "сентября").
func textIsLetter(c byte) bool { return textIsUpper(c) || textIsLower(c) || c >= 0x80 }
