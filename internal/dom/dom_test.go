package dom

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func parse(t *testing.T, s string) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(s))
	require.NoError(t, err)
	return n
}

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"spaces collapse", "<p>  one\n\t<b>two</b>\u00a0three </p>", "one two three"},
		{"script and style are left out, as a browser shows them", "<div>a<script>var x</script><style>p{}</style>b</div>", "ab"},
		{"blocks separate words", "<div><p>one</p><p>two</p>three</div>", "one two three"},
		{"zero-width characters go", "<p>a\u200bb</p>", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Text(parse(t, tt.in)))
		})
	}
	assert.Empty(t, Text(nil))

	// A tree 100,000 deep (built by hand: the parser caps depth) is walked
	// without recursion.
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	n := root
	for range 100000 {
		c := &html.Node{Type: html.ElementNode, Data: "span"}
		n.AppendChild(c)
		n = c
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: " deep "})
	assert.Equal(t, "deep", Text(root))
}

func TestHasClassAndAttr(t *testing.T) {
	root := parse(t, `<div id="x" class="liv-blg_li  blg_crwl"></div>`)
	var div *html.Node
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.Data == "div" {
			div = n
		}
	}
	require.NotNil(t, div)
	assert.True(t, HasClass(div, "blg_crwl"))
	assert.False(t, HasClass(div, "liv-blg"))
	assert.Equal(t, "x", Attr(div, "id"))
	assert.Empty(t, Attr(nil, "id"))
}

func TestHostIs(t *testing.T) {
	assert.True(t, HostIs("ndtv.com", "ndtv.com"))
	assert.True(t, HostIs("sports.ndtv.com", "ndtv.com"))
	assert.False(t, HostIs("notndtv.com", "ndtv.com"))
	assert.False(t, HostIs("ndtv.com.evil.example", "ndtv.com"))
}

func TestZone(t *testing.T) {
	loc := Zone("No/Such_Zone", 5*3600+1800)
	_, off := time.Date(2023, 1, 1, 0, 0, 0, 0, loc).Zone()
	assert.Equal(t, 5*3600+1800, off)
	assert.Equal(t, "UTC", Zone("UTC", 60).String())
	assert.True(t, HostIs("www.mirror.co.uk", "express.co.uk", "mirror.co.uk"), "any of several domains")
}

func TestShortText(t *testing.T) {
	root := parse(t, `<div id="a"><span>14:05</span> <b>BST</b></div><p id="b">`+strings.Repeat("long text ", 200)+`</p>`)
	var a, b *html.Node
	Walk(root, func(n *html.Node) bool {
		switch Attr(n, "id") {
		case "a":
			a = n
		case "b":
			b = n
		}
		return true
	})
	s, ok := ShortText(a, 20)
	assert.True(t, ok)
	assert.Equal(t, "14:05 BST", s)
	assert.Equal(t, Text(a), s, "ShortText reads as Text does")
	_, ok = ShortText(b, 64)
	assert.False(t, ok, "a long paragraph is not short")
	s, ok = ShortText(b, 5000)
	assert.True(t, ok)
	assert.Equal(t, Text(b), s)
}

func TestTextInlineAndSkipped(t *testing.T) {
	for in, want := range map[string]string{
		"<p>Hel<b>lo</b> world</p>":                         "Hello world",
		"<h2>Title<button>Share</button></h2>":              "Title",
		"<ul><li>one</li><li>two</li></ul>":                 "one two",
		"<div><label>Search</label><span>kept</span></div>": "kept",
	} {
		assert.Equal(t, want, Text(parse(t, in)), "%q", in)
	}
}

func TestWalkSkipsChildren(t *testing.T) {
	root := parse(t, `<div><p>a<b>b</b></p><p>c</p></div>`)
	var seen []string
	Walk(root, func(n *html.Node) bool {
		if n.Type == html.TextNode {
			seen = append(seen, n.Data)
		}
		return n.Data != "b"
	})
	assert.Equal(t, []string{"a", "c"}, seen, "the children of <b> are skipped")
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"":                      "",
		"already clean":         "already clean",
		"  two\t\nlines  ":      "two lines",
		"no\u00a0break":         "no break",
		"zero\u200bwidth\u00ad": "zerowidth",
		"double  space":         "double space",
		"trailing ":             "trailing",
		"ünïcode  text":         "ünïcode text",
		"ünïcode text\u2009":    "ünïcode text",
		// The joiners spell words and emoji: kept.
		"خانه\u200cها":  "خانه\u200cها",
		"क्\u200dष":     "क्\u200dष",
		"👩\u200d🚒 crew": "👩\u200d🚒 crew",
	} {
		assert.Equal(t, want, Clean(in), "%q", in)
	}
}

func TestCleanShortcutsAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "ü", " ", "  ", "\t", "\n", "\u00a0", "\u200b", "\u00ad", "\u2009", "x y"}
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := Clean(s), cleanSlowly(s); got != want {
			t.Fatalf("Clean(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestNodeSet(t *testing.T) {
	var s NodeSet
	nodes := make([]*html.Node, 40)
	for i := range nodes {
		nodes[i] = &html.Node{Type: html.ElementNode, Data: "p"}
	}
	assert.False(t, s.Has(nodes[0]), "the zero set is empty")
	for i, n := range nodes {
		s.Add(n)
		s.Add(n) // twice: once in the set
		assert.Equal(t, i+1, s.Len())
		assert.True(t, s.Has(n))
		if i+1 < len(nodes) {
			assert.False(t, s.Has(nodes[i+1]), "after %d", i)
		}
	}
	assert.Equal(t, nodes, s.Nodes(), "in the order added, past the list's length too")
}
