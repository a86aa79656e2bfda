// Package dom is the library's one HTML toolkit: walking a tree without
// recursion, the text of a subtree as a reader sees it, white-space
// clean-up, attribute and class checks, host matching and zone loading
// with a fixed-offset fallback. Every extractor and the renderer use it;
// adapters outside this module get what they need through the public
// kit (github.com/liveblog-go/liveblog/kit).
package dom

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Walk visits n and the nodes under it in document order; fn returns
// false to skip a node's children. It follows the tree's own links
// (first child, next sibling, parent) and keeps no stack: a hostile page
// may nest elements hundreds deep and give one element a million
// children.
func Walk(n *html.Node, fn func(*html.Node) bool) {
	WalkUntil(n, func(c *html.Node) (bool, bool) { return fn(c), false })
}

// WalkUntil is Walk for a search: fn also reports stop, which ends the
// walk at once, so a walk that has its answer (a short label found too
// long, an image found) costs only what it visited.
func WalkUntil(n *html.Node, fn func(*html.Node) (descend, stop bool)) {
	for c := n; c != nil; {
		descend, stop := fn(c)
		if stop {
			return
		}
		if descend && c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == n {
			return
		}
		c = c.NextSibling
	}
}

// Skipped reports whether element n never contributes text: scripts,
// styles, templates, SVG and MathML, forms and their controls, buttons,
// navigation, embedded objects and the elements of <head>.
func Skipped(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	// A switch, not a map: Skipped runs for every element of every walk.
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Svg,
		atom.Math, atom.Button, atom.Form, atom.Input,
		atom.Select, atom.Textarea, atom.Nav, atom.Noscript,
		atom.Object, atom.Embed, atom.Canvas, atom.Map,
		atom.Head, atom.Title, atom.Link, atom.Meta,
		atom.Dialog, atom.Label:
		return true
	}
	return false
}

// Text returns the text under n as a reader sees it, white space
// collapsed (Clean): the text nodes in order, with a space where a block
// element (a paragraph, a list item, a heading, <br>) begins or ends so
// that words of separate blocks do not run together, and nothing between
// inline elements ("Hel<b>lo</b>" is one word). Skipped elements are left
// out.
func Text(n *html.Node) string {
	if n == nil {
		return ""
	}
	if n.Type == html.TextNode {
		return Clean(n.Data)
	}
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		return Clean(c.Data) // the usual label: one text, no builder
	}
	var b strings.Builder
	appendText(&b, n, -1)
	return Clean(b.String())
}

// ShortText returns Text(n) when it is at most limit bytes long; ok is
// false for a longer text, found without reading it all. It runs on most
// elements of a page, whole articles among them.
func ShortText(n *html.Node, limit int) (string, bool) {
	if n == nil {
		return "", true
	}
	if n.Type == html.TextNode {
		s := Clean(n.Data)
		return s, len(s) <= limit
	}
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		if len(c.Data) > 4*limit+64 {
			return "", false
		}
		s := Clean(c.Data)
		return s, len(s) <= limit
	}
	var b strings.Builder
	// White space collapses, so the raw text may be longer than the
	// clean one: read up to four times the limit and a margin.
	if !appendText(&b, n, 4*limit+64) {
		return "", false
	}
	s := Clean(b.String())
	return s, len(s) <= limit
}

// appendText writes the text under n to b as Text reads it; with max >=
// 0 it stops and reports false once b holds more than max bytes, or
// once it has visited more than max nodes (a label of a few words has a
// few nodes; an element with a million empty children is no label).
func appendText(b *strings.Builder, n *html.Node, max int) bool {
	over, visited := false, 0
	WalkUntil(n, func(c *html.Node) (bool, bool) {
		if visited++; max >= 0 && visited > max {
			over = true
			return false, true
		}
		switch c.Type {
		case html.ElementNode:
			if c != n && Skipped(c) {
				return false, false
			}
			if blockish[c.DataAtom] {
				b.WriteByte(' ')
			}
		case html.TextNode:
			if ps := c.PrevSibling; ps != nil && ps.Type == html.ElementNode && blockish[ps.DataAtom] {
				b.WriteByte(' ') // text after a block's end
			}
			b.WriteString(c.Data)
			if max >= 0 && b.Len() > max {
				over = true
				return false, true
			}
		}
		return true, false
	})
	return !over
}

// blockish elements separate the words before and after them.
var blockish = map[atom.Atom]bool{
	atom.Br: true, atom.P: true, atom.Div: true, atom.Li: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Figure: true, atom.Figcaption: true, atom.Blockquote: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Ul: true, atom.Ol: true,
	atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true,
}

