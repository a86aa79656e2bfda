package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/dom"
)

func renderHTML(t *testing.T, b *liveblog.Blog, opts ...Option) (string, *html.Node) {
	t.Helper()
	var out bytes.Buffer
	require.NoError(t, HTML(&out, b, opts...))
	doc, err := html.Parse(bytes.NewReader(out.Bytes()))
	require.NoError(t, err)
	return out.String(), doc
}

// elements returns the elements of the tree with the tag, in order.
func elements(doc *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == a {
			out = append(out, n)
		}
	}
	return out
}

func TestHTMLPage(t *testing.T) {
	page, doc := renderHTML(t, fullBlog())

	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"))
	// The policy comes right after the charset, before anything it
	// governs.
	metas := elements(doc, atom.Meta)
	require.GreaterOrEqual(t, len(metas), 2)
	assert.Equal(t, "Content-Security-Policy", dom.Attr(metas[1], "http-equiv"))
	assert.Equal(t, ContentSecurityPolicy, dom.Attr(metas[1], "content"))
	assert.Equal(t, "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'", ContentSecurityPolicy)
	assert.Empty(t, elements(doc, atom.Script))
	assert.Len(t, elements(doc, atom.Style), 1)
	assert.Equal(t, "Council votes on the new bridge", dom.Text(elements(doc, atom.Title)[0]))
	assert.Equal(t, "Council votes on the new bridge", dom.Text(elements(doc, atom.H1)[0]))
	assert.Contains(t, page, `<p class="blog-facts">From <a href="https://news.example/live/bridge-vote" rel="nofollow noopener noreferrer">https://news.example/live/bridge-vote</a></p>`)
	assert.Contains(t, page, `<p class="blog-facts">Published <time datetime="2024-05-14T08:00:00Z">Tue 14 May 2024, 08:00 UTC</time> · Updated <time datetime="2024-05-14T16:10:00Z">Tue 14 May 2024, 16:10 UTC</time></p>`)
	// The summary is text: what looks like Markdown or a link stays so.
	assert.Contains(t, page, `<p class="summary">The council meets today.</p>`+"\n"+`<p class="summary"># Not a heading: [x](javascript:alert(1))</p>`)

	articles := elements(doc, atom.Article)
	require.Len(t, articles, 4)
	for i, want := range []struct{ id, class string }{
		{"e3", "entry key-event"}, {"e2", "entry pinned"}, {"e1", "entry"}, {"e0", "entry"},
	} {
		assert.Equal(t, want.id, dom.Attr(articles[i], "id"))
		assert.Equal(t, want.class, dom.Attr(articles[i], "class"))
	}
	// The key event, written out by hand: flag, time, edit, authors,
	// permalink, title, body with the image's caption after it, the
	// image the body does not show.
	assert.Contains(t, page, `<article class="entry key-event" id="e3">
<p class="flags"><strong class="flag flag-key">Key event</strong></p>
<p class="entry-facts"><time datetime="2024-05-14T16:05:00Z">Tue 14 May 2024, 16:05 UTC</time> · edited <time datetime="2024-05-14T16:20:00Z">Tue 14 May 2024, 16:20 UTC</time> · by Ada Byrne, Sam *Price* · <a href="https://news.example/live/bridge-vote#e3" rel="nofollow noopener noreferrer">permalink</a></p>
<h2>The vote passed</h2>
<div class="body"><p>It passed by <strong>31 to 12</strong>.</p><p><img src="https://news.example/img/vote.jpg" alt="Hands raised"><small class="caption">The vote, 4pm</small></p></div>
<figure><img src="https://news.example/img/map.png" alt="Route map"></figure>
</article>`)
	assert.Contains(t, page, `<article class="entry pinned" id="e2">
<p class="flags"><strong class="flag flag-pinned">Pinned</strong></p>
<p class="entry-facts"><time datetime="2024-05-14T15:40:00Z">Tue 14 May 2024, 15:40 UTC</time></p>
<div class="body"><p>Councillors debate the cost.</p></div>
<ul class="embeds">
<li><a href="https://x.com/council/status/1" rel="nofollow noopener noreferrer">Embedded post on X</a></li>
<li><a href="https://www.youtube.com/embed/abc" rel="nofollow noopener noreferrer">Embedded YouTube video</a></li>
</ul>
</article>`)
	// Without a readable time, the printed one.
	assert.Contains(t, page, `<p class="entry-facts"><span class="printed-time">Earlier | today</span></p>
<h2>Doors open ##</h2>`)
	assert.Contains(t, page, `<article class="entry" id="e0">
<p class="entry-facts"></p>
<div class="body"><p>No time, no title.</p></div>`)
	assert.Contains(t, page, `<p><a href="https://news.example/live/bridge-vote?page=2" rel="nofollow noopener noreferrer">Older posts</a></p>`)
	assert.Contains(t, page, `<p>4 entries; times in UTC.`)
}

