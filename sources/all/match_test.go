package all_test

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
	"github.com/liveblog-go/liveblog/sources/all"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
)

// corpusOwners names, for every page of the shared corpus, the adapter
// that must claim it ("" for none). A page whose owner is not (yet) among
// all.Adapters() must be claimed by none. Add a row when the corpus grows.
var corpusOwners = map[string]string{
	"br24-nahost-ticker-2024-08-27.html":                 "ard",
	"guardian-russia-ukraine-war-live-2023-05-15.html":   "guardian",
	"independent-womens-world-cup-live-2023-08-14.html":  "independent",
	"mirror-uk-riots-live-2024-08-05.html":               "reach",
	"ndtv-sports-ind-vs-sl-cwc-2023-live.html":           "ndtv",
	"repubblica-israele-hamas-diretta-2023-11-02.html":   "repubblica",
	"sputnik-afghanistan-live-2021-09-06.txt":            "sputnik",
	"negative-bbc-obr-explainer-2024-08-01.html":         "",
	"negative-guardian-valencia-fire-2024-02-24.html":    "guardian",
	"negative-independent-laos-methanol-2024-11-22.html": "independent",
	"negative-mirror-houseplants-2024-04-28.html":        "reach",
}

// fixtureOwners overrides the owner of an adapter fixture, which is
// otherwise the adapter named by its directory (sources/NAME/testdata).
// Key: the path below sources/.
var fixtureOwners = map[string]string{
	// The event's metadata holds no entries and no shape of its own: only
	// its URL (absent here) makes it 24liveblog's.
	"lb24/testdata/event.json": "",
}

// dirOwners names the adapter of a directory whose package name is not
// the adapter's (a Go package name cannot start with a digit).
var dirOwners = map[string]string{"lb24": "24liveblog"}

// TestMatchCorpus runs every adapter's Match over every corpus page: only
// the owning adapter may claim a page (the negatives of an adapter's own
// site are claimed by it and then yield ErrNotLiveBlog, tested in its
// package).
func TestMatchCorpus(t *testing.T) {
	dir := testutil.CorpusDir(t)
	files, err := os.ReadDir(dir)
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, f := range files {
		name := f.Name()
		if f.IsDir() || !(strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".txt")) {
			continue
		}
		seen[name] = true
		owner, ok := corpusOwners[name]
		if !assert.Truef(t, ok, "corpus page %s has no row in corpusOwners", name) {
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name))
			require.NoError(t, err)
			assertClaims(t, data, owner)
		})
	}
	for name := range corpusOwners {
		assert.Truef(t, seen[name], "corpusOwners names %s, which the corpus does not hold", name)
	}
}

// TestMatchFixtures runs every adapter's Match over every adapter's
// fixtures (sources/*/testdata/*.html, *.txt and the vendors' *.json,
// golden files left out).
func TestMatchFixtures(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"../*/testdata/*.html", "../*/testdata/*.txt", "../*/testdata/*.json"} {
		m, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, p := range m {
			if !strings.HasSuffix(p, ".golden.json") {
				paths = append(paths, p)
			}
		}
	}
	sort.Strings(paths)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		rel := filepath.ToSlash(strings.TrimPrefix(p, "../"))
		owner, ok := fixtureOwners[rel]
		if !ok {
			owner, _, _ = strings.Cut(rel, "/")
			if o, ok := dirOwners[owner]; ok {
				owner = o
			}
		}
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			assertClaims(t, data, owner)
		})
	}
}

// assertClaims checks that exactly owner's Match accepts the page, or
// none when owner is "" or not among the adapters.
func assertClaims(t *testing.T, data []byte, owner string) {
	t.Helper()
	adapters := all.Adapters()
	names := make([]string, len(adapters))
	for i, a := range adapters {
		names[i] = a.Name()
	}
	got := sitetest.Matches(t, data, liveblog.Options{}, adapters...)
	var claimed []string
	for _, n := range names {
		if got[n] {
			claimed = append(claimed, n)
		}
	}
	var want []string
	if owner != "" && slices.Contains(names, owner) {
		want = []string{owner}
	}
	assert.Equal(t, want, claimed, "adapters whose Match claims the page")
}

// TestAdapters checks the registry list: unique names, each an adapter
// that Lookup finds once the package is imported.
func TestAdapters(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range all.Adapters() {
		assert.False(t, seen[a.Name()], "duplicate adapter %q", a.Name())
		seen[a.Name()] = true
		e, ok := liveblog.Lookup(a.Name())
		assert.True(t, ok, a.Name())
		if ok {
			assert.Equal(t, a.Name(), e.Name())
		}
	}
	for _, n := range []string{"guardian", "reach", "independent", "ard", "tickaroo", "norkon", "scribblelive", "sourcefabric", "arena", "24liveblog"} {
		assert.True(t, seen[n], n)
	}
}
