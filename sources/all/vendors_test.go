package all_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	_ "github.com/liveblog-go/liveblog/sources/all"
)

// TestVendorResponses parses each vendor fixture through the default
// registry, as Parse sees a response the fetch package hands it: the
// vendor's adapter, not the text reader or another site, must read it.
func TestVendorResponses(t *testing.T) {
	for file, want := range map[string]string{
		"../tickaroo/testdata/prefetch.json":   "tickaroo",
		"../tickaroo/testdata/events.json":     "tickaroo",
		"../norkon/testdata/initial.json":      "norkon",
		"../scribblelive/testdata/stream.json": "scribblelive",
		"../scribblelive/testdata/event.json":  "scribblelive",
		"../sourcefabric/testdata/posts.json":  "sourcefabric",
		"../sourcefabric/testdata/embed.html":  "sourcefabric",
		"../arena/testdata/liveblog.json":      "arena",
		"../lb24/testdata/news.json":           "24liveblog",
	} {
		t.Run(filepath.Base(filepath.Dir(filepath.Dir(file)))+"/"+filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			blog, err := liveblog.NewParser(liveblog.Options{ContentType: "application/json"}).Parse(bytes.NewReader(data))
			if filepath.Ext(file) == ".html" {
				blog, err = liveblog.Parse(bytes.NewReader(data))
			}
			require.NoError(t, err)
			assert.Equal(t, want, blog.Extractor)
			assert.NotEmpty(t, blog.Entries)
		})
	}
}

// TestUnknownJSONIsNotABlog: a JSON document no vendor claims is not read
// as a copied text.
func TestUnknownJSONIsNotABlog(t *testing.T) {
	in := `{"items":[{"time":"10:15","text":"<p>10:15 Something happened at the town hall today.</p>"},{"time":"10:05","text":"<p>10:05 Another thing happened nearby.</p>"}]}`
	_, err := liveblog.Parse(bytes.NewReader([]byte(in)))
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}
