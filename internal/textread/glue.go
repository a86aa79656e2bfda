package textread

import "strings"

// unglue puts back the spaces a copy dropped between the parts of a
// stamp: between a number and a word of three or more letters
// ("November02", "ago12.34", "Updated20:49", but not "6h03" or "5pm"),
// between a lower-case letter and a capital, and inside a run of digits
// that holds a day, a year and an hour ahead of ":" ("02202321:06"
// is 02 2023 21:06), as a date printed in three spans comes out of a
// copy, or a clock's minutes and the day after them ("11:529 novembre").
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
				textIsLower(p) && textIsUpper(c),
				i >= 2 && textIsUpper(s[i-2]) && textIsUpper(p) && textIsUpper(c) && i+1 < len(s) && textIsLower(s[i+1]):
				b.WriteByte(' ')
			}
		}
		if textIsDigit(c) && (i == 0 || !textIsDigit(s[i-1])) {
			if split, j, ok := splitDigitRun(s, i); ok {
				b.WriteString(split)
				i = j - 1
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// splitDigitRun splits the run of digits starting at byte i of s where
// a copy ran a date and a clock together: a day, a year and an hour
// ahead of ":" ("02202321:06" is 02 2023 21:06), or a clock's minutes
// and the day of the date after it ("11:529 novembre 2024", "14:059.
// März 2024"). It returns the run with spaces put back and the offset
// after it; ok is false when the run is none of these.
func splitDigitRun(s string, i int) (split string, j int, ok bool) {
	j = i
	for j < len(s) && textIsDigit(s[j]) {
		j++
	}
	run := s[i:j]
	switch {
	case len(run) >= 5 && j < len(s) && s[j] == ':':
		return splitDayYear(run[:len(run)-2]) + " " + run[len(run)-2:], j, true
	case i >= 2 && s[i-1] == ':' && textIsDigit(s[i-2]) && gluedDay(run) && j < len(s) && (s[j] == ' ' || s[j] == '.'):
		return run[:2] + " " + run[2:], j, true
	}
	return "", j, false
}

// gluedDay reports a clock's two digits of minutes run together with a
// day of the month ("529": 52, then the 9th).
func gluedDay(run string) bool {
	if len(run) < 3 || len(run) > 4 || run[0] > '5' {
		return false
	}
	day := 0
	for _, c := range run[2:] {
		day = day*10 + int(c-'0')
	}
	return day >= 1 && day <= 31 && run[2] != '0'
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
