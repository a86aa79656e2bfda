package render

import (
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/dom"
)

func renderString(t *testing.T, src string) Body {
	t.Helper()
	root, err := html.Parse(strings.NewReader("<body><div id=entry>" + src + "</div></body>"))
	require.NoError(t, err)
	var entry *html.Node
	for n := range root.Descendants() {
		if dom.Attr(n, "id") == "entry" {
			entry = n
		}
	}
	base, err := url.Parse("https://news.example/live/page")
	require.NoError(t, err)
	resolve := func(ref string) string {
		r, err := url.Parse(strings.TrimSpace(ref))
		if err != nil || ref == "" {
			return ref
		}
		return base.ResolveReference(r).String()
	}
	return Nodes([]*html.Node{entry}, nil, resolve, "")
}

func texts(b Body) []string {
	var out []string
	for _, bl := range b.Blocks {
		out = append(out, bl.Text)
	}
	return out
}

func TestRenderBody(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		src       string
		wantText  []string
		wantHTML  string
		wantLinks []Link
	}{
		{
			name:     "paragraphs and inline markup",
			src:      "<p>One <b>bold</b>\n   move.</p><p>Two&nbsp;&nbsp;spaces</p>",
			wantText: []string{"One bold move.", "Two spaces"},
			wantHTML: "<p>One <b>bold</b> move.</p><p>Two spaces</p>",
		},
		{
			name:     "chrome is left out",
			src:      `<p>Real.</p><div class="share-buttons"><a href="/x">Share on X</a></div><p>Advertisement</p><aside class="ad-slot">Buy</aside><p aria-hidden="true">icon</p><p>READ MORE: Another story</p><button>Copy link</button>`,
			wantText: []string{"Real."},
			wantHTML: "<p>Real.</p>",
		},
		{
			name:      "links resolved, unsafe ones dropped",
			src:       `<p>See <a href="/story">the story</a>, <a href="javascript:alert(1)">this</a> and <a href="mailto:desk@news.example">mail</a>.</p>`,
			wantText:  []string{"See the story, this and mail."},
			wantHTML:  `<p>See <a href="https://news.example/story" rel="nofollow noopener">the story</a>, this and <a href="mailto:desk@news.example" rel="nofollow noopener">mail</a>.</p>`,
			wantLinks: []Link{{URL: "https://news.example/story", Text: "the story"}, {URL: "mailto:desk@news.example", Text: "mail"}},
		},
		{
			name:     "scripts, styles and handlers never reach the HTML",
			src:      `<p onclick="steal()">Hi<script>alert(1)</script><style>p{}</style><img src="x" onerror="alert(1)"><iframe src="javascript:alert(1)"></iframe></p>`,
			wantText: []string{"Hi"},
			wantHTML: `<p>Hi<img src="https://news.example/live/x"></p>`,
		},
		{
			name:     "lists and quotes keep their shape",
			src:      `<ul><li>First</li><li>Second</li></ul><blockquote><p>Quoted words</p></blockquote>`,
			wantText: []string{"First", "Second", "Quoted words"},
			wantHTML: `<li>First</li><li>Second</li><blockquote>Quoted words</blockquote>`,
		},
		{
			name:     "inline markup and links open across blocks are closed and reopened",
			src:      `<b>Bold <div>inside</div> tail</b> plain <a href="/x"><p>one</p><p>two <i>three</i></p></a>`,
			wantText: []string{"Bold", "inside", "tail plain", "one", "two three"},
			wantHTML: `<p><b>Bold</b></p><p><b>inside</b></p><p><b>tail</b> plain</p><p><a href="https://news.example/x" rel="nofollow noopener">one</a></p><p><a href="https://news.example/x" rel="nofollow noopener">two <i>three</i></a></p>`,
		},
		{
			name:     "line breaks",
			src:      "<p>Line one<br>Line\ntwo</p>",
			wantText: []string{"Line one\nLine two"},
			wantHTML: "<p>Line one<br>Line two</p>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := renderString(t, tt.src)
			var textOnly []string
			for _, s := range texts(b) {
				if s != "" {
					textOnly = append(textOnly, s)
				}
			}
			assert.Equal(t, tt.wantText, textOnly)
			var h strings.Builder
			for _, bl := range b.Blocks {
				h.WriteString("<" + bl.Tag + ">" + bl.HTML + "</" + bl.Tag + ">")
			}
			assert.Equal(t, tt.wantHTML, h.String())
			if tt.wantLinks != nil {
				assert.Equal(t, tt.wantLinks, b.Links)
			}
		})
	}
}

