package detect

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// fixturePages returns the HTML pages the tests compare on: the
// repository's fixtures, and the shared corpus when it is there.
func fixturePages(t *testing.T) []string {
	t.Helper()
	var paths []string
	for _, g := range []string{"../../testdata/web/*.html", "../../testdata/generic/*.html", "../../../shared/corpus/*.html", "testdata/*.html"} {
		m, err := filepath.Glob(g)
		require.NoError(t, err)
		paths = append(paths, m...)
	}
	require.NotEmpty(t, paths)
	return paths
}

// recorder writes the scanner's tokens as lines, texts joined and
// references decoded, as x/net/html's Tokenizer reports them.
type recorder struct {
	out  []string
	last string // the last start tag
	buf  strings.Builder
}

func (r *recorder) flush() {
	if r.buf.Len() > 0 {
		r.out = append(r.out, "text "+r.buf.String())
		r.buf.Reset()
	}
}

func (r *recorder) startTag(_ int, name string, attrs []attr, _ bool) {
	r.flush()
	r.last = name
	var b strings.Builder
	b.WriteString("start " + name)
	for _, a := range attrs {
		fmt.Fprintf(&b, " %s=%q", a.key, html.UnescapeString(a.val))
	}
	r.out = append(r.out, b.String())
}

func (r *recorder) endTag(name string) { r.flush(); r.out = append(r.out, "end "+name) }

func (r *recorder) text(s string) { r.buf.WriteString(html.UnescapeString(s)) }

func (r *recorder) rawText(s string) {
	if r.last == "title" || r.last == "textarea" {
		s = html.UnescapeString(s) // RCDATA
	}
	r.buf.WriteString(s)
}

// tokenizerLines is the same record made by x/net/html's Tokenizer.
func tokenizerLines(s string) []string {
	z := html.NewTokenizer(strings.NewReader(s))
	var r recorder
	raw := ""
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			r.flush()
			return r.out
		case html.TextToken:
			if raw != "" {
				r.buf.Write(z.Text())
			} else {
				r.buf.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			var attrs []attr
			for _, a := range tok.Attr {
				attrs = append(attrs, attr{key: a.Key, val: html.EscapeString(a.Val)})
			}
			r.startTag(0, tok.Data, attrs, tt == html.SelfClosingTagToken)
			raw = ""
			if rawTags[tok.Data] {
				raw = tok.Data
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			r.endTag(string(name))
			raw = ""
		}
	}
}

// TestScannerAgreesWithTokenizer: on every fixture page, the scanner
// finds the tags, attributes and texts x/net/html's Tokenizer finds.
func TestScannerAgreesWithTokenizer(t *testing.T) {
	for _, path := range fixturePages(t) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		s := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
		var r recorder
		var sc scanner
		sc.scan(s, &r)
		r.flush()
		want := tokenizerLines(s)
		if !assert.Equal(t, len(want), len(r.out), filepath.Base(path)) {
			continue
		}
		for i := range want {
			if !assert.Equal(t, want[i], r.out[i], "%s: token %d", filepath.Base(path), i) {
				break
			}
		}
	}
}

// TestScannerEdges: the corners of the tokenizer a page may hit.
func TestScannerEdges(t *testing.T) {
	for _, s := range []string{
		`<p class=a id="b" data-x='c d'>x</p>`,
		`<br/><img src=a.png alt="">`,
		`a < b and c<d`,
		`<!-- a <p> in a comment --><p>x</p>`,
		`<!-->x<!--->y<!-- a --!>z`,
		`<!DOCTYPE html><?xml x?><![CDATA[y]]>z`,
		`<script>if (a < b) { s = "</p>" }</script><p>after</p>`,
		`<SCRIPT type="application/ld+json">{"a":1}</SCRIPT >x`,
		`<style>p{}</style><title>A &amp; B</title><textarea><b>t</b></textarea>`,
		`<div a=1 a=2 =b c>x</div>`,
		`</>x</ p>y</3>`,
		`<p>cut off <a href="x`,
		`<p>x</p`,
	} {
		var r recorder
		var sc scanner
		sc.scan(s, &r)
		r.flush()
		assert.Equal(t, tokenizerLines(s), r.out, s)
	}
}

// TestOutlineAgreesWithParse: on every fixture page, the elements the
// outline opens, and where, are the elements html.Parse builds (tag and
// depth in document order), but for the misnested formatting elements
// the adoption agency moves.
func TestOutlineAgreesWithParse(t *testing.T) {
	for _, path := range fixturePages(t) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		root, err := html.Parse(strings.NewReader(string(data)))
		require.NoError(t, err)
		var want []string
		type item struct {
			n     *html.Node
			depth int
		}
		stack := []item{{root, -1}}
		for len(stack) > 0 {
			it := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if it.n.Type == html.ElementNode {
				want = append(want, fmt.Sprintf("%d %s", it.depth, strings.ToLower(it.n.Data)))
			}
			var kids []*html.Node
			for c := it.n.FirstChild; c != nil; c = c.NextSibling {
				kids = append(kids, c)
			}
			for i := len(kids) - 1; i >= 0; i-- {
				stack = append(stack, item{kids[i], it.depth + 1})
			}
		}
		p := newPage(testNorm, true, 64)
		sk := newSink(p)
		var sc scanner
		sc.scan(string(data), sk)
		sk.finish()
		var got []string
		for i := range p.els {
			depth := 0
			for a := p.els[i].parent; a >= 0; a = p.els[a].parent {
				depth++
			}
			got = append(got, fmt.Sprintf("%d %s", depth, p.els[i].tag))
		}
		for i := 0; i < len(want) && i < len(got); i++ {
			if want[i] != got[i] {
				t.Errorf("%s: element %d is %q, html.Parse has %q (before: %q)", filepath.Base(path), i, got[i], want[i], want[max(0, i-3):i])
				break
			}
		}
		assert.Equal(t, len(want), len(got), "%s: elements", filepath.Base(path))
	}
}
