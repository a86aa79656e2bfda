// Package docindex builds, in one walk of a parsed page, the read-only
// index every generic extractor reads instead of walking the tree again:
// the elements in page order with the extent of each one's subtree (what
// time marks are read from), the JSON-LD blocks as raw text, the
// headlines, the containers that markup names outright (AMP live-list
// items, microdata liveBlogUpdate scopes, WordPress live-blog entries,
// hAtom entries), the machine-readable stamps, whether anything could
// mark an entry at all, and the page's adjoining pages and vendor embeds.
//
// The walk follows the tree's links and keeps only a stack of the open
// elements' positions: a hostile page may nest elements hundreds deep or
// give one element a million children.
package docindex

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/embeds"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/paging"
)

// MaxStamps bounds how many machine-readable stamps the index keeps.
const MaxStamps = 20

// Index is what one walk of a page found. Nodes are the tree's own; the
// index and the tree must not be modified.
type Index struct {
	elems []*html.Node
	end   []int32

	// JSONLD are the texts of the page's <script type="application/ld+json">
	// elements, in page order.
	JSONLD []string
	// H1 are the page's <h1> elements, in page order.
	H1 []*html.Node
	// Title is the first <title> inside <head>, or nil.
	Title *html.Node
	// Stamps are the first MaxStamps elements that carry a machine time:
	// <time datetime>, [itemprop=datePublished][content] and
	// [itemprop=dateModified][content].
	Stamps []*html.Node
	// AMPList reports an <amp-live-list>; AMPItems are the positions
	// of its entries (amp-live-list > [items] > [id][data-sort-time]).
	AMPList  bool
	AMPItems []int
	// Updates are the positions of the microdata liveBlogUpdate items
	// ([itemprop~=liveBlogUpdate]).
	Updates []int
	// WordPress are the positions of the elements whose id starts with
	// "liveblog-entry-" (the Liveblog plugin), HEntries those of class
	// "hentry" (hAtom).
	WordPress []int
	HEntries  []int
	// Hint reports an element that may mark an entry's time: a <time> or
	// <amp-timeago>, a subheading (h2–h6), a bold lead in a paragraph,
	// an itemprop datePublished, a time attribute (lexicon.TimeAttributes).
	Hint bool
	// Plain reports an element a printed time label may sit in (a
	// paragraph, list item, table cell, <div> or <span>: what a page
	// that says it is live may mark its entries with, as
	// "<div class="post"><span class="time">14:05</span><div>…" does).
	Plain bool
	// Links are the page's adjoining pages and AMP alternate, Feeds the
	// vendor embeds it holds (internal/paging, internal/embeds).
	Links paging.Links
	Feeds []embeds.Feed
}

// Build walks the tree under root once and indexes it. page is the
// page's URL (may be nil), against which links and embeds are resolved.
// The containers, headlines and stamps are root's descendants, as a
// selector query finds them; the element list holds root too when it is
// an element.
func Build(root *html.Node, page *url.URL) *Index {
	ix := &Index{}
	if root == nil {
		return ix
	}
	b := builder{ix: ix, pf: paging.NewFinder(page), ef: embeds.NewFinder(page), linkSkip: -1}
	b.walk(root)
	ix.Links, ix.Feeds = b.pf.Links(), b.ef.Feeds()
	return ix
}

// builder holds the walk's state.
type builder struct {
	ix       *Index
	pf       *paging.Finder
	ef       *embeds.Finder
	open     []int32 // positions of the open elements, innermost last
	linkSkip int     // depth of an element whose subtree paging and embeds skip, or -1
}

