package liveblog

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// langFile is one table of testdata/timestamps: lang/<tag>.json (stamps
// as live blogs in that language print them) or peers.json (the
// in-scope case shapes of other parsers' test suites). See
// testdata/timestamps/README.md; bench/cmd/timecompare reads the same
// files.
type langFile struct {
	// Lang is the BCP 47 tag of a language table; empty for peers.json.
	Lang string `json:"lang"`
	// Now is the reference time (RFC 3339) and Zone the publisher's IANA
	// zone of every case that does not set its own.
	Now   string     `json:"now"`
	Zone  string     `json:"zone"`
	Cases []langCase `json:"cases"`
}

// langCase is one row of a langFile.
type langCase struct {
	In string `json:"in"`
	// Want is the instant, RFC 3339, worked out by hand; empty when
	// Error is set.
	Want  string `json:"want"`
	Error bool   `json:"error"`
	// Now and Zone, when set, override the file's.
	Now    string `json:"now"`
	Zone   string `json:"zone"`
	Note   string `json:"note"`
	Source string `json:"source"`
}

func loadLangFile(tb testing.TB, path string) langFile {
	tb.Helper()
	b, err := os.ReadFile(path)
	require.NoError(tb, err)
	var f langFile
	require.NoError(tb, json.Unmarshal(b, &f), path)
	require.NotEmpty(tb, f.Cases, path)
	return f
}

// readCase reads case c of f through the public API, with the
// Normalizer's Languages set to langs, and reports whether it came out
// right, and if not, how.
func readCase(t *testing.T, f langFile, c langCase, langs []string) (bool, string) {
	t.Helper()
	nowText, zone := f.Now, f.Zone
	if c.Now != "" {
		nowText = c.Now
	}
	if c.Zone != "" {
		zone = c.Zone
	}
	loc, err := time.LoadLocation(zone)
	require.NoError(t, err)
	now, err := time.Parse(time.RFC3339, nowText)
	require.NoError(t, err)
	n := Normalizer{Location: loc, Now: now, Languages: langs}
	got, err := n.Normalize(c.In)
	switch {
	case c.Error && err == nil:
		return false, fmt.Sprintf("%q is not a timestamp, read as %v", c.In, got)
	case c.Error:
		return true, ""
	case err != nil:
		return false, fmt.Sprintf("%q: %v", c.In, err)
	}
	want, err := time.Parse(time.RFC3339Nano, c.Want)
	require.NoError(t, err)
	if !got.Equal(want) {
		return false, fmt.Sprintf("%q: got %v, want %v %s", c.In, got, want, c.Note)
	}
	return true, ""
}

// runLangFile checks every case of f with the Normalizer's Languages set
// to langs and returns how many came out right.
func runLangFile(t *testing.T, f langFile, langs []string) (right int) {
	for _, c := range f.Cases {
		ok, msg := readCase(t, f, c, langs)
		assert.True(t, ok, msg)
		if ok {
			right++
		}
	}
	return right
}

// TestTimestampLanguages reads every language table twice. Told the
// page's language, the Normalizer must read every case right: that
// settles the words that mean different things in different languages.
// Not told, as a new user first tries it, it must read at least 95% of
// all the cases and 90% of each language's, and reject every text that
// is not a timestamp; the cases it misses (a word whose meaning in an
// earlier language wins, "ma" or "lis") are logged.
func TestTimestampLanguages(t *testing.T) {
	paths, err := filepath.Glob("testdata/timestamps/lang/*.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 36)
	total, right := 0, 0
	for _, p := range paths {
		f := loadLangFile(t, p)
		tag := strings.TrimSuffix(filepath.Base(p), ".json")
		require.Equal(t, tag, f.Lang, "a table names its language")
		require.GreaterOrEqual(t, len(f.Cases), 15, p)
		t.Run(tag, func(t *testing.T) {
			runLangFile(t, f, []string{tag})
			n := 0
			for _, c := range f.Cases {
				ok, msg := readCase(t, f, c, nil)
				switch {
				case ok:
					n++
				case c.Error:
					t.Error("without its language:", msg)
				default:
					t.Log("without its language:", msg)
				}
			}
			t.Logf("%s without its language: %d/%d right", tag, n, len(f.Cases))
			assert.GreaterOrEqual(t, float64(n), 0.9*float64(len(f.Cases)), "%s without its language", tag)
			right += n
		})
		total += len(f.Cases)
	}
	t.Logf("all languages, none named: %d/%d right", right, total)
	assert.GreaterOrEqual(t, float64(right), 0.95*float64(total))
}

// TestTimestampPeers reads the peers' case shapes without naming a
// language, as their suites do: every one must come out right.
func TestTimestampPeers(t *testing.T) {
	f := loadLangFile(t, "testdata/timestamps/peers.json")
	for _, c := range f.Cases {
		require.NotEmpty(t, c.Source, "%q cites no source", c.In)
	}
	right := runLangFile(t, f, nil)
	t.Logf("peers: %d/%d right", right, len(f.Cases))
}
