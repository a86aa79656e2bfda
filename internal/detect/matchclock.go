package detect

import (
	"bytes"

	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/matchclock"
	"golang.org/x/net/html/atom"
)

// This file finds the elements that hold a match clock, as
// internal/marks does on the tree; internal/matchclock reads the text.

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
	if len(raw) > 4*matchclock.MaxLen+64 {
		return 0, false
	}
	if !bytes.ContainsFunc(raw, matchclock.IsApostrophe) && len(bytes.TrimSpace(raw)) != 2 && !p.matchClockClass(e) {
		return 0, false
	}
	s, ok := p.shortText(f, depth, matchclock.MaxLen)
	if !ok || s == "" {
		return 0, false
	}
	return matchclock.Read(s, func() bool { return p.matchClockClass(e) })
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
