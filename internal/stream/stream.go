// Package stream finds the entries of a page that marks them in no
// standard way: the element whose children most often hold a time mark
// (internal/marks), split into entries — each marked child, or each clock
// heading and the siblings after it — and held to the evidence a live
// blog shows. Entry is an entry as found in the markup, before the root
// package's drafter turns it into a Draft; the extractors that name
// their containers outright (AMP, microdata, WordPress) build Entries
// too.
package stream

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/andybalholm/cascadia"
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/marks"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// maxClimb bounds how far above a mark its entry may start.
const maxClimb = 40

// Find returns the entries of the best stream of marked siblings,
// or nil when no stream shows enough evidence.
func Find(ms []marks.Mark) []Entry {
	cnt := map[*html.Node]int{}
	var parents []*html.Node
	seen := map[*html.Node]bool{}
	for i := range ms {
		a := ms[i].Node
		for depth := 0; a != nil && a.Type == html.ElementNode && depth < maxClimb; depth++ {
			cnt[a]++
			if p := a.Parent; p != nil && p.Type == html.ElementNode && !seen[p] {
				seen[p] = true
				parents = append(parents, p)
			}
			a = a.Parent
		}
	}
	var best []Entry
	bestScore := 0
	for _, p := range parents {
		marked := 0
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && cnt[c] > 0 {
				marked++
			}
		}
		if marked < MinEntries {
			continue
		}
		entries := pruneEntries(streamEntries(p, ms))
		if score, ok := Evidence(p, entries); ok && score > bestScore {
			best, bestScore = entries, score
		}
	}
	return best
}

// MinEntries is the fewest entries the structural fallback accepts.
const MinEntries = 3

// streamEntries splits the children of p into entries: at each clock
// heading when most marked children are one (heading mode: tickers with
// no entry containers), else one entry per marked child.
func streamEntries(p *html.Node, all []marks.Mark) []Entry {
	byChild, headings := marksByChild(p, all)
	if headings >= MinEntries && headings*2 >= len(byChild) {
		return headingEntries(p, byChild)
	}
	// In sports commentary the stream's items without a match clock (the
	// half-time note, a result card) are entries too.
	var kind itemKind
	if matchStream(byChild) {
		kind = kindOf(byChild)
	}
	var entries []Entry
	open := false // the last entry is a bare stamp, taking in the siblings after it
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch ms := byChild[c]; {
		case len(ms) > 0:
			entries = append(entries, Entry{Nodes: []*html.Node{c}, Marks: ms})
			open = stampOnly(c, ms)
		case kind.tag != "" && kind.has(c) && substantive(c):
			entries = append(entries, Entry{Nodes: []*html.Node{c}})
			open = false
		case marks.IsSeparator(c):
			open = false
		case open && (c.Type == html.ElementNode || strings.TrimSpace(c.Data) != ""):
			e := &entries[len(entries)-1]
			e.Nodes = append(e.Nodes, c)
		}
	}
	return entries
}

// Titleless reports whether m is a clock heading with nothing after its
// clock ("<h2>15:42</h2>"): the heading below it is its entry's title.
func Titleless(m *marks.Mark) bool {
	return m != nil && m.Heading && !m.Plain && dom.IsHeading(m.Node) && strings.TrimSpace(m.Rest) == ""
}

// stampOnly reports whether the marked child c holds nothing but its
// time marks ("<dt><time>16:35</time></dt>", "<span>16:48</span>"): a
// stamp standing over the siblings after it, which are its entry's
// headline and body, as a clock heading stands over a heading ticker's.
// A child that is a clock heading itself is one only when nothing
// follows its clock.
func stampOnly(c *html.Node, ms []marks.Mark) bool {
	var skip dom.NodeSet
	for i := range ms {
		if ms[i].Node == c {
			return !ms[i].Heading || Titleless(&ms[i])
		}
		skip.Add(ms[i].Node)
	}
	only := true
	dom.Walk(c, func(n *html.Node) bool {
		switch {
		case !only || skip.Has(n):
			return false
		case n.Type == html.ElementNode:
			return !dom.Skipped(n)
		case n.Type == html.TextNode && strings.TrimSpace(n.Data) != "":
			only = false
		}
		return only
	})
	return only
}

