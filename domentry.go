package liveblog

import (
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// domEntry is one entry as found in the markup by a generic source, before
// it becomes a Draft.
type domEntry struct {
	// nodes are the entry's nodes in page order: one container element,
	// or a heading and the siblings after it.
	nodes []*html.Node
	// lead is the heading mark that opens a heading-delimited entry.
	lead *mark
	// marks are the time stamps inside the entry, in page order.
	marks []mark
	// date is the day heading the entry stands under, if any.
	date string
	// The source may know these from markup made for machines.
	id, url, title, text string
	authors              []string
}

// entryFacts is what the reconciling step needs to know about a draft.
type entryFacts struct {
	src   timeSource // where Draft.Time (or RawTime) came from
	iso   bool       // Draft.Time was read from an ISO string
	edit  bool       // Draft.Time is an edit time the markup labels as such
	clock int        // the printed clock, minutes after midnight, or -1
	key   string     // letters and digits of the title and text start, lower-cased
}

// bestMark returns the most trustworthy time mark of the entry: the
// highest timeSource, the first in page order among equals, a posting time
// before one labelled as an edit time.
func bestMark(marks []mark) *mark {
	var best *mark
	for i := range marks {
		if best == nil || marks[i].src > best.src ||
			marks[i].src == best.src && best.edited && !marks[i].edited {
			best = &marks[i]
		}
	}
	return best
}

// draftOf turns a domEntry into a Draft.
//
// Inside the entry it finds: the time (bestMark; the printed clock of any
// visible time mark goes to RawTime), the title (the leading clock
// heading's text, else the first heading or title-classed element that
// comes before any body text), the authors (byline-classed elements, and a
// name printed next to the time), and the parts to leave out of the body:
// time labels with what surrounds them when it is only a date line, the
// title, bylines.
func draftOf(e *domEntry) (Draft, entryFacts) {
	var dr Draft
	facts := entryFacts{clock: -1}
	root := e.nodes[0]
	excl := map[*html.Node]bool{}

	best := bestMark(e.marks)
	if best != nil {
		facts.src, facts.iso, facts.edit = best.src, best.iso, best.edited
		if best.has() {
			dr.Time = best.t
		}
	}
	// The printed clock: the lead heading's, else the first visible one.
	for i := range e.marks {
		m := &e.marks[i]
		if m.raw != "" && (m.clock >= 0 || m == best) {
			dr.RawTime, facts.clock = m.raw, m.clock
			break
		}
	}
	if e.lead != nil {
		dr.RawTime, facts.clock = e.lead.raw, e.lead.clock
		dr.Title = e.lead.rest
		switch {
		case e.lead.plain:
			// The paragraph is the entry's first body paragraph.
			dr.Title = ""
		case e.lead.node.DataAtom == atom.P || e.lead.node.DataAtom == atom.Li:
			excl[firstElementChild(e.lead.node)] = true
		default:
			excl[e.lead.node] = true
		}
	}
	// Time labels and the short block around them (the entry's header
	// line) are not body text; a name printed there is the author, a
	// "key event" label a flag.
	for i := range e.marks {
		m := &e.marks[i]
		if m.heading {
			continue
		}
		blk := metaBlock(m.node, root)
		if blk == root {
			continue
		}
		excl[blk] = true
		if m == best && timeparse.ClockMinutes(dr.RawTime) < 0 {
			// "4m ago" on the time element, "12.34 BST" beside it.
			if raw := clockText(blk); raw != "" {
				dr.RawTime, facts.clock = raw, timeparse.ClockMinutes(raw)
			}
		}
		for _, s := range leftoverText(blk) {
			classifyLabel(&dr, s)
		}
		if m.head != "" {
			classifyLabel(&dr, m.head)
		}
	}

	if len(e.nodes) == 1 {
		dr.ID = dom.Attr(root, "id")
	} else {
		dr.ID = dom.Attr(e.lead.node, "id")
	}
	if e.id != "" {
		dr.ID = e.id
	}
	dr.URL = e.url
	if dr.URL == "" && dr.ID != "" {
		dr.URL = permalinkIn(e.nodes, dr.ID)
	}
	if flagged(root, "key-event", "keyevent", "key_event", "highlight") {
		dr.KeyEvent = true
	}
	if flagged(root, "pinned", "sticky") || strings.Contains(strings.ToLower(dom.Attr(root, "id")), "pinned") {
		dr.Pinned = true
	}

	// Bylines, date lines and the title, in one walk of the entry.
	titleDone := dr.Title != "" || e.lead != nil
	if e.title != "" {
		dr.Title, titleDone = e.title, true
	}
	for _, top := range e.nodes {
		dom.Walk(top, func(n *html.Node) bool {
			if excl[n] {
				return false
			}
			switch n.Type {
			case html.TextNode:
				if !titleDone && strings.TrimSpace(n.Data) != "" {
					titleDone = true // body text before any heading: no title
				}
				return false
			case html.ElementNode:
			default:
				return true
			}
			if dom.Skipped(n) {
				return false
			}
			if n == root {
				return true
			}
			if isByline(n) {
				if name := bylineName(n); name != "" {
					dr.Authors = append(dr.Authors, name)
				}
				excl[n] = true
				return false
			}
			if !titleDone && isTitleElement(n) {
				if t := dom.Text(n); t != "" {
					dr.Title, titleDone = t, true
					excl[n] = true
					return false
				}
			}
			if t, ok := dom.ShortText(n, len(e.title)+16); e.title != "" && ok && t == e.title {
				excl[n] = true // the visible copy of a headline given in metadata
				return false
			}
			if isDateLineElement(n) {
				excl[n] = true
				// A name printed beside the date line is the author.
				if p := n.Parent; p != nil && p != root && len(dom.Text(p)) <= 100 {
					for c := p.FirstChild; c != nil; c = c.NextSibling {
						if c != n && c.Type == html.ElementNode && !excl[c] && looksLikeName(dom.Text(c)) {
							dr.Authors = append(dr.Authors, trimBy(dom.Text(c)))
							excl[c] = true
						}
					}
				}
				return false
			}
			return true
		})
	}
	dr.Authors = append(dr.Authors, e.authors...)
	dr.Body = e.nodes
	for n := range excl {
		dr.Exclude = append(dr.Exclude, n)
	}
	dr.Date = e.date
	if e.text != "" && len(e.nodes) == 0 {
		dr.Text = e.text
	}
	facts.key = textKey(dr.Title, e.nodes, excl)
	return dr, facts
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
	dom.Walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		switch c.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
			atom.Blockquote, atom.Ul, atom.Ol, atom.Table, atom.Figure, atom.Iframe, atom.Video:
			if c != n {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// clockText returns the first text in n that holds a clock.
func clockText(n *html.Node) string {
	found := ""
	dom.Walk(n, func(c *html.Node) bool {
		if found != "" {
			return false
		}
		if c.Type == html.TextNode {
			if s := dom.Clean(c.Data); timeparse.ClockMinutes(s) >= 0 && len(s) <= 40 {
				found = s
			}
		}
		return true
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

// classifyLabel files a short label printed next to an entry's time: a
// key-event or pinned mark sets the flag, a person's name becomes an
// author, anything else is dropped.
func classifyLabel(dr *Draft, s string) {
	l := strings.ToLower(strings.Trim(s, " :|·•-–"))
	switch {
	case lexicon.KeyEventLabels.Has(l):
		dr.KeyEvent = true
	case lexicon.PinnedLabels.Has(l):
		dr.Pinned = true
	case looksLikeName(s):
		dr.Authors = append(dr.Authors, strings.TrimSpace(trimBy(s)))
	}
}

// looksLikeName reports whether s reads as a person's name or a short
// credit: one to five words, no digits, each word starting with a capital
// letter (after an optional "By").
func looksLikeName(s string) bool {
	s = trimBy(s)
	if len(s) < 3 || len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			if lexicon.NameConnectors.Has(w) {
				continue
			}
			return false
		}
		for _, c := range r {
			if unicode.IsDigit(c) {
				return false
			}
		}
	}
	// An all-capital label ("LIVE", "UPDATE") is not a name.
	return strings.ToUpper(s) != s
}

// trimBy drops the word that opens a byline ("By Ann Lee").
func trimBy(s string) string {
	s = strings.TrimSpace(s)
	if first, rest, ok := strings.Cut(s, " "); ok && lexicon.BylinePrefixes.Has(first) {
		return strings.TrimSpace(rest)
	}
	return s
}

// flagged reports whether n's class, id or data-type holds one of words.
func flagged(n *html.Node, words ...string) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "data-type" && !strings.HasPrefix(a.Key, "data-") {
			continue
		}
		v := strings.ToLower(a.Val)
		if len(v) > 200 {
			continue
		}
		for _, w := range words {
			if strings.Contains(v, w) {
				if a.Key == "class" || a.Key == "data-type" || v == "true" {
					return true
				}
			}
		}
		if v == "true" && containsAny(a.Key, words) {
			return true
		}
	}
	return false
}

func isByline(n *html.Node) bool {
	if strings.EqualFold(dom.Attr(n, "rel"), "author") || strings.EqualFold(dom.Attr(n, "itemprop"), "author") {
		return true
	}
	for _, k := range []string{"class", "id"} {
		if v := dom.Attr(n, k); v != "" && lexicon.BylineClasses.HasPart(v) {
			return true
		}
	}
	return false
}

// bylineName returns the author name printed (or, in microdata, given) in
// byline element n.
func bylineName(n *html.Node) string {
	s := dom.Text(n)
	if s == "" {
		dom.Walk(n, func(c *html.Node) bool {
			if s == "" && c.Type == html.ElementNode && strings.EqualFold(dom.Attr(c, "itemprop"), "name") {
				s = dom.Clean(dom.Attr(c, "content"))
			}
			return s == ""
		})
	}
	s = trimBy(s)
	if len(s) > 80 {
		return ""
	}
	return s
}

// isTitleElement reports whether n is an entry headline: a heading, or an
// element whose class names a title, with a short text.
func isTitleElement(n *html.Node) bool {
	if isHeading(n) {
		return true
	}
	if n.DataAtom == atom.A {
		return false
	}
	v := dom.Attr(n, "class")
	if v == "" || !lexicon.TitleClasses.HasPart(v) {
		return false
	}
	return len(dom.Text(n)) <= 300
}

// isDateLineElement reports whether n is a short element that prints only
// a date and time (an entry's footer stamp "14 August 2023 10:01").
func isDateLineElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Small, atom.Footer, atom.Header, atom.Time, atom.Em:
	default:
		return false
	}
	s, ok := dom.ShortText(n, 64)
	return ok && timeparse.IsDateLine(s)
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
// which copies of an entry are matched.
func textKey(title string, nodes []*html.Node, excl map[*html.Node]bool) string {
	var b strings.Builder
	b.Grow(len(title) + 640)
	dom.AppendKey(&b, title)
	read := 0
	for _, top := range nodes {
		dom.Walk(top, func(n *html.Node) bool {
			if read > 600 || excl[n] {
				return false
			}
			if n.Type == html.ElementNode && dom.Skipped(n) {
				return false
			}
			if n.Type == html.TextNode {
				dom.AppendKey(&b, n.Data)
				read += len(n.Data) + 1
			}
			return true
		})
	}
	return b.String()
}

// sameMinute reports whether two instants are within 60 seconds.
func sameMinute(a, b time.Time) bool {
	d := a.Sub(b)
	return d >= -time.Minute && d <= time.Minute
}
