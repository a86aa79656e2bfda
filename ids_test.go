package liveblog

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestIsDerivedID(t *testing.T) {
	derived := []string{"t20240420T120300Z-0", "t20240420T120300Z-12", "t20240420T120300Z-0-2", "n0", "n17", "n3-2-3"}
	for _, id := range derived {
		assert.True(t, IsDerivedID(id), id)
	}
	site := []string{"", "n", "t", "post-123", "liveblog-entry-5", "n3a", "n3-", "n-3", "t20240420T120300Z", "t20240420T120300Z-", "t20240420T120300Z-0-", "t2024042XT120300Z-0", "t20240420 120300Z-0", "x20240420T120300Z-0", "block-64f0c2"}
	for _, id := range site {
		assert.False(t, IsDerivedID(id), id)
	}
}

// Every ID Parse derives has the shape IsDerivedID looks for, and a
// site's own ID is kept as it is.
func TestDerivedIDsHaveTheirShape(t *testing.T) {
	at := time.Date(2024, 4, 20, 12, 3, 0, 0, time.UTC)
	entries := []Entry{{Time: at}, {Time: at}, {}, {}, {ID: "post-9", Time: at}}
	assignIDs(entries, NewestFirst)
	for _, e := range entries[:4] {
		assert.True(t, IsDerivedID(e.ID), e.ID)
	}
	assert.Equal(t, "post-9", entries[4].ID)
	assert.Equal(t, []string{"t20240420T120300Z-1", "t20240420T120300Z-0", "n1", "n0"}, []string{entries[0].ID, entries[1].ID, entries[2].ID, entries[3].ID})
}
