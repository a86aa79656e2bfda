package main

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// subcommands are the command's subcommands, as the README lists them.
var subcommands = []string{"time", "extractors", "follow", "batch", "explain", "help"}

func TestDashHListsEverySubcommand(t *testing.T) {
	code, out, errOut := runCmd(t, "", "-h")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, out)
	for _, sub := range subcommands {
		assert.Contains(t, errOut, "liveblog "+sub, sub)
	}
	assert.Contains(t, errOut, "-format", "and the parser's flags")
}

func TestHelp(t *testing.T) {
	code, out, errOut := runCmd(t, "", "help")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, errOut)
	for _, sub := range subcommands {
		assert.Contains(t, out, "liveblog "+sub, sub)
	}
	_, _, dashH := runCmd(t, "", "-h")
	assert.Equal(t, dashH, out, "help is -h on stdout")

	for sub, want := range map[string]string{
		"time":       "usage: liveblog time",
		"extractors": "usage: liveblog extractors",
		"follow":     "usage: liveblog follow",
		"batch":      "usage: liveblog batch",
		"explain":    "usage: liveblog explain",
		"help":       "usage: liveblog help",
	} {
		code, out, errOut := runCmd(t, "", "help", sub)
		assert.Equal(t, exitOK, code, sub)
		assert.Empty(t, errOut, sub)
		assert.True(t, strings.HasPrefix(out, want), "%s: %s", sub, out)
	}

	code, out, errOut = runCmd(t, "", "help", "nope")
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, `liveblog help: unknown command "nope"`)
}

func TestSubcommandDashH(t *testing.T) {
	for _, sub := range subcommands[:5] {
		code, out, errOut := runCmd(t, "", sub, "-h")
		assert.Equal(t, exitOK, code, sub)
		assert.Empty(t, out, sub)
		assert.Contains(t, errOut, "usage: liveblog "+sub, sub)
	}
}

func TestOneFilePerSubcommand(t *testing.T) {
	for _, c := range append([]string{"parse"}, subcommands...) {
		data, err := os.ReadFile(c + ".go")
		require.NoError(t, err, "%s.go", c)
		run := "func run" + string(unicode.ToUpper(rune(c[0]))) + c[1:] + "("
		assert.Contains(t, string(data), run, "%s.go holds %s", c, run)
	}
}
