package timeparse

import (
	"strings"
	"time"
)

// reasonTwoClocks is the error of a text with two times of day; Read
// then tries it as one time printed in two zones.
const reasonTwoClocks = "two times of day"

// twoZones reads one time printed in two zones, as American live blogs
// print both coasts ("9 a.m. PT/12 p.m. ET", "9:41 a.m. PT (12:41 p.m.
// ET)", "12:41 p.m. ET | 9:41 a.m. PT"): the text splits at a slash
// that is no date's, a parenthesis or a bar into two sides, each a clock
// with a zone, that say the same time of day. The first side, which
// carries the date where one is printed, is the stamp; a date on the
// second side alone is refused, two dates must agree.
func (n *Normalizer) twoZones(s, t string) (Stamp, bool) {
	for i, tries := 1, 0; i < len(t)-1 && tries < 4; i++ {
		if c := t[i]; c != '(' && c != '|' && (c != '/' || isDigit(t[i-1]) && isDigit(t[i+1])) {
			continue
		}
		tries++
		a, err := n.Read(t[:i])
		if err != nil || !a.HasTime || !a.HasZone || a.Relative {
			continue
		}
		b, err := n.Read(strings.TrimSuffix(strings.TrimSpace(t[i+1:]), ")"))
		if err != nil || !b.HasTime || !b.HasZone || b.Relative || !sameTime(a, b) {
			continue
		}
		a.Raw = s
		return a, true
	}
	return Stamp{}, false
}

// sameTime reports whether b, the second side of a time printed in two
// zones, says the time of a: the same instant when both print a date,
// the same time of day when only a does or neither does.
func sameTime(a, b Stamp) bool {
	switch {
	case b.HasDate && !a.HasDate:
		return false
	case b.HasDate:
		return a.Time.Equal(b.Time)
	}
	return a.Time.Sub(b.Time)%(24*time.Hour) == 0
}
