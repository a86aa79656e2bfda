//go:build unix

package batch

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dirResult is one item Dir yielded.
type dirResult struct {
	source string
	body   string
	err    error
}

// walkWithin collects what Dir yields, failing instead of hanging when
// the walk blocks.
func walkWithin(t *testing.T, root string) []dirResult {
	t.Helper()
	done := make(chan []dirResult, 1)
	go func() {
		var got []dirResult
		for p, err := range Dir(root) {
			got = append(got, dirResult{p.Source, string(p.Body), err})
		}
		done <- got
	}()
	select {
	case got := <-done:
		return got
	case <-time.After(10 * time.Second):
		t.Fatal("Dir blocked")
		return nil
	}
}

func TestDirFilesItWillNotRead(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	require.NoError(t, os.WriteFile(outside, []byte("not in the tree"), 0o600))
	root := t.TempDir()
	write := func(name, body string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(root, name), []byte(body), 0o600))
	}
	write("a.txt", "page a")
	write("sub/x.txt", "page x")
	require.NoError(t, syscall.Mkfifo(filepath.Join(root, "fifo.html"), 0o600))
	require.NoError(t, syscall.Mkfifo(filepath.Join(root, "fifo.bin"), 0o600))
	require.NoError(t, os.Symlink("a.txt", filepath.Join(root, "link-in.txt")))
	require.NoError(t, os.Symlink(filepath.Join(root, "sub", "x.txt"), filepath.Join(root, "link-abs.txt")))
	require.NoError(t, os.Symlink(outside, filepath.Join(root, "link-out.txt")))
	require.NoError(t, os.Symlink("../"+filepath.Base(root)+"/../"+filepath.Base(filepath.Dir(outside))+"/secret.txt", filepath.Join(root, "link-dots.txt")))
	require.NoError(t, os.Symlink("nowhere.html", filepath.Join(root, "dangling.html")))
	require.NoError(t, os.Symlink("sub", filepath.Join(root, "linkdir")))

	got := walkWithin(t, root)
	path := func(name string) string { return filepath.Join(root, name) }
	require.Len(t, got, 8, "%v", got)
	// Lexical order; fifo.bin and linkdir are not pages by name, and
	// linkdir is not descended.
	assert.Equal(t, dirResult{path("a.txt"), "page a", nil}, got[0])
	assert.Equal(t, path("dangling.html"), got[1].source)
	assert.ErrorIs(t, got[1].err, os.ErrNotExist)
	assert.Equal(t, path("fifo.html"), got[2].source)
	assert.ErrorIs(t, got[2].err, errNotRegular)
	assert.Equal(t, "io", ErrorKind(got[2].err))
	assert.Equal(t, dirResult{path("link-abs.txt"), "page x", nil}, got[3], "an absolute link inside the tree")
	assert.Equal(t, path("link-dots.txt"), got[4].source)
	assert.ErrorIs(t, got[4].err, errOutside, "a relative link climbing out")
	assert.Equal(t, dirResult{path("link-in.txt"), "page a", nil}, got[5], "read under the link's name")
	assert.Equal(t, path("link-out.txt"), got[6].source)
	assert.ErrorIs(t, got[6].err, errOutside)
	assert.Empty(t, got[6].body)
	assert.Equal(t, dirResult{path("sub/x.txt"), "page x", nil}, got[7])
}

func TestDirRootThroughALink(t *testing.T) {
	tree := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(tree, "a.txt"), []byte("page a"), 0o600))
	require.NoError(t, os.Symlink("a.txt", filepath.Join(tree, "b.txt")))
	links := t.TempDir()
	linkTree := filepath.Join(links, "tree")
	require.NoError(t, os.Symlink(tree, linkTree))
	assert.Equal(t, []dirResult{
		{filepath.Join(linkTree, "a.txt"), "page a", nil},
		{filepath.Join(linkTree, "b.txt"), "page a", nil},
	}, walkWithin(t, linkTree), "a root named through a link is the tree it leads to")

	linkFile := filepath.Join(links, "page.txt")
	require.NoError(t, os.Symlink(filepath.Join(tree, "a.txt"), linkFile))
	assert.Equal(t, []dirResult{{linkFile, "page a", nil}}, walkWithin(t, linkFile), "a file named through a link")
}

func TestDirNamedFileItWillNotRead(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.html")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	got := walkWithin(t, fifo)
	require.Len(t, got, 1)
	assert.ErrorIs(t, got[0].err, errNotRegular)

	pdf := filepath.Join(dir, "report.pdf")
	require.NoError(t, os.WriteFile(pdf, []byte("%PDF-1.7"), 0o600))
	got = walkWithin(t, pdf)
	require.Len(t, got, 1)
	assert.Equal(t, pdf, got[0].source)
	assert.ErrorIs(t, got[0].err, ErrNotPage)
	assert.Equal(t, "io", ErrorKind(got[0].err))
}
