//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBatchDirWithFIFODoesNotBlock(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(liveText), 0o644))
	fifo := filepath.Join(dir, "b.html")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))

	type result struct {
		lines  []outLine
		stderr string
		code   int
	}
	done := make(chan result, 1)
	go func() {
		lines, stderr, code := runLines(t, nil, "-ordered", dir)
		done <- result{lines, stderr, code}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("liveblog batch blocked on a FIFO")
	}
	assert.Equal(t, exitError, r.code, "the FIFO is an error of its own")
	require.Len(t, r.lines, 2)
	assert.Len(t, r.lines[0].Entries, 2)
	assert.Equal(t, fifo, r.lines[1].Input)
	assert.Equal(t, "io", r.lines[1].ErrorKind)
	assert.Contains(t, r.lines[1].Error, "not a regular file")

	// Named on the command line, it is refused before anything is read.
	lines, stderr, code := runLines(t, nil, fifo)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, lines)
	assert.Equal(t, "liveblog batch: "+fifo+": not a regular file\n", stderr)
}