// walk visits every node under root in page order, following the
// tree's links.
func (b *builder) walk(root *html.Node) {
	n := root
	for {
		descend := b.enter(n, n == root)
		if c := n.FirstChild; descend && c != nil {
			n = c
			continue
		}
		b.leave(n)
		for n != root && n.NextSibling == nil {
			n = n.Parent
			b.leave(n)
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// enter indexes n and reports whether to visit its children.
func (b *builder) enter(n *html.Node, root bool) bool {
	if n.Type != html.ElementNode {
		return n.Type == html.DocumentNode
	}
	ix := b.ix
	ix.elems = append(ix.elems, n)
	ix.end = append(ix.end, 0)
	b.open = append(b.open, int32(len(ix.elems)-1))
	depth := len(b.open)
	switch {
	case b.linkSkip >= 0 && depth > b.linkSkip:
	case n.DataAtom == atom.Svg || n.DataAtom == atom.Style || n.DataAtom == atom.Math:
		b.linkSkip = depth
	default:
		b.linkSkip = -1
		b.pf.Visit(n)
		b.ef.Visit(n)
	}
	if !root {
		b.match(n, len(ix.elems)-1)
	}
	return true
}

// leave closes element n: its subtree ends here.
func (b *builder) leave(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	last := len(b.open) - 1
	b.ix.end[b.open[last]] = int32(len(b.ix.elems))
	b.open = b.open[:last]
	if b.linkSkip > len(b.open) {
		b.linkSkip = -1
	}
}

// match records what element n, at position i, is to the extractors.
func (b *builder) match(n *html.Node, i int) {
	ix := b.ix
	switch n.Data {
	case "script":
		for _, a := range n.Attr {
			if a.Key == "type" && strings.EqualFold(a.Val, "application/ld+json") {
				ix.JSONLD = append(ix.JSONLD, scriptText(n))
				break
			}
		}
	case "h1":
		ix.H1 = append(ix.H1, n)
	case "title":
		if ix.Title == nil && insideHead(n) {
			ix.Title = n
		}
	case "amp-live-list":
		ix.AMPList = true
	case "p", "dt", "dd", "li", "td", "th", "div", "span":
		ix.Plain = true
	}
	if !ix.Hint {
		ix.Hint = hint(n)
	}
	if len(ix.Stamps) < MaxStamps && isStamp(n) {
		ix.Stamps = append(ix.Stamps, n)
	}
	b.containers(n, i)
}

// containers records element n, at position i, when it is an entry
// container that markup names outright.
func (b *builder) containers(n *html.Node, i int) {
	ix := b.ix
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			if strings.HasPrefix(a.Val, "liveblog-entry-") && !last(ix.WordPress, i) {
				ix.WordPress = append(ix.WordPress, i)
			}
			if _, ok := attr(n, "data-sort-time"); ok && ampItem(n) && !last(ix.AMPItems, i) {
				ix.AMPItems = append(ix.AMPItems, i)
			}
		case "itemprop":
			if hasWord(a.Val, "liveBlogUpdate") && !last(ix.Updates, i) {
				ix.Updates = append(ix.Updates, i)
			}
		case "class":
			if hasWord(a.Val, "hentry") && !last(ix.HEntries, i) {
				ix.HEntries = append(ix.HEntries, i)
			}
		}
	}
}

// last reports whether i is the last position of list: an element with
// two attributes of the same name is listed once.
func last(list []int, i int) bool { return len(list) > 0 && list[len(list)-1] == i }

// ampItem reports whether n stands where an AMP live list holds its
// entries: under an element with an items attribute, itself a child of
// <amp-live-list>.
func ampItem(n *html.Node) bool {
	p := n.Parent
	if p == nil || p.Type != html.ElementNode {
		return false
	}
	if _, ok := attr(p, "items"); !ok {
		return false
	}
	g := p.Parent
	return g != nil && g.Type == html.ElementNode && g.Data == "amp-live-list"
}

// insideHead reports whether n has a <head> ancestor.
func insideHead(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "head" {
			return true
		}
	}
	return false
}

// hint reports whether element n may mark an entry's time (see
// Index.Hint).
func hint(n *html.Node) bool {
	switch n.Data {
	case "time", "amp-timeago", "h2", "h3", "h4", "h5", "h6":
		return true
	case "b", "strong":
		if p := n.Parent; p != nil && p.Type == html.ElementNode && p.Data == "p" {
			return true
		}
	}
	for _, a := range n.Attr {
		if lexicon.TimeAttributes.Has(a.Key) || a.Key == "itemprop" && hasWord(a.Val, "datePublished") {
			return true
		}
	}
	return false
}

// isStamp reports whether n carries a machine time (see Index.Stamps).
func isStamp(n *html.Node) bool {
	if n.Data == "time" {
		if _, ok := attr(n, "datetime"); ok {
			return true
		}
	}
	if _, ok := attr(n, "content"); !ok {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "itemprop" && (a.Val == "datePublished" || a.Val == "dateModified") {
			return true
		}
	}
	return false
}

// attr returns the value of n's first attribute named key, in any
// namespace, and whether there is one: what an attribute selector
// matches.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasWord reports whether the white-space separated list s holds w, as
// the selector [attr~=w] and a class selector match it.
func hasWord(s, w string) bool {
	for s != "" {
		i := strings.IndexAny(s, " \t\r\n\f")
		if i < 0 {
			return s == w
		}
		if s[:i] == w {
			return true
		}
		s = s[i+1:]
	}
	return false
}

// scriptText returns the text of a script element: its one text child,
// or its text children joined.
func scriptText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		return c.Data // the usual case: no copy to join
	}
	var b strings.Builder
	for c := range n.ChildNodes() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// Len returns the number of elements.
func (ix *Index) Len() int { return len(ix.elems) }

// Node returns the element at position i, in page order.
func (ix *Index) Node(i int) *html.Node { return ix.elems[i] }

// End returns the position after the last element under the element at
// position i: the elements under it are those at i+1 up to End(i).
func (ix *Index) End(i int) int { return int(ix.end[i]) }
