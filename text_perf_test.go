package liveblog_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// bigCopiedText returns about size bytes of copied live-blog text: the
// text fixtures, browser copies and text-browser dumps, one after the
// other, again and again.
func bigCopiedText(t *testing.T, size int) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	require.NoError(t, err)
	var one strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		one.Write(data)
		one.WriteString("\n\n")
	}
	page := one.String()
	big := strings.Repeat(page, size/len(page)+1)[:size]
	return strings.ToValidUTF8(big, "") // the cut may split a character
}

// fastest runs f n times and returns its shortest time: the machine's
// noise only ever adds.
func fastest(n int, f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range n {
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return best
}

// TestTextReadsLinearly holds the text reader to a single pass over the
// lines, linear in the input: reading 10 MB of copied text takes about
// ten times what 1 MB takes (a quadratic step would take a hundred), and
// a bounded multiple of a baseline pass that splits the same text into
// lines and words, rejoins and lower-cases them, timed alongside so that
// a busy machine slows both alike. The same holds for a page of one entry a hundred thousand
// paragraphs long.
func TestTextReadsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 10 MB")
	}
	var long strings.Builder
	long.WriteString("Live: one long entry\n\n12:00\n")
	for i := 0; long.Len() < 10<<20; i++ {
		fmt.Fprintf(&long, "Paragraph %d of the only entry, a long one.\n\n", i)
	}
	long.WriteString("11:00\nThe end.\n")
	for _, tc := range []struct{ name, text string }{
		{"fixtures", bigCopiedText(t, 10<<20)},
		{"one entry", long.String()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			big := tc.text
			small := big[:1<<20] + "\n\n11:00\nThe end.\n"
			p := liveblog.NewParser(liveblog.Options{Now: time.Date(2024, 6, 5, 12, 0, 0, 0, time.UTC)})
			parse := func(s string) func() {
				return func() {
					blog, err := p.Parse(strings.NewReader(s))
					require.NoError(t, err)
					require.NotEmpty(t, blog.Entries)
				}
			}
			words := 0
			baselinePass := func() {
				// What any reader of lines does: split, collapse the
				// spaces, fold the case.
				for line := range strings.SplitSeq(big, "\n") {
					f := strings.Fields(line)
					words += len(f)
					_ = strings.ToLower(strings.Join(f, " "))
				}
			}
			// The three are timed in turn, three rounds, and each keeps
			// its fastest: a busy spell of the machine then falls on
			// all of them rather than on one.
			baseline, tBig, tSmall := time.Duration(1<<63-1), time.Duration(1<<63-1), time.Duration(1<<63-1)
			for range 3 {
				baseline = min(baseline, fastest(1, baselinePass))
				tBig = min(tBig, fastest(1, parse(big)))
				tSmall = min(tSmall, fastest(1, parse(small)))
			}
			t.Logf("10 MB: %v, 1 MB: %v, baseline pass over 10 MB (%d words): %v", tBig, tSmall, words/3, baseline)
			assert.Less(t, float64(tBig), 25*float64(tSmall)*raceSlowdown, "10 MB should take about ten times 1 MB, not a hundred")
			assert.Less(t, float64(tBig), 30*float64(baseline)*raceSlowdown, "10 MB against the baseline pass")
		})
	}
}
