package liveblog

import (
	"strings"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/render"

	"golang.org/x/net/html"
)

// microdataExtractor reads schema.org microdata: elements with
// itemprop="liveBlogUpdate" (inside an itemtype LiveBlogPosting, or not) are
// the entries. An item's own properties (those not inside a nested
// itemscope) give its headline, permalink, date and authors; the visible
// markup inside the item gives the body, with the visible copy of the
// headline and the time labels left out. datePublished (on <meta content>
// or <time datetime>) is the entry time.
type microdataExtractor struct{}

func (microdataExtractor) Name() string { return "microdata" }

func (microdataExtractor) Match(d *Document) bool { return len(d.index().Updates) > 0 }

func (microdataExtractor) Extract(d *Document) (*Result, error) {
	ix := d.index()
	entries := containerEntries(d, ix.Updates)
	for i, at := range ix.Updates {
		props := itemProps(ix.Node(at))
		e := &entries[i]
		e.Title = dom.Clean(props["headline"])
		e.URL = props["url"]
		e.ID = render.Fragment(e.URL)
		if a := dom.Clean(props["author"]); a != "" {
			e.Authors = append(e.Authors, a)
		}
	}
	return buildResult(d, entries)
}

// itemProps returns the first value of each property of the microdata item
// it: a <meta>'s content, a link's href, a <time>'s datetime, else the text.
// Properties of nested items are left out, except that a nested item's
// "name" stands for the nested item itself (an author's name).
func itemProps(it *html.Node) map[string]string {
	props := map[string]string{}
	dom.Walk(it, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if n == it {
			return true
		}
		name := dom.Attr(n, "itemprop")
		_, scoped := attrOK(n, "itemscope")
		if name != "" {
			val := ""
			if scoped {
				val = nestedName(n)
			} else {
				val = propValue(n)
			}
			for _, p := range strings.Fields(name) {
				if _, ok := props[p]; !ok && val != "" {
					props[p] = val
				}
			}
		}
		return !scoped
	})
	return props
}

func nestedName(n *html.Node) string {
	for k, v := range itemProps(n) {
		if k == "name" {
			return v
		}
	}
	return ""
}

func propValue(n *html.Node) string {
	for _, k := range []string{"content", "datetime", "href", "src"} {
		if v, ok := attrOK(n, k); ok {
			return strings.TrimSpace(v)
		}
	}
	return dom.Text(n)
}

// attrOK returns n's attribute key and whether it is present.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}
