package liveblog

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDecodeLateMetaCharset checks that a UTF-8 page whose <meta charset>
// stands past the first 1024 bytes is not read as windows-1252.
func TestDecodeLateMetaCharset(t *testing.T) {
	page := "<!doctype html><html><head>" + strings.Repeat("<!-- padding -->", 100) +
		`<meta charset="utf-8"><title>Café – “live”</title></head><body><p>x</p></body></html>`
	got, isHTML, err := NewParser(Options{}).decode([]byte(page))
	require.NoError(t, err)
	assert.True(t, isHTML)
	assert.Contains(t, string(got), "Café – “live”")
}

// TestDecodeUnlabelledLatin1 checks that bytes that are not UTF-8 still
// fall back to windows-1252.
func TestDecodeUnlabelledLatin1(t *testing.T) {
	got, _, err := NewParser(Options{}).decode([]byte("<html><body><p>caf\xe9</p></body></html>"))
	require.NoError(t, err)
	assert.Contains(t, string(got), "café")
}
