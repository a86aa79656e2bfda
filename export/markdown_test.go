package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// bodyMarkdownOf renders an entry body as the Markdown under its
// section's heading.
func bodyMarkdownOf(body string) string {
	blocks, _ := markdownBlocks(body, nil)
	var sb strings.Builder
	writeBlocks(&sb, blocks)
	return sb.String()
}

// TestMarkdownBody covers each element of Entry.HTML's allowlist; the
// expected Markdown is what CommonMark needs to show the same thing.
func TestMarkdownBody(t *testing.T) {
	cases := []struct{ name, html, want string }{
		{"paragraph", `<p>The vote passed by 31 to 12.</p>`, `The vote passed by 31 to 12.`},
		{"two paragraphs", `<p>One.</p><p>Two.</p>`, "One.\n\nTwo."},
		{"headings", `<h3>Roads</h3><p>Closed.</p><h4>Buses</h4><h6>Small</h6>`, "### Roads\n\nClosed.\n\n#### Buses\n\n###### Small"},
		{"list", `<ul><li>one</li><li>two</li></ul><p>after</p>`, "- one\n- two\n\nafter"},
		{"quote", `<blockquote>Quoted words</blockquote>`, "> Quoted words"},
		{"pre", `<pre>go test ./...</pre>`, "```\ngo test ./...\n```"},
		{"pre holding a fence", "<pre>a ``` b</pre>", "````\na ``` b\n````"},
		{"pre with a break", `<pre>line<br>next</pre>`, "```\nline\nnext\n```"},
		{"emphasis, spaces outside", `<p>Say <strong>now </strong>or <em>never</em>.</p>`, "Say **now** or *never*."},
		{"b and i", `<p><b>Update:</b> <i>all</i> clear</p>`, "**Update:** *all* clear"},
		{"strike", `<p><s>old</s> new</p>`, "~~old~~ new"},
		{"inline quote", `<p><q>Yes</q>, she said</p>`, "“Yes”, she said"},
		{"empty emphasis dropped", `<p>a<strong> </strong>b</p>`, "a b"},
		{"link", `<p>Read <a href="https://example.com/report">the report</a>.</p>`, "Read [the report](https://example.com/report)."},
		{"link with parentheses", `<p><a href="https://example.com/a_(b)">wiki</a></p>`, "[wiki](https://example.com/a_%28b%29)"},
		{"mailto link", `<p>Mail <a href="mailto:desk@example.com">the desk</a></p>`, "Mail [the desk](mailto:desk@example.com)"},
		{"bold link", `<p><strong><a href="https://example.com/">Live</a></strong></p>`, "**[Live](https://example.com/)**"},
		{"image", `<p><img src="https://example.com/p.jpg" alt="A pier"></p>`, "[Image: A pier](https://example.com/p.jpg)"},
		{"image without alt", `<p>See <img src="https://example.com/p.jpg"> here</p>`, "See [Image](https://example.com/p.jpg) here"},
		{"image in a link", `<p><a href="https://example.com/x"><img src="https://example.com/i.png" alt="Chart"></a></p>`,
			"[Image: Chart](https://example.com/x) [Image](https://example.com/i.png)"},
		{"line break", `<p>line one<br>line two</p>`, "line one\\\nline two"},
		{"break in a list item", `<ul><li>one<br>two</li></ul>`, "- one\\\n  two"},
		{"break in a quote", `<blockquote>a<br>b</blockquote>`, "> a\\\n> b"},
		{"break in a heading", `<h3>a<br>b</h3>`, "### a b"},
		{"breaks only", `<p><br><br>x<br></p>`, "x"},
		{"bang before a link", `<p>Wow!<a href="https://example.com/">link</a></p>`, "Wow\\![link](https://example.com/)"},
		{"code", "<p>Run <code>make test</code> now</p>", "Run `make test` now"},
		{"code holding backticks", "<p>Run <code>a `b` c</code></p>", "Run ``a `b` c``"},
		{"code holding markup characters", "<p><code>*x* [y](z) &lt;b&gt;</code></p>", "`*x* [y](z) <b>`"},
		{"link inside code", `<p><code>go get <a href="https://example.com/m">m</a></code></p>`,
			"`go get m` ([https://example.com/m](https://example.com/m))"},
		{"bold inside code is plain", `<p><code>a<strong>b</strong></code></p>`, "`ab`"},
		{"bold across paragraphs", `<strong><p>one</p><p>two</p></strong>`, "**one**\n\n**two**"},
		{"link across paragraphs", `<a href="https://example.com/"><p>one</p><p>two</p></a>`,
			"[one](https://example.com/)\n\n[two](https://example.com/)"},
		{"empty link shows its address", `<p><a href="https://example.com/x"></a></p>`, "[https://example.com/x](https://example.com/x)"},
		{"white space collapsed", "<p>  a \n\t b  </p>", "a b"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, bodyMarkdownOf(c.html))
		})
	}
}

