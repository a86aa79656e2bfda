package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// harbourPage is a plain-text live blog, newest first.
func harbourPage(extra bool) string {
	var b strings.Builder
	b.WriteString("Harbour festival live coverage\n\nBoats, bands and the weather, as it happens.\n\n")
	if extra {
		b.WriteString("10:09 GMT 06.09.2021\n\nA brass band starts up.\n\n")
	}
	b.WriteString("10:05 GMT 06.09.2021\n\nThe ferry is running late.\n\n")
	b.WriteString("10:00 GMT 06.09.2021\n\nGates open & the <north> stand fills.\n\n")
	return b.String()
}

func TestFeedFormats(t *testing.T) {
	path := filepath.Join(t.TempDir(), "harbour.txt")
	require.NoError(t, os.WriteFile(path, []byte(harbourPage(true)), 0o600))
	for _, format := range []string{"atom", "rss", "jsonfeed"} {
		t.Run(format, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run([]string{"-format", format, "-url", "https://news.example/live", path}, nil, &out, &errOut)
			require.Equal(t, exitOK, code, errOut.String())
			var titles []string
			switch format {
			case "atom":
				var doc struct {
					ID      string `xml:"http://www.w3.org/2005/Atom id"`
					Entries []struct {
						ID    string `xml:"http://www.w3.org/2005/Atom id"`
						Title string `xml:"http://www.w3.org/2005/Atom title"`
					} `xml:"http://www.w3.org/2005/Atom entry"`
				}
				require.NoError(t, xml.Unmarshal(out.Bytes(), &doc))
				assert.Equal(t, "https://news.example/live", doc.ID)
				for _, e := range doc.Entries {
					assert.True(t, strings.HasPrefix(e.ID, "https://news.example/live#"), e.ID)
					titles = append(titles, e.Title)
				}
			case "rss":
				var doc struct {
					Items []struct {
						Title string `xml:"title"`
					} `xml:"channel>item"`
				}
				require.NoError(t, xml.Unmarshal(out.Bytes(), &doc))
				for _, it := range doc.Items {
					titles = append(titles, it.Title)
				}
			case "jsonfeed":
				var doc struct {
					Version string `json:"version"`
					Items   []struct {
						Title string `json:"title"`
					} `json:"items"`
				}
				require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
				assert.Equal(t, "https://jsonfeed.org/version/1.1", doc.Version)
				for _, it := range doc.Items {
					titles = append(titles, it.Title)
				}
			}
			assert.Equal(t, []string{"A brass band starts up.", "The ferry is running late.", "Gates open & the <north> stand fills."}, titles)
		})
	}
	var out, errOut bytes.Buffer
	assert.Equal(t, exitUsage, run([]string{"-format", "yaml", path}, nil, &out, &errOut))
	assert.Contains(t, errOut.String(), "atom, rss or jsonfeed")
}

// syncBuffer is a bytes.Buffer safe to read while the command writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// followUntil runs the follow command against a server whose page gains
// an entry from the third request on, until out holds want.
func followUntil(t *testing.T, args []string, want string) (string, string, int) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := hits.Add(1)
		if n == 2 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte(harbourPage(n >= 3)))
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- followCmd(ctx, append(args, srv.URL+"/live"), &out, &errOut)
	}()
	deadline := time.After(10 * time.Second)
	for !strings.Contains(out.String(), want) {
		select {
		case code := <-done:
			t.Fatalf("follow exited early with %d: %s", code, errOut.String())
		case <-deadline:
			t.Fatalf("no %q in output after 10s:\n%s\nstderr:\n%s", want, out.String(), errOut.String())
		case <-time.After(5 * time.Millisecond):
		}
	}
	cancel()
	select {
	case code := <-done:
		return out.String(), errOut.String(), code
	case <-time.After(5 * time.Second):
		t.Fatal("follow did not stop on cancel")
	}
	return "", "", 0
}

func TestFollowCommandText(t *testing.T) {
	out, errOut, code := followUntil(t, []string{"-every", "10ms"}, "A brass band starts up.")
	assert.Equal(t, exitOK, code, "a cancelled follow exits cleanly")
	assert.Equal(t, strings.Join([]string{
		"== added 2021-09-06 10:00 UTC", "Gates open & the <north> stand fills.", "",
		"== added 2021-09-06 10:05 UTC", "The ferry is running late.", "",
		"== added 2021-09-06 10:09 UTC", "A brass band starts up.", "", "",
	}, "\n"), out)
	assert.Contains(t, errOut, "HTTP 503")
}

func TestFollowCommandJSONLAndState(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.json")
	out, _, code := followUntil(t, []string{"-every", "10ms", "-format", "jsonl", "-state", state}, "brass band")
	assert.Equal(t, exitOK, code)
	var kinds []liveblog.ChangeKind
	var texts []string
	for line := range strings.SplitSeq(strings.TrimSpace(out), "\n") {
		var c liveblog.Change
		require.NoError(t, json.Unmarshal([]byte(line), &c), line)
		kinds = append(kinds, c.Kind)
		texts = append(texts, c.Entry.Text)
	}
	assert.Equal(t, []liveblog.ChangeKind{liveblog.EntryAdded, liveblog.EntryAdded, liveblog.EntryAdded}, kinds)
	assert.Equal(t, "A brass band starts up.", texts[2])
	_, err := os.Stat(state)
	assert.NoError(t, err, "state file written")
}

func TestFollowCommandUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-format", "atom", "http://127.0.0.1/"},
		{"ftp://127.0.0.1/"},
		{"-tz", "Nowhere/City", "http://127.0.0.1/"},
		{"-every", "soon", "http://127.0.0.1/"},
	} {
		var out, errOut bytes.Buffer
		assert.Equal(t, exitUsage, run(append([]string{"follow"}, args...), nil, &out, &errOut), "%q", args)
		assert.Empty(t, out.String())
	}
}
