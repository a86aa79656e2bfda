package liveblog_test

import (
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
// a bounded multiple of a baseline pass that only splits the same text
// into lines and words, timed alongside so that a busy machine slows
// both alike.
func TestTextReadsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 10 MB")
	}
	big := bigCopiedText(t, 10<<20)
	small := big[:1<<20]
	p := liveblog.NewParser(liveblog.Options{Now: time.Date(2024, 6, 5, 12, 0, 0, 0, time.UTC)})
	parse := func(s string) func() {
		return func() {
			blog, err := p.Parse(strings.NewReader(s))
			require.NoError(t, err)
			require.NotEmpty(t, blog.Entries)
		}
	}
	words := 0
	baseline := fastest(3, func() {
		for line := range strings.SplitSeq(big, "\n") {
			words += len(strings.Fields(line))
		}
	})
	tBig := fastest(3, parse(big))
	tSmall := fastest(3, parse(small))
	t.Logf("10 MB: %v, 1 MB: %v, baseline split of 10 MB into %d words: %v", tBig, tSmall, words/3, baseline)
	assert.Less(t, float64(tBig), 20*float64(tSmall)*raceSlowdown, "10 MB should take about ten times 1 MB")
	assert.Less(t, float64(tBig), 25*float64(baseline)*raceSlowdown, "10 MB against the baseline pass")
}
