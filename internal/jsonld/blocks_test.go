package jsonld

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBlocks(t *testing.T) {
	b := NewBlocks([]string{
		` {"@type":"NewsArticle","headline":"Not live"} `,
		`{"@type":"LiveBlogPosting","liveBlogUpdate":[{"headline":"Broken",}]}`, // a trailing comma
		"\n{\"@type\":\"LiveBlogPosting\",\"headline\":\"Day\",\"liveBlogUpdate\":[{\"headline\":\"First post of the day\",\"datePublished\":\"2024-06-01T08:00:00Z\"}]}\n",
	})
	require.Equal(t, 3, b.Len())
	assert.Equal(t, `{"@type":"NewsArticle","headline":"Not live"}`, b.Raw(0), "trimmed")

	assert.True(t, b.Mentions("liveBlogUpdate"), "the third block is valid")
	assert.Equal(t, unchecked, b.valid[0], "a block that does not name the word is never checked")
	assert.False(t, b.Valid(1))
	assert.False(t, b.Mentions("Broken"), "an invalid block counts for nothing")

	msgs := b.RawMessages()
	require.Len(t, msgs, 2)
	assert.JSONEq(t, b.Raw(2), string(msgs[1]))

	lb := b.LiveBlog()
	require.True(t, lb.Found)
	assert.Equal(t, "Day", lb.Headline)
	require.Len(t, lb.Updates, 1)
	key, _ := lb.Updates[0].Keys()
	assert.Equal(t, "firstpostoftheday", key)
	assert.Same(t, lb, b.LiveBlog(), "decoded once")
	assert.Equal(t, 1, b.UpdateCount())

	var none *Blocks
	assert.Zero(t, none.Len())
	assert.Empty(t, NewBlocks(nil).RawMessages())
}
