package timeparse

import (
	"strings"
	"unicode/utf8"
)

// clockForm returns s with the clocks the engine reads, but the hand
// scanners of this file (FindClock, MayHoldClock) do not, spelled the way
// the scanners read them: native and full-width digits as ASCII
// ("١٤:٠٥", "१४:०५" → "14:05"), and an hour mark of the vocabulary
// between hour and minutes, spaced or not, as a colon ("14 h 05",
// "14時05分", "9시 5분" → "14:05", "14:05分", "9:05분"). Text that needs
// none of this comes back unchanged, without a copy; the result is only
// for finding clocks, never for showing.
func clockForm(s string) string {
	if !mayNeedClockForm(s) {
		return s
	}
	var b []byte // nil until the first change
	for i := 0; i < len(s); {
		if _, size := digitAt(s, i); size == 0 {
			if b != nil {
				b = append(b, s[i])
			}
			i++
			continue
		}
		start := i
		var digits [2]byte
		nd := 0
		for {
			v, size := digitAt(s, i)
			if size == 0 {
				break
			}
			if nd < len(digits) {
				digits[nd] = byte('0' + v)
			}
			nd++
			i += size
		}
		out := s[start:i]
		if nd <= 2 {
			if mi, end, ok := markedMinutes(s, i); ok {
				b = ensureCopy(b, s, start)
				b = append(b, digits[:nd]...)
				b = append(b, ':', '0'+byte(mi/10), '0'+byte(mi%10))
				i = end
				continue
			}
		}
		if len(out) == nd {
			if b != nil {
				b = append(b, out...)
			}
			continue
		}
		// Native digits: their ASCII values (the run is re-read, as
		// runs longer than two digits are kept whole).
		b = ensureCopy(b, s, start)
		for j := start; j < i; {
			v, size := digitAt(s, j)
			b = append(b, byte('0'+v))
			j += size
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// mayNeedClockForm is clockForm's cheap test: a byte beyond ASCII (a
// native digit or an East Asian hour mark may follow), or a spaced hour
// mark.
func mayNeedClockForm(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return strings.Contains(s, " h ")
}

// ensureCopy starts the copy of s that clockForm writes, with the part of
// s before upto, unless it is started already.
func ensureCopy(b []byte, s string, upto int) []byte {
	if b != nil {
		return b
	}
	return append(make([]byte, 0, len(s)+4), s[:upto]...)
}

// markedMinutes reads, at s[i] right after an hour's digits, an hour mark
// of the vocabulary (a word flagged wH: "h", "時", "시", "点"), spaced or
// not, then one or two digits of minutes (0–59) not followed by another
// digit. It returns the minutes and the index after them.
func markedMinutes(s string, i int) (mi, end int, ok bool) {
	if i < len(s) && s[i] == ' ' {
		i++
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if i >= len(s) || !isWordRune(r) {
		return 0, 0, false
	}
	wend := wordEnd(s, i)
	idx, known := lookupWord(s[i:wend])
	if !known || vocab.words[idx].flagsIn(vocab.all)&wH == 0 {
		return 0, 0, false
	}
	i = wend
	if i < len(s) && s[i] == ' ' {
		i++
	}
	nd := 0
	for nd < 3 {
		v, size := digitAt(s, i)
		if size == 0 {
			break
		}
		mi = mi*10 + int(v)
		nd++
		i += size
	}
	if nd == 0 || nd > 2 || mi > 59 {
		return 0, 0, false
	}
	return mi, i, true
}
