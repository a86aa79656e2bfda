package liveblog_test

import (
	"io"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog"
)

// xssRegistry holds one extractor that returns the element with id
// "entry" as the body of a single entry, with its data-permalink as the
// entry URL and its data-older as the blog's older page: hostile markup
// reaches the shared finishing step exactly as a site adapter would pass
// it on.
func xssRegistry(t *testing.T) *liveblog.Registry {
	t.Helper()
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(liveblog.NewExtractor("xss", nil, func(d *liveblog.Document) (*liveblog.Result, error) {
		for n := range d.Root().Descendants() {
			if n.Type == html.ElementNode && liveblog.Attr(n, "id") == "entry" {
				return &liveblog.Result{
					Older: liveblog.Attr(n, "data-older"),
					Entries: []liveblog.Draft{{
						URL:  liveblog.Attr(n, "data-permalink"),
						Body: []*html.Node{n},
					}},
				}, nil
			}
		}
		return nil, liveblog.ErrNotLiveBlog
	})))
	return reg
}

// allowedElements are the elements Entry.HTML may hold, with the
// attributes each may carry.
var allowedElements = map[atom.Atom][]string{
	atom.P: nil, atom.H3: nil, atom.H4: nil, atom.H5: nil, atom.H6: nil,
	atom.Ul: nil, atom.Li: nil, atom.Blockquote: nil, atom.Pre: nil,
	atom.B: nil, atom.Strong: nil, atom.I: nil, atom.Em: nil, atom.U: nil,
	atom.S: nil, atom.Sub: nil, atom.Sup: nil, atom.Code: nil, atom.Q: nil,
	atom.Cite: nil, atom.Mark: nil, atom.Small: nil, atom.Abbr: nil,
	atom.Del: nil, atom.Ins: nil, atom.Br: nil,
	atom.A:   {"href", "rel"},
	atom.Img: {"src", "alt"},
}

// checkSafeHTML parses s as a browser would (as the content of a <body>)
// and fails unless every node is text or an allowed element with allowed
// attributes, every URL is absolute http(s) (or mailto for links), and
// every start tag is closed in order, so that the fragment cannot leak
// formatting or an open link into the page that embeds it.
func checkSafeHTML(t *testing.T, s string) {
	t.Helper()
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	require.NoError(t, err)
	for _, top := range nodes {
		for n := range top.Descendants() {
			switch n.Type {
			case html.TextNode:
				continue
			case html.ElementNode:
			default:
				t.Errorf("node of type %v in %q", n.Type, s)
				continue
			}
			allowed, ok := allowedElements[n.DataAtom]
			if !ok || n.Namespace != "" || n.Data != n.DataAtom.String() {
				t.Errorf("element <%s> (namespace %q) in %q", n.Data, n.Namespace, s)
				continue
			}
			for _, a := range n.Attr {
				if a.Namespace != "" || !contains(allowed, a.Key) {
					t.Errorf("attribute %s=%q on <%s> in %q", a.Key, a.Val, n.Data, s)
					continue
				}
				switch a.Key {
				case "href":
					checkURL(t, a.Val, true)
				case "src":
					checkURL(t, a.Val, false)
				case "rel":
					assert.Equal(t, "nofollow noopener", a.Val)
				}
			}
		}
	}

	var open []string
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			require.ErrorIs(t, z.Err(), io.EOF)
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken:
			if tok.DataAtom != atom.Br && tok.DataAtom != atom.Img {
				open = append(open, tok.Data)
			}
		case html.EndTagToken:
			if assert.NotEmpty(t, open, "stray </%s> in %q", tok.Data, s) {
				assert.Equal(t, open[len(open)-1], tok.Data, "misnested </%s> in %q", tok.Data, s)
				open = open[:len(open)-1]
			}
		case html.SelfClosingTagToken, html.CommentToken, html.DoctypeToken:
			t.Errorf("unexpected %v token in %q", tt, s)
		}
	}
	assert.Empty(t, open, "unclosed elements in %q", s)
}

