package jsonld

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sameLiveBlog reports how the fast and the encoding/json decodings of
// blocks differ, "" when they agree on every field and every update's
// Thing.
func sameLiveBlog(blocks []string) string {
	fast, slow := decodeLiveBlog(blocks, true), decodeLiveBlog(blocks, false)
	if fast.Found != slow.Found || fast.Headline != slow.Headline || !fast.Published.Equal(slow.Published) ||
		!fast.Modified.Equal(slow.Modified) || fast.SameDates != slow.SameDates || len(fast.Updates) != len(slow.Updates) {
		return "the LiveBlogs differ"
	}
	for i := range fast.Updates {
		f, s := fast.Updates[i], slow.Updates[i]
		fk, fb := f.Keys()
		sk, sb := s.Keys()
		if !f.Published.Equal(s.Published) || !f.Modified.Equal(s.Modified) || fk != sk || fb != sb || f.Frag != s.Frag {
			return "update " + fk + " differs"
		}
		if !reflect.DeepEqual(f.Thing(), s.Thing()) {
			return "the Thing of update " + fk + " differs"
		}
	}
	return ""
}

var fastCases = []string{
	`{"@type":"LiveBlogPosting","headline":"Day &amp; night","datePublished":"2024-06-01T08:00:00Z","dateModified":"2024-06-01T12:00:00+02:00",
	  "liveBlogUpdate":[{"@type":"BlogPosting","headline":"<b>First</b>","url":"https://example.com/live#p1","datePublished":"2024-06-01T08:00:00Z",
	  "articleBody":"<p>A \"quoted\" body with <a href=\"/x\">a link</a> &amp; more</p>","author":[{"@type":"Person","name":"Ann Lee"}],
	  "image":{"url":"https://example.com/a.jpg"},"video":[{"contentUrl":"https://example.com/v.mp4"}]},null,
	  {"@id":"https://example.com/live#p2","text":"Plain text body of the second","datePublished":"2024-06-01T09:00:00Z"}]}`,
	`[{"@type":["LiveBlogPosting","Article"],"liveBlogUpdate":[]},{"@type":"WebPage"}]`,
	`{"@graph":[{"@type":"Organization","name":"x"},{"@type":"LiveBlogPosting","headline":"In a graph","liveBlogUpdate":[{"headline":"g1"}]}]}`,
	`{"@type":"WebPage","mainEntity":{"@type":"LiveBlogPosting","headline":"Main","liveBlogUpdate":null}}`,
	`{"@type":"LiveBlogPosting","mainEntity":null,"@graph":null,"liveBlogUpdate":[{"headline":"x","@graph":null,"liveBlogUpdate":null}]}`,
	`{"@type":"LiveBlogPosting","liveBlogUpdate":{"headline":"one object"}}`,
	`{"@type":"LiveBlogPosting","liveBlogUpdate":[{"headline":"a"},"stray",{"headline":"b"}]}`,
	`{"@type":"LiveBlogPosting","liveBlogUpdate":[{"headline":"a","@graph":{"x":1}},{"headline":"b"}]}`,
	`{"@type":"LiveBlogPosting","liveBlogUpdate":[{"headline":"a","liveBlogUpdate":[{"headline":"nested"}]}]}`,
	`{"@type":"LiveBlogPosting","Headline":"case","liveBlogUpdate":[{"HEADLINE":"case"}]}`,
	`{"@type":"LiveBlogPosting","headline":"twice","headline":"again","liveBlogUpdate":[{"author":"A","author":"B"}]}`,
	`{"@type":"LiveBlogPosting","h\u0065adline":"escaped key","liveBlogUpdate":[{"datePubliſhed":"2024-06-01T08:00:00Z"}]}`,
	`{"@type":"LiveBlogPosting","@graph":{"not":"a list"},"liveBlogUpdate":[{"headline":"x"}]}`,
	`{"@type":"LiveBlogPosting","liveBlogUpdate":"none"}`,
	`{"@type":"LiveBlogPosting","headline":["first","second"],"datePublished":{"@value":"2024-06-01T08:00:00Z"},"liveBlogUpdate":[{"headline":12,"articleBody":{"@value":"<p>v</p>"},"url":{"@id":"#p9"}}]}`,
	`{"@type":"LiveBlogPosting","liveBlogUpdate":[{"articleBody":"back\\\\slash \\\" quote \\u003cb\\u003e\\ud83d\\ude00","headline":"\\u00e9t\\u00e9"}]}`,
	` {"@type" : "LiveBlogPosting" , "liveBlogUpdate" : [ { "headline" : "spaced" , "n" : -1.5e3 , "b" : [ true , false , null ] } ] } `,
}

func TestFastDecodeAgrees(t *testing.T) {
	for _, c := range fastCases {
		require.True(t, json.Valid([]byte(c)), c)
		assert.Empty(t, sameLiveBlog([]string{c}), c)
	}
	// The usual shapes are read fast.
	for _, c := range fastCases[:5] {
		raw := c
		if raw[0] == '{' {
			_, _, ok := fastThing(raw)
			assert.True(t, ok, "not fast: %s", raw)
		}
	}
}

