// Package embeds finds the live blogs a host page embeds from a vendor
// (Tickaroo, Norkon Live Center, ScribbleLive, Sourcefabric Live Blog,
// Arena, 24liveblog): a page whose ticker a vendor's script fills holds
// only the embed, so HTML alone shows no entries. For each embed it
// returns the vendor and the public address that the vendor's own embed
// code loads the entries from, built from the embed's attributes the way
// that code builds it. It never touches the network.
//
// Each vendor's file says what its embed looks like, what address it
// leads to, and what of that was verified in public code and what
// inferred. The vendor names are the names of the adapters under sources/
// that read those addresses' responses.
package embeds

import (
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/dom"
)

// The vendors, by the name of the adapter that reads their responses.
const (
	Tickaroo     = "tickaroo"
	Norkon       = "norkon"
	ScribbleLive = "scribblelive"
	Sourcefabric = "sourcefabric"
	Arena        = "arena"
	LB24         = "24liveblog"
)

// Feed is a vendor-hosted live blog embedded in a page: the vendor and
// the address its embed code loads the entries from.
type Feed struct {
	// Vendor names the vendor (one of the constants above), which is also
	// the name of the adapter that reads URL's response.
	Vendor string
	// URL is the absolute address of the entries: a JSON feed, or the
	// vendor's page that its iframe shows.
	URL string
}

// detector looks at one element and returns the feed it embeds, if any.
type detector func(n *html.Node, page *url.URL) (Feed, bool)

// detectors are tried on every element, in this order.
var detectors = []detector{tickaroo, norkonEmbed, scribbleEmbed, sourcefabricFrame, arenaEmbed, lb24Embed}

// Find returns the vendor embeds of a parsed page, in document order,
// each address once. page is the page's URL, against which embed
// addresses without a scheme or host are resolved; it may be nil.
func Find(root *html.Node, page *url.URL) []Feed {
	if root == nil {
		return nil
	}
	f := NewFinder(page)
	dom.Walk(root, func(n *html.Node) bool {
		f.Visit(n)
		return true
	})
	return f.Feeds()
}

// Finder finds the embeds of a page one element at a time, for a caller
// that walks the tree for other reasons too.
type Finder struct {
	page *url.URL
	out  []Feed
	seen map[string]bool
}

// NewFinder returns a Finder for a page at address page (may be nil).
func NewFinder(page *url.URL) *Finder { return &Finder{page: page} }

// Visit looks at one node of the page, in document order.
func (f *Finder) Visit(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	for _, d := range detectors {
		feed, ok := d(n, f.page)
		if !ok || feed.URL == "" || f.seen[feed.URL] {
			continue
		}
		if f.seen == nil {
			f.seen = map[string]bool{}
		}
		f.seen[feed.URL] = true
		f.out = append(f.out, feed)
	}
}

// Feeds returns the embeds found so far.
func (f *Finder) Feeds() []Feed { return f.out }

// idPattern is what an id taken from a page may hold before it goes
// into an address: letters, digits, '-', '_' and '.'.
var idPattern = regexp.MustCompile(`^[A-Za-z0-9._-]{1,100}$`)

// id returns s trimmed when it is a plausible id, else "".
func id(s string) string {
	s = strings.TrimSpace(s)
	if !idPattern.MatchString(s) || s == "." || s == ".." {
		return ""
	}
	return s
}

// absolute resolves an attribute's address against the page, giving
// protocol-relative addresses https (as a browser on an https page
// would). It returns nil for anything but an http(s) address.
func absolute(ref string, page *url.URL) *url.URL {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil
	}
	u, err := url.Parse(ref)
	if err != nil {
		return nil
	}
	switch {
	case u.Scheme == "" && u.Host != "":
		u.Scheme = "https"
		if page != nil && page.Scheme == "http" {
			u.Scheme = "http"
		}
	case u.Scheme == "" && page != nil:
		u = page.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

// hostOf returns u's host name in lower case without "www.".
func hostOf(u *url.URL) string {
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// pathParts returns the non-empty segments of u's path.
func pathParts(u *url.URL) []string {
	var out []string
	for _, p := range strings.Split(u.Path, "/") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// scriptText returns the text of an inline script element, or "".
func scriptText(n *html.Node) string {
	if n.Data != "script" || dom.Attr(n, "src") != "" {
		return ""
	}
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		return c.Data // the usual script: one text, not copied
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}
