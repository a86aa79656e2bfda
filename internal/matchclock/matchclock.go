// Package matchclock reads match clocks: the minute, phase of play, over
// and ball, or lap with which sports commentary marks its entries instead
// of a time of day. A match clock is never a time: "61.42 s" is a race
// time and "2:1" a score, and neither is read here. The callers (the
// tree-side marks and the tokenizer-free detector) decide which element's
// text to ask about; this package is the one reader of that text.
package matchclock

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// MaxLen is the longest text, in bytes, that a match clock element holds.
const MaxLen = 16

// Read reports whether s, the whole text of one element, is a match clock,
// and returns its order in the match. A minute with its apostrophe and
// stoppage time ("90'+3", "45+2'"), "HT" and "FT" are clocks anywhere;
// a period word ("Halbzeit"), a cricket over and ball ("14.2") and a lap
// ("Lap 23/58", "23") only when clockClass says the element's class or id
// names a clock (lexicon.MatchClockClasses). clockClass is called only
// when the text alone does not decide.
func Read(s string, clockClass func() bool) (float64, bool) {
	if seq, ok := Minute(s); ok {
		return seq, true
	}
	if s == "HT" || s == "FT" {
		return Period(s), true
	}
	var seq float64
	switch {
	case lexicon.MatchPeriods.Has(s):
		seq = Period(s)
	default:
		var ok bool
		if seq, ok = OverBall(s); !ok {
			if seq, ok = Lap(s); !ok {
				return 0, false
			}
		}
	}
	if !clockClass() {
		return 0, false
	}
	return seq, true
}

// IsApostrophe reports the marks sites print after a minute.
func IsApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '′' || r == '´' || r == 'ʹ'
}

// Minute reads "90'", "90'+3", "90' +3", "45+2'", "90.+2'" and returns the minute
// with stoppage time as hundredths (90.03).
func Minute(s string) (float64, bool) {
	s = strings.ReplaceAll(s, " ", "")
	mins, rest := leadingInt(s, 3)
	if mins < 0 || rest == s {
		return 0, false
	}
	marked := false
	if strings.HasPrefix(rest, ".+") {
		rest = rest[1:] // "90.+2'": an ordinal's dot before stoppage time
	}
	if r, size := utf8.DecodeRuneInString(rest); IsApostrophe(r) {
		rest, marked = rest[size:], true
	}
	extra := 0
	if strings.HasPrefix(rest, "+") {
		var after string
		if extra, after = leadingInt(rest[1:], 2); extra < 0 {
			return 0, false
		}
		rest = after
		if r, size := utf8.DecodeRuneInString(rest); IsApostrophe(r) {
			rest, marked = rest[size:], true
		}
	}
	if !marked || rest != "" || mins > 150 {
		return 0, false
	}
	return float64(mins) + float64(extra)/100, true
}

// Period places a phase of play among the minutes: half-time
// (lexicon.HalfTimePeriods) after the first half's stoppage time, any
// other phase after everything.
func Period(s string) float64 {
	if lexicon.HalfTimePeriods.Has(s) {
		return 45.99
	}
	return 999
}

// OverBall reads a cricket over and ball, "14.2" (balls 0 to 6; a wide
// repeats one), and returns its count of balls.
func OverBall(s string) (float64, bool) {
	over, rest := leadingInt(s, 3)
	if over < 0 || !strings.HasPrefix(rest, ".") || len(rest) != 2 || rest[1] < '0' || rest[1] > '6' {
		return 0, false
	}
	return float64(over*6 + int(rest[1]-'0')), true
}

// Lap reads "Lap 23/58", "Runde 12", "23/58" or "23".
func Lap(s string) (float64, bool) {
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