var ldScript = regexp.MustCompile(`(?is)<script[^>]*application/ld\+json[^>]*>(.*?)</script>`)

// Every JSON-LD block of the fixtures and the corpus decodes alike.
func TestFastDecodeAgreesOnPages(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../testdata/*/*.html", "../../sources/*/testdata/*.html", "../../../shared/corpus/*.html"} {
		m, err := filepath.Glob(pattern)
		require.NoError(t, err)
		files = append(files, m...)
	}
	blocks := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var raws []string
		for _, m := range ldScript.FindAllStringSubmatch(string(data), -1) {
			if b := NewBlocks([]string{m[1]}); b.Valid(0) {
				raws = append(raws, b.Raw(0))
			}
		}
		blocks += len(raws)
		assert.Empty(t, sameLiveBlog(raws), f)
	}
	assert.Positive(t, blocks)
}

func FuzzFastDecode(f *testing.F) {
	for _, c := range fastCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !json.Valid([]byte(s)) {
			return
		}
		if d := sameLiveBlog([]string{s}); d != "" {
			t.Fatalf("%s: %q", d, s)
		}
	})
}

// bodyKeyOf reads a window of a long body; the key is the whole body's.
func TestBodyKeyReadsAWindow(t *testing.T) {
	long := strings.Repeat(`<p>Paragraph &amp; <a href="https://example.com/`+strings.Repeat("x", 300)+`">link</a> text &eacute;t&eacute; €</p>`, 200)
	for _, body := range []string{
		long,
		strings.Repeat(`<img src="data:image/png;base64,`+strings.Repeat("A", 5000)+`">`, 3) + "<p>Late text at last</p>" + long,
		"<p>" + strings.Repeat("a&CounterClockwiseContourIntegral;b ", 400) + "</p>",
		"<!--" + strings.Repeat("c", 3000) + "--><p>after a comment</p>",
		"short <b>body</b>",
	} {
		for cut := 0; cut < min(50, len(body)); cut++ {
			b := body[cut:]
			assert.Equal(t, prefixKey(Plain(b), 40), bodyKeyOf(b, 40), "%.60q", b)
		}
	}
}

func FuzzBodyKey(f *testing.F) {
	f.Add("<p>a &amp; b</p>", 3)
	f.Add("<div>"+strings.Repeat("word &nbsp;<i>x</i> ", 300)+"</div>", 40)
	f.Fuzz(func(t *testing.T, body string, n int) {
		n = 1 + (n&0xff)%64
		if want, got := prefixKey(Plain(body), n), bodyKeyOf(body, n); want != got {
			t.Fatalf("bodyKeyOf(%q, %d) = %q, want %q", body, n, got, want)
		}
		if body == "" {
			return
		}
		// Repeated past the window, so that a window cuts it.
		long := strings.Repeat(body, 1+3*bodyWindow/len(body))
		if want, got := prefixKey(Plain(long), n), bodyKeyOf(long, n); want != got {
			t.Fatalf("bodyKey of %q repeated = %q, want %q", body, got, want)
		}
	})
}

// rawBodyKey of a JSON string is bodyKeyOf of the text it decodes to,
// however the string escapes its markup.
func checkRawBodyKey(t *testing.T, body string, n int) {
	t.Helper()
	escaped, err := json.Marshal(body) // <, > and & as \u003c, \u003e, \u0026
	require.NoError(t, err)
	var decoded string // body, but for bytes that are not UTF-8
	require.NoError(t, json.Unmarshal(escaped, &decoded))
	want := bodyKeyOf(decoded, n)
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(body))
	for _, raw := range []string{string(escaped), strings.TrimSpace(b.String())} {
		if got := rawBodyKey(raw, n); got != want {
			t.Fatalf("rawBodyKey(%.80q, %d) = %q, want %q", raw, n, got, want)
		}
	}
}

func TestRawBodyKey(t *testing.T) {
	para := "<p>Un \"paragrafo\" lungo, con accenti: è à ù, un emoji 😀, una riga\nnuova e\tun tab, &amp; entità &eacute;.</p>"
	for _, body := range []string{
		"", "short", strings.Repeat(para, 60), strings.Repeat("Plain text without markup &amp; an entity. ", 200),
		strings.Repeat(`\ backslashes \\ and "quotes" `, 300), strings.Repeat("😀\u2028\u0001", 900) + para,
	} {
		for cut := 0; cut < min(40, len(body)); cut += 3 {
			checkRawBodyKey(t, body[cut:], 40)
		}
	}
}

func FuzzRawBodyKey(f *testing.F) {
	f.Add("<p>a &amp; b</p>", 3)
	f.Add("😀\"\\<", 40)
	f.Fuzz(func(t *testing.T, body string, n int) {
		n = 1 + (n&0xff)%64
		checkRawBodyKey(t, body, n)
		if body != "" {
			checkRawBodyKey(t, strings.Repeat(body, 1+3*bodyWindow/len(body)), n)
		}
	})
}
