package stream

import (
	"slices"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/marks"
)

// This file holds a candidate stream to the evidence a live blog shows:
// enough entries, outside the page's furniture, with text of their own
// rather than lists of links, and times that run one way (order.go).

// inChromeRegion reports whether p or an ancestor below <body> is page
// furniture: nav, aside, footer, a form, or a block whose class or id says
// comments, related stories, sidebar or the like.
func inChromeRegion(p *html.Node) bool {
	for a := p; a != nil && a.Type == html.ElementNode; a = a.Parent {
		switch a.DataAtom {
		case atom.Body, atom.Html:
			return false
		case atom.Nav, atom.Aside, atom.Footer, atom.Form:
			return true
		}
		switch strings.ToLower(dom.Attr(a, "role")) {
		case "navigation", "complementary", "contentinfo":
			return true
		}
		if lexicon.RegionClasses.HasPart(dom.Attr(a, "class")) || lexicon.RegionClasses.HasPart(dom.Attr(a, "id")) {
			return true
		}
	}
	return false
}

// Evidence reports whether entries look like a live blog's stream,
// and how much entry text they hold.
func Evidence(p *html.Node, entries []Entry) (int, bool) {
	if len(entries) < MinEntries || inChromeRegion(p) {
		return 0, false
	}
	own := make([]int, 0, len(entries))
	total, linked := 0, 0
	for i := range entries {
		o, l := entryTextSize(&entries[i])
		own = append(own, o)
		total += o + l
		linked += l
	}
	sorted := append([]int(nil), own...)
	sort.Ints(sorted)
	if sorted[len(sorted)/2] < 50 || linked*2 > total {
		return 0, false
	}
	if !runsOneWay(entries) {
		return 0, false
	}
	score := 0
	for _, o := range own {
		score += min(o, 3000)
	}
	return score, true
}

// clockPara reports whether m is a paragraph that opens with a clock and
// goes on with text, not a label.
func clockPara(m *marks.Mark) bool {
	return m.Node.DataAtom == atom.P && m.Heading && !m.Bare
}

// entryTextSize returns the entry's text length outside links and time
// labels, and inside links.
func entryTextSize(e *Entry) (own, linked int) {
	// The time labels are left out, but an entry element that carries
	// its own time, and a paragraph that opens with its clock ("<p><b>Ora
	// 21:00</b> The polls closed…"): its text is the entry's body even
	// where a wrapper holds it alone.
	var skip dom.NodeSet
	for i := range e.Marks {
		if m := &e.Marks[i]; !slices.Contains(e.Nodes, m.Node) && !clockPara(m) {
			skip.Add(m.Node)
		}
	}
	for _, top := range e.Nodes {
		dom.Walk(top, func(n *html.Node) bool {
			if skip.Has(n) {
				return false
			}
			switch n.Type {
			case html.ElementNode:
				if dom.Skipped(n) {
					return false
				}
				if n.DataAtom == atom.A {
					linked += len(strings.TrimSpace(dom.Text(n)))
					return false
				}
			case html.TextNode:
				own += len(strings.TrimSpace(n.Data))
			}
			return true
		})
	}
	return own, linked
}
