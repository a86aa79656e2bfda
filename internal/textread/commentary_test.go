package textread

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Lines opening with "FT" (a newspaper cited in a press review) are no
// match clocks' stream: "HT" and "FT" do not count towards the minutes
// a commentary needs.
func TestCommentaryNeedsMinutes(t *testing.T) {
	text := "Press review live\n\nFT The chancellor is said to favour a freeze on fuel duty this year.\n\n" +
		"FT Banks expect the rate cut to come before the summer recess.\n\n" +
		"FT Two retailers plan to merge their online arms, the paper reports.\n"
	_, ok := Read(&Input{Text: text})
	assert.False(t, ok)
}

// Minutes inline before their text, newest first, on a page that says
// live: each entry has its clock and no time.
func TestCommentaryInline(t *testing.T) {
	text := "Rovers v United live\n\n88' Late chance for Rovers, but the header drifts wide of the post.\n\n" +
		"61' Substitution for United: the striker makes way for a defender.\n\n" +
		"45+1' Rovers take the lead with a low drive from twenty yards out.\n"
	p, ok := Read(&Input{Text: text})
	require.True(t, ok)
	require.Len(t, p.Entries, 3)
	assert.Equal(t, "45+1'", p.Entries[2].Clock)
	assert.True(t, p.Entries[2].Time.IsZero())
	assert.Equal(t, "Substitution for United: the striker makes way for a defender.", p.Entries[1].Text)
	assert.Equal(t, "Rovers v United live", p.Title)
}
