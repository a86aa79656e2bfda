package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

func TestTermSafe(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text, tabs and newlines kept", "plain\ttext\nnext line", "plain\ttext\nnext line"},
		{"non-Latin text kept", "مرحبا — Grüße 🌧", "مرحبا — Grüße 🌧"},
		{"SGR colour", "a\x1b[31mred\x1b[0m b", "ared b"},
		{"clear screen", "x\x1b[2J\x1b[1;1Hy", "xy"},
		{"private-mode CSI", "x\x1b[?1049hy", "xy"},
		{"OSC 8 hyperlink, BEL-terminated", "x\x1b]8;;http://evil.example/\x07link\x1b]8;;\x07y", "xlinky"},
		{"OSC title, ST-terminated", "x\x1b]0;pwned\x1b\\y", "xy"},
		{"OSC 52 clipboard write", "\x1b]52;c;ZXZpbA==\x07after", "after"},
		{"unterminated OSC ends at the line", "a\x1b]0;never ends\nnext", "a\nnext"},
		{"DCS string", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"C1 CSI", "a\u009b31mb", "ab"},
		{"C1 OSC and C1 ST", "a\u009d0;title\u009cb", "ab"},
		{"charset designation", "a\x1b(Bb", "ab"},
		{"two-character sequences", "a\x1b7b\x1bcc", "abc"},
		{"lone ESC at the end", "a\x1b", "a"},
		{"ESC before a control", "a\x1b\x1b[1mb", "ab"},
		{"NUL, BEL, CR, DEL, BS, VT, FF", "a\x00b\x07c\rd\x7fe\bf\vg\fh", "abcdefgh"},
		{"other C1 controls", "a\u0085b\u0090c\u009cd", "abd"},
		{"bidi overrides and embeddings", "abc\u202edcba\u202c \u202ax\u202b\u202d", "abcdcba x"},
		{"bidi isolates", "\u2066x\u2069 \u2067y\u2068", "x y"},
		{"bidi marks", "L\u200eR\u200fA\u061c", "LRA"},
		{"invalid UTF-8", "a\xffb\xc2", "a\ufffdb\ufffd"},
		{"raw C1 byte in invalid UTF-8", "a\x9b31mb", "a\ufffd31mb"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, termSafe(tt.in), tt.name)
	}
}

// assertTerminalSafe fails when s holds a rune termSafe removes.
func assertTerminalSafe(t *testing.T, s string) {
	t.Helper()
	for i, r := range s {
		if r == 0x1b || unsafeRune(r) {
			t.Fatalf("control %U at byte %d in %q", r, i, s)
		}
	}
}

// escapePage is a text live blog whose title and entries carry escape
// sequences, controls and bidi overrides.
const escapePage = "Storm live \x1b[2Jcoverage \u202e evil\n\n" +
	"09:45 GMT 12.03.2024\nThe \x1b]8;;http://evil.example/\x07link\x1b]8;;\x07 text\x07 bell \x1b]52;c;ZXZpbA==\x07 \u009b31m red\r over \x00 nul.\n\n" +
	"10:00 GMT 12.03.2024\nSecond \u2066 isolate \u200f rlm.\n"

func TestTextFormatIsTerminalSafe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "storm.txt")
	require.NoError(t, os.WriteFile(path, []byte(escapePage), 0o600))
	code, out, errOut := runCmd(t, "", "-format", "text", path)
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, "Storm live coverage  evil\n"+
		"2 entries (extractor: text)\n"+
		"\n== 2024-03-12 09:45 UTC\nThe link text bell   red over  nul.\n"+
		"\n== 2024-03-12 10:00 UTC\nSecond  isolate  rlm.\n", out)

	// The same page as JSON keeps the text as the page has it: a
	// machine format, escaped by the encoder.
	code, out, _ = runCmd(t, "", "-format", "jsonl", path)
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, `\u001b]8;;http://evil.example/`)
}

func TestChangeTextIsTerminalSafe(t *testing.T) {
	var b strings.Builder
	e := liveblog.Entry{
		ID:      "e1",
		URL:     "https://news.example/live#\x1b[2J",
		Time:    time.Date(2024, 3, 12, 9, 45, 0, 0, time.UTC),
		Title:   "Title \u202eevil",
		Authors: []string{"A\x07nn"},
		Text:    "Body \x1b]52;c;ZXZpbA==\x07text\r.",
	}
	require.NoError(t, writeChangeText(&b, liveblog.Change{Kind: liveblog.EntryUpdated, Entry: e}))
	assert.Equal(t, "== updated 2024-03-12 09:45 UTC\nhttps://news.example/live#\nTitle evil\nby Ann\nBody text.\n\n", b.String())

	b.Reset()
	e.Title, e.Time, e.RawTime = "", time.Time{}, "09:45\x1b[8m"
	require.NoError(t, writeChangeText(&b, liveblog.Change{Kind: liveblog.EntryRemoved, Entry: e}))
	assertTerminalSafe(t, b.String())
	assert.Equal(t, "== removed 09:45\nhttps://news.example/live#\nBody text.\n\n", b.String())
}

func TestErrorsAreTerminalSafe(t *testing.T) {
	name := filepath.Join(t.TempDir(), "no\x1b]0;pwned\x07such.html")
	code, _, errOut := runCmd(t, "", name)
	assert.Equal(t, exitError, code)
	assertTerminalSafe(t, errOut)
	assert.Contains(t, errOut, "nosuch.html: no such file or directory")
}
