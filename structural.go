package liveblog

import (
	"bytes"
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// structuralExtractor is the fallback for pages that mark their entries in
// no standard way. It looks for what live blogs have in common: a run of
// sibling blocks that each carry a time stamp.
//
// The rules:
//   - A time stamp (a mark) is a <time> or <amp-timeago> element, an
//     itemprop="datePublished", a data-* attribute whose name says time or
//     date and whose value is an epoch or ISO time, or a heading (or a
//     paragraph opening in bold) whose text starts with a clock followed by
//     a separator or zone word ("12.31 Uhr: …", "14:05 BST - …") or framed
//     by ticker markers ("+++ 00:35 Title +++"), or a short element of its
//     own holding only a printed time stamp that the Normalizer reads
//     (<span class="date">14:05</span>, "31.03.2024 • 09:42 Uhr"). Of a
//     label that pairs the visible time with a screen-reader twin, the
//     visible text is read.
//   - The stream is the element whose children most often hold a mark.
//     Each marked child is an entry (container mode); but when the marked
//     children are themselves clock headings, an entry is the heading and
//     the siblings after it, up to the next clock heading or a heading
//     without one (heading mode: tickers with no entry containers). A
//     heading holding only a date sets the day of the entries after it.
//   - A stream must show real evidence of a live blog: at least three
//     entries; not inside nav, aside, footer or a comments, related,
//     teaser or sidebar block; entries with substantive text of their own
//     (a median of 50 characters outside links and time labels, and less
//     than half of all text in links), so that lists of timestamped
//     teasers are not a live blog; times that run one way down the page
//     (three quarters of neighbouring pairs, allowing for a pinned entry;
//     printed clocks compare round the dial, so a feed may cross
//     midnight); and, where the times are machine-readable or printed
//     with their day, a median gap between neighbours of at most a day
//     and a half (a dated chronology is not a live blog).
//   - Among streams that pass, the one with the most entry text wins.
type structuralExtractor struct{}

func (structuralExtractor) Name() string { return "structural" }

// Match is a quick look for anything that can carry a time stamp; a page
// with none (no <time>, no subheading, no bold lead, no time attribute;
// on a page that calls itself live, no paragraph or <dt>) cannot hold a
// stream of timestamped entries.
func (structuralExtractor) Match(d *Document) bool {
	return hasStructuralHint(d.Root()) || d.Query(plainHintSel) != nil && pageSaysLive(d)
}

// plainHintSel finds what a page that calls itself live may mark its
// entries with when it has nothing else: plain paragraphs, list items,
// <dt> terms and table cells.
var plainHintSel = cascadia.MustCompile("p, dt, li, td")

var itempropDateSel = cascadia.MustCompile(`[itemprop~="datePublished"]`)

// hasStructuralHint reports whether anything under root may mark an
// entry: an element matching the selector
//
//	time, amp-timeago, [itemprop~="datePublished"], h2, h3, h4, h5, h6,
//	p > b, p > strong, [data-timestamp], [data-time], [data-post-time],
//	[data-posted], [data-published], [data-publish-time], [data-date],
//	[data-datetime], [data-created], [data-sort-time]
//
// checked by hand in one walk: cascadia tries each of the twenty
// selectors on every element, which on a page with no hint is a
// noticeable share of Parse.
func hasStructuralHint(root *html.Node) bool {
	if root == nil {
		return false
	}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "time", "amp-timeago", "h2", "h3", "h4", "h5", "h6":
			return true
		case "b", "strong":
			if p := n.Parent; p != nil && p.Type == html.ElementNode && p.Data == "p" {
				return true
			}
		}
		for _, a := range n.Attr {
			if lexicon.TimeAttributes.Has(a.Key) || a.Key == "itemprop" && itempropDateSel.Match(n) {
				return true
			}
		}
	}
	return false
}

func (structuralExtractor) Extract(d *Document) (*Result, error) {
	marks := collectMarks(d.Root(), d.Normalizer(), pageSaysLive(d))
	entries := findStream(marks)
	if len(entries) == 0 || siteListing(d, entries) || besideTheArticle(d, entries) {
		return nil, ErrNotLiveBlog
	}
	return buildResult(d, entries)
}

// siteListing reports whether the stream is a list of stories on a page
// that declares itself a listing (og:type "website", a JSON-LD
// CollectionPage: home, section and search pages), where most entries'
// headings are links to other pages. A live
// blog is an article; its entries' headings, when linked at all, mostly
// point at the entry itself (#fragment).
func siteListing(d *Document, entries []domEntry) bool {
	linked := 0
	for i := range entries {
		if headingLinksAway(&entries[i]) {
			linked++
		}
	}
	return linked*4 >= len(entries)*3 && declaresListing(d)
}

