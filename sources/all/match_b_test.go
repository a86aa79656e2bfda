package all_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
	"github.com/liveblog-go/liveblog/sources/ndtv"
	"github.com/liveblog-go/liveblog/sources/repubblica"
	"github.com/liveblog-go/liveblog/sources/sputnik"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// matchB reports whether e.Match accepts input.
func matchB(t *testing.T, e liveblog.Extractor, input []byte) bool {
	t.Helper()
	var got bool
	probe := liveblog.NewExtractor("probe", func(d *liveblog.Document) bool {
		got = e.Match(d)
		return false
	}, nil)
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(probe))
	_, _ = liveblog.NewParser(liveblog.Options{Registry: reg}).Parse(strings.NewReader(string(input)))
	return got
}

// TestMatchOwnPagesB runs the Match of the sputnik, repubblica and ndtv
// adapters over every corpus page and every fixture of the three: each
// claims its own pages and nothing else.
func TestMatchOwnPagesB(t *testing.T) {
	adapters := map[string]liveblog.Extractor{
		"sputnik": sputnik.New(), "repubblica": repubblica.New(), "ndtv": ndtv.New(),
	}
	type page struct{ path, owner string }
	var pages []page
	root := testutil.RepoRoot(t)
	for name := range adapters {
		fixtures, err := filepath.Glob(filepath.Join(root, "sources", name, "testdata", "*.*"))
		require.NoError(t, err)
		for _, f := range fixtures {
			if !strings.HasSuffix(f, ".golden.json") {
				pages = append(pages, page{f, name})
			}
		}
	}
	if dir := filepath.Join(root, "..", "shared", "corpus"); dirExists(dir) {
		corpus, err := filepath.Glob(filepath.Join(dir, "*.*"))
		require.NoError(t, err)
		for _, f := range corpus {
			base := filepath.Base(f)
			if !strings.HasSuffix(base, ".html") && !strings.HasSuffix(base, ".txt") {
				continue
			}
			owner := ""
			for name := range adapters {
				if strings.HasPrefix(base, name+"-") {
					owner = name
				}
			}
			pages = append(pages, page{f, owner})
		}
	}
	require.NotEmpty(t, pages)
	for _, p := range pages {
		input, err := os.ReadFile(p.path)
		require.NoError(t, err)
		for name, e := range adapters {
			t.Run(name+"/"+filepath.Base(p.path), func(t *testing.T) {
				assert.Equal(t, p.owner == name, matchB(t, e, input))
			})
		}
	}
}

func dirExists(dir string) bool {
	info, err := os.Stat(dir)
	return err == nil && info.IsDir()
}
