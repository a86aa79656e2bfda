// Package paging finds where a live-blog page leads besides itself: its
// adjoining pages (older and newer posts) and its AMP alternate. Long
// blogs split their posts over pages, newest first, and link them in
// several ways; AMP versions of script-built pages are static and
// complete. It is a pure function of the parsed page and its URL.
//
// The ways pages are linked, strongest first:
//
//  1. <link rel="next"> / <link rel="prev"> (or <a rel=…>): next is the
//     older page, prev the newer one.
//  2. Links whose text or label says so: "Older posts", "Newer posts"
//     (internal/lexicon OlderPageLinks, NewerPageLinks), and "Next" and
//     "Previous" inside a pager (a nav, AMP's <div pagination>, an
//     element whose class or id names pagination). This covers the
//     Guardian's ?page=with:block-… links, whose address says nothing of
//     the direction.
//  3. Links to the same page with a page number one above or below the
//     page's own: ?page=N (or p, pg, paged) and /page/N. The page's own
//     number comes from its URL, 1 when it has none; a link to the bare
//     address counts as page 1.
//
// The AMP alternate is <link rel="amphtml">. Every address is resolved
// against the page URL (kept relative when the page URL is unknown),
// must be http(s) and loses its fragment; a link back to the page itself
// is not an adjoining page.
package paging

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// Links are the addresses a page leads to besides itself.
type Links struct {
	// Older is the adjoining page of older posts, Newer that of newer
	// posts; "" when the page links none.
	Older, Newer string
	// AMP is the page's AMP alternate, when it has one.
	AMP string
}

// strength ranks how a link was recognised; a stronger one wins.
type strength int

const (
	none strength = iota
	byNumber
	byText
	byRel
)

type finder struct {
	page             *url.URL
	pageNum          int
	older, newer     string
	olderBy, newerBy strength
	amp              string
}

// Find returns the adjoining pages and the AMP alternate of a parsed
// page. page is the page's URL; it may be nil.
func Find(root *html.Node, page *url.URL) Links {
	if root == nil {
		return Links{}
	}
	f := NewFinder(page)
	dom.Walk(root, func(n *html.Node) bool {
		f.Visit(n)
		return true
	})
	return f.Links()
}

// Finder finds a page's links one element at a time, for a caller that
// walks the tree for other reasons too.
type Finder struct{ f finder }

// NewFinder returns a Finder for a page at address page (may be nil).
func NewFinder(page *url.URL) *Finder {
	return &Finder{f: finder{page: page, pageNum: pageNumber(page)}}
}

// Visit looks at one node of the page, in document order.
func (f *Finder) Visit(n *html.Node) {
	if n.Type == html.ElementNode && (n.DataAtom == atom.Link || n.DataAtom == atom.A) {
		f.f.link(n)
	}
}

// Links returns what was found so far.
func (f *Finder) Links() Links {
	return Links{Older: f.f.older, Newer: f.f.newer, AMP: f.f.amp}
}

// link classifies one <link> or <a>.
func (f *finder) link(n *html.Node) {
	raw := dom.Attr(n, "href")
	if raw == "" || raw[0] == '#' {
		return
	}
	relAttr := dom.Attr(n, "rel")
	if relAttr == "" && n.DataAtom == atom.A {
		f.plainLink(n, raw)
		return
	}
	href := f.resolve(raw)
	if href == "" {
		return
	}
	rel := strings.Fields(strings.ToLower(relAttr))
	for _, r := range rel {
		switch r {
		case "amphtml":
			if f.amp == "" && n.DataAtom == atom.Link {
				f.amp = href
			}
			return
		case "next":
			f.set(true, href, byRel)
			return
		case "prev", "previous":
			f.set(false, href, byRel)
			return
		}
	}
	if n.DataAtom == atom.A {
		f.plainLink(n, raw)
	}
}

// plainLink classifies an <a> by its label, else by the page number of
// its address. The address is resolved only for a link that may be one:
// most links of a page are not, and are let go cheaply.
func (f *finder) plainLink(n *html.Node, raw string) {
	if older, ok := textDirection(n); ok {
		if href := f.resolve(raw); href != "" && !f.isSelf(href) {
			f.set(older, href, byText)
		}
		return
	}
	if !f.numbered(raw) {
		return
	}
	href := f.resolve(raw)
	if href == "" || f.isSelf(href) {
		return
	}
	if num, ok := f.linkedPage(href); ok {
		switch num {
		case f.pageNum + 1:
			f.set(true, href, byNumber)
		case f.pageNum - 1:
			f.set(false, href, byNumber)
		}
	}
}

// numbered reports, cheaply, whether an address may number a page of
// this blog: a page parameter, /page/N, or the page's own path (page 1
// seen from page 2).
func (f *finder) numbered(raw string) bool {
	for _, k := range pageParams {
		if strings.Contains(raw, k+"=") {
			return true
		}
	}
	return strings.Contains(raw, "/page/") || f.pageNum > 1 && f.page != nil && strings.Contains(raw, strings.TrimSuffix(pathBase(f.page.Path), "/"))
}

// pathBase is a path without its /page/N.
func pathBase(p string) string {
	if _, b, ok := pathPage(p); ok {
		return b
	}
	return p
}

