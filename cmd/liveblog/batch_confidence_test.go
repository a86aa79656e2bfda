package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBatchConfidence: each live blog's line says how sure the detector
// is, and -min-confidence leaves out those below a level. The two live
// blogs of pagesDir are copied texts (the text reader: 0.6); the
// marathon's title calls it live (+0.1).
func TestBatchConfidence(t *testing.T) {
	type line struct {
		Input      string   `json:"input"`
		Confidence *float64 `json:"confidence"`
	}
	read := func(args ...string) ([]line, string, int) {
		var out, errb bytes.Buffer
		code := run(append([]string{"batch", "-only-live"}, args...), nil, &out, &errb)
		var lines []line
		dec := json.NewDecoder(&out)
		for dec.More() {
			var l line
			require.NoError(t, dec.Decode(&l))
			lines = append(lines, l)
		}
		return lines, errb.String(), code
	}
	lines, _, _ := read(pagesDir)
	require.Len(t, lines, 2)
	require.NotNil(t, lines[0].Confidence)
	assert.Equal(t, filepath.Join(pagesDir, "harbour.txt"), lines[0].Input)
	assert.Equal(t, 0.6, *lines[0].Confidence)
	require.NotNil(t, lines[1].Confidence)
	assert.Equal(t, 0.7, *lines[1].Confidence)

	lines, stderr, _ := read("-min-confidence", "0.65", pagesDir)
	require.Len(t, lines, 1)
	assert.Equal(t, filepath.Join(pagesDir, "sub", "marathon.txt.gz"), lines[0].Input)
	assert.Contains(t, stderr, "liveblog batch: 1 live blogs below -min-confidence 0.65 not written\n")

	_, stderr, code := read("-min-confidence", "1.5", pagesDir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "-min-confidence must be from 0 to 1")
}