// TestMarkdownHostileText feeds text that tries to be Markdown or HTML:
// each must come out as the same characters, escaped, and nothing else.
func TestMarkdownHostileText(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"link", `[x](javascript:alert(1))`, `\[x\](javascript:alert(1))`},
		{"image", `![pixel](https://evil.example/t.gif)`, `!\[pixel\](https://evil.example/t.gif)`},
		{"reference definition", `[ref]: https://evil.example`, `\[ref\]: https://evil.example`},
		{"footnote", `[^1]`, `\[^1\]`},
		{"script tag", `<script>alert(1)</script>`, `\<script\>alert(1)\</script\>`},
		{"event handler", `<img src=x onerror=alert(1)>`, `\<img src=x onerror=alert(1)\>`},
		{"autolink", `<https://evil.example>`, `\<https://evil.example\>`},
		{"comment", `<!-- hidden -->`, `\<!-- hidden --\>`},
		{"entity", `&copy; &#106;avascript`, `\&copy; \&#106;avascript`},
		{"backticks", "`rm -rf /`", "\\`rm -rf /\\`"},
		{"stars", `*not bold* **nor this**`, `\*not bold\* \*\*nor this\*\*`},
		{"underscores", `_under_ snake_case`, `\_under\_ snake\_case`},
		{"tildes", `~~gone~~`, `\~\~gone\~\~`},
		{"table", `| a | b |`, `\| a \| b \|`},
		{"heading", `# Not a heading`, `\# Not a heading`},
		{"quote", `> not quoted`, `\> not quoted`},
		{"bullet", `- not a list`, `\- not a list`},
		{"plus bullet", `+ not a list`, `\+ not a list`},
		{"star bullet", `* not a list`, `\* not a list`},
		{"ordered", `2024. A year`, `2024\. A year`},
		{"ordered paren", `1) first`, `1\) first`},
		{"thematic break", `---`, `\---`},
		{"setext", `===`, `\===`},
		{"backslash", `a\b \*`, `a\\b \\\*`},
		{"hash mid-line stays", `We're #1 today`, `We're #1 today`},
		{"dash mid-line stays", `2024-05-14 at 3-2`, `2024-05-14 at 3-2`},
		{"bang before text stays", `Wow! Great`, `Wow! Great`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// As the library writes it: the text escaped in a paragraph.
			html := "<p>" + htmlEscape(c.text) + "</p>"
			assert.Equal(t, c.want, bodyMarkdownOf(html))
		})
	}
}

// TestMarkdownHostileMarkup feeds entry HTML that did not come from the
// library's allowlist: only what the walk knows is written.
func TestMarkdownHostileMarkup(t *testing.T) {
	cases := []struct{ name, html, want string }{
		{"script element", `<script>alert(1)</script><p>ok</p>`, "ok"},
		{"style element", `<style>p{color:red}</style><p>ok</p>`, "ok"},
		{"javascript link", `<p><a href="javascript:alert(1)">click</a> me</p>`, "click me"},
		{"javascript link, mixed case and spaces", `<p><a href=" JaVaScRiPt:alert(1)">x</a></p>`, "x"},
		{"entity-encoded javascript link", `<p><a href="&#106;avascript:alert(1)">x</a></p>`, "x"},
		{"data link", `<p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a></p>`, "x"},
		{"relative link", `<p><a href="/local">x</a></p>`, "x"},
		{"javascript image", `<p><img src="javascript:alert(1)" alt="a">b</p>`, "b"},
		{"data image", `<p><img src="data:image/png;base64,AAAA" alt="a">b</p>`, "b"},
		{"iframe", `<iframe src="https://evil.example/"></iframe><p>ok</p>`, "ok"},
		{"svg", `<svg><a href="javascript:alert(1)"><text>svg</text></a></svg><p>ok</p>`, "ok"},
		{"link text that is a link", `<p><a href="https://example.com/">[y](javascript:z)</a></p>`, `[\[y\](javascript:z)](https://example.com/)`},
		{"address that closes the destination", `<p><a href="https://example.com/a)(javascript:x">y</a></p>`, `[y](https://example.com/a%29%28javascript:x)`},
		{"address with space and angle brackets", `<p><a href="https://example.com/a b<c>">y</a></p>`, `[y](https://example.com/a%20b%3Cc%3E)`},
		{"nested links", `<p><a href="https://example.com/1">a<a href="https://example.com/2">b</a></a></p>`,
			"[a](https://example.com/1)[b](https://example.com/2)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, bodyMarkdownOf(c.html))
		})
	}
}

