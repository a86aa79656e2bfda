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
	"sort"
	"strings"
	"time"

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
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if ms := byChild[c]; len(ms) > 0 {
			entries = append(entries, Entry{Nodes: []*html.Node{c}, Marks: ms})
		} else if kind.tag != "" && kind.has(c) && substantive(c) {
			entries = append(entries, Entry{Nodes: []*html.Node{c}})
		}
	}
	return entries
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
const minOwnText = 30

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

// entryTextSize returns the entry's text length outside links and time
// labels, and inside links.
func entryTextSize(e *Entry) (own, linked int) {
	var skip dom.NodeSet // the time labels, but an entry element that carries its own time
	for _, m := range e.Marks {
		if !slices.Contains(e.Nodes, m.Node) {
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

// runsOneWay reports whether the entries' times run one way down the
// page: by machine time (or a printed label that names the day) when most
// entries have one, else by match clock, else by printed clock.
func runsOneWay(entries []Entry) bool {
	ts, seqs, clocks := entryTimes(entries)
	var inc, dec int
	switch {
	case len(ts)*3 >= len(entries)*2:
		var close bool
		if inc, dec, close = instantSteps(ts); !close {
			return false
		}
	case len(seqs)*3 >= len(entries)*2 && len(seqs) > len(clocks):
		inc, dec = matchSteps(seqs)
	case len(clocks)*3 >= len(entries)*2:
		inc, dec = clockSteps(clocks)
	default:
		return false
	}
	if inc+dec == 0 {
		return true
	}
	return max(inc, dec)*4 >= (inc+dec)*3
}

// entryTimes returns, for the entries that have them, the instants (a
// machine time, or a printed label with its day), the match clocks and
// the printed clocks (the lead heading's, else the first mark's), in
// page order.
func entryTimes(entries []Entry) (ts []time.Time, seqs []float64, clocks []int) {
	for i := range entries {
		e := &entries[i]
		if b := marks.Best(e.Marks); b != nil && b.Has() {
			ts = append(ts, b.Time)
		} else if t := marks.PrintedDay(e.Marks); !t.IsZero() {
			ts = append(ts, t)
		}
		if m := marks.FirstMatch(e.Marks); m != nil {
			seqs = append(seqs, m.Seq)
		}
		c := -1
		if e.Lead != nil {
			c = e.Lead.Clock
		} else {
			for _, m := range e.Marks {
				if m.Clock >= 0 {
					c = m.Clock
					break
				}
			}
		}
		if c >= 0 {
			clocks = append(clocks, c)
		}
	}
	return ts, seqs, clocks
}

// instantSteps counts the steps forward and back between neighbouring
// instants; close is false when neighbours are more than a day and a
// half apart at the median (a dated chronology, not a live blog).
func instantSteps(ts []time.Time) (inc, dec int, close bool) {
	var gaps []time.Duration
	for i := 1; i < len(ts); i++ {
		d := ts[i].Sub(ts[i-1])
		switch {
		case d > 0:
			inc++
		case d < 0:
			dec++
			d = -d
		}
		gaps = append(gaps, d)
	}
	sort.Slice(gaps, func(i, j int) bool { return gaps[i] < gaps[j] })
	return inc, dec, len(gaps) == 0 || gaps[len(gaps)/2] <= 36*time.Hour
}

// matchSteps counts the steps forward and back between match clocks,
// which run on a line: the first minute to the last.
func matchSteps(seqs []float64) (inc, dec int) {
	for i := 1; i < len(seqs); i++ {
		switch {
		case seqs[i] > seqs[i-1]:
			inc++
		case seqs[i] < seqs[i-1]:
			dec++
		}
	}
	return inc, dec
}

// clockSteps counts the steps forward and back between printed clocks,
// which compare round the dial: neighbours are hours apart, not half a
// day, so 00:35 above 23:50 is a newest-first feed that crossed
// midnight, not a step the wrong way.
func clockSteps(clocks []int) (inc, dec int) {
	for i := 1; i < len(clocks); i++ {
		switch d := (clocks[i] - clocks[i-1] + 1440) % 1440; {
		case d == 0:
		case d < 720:
			inc++
		default:
			dec++
		}
	}
	return inc, dec
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

// MinTimetable is the fewest slots that make a timetable.
const MinTimetable = 4

// Timetable reports whether the entries read as a timetable — a
// conference programme, a TV guide, a day of events — rather than a live
// blog: every entry starts on a multiple of step minutes (and no seconds
// where a machine time gives them) and the slots run forward down the
// page, at least MinTimetable of them. Posts of a live blog land on any
// minute; a schedule's slots are set on round times, earliest first. The
// caller asks with SlotStep, or on a page that calls itself live (a
// channel's "Watch live" page lists its schedule) with LiveSlotStep.
func Timetable(entries []Entry, step int) bool {
	if len(entries) < MinTimetable {
		return false
	}
	slots := make([]int, 0, len(entries))
	for i := range entries {
		e := &entries[i]
		c := -1
		if e.Lead != nil {
			c = e.Lead.Clock
		}
		for j := 0; c < 0 && j < len(e.Marks); j++ {
			c = e.Marks[j].Clock
		}
		if c < 0 {
			b := marks.Best(e.Marks)
			if b == nil || !b.Has() || b.Time.Second() != 0 {
				return false
			}
			c = b.Time.Hour()*60 + b.Time.Minute()
		}
		slots = append(slots, c)
	}
	return SlotsRising(slots, step)
}

// The slot steps of Timetable: the quarter hour, and on a page that calls
// itself live the half hour (a live blog posting on the quarter hour,
// oldest first, is rare but not unheard of).
const (
	SlotStep     = 15
	LiveSlotStep = 30
)

// SlotsRising reports whether every slot (minutes after midnight) falls
// on a multiple of step minutes and each comes after the one before,
// round the dial (a guide may run past midnight).
func SlotsRising(slots []int, step int) bool {
	for i, c := range slots {
		if c%step != 0 {
			return false
		}
		if i > 0 {
			if d := (c - slots[i-1] + 1440) % 1440; d == 0 || d >= 720 {
				return false
			}
		}
	}
	return true
}

// ToldInOrder reports whether the entries are a heading ticker whose
// clocks run forward down the page: a day told in order ("7h30 Le café",
// "10h45 Un appel"), as reportages and chronologies tell it, where a
// ticker puts its newest entry first. The caller asks only on pages that
// do not call themselves live (a live page may be oldest first).
func ToldInOrder(entries []Entry) bool {
	if len(entries) == 0 || entries[0].Lead == nil {
		return false
	}
	clocks := make([]int, 0, len(entries))
	for i := range entries {
		if l := entries[i].Lead; l != nil && l.Clock >= 0 {
			clocks = append(clocks, l.Clock)
		}
	}
	return RunsForward(clocks)
}

// RunsForward reports whether more steps between neighbouring clocks
// (minutes after midnight) go forward than back, round the dial.
func RunsForward(clocks []int) bool {
	inc, dec := clockSteps(clocks)
	return inc > dec
}