// Clean collapses every run of white space (no-break spaces included) to
// one space, drops the zero-width characters of IsZeroWidth and trims
// the ends. Text that is
// already clean, as most is, is returned without a copy.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	// Most texts that are not clean only have white space at an end: the
	// trimmed text is a slice of s, no copy.
	if t := strings.TrimFunc(s, unicode.IsSpace); t != s && isClean(t) {
		return t
	}
	return cleanSlowly(s)
}

// cleanSlowly is Clean without its shortcuts, rune by rune: the
// definition the shortcuts must agree with.
func cleanSlowly(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case IsZeroWidth(r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// IsZeroWidth reports whether r is a character Clean drops: the
// zero-width space, the word joiner, the BOM and the soft hyphen, which
// only say where a line may or may not break. The zero-width joiner and
// non-joiner are kept: they are part of the spelling of Persian and
// Indic words ("خانه‌ها") and of emoji sequences ("👩‍🚒").
func IsZeroWidth(r rune) bool {
	return r == '\u200b' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isClean reports whether Clean would return s unchanged: no space at
// either end, no white space but single ASCII spaces, no zero-width
// characters.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// White space and the dropped characters beyond ASCII are
			// rare: leave them to the slow path.
			return isCleanSlow(s[i:], prevSpace)
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		if asciiSpace[c] {
			return false
		}
		prevSpace = false
	}
	return true
}

func isCleanSlow(s string, prevSpace bool) bool {
	for _, c := range s {
		switch {
		case IsZeroWidth(c):
			return false
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case unicode.IsSpace(c):
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace
}

// HasClass reports whether n's class attribute holds the word class.
func HasClass(n *html.Node, class string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && a.Namespace == "" {
			for w := range strings.FieldsSeq(a.Val) {
				if w == class {
					return true
				}
			}
		}
	}
	return false
}

// Attr returns the value of n's attribute key, or "".
func Attr(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// Inside reports whether n has an ancestor for which match is true,
// stopping at stop (exclusive).
func Inside(n, stop *html.Node, match func(*html.Node) bool) bool {
	for p := n.Parent; p != nil && p != stop; p = p.Parent {
		if match(p) {
			return true
		}
	}
	return false
}

// HostIs reports whether host is domain or one of its subdomains.
func HostIs(host string, domains ...string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, d := range domains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// Zone returns the IANA zone name, or a fixed zone with the given
// standard offset (seconds east of UTC) when the zone database is missing.
func Zone(name string, offset int) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return time.FixedZone(name, offset)
}

// Key reduces s to lower-case letters and digits: the form in which two
// copies of a text (a post in the markup and in JSON-LD, a pinned copy
// and the original) are compared, whatever their spacing and punctuation.
func Key(s string) string {
	if isKey(s) {
		return s
	}
	return string(AppendKey(make([]byte, 0, len(s)), s))
}

// isKey reports whether s is its own key: ASCII lower-case letters and
// digits only.
func isKey(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// AppendKey appends Key(s) to b and returns the extended buffer.
func AppendKey(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			b = append(b, byte(r))
		case 'A' <= r && r <= 'Z':
			b = append(b, byte(r)+'a'-'A')
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// NodeSet is a set of nodes for the few an entry leaves out of its body
// (a time label, a title, a byline): a list while it is short, looked
// through on each question, a map once it is long. The zero value is
// empty; it allocates nothing until a node is added.
type NodeSet struct {
	list []*html.Node
	m    map[*html.Node]bool
}

// maxNodeList is how many nodes a NodeSet keeps in its list.
const maxNodeList = 16

// Add puts n in the set.
func (s *NodeSet) Add(n *html.Node) {
	switch {
	case s.Has(n):
	case s.m != nil:
		s.m[n] = true
		s.list = append(s.list, n)
	case len(s.list) < maxNodeList:
		s.list = append(s.list, n)
	default:
		s.m = make(map[*html.Node]bool, 2*len(s.list))
		for _, x := range s.list {
			s.m[x] = true
		}
		s.m[n] = true
		s.list = append(s.list, n)
	}
}

// Has reports whether n is in the set.
func (s *NodeSet) Has(n *html.Node) bool {
	if s.m != nil {
		return s.m[n]
	}
	for _, x := range s.list {
		if x == n {
			return true
		}
	}
	return false
}

// Nodes returns the set's nodes in the order they were added. The slice
// is the set's own.
func (s *NodeSet) Nodes() []*html.Node { return s.list }

// Len returns the number of nodes in the set.
func (s *NodeSet) Len() int { return len(s.list) }

// IsHeading reports whether n is h1–h6.
func IsHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// FirstElementChild returns n's first child element, or nil.
func FirstElementChild(n *html.Node) *html.Node {
	if n == nil {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// LeadsWith reports whether child c is the first thing in n: no text
// before it.
func LeadsWith(n, c *html.Node) bool {
	for s := n.FirstChild; s != nil && s != c; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	return true
}
