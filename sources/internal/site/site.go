// Package site holds what the site adapters' code shares beyond
// internal/dom: how an adapter recognises the pages of its site.
package site

import (
	"strings"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
)

// Matcher recognises the pages of one site: by the host of the page's
// URL (given, else its canonical link) when the page has one, else by
// what NoURL says of the page. A page on another host is never claimed,
// whatever its markup.
type Matcher struct {
	// HTMLOnly refuses plain-text input.
	HTMLOnly bool
	// Domains are the site's hosts; their subdomains match too.
	Domains []string
	// NoURL decides for a page whose URL is unknown; nil refuses it.
	NoURL func(*liveblog.Document) bool
}

// Match reports whether d is a page of the site.
func (m Matcher) Match(d *liveblog.Document) bool {
	if m.HTMLOnly && !d.IsHTML() {
		return false
	}
	if h := d.Host(); h != "" {
		return kit.HostIs(h, m.Domains...)
	}
	return m.NoURL != nil && m.NoURL(d)
}

// NameIs returns a test that the page's og:site_name is one of names,
// ignoring case.
func NameIs(names ...string) func(*liveblog.Document) bool {
	return func(d *liveblog.Document) bool {
		got := d.Meta("og:site_name")
		for _, n := range names {
			if strings.EqualFold(got, n) {
				return true
			}
		}
		return false
	}
}

// NameHas returns a test that the page's og:site_name, in lower case,
// holds one of words (given in lower case).
func NameHas(words ...string) func(*liveblog.Document) bool {
	return func(d *liveblog.Document) bool {
		got := strings.ToLower(d.Meta("og:site_name"))
		for _, w := range words {
			if strings.Contains(got, w) {
				return true
			}
		}
		return false
	}
}

// Has returns a test that the page holds an element m matches.
func Has(m kit.Selector) func(*liveblog.Document) bool {
	return func(d *liveblog.Document) bool { return d.Query(m) != nil }
}

// All returns a test that every one of tests accepts the page.
func All(tests ...func(*liveblog.Document) bool) func(*liveblog.Document) bool {
	return func(d *liveblog.Document) bool {
		for _, t := range tests {
			if !t(d) {
				return false
			}
		}
		return true
	}
}

// Any returns a test that one of tests accepts the page.
func Any(tests ...func(*liveblog.Document) bool) func(*liveblog.Document) bool {
	return func(d *liveblog.Document) bool {
		for _, t := range tests {
			if t(d) {
				return true
			}
		}
		return false
	}
}
