package batch

import (
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/norkon"
)

// walkSite serves the fetch package's fixtures by request URI.
func walkSite(t *testing.T, files map[string]string) *httptest.Server {
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		file := files[r.URL.RequestURI()]
		mu.Unlock()
		if file == "" {
			http.NotFound(w, r)
			return
		}
		body, err := os.ReadFile(filepath.Join("..", "fetch", "testdata", file))
		require.NoError(t, err)
		if strings.HasSuffix(file, ".json") {
			w.Header().Set("Content-Type", "application/json")
		} else {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

var walkFiles = map[string]string{
	"/live/coastal-storm":                                        "rel/page1.html",
	"/live/coastal-storm/p2":                                     "rel/page2.html",
	"/live/coastal-storm/p3":                                     "rel/page3.html",
	"/ski/downhill":                                              "vendor/host-norkon.html",
	"/norkon/BulletinFeed/exampledaily/51234/Initial/":           "vendor/norkon-initial.json",
	"/norkon/BulletinFeed/exampledaily/51234/EarlierObj/880412/": "vendor/norkon-earlier.json",
	"/tides": "vendor/article.html",
}

func norkonTo(base string) func(string) string {
	return func(u string) string {
		if rest, ok := strings.CutPrefix(u, "https://livecentercdn.norkon.net/"); ok {
			return base + "/norkon/" + rest
		}
		return u
	}
}

func TestFetchWalks(t *testing.T) {
	srv := walkSite(t, walkFiles)
	urls := []string{srv.URL + "/live/coastal-storm", srv.URL + "/ski/downhill", srv.URL + "/tides", srv.URL + "/gone"}
	f := &Fetcher{Pages: 3, FollowEmbeds: true, Delay: -1, rewrite: norkonTo(srv.URL)}
	got := map[string][]string{}
	errs := map[string]error{}
	for p, err := range f.Fetch(t.Context(), slices.Values(urls)) {
		if err != nil {
			errs[p.Source] = err
			continue
		}
		got[p.Source] = append(got[p.Source], strings.TrimPrefix(p.URL, srv.URL))
		assert.NotEmpty(t, p.Body)
		assert.False(t, p.Date.IsZero())
	}
	assert.Equal(t, []string{"/live/coastal-storm", "/live/coastal-storm/p2", "/live/coastal-storm/p3"}, got[urls[0]], "each page, in order")
	assert.Equal(t, []string{
		"https://livecentercdn.norkon.net/BulletinFeed/exampledaily/51234/Initial/",
		"https://livecentercdn.norkon.net/BulletinFeed/exampledaily/51234/EarlierObj/880412/",
	}, got[urls[1]], "the vendor's feed in place of the host page, under the vendor's address")
	assert.Equal(t, []string{"/tides"}, got[urls[2]], "no blog by any way: the page as it is")
	assert.ErrorIs(t, errs[urls[3]], ErrHTTPStatus)
	assert.Len(t, errs, 1)
}

func TestJobOverWalks(t *testing.T) {
	files := maps.Clone(walkFiles)
	delete(files, "/live/coastal-storm/p2") // the storm's older page is missing
	srv := walkSite(t, files)
	urls := []string{srv.URL + "/ski/downhill", srv.URL + "/tides", srv.URL + "/live/coastal-storm"}
	// The Job's parser needs the vendor's adapter; the walk's finds it
	// without help.
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(norkon.New()))
	f := &Fetcher{Pages: 2, FollowEmbeds: true, Delay: -1, rewrite: norkonTo(srv.URL)}
	job := New(f.Fetch(t.Context(), slices.Values(urls)), Options{Workers: 2, Parser: liveblog.NewParser(liveblog.Options{Registry: reg})})
	entries := map[string]int{}
	var failed []Result
	for r := range job.Results(t.Context()) {
		if r.Err != nil {
			failed = append(failed, r)
			continue
		}
		entries[strings.TrimPrefix(r.URL, srv.URL)] += len(r.Blog.Entries)
	}
	require.NoError(t, job.Err())
	assert.Equal(t, map[string]int{
		"https://livecentercdn.norkon.net/BulletinFeed/exampledaily/51234/Initial/":           4,
		"https://livecentercdn.norkon.net/BulletinFeed/exampledaily/51234/EarlierObj/880412/": 2,
		"/live/coastal-storm": 5,
	}, entries, "the host page gives the vendor's two pages")
	assert.Equal(t, 1, job.Stats().NotLive, "the article")
	require.Len(t, failed, 1)
	assert.Equal(t, srv.URL+"/live/coastal-storm", failed[0].Source, "listed as given")
	assert.Equal(t, srv.URL+"/live/coastal-storm/p2", failed[0].URL, "the page that failed")
	assert.Equal(t, "http_status", failed[0].Kind)
}

func TestWalksKeepThePerHostLimit(t *testing.T) {
	srv := walkSite(t, walkFiles)
	open := &openCounter{base: http.DefaultTransport}
	var urls []string
	for range 6 {
		urls = append(urls, srv.URL+"/live/coastal-storm")
	}
	f := &Fetcher{Pages: 3, Delay: -1, Concurrency: 6, PerHost: 1, Client: &http.Client{Transport: open}}
	n := 0
	for _, err := range f.Fetch(t.Context(), slices.Values(urls)) {
		require.NoError(t, err)
		n++
	}
	assert.Equal(t, 18, n, "three pages for each URL")
	assert.Equal(t, int64(1), open.worst.Load(), "one request at a time to the host")
}
