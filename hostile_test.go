package liveblog_test

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
)

// parseBounded parses data and fails the test when Parse panics (it must
// not), runs past the deadline, or allocates more than maxAlloc bytes. It
// returns the error and logs the heap use, so the big cases record their
// memory in the test output.
func parseBounded(t *testing.T, p *liveblog.Parser, data []byte, deadline time.Duration, maxAlloc uint64) (*liveblog.Blog, error) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	blog, err := p.Parse(bytes.NewReader(data))
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d bytes in %v, %.1f MB allocated, error: %v", len(data), took, float64(alloc)/1e6, err)
	assert.Less(t, took, deadline*raceSlowdown, "parse took too long")
	assert.Less(t, alloc, maxAlloc, "parse allocated too much")
	return blog, err
}

// errHTMLTooDeep stands for the HTML parser's own error for a tree nested
// beyond its limit: a clear error, not a crash.
var errHTMLTooDeep = fmt.Errorf("html parse error")

func TestHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("big inputs")
	}
	p := liveblog.NewParser(liveblog.Options{})
	const second = time.Second
	tests := []struct {
		name     string
		data     func() []byte
		deadline time.Duration
		maxAlloc uint64
		wantErr  error // nil: any outcome but a panic
	}{
		{"NUL bytes", func() []byte { return bytes.Repeat([]byte{0}, 1<<16) }, 5 * second, 64 << 20, liveblog.ErrNotLiveBlog},
		{"invalid UTF-8", func() []byte { return bytes.Repeat([]byte{0xff, 0xfe, 0xc3, 0x28, 'a'}, 1<<14) }, 5 * second, 64 << 20, liveblog.ErrNotLiveBlog},
		{"50 MB page is over the default limit", func() []byte {
			return bytes.Repeat([]byte("<p>filler text for a very large page</p>\n"), 50<<20/42+1)
		}, 10 * second, 200 << 20, liveblog.ErrTooLarge},
		{"100,000 nested divs", func() []byte {
			return []byte(strings.Repeat("<div>", 100000) + "12:00 deep" + strings.Repeat("</div>", 100000))
		}, 20 * second, 1 << 30, errHTMLTooDeep},
		{"truncated HTML", func() []byte {
			return []byte(`<html><head><title>Live</title></head><body><article class="liveblog"><time datetime="2024-01-01T10:00Z">10:00</time><p>Cut off in the mid`)
		}, 5 * second, 64 << 20, nil},
		{"huge attribute value", func() []byte {
			return []byte(`<html><body><div class="` + strings.Repeat("x", 8<<20) + `"><p>Hi</p></div></body></html>`)
		}, 10 * second, 512 << 20, liveblog.ErrNotLiveBlog},
		{"10 MB JSON-LD block", func() []byte {
			var b strings.Builder
			b.WriteString(`<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[`)
			for i := 0; b.Len() < 10<<20; i++ {
				if i > 0 {
					b.WriteString(",")
				}
				fmt.Fprintf(&b, `{"@type":"BlogPosting","headline":"Update %d","articleBody":"%s","datePublished":"2024-01-01T10:00:00Z"}`, i, strings.Repeat("word ", 40))
			}
			b.WriteString(`]}</script></head><body></body></html>`)
			return []byte(b.String())
		}, 30 * second, 1 << 30, nil},
		{"JSON-LD nested 10,000 deep", func() []byte {
			return []byte(`<html><head><script type="application/ld+json">` + strings.Repeat(`{"a":[`, 10000) + strings.Repeat(`]}`, 10000) + `</script></head><body></body></html>`)
		}, 10 * second, 512 << 20, liveblog.ErrNotLiveBlog},
		{"20,000 text entries", func() []byte {
			var b strings.Builder
			b.WriteString("Live: a very long day\n\n")
			start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
			for i := 20000; i > 0; i-- {
				fmt.Fprintf(&b, "%s\n\nUpdate number %d of the day.\n\n", start.Add(time.Duration(i)*time.Minute).Format("15:04 GMT 02.01.2006"), i)
			}
			return []byte(b.String())
		}, 20 * second, 1 << 30, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data()
			blog, err := parseBounded(t, p, data, tt.deadline, tt.maxAlloc)
			if tt.wantErr == errHTMLTooDeep {
				assert.ErrorContains(t, err, "liveblog: parsing HTML")
				assert.Nil(t, blog)
			} else if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
				assert.Nil(t, blog)
			}
		})
	}
}