func TestRenderEmbedsAndImages(t *testing.T) {
	t.Parallel()
	b := renderString(t, `
<blockquote class="twitter-tweet"><p>Tweet text</p>&mdash; Someone <a href="https://twitter.com/someone/status/123">May 1</a></blockquote>
<iframe src="https://www.youtube.com/embed/abc"></iframe>
<figure><img data-src="/img/a.jpg" src="data:image/gif;base64,R0l" alt="A harbour"><figcaption>The harbour at dawn</figcaption></figure>
<img src="https://track.example/p.gif" width="1" height="1">
<video><source src="/v/clip.mp4"></video>
<p>After</p>`)
	assert.Equal(t, []Embed{
		{Kind: Tweet, URL: "https://twitter.com/someone/status/123"},
		{Kind: YouTube, URL: "https://www.youtube.com/embed/abc"},
		{Kind: Video, URL: "https://news.example/v/clip.mp4"},
	}, b.Embeds)
	assert.Equal(t, []Image{{URL: "https://news.example/img/a.jpg", Alt: "A harbour", Caption: "The harbour at dawn"}}, b.Images)
	for _, s := range texts(b) {
		assert.NotContains(t, s, "Tweet text", "an embedded tweet is an Embed, not text")
		assert.NotContains(t, s, "harbour at dawn", "a caption belongs to its image")
	}
}

func TestRenderDeepNesting(t *testing.T) {
	t.Parallel()
	// Built by hand: html.Parse caps nesting, a caller's tree may not.
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	n := root
	for range 200000 {
		c := &html.Node{Type: html.ElementNode, Data: "div"}
		n.AppendChild(c)
		n = c
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: "deep"})
	b := Nodes([]*html.Node{root}, nil, func(s string) string { return s }, "")
	assert.Equal(t, []string{"deep"}, texts(b))
}

func TestDropRepeatedBlocks(t *testing.T) {
	t.Parallel()
	mk := func(ss ...string) *blocks {
		b := blocks{dedupe: true}
		for _, s := range ss {
			b.add([]byte(s), []byte("<img>"), "p")
		}
		return &b
	}
	tests := []struct{ in, want []string }{
		{[]string{"a", "a"}, []string{"a"}},
		{[]string{"a", "b", "a", "b"}, []string{"a", "b"}},
		{[]string{"a", "b", "c", "a", "b", "c"}, []string{"a", "b", "c"}},
		{[]string{"a", "b", "a"}, []string{"a", "b", "a"}},
		{[]string{"x", "a", "a", "a", "y"}, []string{"x", "a", "y"}},
		{[]string{"", ""}, []string{"", ""}}, // two images are not a repeat
	}
	for _, tt := range tests {
		var got Body
		mk(tt.in...).assemble(&got, "")
		assert.Equal(t, tt.want, texts(got), "%q", tt.in)
	}
}

// TestBodyBlocksAreItsText checks that a body's Text and HTML are its
// blocks joined, and that a first block repeating the title is left out.
func TestBodyBlocksAreItsText(t *testing.T) {
	t.Parallel()
	b := Text("Headline\n\nfirst line\nsecond <b>\n\nlast", "Headline")
	assert.Equal(t, "first line\nsecond <b>\n\nlast", b.Text)
	assert.Equal(t, "<p>first line<br>second &lt;b&gt;</p><p>last</p>", b.HTML)
	require.Len(t, b.Blocks, 2)
	assert.Equal(t, "first line\nsecond <b>", b.Blocks[0].Text)
	assert.Equal(t, "first line<br>second &lt;b&gt;", b.Blocks[0].HTML)
	assert.Equal(t, "<ul><li>x</li><li>y</li></ul><p>z</p>", JoinHTML([]Block{{Text: "x", HTML: "x", Tag: "li"}, {Text: "y", HTML: "y", Tag: "li"}, {Text: "z", HTML: "z", Tag: "p"}}))
}

