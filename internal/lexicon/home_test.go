package lexicon_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

// TestWordListsLiveHere fails when a Go file of the module outside this
// package declares its own list of month or weekday names: three or more
// distinct names of the same kind in its string literals. Tests and
// fixtures may print dates; code asks the lexicon (or the time engine).
func TestWordListsLiveHere(t *testing.T) {
	months, weekdays := names()
	root := testutil.RepoRoot(t)
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			switch {
			case rel == filepath.Join("internal", "lexicon"), d.Name() == "testdata", strings.HasPrefix(d.Name(), "."):
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		checked++
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		seenM, seenW := namesIn(f, months, weekdays)
		assert.Less(t, seenM, 3, "%s declares month names of its own: ask internal/lexicon", rel)
		assert.Less(t, seenW, 3, "%s declares weekday names of its own: ask internal/lexicon", rel)
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, checked, 50, "the walk found too few files to mean anything")
}

// names maps every month and weekday form of four letters or more (short
// forms such as "mar" are also ordinary words) to its month or weekday
// in one language.
func names() (months, weekdays map[string]string) {
	months, weekdays = map[string]string{}, map[string]string{}
	for _, lg := range lexicon.Time() {
		for m, forms := range lg.Months {
			for _, f := range forms {
				if utf8.RuneCountInString(f) >= 4 {
					months[f] = lg.Tag + strconv.Itoa(m)
				}
			}
		}
		for d, forms := range lg.Weekdays {
			for _, f := range forms {
				if utf8.RuneCountInString(f) >= 4 {
					weekdays[f] = lg.Tag + strconv.Itoa(d)
				}
			}
		}
	}
	return months, weekdays
}

// namesIn counts the distinct months and weekdays named in the string
// literals of f.
func namesIn(f *ast.File, months, weekdays map[string]string) (int, int) {
	seenM, seenW := map[string]bool{}, map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			return true
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if m, ok := months[w]; ok {
				seenM[m] = true
			}
			if d, ok := weekdays[w]; ok {
				seenW[d] = true
			}
		}
		return true
	})
	return len(seenM), len(seenW)
}

// TestWordListsLiveHereCatches shows that the check finds a list.
func TestWordListsLiveHereCatches(t *testing.T) {
	months, weekdays := names()
	src := `package x; var m = map[string]int{"januar": 1, "februar": 2, "märz": 3}; const d = "Monday Tuesday"`
	f, err := parser.ParseFile(token.NewFileSet(), "x.go", src, 0)
	require.NoError(t, err)
	m, w := namesIn(f, months, weekdays)
	assert.Equal(t, 3, m)
	assert.Equal(t, 2, w)
}
