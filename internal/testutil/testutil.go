// Package testutil holds what the tests of liveblog's packages share:
// finding the shared corpus next to the repository, reading its labels,
// golden-file comparison and the text normalisation used to compare
// entries with labels. It is internal and used only by tests.
//
// It defines no flags: each test package declares its own -update flag
// and passes its value to Golden.
package testutil

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// RepoRoot returns the directory holding go.mod, walking up from the
// working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, dir, parent, "no go.mod above the working directory")
		dir = parent
	}
}

// CorpusDir returns ../shared/corpus relative to the repository root. It
// skips the test when the directory is absent, as in a fresh clone. With
// LIVEBLOG_REQUIRE_CORPUS set (.ci/run sets it) a missing corpus fails the
// test instead: the corpus tests must run in CI, not skip.
func CorpusDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(RepoRoot(t), "..", "shared", "corpus")
	info, err := os.Stat(dir)
	if os.IsNotExist(err) {
		if os.Getenv("LIVEBLOG_REQUIRE_CORPUS") != "" {
			t.Fatalf("LIVEBLOG_REQUIRE_CORPUS is set but the shared corpus is missing at %s", dir)
		}
		t.Skipf("shared corpus not present at %s", dir)
	}
	require.NoError(t, err)
	require.True(t, info.IsDir(), "%s is not a directory", dir)
	return dir
}

// Label is the expected result for one corpus page (labels/PAGE.json).
type Label struct {
	File      string       `json:"file"`
	URL       string       `json:"url"`
	PageTitle string       `json:"page_title"`
	Zone      string       `json:"zone"`
	Entries   []LabelEntry `json:"entries"`
}

// LabelEntry is one expected entry.
type LabelEntry struct {
	Time       time.Time `json:"time"`
	Title      string    `json:"title"`
	TextPrefix string    `json:"text_prefix"`
}

// LoadLabel reads labels/<page>.json from the corpus directory; page may
// carry its file extension.
func LoadLabel(t testing.TB, corpus, page string) Label {
	t.Helper()
	page = strings.TrimSuffix(page, filepath.Ext(page))
	data, err := os.ReadFile(filepath.Join(corpus, "labels", page+".json"))
	require.NoError(t, err)
	var l Label
	require.NoError(t, json.Unmarshal(data, &l))
	return l
}

// Compact reduces s to its lower-case letters and digits after Unicode
// NFKC normalisation, so that quote styles, spacing and paragraph joins
// do not matter when comparing with a label.
func Compact(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Golden compares got with the golden file at path. With update set it
// rewrites the file instead; review every such diff.
func Golden(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "golden file missing: run the test with -update")
	require.Equal(t, string(want), string(got), "output differs from %s (run with -update after review)", path)
}

// GoldenJSON is Golden for v encoded as indented JSON, HTML unescaped.
func GoldenJSON(t testing.TB, path string, v any, update bool) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(v))
	Golden(t, path, buf.Bytes(), update)
}
