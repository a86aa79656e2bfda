package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pagesDir is the batch package's directory of test pages: two live
// blogs, two other pages, one cut .gz file.
var pagesDir = filepath.Join("..", "..", "batch", "testdata", "pages")

const liveText = "Night market opens\n\n19:00 GMT 04.04.2025\nStalls light up along the river.\n\n19:45 GMT 04.04.2025\nA brass band starts to play.\n"

// warcResource is one WARC resource record holding a text page.
func warcResource(uri, date, body string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		uri, date, len(body), body)
}

type outLine struct {
	Input     string    `json:"input"`
	Captured  time.Time `json:"captured"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Extractor string    `json:"extractor"`
	Entries   []struct{ Text string }
	Error     string `json:"error"`
	ErrorKind string `json:"error_kind"`
}

func runLines(t *testing.T, stdin io.Reader, args ...string) (lines []outLine, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"batch"}, args...), stdin, &out, &errb)
	dec := json.NewDecoder(&out)
	for dec.More() {
		var l outLine
		require.NoError(t, dec.Decode(&l))
		lines = append(lines, l)
	}
	return lines, errb.String(), code
}

func TestBatchDir(t *testing.T) {
	lines, stderr, code := runLines(t, nil, "-workers", "2", pagesDir)
	assert.Equal(t, exitError, code, "a page failed")
	require.Len(t, lines, 3)
	assert.Equal(t, filepath.Join(pagesDir, "harbour.txt"), lines[0].Input)
	assert.Equal(t, "Harbour bridge reopens after storm repairs", lines[0].Title)
	assert.Equal(t, "text", lines[0].Extractor, "the extractor name survives beside input")
	assert.Len(t, lines[0].Entries, 3)
	assert.Equal(t, filepath.Join(pagesDir, "sub", "deep", "cut.htm.gz"), lines[1].Input)
	assert.Equal(t, "truncated", lines[1].ErrorKind)
	assert.NotEmpty(t, lines[1].Error)
	assert.Empty(t, lines[1].Entries)
	assert.Equal(t, filepath.Join(pagesDir, "sub", "marathon.txt.gz"), lines[2].Input)
	assert.Len(t, lines[2].Entries, 2)

	// Not a terminal: the summary is all there is on stderr.
	assert.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
	assert.Regexp(t, `^liveblog batch: 5 pages, 2 live blogs, 5 entries, 2 not live, 1 errors \(truncated 1\) in \S+, [0-9.]+ pages/s\n$`, stderr)

	lines, _, _ = runLines(t, nil, "-only-live", pagesDir)
	require.Len(t, lines, 2)
	assert.Empty(t, lines[0].Error)
	assert.Empty(t, lines[1].Error)
}

func TestBatchMixedInputs(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/live", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, liveText)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	dir := t.TempDir()
	warc := filepath.Join(dir, "crawl.warc")
	require.NoError(t, os.WriteFile(warc, []byte(
		warcResource("https://a.example/night", "2025-04-04T20:00:00Z", liveText)+
			warcResource("https://a.example/other", "2025-04-04T20:00:01Z", "nothing live here")), 0o644))
	urls := filepath.Join(dir, "urls.txt")
	require.NoError(t, os.WriteFile(urls, []byte(srv.URL+"/live\n"+srv.URL+"/missing\n"), 0o644))
	stdinWARC := warcResource("https://b.example/piped", "2025-04-05T08:00:00Z", liveText)

	lines, stderr, code := runLines(t, strings.NewReader(stdinWARC),
		warc, "-urls", urls, "-ordered", "-", filepath.Join(pagesDir, "harbour.txt"))
	assert.Equal(t, exitError, code)
	require.Len(t, lines, 5, stderr)
	assert.Equal(t, "crawl.warc#0", filepath.Base(lines[0].Input))
	assert.Equal(t, "https://a.example/night", lines[0].URL)
	assert.True(t, lines[0].Captured.Equal(time.Date(2025, 4, 4, 20, 0, 0, 0, time.UTC)))
	assert.Equal(t, "Stalls light up along the river.", lines[0].Entries[0].Text)
	// The two fetches come as they complete.
	fetched := map[string]outLine{lines[1].Input: lines[1], lines[2].Input: lines[2]}
	assert.Len(t, fetched[srv.URL+"/live"].Entries, 2)
	assert.Equal(t, "http_status", fetched[srv.URL+"/missing"].ErrorKind)
	assert.Equal(t, "stdin#0", lines[3].Input)
	assert.Equal(t, "https://b.example/piped", lines[3].URL)
	assert.Equal(t, filepath.Join(pagesDir, "harbour.txt"), lines[4].Input)
	assert.Contains(t, stderr, "6 pages, 4 live blogs, 9 entries, 1 not live, 1 errors (http_status 1)")
}

func TestBatchProgressOnTerminal(t *testing.T) {
	// A slow server keeps the run going long enough for the progress
	// line to be drawn.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(300 * time.Millisecond)
		io.WriteString(w, liveText)
	}))
	defer srv.Close()
	urls := filepath.Join(t.TempDir(), "urls.txt")
	require.NoError(t, os.WriteFile(urls, []byte(srv.URL+"/a\n"+srv.URL+"/b\n"), 0o644))

	saved := stderrIsTerminal
	stderrIsTerminal = func(io.Writer) bool { return true }
	defer func() { stderrIsTerminal = saved }()
	lines, stderr, code := runLines(t, nil, "-per-host", "1", "-urls", urls)
	assert.Equal(t, exitOK, code)
	assert.Len(t, lines, 2)
	assert.Contains(t, stderr, "live blogs, 0 errors", "progress drawn")
	i := strings.LastIndex(stderr, "liveblog batch:")
	require.Positive(t, i, stderr)
	assert.Contains(t, "\r\n", stderr[i-1:i], "the summary starts its own line")
	assert.Regexp(t, `^liveblog batch: 2 pages, 2 live blogs, 4 entries, 0 not live, 0 errors in \S+, [0-9.]+ pages/s\n$`, stderr[i:])
}

func TestBatchUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no input", nil, "no input"},
		{"bad format", []string{"-format", "json", "x"}, "unknown -format"},
		{"bad workers", []string{"-workers", "0", "x"}, "-workers"},
		{"bad zone", []string{"-tz", "Nowhere/Else", "x"}, "-tz"},
		{"unknown extractor", []string{"-extractor", "nosuch", "x"}, "unknown extractor"},
		{"bad flag", []string{"-nosuchflag"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, stderr, code := runLines(t, nil, tt.args...)
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, lines)
			assert.Contains(t, stderr, tt.want)
		})
	}
}

func TestBatchMissingInput(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{filepath.Join(dir, "nope.warc.gz")},
		{filepath.Join(dir, "nope")},
		{pagesDir, "-urls", filepath.Join(dir, "nope.txt")},
	} {
		missing := args[len(args)-1]
		lines, stderr, code := runLines(t, nil, args...)
		assert.Equal(t, exitError, code, "%q", args)
		assert.Empty(t, lines, "nothing is read when an input is missing")
		assert.Equal(t, "liveblog batch: "+missing+": no such file or directory\n", stderr)
	}
}

func TestBatchRefusesNamedFileItWouldSkip(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "report.pdf")
	require.NoError(t, os.WriteFile(pdf, []byte("%PDF-1.7"), 0o644))
	lines, stderr, code := runLines(t, nil, filepath.Join(pagesDir, "harbour.txt"), pdf)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, lines, "refused before anything is read")
	assert.True(t, strings.HasPrefix(stderr, "liveblog batch: "+pdf+": not an input batch reads"), stderr)
	assert.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
}

func TestBatchHelp(t *testing.T) {
	lines, stderr, code := runLines(t, nil, "-h")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, lines)
	assert.Contains(t, stderr, "usage: liveblog batch")
	assert.Contains(t, stderr, "-allow-private-redirects")
}
