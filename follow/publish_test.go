package follow

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/httpclient"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

func TestRedirectToInternalAddressRefused(t *testing.T) {
	t.Parallel()
	internal, s := serve(t, page(pageV1))
	pub := httptest.NewServer(http.RedirectHandler(internal.URL+"/live", http.StatusFound))
	t.Cleanup(pub.Close)
	pubPort := portOf(t, pub.URL)
	hooks := httpclient.Hooks{Public: func(ap netip.AddrPort) bool { return ap.Port() == pubPort }}

	f, err := New(pub.URL+"/live", Options{hooks: hooks})
	require.NoError(t, err)
	_, err = f.Poll(t.Context())
	require.ErrorIs(t, err, httpclient.ErrRedirectBlocked)
	assert.Empty(t, s.requests(), "the internal server was never reached")
	assert.Empty(t, f.State().Entries)

	f, err = New(pub.URL+"/live", Options{hooks: hooks, AllowPrivateRedirects: true})
	require.NoError(t, err)
	got, err := f.Poll(t.Context())
	require.NoError(t, err)
	assert.Len(t, got, 3, "the option lifts the check")

	f, err = New(internal.URL+"/live", Options{hooks: hooks})
	require.NoError(t, err)
	got, err = f.Poll(t.Context())
	require.NoError(t, err)
	assert.Len(t, got, 3, "an internal URL given directly is followed")
}

func portOf(t *testing.T, rawURL string) uint16 {
	u, err := url.Parse(rawURL)
	require.NoError(t, err)
	n, err := strconv.ParseUint(u.Port(), 10, 16)
	require.NoError(t, err)
	return uint16(n)
}

func TestBlogCarriesEdits(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, page(pageV2), page(pageV3), page(pageV4), page(pageV4))
	f, c := newFollower(t, srv, Options{})
	assert.Nil(t, f.Blog(), "nothing before the first page")

	_, err := f.Poll(t.Context())
	require.NoError(t, err)
	b := f.Blog()
	require.NotNil(t, b)
	assert.Equal(t, srv.URL+"/live", b.URL)
	assert.Equal(t, "Harbour festival live coverage", b.Title, "testutil.TextBlog's headline")
	require.Len(t, b.Entries, 4)
	for _, e := range b.Entries {
		assert.True(t, e.Updated.IsZero(), "no edit seen yet: %s", e.Text)
	}

	// The rain entry is edited; the poll runs at 12:30.
	c.mu.Lock()
	c.now = epoch.Add(30 * time.Minute)
	c.mu.Unlock()
	got, err := f.Poll(t.Context())
	require.NoError(t, err)
	require.Equal(t, []string{"updated Rain has stopped over the quay."}, testutil.Summarise(got))
	edited := got[0].Entry.ID
	b = f.Blog()
	for _, e := range b.Entries {
		if e.ID == edited {
			assert.Equal(t, time.Date(2021, 9, 6, 12, 30, 0, 0, time.UTC), e.Updated, "the edit is dated when it was seen")
			assert.Equal(t, time.Date(2021, 9, 6, 10, 0, 0, 0, time.UTC), e.Time, "its publication time is kept")
		} else {
			assert.True(t, e.Updated.IsZero(), e.Text)
		}
	}
	assert.Equal(t, map[string]time.Time{edited: epoch.Add(30 * time.Minute)}, f.State().Edited, "kept in the state, for a restart")
	assert.True(t, f.State().Entries[2].Updated.IsZero(), "the state keeps the page's entry, so Diff does not see the edit again")

	// The ferry entry goes: after two polls (Confirm 2) it is out of the
	// blog, and the rain entry's edit is still dated.
	for range 2 {
		_, err = f.Poll(t.Context())
		require.NoError(t, err)
	}
	b = f.Blog()
	require.Len(t, b.Entries, 3)
	assert.Contains(t, f.State().Edited, edited)
}

func TestOnPoll(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t,
		step{status: http.StatusOK, body: pageV1, header: map[string]string{"ETag": `"v1"`}},
		step{status: http.StatusNotModified},
		step{status: http.StatusServiceUnavailable},
		page(pageV2),
	)
	var polls [][]string
	f, c := newFollower(t, srv, Options{Interval: time.Second, Jitter: -1, OnPoll: func(changes []liveblog.Change) {
		polls = append(polls, testutil.Summarise(changes))
	}})
	ctx, cancel := context.WithCancel(t.Context())
	c.cancel, c.stopAfter = cancel, 4
	var n int
	err := f.Run(ctx, func(liveblog.Change) error { n++; return nil })
	require.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, 4, n)
	assert.Equal(t, [][]string{
		{"added Gates open to the public.", "added Rain is easing over the quay.", "added The ferry is running late."},
		nil, // 304: a poll that succeeded with no change
		// the 503 is no poll that succeeded
		{"added A brass band starts up."},
	}, polls)
}

func TestParseErrorPrefixedOnce(t *testing.T) {
	t.Parallel()
	srv, _ := serve(t, page("An ordinary page with no times at all."))
	f, _ := newFollower(t, srv, Options{})
	_, err := f.Poll(t.Context())
	require.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
	// The parser's own message follows, without its leading prefix
	// (whatever context it adds after it).
	msg := err.Error()
	assert.True(t, strings.HasPrefix(msg, "liveblog: follow: "), msg)
	assert.False(t, strings.HasPrefix(msg, "liveblog: follow: liveblog: "), msg)
	assert.True(t, strings.HasSuffix(msg, "not a live blog"), msg)
}