func TestTwentyThousandEntries(t *testing.T) {
	if testing.Short() {
		t.Skip("big input")
	}
	var b strings.Builder
	b.WriteString("Live: a very long day\n\n")
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 20000; i > 0; i-- {
		fmt.Fprintf(&b, "%s\n\nUpdate number %d of the day.\n\n", start.Add(time.Duration(i)*time.Minute).Format("15:04 GMT 02.01.2006"), i)
	}
	blog, err := liveblog.Parse(strings.NewReader(b.String()))
	require.NoError(t, err)
	require.Len(t, blog.Entries, 20000)
	assert.True(t, blog.Entries[0].Time.Equal(start.Add(20000*time.Minute)))
	assert.True(t, blog.Entries[19999].Time.Equal(start.Add(time.Minute)))
	assert.Equal(t, "Update number 1 of the day.", blog.Entries[19999].Text)
}

// costRatio parses data with Parse and with html.Parse alone, alternately,
// rounds times, and returns the least time and allocation of each as
// ratios Parse/html.Parse: the least of several runs is the cost of the
// work, the rest is the shared machine's noise.
func costRatio(t *testing.T, data []byte, rounds int) (timeRatio, allocRatio float64, blog *liveblog.Blog) {
	t.Helper()
	var bestParse, bestTree time.Duration
	var allocParse, allocTree uint64
	measure := func(f func()) (time.Duration, uint64) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		f()
		took := time.Since(start)
		runtime.ReadMemStats(&after)
		return took, after.TotalAlloc - before.TotalAlloc
	}
	// No collection while measuring: one would empty the pools Parse
	// reuses its buffers from, and charge a round with allocations that
	// the rounds before it had already paid.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for i := range rounds {
		d, a := measure(func() { blog, _ = liveblog.Parse(bytes.NewReader(data)) })
		if i == 0 || d < bestParse {
			bestParse = d
		}
		if i == 0 || a < allocParse {
			allocParse = a
		}
		d, a = measure(func() { _, _ = html.Parse(bytes.NewReader(data)) })
		if i == 0 || d < bestTree {
			bestTree = d
		}
		if i == 0 || a < allocTree {
			allocTree = a
		}
	}
	t.Logf("%d bytes: Parse %v %d B, html.Parse %v %d B", len(data), bestParse, allocParse, bestTree, allocTree)
	return float64(bestParse) / float64(bestTree), float64(allocParse) / float64(allocTree), blog
}