// cleanLinesAfter is how a block's plain text was cleaned before addText
// did it while writing: the raw text with U+2028 for each <br>, cleaned
// line by line, empty lines dropped, joined by newlines.
func cleanLinesAfter(raw string) string {
	var out []string
	for line := range strings.SplitSeq(raw, "\u2028") {
		if line = dom.Clean(line); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// escapedAfter is a block's markup written from its whole raw text at
// once: every run of white space one space, then escaped as
// html.EscapeString does, NUL as U+FFFD (the caller turns each invalid
// byte into U+FFFD).
func escapedAfter(raw string) string {
	raw = strings.ReplaceAll(raw, "\x00", "\uFFFD")
	var b strings.Builder
	space := true // an empty block's markup takes no leading space
	for _, c := range raw {
		if unicode.IsSpace(c) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(c)
	}
	return html.EscapeString(b.String())
}

// TestAddTextCleansLines: text written piece by piece, as a block's text
// nodes come, gives the plain text and the markup of the block's whole
// text written at once.
func TestAddTextCleansLines(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", "bé", " ", "  ", "\t\n", "\u00a0", "\u200b", "\u00ad", "\u2009", "\u2028", "x y", "<br>", "\xff", "<&>", "\"'", "\x00", "\uFFFD", "tail, end."}
	for range 50000 {
		r := &renderer{}
		var raw, rawMarkup strings.Builder
		for range rng.IntN(10) {
			p := pieces[rng.IntN(len(pieces))]
			if p == "<br>" {
				r.breakPlain()
				raw.WriteString("\u2028")
				continue
			}
			r.addText(p)
			raw.WriteString(strings.ToValidUTF8(p, "\uFFFD"))
			rawMarkup.WriteString(strings.ToValidUTF8(p, "\uFFFD"))
		}
		if got, want := string(r.text.b), cleanLinesAfter(raw.String()); got != want {
			t.Fatalf("pieces %q: text %q, want %q", raw.String(), got, want)
		}
		if got, want := string(r.markup.b), escapedAfter(rawMarkup.String()); got != want {
			t.Fatalf("pieces %q: markup %q, want %q", rawMarkup.String(), got, want)
		}
	}
}

// TestRenderConsentGatedEmbed: an embed held back in a <template> until
// the reader consents is the entry's embed; the gate's text is not body.
func TestRenderConsentGatedEmbed(t *testing.T) {
	b := renderString(t, `<div class="embed"><template class="consent-awaiting"><blockquote class="twitter-tweet"><p>Held back</p><a href="https://twitter.com/someone/status/42">May 1</a></blockquote></template>`+
		`<div class="consent-placeholder"><p>External content from X. <button>Show</button></p></div></div>`)
	assert.Equal(t, []Embed{{Kind: Tweet, URL: "https://twitter.com/someone/status/42"}}, b.Embeds)
	assert.Empty(t, texts(b), "neither the gated text nor the gate's notice is body")
}

// TestRenderPollButNotOtherForms: a poll's options are its text; a
// sign-up form is furniture.
func TestRenderPollButNotOtherForms(t *testing.T) {
	b := renderString(t, `<p>Who should lead?</p><form class="poll"><label><input type="radio" name="v" value="1"> The mayor</label><br>`+
		`<label><input type="radio" name="v" value="2"> A newcomer</label><button>Vote</button></form>`)
	assert.Equal(t, []string{"Who should lead?", "The mayor\nA newcomer"}, texts(b))
	assert.NotContains(t, b.Blocks[1].HTML, "input")
	b = renderString(t, `<p>Storm update.</p><form><label>Your email <input type="email" name="e"></label><button>Sign up</button></form>`)
	assert.Equal(t, []string{"Storm update."}, texts(b))
}

// BenchmarkAddText writes a paragraph of mixed text (ASCII words,
// accented letters, quotes, an ampersand, non-breaking spaces) to a
// block's plain text and markup.
func BenchmarkAddText(b *testing.B) {
	para := strings.Repeat("Die Feuerwehr rückte um 14.05 Uhr aus; \"Schäden\" & Sperrungen\u00a0– l'équipe est là.  ", 40)
	b.ReportAllocs()
	b.SetBytes(int64(len(para)))
	r := &renderer{}
	for b.Loop() {
		r.text.Reset()
		r.markup.Reset()
		r.plain = plainState{}
		r.addText(para)
	}
}
