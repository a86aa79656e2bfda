package input

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/unicode"
)

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><p>x", true},
		{"  \n<div>starts with markup", true},
		{"\xef\xbb\xbf<html>", true},
		{"Some text first, then <ARTICLE class=x>", true},
		{"Text mentioning <Section> later", true},
		{"14:18 GMT 06.09.2021\nPlain text with a < sign", false},
		{"a <p", false},
		{"", false},
		{"plain text and <b>bold</b> only", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, LooksLikeHTML([]byte(tt.in)), "%q", tt.in)
	}
}

// TestDecodeUTF16 reads pages saved as UTF-16 with a byte order mark, as
// a file or a batch folder hands them over (over HTTP they come labelled).
func TestDecodeUTF16(t *testing.T) {
	page := "<!doctype html><html><head><title>Café live</title></head><body><p>x</p></body></html>"
	for _, e := range []unicode.Endianness{unicode.BigEndian, unicode.LittleEndian} {
		raw, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(page))
		require.NoError(t, err)
		got, isHTML, err := Decode(raw, "", "")
		require.NoError(t, err)
		assert.True(t, isHTML, "endianness %v", e)
		assert.Equal(t, page, string(got))
	}
}

// TestDecodeRefusesBinary holds the text path to text: an executable or
// an image is not a copied page.
func TestDecodeRefusesBinary(t *testing.T) {
	elf := append([]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00\x01\x00\x00\x00"),
		bytes.Repeat([]byte("payload 14:18 GMT 06.09.2021\n"), 100)...)
	_, _, err := Decode(elf, "", "")
	assert.ErrorIs(t, err, ErrBinary)
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	_, _, err = Decode(png, "", "")
	assert.ErrorIs(t, err, ErrBinary)
	text := "14:18 GMT 06.09.2021\r\n\tA copied text with a tab and \x1b escape\f\n"
	_, isHTML, err := Decode([]byte(text), "", "")
	require.NoError(t, err)
	assert.False(t, isHTML)
	_, _, err = Decode([]byte(strings.Repeat("x", 9000)+"\x00\x00\x00\x00"), "", "")
	assert.NoError(t, err, "only the start is sniffed")
	hostile := "14:18 GMT 06.09.2021\nA text with a bell\x07, a NUL\x00 and an escape\x1b[2J in it.\n"
	_, _, err = Decode([]byte(hostile), "", "")
	assert.NoError(t, err, "a few stray controls do not make a text binary")
}

// TestJSONIsNotHTML keeps a vendor's JSON response on the text path even
// when its strings hold markup near the start; a page that merely starts
// with a brace, or broken JSON with markup, is still sniffed as before.
func TestJSONIsNotHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`{"posts":[{"html":"<p>First post</p><div>more</div>"}]}`, false},
		{"\xef\xbb\xbf  [{\"contents\":\"<p>Hi</p>\"}]", false},
		{`{"posts":[{"html":"<p>unterminated`, true},
		{`{ broken } <div>markup after</div>`, true},
		{`[note] <p>a copied page that starts with a bracket</p>`, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, LooksLikeHTML([]byte(tt.in)), "%q", tt.in)
	}
	_, isHTML, err := Decode([]byte(`<p>served as JSON</p>`), "application/json; charset=utf-8", "")
	require.NoError(t, err)
	assert.False(t, isHTML, "the Content-Type decides")
}
