package all_test

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

// scalingSizes are the page sizes of BenchmarkScaling: the same blog
// (testutil.LargeBlogHTML, a distinct text in every entry) with as many
// entries as fill each.
var scalingSizes = []struct {
	name  string
	bytes int
}{{"100KB", 100 << 10}, {"1MB", 1 << 20}, {"3MB", 3 << 20}, {"10MB", 10 << 20}}

// BenchmarkScaling parses the same blog at 100 KB, 1 MB, 3 MB and 10 MB
// on both paths — every site adapter registered ("pipeline"; no adapter
// claims the page) and the generic extractors alone ("generic") —
// alternately with html.Parse of the same bytes, and reports Parse's
// time and allocated bytes as multiples of html.Parse's ("x-html.Parse",
// "x-bytes"). The work beyond the tree grows with the number of entries,
// so both ratios stay flat across the sizes.
//
//	go test -run=NONE -bench=Scaling -count=6 ./sources/all | tee scaling.txt
//	go run golang.org/x/perf/cmd/benchstat@latest -col /size scaling.txt
func BenchmarkScaling(b *testing.B) {
	paths := []struct {
		name string
		p    *liveblog.Parser
	}{
		{"pipeline", liveblog.NewParser(liveblog.Options{})},
		{"generic", liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry()})},
	}
	for _, size := range scalingSizes {
		data := testutil.LargeBlogOfSize(b, size.bytes)
		for _, path := range paths {
			b.Run(fmt.Sprintf("path=%s/size=%s", path.name, size.name), func(b *testing.B) {
				parse := func() { _, _ = path.p.Parse(bytes.NewReader(data)) }
				tree := func() { _, _ = html.Parse(bytes.NewReader(data)) }
				parse() // leaves an input buffer of this size in the pool, as a service parsing page after page has
				var took [2]time.Duration
				var alloc [2]uint64
				i := 0
				for b.Loop() {
					for k := range 2 {
						which := (i + k) % 2 // alternate which goes first
						f := parse
						if which == 1 {
							f = tree
						}
						var before, after runtime.MemStats
						runtime.ReadMemStats(&before)
						start := time.Now()
						f()
						took[which] += time.Since(start)
						runtime.ReadMemStats(&after)
						alloc[which] += after.TotalAlloc - before.TotalAlloc
					}
					i++
				}
				b.ReportMetric(float64(took[0])/float64(took[1]), "x-html.Parse")
				b.ReportMetric(float64(alloc[0])/float64(alloc[1]), "x-bytes")
				b.ReportMetric(float64(took[0].Nanoseconds())/float64(i), "ns/parse")
				b.ReportMetric(float64(took[1].Nanoseconds())/float64(i), "ns/base")
			})
		}
	}
}

// The generated blog of BenchmarkScaling has the size asked for, every
// entry found, and a distinct text in each: what the benchmark compares
// across sizes is the same blog, longer.
func TestScalingPage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 1 MB page")
	}
	data := testutil.LargeBlogOfSize(t, 1<<20)
	assert.InDelta(t, 1<<20, len(data), 2048)
	want := strings.Count(string(data), "<article ")
	for _, p := range []*liveblog.Parser{liveblog.NewParser(liveblog.Options{}), liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry()})} {
		blog, err := p.Parse(bytes.NewReader(data))
		require.NoError(t, err)
		assert.Equal(t, want, len(blog.Entries), "entries")
		seen := map[string]bool{}
		for _, e := range blog.Entries {
			assert.False(t, seen[e.Text], "text %q twice", e.Text)
			seen[e.Text] = true
		}
	}
}
