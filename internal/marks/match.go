package marks

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/matchclock"
)

// This file finds the elements that hold a match clock: the minute,
// phase, over or lap with which sports commentary marks its entries
// instead of a time of day. A match clock is the whole text of an element
// of its own; internal/matchclock reads that text.

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
	s, ok := dom.ShortText(n, matchclock.MaxLen)
	if !ok || s == "" {
		return "", 0, false
	}
	seq, ok := matchclock.Read(s, func() bool { return matchClockClass(n) })
	if !ok {
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
