package dom

import (
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
		{"script and style are left out", "<div>a<script>var x</script><style>p{}</style>b</div>", "a b"},
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

func TestLoadLocation(t *testing.T) {
	loc := LoadLocation("No/Such_Zone", "XST", 5*3600+1800)
	_, off := time.Date(2023, 1, 1, 0, 0, 0, 0, loc).Zone()
	assert.Equal(t, 5*3600+1800, off)
	assert.Equal(t, "UTC", LoadLocation("UTC", "X", 60).String())
}