func TestHTMLLocation(t *testing.T) {
	b := &liveblog.Blog{Title: "T", Entries: []liveblog.Entry{{ID: "a", Time: time.Date(2024, 5, 14, 23, 30, 0, 0, time.UTC)}}}
	page, doc := renderHTML(t, b, Location(time.FixedZone("CEST", 2*3600)))
	// 23:30 UTC is 01:30 the next day, two hours east.
	times := elements(doc, atom.Time)
	require.Len(t, times, 1)
	assert.Equal(t, "2024-05-14T23:30:00Z", dom.Attr(times[0], "datetime"))
	assert.Equal(t, "Wed 15 May 2024, 01:30 CEST", dom.Text(times[0]))
	assert.Contains(t, page, `1 entry; times in CEST.`)
}

// allowedElements are the elements the reader page may hold: the
// template's and internal/render's allowlist.
var allowedElements = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Meta: true, atom.Title: true,
	atom.Style: true, atom.Body: true, atom.Header: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.P: true, atom.A: true, atom.Time: true, atom.Main: true,
	atom.Article: true, atom.Strong: true, atom.Div: true, atom.Small: true,
	atom.Span: true, atom.Ul: true, atom.Li: true, atom.Figure: true,
	atom.Img: true, atom.Figcaption: true, atom.Footer: true,
	atom.Blockquote: true, atom.Pre: true, atom.Br: true, atom.B: true,
	atom.Em: true, atom.I: true, atom.U: true, atom.S: true, atom.Sub: true,
	atom.Sup: true, atom.Code: true, atom.Q: true, atom.Cite: true,
	atom.Mark: true, atom.Abbr: true, atom.Del: true, atom.Ins: true,
}

var allowedAttrs = map[string]bool{
	"lang": true, "charset": true, "http-equiv": true, "content": true,
	"name": true, "class": true, "id": true, "datetime": true, "href": true,
	"rel": true, "src": true, "alt": true,
}

// TestHTMLHostileBlog writes a Blog built by hand to attack the page:
// nothing outside the allowlist may reach it.
func TestHTMLHostileBlog(t *testing.T) {
	b := &liveblog.Blog{
		URL:      "javascript:alert(1)",
		Title:    `</title><script>alert(1)</script>`,
		Summary:  `<img src=x onerror=alert(1)>`,
		Language: `en" onload="alert(1)`,
		Older:    "data:text/html,<script>alert(1)</script>",
		Entries: []liveblog.Entry{{
			ID:      `x" onmouseover="alert(1)`,
			URL:     "javascript:alert(2)",
			RawTime: `<script>alert(3)</script>`,
			Title:   `<img src=x onerror=alert(4)>`,
			Authors: []string{`<b onclick="alert(5)">Eve</b>`},
			HTML: `<p>ok</p><script>alert(6)</script><style>body{display:none}</style>` +
				`<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">` +
				`<form action="https://evil.example/"><input name="q"><button>Go</button></form>` +
				`<iframe src="https://evil.example/"></iframe><object data="x.swf"></object>` +
				`<svg onload="alert(7)"><a href="javascript:alert(8)"><text>svg</text></a></svg>` +
				`<p style="position:fixed;inset:0" onclick="alert(9)"><a href="javascript:alert(10)">click</a>` +
				`<a href="https://ok.example/" onclick="alert(11)" target="_top">fine</a>` +
				`<img src="javascript:alert(12)"><img src="https://ok.example/i.png" onerror="alert(13)" alt="i"></p>` +
				`<link rel="stylesheet" href="https://evil.example/x.css">`,
			Images: []liveblog.Image{{URL: "javascript:alert(14)", Alt: "x"}},
			Embeds: []liveblog.Embed{{Kind: liveblog.EmbedOther, URL: "data:text/html,x"}},
		}},
	}
	page, doc := renderHTML(t, b)
	assert.NotContains(t, strings.ToLower(page), "javascript:")
	assert.NotContains(t, page, "evil.example")
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		assert.True(t, allowedElements[n.DataAtom], "element <%s> in the page", n.Data)
		for _, a := range n.Attr {
			assert.True(t, allowedAttrs[a.Key], "attribute %s on <%s>", a.Key, n.Data)
			if a.Key == "href" || a.Key == "src" {
				assert.True(t, strings.HasPrefix(a.Val, "https://") || strings.HasPrefix(a.Val, "http://"), "%s=%q", a.Key, a.Val)
			}
		}
	}
	assert.Len(t, elements(doc, atom.Meta), 5, "only the template's own meta elements")
	// The page's text holds the hostile strings as text.
	assert.Equal(t, `</title><script>alert(1)</script>`, dom.Text(elements(doc, atom.H1)[0]))
	assert.Equal(t, `<img src=x onerror=alert(4)>`, dom.Text(elements(doc, atom.H2)[0]))
	body := elements(doc, atom.Div)[0]
	assert.Equal(t, `<p>ok</p><p>click<a href="https://ok.example/" rel="nofollow noopener">fine</a><img src="https://ok.example/i.png" alt="i"/></p>`, inner(t, body))
}

