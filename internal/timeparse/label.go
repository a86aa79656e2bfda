package timeparse

import (
	"strings"
	"time"
)

// MayHoldStamp reports whether s may hold a printed stamp: a clock
// (MayHoldClock), or a digit, as a relative stamp has ("5 min ago",
// "hace 5 minutos"). It is the cheap test before Label.
func MayHoldStamp(s string) bool {
	return strings.ContainsAny(s, "0123456789") || MayHoldClock(s)
}

// maxRelativeLabel is the longest relative stamp Label reads.
const maxRelativeLabel = 40

// Label reads s, the whole text of an element that holds only a time
// label, as a printed stamp: a date line with a clock ("31.03.2024 •
// 09:42 Uhr"), the stamp after a byline ("Ann Lee | 14:05"), or a
// relative stamp with a number ("hace 5 minutos", "vor 2 Stunden"). It
// returns the stamp as printed, and the instant it gives when it names
// its day or counts back from the reference time (for ordering only:
// the finishing step dates the raw stamp against the page), else zero;
// relative reports a stamp that counts back.
func (n *Normalizer) Label(s string) (raw string, day time.Time, relative, ok bool) {
	if ClockMinutes(s) < 0 {
		if len(s) > maxRelativeLabel || !strings.ContainsAny(s, "0123456789") {
			return "", time.Time{}, false, false
		}
		st, err := n.Read(s)
		if err != nil || !st.Relative {
			return "", time.Time{}, false, false
		}
		return s, st.Time, true, true
	}
	if !IsDateLine(s) {
		// "By Ann Lee, 1 June 2024, 14:05", "Ann Lee | 14:05", "Posted
		// 2:47pm by Aroha Smith": a byline and the stamp share the line;
		// the stamp is the part after (else before) a separator or a
		// byline word that reads as a date line on its own.
		t := DateLineTail(s)
		if t == "" {
			t = DateLineHead(s)
		}
		if s = t; s == "" {
			return "", time.Time{}, false, false
		}
	}
	st, err := n.Read(s)
	if err != nil {
		return "", time.Time{}, false, false
	}
	if st.HasDate {
		day = st.Time
	}
	// "il y a 2 h": an hour and its clock word, but counted back.
	return s, day, st.Relative, true
}

// MaxWordLabel is the longest relative label without a digit that
// WordRelative reads ("il y a une heure", "منذ ساعتين").
const MaxWordLabel = 40

// WordRelative reads s, the whole text of a short label with no digit,
// as a relative stamp in words that counts back to a time of day: "an
// hour ago", "vor einer Stunde", Hebrew "לפני שעה" and Arabic "منذ
// ساعتين" (one hour, two hours: the forms those languages print for one
// and two). It returns the instant the label counts back to. A day word
// alone ("Yesterday", "Heute") is a date heading, not such a label.
// Label needs a digit, which keeps the engine off every short text of a
// page; callers ask WordRelative only where a live page's labels may
// be.
func (n *Normalizer) WordRelative(s string) (time.Time, bool) {
	if s == "" || len(s) > MaxWordLabel || strings.ContainsAny(s, "0123456789") {
		return time.Time{}, false
	}
	st, err := n.Read(s)
	if err != nil || !st.Relative || !st.HasTime {
		return time.Time{}, false
	}
	return st.Time, true
}
