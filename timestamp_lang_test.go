package liveblog

import (
	"encoding/json"
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

// runLangFile runs every case of f through the public API and returns
// how many came out right.
func runLangFile(t *testing.T, f langFile) (right int) {
	for _, c := range f.Cases {
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
		ok := t.Run(c.In, func(t *testing.T) {
			n := Normalizer{Location: loc, Now: now}
			got, err := n.Normalize(c.In)
			if c.Error {
				assert.Error(t, err, "not a timestamp, read as %v", got)
				return
			}
			want, perr := time.Parse(time.RFC3339Nano, c.Want)
			require.NoError(t, perr)
			if assert.NoError(t, err) {
				assert.Truef(t, got.Equal(want), "got %v, want %v %s", got, want, c.Note)
			}
		})
		if ok {
			right++
		}
	}
	return right
}

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
			n := runLangFile(t, f)
			t.Logf("%s: %d/%d right", tag, n, len(f.Cases))
			right += n
		})
		total += len(f.Cases)
	}
	t.Logf("all languages: %d/%d right", right, total)
}

func TestTimestampPeers(t *testing.T) {
	f := loadLangFile(t, "testdata/timestamps/peers.json")
	for _, c := range f.Cases {
		require.NotEmpty(t, c.Source, "%q cites no source", c.In)
	}
	right := runLangFile(t, f)
	t.Logf("peers: %d/%d right", right, len(f.Cases))
}
