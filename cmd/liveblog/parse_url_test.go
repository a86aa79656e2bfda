package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// blogSite serves fixtures of the fetch package by request URI and
// records the requests.
type blogSite struct {
	*httptest.Server
	mu    sync.Mutex
	hits  []string
	gone  map[string]bool
	files map[string]string
}

func newBlogSite(t *testing.T, files map[string]string) *blogSite {
	s := &blogSite{files: files, gone: map[string]bool{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, r.URL.RequestURI())
		file, gone := s.files[r.URL.RequestURI()], s.gone[r.URL.RequestURI()]
		s.mu.Unlock()
		if file == "" || gone {
			http.NotFound(w, r)
			return
		}
		body, err := os.ReadFile(filepath.Join("..", "..", "fetch", "testdata", file))
		if err != nil {
			t.Errorf("fixture: %v", err)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(body)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *blogSite) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.hits...)
}

var stormPages = map[string]string{
	"/live/coastal-storm":    "rel/page1.html",
	"/live/coastal-storm/p2": "rel/page2.html",
	"/live/coastal-storm/p3": "rel/page3.html",
}

func decodeBlog(t *testing.T, out string) liveblog.Blog {
	t.Helper()
	var blog liveblog.Blog
	require.NoError(t, json.Unmarshal([]byte(out), &blog))
	return blog
}

func TestURLReadsOlderPages(t *testing.T) {
	s := newBlogSite(t, stormPages)
	code, out, errOut := runCmd(t, "", "-delay", "0", s.URL+"/live/coastal-storm")
	require.Equal(t, exitOK, code, errOut)
	blog := decodeBlog(t, out)
	// 5 + 3 + 4 entries: the pinned post and update-42 repeat.
	assert.Len(t, blog.Entries, 12)
	assert.Equal(t, "update-34", blog.Entries[11].ID, "the oldest post, from page 3, last")
	assert.Empty(t, blog.Older)
	assert.Len(t, s.requests(), 3)

	code, out, errOut = runCmd(t, "", "-delay", "0", "-pages", "2", s.URL+"/live/coastal-storm")
	require.Equal(t, exitOK, code, errOut)
	blog = decodeBlog(t, out)
	assert.Len(t, blog.Entries, 8)
	assert.Equal(t, s.URL+"/live/coastal-storm/p3", blog.Older, "the page not read")
	assert.Len(t, s.requests(), 5)
}

func TestURLIncompleteBlogIsPrintedAndReported(t *testing.T) {
	s := newBlogSite(t, stormPages)
	s.gone["/live/coastal-storm/p3"] = true
	code, out, errOut := runCmd(t, "", "-delay", "0", "-format", "jsonl", s.URL+"/live/coastal-storm")
	assert.Equal(t, exitError, code)
	assert.Equal(t, 8, strings.Count(out, "\n"), "pages 1 and 2 printed, an entry a line")
	assert.Equal(t, "liveblog: "+s.URL+"/live/coastal-storm: blog incomplete: "+s.URL+"/live/coastal-storm/p3 (older page 3): HTTP 404 Not Found\n", errOut)
}

func TestURLFollowsAMPUnlessTold(t *testing.T) {
	s := newBlogSite(t, map[string]string{
		"/live/marathon":            "amp/canonical.html",
		"/amp/live/marathon":        "amp/page1.html",
		"/amp/live/marathon/more/2": "amp/page2.html",
		"/amp/live/marathon/more/3": "amp/page3.html",
	})
	code, out, errOut := runCmd(t, "", "-delay", "0", "-pages", "5", s.URL+"/live/marathon")
	require.Equal(t, exitOK, code, errOut)
	blog := decodeBlog(t, out)
	assert.Len(t, blog.Entries, 8)
	assert.Equal(t, s.URL+"/amp/live/marathon", blog.AMP)

	code, out, errOut = runCmd(t, "", "-no-follow-embeds", s.URL+"/live/marathon")
	assert.Equal(t, exitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "liveblog: "+s.URL+"/live/marathon: not a live blog\n", errOut)
	assert.Len(t, s.requests(), 5, "the AMP page not asked the second time")
}

func TestURLVendorEmbedNotFollowed(t *testing.T) {
	// Following it would ask the vendor's real host: only the flag's
	// side is tried here (fetch's tests serve the vendor on loopback).
	s := newBlogSite(t, map[string]string{"/river-festival": "vendor/host-tickaroo.html"})
	code, out, errOut := runCmd(t, "", "-no-follow-embeds", s.URL+"/river-festival")
	assert.Equal(t, exitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "liveblog: "+s.URL+"/river-festival: the entries are in a vendor embed: tickaroo "+
		"(https://cdn.tickaroo.com/api/embed/v4/prefetch/liveblog.json?client_id=5e11ddee&liveblogId=65f0aa11bb22cc33&themeId=61aa02)\n", errOut)
}

func TestURLFlagsChecked(t *testing.T) {
	code, _, errOut := runCmd(t, "", "-pages", "0", "http://127.0.0.1:9/live")
	assert.Equal(t, exitUsage, code)
	assert.Equal(t, "liveblog: -pages must be at least 1\n", errOut)
	code, _, errOut = runCmd(t, "", "-extractor", "nosuch", "http://127.0.0.1:9/live")
	assert.Equal(t, exitUsage, code, "refused before any request")
	assert.Contains(t, errOut, `unknown extractor "nosuch"`)
}

func TestFollowReadsPages(t *testing.T) {
	s := newBlogSite(t, stormPages)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- followCmd(ctx, []string{"-every", "1h", "-delay", "0", "-pages", "3", s.URL + "/live/coastal-storm"}, &out, &errOut)
	}()
	require.Eventually(t, func() bool { return strings.Count(out.String(), "== added") == 12 }, 10*time.Second, 5*time.Millisecond, "%s", &errOut)
	cancel()
	assert.Equal(t, exitOK, <-done)
	assert.Contains(t, out.String(), "Welcome to our live coverage", "from page 3")
	assert.Len(t, s.requests(), 3)

	var eout, eerr bytes.Buffer
	assert.Equal(t, exitUsage, run([]string{"follow", "-pages", "0", s.URL}, nil, &eout, &eerr))
	assert.Equal(t, "liveblog follow: -pages must be at least 1\n", eerr.String())
}

func TestBatchURLsReadPages(t *testing.T) {
	s := newBlogSite(t, stormPages)
	list := filepath.Join(t.TempDir(), "urls.txt")
	require.NoError(t, os.WriteFile(list, []byte(s.URL+"/live/coastal-storm\n"), 0o600))
	code, out, errOut := runCmd(t, "", "batch", "-delay", "0", "-pages", "3", "-urls", list)
	require.Equal(t, exitOK, code, errOut)
	var urls []string
	for line := range strings.SplitSeq(strings.TrimSpace(out), "\n") {
		var l struct {
			Input string `json:"input"`
			URL   string `json:"url"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		assert.Equal(t, s.URL+"/live/coastal-storm", l.Input, "each line names the URL listed")
		urls = append(urls, strings.TrimPrefix(l.URL, s.URL))
	}
	assert.Equal(t, []string{"/live/coastal-storm", "/live/coastal-storm/p2", "/live/coastal-storm/p3"}, urls, "a line per page")
	assert.Contains(t, errOut, "3 pages, 3 live blogs, 15 entries")
}
