package detect

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxSketchValue is the longest attribute value a sketch keeps.
const maxSketchValue = 1024

// Sketch returns the page's elements as a parsed tree, with their
// attributes and no text but the <title>'s: enough for a site adapter's
// Match, which looks at the address, the <meta> and the markup, on a page
// the detector read without building its tree. With body false, only
// <head> and what stands before it. It returns nil for a parsed tree's
// report (the caller has the tree) and for text.
func (r *Report) Sketch(body bool) *html.Node {
	p := r.page
	if p == nil || p.src == "" {
		return nil
	}
	doc := &html.Node{Type: html.DocumentNode}
	nodes := make([]*html.Node, len(p.els))
	var sc scanner
	title := false
	for i := range p.els {
		e := &p.els[i]
		if !body && e.atom == atom.Body {
			break
		}
		n := &html.Node{Type: html.ElementNode, Data: e.tag, DataAtom: e.atom}
		if e.pos >= 0 {
			if _, _, _, ok := sc.startTag(p.src, int(e.pos)+1); ok {
				n.Attr = make([]html.Attribute, 0, len(sc.attrs))
				for _, a := range sc.attrs {
					v := a.val
					if len(v) > maxSketchValue {
						v = "" // no selector reads a script's worth of data
					}
					n.Attr = append(n.Attr, html.Attribute{Key: a.key, Val: p.attrVal(v)})
				}
			}
		}
		if e.atom == atom.Title && !title && p.head.Title != "" {
			title = true
			n.AppendChild(&html.Node{Type: html.TextNode, Data: p.head.Title})
		}
		nodes[i] = n
		if e.parent >= 0 && nodes[e.parent] != nil {
			nodes[e.parent].AppendChild(n)
		} else {
			doc.AppendChild(n)
		}
	}
	return doc
}
