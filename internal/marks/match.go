package marks

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// This file reads match clocks: the minute, phase, over or lap with which
// sports commentary marks its entries instead of a time of day. A match
// clock is never a time: "61.42 s" is a race time, "2:1" a score, and
// neither is read here, since a match clock is the whole text of an
// element of its own.

// maxMatchClock is the longest text a match clock element holds.
const maxMatchClock = 16

// matchClockOf reports whether element n holds only a match clock, and
// returns it as printed with its order in the match: a minute with its
// apostrophe and stoppage time ("90'+3", "45+2'"), "HT" or "FT"; and,
// where the element's class names a clock (lexicon.MatchClockClasses), a
// period word ("Halbzeit"), a cricket over and ball ("14.2") or a lap
// ("Lap 23/58", "23").
func matchClockOf(n *html.Node) (string, float64, bool) {
	switch n.DataAtom {
	case atom.Div, atom.Span, atom.P, atom.Li, atom.Td, atom.Strong, atom.B, atom.Abbr, atom.Time, atom.Dt, atom.Em:
	default:
		return "", 0, false
	}
	if hasElementChild(n, atom.P, atom.Div, atom.Ul, atom.Ol) {
		return "", 0, false
	}
	s, ok := dom.ShortText(n, maxMatchClock)
	if !ok || s == "" {
		return "", 0, false
	}
	if seq, ok := matchMinute(s); ok {
		return s, seq, true
	}
	if s == "HT" || s == "FT" {
		return s, periodSeq(s), true
	}
	// The rest need a class that names a clock; the text is the cheaper
	// test, so it comes first.
	var seq float64
	switch {
	case lexicon.MatchPeriods.Has(s):
		seq = periodSeq(s)
	default:
		var ok bool
		if seq, ok = overBall(s); !ok {
			if seq, ok = lap(s); !ok {
				return "", 0, false
			}
		}
	}
	if !matchClockClass(n) {
		return "", 0, false
	}
	return s, seq, true
}

// hasElementChild reports whether n has a child element of one of kinds.
func hasElementChild(n *html.Node, kinds ...atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			for _, k := range kinds {
				if c.DataAtom == k {
					return true
				}
			}
		}
	}
	return false
}

// matchClockClass reports whether n's (or its parent's) class or id
// names a match clock.
func matchClockClass(n *html.Node) bool {
	for a, depth := n, 0; a != nil && depth < 2; a, depth = a.Parent, depth+1 {
		if lexicon.MatchClockClasses.HasPart(dom.Attr(a, "class")) || lexicon.MatchClockClasses.HasPart(dom.Attr(a, "id")) {
			return true
		}
	}
	return false
}

// isApostrophe reports the marks sites print after a minute.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '′' || r == '´' || r == 'ʹ'
}

// matchMinute reads "90'", "90'+3", "90' +3", "45+2'" and returns the
// minute with stoppage time as hundredths (90.03).
func matchMinute(s string) (float64, bool) {
	s = strings.ReplaceAll(s, " ", "")
	min, rest := leadingInt(s, 3)
	if min < 0 || rest == s {
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
	if !marked || rest != "" || min > 150 {
		return 0, false
	}
	return float64(min) + float64(extra)/100, true
}

// leadingInt reads up to max digits at the start of s: the value (-1 when
// there is none) and the rest of s.
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

// periodSeq places a phase of play among the minutes: half-time after the
// first half's stoppage time, full-time after everything.
func periodSeq(s string) float64 {
	switch strings.ToLower(s) {
	case "ht", "half-time", "halftime", "half time", "halbzeit", "mi-temps", "descanso", "intervalo", "intervallo", "перерыв", "przerwa", "rust", "pauze":
		return 45.99
	}
	return 999
}

// overBall reads a cricket over and ball, "14.2" (balls 0 to 6; a wide
// repeats one), and returns its count of balls.
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
