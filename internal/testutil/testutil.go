// Package testutil holds helpers shared by the tests of liveblog's
// packages: finding the shared corpus and reading and writing golden files.
package testutil

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// Update is the -update flag: rewrite golden files instead of comparing.
var Update = flag.Bool("update", false, "rewrite golden files")

// RepoRoot returns the module root: the nearest directory at or above the
// working directory that holds go.mod.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("testutil: no go.mod above the working directory")
		}
		dir = parent
	}
}

// CorpusDir returns the shared corpus directory (../shared/corpus beside
// the repository) and skips the test when it is absent, as it is in a
// fresh clone. With LIVEBLOG_REQUIRE_CORPUS set (as .ci/run sets it) a
// missing corpus fails instead: the corpus tests must run there.
func CorpusDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(RepoRoot(t), "..", "shared", "corpus")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("LIVEBLOG_REQUIRE_CORPUS") != "" {
			t.Fatalf("testutil: LIVEBLOG_REQUIRE_CORPUS is set but the shared corpus is missing at %s", dir)
		}
		t.Skipf("no shared corpus at %s (it sits beside the repository in CI)", dir)
	}
	return dir
}

// Label is the expected result for one corpus page (labels/*.json).
type Label struct {
	File      string       `json:"file"`
	PageTitle string       `json:"page_title"`
	Zone      string       `json:"zone"`
	Entries   []LabelEntry `json:"entries"`
}

// LabelEntry is one expected entry.
type LabelEntry struct {
	Time       string `json:"time"`
	Title      string `json:"title"`
	TextPrefix string `json:"text_prefix"`
}

// ReadLabel reads the label of a corpus page by its file name.
func ReadLabel(t testing.TB, corpus, page string) Label {
	t.Helper()
	name := page
	if ext := filepath.Ext(name); ext != "" {
		name = name[:len(name)-len(ext)]
	}
	data, err := os.ReadFile(filepath.Join(corpus, "labels", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var l Label
	if err := json.Unmarshal(data, &l); err != nil {
		t.Fatal(err)
	}
	return l
}

// Golden compares got with the golden file at path, or rewrites the file
// when -update is given.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if string(want) != string(got) {
		t.Errorf("output differs from %s (run with -update to accept, then review the diff)\n--- got:\n%s", path, got)
	}
}

// GoldenJSON is Golden for a value encoded as indented JSON.
func GoldenJSON(t testing.TB, path string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	Golden(t, path, buf.Bytes())
}
