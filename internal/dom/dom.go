// Package dom holds the small HTML and time helpers that the site adapters
// under sources/ share: text of a subtree, class tests and a zone loader
// with a fixed-offset fallback. It is internal: nothing outside the module
// should depend on it.
package dom

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
)

// Text returns the text under n with every run of white space collapsed
// to one space and the ends trimmed. Script and style content is left
// out. It walks the subtree without recursion.
func Text(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	skip := map[*html.Node]bool{}
	for c := range n.Descendants() {
		if skip[c.Parent] {
			skip[c] = true
			continue
		}
		switch c.Type {
		case html.ElementNode:
			if c.Data == "script" || c.Data == "style" || c.Data == "template" {
				skip[c] = true
			}
		case html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
	}
	return Clean(b.String())
}

// Clean collapses every run of white space (no-break spaces included) to
// one space, drops zero-width characters and trims the ends.
func Clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
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

// Attr returns the value of n's attribute key, or "".
func Attr(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// HasClass reports whether n's class attribute holds class as a word.
func HasClass(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(Attr(n, "class")), class)
}

// HostIs reports whether host is domain or one of its subdomains
// ("sports.ndtv.com" is under "ndtv.com"; "notndtv.com" is not).
func HostIs(host, domain string) bool {
	return host == domain || strings.HasSuffix(host, "."+domain)
}

// LoadLocation returns the IANA zone name, or, when the system has no
// zone database, a fixed zone with the given abbreviation and offset in
// seconds east of UTC: right for part of the year only, but better than
// UTC.
func LoadLocation(name, abbr string, offset int) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return time.FixedZone(abbr, offset)
}
