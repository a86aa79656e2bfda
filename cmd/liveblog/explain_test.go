package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/httpclient"
)

// ntvTicker is a heading ticker of four entries ("+++ 14:26 Title +++"
// headings and their paragraphs) on a site with no adapter.
const ntvTicker = "../../testdata/web/ntv-liveticker-2024-02-25.html"

// lineOf returns the line of out that starts with prefix after its
// indentation, or "".
func lineOf(out, prefix string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), prefix) {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

func TestExplainText(t *testing.T) {
	code, out, errOut := runCmd(t, "", "explain", ntvTicker)
	require.Equal(t, exitOK, code, errOut)
	assert.True(t, strings.HasPrefix(out, ntvTicker+": a live blog (confidence "), out)
	assert.Contains(t, out, "\nextractor: structural, 4 entries\n")
	assert.Contains(t, out, "\n  heading ticker: 4 entries under div.article__text, clocks run one way\n")
	assert.Contains(t, out, "\n  title says live\n")
	// Every extractor of the registry has its line, the one Parse uses
	// said so, the others with why they declined.
	for _, e := range liveblog.Extractors() {
		assert.NotEmpty(t, lineOf(out, e.Name()+" "), e.Name())
	}
	assert.Equal(t, "structural 4 entries: Parse uses this one (heading ticker: 4 entries under div.article__text, clocks run one way)",
		strings.Join(strings.Fields(lineOf(out, "structural ")), " "))
	assert.Contains(t, lineOf(out, "amp "), "does not match (no amp-live-list)")
	assert.Contains(t, lineOf(out, "guardian "), "does not match")
}

func TestExplainJSON(t *testing.T) {
	code, out, errOut := runCmd(t, "", "explain", "-format", "json", "../../testdata/web/negative-article-with-agency-newsticker.html")
	require.Equal(t, exitOK, code, errOut)
	var x explanation
	require.NoError(t, json.Unmarshal([]byte(out), &x))
	assert.False(t, x.Detection.Live)
	assert.Less(t, x.Detection.Confidence, 0.5)
	assert.Contains(t, x.Detection.Evidence, "rejected: stream beside the article (4 blocks under div.newsticker)")
	assert.Empty(t, x.Chosen)
	require.Len(t, x.Extractors, len(liveblog.Extractors()))
	for i, e := range liveblog.Extractors() {
		tr := x.Extractors[i]
		assert.Equal(t, e.Name(), tr.Extractor)
		assert.Zero(t, tr.Entries, "%s finds nothing on an ordinary article", tr.Extractor)
		if tr.Extractor == "structural" {
			assert.True(t, tr.Matched)
			assert.Equal(t, "rejected: stream beside the article (4 blocks under div.newsticker)", tr.Detector)
		}
	}
}

func TestExplainURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, liveText)
	}))
	defer srv.Close()
	addr := netip.MustParseAddrPort(srv.Listener.Addr().String())
	netHooks = httpclient.Hooks{Public: func(ap netip.AddrPort) bool { return ap == addr }}
	defer func() { netHooks = httpclient.Hooks{} }()
	code, out, errOut := runCmd(t, "", "explain", "-format", "json", srv.URL+"/night")
	require.Equal(t, exitOK, code, errOut)
	var x explanation
	require.NoError(t, json.Unmarshal([]byte(out), &x))
	assert.True(t, x.Detection.Live, "two stamped entries of copied text")
	assert.Equal(t, "text", x.Detection.Extractor)
	assert.Equal(t, 2, x.Detection.Entries)
	assert.Equal(t, "text", x.Chosen)
}

func TestExplainErrors(t *testing.T) {
	code, _, errOut := runCmd(t, "", "explain", "no-such-page.html")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "liveblog explain: no-such-page.html: ")
	code, _, errOut = runCmd(t, "", "explain", "-format", "xml", ntvTicker)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, `unknown -format "xml"`)
	code, _, errOut = runCmd(t, "", "explain", "-extractor", "nope", ntvTicker)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "unknown extractor")
	code, _, _ = runCmd(t, "", "explain", ntvTicker, ntvTicker)
	assert.Equal(t, exitUsage, code)
}

// TestExplainTerminalSafe: what the page names (class names) reaches the
// terminal without its escape sequences.
func TestExplainTerminalSafe(t *testing.T) {
	entry := `<div><time datetime="2024-06-01T1%d:00:00Z">1%d:00</time><p>An entry with enough words in it to be read as the body of a post.</p></div>`
	var b strings.Builder
	b.WriteString("<html><head><title>Live</title></head><body><div class=\"x\x1b]0;owned\x07\x1b[31mred\">")
	for i := 3; i > 0; i-- {
		b.WriteString(strings.ReplaceAll(strings.ReplaceAll(entry, "%d", string(rune('0'+i))), "%%", "%"))
	}
	b.WriteString("</div></body></html>")
	code, out, errOut := runCmd(t, b.String(), "explain", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "stdin: a live blog")
	assert.NotContains(t, out, "\x1b")
	assert.NotContains(t, out, "\x07")
}
