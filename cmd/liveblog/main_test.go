package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

const fixture = "../../testdata/text/harbour-storm-live.txt"

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestParseJSON(t *testing.T) {
	code, out, errOut := runCmd(t, "", "-url", "https://news.example/live", fixture)
	require.Equal(t, 0, code, errOut)
	var blog liveblog.Blog
	require.NoError(t, json.Unmarshal([]byte(out), &blog))
	assert.Equal(t, "https://news.example/live", blog.URL)
	assert.Len(t, blog.Entries, 7)
	assert.Contains(t, out, `"raw_time": "09:45 GMT 12.03.2024"`, "snake_case JSON tags")
}

func TestParseStdinJSONL(t *testing.T) {
	data, err := os.ReadFile(fixture)
	require.NoError(t, err)
	code, out, errOut := runCmd(t, string(data), "-format", "jsonl", "-")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 7)
	var e liveblog.Entry
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &e))
	assert.Equal(t, "Harbour Authority Says Inner Basin Held Overnight", e.Title)
}

func TestParseText(t *testing.T) {
	code, out, _ := runCmd(t, "", "-format", "text", fixture)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Live Updates: Storm Aldric Batters the Northern Coast\n7 entries (extractor: text)")
	assert.Contains(t, out, "== 2024-03-12 09:45 UTC\nHarbour Authority Says Inner Basin Held Overnight\n")
}

// TestParseMarkdownAndHTML: the export formats, their readable times in
// the -tz zone.
func TestParseMarkdownAndHTML(t *testing.T) {
	code, out, errOut := runCmd(t, "", "-format", "markdown", "-tz", "Europe/Berlin", fixture)
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "# Live Updates: Storm Aldric Batters the Northern Coast\n"), out)
	assert.Contains(t, out, "## Tue 12 Mar 2024, 10:45 CET · Harbour Authority Says Inner Basin Held Overnight\n")
	code, out, errOut = runCmd(t, "", "-format", "html", fixture)
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"), out[:min(len(out), 80)])
	assert.Contains(t, out, `<time datetime="2024-03-12T09:45:00Z">`)
	assert.NotContains(t, out, "<script")
}

func TestExitStatuses(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		inStderr string
	}{
		{"missing file", []string{"no/such/file.html"}, "", 1, "liveblog: no/such/file.html: no such file or directory\n"},
		{"not a live blog", []string{"-"}, "<p>An article.</p>", 1, "liveblog: stdin: not a live blog\n"},
		{"bad format", []string{"-format", "xml", fixture}, "", 2, "unknown -format"},
		{"bad flag", []string{"-nope"}, "", 2, "flag provided but not defined"},
		{"two inputs", []string{fixture, fixture}, "", 2, "one input at a time"},
		{"bad zone", []string{"-tz", "Mars/Olympus", fixture}, "", 2, "-tz"},
		{"bad now", []string{"-now", "yesterday", fixture}, "", 2, "-now"},
		{"unknown extractor", []string{"-extractor", "nope", fixture}, "", 2, "unknown extractor"},
		{"extractors takes no args", []string{"extractors", "x"}, "", 2, "usage"},
		{"time without text", []string{"time"}, "", 2, "usage"},
		{"time bad order", []string{"time", "-order", "ymd", "10:00"}, "", 2, "-order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, errOut, tt.inStderr)
		})
	}
}

func TestTimeCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "time", "14:18 GMT 06.09.2021", "2023-05-15T11:50:54.000Z")
	assert.Equal(t, 0, code)
	assert.Equal(t, "2021-09-06T14:18:00Z\n2023-05-15T11:50:54Z\n", out)

	code, out, errOut := runCmd(t, "", "time", "-tz", "Europe/Moscow", "-now", "2021-09-06T20:00:00Z", "14:18", "Table of contents", "10:00")
	assert.Equal(t, 1, code, "any failure makes the status 1")
	assert.Equal(t, "2021-09-06T14:18:00+03:00\n2021-09-06T10:00:00+03:00\n", out, "the times read, and nothing else, on stdout")
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	require.Len(t, lines, 1, "the failure on stderr, as the README says")
	assert.True(t, strings.HasPrefix(lines[0], "liveblog time: "), lines[0])
	assert.Contains(t, lines[0], `"Table of contents"`, "it names the text")
	assert.Equal(t, 1, strings.Count(lines[0], "liveblog"), "the prefix once: %s", lines[0])
}

func TestExtractorsCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "extractors")
	assert.Equal(t, 0, code)
	names := strings.Fields(out)
	require.NotEmpty(t, names)
	assert.Equal(t, "text", names[len(names)-1], "the generic text extractor is tried last")
}
