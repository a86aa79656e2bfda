package export

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/render"
)

// bodyContext is the element an entry's HTML is parsed inside.
var bodyContext = &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}

// parseBody parses an entry's HTML as the content of a <body>, under one
// <div> that holds it all (nil when it does not parse).
func parseBody(s string) *html.Node {
	nodes, err := html.ParseFragment(strings.NewReader(s), bodyContext)
	if err != nil {
		return nil
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
		root.AppendChild(n)
	}
	return root
}

// safeHTML writes an entry's HTML again through the library's allowlist
// (internal/render), the step that made it from the page. Entry.HTML from
// Parse comes out unchanged; a Blog built by hand or decoded from JSON
// that someone edited loses whatever the allowlist does not name —
// scripts, styles, forms, frames, meta refreshes, event handlers and
// script URLs — before it reaches the reader page.
func safeHTML(s string) string {
	if s == "" {
		return ""
	}
	root := parseBody(s)
	if root == nil {
		return ""
	}
	// Addresses are kept only when already absolute: there is no page
	// to resolve them against.
	return render.Nodes([]*html.Node{root}, nil, func(u string) string { return u }, "").HTML
}