// htmlEscape escapes text as Entry.HTML holds it.
func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// fullBlog is a Blog with every field the outputs show.
func fullBlog() *liveblog.Blog {
	return &liveblog.Blog{
		URL:       "https://news.example/live/bridge-vote",
		Title:     "Council votes on the new bridge",
		Summary:   "The council meets today.\n\n# Not a heading: [x](javascript:alert(1))",
		Language:  "en-GB",
		Published: time.Date(2024, 5, 14, 8, 0, 0, 0, time.UTC),
		Updated:   time.Date(2024, 5, 14, 16, 10, 0, 0, time.UTC),
		Older:     "https://news.example/live/bridge-vote?page=2",
		Entries: []liveblog.Entry{
			{
				ID:       "e3",
				URL:      "https://news.example/live/bridge-vote#e3",
				Time:     time.Date(2024, 5, 14, 16, 5, 0, 0, time.UTC),
				Updated:  time.Date(2024, 5, 14, 16, 20, 0, 0, time.UTC),
				Title:    "The vote passed",
				HTML:     `<p>It passed by <strong>31 to 12</strong>.</p><p><img src="https://news.example/img/vote.jpg" alt="Hands raised"></p>`,
				Authors:  []string{"Ada Byrne", "Sam *Price*"},
				Images:   []liveblog.Image{{URL: "https://news.example/img/vote.jpg", Alt: "Hands raised", Caption: "The vote, 4pm"}, {URL: "https://news.example/img/map.png", Alt: "Route map"}},
				KeyEvent: true,
			},
			{
				ID:     "e2",
				Time:   time.Date(2024, 5, 14, 15, 40, 0, 0, time.UTC),
				HTML:   `<p>Councillors debate the cost.</p>`,
				Embeds: []liveblog.Embed{{Kind: liveblog.EmbedTweet, URL: "https://x.com/council/status/1"}, {Kind: liveblog.EmbedYouTube, URL: "https://www.youtube.com/embed/abc"}},
				Pinned: true,
			},
			{
				ID:      "e1",
				RawTime: "Earlier | today",
				Title:   "Doors open ##",
				HTML:    `<p>The public gallery is full.</p>`,
			},
			{ID: "e0", HTML: `<p>No time, no title.</p>`},
		},
	}
}

func TestMarkdownDocument(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, Markdown(&out, fullBlog()))
	want := `# Council votes on the new bridge

Source: <https://news.example/live/bridge-vote>\
Published: Tue 14 May 2024, 08:00 UTC (2024-05-14T08:00:00Z) · Updated: Tue 14 May 2024, 16:10 UTC (2024-05-14T16:10:00Z)\
Older posts: <https://news.example/live/bridge-vote?page=2>

The council meets today.

\# Not a heading: \[x\](javascript:alert(1))

## Tue 14 May 2024, 16:05 UTC · The vote passed

**Key event** · Posted 2024-05-14T16:05:00Z · Edited Tue 14 May 2024, 16:20 UTC (2024-05-14T16:20:00Z) · By Ada Byrne, Sam \*Price\* · [Permalink](https://news.example/live/bridge-vote#e3)

It passed by **31 to 12**.

[Image: Hands raised](https://news.example/img/vote.jpg) — The vote, 4pm

[Image: Route map](https://news.example/img/map.png)

## Tue 14 May 2024, 15:40 UTC

**Pinned** · Posted 2024-05-14T15:40:00Z

Councillors debate the cost.

[Embedded post on X](https://x.com/council/status/1)

[Embedded YouTube video](https://www.youtube.com/embed/abc)

## Earlier \| today · Doors open \##

The public gallery is full.

## Undated entry

No time, no title.
`
	assert.Equal(t, want, out.String())
}

