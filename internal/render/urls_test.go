package render

import (
	"math/rand/v2"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPlainAbsoluteURLNeedsNoResolving holds PlainAbsoluteURL to what
// it stands for: any URL it accepts comes back unchanged from parsing and
// resolving against a base, which is what Document.Resolve would do.
func TestPlainAbsoluteURLNeedsNoResolving(t *testing.T) {
	base, err := url.Parse("https://news.example/live/2024/page?x=1#top")
	if err != nil {
		t.Fatal(err)
	}
	slow := func(ref string) string {
		r, err := url.Parse(ref)
		if err != nil {
			return ref
		}
		if r.String() != ref { // what SafeURL would give
			return r.String()
		}
		return base.ResolveReference(r).String()
	}
	for _, ref := range []string{
		"https://news.example/a/b?c=d#e", "http://x.example", "https://x.example/", "https://x.example/a/./b",
		"https://x.example/a/../b", "https://x.example/.", "https://x.example/a/..", "HTTPS://x.example/",
		"https://x.example/a%20b", "https://x.example/a b", "https://x.example/a#b#c", "https://[::1]/",
		"https:///path", "https://x.example/.hidden", "https://x.example/..x", "https://user@x.example:8080/p",
	} {
		if PlainAbsoluteURL(ref) {
			assert.Equal(t, slow(ref), ref, "%q", ref)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte("ab./?#:@!$&'()*+,;=~-_0")
	accepted := 0
	for range 100000 {
		b := make([]byte, rng.IntN(14))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		ref := "https://h.example" + string(b)
		if rng.IntN(2) == 0 {
			ref = "https://" + string(b)
		}
		if PlainAbsoluteURL(ref) {
			accepted++
			if got := slow(ref); got != ref {
				t.Fatalf("%q: accepted, but resolving gives %q", ref, got)
			}
		}
	}
	assert.Greater(t, accepted, 10000, "the random URLs hardly test the fast path")
}

// Without a page URL a reference stays relative, and only one that
// stays on the page's own site is kept (issue 16.8).
func TestSafeRefKeepsOnlySameSiteReferences(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"https://news.example/live#p1": "https://news.example/live#p1",
		"#post-12":                     "#post-12",
		"/live/2024/06/04/storm":       "/live/2024/06/04/storm",
		"page/2":                       "page/2",
		"?page=3":                      "?page=3",
		"//evil.example/x":             "",
		"/\\evil.example/x":            "",
		"\\\\evil.example/x":           "",
		"/\t/evil.example/x":           "",
		" //evil.example/x":            "",
		"javascript:alert(1)":          "",
		"data:text/html,<b>x</b>":      "",
		"ftp://files.example/x":        "",
		"":                             "",
	}
	for in, want := range tests {
		assert.Equal(t, want, SafeRef(in), "%q", in)
	}
}