// checkURL fails unless u is empty or an absolute http or https URL with a
// host (or a mailto URL, when allowed).
func checkURL(t *testing.T, u string, mailto bool) {
	t.Helper()
	if u == "" {
		return
	}
	p, err := url.Parse(u)
	if !assert.NoError(t, err, "URL %q", u) {
		return
	}
	switch p.Scheme {
	case "http", "https":
		assert.NotEmpty(t, p.Host, "URL %q without a host", u)
	case "mailto":
		assert.True(t, mailto, "mailto URL %q where only http(s) is allowed", u)
	default:
		t.Errorf("URL %q has scheme %q", u, p.Scheme)
	}
	for _, c := range u {
		assert.Falsef(t, c < ' ' || c == 0x7f, "URL %q holds control character %U", u, c)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// xssVectors are known cross-site scripting vectors in the style of the
// OWASP XSS filter-evasion cheat sheet, each placed in an entry body.
var xssVectors = []struct{ name, body string }{
	{"script tag", `<script>alert(1)</script>`},
	{"script src upper case", `<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>`},
	{"script mixed case", `<ScRiPt>alert(1)</sCrIpT>`},
	{"script with junk after name", `<script/xss src="http://xss.example/xss.js"></script>`},
	{"extra open brackets", `<<script>alert("XSS");//<</script>`},
	{"unterminated script", `<script>alert(1)`},
	{"split script tag", `<scr<script>ipt>alert(1)</scr</script>ipt>`},
	{"breaking out of the paragraph", `</p></div><script>alert(1)</script>`},
	{"img javascript src", `<IMG SRC="javascript:alert('XSS');">`},
	{"img javascript src mixed case", `<IMG SRC=JaVaScRiPt:alert('XSS')>`},
	{"img decimal entities", `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`},
	{"img padded decimal entities", `<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>`},
	{"img hex entities", `<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`},
	{"img embedded tab", "<IMG SRC=\"jav\tascript:alert('XSS');\">"},
	{"img encoded tab", `<IMG SRC="jav&#x09;ascript:alert('XSS');">`},
	{"img encoded newline", `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`},
	{"img leading spaces and control", `<IMG SRC=" &#14;  javascript:alert('XSS');">`},
	{"img NUL byte in scheme", "<IMG SRC=\"java\x00script:alert(1)\">"},
	{"img malformed quotes", `<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\>`},
	{"img onmouseover", `<IMG SRC=# onmouseover="alert('xxs')">`},
	{"img onerror", `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`},
	{"img lazy source is javascript", `<img data-src="javascript:alert(1)" src="data:image/gif;base64,R0lGOD">`},
	{"img srcset is javascript", `<img srcset="javascript:alert(1) 1x">`},
	{"img alt breaks out of its quotes", `<img src="https://img.example/a.jpg" alt="&quot; onerror=&quot;alert(1)">`},
	{"img data URL", `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`},
	{"link javascript", `<a href="javascript:alert(1)">x</a>`},
	{"link javascript upper case", `<a href="JAVASCRIPT:alert(1)">x</a>`},
	{"link leading space", `<a href=" javascript:alert(1)">x</a>`},
	{"link entity-encoded scheme", `<a href="&#x6A;avascript:alert(1)">x</a>`},
	{"link NUL entity in scheme", `<a href="java&#0;script:alert(1)">x</a>`},
	{"link named tab entity", `<a href="jav&Tab;ascript:alert(1)">x</a>`},
	{"link colon entity", `<a href="javascript&colon;alert(1)">x</a>`},
	{"link line separator", "<a href=\"java\u2028script:alert(1)\">x</a>"},
	{"link vbscript", `<a href="vbscript:msgbox(1)">x</a>`},
	{"link livescript", `<a href="livescript:alert(1)">x</a>`},
	{"link data html", `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`},
	{"link data html plain", `<a href="data:text/html,<script>alert(1)</script>">x</a>`},
	{"link with quote in href", `<a href="https://ok.example/&quot;onmouseover=&quot;alert(1)">x</a>`},
	{"link handlers and target", `<a href="https://ok.example/" onclick="alert(1)" target="_blank" rel="opener">x</a>`},
	{"link around blocks", `<a href="https://ok.example/"><p>one</p><p>two</p></a>`},
	{"bold around a block", `<b>bold <div>block</div> tail</b> after`},
	{"svg onload", `<svg onload=alert(1)>`},
	{"svg script", `<svg><script>alert(1)</script></svg>`},
	{"svg link", `<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>`},
	{"math link", `<math href="javascript:alert(1)">CLICK</math>`},
	{"math mutation", `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>`},
	{"iframe javascript", `<iframe src="javascript:alert(1)"></iframe>`},
	{"iframe srcdoc", `<iframe srcdoc="<script>alert(1)</script>"></iframe>`},
	{"object data", `<object data="javascript:alert(1)"></object>`},
	{"embed data URL", `<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`},
	{"form action", `<form action="javascript:alert(1)"><input type=submit></form>`},
	{"button formaction", `<button formaction="javascript:alert(1)">x</button>`},
	{"isindex", `<isindex action="javascript:alert(1)" type=image>`},
	{"style background url", `<div style="background-image: url(javascript:alert(1))">styled</div>`},
	{"style expression", `<div style="width: expression(alert('XSS'));">ie</div>`},
	{"style escaped url", `<DIV STYLE="background-image:\0075\0072\006C\0028'\006a\0061\0076\0061\0073\0063\0072\0069\0070\0074\003a\0061\006c\0065\0072\0074\0028.1027\0058.1053\0053\0027\0029'\0029">x</DIV>`},
	{"style import", `<STYLE>@import'http://xss.example/xss.css';</STYLE>`},
	{"stylesheet link", `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`},
	{"meta refresh", `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`},
	{"meta refresh data", `<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">`},
	{"base href", `<BASE HREF="javascript:alert('XSS');//">`},
	{"body onload", `<BODY ONLOAD=alert('XSS')>`},
	{"table background", `<TABLE BACKGROUND="javascript:alert('XSS')"><TR><TD>cell</TD></TR></TABLE>`},
	{"conditional comment", `<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->`},
	{"attribute hides a tag", `<p title="</p><script>alert(1)</script>">quoted</p>`},
	{"xmp keeps markup as text", `<xmp><script>alert(1)</script></xmp>`},
	{"noscript mutation", `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`},
	{"template", `<template><script>alert(1)</script></template>`},
	{"video source onerror", `<video><source onerror="alert(1)"></video>`},
	{"audio onerror", `<audio src=x onerror=alert(1)>`},
	{"details ontoggle", `<details open ontoggle=alert(1)>open</details>`},
	{"marquee onstart", `<marquee onstart=alert(1)>moving</marquee>`},
	{"telegram embed attribute", `<blockquote class="telegram-post" data-telegram-post='x"><script>alert(1)</script>'></blockquote>`},
	{"facebook embed javascript", `<div class="fb-post" data-href="javascript:alert(1)"></div>`},
	{"instagram embed javascript", `<blockquote class="instagram-media" data-instgrm-permalink="javascript:alert(1)"></blockquote>`},
	{"mailto with markup", `<a href="mailto:desk@news.example?subject=%22%3E%3Cscript%3E">mail</a>`},
}

func TestEntryHTMLResistsXSS(t *testing.T) {
	t.Parallel()
	reg := xssRegistry(t)
	p := liveblog.NewParser(liveblog.Options{URL: "https://news.example/live/page", Registry: reg, Extractor: "xss"})
	require.GreaterOrEqual(t, len(xssVectors), 40)
	for _, v := range xssVectors {
		t.Run(v.name, func(t *testing.T) {
			t.Parallel()
			page := `<html><head><title>Live</title></head><body><div id="entry"><p>Safe words.</p>` + v.body + `</div></body></html>`
			blog, err := p.Parse(strings.NewReader(page))
			require.NoError(t, err)
			require.Len(t, blog.Entries, 1)
			checkBlogSafe(t, blog)
		})
	}
}

// checkBlogSafe checks every place of a Blog that a user may render as
// HTML or follow as a link.
func checkBlogSafe(t *testing.T, blog *liveblog.Blog) {
	t.Helper()
	checkURL(t, blog.URL, false)
	checkURL(t, blog.Older, false)
	checkURL(t, blog.Newer, false)
	for _, e := range blog.Entries {
		checkSafeHTML(t, e.HTML)
		checkURL(t, e.URL, false)
		for _, l := range e.Links {
			checkURL(t, l.URL, true)
		}
		for _, im := range e.Images {
			checkURL(t, im.URL, false)
		}
		for _, em := range e.Embeds {
			checkURL(t, em.URL, false)
		}
	}
}

// Page-level vectors: the page's own links and the extractor's permalink
// must not smuggle a script URL into Blog.URL, Entry.URL or Older.
func TestPageURLsResistXSS(t *testing.T) {
	t.Parallel()
	reg := xssRegistry(t)
	tests := []struct{ name, head, attrs string }{
		{"canonical javascript", `<link rel="canonical" href="javascript:alert(1)">`, ``},
		{"og:url javascript", `<meta property="og:url" content="javascript:alert(1)">`, ``},
		{"base javascript", `<base href="javascript:alert(1)//">`, ``},
		{"permalink javascript", ``, `data-permalink="javascript:alert(1)"`},
		{"permalink data", `<link rel="canonical" href="https://news.example/live">`, `data-permalink="data:text/html,<script>alert(1)</script>"`},
		{"older page javascript", `<link rel="canonical" href="https://news.example/live">`, `data-older="JaVaScRiPt:alert(1)"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			page := `<html><head>` + tt.head + `</head><body><div id="entry" ` + tt.attrs + `><p>Words <a href="/rel">here</a>.</p></div></body></html>`
			blog, err := liveblog.NewParser(liveblog.Options{Registry: reg, Extractor: "xss"}).Parse(strings.NewReader(page))
			require.NoError(t, err)
			require.Len(t, blog.Entries, 1)
			checkBlogSafe(t, blog)
			assert.NotContains(t, strings.ToLower(blog.URL+blog.Older+blog.Entries[0].URL), "script")
		})
	}
}

func TestRelativeURLsResolvedAgainstPage(t *testing.T) {
	t.Parallel()
	reg := xssRegistry(t)
	body := `<div id="entry" data-permalink="#post-7"><p>See <a href="/story?id=1">the story</a>, <a href="../other">another</a> and <a href="//cdn.example/x">a CDN</a>.</p><img src="img/a.jpg" alt="A"></div>`
	tests := []struct{ name, head, url, wantPage string }{
		{"from Options.URL", ``, "https://news.example/live/page", "https://news.example/live/page"},
		{"from the canonical link", `<link rel="canonical" href="https://news.example/live/page">`, "", "https://news.example/live/page"},
		{"Options.URL wins over the canonical link", `<link rel="canonical" href="https://elsewhere.example/x/y">`, "https://news.example/live/page", "https://news.example/live/page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			page := `<html><head>` + tt.head + `</head><body>` + body + `</body></html>`
			blog, err := liveblog.NewParser(liveblog.Options{URL: tt.url, Registry: reg, Extractor: "xss"}).Parse(strings.NewReader(page))
			require.NoError(t, err)
			require.Len(t, blog.Entries, 1)
			e := blog.Entries[0]
			assert.Equal(t, tt.wantPage, blog.URL)
			assert.Equal(t, "https://news.example/live/page#post-7", e.URL)
			assert.Equal(t, []liveblog.Link{
				{URL: "https://news.example/story?id=1", Text: "the story"},
				{URL: "https://news.example/other", Text: "another"},
				{URL: "https://cdn.example/x", Text: "a CDN"},
			}, e.Links)
			assert.Equal(t, []liveblog.Image{{URL: "https://news.example/live/img/a.jpg", Alt: "A"}}, e.Images)
			assert.Contains(t, e.HTML, `<a href="https://news.example/story?id=1" rel="nofollow noopener">the story</a>`)
			assert.Contains(t, e.HTML, `<img src="https://news.example/live/img/a.jpg" alt="A">`)
			checkBlogSafe(t, blog)
		})
	}
}
