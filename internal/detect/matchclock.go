package detect

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/lexicon"
	"golang.org/x/net/html/atom"
)

// This file reads match clocks, as the root package's generic_match.go
// does: the minute, phase, over or lap with which sports commentary marks
// its entries instead of a time of day.

// matchClockOf: an element holding only a match clock ("90'+3", "HT",
// and where a class names a clock, "14.2", "Lap 23/58").
func (p *page) matchClockOf(f *frame, e *elem, depth int32) (float64, bool) {
	switch e.atom {
	case atom.Div, atom.Span, atom.P, atom.Li, atom.Td, atom.Strong, atom.B, atom.Abbr, atom.Time, atom.Dt, atom.Em:
	default:
		return 0, false
	}
	if f.want&wClock == 0 || f.blockKids {
		return 0, false
	}
	// The cheap test first: a minute carries an apostrophe, "HT" and
	// "FT" are two letters, and anything else needs a clock's class.
	raw := p.cap.buf[f.bufStart:]
	if len(raw) > 4*16+64 {
		return 0, false
	}
	if !hasApostrophe(raw) && len(bytes.TrimSpace(raw)) != 2 && !p.matchClockClass(e) {
		return 0, false
	}
	s, ok := p.shortText(f, depth, 16)
	if !ok || s == "" {
		return 0, false
	}
	if seq, ok := matchMinute(s); ok {
		return seq, true
	}
	if s == "HT" || s == "FT" {
		return periodSeq(s), true
	}
	if !p.matchClockClass(e) {
		return 0, false
	}
	if lexicon.MatchPeriods.Has(s) {
		return periodSeq(s), true
	}
	if seq, ok := overBall(s); ok {
		return seq, true
	}
	if seq, ok := lap(s); ok {
		return seq, true
	}
	return 0, false
}

// matchClockClass: the element's or its parent's class or id names a
// match clock.
func (p *page) matchClockClass(e *elem) bool {
	for i, a := 0, e; a != nil && i < 2; i++ {
		if lexicon.MatchClockClasses.HasPart(a.class) || lexicon.MatchClockClasses.HasPart(a.id) {
			return true
		}
		if a.parent < 0 {
			break
		}
		a = &p.els[a.parent]
	}
	return false
}

// hasApostrophe reports whether b holds one of the marks sites print
// after a minute.
func hasApostrophe(b []byte) bool {
	for _, a := range []string{"'", "’", "′", "´", "ʹ"} {
		if bytes.Contains(b, []byte(a)) {
			return true
		}
	}
	return false
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '′' || r == '´' || r == 'ʹ'
}

// matchMinute reads "90'", "90'+3", "45+2'" as minutes and hundredths.
func matchMinute(s string) (float64, bool) {
	s = strings.ReplaceAll(s, " ", "")
	mins, rest := leadingInt(s, 3)
	if mins < 0 || rest == s {
		return 0, false
	}
	marked := false
	if r, size := utf8.DecodeRuneInString(rest); isApostrophe(r) {
		rest, marked = rest[size:], true
	}
	extra := 0
	if strings.HasPrefix(rest, "+") {
		var after string
		if extra, after = leadingInt(rest[1:], 2); extra < 0 {
			return 0, false
		}
		rest = after
		if r, size := utf8.DecodeRuneInString(rest); isApostrophe(r) {
			rest, marked = rest[size:], true
		}
	}
	if !marked || rest != "" || mins > 150 {
		return 0, false
	}
	return float64(mins) + float64(extra)/100, true
}

// leadingInt reads up to max digits at the start of s.
func leadingInt(s string, max int) (int, string) {
	i := 0
	for i < len(s) && i < max && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 || i < len(s) && '0' <= s[i] && s[i] <= '9' {
		return -1, s
	}
	v, _ := strconv.Atoi(s[:i])
	return v, s[i:]
}

// periodSeq places a phase of play among the minutes.
func periodSeq(s string) float64 {
	if lexicon.HalfTimePeriods.Has(s) {
		return 45.99
	}
	return 999
}

// overBall reads a cricket over and ball, "14.2".
func overBall(s string) (float64, bool) {
	over, rest := leadingInt(s, 3)
	if over < 0 || !strings.HasPrefix(rest, ".") || len(rest) != 2 || rest[1] < '0' || rest[1] > '6' {
		return 0, false
	}
	return float64(over*6 + int(rest[1]-'0')), true
}

// lap reads "Lap 23/58", "Runde 12", "23/58" or "23".
func lap(s string) (float64, bool) {
	if w, rest, ok := strings.Cut(s, " "); ok && lexicon.LapWords.Has(w) {
		s = strings.TrimSpace(rest)
	}
	n, rest := leadingInt(s, 3)
	if n < 0 {
		return 0, false
	}
	if rest != "" {
		if total, after := leadingInt(strings.TrimPrefix(rest, "/"), 3); !strings.HasPrefix(rest, "/") || total < n || after != "" {
			return 0, false
		}
	}
	return float64(n), true
}
