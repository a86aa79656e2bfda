package detect

import (
	"slices"
	"sort"
	"strings"

	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// This file finds the stream of a page that marks its entries in no
// standard way, as the structural extractor does (findStream and
// streamEvidence in the root package): the element whose children most
// often hold a time mark, split into entries and held to the evidence a
// live blog shows.

// entry is one entry of a stream: one element, or (a heading ticker) a
// heading and the elements and texts after it.
type entry struct {
	nodes []int32
	texts int32 // the length of the texts among nodes (heading mode)
	lead  *mark
	marks []mark
}

// stream is the best stream found, or the reason none passed.
type stream struct {
	parent   int32
	marked   int // children holding a mark
	entries  []entry
	heading  bool   // a heading ticker
	order    string // how the times run: "times", "clocks", "match clocks"
	score    int
	rejected string // why the best candidate failed, when none passed
}

// maxClimb bounds how far above a mark its entry may start.
const maxClimb = 40

// minStream is the fewest entries a stream has.
const minStream = 3

// finalMarks returns the marks of the reading v, in page order.
func (p *page) finalMarks(v int) []mark {
	out := make([]mark, 0, len(p.marks))
	bit := uint8(1) << v
	for _, m := range p.marks {
		if m.mask&bit == 0 {
			continue
		}
		if v == 1 && m.dtHead {
			m.heading = true
		}
		out = append(out, m)
	}
	if p.bare > 0 && !(v == 1 || p.rolling) && p.separators < 2 {
		// Without the signs of a rolling-update article, a bare stamp
		// paragraph is a time label like any other.
		for i := range out {
			if out[i].bare {
				out[i].bare, out[i].heading = false, false
			}
		}
	}
	return out
}

// findStream returns the best stream of marked siblings; v is the
// page's reading.
func (p *page) findStream(marks []mark, v int) stream {
	cnt := map[int32]int{}
	var parents []int32
	seen := map[int32]bool{}
	for i := range marks {
		a := marks[i].el
		for depth := 0; a >= 0 && depth < maxClimb; depth++ {
			cnt[a]++
			if pa := p.els[a].parent; pa >= 0 && !seen[pa] {
				seen[pa] = true
				parents = append(parents, pa)
			}
			a = p.els[a].parent
		}
	}
	best := stream{parent: -1}
	var nearest stream // the candidate with most entries that failed
	for _, par := range parents {
		marked := 0
		for c := p.els[par].first; c >= 0; c = p.els[c].next {
			if cnt[c] > 0 {
				marked++
			}
		}
		if marked < minStream {
			continue
		}
		st := p.streamEntries(par, marks, v)
		st.marked = marked
		st.entries = p.pruneEntries(st.entries, v)
		score, order, why := p.streamEvidence(par, st.entries, v)
		st.order = order
		if why == "" {
			if score > best.score {
				st.score = score
				best = st
			}
			continue
		}
		if st.marked > nearest.marked {
			st.rejected = why
			nearest = st
		}
	}
	if best.parent < 0 {
		nearest.score = 0
		if nearest.rejected == "" {
			nearest.parent = -1
		}
		return nearest
	}
	return best
}

// childOf returns the child of par that holds element el, or -1.
func (p *page) childOf(par, el int32) int32 {
	c := el
	for depth := 0; c >= 0 && p.els[c].parent != par && depth < maxClimb; depth++ {
		c = p.els[c].parent
	}
	if c < 0 || p.els[c].parent != par {
		return -1
	}
	return c
}

// streamEntries splits the children of par into entries.
func (p *page) streamEntries(par int32, marks []mark, v int) stream {
	byChild := map[int32][]mark{}
	headings := 0
	for i := range marks {
		m := marks[i]
		c := p.childOf(par, m.el)
		if c < 0 {
			continue
		}
		byChild[c] = append(byChild[c], m)
		if m.heading && m.el == c {
			headings++
		}
	}
	st := stream{parent: par}
	if headings >= minStream && headings*2 >= len(byChild) {
		st.heading = true
		st.entries = p.headingEntries(par, byChild)
		return st
	}
	var kind itemKind
	if matchStream(byChild) {
		kind = p.kindOf(byChild)
	}
	open := false // the last entry is a bare stamp, taking in the siblings after it
	for c := p.els[par].first; c >= 0; c = p.els[c].next {
		switch ms := byChild[c]; {
		case len(ms) > 0:
			st.entries = append(st.entries, entry{nodes: []int32{c}, marks: ms})
			open = p.stampOnly(c, ms, v)
		case kind.tag != "" && p.kindHas(kind, c) && p.substantive(c, v):
			st.entries = append(st.entries, entry{nodes: []int32{c}})
			open = false
		case p.els[c].has(fSeparator):
			open = false
		case open:
			e := &st.entries[len(st.entries)-1]
			e.nodes = append(e.nodes, c)
		}
		if open {
			st.entries[len(st.entries)-1].texts += p.els[c].after
		}
	}
	return st
}

// headingEntries splits the children of par at each clock heading, as
// the root package's stream.headingEntries does.
func (p *page) headingEntries(par int32, byChild map[int32][]mark) []entry {
	var entries []entry
	var cur *entry
	for c := p.els[par].first; c >= 0; c = p.els[c].next {
		e := &p.els[c]
		ms := byChild[c]
		switch {
		case len(ms) > 0 && ms[0].heading && ms[0].el == c:
			entries = append(entries, entry{nodes: []int32{c}, marks: ms})
			cur = &entries[len(entries)-1]
			cur.lead = &cur.marks[0]
		case e.has(fSeparator):
			cur = nil
		case e.has(fHeading) && cur != nil && len(cur.nodes) == 1 && cur.lead.titleless:
			cur.nodes = append(cur.nodes, c) // the bare clock heading's title
			cur.marks = append(cur.marks, ms...)
		case e.has(fHeading):
			cur = nil
		case cur != nil:
			cur.nodes = append(cur.nodes, c)
			cur.marks = append(cur.marks, ms...)
		}
		if cur != nil {
			cur.texts += e.after
		}
	}
	return entries
}

// stampOnly: stream.stampOnly — the marked child c holds nothing but its
// time marks (a clock heading itself only when nothing follows its
// clock).
func (p *page) stampOnly(c int32, ms []mark, v int) bool {
	for i := range ms {
		if ms[i].el == c {
			return !ms[i].heading || ms[i].titleless
		}
	}
	return p.els[c].own[v] == 0 && p.els[c].linked[v] == 0
}

// itemKind is what the marked items of a match stream share.
type itemKind struct {
	tag     string
	classes []string
}

func (p *page) kindOf(byChild map[int32][]mark) itemKind {
	tags := map[string]int{}
	classes := map[string]int{}
	for c := range byChild {
		tags[p.els[c].tag]++
		for _, cl := range strings.Fields(p.els[c].class) {
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

func (p *page) kindHas(k itemKind, c int32) bool {
	if p.els[c].tag != k.tag {
		return false
	}
	own := strings.Fields(p.els[c].class)
	for _, cl := range k.classes {
		if !slices.Contains(own, cl) {
			return false
		}
	}
	return true
}

// matchStream reports whether the marked children are mostly marked by
// match clocks.
func matchStream(byChild map[int32][]mark) bool {
	n := 0
	for _, ms := range byChild {
		if slices.ContainsFunc(ms, func(m mark) bool { return m.match }) {
			n++
		}
	}
	return n >= minStream && n*2 >= len(byChild)
}

// substantive: an unmarked item of a match stream with text of its own.
func (p *page) substantive(c int32, v int) bool {
	e := &p.els[c]
	if e.has(fSkipped) || lexicon.ChromeClasses.HasPart(e.class) {
		return false
	}
	own, _ := p.entrySize(&entry{nodes: []int32{c}}, v)
	return own >= 15 // stream.minOwnText
}

// pruneEntries drops the marked blocks that are not entries: a list of
// links, a summary of other entries.
func (p *page) pruneEntries(entries []entry, v int) []entry {
	out := entries[:0]
	for i := range entries {
		e := &entries[i]
		if e.lead == nil && distinctTimes(e.marks) >= 3 {
			continue
		}
		if own, linked := p.entrySize(e, v); own < 50 && linked > 2*own {
			continue
		}
		out = append(out, *e)
	}
	return out
}

// distinctTimes counts the different instants (or clocks) among marks.
func distinctTimes(marks []mark) int {
	var inst, clocks []int64
	for _, m := range marks {
		switch {
		case m.has():
			inst = addDistinct(inst, m.t.Unix()/60)
		case m.clock >= 0:
			clocks = addDistinct(clocks, int64(m.clock))
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

// entrySize returns an entry's text outside links and time labels, and
// inside links.
func (p *page) entrySize(e *entry, v int) (own, linked int) {
	for _, n := range e.nodes {
		el := &p.els[n]
		switch {
		case el.has(fSkipped):
		case el.atom == atom.A:
			linked += int(el.all)
		default:
			own += int(el.own[v])
			linked += int(el.linked[v])
		}
	}
	return own + int(e.texts), linked
}

// streamEvidence says whether entries look like a live blog's stream
// and how much text they hold; why is the first test they fail.
func (p *page) streamEvidence(par int32, entries []entry, v int) (score int, order, why string) {
	if len(entries) < minStream {
		return 0, "", "fewer than 3 entries once link lists and summaries are left out"
	}
	if p.inRegion(par) {
		return 0, "", "in page furniture"
	}
	own := make([]int, 0, len(entries))
	total, linked := 0, 0
	for i := range entries {
		o, l := p.entrySize(&entries[i], v)
		own = append(own, o)
		total += o + l
		linked += l
	}
	sorted := slices.Clone(own)
	sort.Ints(sorted)
	if sorted[len(sorted)/2] < 50 {
		return 0, "", "entries too short"
	}
	if linked*2 > total {
		return 0, "", "mostly links"
	}
	order, ok := runsOneWay(entries)
	if !ok {
		return 0, order, order
	}
	for _, o := range own {
		score += min(o, 3000)
	}
	return score, order, ""
}
