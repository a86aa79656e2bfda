package fetchget

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog/fetch"
	"github.com/liveblog-go/liveblog/internal/httpclient"
)

func TestGetKeepsThePolicyAndEdits(t *testing.T) {
	var (
		mu   sync.Mutex
		etag string
		hits int
	)
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		hits++
		etag = r.Header.Get("If-None-Match")
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "inside")
	}))
	defer internal.Close()
	pub := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "outside") }))
	defer pub.Close()
	pubAddr := netip.MustParseAddrPort(pub.Listener.Addr().String())
	c := httpclient.New(httpclient.Options{Hooks: httpclient.Hooks{Public: func(ap netip.AddrPort) bool { return ap == pubAddr }}})
	get := Get(c, func(req fetch.Request, h *httpclient.Request) {
		if req.Kind == fetch.KindPage {
			h.ETag = `"v7"`
		}
	})

	resp, err := get(t.Context(), fetch.Request{URL: internal.URL + "/live", Kind: fetch.KindPage})
	require.NoError(t, err)
	assert.Equal(t, "inside", string(resp.Body))
	assert.Equal(t, "text/plain", resp.Header.Get("Content-Type"))
	assert.Equal(t, internal.URL+"/live", resp.URL)
	assert.True(t, resp.Private)
	mu.Lock()
	assert.Equal(t, `"v7"`, etag, "the edit reached the request")
	mu.Unlock()

	resp, err = get(t.Context(), fetch.Request{URL: pub.URL, Kind: fetch.KindPage})
	require.NoError(t, err)
	assert.False(t, resp.Private)

	_, err = get(t.Context(), fetch.Request{URL: internal.URL + "/older", Kind: fetch.KindOlder, Found: true})
	assert.ErrorIs(t, err, httpclient.ErrRedirectBlocked, "a found link from a public page to an internal one")
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, 1, hits, "the internal server was not asked again")
}
