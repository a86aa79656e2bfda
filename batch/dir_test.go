package batch

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/liveblog-go/liveblog"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDir(t *testing.T) {
	root := filepath.Join("testdata", "pages")
	harbour, err := os.ReadFile(filepath.Join(root, "harbour.txt"))
	require.NoError(t, err)
	type page struct {
		source, ctype string
		err           error
	}
	var got []page
	for p, err := range Dir(root) {
		got = append(got, page{p.Source, p.ContentType, err})
		if p.Source == filepath.Join(root, "harbour.txt") {
			assert.Equal(t, harbour, p.Body)
		}
		if p.Source == filepath.Join(root, "sub", "marathon.txt.gz") {
			assert.Contains(t, string(p.Body), "07:30 GMT 12.05.2024\nRunners gather", "decompressed")
		}
		assert.Empty(t, p.URL)
		assert.True(t, p.Date.IsZero())
	}
	// Lexical order; readme.md and image.png are skipped; the upper-case
	// .HTML is read; the cut .gz file is an error of its own.
	require.Len(t, got, 5)
	want := []page{
		{filepath.Join(root, "harbour.txt"), "text/plain", nil},
		{filepath.Join(root, "sub", "deep", "article.HTML"), "text/html", nil},
		{filepath.Join(root, "sub", "deep", "cut.htm.gz"), "text/html", ErrTruncated},
		{filepath.Join(root, "sub", "marathon.txt.gz"), "text/plain", nil},
		{filepath.Join(root, "sub", "notes.txt"), "text/plain", nil},
	}
	for i, w := range want {
		assert.Equal(t, w.source, got[i].source)
		assert.Equal(t, w.ctype, got[i].ctype, w.source)
		if w.err != nil {
			assert.ErrorIs(t, got[i].err, w.err, w.source)
		} else {
			assert.NoError(t, got[i].err, w.source)
		}
	}
}

func TestDirOneFileAndMissing(t *testing.T) {
	one := filepath.Join("testdata", "pages", "harbour.txt")
	n := 0
	for p, err := range Dir(one) {
		require.NoError(t, err)
		assert.Equal(t, one, p.Source)
		n++
	}
	assert.Equal(t, 1, n)

	n = 0
	for p, err := range Dir(filepath.Join("testdata", "no-such-dir")) {
		assert.ErrorIs(t, err, os.ErrNotExist)
		assert.Equal(t, filepath.Join("testdata", "no-such-dir"), p.Source)
		n++
	}
	assert.Equal(t, 1, n)
}

func TestJobOverDir(t *testing.T) {
	root := filepath.Join("testdata", "pages")
	for _, ordered := range []bool{true, false} {
		job := New(Dir(root), Options{Workers: 2, Ordered: ordered})
		got := map[string]Result{}
		for r := range job.Results(t.Context()) {
			got[filepath.ToSlash(r.Source)] = r
		}
		require.NoError(t, job.Err())
		require.Len(t, got, 3, "two live blogs and one error")

		h := got["testdata/pages/harbour.txt"]
		require.NoError(t, h.Err)
		assert.Equal(t, 0, h.Index)
		assert.Equal(t, "Harbour bridge reopens after storm repairs", h.Blog.Title)
		require.Len(t, h.Blog.Entries, 3)
		assert.Equal(t, "09:40 GMT 06.09.2021", h.Blog.Entries[1].RawTime)
		assert.True(t, h.Blog.Entries[2].Time.Equal(time.Date(2021, 9, 6, 10, 15, 0, 0, time.UTC)))

		m := got["testdata/pages/sub/marathon.txt.gz"]
		require.NoError(t, m.Err)
		assert.Equal(t, 3, m.Index)
		require.Len(t, m.Blog.Entries, 2)
		assert.Equal(t, "The elite field sets off, with the wheelchair race ten minutes ahead.", m.Blog.Entries[1].Text)

		c := got["testdata/pages/sub/deep/cut.htm.gz"]
		assert.ErrorIs(t, c.Err, ErrTruncated)
		assert.Equal(t, "truncated", c.Kind)
		assert.Nil(t, c.Blog)

		s := job.Stats()
		assert.Equal(t, Stats{Pages: 5, Bytes: s.Bytes, Live: 2, Entries: 5, NotLive: 2, Errors: 1,
			Kinds: map[string]int{"truncated": 1}, Elapsed: s.Elapsed}, s)
		assert.Positive(t, s.Bytes)
	}
}

// TestReadSized checks that the size hint changes only the first buffer:
// a hint too small, too large (a length a record claims but does not
// hold), or absent reads the same bytes, and the limit holds whatever
// the hint says.
func TestReadSized(t *testing.T) {
	page := []byte(strings.Repeat("0123456789", 100)) // 1,000 bytes
	tests := []struct {
		name         string
		limit, hint  int64
		want         []byte
		wantTooLarge bool
	}{
		{"no hint", 5000, 0, page, false},
		{"exact hint", 5000, 1000, page, false},
		{"hint too small", 5000, 10, page, false},
		{"hint too large", 5000, 1 << 40, page, false},
		{"at the limit", 1000, 1000, page, false},
		{"over the limit", 999, 1000, nil, true},
		{"over the limit, small hint", 999, 10, nil, true},
		{"over the limit, no hint", 999, 0, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// iotest.OneByteReader makes every read short, as a slow
			// stream's are.
			got, err := readSized(iotest.OneByteReader(bytes.NewReader(page)), tt.limit, tt.hint)
			if tt.wantTooLarge {
				assert.ErrorIs(t, err, liveblog.ErrTooLarge)
				assert.Nil(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	t.Run("read error", func(t *testing.T) {
		boom := errors.New("boom")
		got, err := readSized(io.MultiReader(bytes.NewReader(page), iotest.ErrReader(boom)), 5000, 1000)
		assert.ErrorIs(t, err, boom)
		assert.Nil(t, got)
	})
}
