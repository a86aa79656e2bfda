package liveblog

import (
	"strings"
	"sync"
	"time"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/marks"
	"github.com/liveblog-go/liveblog/internal/stream"
	"github.com/liveblog-go/liveblog/internal/timeparse"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// entryFacts is what the reconciling step needs to know about a draft.
type entryFacts struct {
	src   marks.Source // where Draft.Time (or RawTime) came from
	iso   bool         // Draft.Time was read from an ISO string
	edit  bool         // Draft.Time is an edit time the markup labels as such
	clock int          // the printed clock, minutes after midnight, or -1
	key   string       // letters and digits of the title and text start, lower-cased
	meta  bool         // the title is the one metadata gave, not a heading the entry prints
}

// draftOf turns a stream.Entry into a Draft.
//
// Inside the entry it finds: the time (marks.Best; the printed clock of any
// visible time mark goes to RawTime), the title (the leading clock
// heading's text, else the first heading or title-classed element that
// comes before any body text), the authors (byline-classed elements, and a
// name printed next to the time), and the parts to leave out of the body:
// time labels with what surrounds them when it is only a date line, the
// title, bylines.
func draftOf(e *stream.Entry) (Draft, entryFacts) {
	b := &drafter{e: e, root: e.Nodes[0], facts: entryFacts{clock: -1}}
	b.readTime()
	b.readLead()
	b.readHeadingMark()
	b.readLabels()
	b.readIdentity()
	b.readBody()
	return b.dr, b.facts
}

// drafter holds a Draft while draftOf fills it.
type drafter struct {
	e         *stream.Entry
	root      *html.Node
	dr        Draft
	facts     entryFacts
	excl      dom.NodeSet // nodes left out of the body
	best      *marks.Mark
	titleDone bool // the title is found, or body text came first
}

// readTime takes the entry's time from its most trusted mark, and the
// printed clock from the first visible one.
func (b *drafter) readTime() {
	b.best = marks.Best(b.e.Marks)
	if b.best != nil {
		b.facts.src, b.facts.iso, b.facts.edit = b.best.Src, b.best.ISO, b.best.Edited
		if b.best.Has() {
			b.dr.Time = b.best.Time
		}
	}
	for i := range b.e.Marks {
		m := &b.e.Marks[i]
		if m.Raw != "" && (m.Clock >= 0 || m == b.best) {
			b.dr.RawTime, b.facts.clock = m.Raw, m.Clock
			break
		}
	}
	for i := range b.e.Marks {
		if m := &b.e.Marks[i]; m.Match != "" {
			b.dr.Clock = m.Match
			break
		}
	}
}

// readLead reads the heading that opens a heading-delimited entry: its
// clock, and its text after the clock as the title.
func (b *drafter) readLead() {
	lead := b.e.Lead
	if lead == nil {
		return
	}
	b.dr.RawTime, b.facts.clock = lead.Raw, lead.Clock
	b.dr.Title = stripBadge(&b.dr, lead.Rest, nil)
	switch {
	case lead.Plain:
		// The paragraph is the entry's first body paragraph, without
		// its clock.
		b.dr.Title, b.dr.leadCut = "", lead.Cut
	case lead.Bare:
		b.excl.Add(lead.Node) // "6:35 p.m." is the whole paragraph
	case lead.Node.DataAtom == atom.P || lead.Node.DataAtom == atom.Li:
		b.excl.Add(dom.FirstElementChild(lead.Node))
	default:
		b.excl.Add(lead.Node)
	}
}

// readHeadingMark reads a clock heading inside a container entry
// ("<h3>12:40 a.m.</h3>", "<h2>12.31 Uhr: Title</h2>" in an <article>):
// the clock is the entry's, not its title; the text after it, if any, is
// the title. A plain paragraph that opens with the clock ("<div><p>Kl.
// 16.42 – text</p></div>") is the body, without its clock, as when it
// stands alone.
func (b *drafter) readHeadingMark() {
	if b.e.Lead != nil {
		return
	}
	for i := range b.e.Marks {
		m := &b.e.Marks[i]
		if !m.Heading || m.Node == b.root {
			continue
		}
		if m.Plain {
			if b.dr.leadCut == "" {
				b.dr.leadCut = m.Cut
			}
			continue
		}
		if (m.Node.DataAtom == atom.P || m.Node.DataAtom == atom.Li) && !m.Bare {
			b.excl.Add(dom.FirstElementChild(m.Node))
		} else {
			b.excl.Add(m.Node)
		}
		if m.Rest != "" && b.dr.Title == "" {
			b.dr.Title = stripBadge(&b.dr, m.Rest, nil)
			b.titleDone = true
		}
		return
	}
}

// readLabels leaves time labels and the short block around them (the
// entry's header line) out of the body; a name printed there is the
// author, a "key event" label a flag.
func (b *drafter) readLabels() {
	for i := range b.e.Marks {
		m := &b.e.Marks[i]
		if m.Heading {
			continue
		}
		blk := metaBlock(m.Node, b.root)
		if blk == b.root {
			continue
		}
		b.excl.Add(blk)
		if m == b.best && timeparse.ClockMinutes(b.dr.RawTime) < 0 {
			// "4m ago" on the time element, "12.34 BST" beside it.
			if raw := clockText(blk); raw != "" {
				b.dr.RawTime, b.facts.clock = raw, timeparse.ClockMinutes(raw)
			}
		}
		for _, s := range leftoverText(blk) {
			classifyLabel(&b.dr, s)
		}
		if m.Head != "" {
			classifyLabel(&b.dr, m.Head)
		}
	}
}

// readIdentity reads the entry's ID, permalink and flags.
func (b *drafter) readIdentity() {
	e, dr, root := b.e, &b.dr, b.root
	if len(e.Nodes) == 1 || e.Lead == nil {
		dr.ID = dom.Attr(root, "id")
	} else {
		dr.ID = dom.Attr(e.Lead.Node, "id")
	}
	if e.ID != "" {
		dr.ID = e.ID
	}
	dr.URL = e.URL
	if dr.URL == "" && dr.ID != "" {
		dr.URL = permalinkIn(e.Nodes, dr.ID)
	}
	if flagged(root, "key-event", "keyevent", "key_event", "highlight") {
		dr.KeyEvent = true
	}
	if flagged(root, "pinned", "sticky") || strings.Contains(strings.ToLower(dom.Attr(root, "id")), "pinned") {
		dr.Pinned = true
	}
}

// readBody finds bylines, date lines and the title in one walk of the
// entry, and fills the body.
func (b *drafter) readBody() {
	e, dr := b.e, &b.dr
	b.titleDone = dr.Title != "" || e.Lead != nil && !stream.Titleless(e.Lead)
	if e.Title != "" {
		dr.Title, b.titleDone = stripBadge(dr, e.Title, nil), true
		b.facts.meta = true
	}
	for _, top := range e.Nodes {
		dom.Walk(top, b.visit)
	}
	dr.Authors = append(dr.Authors, e.Authors...)
	dr.Body = e.Nodes
	dr.Exclude = b.excl.Nodes()
	dr.Date = e.Date
	if e.Text != "" && len(e.Nodes) == 0 {
		dr.Text = e.Text
	}
	b.facts.key = textKey(dr.Title, e.Nodes, &b.excl)
}

// visit is readBody's step for one node; it reports whether to look
// inside it.
func (b *drafter) visit(n *html.Node) bool {
	if b.excl.Has(n) {
		return false
	}
	switch n.Type {
	case html.TextNode:
		if !b.titleDone && strings.TrimSpace(n.Data) != "" {
			b.titleDone = true // body text before any heading: no title
		}
		return false
	case html.ElementNode:
	default:
		return true
	}
	if dom.Skipped(n) {
		return false
	}
	if n == b.root {
		return true
	}
	if !b.titleDone && isMediaBlock(n) {
		return false // a picture and its caption above the headline are body, not its end
	}
	if !b.titleDone {
		if lead, br := boldLineTitle(n); lead != nil {
			// "<p><strong>Title</strong><br>Text…</p>": the bold line
			// is the title, the rest of the block is body.
			b.dr.Title, b.titleDone = dom.Text(lead), true
			b.excl.Add(lead)
			b.excl.Add(br)
			return true
		}
	}
	return !b.takeElement(n)
}

// takeElement files an element of the entry that is not body — a
// byline, the title, a badge standing above the title, a visible copy of a headline given in metadata, a
// date line — and reports whether it did.
func (b *drafter) takeElement(n *html.Node) bool {
	e, dr := b.e, &b.dr
	switch {
	case isByline(n):
		if name := bylineName(n); name != "" {
			dr.Authors = append(dr.Authors, name)
		}
	case !b.titleDone && isTitleElement(n) && dom.Text(n) != "":
		dr.Title, b.titleDone = stripBadge(dr, dom.Text(n), n), true
	case !b.titleDone && isBoldTitle(n):
		dr.Title, b.titleDone = dom.Text(n), true // "<p><strong>Title</strong></p>"
	case !b.titleDone && b.authorCard(n):
	case !b.titleDone && isKicker(n):
		classifyFlag(dr, dom.Text(n)) // "Politics", "Analysis" above the headline
	case !b.titleDone && isBadgeElement(n):
		classifyLabel(dr, dom.Text(n)) // "Breaking news" above the headline
	case e.Title != "" && b.isTitleCopy(n):
	case isDateLineElement(n):
		b.authorBeside(n)
	default:
		return false
	}
	b.excl.Add(n)
	return true
}

// isTitleCopy reports whether n prints the headline the metadata gave.
func (b *drafter) isTitleCopy(n *html.Node) bool {
	t, ok := dom.ShortText(n, len(b.e.Title)+16)
	return ok && t == b.e.Title
}

// authorCard reports whether n is the author's card that stands above
// the entry's headline (an avatar and "Maria Gonzalez", a role line
// beside the name), and takes the name as the author: a short block
// whose first text reads as a name, with an image or a second line, and
// a title element right after it.
func (b *drafter) authorCard(n *html.Node) bool {
	if dom.IsHeading(n) || n.DataAtom == atom.A {
		return false
	}
	if _, ok := dom.ShortText(n, 100); !ok {
		return false
	}
	next := n.NextSibling
	for next != nil && (next.Type != html.ElementNode || dom.Skipped(next)) {
		next = next.NextSibling
	}
	if next == nil || !isTitleElement(next) || dom.Text(next) == "" {
		return false
	}
	var texts []string
	img := false
	dom.Walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			if t := dom.Clean(c.Data); t != "" {
				texts = append(texts, t)
			}
		case c.DataAtom == atom.Img || c.DataAtom == atom.Picture:
			img = true
		}
		return len(texts) < 4
	})
	if len(texts) == 0 || len(texts) > 3 || !img && len(texts) < 2 || !looksLikeName(texts[0]) {
		return false
	}
	b.dr.Authors = append(b.dr.Authors, trimPlace(trimBy(texts[0])))
	return true
}