func TestMarkdownLocation(t *testing.T) {
	b := &liveblog.Blog{Title: "T", Entries: []liveblog.Entry{{ID: "a", Time: time.Date(2024, 5, 14, 23, 30, 0, 0, time.UTC)}}}
	var out bytes.Buffer
	require.NoError(t, Markdown(&out, b, Location(time.FixedZone("CEST", 2*3600))))
	// 23:30 UTC is 01:30 the next day, two hours east.
	assert.Equal(t, "# T\n\n## Wed 15 May 2024, 01:30 CEST\n\nPosted 2024-05-14T23:30:00Z\n", out.String())

	out.Reset()
	require.NoError(t, Markdown(&out, b, Location(nil)))
	assert.Equal(t, "# T\n\n## Tue 14 May 2024, 23:30 UTC\n\nPosted 2024-05-14T23:30:00Z\n", out.String())
}

func TestMarkdownHostileFields(t *testing.T) {
	b := &liveblog.Blog{
		URL:   "javascript:alert(1)",
		Title: "<script>alert(1)</script> [x](javascript:alert(1)) #",
		Entries: []liveblog.Entry{{
			ID:      "a",
			URL:     "javascript:alert(2)",
			RawTime: "![t](https://evil.example/t.gif)",
			Title:   "`code` *em* | pipe",
			Authors: []string{"<b>Eve</b>", "  "},
			Images:  []liveblog.Image{{URL: "javascript:alert(3)", Alt: "x"}},
			Embeds:  []liveblog.Embed{{Kind: liveblog.EmbedVideo, URL: "data:text/html,x"}},
		}},
	}
	var out bytes.Buffer
	require.NoError(t, Markdown(&out, b))
	want := "# \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) \\#\n\n" +
		"## !\\[t\\](https://evil.example/t.gif) · \\`code\\` \\*em\\* \\| pipe\n\n" +
		"By \\<b\\>Eve\\</b\\>\n"
	assert.Equal(t, want, out.String())
}

func TestMarkdownNilBlog(t *testing.T) {
	assert.Error(t, Markdown(&bytes.Buffer{}, nil))
}

func TestMarkdownEmptyBlog(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, Markdown(&out, &liveblog.Blog{}))
	assert.Equal(t, "# Live blog\n", out.String())
}

// TestMarkdownDeepNesting: the walk keeps its own stack, and a body the
// HTML parser refuses (it nests deeper than 512 elements) gives way to
// the entry's plain text.
func TestMarkdownDeepNesting(t *testing.T) {
	body := strings.Repeat("<em>", 500) + "deep" + strings.Repeat("</em>", 500)
	assert.Equal(t, "*deep*", bodyMarkdownOf(body), "nested emphasis is one emphasis")

	deep := strings.Repeat("<div>", 100000) + "too deep" + strings.Repeat("</div>", 100000)
	b := &liveblog.Blog{Title: "T", Entries: []liveblog.Entry{{ID: "a", HTML: deep, Text: "too deep\n\nsecond [x](y)"}}}
	var out bytes.Buffer
	require.NoError(t, Markdown(&out, b))
	assert.Equal(t, "# T\n\n## Undated entry\n\ntoo deep\n\nsecond \\[x\\](y)\n", out.String())
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, assert.AnError }

func TestWriteErrors(t *testing.T) {
	assert.ErrorIs(t, Markdown(failWriter{}, fullBlog()), assert.AnError)
	assert.ErrorIs(t, HTML(failWriter{}, fullBlog()), assert.AnError)
}

// TestMarkdownTextOnly: an entry built with Text and no HTML shows its
// text, escaped, a paragraph a line.
func TestMarkdownTextOnly(t *testing.T) {
	b := &liveblog.Blog{Title: "T", Entries: []liveblog.Entry{{ID: "a", Text: "First *line*.\n\n# Second"}}}
	var out bytes.Buffer
	require.NoError(t, Markdown(&out, b))
	assert.Equal(t, "# T\n\n## Undated entry\n\nFirst \\*line\\*.\n\n\\# Second\n", out.String())
}
