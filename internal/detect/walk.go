package detect

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walkTree feeds a parsed tree to the page, element by element, without
// recursion: the same signals the scanner gives, from a tree built by
// html.Parse (ParseNode's callers).
func walkTree(p *page, root *html.Node) {
	var attrs []attr
	headAt := -1 // stack depth of <head>
	n := root
	for n != nil {
		descend := false
		switch n.Type {
		case html.DocumentNode:
			descend = n.FirstChild != nil
		case html.ElementNode:
			attrs = attrs[:0]
			for _, a := range n.Attr {
				if a.Namespace == "" {
					attrs = append(attrs, attr{key: a.Key, val: a.Val})
				}
			}
			if n.DataAtom == atom.Head && headAt < 0 {
				headAt = len(p.stack)
				p.inHead = true
			}
			p.open(n.Data, n.DataAtom, attrs)
			if rawTags[n.Data] {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode {
						p.rawText(c.Data)
					}
				}
			} else {
				descend = n.FirstChild != nil
			}
		case html.TextNode:
			p.text(n.Data)
		}
		if descend {
			n = n.FirstChild
			continue
		}
		// Leave n, and every ancestor whose last child it was.
		for n != nil {
			if n.Type == html.ElementNode {
				p.close()
				if len(p.stack) == headAt {
					headAt = -1
					p.inHead = false
				}
			}
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}
