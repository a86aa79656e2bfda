// Package kit is what a site adapter needs besides the liveblog package:
// compiled selectors, the text of a subtree as a reader sees it,
// attribute and class checks, machine-readable times, clocks printed in
// headings and zones with a fallback. It is the same toolkit the
// library's own extractors and adapters use (sources/...), so an adapter
// written in another module needs nothing else:
//
//	var entrySel = kit.MustCompile("article.update")
//
//	func extract(d *liveblog.Document) (*liveblog.Result, error) {
//		res := &liveblog.Result{}
//		for _, n := range d.QueryAll(entrySel) {
//			dr := liveblog.Draft{ID: kit.Attr(n, "id"), Body: []*kit.Node{n}}
//			if t := timeSel.Query(n); t != nil {
//				dr.Time, _ = kit.MachineTime(kit.Attr(t, "datetime"))
//				dr.RawTime = kit.Text(t)
//				dr.Exclude = append(dr.Exclude, t)
//			}
//			res.Entries = append(res.Entries, dr)
//		}
//		return res, nil
//	}
//
// Times an adapter cannot read as machine times it leaves to the library:
// Draft.RawTime (and Draft.Date for a day printed apart) is read by the
// finishing step in the page's zone (Result.Location), and a
// liveblog.Normalizer reads any other printed stamp.
package kit

import (
	"time"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// Node is a node of the parsed HTML tree (golang.org/x/net/html.Node),
// named here so that an adapter need not import that package.
type Node = html.Node

// Selector is a compiled CSS selector. It is a cascadia.Matcher, so it
// can be passed to liveblog.Document.QueryAll and Query.
type Selector struct{ sel cascadia.Matcher }

// Compile compiles a CSS selector or a group of them ("h2, h3").
func Compile(css string) (Selector, error) {
	sel, err := cascadia.ParseGroup(css)
	if err != nil {
		return Selector{}, err
	}
	return Selector{sel: sel}, nil
}

// MustCompile compiles a CSS selector and panics on a bad one. Compile
// selectors once, at package level: a typo then panics in the first test
// instead of silently matching nothing.
func MustCompile(css string) Selector {
	s, err := Compile(css)
	if err != nil {
		panic("kit: bad selector " + css + ": " + err.Error())
	}
	return s
}

// Match reports whether n matches the selector.
func (s Selector) Match(n *Node) bool { return s.sel != nil && s.sel.Match(n) }

// QueryAll returns the elements under n (n itself excluded) that match,
// in document order.
func (s Selector) QueryAll(n *Node) []*Node {
	if n == nil || s.sel == nil {
		return nil
	}
	return cascadia.QueryAll(n, s.sel)
}

// Query returns the first element under n (n itself excluded) that
// matches, or nil.
func (s Selector) Query(n *Node) *Node {
	if n == nil || s.sel == nil {
		return nil
	}
	return cascadia.Query(n, s.sel)
}

// Text returns the text under n as a reader sees it, white space
// collapsed: a space where a block element begins or ends, nothing
// between inline elements, scripts, styles, buttons and forms left out.
func Text(n *Node) string { return dom.Text(n) }

// Clean collapses every run of white space (no-break spaces included) to
// one space, drops zero-width characters and trims the ends.
func Clean(s string) string { return dom.Clean(s) }

// Attr returns the value of n's attribute key (lower-case), or "".
func Attr(n *Node, key string) string { return dom.Attr(n, key) }

// HasClass reports whether n's class attribute holds the word class.
func HasClass(n *Node, class string) bool { return dom.HasClass(n, class) }

// Inside reports whether n has an ancestor for which match is true,
// stopping at stop (exclusive).
func Inside(n, stop *Node, match func(*Node) bool) bool { return dom.Inside(n, stop, match) }

// Walk visits n and the nodes under it in document order without
// recursion; fn returns false to skip a node's children.
func Walk(n *Node, fn func(*Node) bool) { dom.Walk(n, fn) }

// HostIs reports whether host is one of domains or a subdomain of one.
func HostIs(host string, domains ...string) bool { return dom.HostIs(host, domains...) }

// Zone returns the IANA zone name, or a fixed zone with the given
// standard offset (seconds east of UTC) when the system has no zone
// database.
func Zone(name string, offset int) *time.Location { return dom.Zone(name, offset) }

// MachineTime reads a machine-readable time as pages put in attributes
// and JSON: RFC 3339 / ISO 8601 with a zone, with or without seconds and
// fraction, or a Unix time in seconds (10 digits) or milliseconds (13
// digits). A value without a zone is not an instant and is refused.
func MachineTime(s string) (time.Time, bool) {
	t, _, ok := timeparse.MachineTime(s)
	return t, ok
}

// LeadingClock splits a heading that starts with a clock into the stamp
// and the text after it: "12.31 Uhr: Title" gives "12.31 Uhr" and
// "Title"; "+++ 00:35 Title +++", "14:05 BST - Title" and "14h05 : Title"
// are read too. ok is false when s does not start with a clock.
func LeadingClock(s string) (stamp, rest string, ok bool) { return timeparse.LeadingClock(s) }

// ClockMinutes returns the minutes after midnight of the first clock in
// s ("14:05", "14.05", "2:05 p.m."), or -1 when s holds none.
func ClockMinutes(s string) int { return timeparse.ClockMinutes(s) }