// authorBeside takes a name printed beside date line n as the author.
func (b *drafter) authorBeside(n *html.Node) {
	p := n.Parent
	if p == nil || p == b.root || len(dom.Text(p)) > 100 {
		return
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.Type == html.ElementNode && !b.excl.Has(c) && looksLikeName(dom.Text(c)) {
			b.dr.Authors = append(b.dr.Authors, trimBy(dom.Text(c)))
			b.excl.Add(c)
		}
	}
}

// metaBlock returns the largest element around time label n, below the
// entry root, that holds nothing but a short line: no paragraph, heading,
// list or quote, and at most 60 characters besides the label itself.
func metaBlock(n, root *html.Node) *html.Node {
	if n == root {
		return root
	}
	best := n
	base := len(dom.Text(n))
	for p := n.Parent; p != nil && p != root; p = p.Parent {
		if hasBlockContent(p) || len(dom.Text(p)) > base+60 {
			break
		}
		best = p
	}
	return best
}

// hasBlockContent reports whether n holds paragraph-level content.
func hasBlockContent(n *html.Node) bool {
	found := false
	dom.WalkUntil(n, func(c *html.Node) (bool, bool) {
		if c.Type != html.ElementNode {
			return false, false
		}
		switch c.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
			atom.Blockquote, atom.Ul, atom.Ol, atom.Table, atom.Figure, atom.Iframe, atom.Video:
			if c != n {
				found = true
				return false, true
			}
		}
		return true, false
	})
	return found
}

