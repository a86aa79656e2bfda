package stream

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/docindex"
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/marks"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// find parses a page body and returns the stream Find sees in it.
func find(t *testing.T, body string) []Entry {
	t.Helper()
	root, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
	require.NoError(t, err)
	ix := docindex.Build(root, nil)
	return Find(marks.Collect(ix, -1, &timeparse.Normalizer{Location: time.UTC}, false))
}

const para = "<p>A paragraph long enough to count as the text of an entry of its own.</p>"

func TestHeadingEntries(t *testing.T) {
	entries := find(t, `<div id="s"><h2>Montag, 26. Februar 2024</h2>`+
		`<h3>12.31 Uhr: Die Brücke ist gesperrt</h3>`+para+`<p>___</p><p>A stray line after the separator is nobody's.</p>`+
		`<h3>11.05 Uhr: Der Zug fährt wieder</h3>`+para+
		`<h3>10.00 Uhr: Der Tag beginnt</h3>`+para+`</div>`)
	require.Len(t, entries, 3)
	for _, e := range entries {
		assert.Equal(t, "Montag, 26. Februar 2024", e.Date, "the date heading dates every entry below it")
		require.NotNil(t, e.Lead)
	}
	assert.Equal(t, 12*60+31, entries[0].Lead.Clock)
	assert.Equal(t, "Die Brücke ist gesperrt", entries[0].Lead.Rest)
	require.Len(t, entries[0].Nodes, 2, "the heading and its paragraph; the separator ends the entry")
	assert.Equal(t, "h3", entries[0].Nodes[0].Data)
	assert.Equal(t, 10*60, entries[2].Lead.Clock)
}

func TestContainerEntries(t *testing.T) {
	entries := find(t, `<section>`+
		`<article id="p3"><time datetime="2024-03-12T14:05:00Z">14:05</time>`+para+`</article>`+
		`<article id="p2"><time datetime="2024-03-12T13:40:00Z">13:40</time>`+para+`</article>`+
		`<div class="ad">Advertisement</div>`+
		`<article id="p1"><time datetime="2024-03-12T12:15:00Z">12:15</time>`+para+`</article></section>`)
	require.Len(t, entries, 3)
	for i, id := range []string{"p3", "p2", "p1"} {
		assert.Equal(t, id, dom.Attr(entries[i].Nodes[0], "id"))
	}
}

func TestNoStream(t *testing.T) {
	t.Run("a dated chronology", func(t *testing.T) {
		assert.Nil(t, find(t, `<section>`+
			`<article><time datetime="2024-03-12T14:05:00Z">12 March</time>`+para+`</article>`+
			`<article><time datetime="2024-03-09T14:05:00Z">9 March</time>`+para+`</article>`+
			`<article><time datetime="2024-03-05T14:05:00Z">5 March</time>`+para+`</article></section>`))
	})
	t.Run("times that do not run one way", func(t *testing.T) {
		assert.Nil(t, find(t, `<section>`+
			`<article><time datetime="2024-03-12T14:05:00Z">14:05</time>`+para+`</article>`+
			`<article><time datetime="2024-03-12T16:05:00Z">16:05</time>`+para+`</article>`+
			`<article><time datetime="2024-03-12T12:05:00Z">12:05</time>`+para+`</article>`+
			`<article><time datetime="2024-03-12T17:05:00Z">17:05</time>`+para+`</article></section>`))
	})
	t.Run("two entries are too few", func(t *testing.T) {
		assert.Nil(t, find(t, `<section>`+
			`<article><time datetime="2024-03-12T14:05:00Z">14:05</time>`+para+`</article>`+
			`<article><time datetime="2024-03-12T13:05:00Z">13:05</time>`+para+`</article></section>`))
	})
}

// A mark too deep to climb from (past maxClimb) splits its child's marks
// in page order; the child still gets all the others, in order.
func TestMarksByChildAcrossADeepMark(t *testing.T) {
	p := &html.Node{Type: html.ElementNode, Data: "div"}
	c := &html.Node{Type: html.ElementNode, Data: "article"}
	p.AppendChild(c)
	first := &html.Node{Type: html.ElementNode, Data: "time"}
	c.AppendChild(first)
	deep := c
	for range maxClimb + 5 {
		d := &html.Node{Type: html.ElementNode, Data: "div"}
		deep.AppendChild(d)
		deep = d
	}
	deepTime := &html.Node{Type: html.ElementNode, Data: "time"}
	deep.AppendChild(deepTime)
	last := &html.Node{Type: html.ElementNode, Data: "time"}
	c.AppendChild(last)
	all := []marks.Mark{{Node: first, Clock: 1}, {Node: deepTime, Clock: 2}, {Node: last, Clock: 3}}
	byChild, headings := marksByChild(p, all)
	require.Len(t, byChild, 1)
	got := byChild[c]
	require.Len(t, got, 2)
	assert.Equal(t, []int{1, 3}, []int{got[0].Clock, got[1].Clock})
	assert.Zero(t, headings)

	// Without the deep mark the child's marks are a piece of the page's,
	// capped: appending to them (heading mode does) copies.
	other := &html.Node{Type: html.ElementNode, Data: "article"}
	p.AppendChild(other)
	otherTime := &html.Node{Type: html.ElementNode, Data: "time"}
	other.AppendChild(otherTime)
	all = []marks.Mark{{Node: first, Clock: 1}, {Node: last, Clock: 3}, {Node: otherTime, Clock: 5}}
	byChild, _ = marksByChild(p, all)
	require.Len(t, byChild[c], 2)
	require.Len(t, byChild[other], 1)
	grown := append(byChild[c], marks.Mark{Clock: 4})
	assert.Len(t, grown, 3)
	assert.Equal(t, 5, all[2].Clock, "appending to a child's marks leaves the page's alone")
}

func TestSlotsRising(t *testing.T) {
	tests := []struct {
		name  string
		slots []int
		want  bool
	}{
		{"programme", []int{9 * 60, 9*60 + 30, 10 * 60, 12 * 60, 13*60 + 15}, true},
		{"guide past midnight", []int{22 * 60, 23*60 + 45, 15, 90}, true},
		{"one post off the quarter", []int{9 * 60, 9*60 + 30, 10*60 + 2, 12 * 60}, false},
		{"newest first", []int{12 * 60, 10 * 60, 9*60 + 30, 9 * 60}, false},
		{"a slot twice", []int{9 * 60, 9 * 60, 10 * 60, 11 * 60}, false},
	}
	assert.True(t, SlotsRising([]int{18 * 60, 18*60 + 30, 19 * 60, 21 * 60}, LiveSlotStep), "a channel's evening")
	assert.False(t, SlotsRising([]int{21 * 60, 21*60 + 15, 21*60 + 30, 21*60 + 45}, LiveSlotStep), "posts every quarter hour")
	for _, tt := range tests {
		assert.Equal(t, tt.want, SlotsRising(tt.slots, SlotStep), tt.name)
	}
}

func TestChapterMarks(t *testing.T) {
	assert.True(t, ChapterMarks([]int{0, 252, 708, 1385}))  // 00:00, 04:12, 11:48, 23:05
	assert.False(t, ChapterMarks([]int{0, 252}))            // too few
	assert.False(t, ChapterMarks([]int{5, 252, 708}))       // not from 0:00
	assert.False(t, ChapterMarks([]int{0, 1410, 30, 75}))   // round the dial: a live blog from midnight
	assert.False(t, ChapterMarks([]int{0, 252, -1, 708}))   // an entry without a clock
	assert.False(t, ChapterMarks([]int{1385, 708, 252, 0})) // newest first
}
