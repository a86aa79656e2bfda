package jsonld

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDecodeLiveBlogUpdateShapes covers the shapes liveBlogUpdate takes
// on real pages, each read to the same updates whether the fast pass
// (an array of objects, decoded with the object holding it) or the
// fallback (anything else, taken apart item by item) reads it.
func TestDecodeLiveBlogUpdateShapes(t *testing.T) {
	const a = `{"@type":"BlogPosting","headline":"First","datePublished":"2024-06-01T08:00:00Z"}`
	const b = `{"@type":"BlogPosting","headline":"Second","datePublished":"2024-06-01T09:00:00Z"}`
	tests := []struct {
		name    string
		updates string
		want    []string
	}{
		{"array of objects", "[" + a + "," + b + "]", []string{"first", "second"}},
		{"one object", a, []string{"first"}},
		{"an item that is not an object is skipped", "[" + a + `,"stray text",` + b + "]", []string{"first", "second"}},
		{"an item with a field of the wrong kind is skipped", "[" + a + `,{"@graph":{"x":1}},` + b + "]", []string{"first", "second"}},
		{"not a list or an object", `"none"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			block := `{"@type":"LiveBlogPosting","headline":"Day","liveBlogUpdate":` + tt.updates + `}`
			lb := DecodeLiveBlog([]json.RawMessage{json.RawMessage(block)})
			require.True(t, lb.Found)
			assert.Equal(t, "Day", lb.Headline)
			var got []string
			for _, u := range lb.Updates {
				key, _ := u.Keys()
				got = append(got, key)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
