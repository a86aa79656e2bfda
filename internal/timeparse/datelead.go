package timeparse

import "strings"

// numericDateLead returns the length of a numeric day-first date that
// opens s ("31.03.22", "31.03.2022", "5/4/2024") together with the
// separators after it (" | ", ", ", " - ", " "), or 0. The date needs a
// year, so that "14.05 Uhr" and "1.50 Euro" are no dates, and something
// must follow it.
func numericDateLead(s string) int {
	i := numericDateEnd(s)
	if i == 0 {
		return 0
	}
	j := i + dateSeparators(s[i:])
	if j == i || j == len(s) {
		return 0
	}
	return j
}

// numericDateEnd returns the end of a day, month and year in digits
// that open s, joined by one kind of separator ('.' or '/'), or 0: one
// or two digits for day and month, two or four for the year.
func numericDateEnd(s string) int {
	i := 0
	var sep byte
	for part := 0; part < 3; part++ {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		n := j - i
		if part < 2 && (n < 1 || n > 2) || part == 2 && n != 2 && n != 4 {
			return 0
		}
		i = j
		if part == 2 {
			break
		}
		if i >= len(s) || s[i] != '.' && s[i] != '/' || sep != 0 && s[i] != sep {
			return 0
		}
		sep = s[i]
		i++
	}
	return i
}

// dateSeparators returns the length of the spaces and separators ("|",
// ",", "-", "–", "•", "·") that open s.
func dateSeparators(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == ',' || s[i] == '|' || s[i] == '-':
			i++
		case i+3 <= len(s) && (s[i:i+3] == "–" || s[i:i+3] == "•"):
			i += 3
		case i+2 <= len(s) && s[i:i+2] == "·":
			i += 2
		default:
			return i
		}
	}
	return i
}

// leadingDateClock is LeadingClock on a text that opens with a numeric
// date before the clock ("31.03.22 | 11:26 | Title", "30.03.2022, 18:40
// Uhr: Title"): the stamp holds both, so the entry keeps its day.
func leadingDateClock(s string, ticker bool) (stamp, rest string, ok bool) {
	n := numericDateLead(s)
	if n == 0 {
		return "", "", false
	}
	clock, rest, ok := leadingClockAt(s[n:], ticker)
	if !ok {
		return "", "", false
	}
	return s[:n+len(clock)], rest, true
}

// periodThenCapital reports whether s is a full stop alone or one before
// a capitalised text: the separator of "18h10. Title", which a dotted
// date ("14.05. Titel") does not reach, as only 'h' and colon clocks ask.
func periodThenCapital(s string) bool {
	if s == "" || s[0] != '.' {
		return false
	}
	t := s[1:]
	return t == "" || t[0] == ' ' && startsUpper(strings.TrimSpace(t))
}
