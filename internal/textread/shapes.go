package textread

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isHeadline reports whether a line reads as a headline: not too long
// and not ending like a sentence (a final "!" or "?" is a headline's
// too, see isStrongHeadline).
func isHeadline(s string) bool {
	if len(s) > 400 || s == "" || utf8RuneLen(s) > 200 {
		return false
	}
	last, prev := lastTwoRunes(s)
	if strings.ContainsRune("\"”»’'", last) {
		// A quotation closing the headline: what matters is how the
		// quotation ends.
		return !strings.ContainsRune(".,:;", prev)
	}
	return !strings.ContainsRune(".:;,", last)
}

// isStrongHeadline is isHeadline without a final "!" or "?".
func isStrongHeadline(s string) bool {
	if !isHeadline(s) {
		return false
	}
	last, _ := lastTwoRunes(s)
	return last != '!' && last != '?'
}

// isProse reports a paragraph that reads as running text: a sentence
// end, or many words.
func isProse(s string) bool {
	n := wordCount(s, 12)
	if n >= 12 {
		return true
	}
	last, prev := lastTwoRunes(s)
	if strings.ContainsRune("\"”»’')", last) {
		last = prev
	}
	return n >= 3 && strings.ContainsRune(".!?…:。！？", last)
}

// lastTwoRunes returns the last rune of s and the one before it.
func lastTwoRunes(s string) (last, prev rune) {
	r := []rune(s[max(0, len(s)-16):])
	if len(r) > 0 {
		last = r[len(r)-1]
	}
	if len(r) > 1 {
		prev = r[len(r)-2]
	}
	return last, prev
}

// wordCount counts the words of s, stopping at limit. Scripts written
// without spaces (Chinese, Japanese, Thai) count a word every two
// characters, about their words' length.
func wordCount(s string, limit int) int {
	n, in, unspaced := 0, false, 0
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
			continue
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai):
			if unspaced++; unspaced%2 == 1 {
				n++
			}
			in = false
		case !in:
			n++
			in = true
		default:
			continue
		}
		if n >= limit {
			return n
		}
	}
	return n
}

func utf8RuneLen(s string) int { return utf8.RuneCountInString(s) }

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}
