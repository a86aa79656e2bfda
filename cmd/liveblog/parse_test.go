package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog/internal/httpclient"
)

func TestFetchRefusesRedirectToInternalAddress(t *testing.T) {
	var internalHits atomic.Int32
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		internalHits.Add(1)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, liveText)
	}))
	defer internal.Close()
	pub := httptest.NewServer(http.RedirectHandler(internal.URL+"/admin", http.StatusFound))
	defer pub.Close()
	// The loopback server pub stands in for a public one.
	pubAddr := netip.MustParseAddrPort(pub.Listener.Addr().String())
	netHooks = httpclient.Hooks{Public: func(ap netip.AddrPort) bool { return ap == pubAddr }}
	defer func() { netHooks = httpclient.Hooks{} }()

	code, out, errOut := runCmd(t, "", "-format", "text", pub.URL+"/live")
	assert.Equal(t, exitError, code)
	assert.Empty(t, out, "nothing of the internal page is printed")
	assert.Contains(t, errOut, "liveblog: "+pub.URL+"/live: ")
	assert.Contains(t, errOut, "redirect from a public address to a non-public one refused")
	assert.Zero(t, internalHits.Load())

	code, out, errOut = runCmd(t, "", "-format", "text", "-allow-private-redirects", pub.URL+"/live")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "Stalls light up along the river.")

	code, out, errOut = runCmd(t, "", "-format", "text", internal.URL+"/live")
	require.Equal(t, exitOK, code, "an internal URL given directly: %s", errOut)
	assert.Contains(t, out, "Stalls light up along the river.")
}

func TestFetchErrors(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	code, out, errOut := runCmd(t, "", srv.URL+"/gone")
	assert.Equal(t, exitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "liveblog: "+srv.URL+"/gone: HTTP 404 Not Found\n", errOut)

	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<html><body><p>An ordinary story.</p></body></html>")
	}))
	defer page.Close()
	code, _, errOut = runCmd(t, "", page.URL)
	assert.Equal(t, exitError, code)
	assert.Equal(t, "liveblog: "+page.URL+": not a live blog\n", errOut, "the prefix once")
}
