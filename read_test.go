package liveblog_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

func TestParseRefusesKnownOversizeInputUnread(t *testing.T) {
	t.Parallel()
	r := bytes.NewReader(make([]byte, 101))
	_, err := liveblog.NewParser(liveblog.Options{MaxSize: 100}).Parse(r)
	assert.ErrorIs(t, err, liveblog.ErrTooLarge)
	assert.Equal(t, 101, r.Len(), "a reader that tells its length is not read when it is over the limit")
}

// titleRegistry returns a registry whose one extractor reports the page
// title as the only entry, to see how the page was decoded.
func titleRegistry(t *testing.T) *liveblog.Registry {
	t.Helper()
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(liveblog.NewExtractor("title", nil, func(d *liveblog.Document) (*liveblog.Result, error) {
		return &liveblog.Result{Entries: []liveblog.Draft{{Title: d.Title(), Text: "x"}}}, nil
	})))
	return reg
}

// A page whose charset is declared after its first 1024 bytes (or not at
// all) and that is valid UTF-8 is read as UTF-8, not as windows-1252,
// whatever the fallback charset: the fallback is for pages that are not
// valid UTF-8.
func TestParseUTF8DeclaredLate(t *testing.T) {
	t.Parallel()
	page := "<!DOCTYPE html><html><head><!-- " + strings.Repeat("padding ", 200) + " -->" +
		`<meta charset="utf-8"><title>Storm’s path — live: Zürich</title></head><body><p>x</p></body></html>`
	for _, fallback := range []string{"", "windows-1251"} {
		blog, err := liveblog.NewParser(liveblog.Options{Registry: titleRegistry(t), FallbackCharset: fallback}).Parse(strings.NewReader(page))
		require.NoError(t, err)
		assert.Equal(t, "Storm’s path — live: Zürich", blog.Title, "fallback %q", fallback)
	}

	// Not valid UTF-8 and undeclared: the fallback decides.
	cp1251 := []byte("<html><head><title>\xcf\xf0\xe8\xe2\xe5\xf2</title></head><body><p>x</p></body></html>")
	blog, err := liveblog.NewParser(liveblog.Options{Registry: titleRegistry(t), FallbackCharset: "windows-1251"}).Parse(bytes.NewReader(cp1251))
	require.NoError(t, err)
	assert.Equal(t, "Привет", blog.Title)
}