// marksByChild files the marks under p by the child of p that holds
// them, and counts the children that are clock headings themselves.
//
// The marks of one child stand together in page order, so each child's
// are a piece of all, not a copy (capped, so that appending to them
// copies).
func marksByChild(p *html.Node, all []marks.Mark) (map[*html.Node][]marks.Mark, int) {
	byChild := map[*html.Node][]marks.Mark{}
	headings := 0
	var cur *html.Node // the child whose marks run from start
	start := 0
	flush := func(end int) {
		switch before, ok := byChild[cur]; {
		case cur == nil:
		case ok: // a mark too deep to climb from split the child's run
			byChild[cur] = append(before[:len(before):len(before)], all[start:end]...)
		default:
			byChild[cur] = all[start:end:end]
		}
	}
	for i := range all {
		m := &all[i]
		c := m.Node
		for depth := 0; c != nil && c.Parent != p && depth < maxClimb; depth++ {
			c = c.Parent
		}
		if c == nil || c.Parent != p {
			c = nil
		}
		if c != cur {
			flush(i)
			cur, start = c, i
		}
		if c != nil && m.Heading && m.Node == c {
			headings++
		}
	}
	flush(len(all))
	return byChild, headings
}

// headingEntries makes an entry of each clock heading among the
// children of p and the siblings after it, up to the next clock heading,
// a separator or a heading without a clock; a heading that holds only a
// date dates the entries below it.
func headingEntries(p *html.Node, byChild map[*html.Node][]marks.Mark) []Entry {
	var entries []Entry
	var cur *Entry
	date := ""
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		ms := byChild[c]
		switch {
		case len(ms) > 0 && ms[0].Heading && ms[0].Node == c:
			entries = append(entries, Entry{Nodes: []*html.Node{c}, Marks: ms, Date: date})
			cur = &entries[len(entries)-1]
			cur.Lead = &cur.Marks[0]
		case marks.IsSeparator(c):
			cur = nil // "___" between rolling updates
		case c.Type == html.ElementNode && dom.IsHeading(c) && cur != nil && len(cur.Nodes) == 1 && Titleless(cur.Lead):
			// "<h2>15:42</h2><h3>Title</h3>": a clock heading with
			// nothing after the clock takes the heading below it as
			// its title.
			cur.Nodes = append(cur.Nodes, c)
			cur.Marks = append(cur.Marks, ms...)
		case c.Type == html.ElementNode && dom.IsHeading(c):
			cur = nil
			if t := dom.Text(c); timeparse.IsDateLine(t) || timeparse.HasYear(t) && len(t) < 48 {
				date = t
			}
		case cur != nil && (c.Type == html.ElementNode || strings.TrimSpace(c.Data) != ""):
			cur.Nodes = append(cur.Nodes, c)
			cur.Marks = append(cur.Marks, ms...)
		}
	}
	return entries
}

// itemKind is what the marked items of a stream have in common: the tag
// of most of them and the class names all of them carry (not the
// modifiers some carry: "item--goal").
type itemKind struct {
	tag     string
	classes []string
}

// kindOf returns the kind of the marked children.
func kindOf(byChild map[*html.Node][]marks.Mark) itemKind {
	tags := map[string]int{}
	classes := map[string]int{}
	for c := range byChild {
		tags[c.Data]++
		for _, cl := range strings.Fields(dom.Attr(c, "class")) {
			classes[cl]++
		}
	}
	var k itemKind
	for tag, n := range tags {
		if n*2 >= len(byChild) {
			k.tag = tag
		}
	}
	for cl, n := range classes {
		if n == len(byChild) {
			k.classes = append(k.classes, cl)
		}
	}
	return k
}

// has reports whether element c is of the kind: the same tag and every
// common class.
func (k itemKind) has(c *html.Node) bool {
	if c.Type != html.ElementNode || c.Data != k.tag {
		return false
	}
	own := strings.Fields(dom.Attr(c, "class"))
	for _, cl := range k.classes {
		if !slices.Contains(own, cl) {
			return false
		}
	}
	return true
}

