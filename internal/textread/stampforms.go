package textread

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// The forms in which copies print a stamp, which the stamp finder
// (stamp.go) reads through: digits of other scripts, a stamp printed
// twice, a list's item number before it, a unit of a script written
// without spaces, a zone after it.

// foldDigits returns s with its decimal digits of other scripts
// (Arabic-Indic, Persian, Devanagari, Bengali, full-width…) written as
// ASCII ones, and whether it held any.
func foldDigits(s string) (string, bool) {
	found := false
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsDigit(r) {
			found = true
			break
		}
	}
	if !found {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if d := nativeDigit(r); d >= 0 {
			b.WriteByte(byte('0' + d))
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), true
}

// nativeDigit is the value of decimal digit r of a script other than
// Latin, or -1.
func nativeDigit(r rune) int {
	if r < utf8.RuneSelf {
		return -1
	}
	return timeparse.DigitValue(r)
}

// unfold returns the text of s that part, a substring of folded (s with
// its digits folded by foldDigits), stands for.
func unfold(s, folded, part string) string {
	if part == "" {
		return ""
	}
	at := strings.Index(folded, part)
	if at < 0 {
		return part
	}
	// Walk both strings rune by rune: a folded digit is one byte, the
	// printed one several.
	start, end := -1, len(s)
	fi := 0
	for si, r := range s {
		if fi == at {
			start = si
		}
		if fi == at+len(part) {
			end = si
			break
		}
		if nativeDigit(r) >= 0 {
			fi++
		} else {
			fi += utf8.RuneLen(r)
		}
	}
	if start < 0 {
		return part
	}
	return s[start:end]
}

// undouble returns s without the copy of its end that a page printed
// twice and the copy glued ("posted at 14:1814:18", "23:40 11 Jul23:40
// 11 Jul": a visible time and its twin for screen readers), or s when
// it does not end so. The repeated part holds a digit and is no longer
// than a stamp.
func undouble(s string) string {
	for n := min(len(s)/2, maxStampSpan/2); n >= 4; n-- {
		tail := s[len(s)-n:]
		if s[len(s)-2*n:len(s)-n] == tail && hasDigit(tail) && utf8.RuneStart(tail[0]) {
			return s[:len(s)-n]
		}
	}
	return s
}

// cutItemNumber cuts the number of a numbered list's item ("1. ",
// "12. ") from the start of s.
func cutItemNumber(s string) (string, bool) {
	i := 0
	for i < len(s) && i < 3 && textIsDigit(s[i]) {
		i++
	}
	if i == 0 || i+2 > len(s) || s[i] != '.' || s[i+1] != ' ' {
		return s, false
	}
	return strings.TrimLeft(s[i+2:], " "), true
}

// unitEndsAt reports whether s[:i] ends with digits and one letter
// beyond ASCII, and s[i:] goes on with another: the unit of a stamp in a
// script written without spaces, glued to the text ("20时15分全市").
func unitEndsAt(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i:])
	return n > 1 && i-n > 0 && textIsDigit(s[i-n-1]) && unicode.IsLetter(r) && unicode.IsLetter(next)
}

// unitAfterGlue reports whether s, the text between a glued reading
// and a longer one, is the unit of a stamp in a script written without
// spaces ("分", "시"): one or two letters beyond ASCII, where the copy
// glued nothing ("21:00Sam Price" is a clock and a name).
func unitAfterGlue(s string) bool {
	n := 0
	for _, r := range s {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// endsWithZoneWord reports whether s ends with a word of two to five
// capitals after a digit and a space ("… 08:10 IST", "… 2:05 PM EDT"):
// a stamp may end with its zone.
func endsWithZoneWord(s string) bool {
	n := 0
	for n < len(s) && n <= 5 && textIsUpper(s[len(s)-1-n]) {
		n++
	}
	if n < 2 || n > 5 || len(s) < n+2 || s[len(s)-1-n] != ' ' {
		return false
	}
	return strings.IndexFunc(s[max(0, len(s)-n-8):len(s)-n], textIsDigitRune) >= 0
}

// firstRune is the first rune of s: a separator may be a dash of
// several bytes ("15.05 Uhr – …").
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