// set records a candidate unless a stronger or earlier one of the same
// strength is known.
func (f *finder) set(older bool, href string, s strength) {
	if f.isSelf(href) {
		return
	}
	if older {
		if s > f.olderBy {
			f.older, f.olderBy = href, s
		}
		return
	}
	if s > f.newerBy {
		f.newer, f.newerBy = href, s
	}
}

// resolve returns ref resolved against the page, or "" for anything
// but an http(s) address (or a relative one, without a page URL) and for
// in-page anchors.
func (f *finder) resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if f.page != nil {
		u = f.page.ResolveReference(u)
	}
	u.Fragment, u.RawFragment = "", "" // a place on the page, not another page
	switch {
	case u.Scheme == "" && u.Host == "" && f.page == nil:
		return u.String()
	case u.Scheme != "http" && u.Scheme != "https", u.Host == "":
		return ""
	}
	return u.String()
}

// isSelf reports whether href is the page itself (fragment aside).
func (f *finder) isSelf(href string) bool {
	if f.page == nil {
		return false
	}
	u, err := url.Parse(href)
	if err != nil {
		return false
	}
	p := *f.page
	p.Fragment, u.Fragment = "", ""
	return u.String() == p.String()
}

// maxLinkLabel is the longest link text read as a pager label.
const maxLinkLabel = 40

// textDirection reads a link's text, aria-label, title and
// data-link-name for a direction: older (true) or newer (false).
func textDirection(a *html.Node) (older, ok bool) {
	text, short := dom.ShortText(a, maxLinkLabel)
	if !short {
		text = ""
	}
	pager := -1 // whether a is in a pager, looked up for a "Next" or "Previous" only
	for _, s := range [...]string{text, dom.Attr(a, "aria-label"), dom.Attr(a, "title"), dom.Attr(a, "data-link-name")} {
		if s == "" {
			continue
		}
		s = label(s)
		switch {
		case s == "":
			continue
		case lexicon.OlderPageLinks.Has(s):
			return true, true
		case lexicon.NewerPageLinks.Has(s):
			return false, true
		}
		next, prev := lexicon.NextPageLinks.Has(s), lexicon.PreviousPageLinks.Has(s)
		if !next && !prev {
			continue
		}
		if pager < 0 {
			pager = 0
			if inPager(a) {
				pager = 1
			}
		}
		if pager == 1 {
			return next, true
		}
	}
	return false, false
}

// label lower-cases a link text and strips the arrows, chevrons and
// punctuation around it ("« Older posts", "Next ›").
func label(s string) string {
	s = strings.ToLower(dom.Clean(s))
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return dom.Clean(s)
}

// inPager reports whether a link stands in a pager: a nav, AMP's
// <div pagination>, or an element whose class or id names pagination.
func inPager(a *html.Node) bool {
	depth := 0
	for p := a.Parent; p != nil && depth < 8; p = p.Parent {
		depth++
		if p.Type != html.ElementNode {
			continue
		}
		if p.DataAtom == atom.Nav || hasAttr(p, "pagination") ||
			lexicon.PagerParts.HasPart(dom.Attr(p, "class")) || lexicon.PagerParts.HasPart(dom.Attr(p, "id")) {
			return true
		}
	}
	return false
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// pageParams are the query parameters that number a page.
var pageParams = []string{"page", "p", "pg", "paged"}

// pageNumber returns the page number in u (?page=N or /page/N), 1 when
// it has none.
func pageNumber(u *url.URL) int {
	if u == nil {
		return 1
	}
	if n, ok := queryPage(u); ok {
		return n
	}
	if n, _, ok := pathPage(u.Path); ok {
		return n
	}
	return 1
}

func queryPage(u *url.URL) (int, bool) {
	q := u.Query()
	for _, k := range pageParams {
		if v := q.Get(k); v != "" {
			n, err := strconv.Atoi(v)
			return n, err == nil && n > 0
		}
	}
	return 0, false
}

// pathPage reads a trailing /page/N of a path and returns N and the path
// before it.
func pathPage(p string) (int, string, bool) {
	trimmed := strings.TrimSuffix(p, "/")
	i := strings.LastIndex(trimmed, "/page/")
	if i < 0 {
		return 0, "", false
	}
	n, err := strconv.Atoi(trimmed[i+len("/page/"):])
	if err != nil || n <= 0 {
		return 0, "", false
	}
	return n, trimmed[:i], true
}

// linkedPage returns the page number an address gives the same blog: the
// same host and path with a page parameter (or none, for page 1), or the
// same path with /page/N added.
func (f *finder) linkedPage(href string) (int, bool) {
	if f.page == nil {
		return 0, false
	}
	u, err := url.Parse(href)
	if err != nil || !strings.EqualFold(u.Host, f.page.Host) {
		return 0, false
	}
	base := strings.TrimSuffix(f.page.Path, "/")
	if _, b, ok := pathPage(f.page.Path); ok {
		base = b
	}
	if n, b, ok := pathPage(u.Path); ok {
		return n, b == base
	}
	if strings.TrimSuffix(u.Path, "/") != base {
		return 0, false
	}
	if n, ok := queryPage(u); ok {
		return n, true
	}
	if hasPageParam(u) {
		return 0, false // ?page=with:block-…: no number
	}
	return 1, true
}

func hasPageParam(u *url.URL) bool {
	q := u.Query()
	for _, k := range pageParams {
		if q.Has(k) {
			return true
		}
	}
	return false
}