// matchStream reports whether the marked children are mostly marked by
// match clocks.
func matchStream(byChild map[*html.Node][]marks.Mark) bool {
	n := 0
	for _, ms := range byChild {
		if slices.ContainsFunc(ms, func(m marks.Mark) bool { return m.Match != "" }) {
			n++
		}
	}
	return n >= MinEntries && n*2 >= len(byChild)
}

// minOwnText is how much text of its own an unmarked item of a stream
// needs to be an entry.
const minOwnText = 15

// substantive reports whether element c reads as a post: text of its own
// (minOwnText, outside links) and no chrome class.
func substantive(c *html.Node) bool {
	if dom.Skipped(c) || lexicon.ChromeClasses.HasPart(dom.Attr(c, "class")) {
		return false
	}
	own, _ := entryTextSize(&Entry{Nodes: []*html.Node{c}})
	return own >= minOwnText
}

// pruneEntries drops the marked blocks of a stream that are not entries:
// a list of links (a key-events box, a "latest stories" rail) and a block
// that holds three or more different times (a summary of other entries).
func pruneEntries(entries []Entry) []Entry {
	out := entries[:0]
	for i := range entries {
		e := &entries[i]
		if e.Lead == nil && distinctTimes(e.Marks) >= 3 {
			continue
		}
		if own, linked := entryTextSize(e); own < 50 && linked > 2*own {
			continue
		}
		out = append(out, *e)
	}
	return out
}

// distinctTimes counts the different instants among marks (more than two
// minutes apart), or when none is machine-readable, the different clocks.
func distinctTimes(ms []marks.Mark) int {
	var inst, clocks []int64
	for _, m := range ms {
		switch {
		case m.Has():
			inst = addDistinct(inst, m.Time.Unix()/60)
		case m.Clock >= 0:
			clocks = addDistinct(clocks, int64(m.Clock))
		}
	}
	if len(inst) > 0 {
		return len(inst)
	}
	return len(clocks)
}

func addDistinct(seen []int64, v int64) []int64 {
	for _, s := range seen {
		if d := s - v; d >= -2 && d <= 2 {
			return seen
		}
	}
	return append(seen, v)
}

// Entry is one entry as found in the markup by a generic source, before
// it becomes a Draft.
type Entry struct {
	// Nodes are the entry's Nodes in page order: one container element,
	// or a heading and the siblings after it.
	Nodes []*html.Node
	// Lead is the heading mark that opens a heading-delimited entry.
	Lead *marks.Mark
	// Marks are the time stamps inside the entry, in page order.
	Marks []marks.Mark
	// Date is the day heading the entry stands under, if any.
	Date string
	// The source may know these from markup made for machines.
	ID, URL, Title, Text string
	Authors              []string
}

// MostLinkAway reports whether three quarters of the entries have a
// headline that links to another page.
func MostLinkAway(entries []Entry) bool {
	linked := 0
	for i := range entries {
		if headingLinksAway(&entries[i]) {
			linked++
		}
	}
	return linked*4 >= len(entries)*3
}

// headingLinksAway reports whether the entry's first heading is (mostly)
// the text of a link to another page.
func headingLinksAway(e *Entry) bool {
	var h *html.Node
	for _, top := range e.Nodes {
		dom.Walk(top, func(n *html.Node) bool {
			if h != nil {
				return false
			}
			if n.Type == html.ElementNode && dom.IsHeading(n) {
				h = n
				return false
			}
			return true
		})
		if h != nil {
			break
		}
	}
	if h == nil {
		return false
	}
	a := h
	for a != nil && a.DataAtom != atom.A {
		a = a.Parent
	}
	if a == nil {
		a = cascadia.Query(h, linkSel)
	}
	if a == nil {
		return false
	}
	href := strings.TrimSpace(dom.Attr(a, "href"))
	if href == "" || strings.Contains(href, "#") {
		return false
	}
	text := len(strings.TrimSpace(dom.Text(h)))
	return text > 0 && len(strings.TrimSpace(dom.Text(a)))*5 >= text*4
}

var linkSel = cascadia.MustCompile("a[href]")
