// Package dom holds the small HTML and time helpers that the site
// adapters share: the text of a subtree (without recursion), attribute and
// class checks, host matching, epoch and RFC 3339 attribute values and zone
// loading with a fixed-offset fallback. It is internal: adapters outside
// this module write their own or use the exported liveblog.Attr.
package dom

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text returns the text under n with white space collapsed, leaving out
// scripts, styles and SVG.
func Text(n *html.Node) string {
	if n == nil {
		return ""
	}
	if n.Type == html.TextNode {
		return Clean(n.Data)
	}
	var b strings.Builder
	skip := map[*html.Node]bool{}
	for c := range n.Descendants() {
		if c.Parent != nil && skip[c.Parent] {
			skip[c] = true
			continue
		}
		switch c.Type {
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Svg, atom.Template, atom.Noscript:
				skip[c] = true
			default:
				if blockish[c.DataAtom] {
					b.WriteByte(' ')
				}
			}
		case html.TextNode:
			if ps := c.PrevSibling; ps != nil && ps.Type == html.ElementNode && blockish[ps.DataAtom] {
				b.WriteByte(' ') // text after a block's end
			}
			b.WriteString(c.Data)
		}
	}
	return Clean(b.String())
}

// blockish elements separate the words before and after them.
var blockish = map[atom.Atom]bool{
	atom.Br: true, atom.P: true, atom.Div: true, atom.Li: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.Figure: true,
	atom.Figcaption: true, atom.Blockquote: true, atom.Section: true,
}

// Clean collapses every run of white space (no-break spaces included) to
// one space, drops zero-width characters and trims the ends. Text that is
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

// IsZeroWidth reports whether r is a character Clean drops: zero-width
// spaces and joiners, the word joiner, the BOM and the soft hyphen.
func IsZeroWidth(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'
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

// Epoch reads a Unix time in seconds or milliseconds (told apart by size:
// values above 1e11 are milliseconds, i.e. any date after 1973 in ms). It
// reports false for anything else, including zero and negative values.
func Epoch(s string) (time.Time, bool) {
	v, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || v <= 0 {
		return time.Time{}, false
	}
	if v > 1e11 {
		return time.UnixMilli(v).UTC(), true
	}
	return time.Unix(v, 0).UTC(), true
}

// RFC3339 reads a machine-readable datetime attribute (RFC 3339, with or
// without fractional seconds). It reports false when the value is not one.
func RFC3339(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// Zone returns the IANA zone name, or a fixed zone with the given
// standard offset (seconds east of UTC) when the zone database is missing.
func Zone(name string, offset int) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return time.FixedZone(name, offset)
}
