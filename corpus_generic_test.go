package liveblog_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

// containsRoughly reports whether most of needle's 12-letter windows occur
// in hay: spelling slips and odd characters do not break a match.
func containsRoughly(hay, needle string) bool {
	if needle == "" {
		return false
	}
	if strings.Contains(hay, needle) {
		return true
	}
	r := []rune(needle)
	n, hit := 0, 0
	for i := 0; i+12 <= len(r); i += 12 {
		n++
		if strings.Contains(hay, string(r[i:i+12])) {
			hit++
		}
	}
	return n > 0 && hit*3 >= n*2
}

// TestCorpusGeneric runs the generic extractors alone (no site adapter is
// registered in this test binary, and the Parser gets an empty Registry)
// over the saved pages and compares with the labels: entries found vs
// expected, how many have a time, and how many times are right to the
// minute. The six HTML live blogs must be found whole with right times,
// the negative pages must give ErrNotLiveBlog.
func TestCorpusGeneric(t *testing.T) {
	dir := testutil.CorpusDir(t)
	pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
	require.NoError(t, err)
	txt, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	pages = append(pages, txt...)
	require.NotEmpty(t, pages)
	p := liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry()})
	mustPass := map[string]bool{
		"guardian-russia-ukraine-war-live-2023-05-15":  true,
		"independent-womens-world-cup-live-2023-08-14": true,
		"mirror-uk-riots-live-2024-08-05":              true,
		"repubblica-israele-hamas-diretta-2023-11-02":  true,
		"ndtv-sports-ind-vs-sl-cwc-2023-live":          true,
		"br24-nahost-ticker-2024-08-27":                true,
	}
	var table []string
	table = append(table, "page | source | found | expected | matched | with time | time ok")
	for _, page := range pages {
		name := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(page), ".html"), ".txt")
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(page)
			require.NoError(t, err)
			defer f.Close()
			blog, perr := p.Parse(f)
			if strings.HasPrefix(name, "negative-") {
				assert.ErrorIs(t, perr, liveblog.ErrNotLiveBlog)
				n := 0
				if blog != nil {
					n = len(blog.Entries)
				}
				table = append(table, name+" | - | "+itoa(n)+" | 0 | - | - | -")
				return
			}
			label := testutil.LoadLabel(t, dir, name)
			if mustPass[name] {
				require.NoError(t, perr)
			} else if perr != nil {
				table = append(table, name+" | error: "+perr.Error()+" | 0 | "+itoa(len(label.Entries))+" | 0 | 0 | 0")
				return
			}
			used := make([]bool, len(blog.Entries))
			matched, timed, timeOK := 0, 0, 0
			for _, e := range blog.Entries {
				if !e.Time.IsZero() {
					timed++
				}
			}
			for li, le := range label.Entries {
				want := testutil.Compact(le.TextPrefix)
				j := -1
				for i, e := range blog.Entries {
					if used[i] {
						continue
					}
					if want != "" && containsRoughly(testutil.Compact(e.Title+" "+e.Text), want) ||
						want == "" && le.Title != "" && testutil.Compact(e.Title) == testutil.Compact(le.Title) {
						j = i
						break
					}
				}
				if j < 0 {
					if mustPass[name] {
						t.Errorf("label entry %d (%q) not found", li, le.Title+" "+le.TextPrefix)
					}
					continue
				}
				used[j] = true
				matched++
				lt := le.Time
				e := blog.Entries[j]
				if d := e.Time.Sub(lt); !e.Time.IsZero() && d >= -time.Minute && d <= time.Minute {
					timeOK++
					continue
				}
				if mustPass[name] {
					t.Errorf("label entry %d: time %v, want %v (raw %q)", li, e.Time, lt, e.RawTime)
				}
			}
			if mustPass[name] {
				assert.Len(t, blog.Entries, len(label.Entries), "entries found")
			}
			table = append(table, strings.Join([]string{name, blog.Extractor, itoa(len(blog.Entries)), itoa(len(label.Entries)),
				itoa(matched), itoa(timed), itoa(timeOK)}, " | "))
		})
	}
	for _, row := range table {
		t.Log(row)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