// inner serialises the children of n.
func inner(t *testing.T, n *html.Node) string {
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		require.NoError(t, html.Render(&sb, c))
	}
	return sb.String()
}

// TestHTMLKeepsLibraryHTML: the allowlist pass leaves Entry.HTML from
// Parse as it is, on every fixture page of the repository.
func TestHTMLKeepsLibraryHTML(t *testing.T) {
	var pages []string
	for _, pattern := range []string{"../testdata/generic/*.html", "../testdata/web/*.html", "../testdata/text/*.txt", "testdata/*.html"} {
		m, err := filepath.Glob(pattern)
		require.NoError(t, err)
		pages = append(pages, m...)
	}
	require.Greater(t, len(pages), 50)
	entries := 0
	for _, p := range pages {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		b, err := liveblog.Parse(bytes.NewReader(data))
		if err != nil {
			continue // a page that is not a live blog
		}
		for _, e := range b.Entries {
			entries++
			assert.Equal(t, e.HTML, safeHTML(e.HTML), "%s entry %s", p, e.ID)
		}
		_, doc := renderHTML(t, b)
		assert.Len(t, elements(doc, atom.Article), len(b.Entries), p)
	}
	require.Greater(t, entries, 150)
}

func TestHTMLDeterministic(t *testing.T) {
	a, _ := renderHTML(t, fullBlog())
	b, _ := renderHTML(t, fullBlog())
	assert.Equal(t, a, b)
}

func TestHTMLNilBlog(t *testing.T) {
	assert.Error(t, HTML(&bytes.Buffer{}, nil))
}

// TestHTMLDeepNesting: HTML the parser refuses gives way to the entry's
// plain text, escaped.
func TestHTMLDeepNesting(t *testing.T) {
	deep := strings.Repeat("<div>", 100000) + "too deep" + strings.Repeat("</div>", 100000)
	b := &liveblog.Blog{Title: "T", Entries: []liveblog.Entry{{ID: "a", HTML: deep, Text: "too deep\n\n<b>second</b>"}}}
	page, _ := renderHTML(t, b)
	assert.Contains(t, page, `<div class="body"><p>too deep</p><p>&lt;b&gt;second&lt;/b&gt;</p></div>`)
}

// TestHTMLTextOnly: an entry built with Text and no HTML shows its text,
// escaped, a paragraph a line.
func TestHTMLTextOnly(t *testing.T) {
	b := &liveblog.Blog{Title: "T", Entries: []liveblog.Entry{{ID: "a", Text: "First <line>.\n\nSecond"}}}
	page, _ := renderHTML(t, b)
	assert.Contains(t, page, `<div class="body"><p>First &lt;line&gt;.</p><p>Second</p></div>`)
}
