package fetch

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/liveblog-go/liveblog"
)

func at(clock string) time.Time {
	t, err := time.Parse(time.RFC3339, "2024-03-09T"+clock+":00Z")
	if err != nil {
		panic(err)
	}
	return t
}

func ent(id, clock, text string) liveblog.Entry {
	e := liveblog.Entry{ID: id, Text: text}
	if clock != "" {
		e.Time = at(clock)
	}
	return e
}

func idsOf(es []liveblog.Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func TestMergeNewestFirst(t *testing.T) {
	pin := ent("welcome", "08:00", "How to follow")
	pin.Pinned = true
	m := newMerger([]liveblog.Entry{pin, ent("c", "12:00", "C"), ent("b", "11:00", "B")})
	assert.Equal(t, 2, m.add([]liveblog.Entry{pin, ent("b", "11:00", "B"), ent("a2", "10:30", "A2"), ent("a1", "10:00", "A1")}))
	// A page whose entries are all newer than any read (the blog grew
	// at the top) goes above the first page, under its pinned post.
	assert.Equal(t, 1, m.add([]liveblog.Entry{ent("d", "12:30", "D")}))
	assert.Equal(t, []string{"welcome", "d", "c", "b", "a2", "a1"}, idsOf(m.entries()))
}

func TestMergeOldestFirst(t *testing.T) {
	// A blog that runs oldest first: page 1 holds the latest posts,
	// oldest of them first; its older page comes before it.
	m := newMerger([]liveblog.Entry{ent("c", "11:00", "C"), ent("d", "12:00", "D"), ent("e", "13:00", "E")})
	assert.True(t, m.oldestFirst)
	m.add([]liveblog.Entry{ent("a", "09:00", "A"), ent("b", "10:00", "B")})
	m.add([]liveblog.Entry{ent("z", "08:00", "Z")})
	assert.Equal(t, []string{"z", "a", "b", "c", "d", "e"}, idsOf(m.entries()))
}

func TestMergeDerivedIDs(t *testing.T) {
	m := newMerger([]liveblog.Entry{ent("t20240309T120000Z-0", "12:00", "Second half under way"), ent("n0", "", "An untimed note")})
	added := m.add([]liveblog.Entry{
		ent("t20240309T120000Z-0", "12:00", "Teams back out"),            // another post of that minute
		ent("t20240309T120000Z-0-2", "12:00", "Yet another, renumbered"), // takes the next free suffix
		ent("n0", "", "An untimed note"),                                 // the same again
		ent("n1", "", "A second note"),
	})
	assert.Equal(t, 3, added)
	assert.Equal(t, []string{"t20240309T120000Z-0", "n0", "t20240309T120000Z-0-2", "t20240309T120000Z-0-2-2", "n1"}, idsOf(m.entries()))
	texts := map[string]string{}
	for _, e := range m.entries() {
		texts[e.ID] = e.Text
	}
	assert.Equal(t, "Teams back out", texts["t20240309T120000Z-0-2"])
}

func TestMergeSiteIDsAreTheSameEntry(t *testing.T) {
	// A site's own ID names one post even when a later page shows it
	// edited: it is kept once, as first met.
	m := newMerger([]liveblog.Entry{ent("post-7", "12:00", "Ferry late"), ent("post-6", "11:00", "Gates open")})
	assert.Zero(t, m.add([]liveblog.Entry{ent("post-6", "11:00", "Gates open at eleven (corrected)")}))
	assert.Equal(t, []string{"post-7", "post-6"}, idsOf(m.entries()))
	assert.Equal(t, "Gates open", m.entries()[1].Text)
}

func TestOldestFirstReadsTimedEntriesOnly(t *testing.T) {
	pinned := ent("p", "23:00", "pinned")
	pinned.Pinned = true
	assert.False(t, oldestFirst([]liveblog.Entry{pinned, ent("c", "12:00", ""), ent("x", "", ""), ent("b", "11:00", "")}))
	assert.True(t, oldestFirst([]liveblog.Entry{pinned, ent("b", "11:00", ""), ent("x", "", ""), ent("c", "12:00", "")}))
	assert.False(t, oldestFirst([]liveblog.Entry{ent("x", "", ""), ent("y", "", "")}), "no times: newest first")
}
