package docindex

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/embeds"
	"github.com/liveblog-go/liveblog/internal/paging"
)

// The selectors the index stands in for: each list must hold what a
// query with them finds, in the same order.
var (
	jsonLDSel  = cascadia.MustCompile(`script[type="application/ld+json" i]`)
	h1Sel      = cascadia.MustCompile("h1")
	titleSel   = cascadia.MustCompile("head title")
	stampSel   = cascadia.MustCompile("time[datetime], [itemprop=datePublished][content], [itemprop=dateModified][content]")
	ampListSel = cascadia.MustCompile("amp-live-list")
	ampItemSel = cascadia.MustCompile("amp-live-list > [items] > [id][data-sort-time]")
	updateSel  = cascadia.MustCompile(`[itemprop~="liveBlogUpdate"]`)
	wpSel      = cascadia.MustCompile(`[id^="liveblog-entry-"]`)
	hentrySel  = cascadia.MustCompile(`.hentry`)
	plainSel   = cascadia.MustCompile("p, dt, dd, li, td, th, div, span")
	hintSel    = cascadia.MustCompile(`time, amp-timeago, [itemprop~="datePublished"], h2, h3, h4, h5, h6, p > b, p > strong, ` +
		`[data-timestamp], [data-time], [data-post-time], [data-posted], [data-published], [data-publish-time], [data-date], [data-datetime], [data-created], [data-sort-time]`)
)

// checkIndex builds the index of a page and checks every part of it
// against the selector queries, walks and finders it replaces.
func checkIndex(t *testing.T, name string, root *html.Node, page *url.URL) {
	t.Helper()
	ix := Build(root, page)

	var texts []string
	for _, n := range cascadia.QueryAll(root, jsonLDSel) {
		texts = append(texts, dom.Text(&html.Node{Type: html.TextNode, Data: scriptText(n)}))
	}
	var got []string
	for _, s := range ix.JSONLD {
		got = append(got, dom.Text(&html.Node{Type: html.TextNode, Data: s}))
	}
	assert.Equal(t, texts, got, "%s: JSON-LD", name)
	assert.Equal(t, cascadia.QueryAll(root, h1Sel), ix.H1, "%s: h1", name)
	assert.Equal(t, cascadia.Query(root, titleSel), ix.Title, "%s: title", name)
	stamps := cascadia.QueryAll(root, stampSel)
	assert.Equal(t, stamps[:min(len(stamps), MaxStamps)], ix.Stamps, "%s: stamps", name)
	assert.Equal(t, cascadia.Query(root, ampListSel) != nil, ix.AMPList, "%s: amp-live-list", name)
	for _, c := range []struct {
		what string
		sel  cascadia.Matcher
		got  []int
	}{{"AMP items", ampItemSel, ix.AMPItems}, {"microdata", updateSel, ix.Updates}, {"WordPress", wpSel, ix.WordPress}, {"hAtom", hentrySel, ix.HEntries}} {
		var nodes []*html.Node
		for _, i := range c.got {
			nodes = append(nodes, ix.Node(i))
		}
		assert.Equal(t, cascadia.QueryAll(root, c.sel), nodes, "%s: %s", name, c.what)
	}
	assert.Equal(t, cascadia.Query(root, hintSel) != nil, ix.Hint, "%s: hint", name)
	assert.Equal(t, cascadia.Query(root, plainSel) != nil, ix.Plain, "%s: plain", name)

	// The links and embeds of the walk that skipped SVG, styles and MathML.
	pf, ef := paging.NewFinder(page), embeds.NewFinder(page)
	dom.Walk(root, func(n *html.Node) bool {
		if n.DataAtom == atom.Svg || n.DataAtom == atom.Style || n.DataAtom == atom.Math {
			return false
		}
		pf.Visit(n)
		ef.Visit(n)
		return true
	})
	assert.Equal(t, pf.Links(), ix.Links, "%s: links", name)
	assert.Equal(t, ef.Feeds(), ix.Feeds, "%s: embeds", name)

	// The elements in page order, root first when it is one, and the
	// extent of each one's subtree.
	var elems []*html.Node
	dom.Walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			elems = append(elems, n)
		}
		return true
	})
	require.Equal(t, len(elems), ix.Len(), name)
	under := make(map[*html.Node]int, len(elems))
	for i := len(elems) - 1; i >= 0; i-- {
		if p := elems[i].Parent; p != nil {
			under[p] += 1 + under[elems[i]]
		}
	}
	for i, n := range elems {
		require.Same(t, n, ix.Node(i), name)
		require.Equal(t, i+1+under[n], ix.End(i), "%s: extent of element %d <%s>", name, i, n.Data)
	}
}