// besideTheArticle reports whether the stream stands beside the page's
// article rather than in it: the page's headline (its first <h1>) sits in
// an <article> or <main> with two or more paragraphs of its own, and the
// stream is outside that element, on a page that does not call itself
// live. A site-wide news ticker in a side column of an ordinary article
// is such a stream.
func besideTheArticle(d *Document, entries []domEntry) bool {
	h := d.Query(h1Sel)
	if h == nil {
		return false
	}
	var art *html.Node
	for a := h.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main || strings.EqualFold(dom.Attr(a, "role"), "main") {
			art = a
			break
		}
	}
	if art == nil {
		return false
	}
	stream := entries[0].nodes[0].Parent
	for a := stream; a != nil; a = a.Parent {
		if a == art {
			return false // the stream is in the article
		}
	}
	for a := art; a != nil; a = a.Parent {
		if a == stream {
			return false // the article is one of the stream's entries
		}
	}
	paras := 0
	for n := range art.Descendants() {
		if n.DataAtom == atom.P && len(strings.TrimSpace(dom.Text(n))) >= 80 {
			if paras++; paras >= 2 {
				break
			}
		}
	}
	return paras >= 2 && !pageSaysLive(d)
}

// listingTypeRe finds the schema.org types of pages that list other pages.
var listingTypeRe = regexp.MustCompile(`"@type"\s*:\s*(?:\[[^\]]*)?"(?:CollectionPage|SearchResultsPage)"`)

// declaresListing reports whether the page calls itself a home, section or
// search page: og:type "website", or a JSON-LD CollectionPage.
func declaresListing(d *Document) bool {
	switch strings.ToLower(strings.TrimSpace(d.Meta("og:type"))) {
	case "website", "object":
		return true
	}
	for _, raw := range d.JSONLD() {
		if listingTypeRe.Match(raw) && !bytes.Contains(raw, []byte("LiveBlogPosting")) {
			return true
		}
	}
	return false
}

