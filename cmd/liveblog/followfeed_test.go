package main

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// editedPage is harbourPage with the ferry entry edited.
func editedPage() string {
	return strings.Replace(harbourPage(false), "The ferry is running late.", "The ferry is running very late.", 1)
}

// followFeed follows a page that is edited from the second request on,
// writing a feed to a file, until the feed holds the edit; it returns
// the feed's bytes and the feed's directory.
func followFeed(t *testing.T, format string) ([]byte, string) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if hits.Add(1) == 1 {
			_, _ = w.Write([]byte(harbourPage(false)))
			return
		}
		_, _ = w.Write([]byte(editedPage()))
	}))
	defer srv.Close()
	dir := t.TempDir()
	path := filepath.Join(dir, "harbour.feed")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- followCmd(ctx, []string{"-every", "10ms", "-feed", path, "-feed-format", format, srv.URL + "/live"}, &out, &errOut)
	}()
	deadline := time.After(10 * time.Second)
	for {
		data, err := os.ReadFile(path)
		if err == nil && strings.Contains(string(data), "very late") {
			cancel()
			require.Equal(t, exitOK, <-done)
			assert.Contains(t, out.String(), "== updated", "the changes are printed as well")
			return data, dir
		}
		select {
		case code := <-done:
			t.Fatalf("follow exited early with %d: %s", code, errOut.String())
		case <-deadline:
			t.Fatalf("no edit in the feed after 10s; stderr:\n%s", errOut.String())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func TestFollowWritesAtomFeedWithEdits(t *testing.T) {
	start := time.Now().Add(-time.Second).Truncate(time.Second)
	data, dir := followFeed(t, "atom")
	var doc struct {
		Entries []struct {
			Title     string `xml:"http://www.w3.org/2005/Atom title"`
			Published string `xml:"http://www.w3.org/2005/Atom published"`
			Updated   string `xml:"http://www.w3.org/2005/Atom updated"`
		} `xml:"http://www.w3.org/2005/Atom entry"`
	}
	require.NoError(t, xml.Unmarshal(data, &doc))
	require.Len(t, doc.Entries, 2)
	ferry, gates := doc.Entries[0], doc.Entries[1]
	assert.Equal(t, "The ferry is running very late.", ferry.Title)
	assert.Equal(t, "2021-09-06T10:05:00Z", ferry.Published, "published when the page says")
	updated, err := time.Parse(time.RFC3339, ferry.Updated)
	require.NoError(t, err)
	assert.False(t, updated.Before(start), "updated when the edit was seen: %s", ferry.Updated)
	assert.False(t, updated.After(time.Now()), ferry.Updated)
	assert.Equal(t, "2021-09-06T10:00:00Z", gates.Published)
	assert.Equal(t, gates.Published, gates.Updated, "an entry never edited")

	// Written atomically: the feed alone in its directory, readable.
	files, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, files, 1, "no temporary file left")
	info, err := files[0].Info()
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), info.Mode().Perm())
}

func TestFollowWritesJSONFeedWithEdits(t *testing.T) {
	data, _ := followFeed(t, "jsonfeed")
	var doc struct {
		Items []struct {
			Title         string `json:"title"`
			DatePublished string `json:"date_published"`
			DateModified  string `json:"date_modified"`
		} `json:"items"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	require.Len(t, doc.Items, 2)
	assert.Equal(t, "The ferry is running very late.", doc.Items[0].Title)
	assert.Equal(t, "2021-09-06T10:05:00Z", doc.Items[0].DatePublished)
	assert.Greater(t, doc.Items[0].DateModified, "2022", "modified when the edit was seen, not when published")
	assert.Equal(t, doc.Items[1].DatePublished, doc.Items[1].DateModified)
}

func TestFollowFeedUsage(t *testing.T) {
	var out, errOut syncBuffer
	code := followCmd(t.Context(), []string{"-feed", "x.xml", "-feed-format", "yaml", "http://127.0.0.1/"}, &out, &errOut)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut.String(), "unknown -feed-format")
}
