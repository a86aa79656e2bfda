package follow

import (
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

func TestSkipExisting(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, page(pageV1), page(pageV2))
	f, _ := newFollower(t, srv, Options{SkipExisting: true})
	got, err := f.Poll(t.Context())
	require.NoError(t, err)
	assert.Empty(t, got)
	got, err = f.Poll(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"added A brass band starts up."}, testutil.Summarise(got))
}

func TestFileStoreRestart(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	store := FileStore{Path: filepath.Join(dir, "state.json")}
	srv, s := serve(t,
		step{status: http.StatusOK, body: pageV1, header: map[string]string{"ETag": `"v1"`}},
		step{status: http.StatusNotModified},
		page(pageV2),
	)
	f1, _ := newFollower(t, srv, Options{Store: store})
	got, err := f1.Poll(t.Context())
	require.NoError(t, err)
	assert.Len(t, got, 3)

	// A new process, same store.
	f2, _ := newFollower(t, srv, Options{Store: store, SkipExisting: true})
	got, err = f2.Poll(t.Context())
	require.NoError(t, err)
	assert.Empty(t, got)
	assert.Equal(t, `"v1"`, s.requests()[1].Header.Get("If-None-Match"), "the validators were stored")
	got, err = f2.Poll(t.Context())
	require.NoError(t, err)
	assert.Equal(t, []string{"added A brass band starts up."}, testutil.Summarise(got),
		"the entries reported before the restart are not reported again")

	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, entries, 1, "no temporary files left behind")
	st, err := store.Load()
	require.NoError(t, err)
	assert.Len(t, st.Entries, 4)
	assert.False(t, st.Fetched.IsZero())

	other, err := New("http://127.0.0.1/another", Options{Store: store})
	require.NoError(t, err)
	assert.ErrorIs(t, other.Run(t.Context(), func(liveblog.Change) error { return nil }), ErrOtherURL)
}

func TestFileStoreErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	st, err := FileStore{Path: filepath.Join(dir, "none.json")}.Load()
	assert.NoError(t, err)
	assert.Nil(t, st)

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte("{not json"), 0o600))
	_, err = FileStore{Path: bad}.Load()
	assert.Error(t, err)

	err = FileStore{Path: filepath.Join(dir, "missing-dir", "s.json")}.Save(&State{URL: "x"})
	assert.Error(t, err)
}

func TestCustomClientAndUserAgent(t *testing.T) {
	t.Parallel()
	srv, s := serve(t, page(pageV1))
	var mu sync.Mutex
	calls := 0
	client := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		mu.Lock()
		calls++
		mu.Unlock()
		return srv.Client().Transport.RoundTrip(r)
	})}
	f, _ := newFollower(t, srv, Options{Client: client, UserAgent: "test-bot/1"})
	_, err := f.Poll(t.Context())
	require.NoError(t, err)
	assert.Equal(t, 1, calls)
	assert.Equal(t, "test-bot/1", s.requests()[0].Header.Get("User-Agent"))
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func TestNewRejectsBadURLs(t *testing.T) {
	t.Parallel()
	for _, u := range []string{"", "ftp://x.example/", "file:///etc/passwd", "http://", "::"} {
		_, err := New(u, Options{})
		assert.Error(t, err, u)
	}
}