// headingLinksAway reports whether the entry's first heading is (mostly)
// the text of a link to another page.
func headingLinksAway(e *domEntry) bool {
	var h *html.Node
	for _, top := range e.nodes {
		dom.Walk(top, func(n *html.Node) bool {
			if h != nil {
				return false
			}
			if n.Type == html.ElementNode && isHeading(n) {
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

// maxMarks bounds the work on hostile pages.
const maxMarks = 5000

// pageSaysLive reports whether the page's title or first headline calls
// it live ("Liveticker", "EN DIRECT", "in diretta") or it declares a
// LiveBlogPosting: the evidence that lets plain paragraphs opening with a
// clock count as entries.
// Several extractors ask; the answer is worked out once per Document.
func pageSaysLive(d *Document) bool {
	d.liveOnce.Do(func() { d.live = callsItselfLive(d) })
	return d.live
}

func callsItselfLive(d *Document) bool {
	if titleSaysLive(d.Title()) {
		return true
	}
	if h := d.Query(h1Sel); h != nil && titleSaysLive(dom.Text(h)) {
		return true
	}
	return hasLiveBlogJSONLD(d, "LiveBlogPosting")
}

// collectMarks returns the time marks under root, in page order. norm
// reads the text of short labels that may be a printed time stamp;
// plainParas (for pages that say they are live) lets a plain paragraph
// or a list item that opens with a clock, a <dt> holding a clock, and a
// table cell holding a time stamp open an entry.
func collectMarks(root *html.Node, norm *Normalizer, plainParas bool) []mark {
	if root == nil {
		return nil
	}
	var marks []mark
	dom.Walk(root, func(n *html.Node) bool {
		if len(marks) >= maxMarks {
			return false
		}
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if n.DataAtom == atom.Meta && n != root {
			if m, ok := markOf(n, norm); ok {
				marks = append(marks, m)
			}
			return false
		}
		switch n.DataAtom {
		case atom.Head, atom.Script, atom.Style, atom.Template, atom.Svg, atom.Select, atom.Textarea:
			return false
		}
		m, ok := markOf(n, norm)
		if ok && !plainParas && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
			// A time in a table cell is a timetable's unless the
			// page says it is live.
			ok = false
		}
		if plainParas {
			switch {
			case !ok && n.DataAtom == atom.Li:
				m, ok = boldLeadItem(n)
			case !ok:
				m, ok = plainClockPara(n)
			case n.DataAtom == atom.Dt && m.src == srcText && m.clock >= 0:
				// "<dt>17.45 Uhr</dt><dd>…</dd>": the term opens
				// its descriptions as a heading opens the
				// paragraphs after it.
				m.heading, m.plain = true, false
			}
		}
		if ok {
			marks = append(marks, m)
			if m.src != srcEpochAttr && m.src != srcMicrodata {
				// A time label holds no other stamp; an attribute
				// may sit on the entry's own container.
				return false
			}
		}
		return true
	})
	return marks
}

// maxClimb bounds how far above a mark its entry may start.
const maxClimb = 40

// findStream returns the entries of the best stream of marked siblings,
// or nil when no stream shows enough evidence.
func findStream(marks []mark) []domEntry {
	cnt := map[*html.Node]int{}
	var parents []*html.Node
	seen := map[*html.Node]bool{}
	for i := range marks {
		a := marks[i].node
		for depth := 0; a != nil && a.Type == html.ElementNode && depth < maxClimb; depth++ {
			cnt[a]++
			if p := a.Parent; p != nil && p.Type == html.ElementNode && !seen[p] {
				seen[p] = true
				parents = append(parents, p)
			}
			a = a.Parent
		}
	}
	var best []domEntry
	bestScore := 0
	for _, p := range parents {
		marked := 0
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && cnt[c] > 0 {
				marked++
			}
		}
		if marked < minStream {
			continue
		}
		entries := pruneEntries(streamEntries(p, marks, cnt))
		if score, ok := streamEvidence(p, entries); ok && score > bestScore {
			best, bestScore = entries, score
		}
	}
	return best
}

// minStream is the fewest entries the structural fallback accepts.
const minStream = 3

// streamEntries splits the children of p into entries.
func streamEntries(p *html.Node, marks []mark, cnt map[*html.Node]int) []domEntry {
	// Which child of p holds each mark.
	byChild := map[*html.Node][]mark{}
	headings := 0
	for i := range marks {
		m := marks[i]
		c := m.node
		for depth := 0; c != nil && c.Parent != p && depth < maxClimb; depth++ {
			c = c.Parent
		}
		if c == nil || c.Parent != p {
			continue
		}
		byChild[c] = append(byChild[c], m)
		if m.heading && m.node == c {
			headings++
		}
	}
	var entries []domEntry
	if headings >= minStream && headings*2 >= len(byChild) {
		// Heading mode.
		var cur *domEntry
		date := ""
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			ms := byChild[c]
			if len(ms) > 0 && ms[0].heading && ms[0].node == c {
				entries = append(entries, domEntry{nodes: []*html.Node{c}, marks: ms, date: date})
				cur = &entries[len(entries)-1]
				cur.lead = &cur.marks[0]
				continue
			}
			if c.Type == html.ElementNode && isHeading(c) {
				// A heading without a clock ends the entry; a date
				// heading dates the entries below it.
				cur = nil
				if t := dom.Text(c); timeparse.IsDateLine(t) || timeparse.HasYear(t) && len(t) < 48 {
					date = t
				}
				continue
			}
			if cur != nil && (c.Type == html.ElementNode || strings.TrimSpace(c.Data) != "") {
				cur.nodes = append(cur.nodes, c)
				cur.marks = append(cur.marks, ms...)
			}
		}
		return entries
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if ms := byChild[c]; len(ms) > 0 {
			entries = append(entries, domEntry{nodes: []*html.Node{c}, marks: ms})
		}
	}
	return entries
}

// pruneEntries drops the marked blocks of a stream that are not entries:
// a list of links (a key-events box, a "latest stories" rail) and a block
// that holds three or more different times (a summary of other entries).
func pruneEntries(entries []domEntry) []domEntry {
	out := entries[:0]
	for i := range entries {
		e := &entries[i]
		if e.lead == nil && distinctTimes(e.marks) >= 3 {
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

// streamEvidence reports whether entries look like a live blog's stream,
// and how much entry text they hold.
func streamEvidence(p *html.Node, entries []domEntry) (int, bool) {
	if len(entries) < minStream || inChromeRegion(p) {
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
func entryTextSize(e *domEntry) (own, linked int) {
	skip := map[*html.Node]bool{}
	for _, m := range e.marks {
		skip[m.node] = true
	}
	for _, n := range e.nodes {
		delete(skip, n) // an entry element that carries its own time
	}
	for _, top := range e.nodes {
		dom.Walk(top, func(n *html.Node) bool {
			if skip[n] {
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
// entries have one, else by printed clock.
func runsOneWay(entries []domEntry) bool {
	var ts []time.Time
	var clocks []int
	for i := range entries {
		if b := bestMark(entries[i].marks); b != nil && b.has() {
			ts = append(ts, b.t)
		} else if t := printedDay(entries[i].marks); !t.IsZero() {
			ts = append(ts, t)
		}
		c := -1
		if entries[i].lead != nil {
			c = entries[i].lead.clock
		} else {
			for _, m := range entries[i].marks {
				if m.clock >= 0 {
					c = m.clock
					break
				}
			}
		}
		if c >= 0 {
			clocks = append(clocks, c)
		}
	}
	inc, dec := 0, 0
	if len(ts)*3 >= len(entries)*2 {
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
		if len(gaps) > 0 && gaps[len(gaps)/2] > 36*time.Hour {
			return false
		}
	} else if len(clocks)*3 >= len(entries)*2 {
		// Clocks compare round the dial: neighbours are hours apart, not
		// half a day, so 00:35 above 23:50 is a newest-first feed that
		// crossed midnight, not a step the wrong way.
		for i := 1; i < len(clocks); i++ {
			switch d := (clocks[i] - clocks[i-1] + 1440) % 1440; {
			case d == 0:
			case d < 720:
				inc++
			default:
				dec++
			}
		}
	} else {
		return false
	}
	if inc+dec == 0 {
		return true
	}
	return max(inc, dec)*4 >= (inc+dec)*3
}

func (m *mark) has() bool { return !m.t.IsZero() }

// printedDay returns the day-and-time of the first printed label among
// marks that names its day, or zero.
func printedDay(marks []mark) time.Time {
	for i := range marks {
		if !marks[i].day.IsZero() {
			return marks[i].day
		}
	}
	return time.Time{}
}
