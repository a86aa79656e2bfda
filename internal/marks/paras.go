package marks

import (
	"strings"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/timeparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boldLeadItem reports whether list item n opens with a bold clock
// ("<li><b>14:05</b> text</li>"), read like a bold-lead paragraph. Only
// pages that call themselves live are read this way: a programme list
// looks the same.
func boldLeadItem(n *html.Node) (Mark, bool) {
	m := Mark{Node: n, Clock: -1}
	if n.DataAtom != atom.Li || !leadsWithBold(n) {
		return m, false
	}
	clock, rest, ok := timeparse.LeadingClock(dom.Text(dom.FirstElementChild(n)))
	if !ok {
		return m, false
	}
	m.Raw, m.Rest, m.Heading, m.Src, m.Clock = clock, rest, true, Printed, timeparse.ClockMinutes(clock)
	return m, m.Clock >= 0
}

// plainClockPara reports whether paragraph n (with no bold lead) opens
// with a clock and a separator ("17.45 Uhr: …", "14:05 – …"), the ticker
// style of sites that put each entry in one plain paragraph. The text
// after the clock is the entry's body. Only pages that call themselves
// live are read this way (the caller's plainParas): a same-day timeline in an
// article looks the same.
func plainClockPara(n *html.Node) (Mark, bool) {
	m := Mark{Node: n, Clock: -1}
	if n.DataAtom != atom.P || leadsWithBold(n) {
		return m, false
	}
	// The cheap test first: the paragraph's first text starts with a digit.
	var first *html.Node
	for c := n.FirstChild; c != nil && first == nil; c = c.FirstChild {
		for ; c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == ""; c = c.NextSibling {
		}
		if c == nil {
			break
		}
		if c.Type == html.TextNode {
			first = c
			break
		}
		if c.Type != html.ElementNode {
			break
		}
	}
	if first == nil {
		return m, false
	}
	lead := strings.TrimSpace(first.Data)
	if len(lead) > 64 {
		lead = lead[:64]
	}
	clock, rest, ok := timeparse.LeadingClock(lead)
	if !ok {
		return m, false
	}
	if rest == "" && len(dom.Text(n)) <= len(lead) {
		return m, false // a bare time label: no entry text follows
	}
	m.Raw, m.Heading, m.Plain, m.Src, m.Clock = clock, true, true, Printed, timeparse.ClockMinutes(clock)
	m.Cut = lead
	if rest != "" {
		if i := strings.Index(lead, rest); i > 0 {
			m.Cut = lead[:i]
		}
	}
	return m, m.Clock >= 0
}

// wordRelativeLabel reports whether n is a time label that counts back
// in words alone, with no digit (timeparse.Normalizer.WordRelative:
// "an hour ago", "לפני שעה"). Printed labels need a digit (Label); on a
// page that says it is live (the caller's plainParas) the short texts of
// label elements are read this way as well.
func wordRelativeLabel(n *html.Node, norm *timeparse.Normalizer) (Mark, bool) {
	m := Mark{Node: n, Clock: -1}
	if norm == nil || n.FirstChild == nil {
		return m, false
	}
	switch n.DataAtom {
	case atom.Span, atom.Div, atom.P, atom.Small, atom.Em, atom.I, atom.B, atom.Strong, atom.Li:
	default:
		return m, false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom != atom.Span && c.DataAtom != atom.Abbr {
			return m, false
		}
	}
	s, ok := dom.ShortText(n, timeparse.MaxWordLabel)
	if !ok {
		return m, false
	}
	day, ok := norm.WordRelative(s)
	if !ok {
		return m, false
	}
	m.Raw, m.Src, m.Day, m.Relative = s, Printed, day, true
	return m, true
}