// TestDeepInlineNestingIsLinear: under hundreds of nested inline elements
// (short of the HTML parser's 512 limit), a million-child element or
// thousands of paragraphs cost Parse a small multiple of building the
// tree, and the output stays a small multiple of the input (issue 16).
// Walks follow the tree's links and stop early, labels are read only
// while short, and a block reopens at most eight of the inline elements
// around it.
func TestDeepInlineNestingIsLinear(t *testing.T) {
	if testing.Short() || raceSlowdown > 1 {
		t.Skip("measures time and allocation")
	}
	nest := strings.Repeat("<b>", 480)
	page := func(body string) []byte {
		return []byte(`<html lang="en"><head><title>Live: the long night</title></head><body><main><div class="stream">` + body + `</div></main></body></html>`)
	}
	entry := func(i int, inner string) string {
		return fmt.Sprintf(`<article id="e%d"><time datetime="2024-03-0%dT1%d:00:00Z">1%d:00</time><p>Entry %d has a first paragraph long enough to be read as text.</p>%s</article>`, i, i+1, i, i, i, inner)
	}
	var distinct strings.Builder
	for i := range 4000 {
		fmt.Fprintf(&distinct, "<p>Paragraph %d says something of its own.</p>", i)
	}
	cases := []struct {
		name string
		data []byte
	}{
		{"a hundred thousand line breaks", page(entry(1, nest+strings.Repeat("<br>", 100000)) + entry(2, "") + entry(3, ""))},
		{"twenty thousand short paragraphs", page(entry(1, nest+strings.Repeat("<p>ab</p>", 20000)) + entry(2, "") + entry(3, ""))},
		{"thousands of distinct paragraphs", page(entry(1, nest+distinct.String()) + entry(2, "") + entry(3, ""))},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// A shared machine may slow one side of every round: a
			// ratio over the bound is measured again, with more rounds,
			// before it counts. A walk gone quadratic stays far over it.
			timeRatio, allocRatio, blog := costRatio(t, tc.data, 5)
			for rounds := 10; timeRatio >= 3.0 && rounds <= 20; rounds += 10 {
				timeRatio, allocRatio, blog = costRatio(t, tc.data, rounds)
			}
			assert.Less(t, timeRatio, 3.0, "time against html.Parse")
			assert.Less(t, allocRatio, 3.0, "allocation against html.Parse")
			require.NotNil(t, blog)
			out := 0
			for _, e := range blog.Entries {
				out += len(e.HTML) + len(e.Text)
			}
			assert.Less(t, out, 4*len(tc.data), "output against input")
		})
	}
}

var feedItem = kit.MustCompile("div.u")

// Without a page URL, only addresses the library can vouch for reach an
// entry (issue 16.8): a permalink that a browser would take to another
// host ("//evil.example/x", "/\evil.example/x") is dropped, one on the
// page's own site ("#p1") kept; an embed or link without a usable
// address is left out, never returned with an empty URL.
func TestUnresolvedAddressesAreVouchedFor(t *testing.T) {
	t.Parallel()
	page := `<html lang="en"><head><title>Storm live</title></head><body><div id="feed">
<div class="u" id="a"><p>First update about the storm as it reaches the coast.</p><blockquote class="twitter-tweet"><p>A post with no link</p></blockquote><a href="javascript:alert(1)">a link</a></div>
<div class="u" id="b"><p>Second update about the trains that are running late.</p></div>
<div class="u" id="c"><p>Third update about the roads that are closed by the floods.</p></div>
</div></body></html>`
	urls := []string{"//evil.example/x", "/\\evil.example/y", "#c"}
	ext := liveblog.NewExtractor("feed", nil, func(d *liveblog.Document) (*liveblog.Result, error) {
		res := &liveblog.Result{}
		for i, n := range d.QueryAll(feedItem) {
			res.Entries = append(res.Entries, liveblog.Draft{
				ID: kit.Attr(n, "id"), URL: urls[i], Body: []*html.Node{n},
				Time:   time.Date(2024, 6, 4, 12, 30-10*i, 0, 0, time.UTC),
				Embeds: []liveblog.Embed{{Kind: liveblog.EmbedTweet, URL: "javascript:alert(2)"}},
				Links:  []liveblog.Link{{Text: "x", URL: "//evil.example/z"}},
			})
		}
		return res, nil
	})
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(ext))
	blog, err := liveblog.NewParser(liveblog.Options{Registry: reg, Extractor: "feed"}).Parse(strings.NewReader(page))
	require.NoError(t, err)
	require.Len(t, blog.Entries, 3)
	assert.Equal(t, []string{"", "", "#c"}, []string{blog.Entries[0].URL, blog.Entries[1].URL, blog.Entries[2].URL})
	for _, e := range blog.Entries {
		for _, em := range e.Embeds {
			assert.NotEmpty(t, em.URL, "entry %s embed", e.ID)
		}
		for _, l := range e.Links {
			assert.NotEmpty(t, l.URL, "entry %s link", e.ID)
		}
		for _, im := range e.Images {
			assert.NotEmpty(t, im.URL, "entry %s image", e.ID)
		}
	}
}
