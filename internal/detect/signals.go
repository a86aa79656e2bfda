package detect

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/embeds"
	"github.com/liveblog-go/liveblog/internal/jsonld"
)

// This file reads what a page declares about itself: its <head> (title,
// <meta>, canonical link, language), its JSON-LD, and the vendor embeds
// whose script would fill a live blog in.

// Head is what a page's <head> says, as Document reads it: enough for a
// site adapter's Match to recognise the page by its address or name.
type Head struct {
	// Lang is <html lang>.
	Lang string
	// Title is the first <title> in <head>.
	Title string
	// Canonical is the href of the first <link rel=canonical>.
	Canonical string
	// Metas are the <meta> elements with a name, property or itemprop
	// (the key, lower-case) and their content as written (references
	// not decoded, white space not collapsed), in page order.
	Metas [][2]string
	// escaped reports that Metas hold their references.
	escaped bool
}

// Meta returns the content of the first <meta> whose name, property or
// itemprop is key (lower-case), or "", as Document.Meta reads it.
func (h *Head) Meta(key string) string {
	for _, m := range h.Metas {
		if m[0] == key {
			v := m[1]
			if h.escaped && strings.IndexByte(v, '&') >= 0 {
				v = unescape(v)
			}
			if v = clean(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// headElement reads an element of <head>, and <html lang>.
func (p *page) headElement(e *elem, attrs []attr) {
	switch e.atom {
	case atom.Html:
		if p.head.Lang == "" {
			p.head.Lang = strings.TrimSpace(p.attrVal(attrOf(attrs, "lang")))
			p.setLanguage()
		}
	case atom.Meta:
		if !p.inHead {
			return
		}
		key := attrOf(attrs, "property")
		if key == "" {
			key = attrOf(attrs, "name")
		}
		if key == "" {
			key = attrOf(attrs, "itemprop")
		}
		if key != "" {
			p.head.Metas = append(p.head.Metas, [2]string{lower(key), attrOf(attrs, "content")})
		}
	case atom.Link:
		if p.inHead && p.head.Canonical == "" && strings.EqualFold(attrOf(attrs, "rel"), "canonical") {
			p.head.Canonical = strings.TrimSpace(p.attrVal(attrOf(attrs, "href")))
		}
	}
}

// attrOf returns the value of attribute key, or "".
func attrOf(attrs []attr, key string) string {
	for _, a := range attrs {
		if a.key == key {
			return a.val
		}
	}
	return ""
}

// embedCandidate is an element that may embed a vendor's live blog, kept
// as a node for internal/embeds to read.
type embedCandidate struct{ n *html.Node }

// embedCandidate keeps the elements internal/embeds may read as a vendor
// embed: a cheap test of tag, class and id first, since it runs on every
// element.
func (p *page) embedCandidate(e *elem, attrs []attr) {
	keep := false
	switch {
	case e.tag == "tickaroo-liveblog", e.atom == atom.Iframe, e.tag == "amp-iframe":
		keep = true
	case e.atom == atom.Div && (strings.Contains(e.class, "live-center-embed") || strings.Contains(e.class, "scrbbl-embed") || strings.Contains(e.class, "arena-liveblog")):
		keep = true
	case e.atom == atom.Script:
		p.scriptSrc = attrOf(attrs, "src") != ""
		keep = strings.Contains(attrOf(attrs, "src"), "arena")
	case e.id == "LB24_LIVE_CONTENT":
		keep = true
	}
	if !keep {
		return
	}
	n := &html.Node{Type: html.ElementNode, Data: e.tag, DataAtom: e.atom}
	for _, a := range attrs {
		n.Attr = append(n.Attr, html.Attribute{Key: a.key, Val: p.attrVal(a.val)})
	}
	p.embeds = append(p.embeds, embedCandidate{n: n})
}

// scriptText looks at an inline script for an embed's start call.
func (p *page) scriptText(s string) {
	if p.scriptSrc || !strings.Contains(s, "NcPosts") {
		return
	}
	n := &html.Node{Type: html.ElementNode, Data: "script", DataAtom: atom.Script}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: s})
	p.embeds = append(p.embeds, embedCandidate{n: n})
}

// feeds returns the vendor embeds among the candidates, as the parser's
// EmbedError would list them.
func (p *page) feeds(page *url.URL) []embeds.Feed {
	if len(p.embeds) == 0 {
		return nil
	}
	f := embeds.NewFinder(page)
	for _, c := range p.embeds {
		f.Visit(c.n)
	}
	return f.Feeds()
}

// ldFacts is what the page's JSON-LD says. Only the blocks that hold
// valid JSON count, as Document.JSONLD keeps only those; a block is
// checked when an answer needs it (a LiveBlogPosting's block may be a
// megabyte, and a page whose title says it is live never needs it).
type ldFacts struct {
	blocks  [][]byte // the blocks that mention a type the detector reads
	checked []int8   // per block: 0 not yet, 1 valid, -1 not JSON
}

// listingTypeRe finds the schema.org types of pages that list other pages.
var listingTypeRe = regexp.MustCompile(`"@type"\s*:\s*(?:\[[^\]]*)?"(?:CollectionPage|SearchResultsPage)"`)

// readLD keeps the page's JSON-LD blocks that mention a LiveBlogPosting,
// a liveBlogUpdate or a listing type.
func (p *page) readLD() *ldFacts {
	f := &ldFacts{}
	for _, s := range p.ld {
		raw := []byte(strings.TrimSpace(s))
		if bytes.Contains(raw, []byte("LiveBlogPosting")) || bytes.Contains(raw, []byte("liveBlogUpdate")) ||
			bytes.Contains(raw, []byte("CollectionPage")) || bytes.Contains(raw, []byte("SearchResultsPage")) {
			f.blocks = append(f.blocks, raw)
		}
	}
	f.checked = make([]int8, len(f.blocks))
	return f
}

// valid reports whether block i is JSON, checking it once.
func (f *ldFacts) valid(i int) bool {
	if f.checked[i] == 0 {
		f.checked[i] = -1
		if json.Valid(f.blocks[i]) {
			f.checked[i] = 1
		}
	}
	return f.checked[i] > 0
}

// any reports whether a valid block mentions word.
func (f *ldFacts) any(word string) bool {
	for i, b := range f.blocks {
		if bytes.Contains(b, []byte(word)) && f.valid(i) {
			return true
		}
	}
	return false
}

// mentions reports whether a block, valid or not, mentions word.
func (f *ldFacts) mentions(word string) bool {
	for _, b := range f.blocks {
		if bytes.Contains(b, []byte(word)) {
			return true
		}
	}
	return false
}

// liveBlog: a block declares a LiveBlogPosting.
func (f *ldFacts) liveBlog() bool { return f.any("LiveBlogPosting") }

// listing: a block declares a CollectionPage or SearchResultsPage, and
// no LiveBlogPosting.
func (f *ldFacts) listing() bool {
	for i, b := range f.blocks {
		if listingTypeRe.Match(b) && !bytes.Contains(b, []byte("LiveBlogPosting")) && f.valid(i) {
			return true
		}
	}
	return false
}

// countUpdates counts the liveBlogUpdate items the jsonld extractor would
// read, -1 when no valid block mentions liveBlogUpdate (it does not
// match): by the one-pass scanner where the blocks have the usual shape,
// else by decoding them.
func (f *ldFacts) countUpdates() int {
	var live []json.RawMessage
	for i, b := range f.blocks {
		if (bytes.Contains(b, []byte("LiveBlogPosting")) || bytes.Contains(b, []byte("liveBlogUpdate"))) && f.valid(i) {
			live = append(live, b)
		}
	}
	if !f.any("liveBlogUpdate") {
		return -1
	}
	n := 0
	for _, b := range live {
		k := len(jsonld.UpdateDates([]json.RawMessage{b}))
		if k == 0 && bytes.Contains(b, []byte("liveBlogUpdate")) {
			// Updates under @graph or mainEntity, or of an unusual
			// shape: decode them all, as the extractor does.
			return len(jsonld.DecodeLiveBlog(live).Updates)
		}
		n += k
	}
	return n
}

// setLanguage gives the page's <html lang> to the time engine, as Parse
// does, before any label is read: it settles stamps that read two ways
// ("16h" is a clock in French, sixteen hours elsewhere).
func (p *page) setLanguage() {
	if p.norm.Language == "" {
		p.norm.Language = strings.TrimSpace(p.head.Lang)
	}
}