// clockText returns the first text in n that holds a clock.
func clockText(n *html.Node) string {
	found := ""
	dom.WalkUntil(n, func(c *html.Node) (bool, bool) {
		if c.Type == html.TextNode {
			if s := dom.Clean(c.Data); timeparse.ClockMinutes(s) >= 0 && len(s) <= 40 {
				found = s
			}
		}
		return true, found != ""
	})
	return found
}

// leftoverText returns the texts in a meta block that are neither time
// labels nor date lines, one per text node.
func leftoverText(n *html.Node) []string {
	var out []string
	dom.Walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.ElementNode:
			if dom.Skipped(c) || c.DataAtom == atom.Time || c.Data == "amp-timeago" {
				return false
			}
		case html.TextNode:
			if s := dom.Clean(c.Data); s != "" && !timeparse.IsDateLine(s) {
				out = append(out, s)
			}
		}
		return true
	})
	return out
}

// permalinkIn returns the href of the first link in nodes that points at
// #id on the page.
func permalinkIn(nodes []*html.Node, id string) string {
	found := ""
	for _, top := range nodes {
		dom.Walk(top, func(n *html.Node) bool {
			if found != "" {
				return false
			}
			if n.Type == html.ElementNode && n.DataAtom == atom.A {
				href := dom.Attr(n, "href")
				if i := strings.IndexByte(href, '#'); i >= 0 && href[i+1:] == id {
					found = href
				}
			}
			return true
		})
	}
	return found
}

// textKey returns the dom.Key of title and of the text of nodes outside
// excl, reading no more than about 600 bytes of that text: the key by
// which copies of an entry are matched. It is built in a scratch buffer
// and copied out at its own length.
func textKey(title string, nodes []*html.Node, excl *dom.NodeSet) string {
	buf := keyPool.Get().(*[]byte)
	defer keyPool.Put(buf)
	b := dom.AppendKey((*buf)[:0], title)
	read := 0
	for _, top := range nodes {
		dom.Walk(top, func(n *html.Node) bool {
			if read > 600 || excl.Has(n) {
				return false
			}
			if n.Type == html.ElementNode && dom.Skipped(n) {
				return false
			}
			if n.Type == html.TextNode {
				b = dom.AppendKey(b, n.Data)
				read += len(n.Data) + 1
			}
			return true
		})
	}
	*buf = b
	return string(b)
}

// keyPool holds textKey's scratch buffers.
var keyPool = sync.Pool{New: func() any { return new([]byte) }}

// sameMinute reports whether two instants are within 60 seconds.
func sameMinute(a, b time.Time) bool {
	d := a.Sub(b)
	return d >= -time.Minute && d <= time.Minute
}
