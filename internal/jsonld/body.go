package jsonld

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
)

// This file reads the text of a JSON-LD body, which often holds HTML:
// as plain text, as the key that matches it with an entry of the page,
// and as nodes for a body with markup.

// Plain returns JSON-LD text as plain text: sites often put HTML (tags,
// entities such as &quot;) in headline and articleBody.
func Plain(s string) string {
	if strings.ContainsRune(s, '<') {
		return plainMarkup(s)
	}
	if strings.ContainsRune(s, '&') {
		return html.UnescapeString(s)
	}
	return s
}

// plainMarkup is Plain of text that holds markup: its text tokens, a
// space for each tag.
func plainMarkup(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt == html.TextToken {
			b.Write(z.Text())
		} else if tt == html.StartTagToken || tt == html.EndTagToken || tt == html.SelfClosingTagToken {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// bodyWindow is how much of a body with markup bodyKey reads first.
const bodyWindow = 512

// bodyKeyOf is prefixKey(Plain(body), n), reading no more of a long body
// with markup than the key needs: the tokenizer reads a window of the
// body, twice as long each time its text falls short. Cut anywhere, a
// window's text is the body's text but for its last few bytes (an
// entity, a tag or a character cut in half), so text that runs a
// margin past the 8n bytes prefixKey keeps is the body's.
func bodyKeyOf(body string, n int) string {
	if !strings.ContainsRune(body, '<') {
		return prefixKey(Plain(body), n)
	}
	for w := bodyWindow; w < len(body); w *= 2 {
		if text := plainMarkup(body[:w]); len(text) >= 8*n+64 {
			return prefixKey(text, n)
		}
	}
	return prefixKey(plainMarkup(body), n)
}

// BodyNodes returns the nodes of a JSON-LD body that holds HTML markup, or
// nil for plain text.
func BodyNodes(s string) []*html.Node {
	if !strings.ContainsRune(s, '<') {
		return nil
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		return nil
	}
	return nodes
}

// prefixKey is matchKey of s cut to n letters and digits.
func prefixKey(s string, n int) string {
	if len(s) > 8*n {
		s = s[:8*n]
	}
	k := dom.Key(s)
	if len(k) > n {
		// Cut after n runes, on a rune boundary.
		runes := 0
		for i := range k {
			if runes == n {
				return k[:i]
			}
			runes++
		}
	}
	return k
}