func TestIndexSnippets(t *testing.T) {
	page, _ := url.Parse("https://www.example.com/live/storm?page=2")
	for _, s := range []string{
		``,
		`<p>plain</p><ul><li>item</li></ul>`,
		`<h1>Storm live</h1><h1>Second headline</h1><p><b>12:05</b> text</p>`,
		`<p><span><strong>nested</strong></span></p><div><h4>heading</h4></div>`,
		`<h1>title only</h1><b>bold outside a paragraph</b>`, `<p>x <strong>strong</strong></p>`, `<p><b>bold</b></p>`,
		`<amp-timeago datetime="2024-01-01T00:00Z">x</amp-timeago>`, `<div itemprop="datePublishedX">x</div>`,
		`<span data-time="1">x</span>`, `<span DATA-SORT-TIME="1">x</span>`, `<span data-timed="1">x</span>`,
		`<div itemprop="author datePublished">x</div>`, `<div itemprop="datepublished">x</div>`,
		`<svg><time>inside svg</time><a href="/live/storm?page=1">Newer</a></svg>`,
		`<template><time>in a template</time><h1>t</h1></template>`,
		`<script type="APPLICATION/LD+JSON"> {"@type":"LiveBlogPosting"} </script><script type="text/javascript">x</script>`,
		`<amp-live-list id="l"><div update></div><div items><div id="a" data-sort-time="1">A</div><div data-sort-time="2">no id</div><p><span id="b" data-sort-time="3">deeper</span></p></div></amp-live-list>`,
		`<div itemprop="liveBlogUpdate"><div itemprop="liveBlogUpdate author">nested</div></div><div itemprop="liveblogupdate">case</div>`,
		`<div id="liveblog-entry-1"><div id="liveblog-entry-1-text">x</div></div><div id=" liveblog-entry-2">space</div>`,
		`<article class="post hentry"><h2 class="entry-title">T</h2></article><div class="hentryx">no</div><div class="a	hentry">tab</div>`,
		`<time datetime="2024-01-01T10:00Z">10:00</time><meta itemprop="datePublished" content="2024-01-01"><span itemprop="dateModified">no content</span>`,
		`<nav class="pagination"><a href="/live/storm?page=3">Next</a><a href="/live/storm?page=1">Previous</a></nav>`,
		`<div class="tik3-ticker" data-ticker-id="abc"></div><iframe src="https://v.24liveblog.com/iframe/?id=123"></iframe>`,
		`<style>p{}</style><math><mi>x</mi></math><table><tr><td>14:05</td></tr></table>`,
	} {
		root, err := html.Parse(strings.NewReader("<html><head><title>Storm</title></head><body>" + s + "</body></html>"))
		require.NoError(t, err)
		checkIndex(t, s, root, page)
	}
	// A caller's tree may be an element; its own attributes are not a
	// query's match, but it is the first of the elements.
	frag, err := html.ParseFragment(strings.NewReader(`<div class="hentry" id="liveblog-entry-9"><h1>x</h1></div>`), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	require.NoError(t, err)
	checkIndex(t, "element root", frag[0], nil)
	assert.Empty(t, Build(nil, nil).H1)
}

// Every page the project has: fixtures of each package and the shared
// corpus, when present.
func TestIndexPages(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../testdata/*/*.html", "../../sources/*/testdata/*.html", "../../../shared/corpus/*.html"} {
		m, err := filepath.Glob(pattern)
		require.NoError(t, err)
		files = append(files, m...)
	}
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		root, err := html.Parse(strings.NewReader(string(data)))
		require.NoError(t, err)
		page, _ := url.Parse("https://www.example.com/live/" + filepath.Base(f))
		checkIndex(t, filepath.Base(f), root, page)
	}
}

// The snippets reach every part of the index: a check that finds
// nothing to compare proves nothing.
func TestIndexSnippetsFindSomething(t *testing.T) {
	page, _ := url.Parse("https://www.example.com/live/storm?page=2")
	root, err := html.Parse(strings.NewReader(`<html><head><title>Storm</title><script type="application/ld+json">{}</script></head><body>
<h1>Storm live</h1><time datetime="2024-01-01T10:00Z">10:00</time><p>x</p>
<amp-live-list id="l"><div items><div id="a" data-sort-time="1">A</div></div></amp-live-list>
<div itemprop="liveBlogUpdate">u</div><div id="liveblog-entry-1">w</div><div class="hentry">h</div>
<nav class="pagination"><a href="/live/storm?page=3">Next</a><a href="/live/storm?page=1">Previous</a></nav>
<div class="tik3-ticker" data-ticker-id="abc"></div><iframe src="https://v.24liveblog.com/iframe/?id=123"></iframe></body></html>`))
	require.NoError(t, err)
	ix := Build(root, page)
	assert.Equal(t, []string{"{}"}, ix.JSONLD)
	assert.Len(t, ix.H1, 1)
	assert.NotNil(t, ix.Title)
	assert.Len(t, ix.Stamps, 1)
	assert.True(t, ix.AMPList && ix.Hint && ix.Plain)
	for _, list := range [][]int{ix.AMPItems, ix.Updates, ix.WordPress, ix.HEntries} {
		assert.Len(t, list, 1)
	}
	assert.Equal(t, "https://www.example.com/live/storm?page=3", ix.Links.Older)
	assert.Equal(t, "https://www.example.com/live/storm?page=1", ix.Links.Newer)
	assert.NotEmpty(t, ix.Feeds)
}
