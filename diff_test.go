package liveblog_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

func parseText(t *testing.T, page string) *liveblog.Blog {
	t.Helper()
	blog, err := liveblog.Parse(strings.NewReader(page))
	require.NoError(t, err)
	return blog
}

// idsByText maps each entry's first words to its ID.
func idsByText(b *liveblog.Blog) map[string]string {
	m := map[string]string{}
	for _, e := range b.Entries {
		m[e.Text] = e.ID
	}
	return m
}

// The same page fetched four times, newest first, as a site updates it: a
// post added at the top, one edited, one deleted. Two posts share 10:00.
func TestDiffNewestFirstRefetch(t *testing.T) {
	v1 := parseText(t, testutil.TextBlog(
		"10:05 GMT 06.09.2021", "The ferry is running late.",
		"10:00 GMT 06.09.2021", "Rain is easing over the quay.",
		"10:00 GMT 06.09.2021", "Gates open to the public.",
	))
	v2 := parseText(t, testutil.TextBlog(
		"10:09 GMT 06.09.2021", "A brass band starts up.",
		"10:05 GMT 06.09.2021", "The ferry is running late.",
		"10:00 GMT 06.09.2021", "Rain is easing over the quay.",
		"10:00 GMT 06.09.2021", "Gates open to the public.",
	))
	v3 := parseText(t, testutil.TextBlog(
		"10:09 GMT 06.09.2021", "A brass band starts up.",
		"10:05 GMT 06.09.2021", "The ferry is running late.",
		"10:00 GMT 06.09.2021", "Rain has stopped over the quay.",
		"10:00 GMT 06.09.2021", "Gates open to the public.",
	))
	v4 := parseText(t, testutil.TextBlog(
		"10:09 GMT 06.09.2021", "A brass band starts up.",
		"10:00 GMT 06.09.2021", "Rain has stopped over the quay.",
		"10:00 GMT 06.09.2021", "Gates open to the public.",
	))
	require.Len(t, v1.Entries, 3)
	require.Len(t, v2.Entries, 4)

	ids1 := idsByText(v1)
	assert.NotEqual(t, ids1["Rain is easing over the quay."], ids1["Gates open to the public."],
		"two entries of the same minute must not share an ID")
	ids2 := idsByText(v2)
	for text, id := range ids1 {
		assert.Equal(t, id, ids2[text], "ID of %q changed when a post was added at the top", text)
	}
	edited := idsByText(v3)["Rain has stopped over the quay."]
	assert.Equal(t, ids1["Rain is easing over the quay."], edited, "an edit must keep the ID")

	tests := []struct {
		name       string
		prev, next *liveblog.Blog
		want       []string
	}{
		{"first fetch", nil, v1, []string{
			"added Gates open to the public.",
			"added Rain is easing over the quay.",
			"added The ferry is running late.",
		}},
		{"unchanged", v1, v1, nil},
		{"added at top", v1, v2, []string{"added A brass band starts up."}},
		{"edited", v2, v3, []string{"updated Rain has stopped over the quay."}},
		{"deleted", v3, v4, []string{"removed The ferry is running late."}},
		{"all at once", v1, v4, []string{
			"updated Rain has stopped over the quay.",
			"added A brass band starts up.",
			"removed The ferry is running late.",
		}},
		{"page gone", v4, nil, []string{
			"removed Gates open to the public.",
			"removed Rain has stopped over the quay.",
			"removed A brass band starts up.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := liveblog.Diff(tt.prev, tt.next)
			assert.Equal(t, tt.want, testutil.Summarise(got))
			for _, c := range got {
				if c.Kind == liveblog.EntryUpdated {
					require.NotNil(t, c.Previous)
					assert.Equal(t, c.Entry.ID, c.Previous.ID)
					assert.Equal(t, "Rain is easing over the quay.", c.Previous.Text)
				} else {
					assert.Nil(t, c.Previous)
				}
			}
		})
	}
}

// A third post in a minute that already has two, added at the top of a
// newest-first page, takes a new ID and leaves the other two alone.
func TestDiffSameMinuteAddedAtTop(t *testing.T) {
	v1 := parseText(t, testutil.TextBlog(
		"12:30 GMT 06.09.2021", "Second note of the half hour.",
		"12:30 GMT 06.09.2021", "First note of the half hour.",
	))
	v2 := parseText(t, testutil.TextBlog(
		"12:30 GMT 06.09.2021", "Third note of the half hour.",
		"12:30 GMT 06.09.2021", "Second note of the half hour.",
		"12:30 GMT 06.09.2021", "First note of the half hour.",
	))
	ids1, ids2 := idsByText(v1), idsByText(v2)
	assert.Equal(t, ids1["First note of the half hour."], ids2["First note of the half hour."])
	assert.Equal(t, ids1["Second note of the half hour."], ids2["Second note of the half hour."])
	assert.Len(t, map[string]bool{
		ids2["First note of the half hour."]: true, ids2["Second note of the half hour."]: true,
		ids2["Third note of the half hour."]: true,
	}, 3, "IDs collide: %v", ids2)
	assert.Equal(t, []string{"added Third note of the half hour."},
		testutil.Summarise(liveblog.Diff(v1, v2)))
}

// An oldest-first page that appends a post in a minute it already has:
// the page order is read from the times, so ranks count from the top and
// the earlier posts keep their IDs.
func TestDiffOldestFirstAppend(t *testing.T) {
	v1 := parseText(t, testutil.TextBlog(
		"08:00 GMT 07.09.2021", "Morning briefing begins.",
		"08:15 GMT 07.09.2021", "Opening remarks from the chair.",
		"08:15 GMT 07.09.2021", "Questions from the floor.",
	))
	v2 := parseText(t, testutil.TextBlog(
		"08:00 GMT 07.09.2021", "Morning briefing begins.",
		"08:15 GMT 07.09.2021", "Opening remarks from the chair.",
		"08:15 GMT 07.09.2021", "Questions from the floor.",
		"08:15 GMT 07.09.2021", "A second round of questions.",
	))
	ids1, ids2 := idsByText(v1), idsByText(v2)
	for text, id := range ids1 {
		assert.Equal(t, id, ids2[text], "ID of %q changed when a post was appended", text)
	}
	assert.Equal(t, []string{"added A second round of questions."},
		testutil.Summarise(liveblog.Diff(v1, v2)))
}

// A page whose entries carry permalinks: the fragment is the ID, so an
// edit of both the text and the printed time is an update, not a
// removal and an addition.
func TestDiffPermalinkIDSurvivesTimeEdit(t *testing.T) {
	reg := liveblog.NewRegistry()
	// Each paragraph is an entry "ANCHOR|HH:MM|text", as an adapter for a
	// site with permalinks would report it.
	require.NoError(t, reg.Register(liveblog.NewExtractor("anchors", nil, func(d *liveblog.Document) (*liveblog.Result, error) {
		res := &liveblog.Result{}
		for para := range strings.SplitSeq(d.Text(), "\n\n") {
			parts := strings.SplitN(strings.TrimSpace(para), "|", 3)
			if len(parts) != 3 {
				continue
			}
			res.Entries = append(res.Entries, liveblog.Draft{URL: "#" + parts[0], RawTime: parts[1] + " GMT 06.09.2021", Text: parts[2]})
		}
		return res, nil
	})))
	p := liveblog.NewParser(liveblog.Options{Registry: reg, URL: "https://news.example/live", Extractor: "anchors"})
	parse := func(page string) *liveblog.Blog {
		b, err := p.Parse(strings.NewReader(page))
		require.NoError(t, err)
		return b
	}
	v1 := parse("post-b|09:10|Second post.\n\npost-a|09:00|First post.")
	v2 := parse("post-b|09:12|Second post, corrected.\n\npost-a|09:00|First post.")
	assert.Equal(t, "post-b", v1.Entries[0].ID)
	assert.Equal(t, "https://news.example/live#post-b", v1.Entries[0].URL)
	got := liveblog.Diff(v1, v2)
	require.Len(t, got, 1)
	assert.Equal(t, liveblog.EntryUpdated, got[0].Kind)
	assert.Equal(t, "post-b", got[0].Entry.ID)
	assert.True(t, got[0].Entry.Time.Equal(time.Date(2021, 9, 6, 9, 12, 0, 0, time.UTC)))
	assert.True(t, got[0].Previous.Time.Equal(time.Date(2021, 9, 6, 9, 10, 0, 0, time.UTC)))
}

func TestDiffFields(t *testing.T) {
	at := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	base := liveblog.Entry{
		ID: "a", URL: "https://x.example/#a", Time: at, RawTime: "5 min ago", Title: "T", Text: "body",
		HTML: "<p>body</p>", Authors: []string{"Ann"}, Links: []liveblog.Link{{URL: "https://x.example/l"}},
		Images: []liveblog.Image{{URL: "https://x.example/i.jpg"}}, Embeds: []liveblog.Embed{{Kind: liveblog.EmbedTweet, URL: "https://t.example/1"}},
	}
	tests := []struct {
		name    string
		edit    func(e *liveblog.Entry)
		updated bool
	}{
		{"identical", func(e *liveblog.Entry) {}, false},
		{"same instant in another zone", func(e *liveblog.Entry) { e.Time = at.In(time.FixedZone("X", 3600)) }, false},
		{"relative stamp re-read to the same instant", func(e *liveblog.Entry) { e.RawTime = "10 min ago" }, false},
		{"time", func(e *liveblog.Entry) { e.Time = at.Add(time.Minute) }, true},
		{"edit time", func(e *liveblog.Entry) { e.Updated = at.Add(time.Hour) }, true},
		{"title", func(e *liveblog.Entry) { e.Title = "T2" }, true},
		{"text", func(e *liveblog.Entry) { e.Text = "body!" }, true},
		{"html", func(e *liveblog.Entry) { e.HTML = "<p><b>body</b></p>" }, true},
		{"url", func(e *liveblog.Entry) { e.URL = "https://x.example/#b" }, true},
		{"author", func(e *liveblog.Entry) { e.Authors = []string{"Ann", "Bo"} }, true},
		{"link", func(e *liveblog.Entry) { e.Links = nil }, true},
		{"image", func(e *liveblog.Entry) { e.Images[0].Alt = "quay" }, true},
		{"embed", func(e *liveblog.Entry) {
			e.Embeds = append(e.Embeds, liveblog.Embed{Kind: liveblog.EmbedVideo, URL: "v"})
		}, true},
		{"pinned", func(e *liveblog.Entry) { e.Pinned = true }, true},
		{"key event", func(e *liveblog.Entry) { e.KeyEvent = true }, true},
		{"raw time of an unread stamp", func(e *liveblog.Entry) { e.Time = time.Time{}; e.RawTime = "later" }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev := base
			prev.Images = append([]liveblog.Image(nil), base.Images...)
			next := prev
			next.Images = append([]liveblog.Image(nil), prev.Images...)
			if tt.name == "raw time of an unread stamp" {
				prev.Time = time.Time{}
			}
			tt.edit(&next)
			got := liveblog.Diff(&liveblog.Blog{Entries: []liveblog.Entry{prev}}, &liveblog.Blog{Entries: []liveblog.Entry{next}})
			if !tt.updated {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, liveblog.EntryUpdated, got[0].Kind)
		})
	}
}

func TestDiffDuplicateIDsCountOnce(t *testing.T) {
	prev := &liveblog.Blog{Entries: []liveblog.Entry{{ID: "a", Text: "one"}, {ID: "a", Text: "copy"}}}
	next := &liveblog.Blog{Entries: []liveblog.Entry{{ID: "b", Text: "two"}, {ID: "b", Text: "copy"}}}
	got := liveblog.Diff(prev, next)
	assert.Equal(t, []string{"added two", "removed one"}, testutil.Summarise(got))
	assert.Empty(t, liveblog.Diff(nil, nil))
}

func TestChangeKindJSON(t *testing.T) {
	for _, k := range []liveblog.ChangeKind{liveblog.EntryAdded, liveblog.EntryUpdated, liveblog.EntryRemoved} {
		b, err := json.Marshal(liveblog.Change{Kind: k, Entry: liveblog.Entry{ID: "x"}})
		require.NoError(t, err)
		var c liveblog.Change
		require.NoError(t, json.Unmarshal(b, &c))
		assert.Equal(t, k, c.Kind)
		assert.Contains(t, string(b), `"kind":"`+k.String()+`"`)
	}
	_, err := json.Marshal(liveblog.Change{})
	assert.Error(t, err, "a zero kind is not a change")
	assert.Equal(t, "ChangeKind(9)", liveblog.ChangeKind(9).String())
	var k liveblog.ChangeKind
	assert.Error(t, k.UnmarshalText([]byte("moved")))
}

func ExampleDiff() {
	before := "Harbour festival live coverage\n\n" +
		"10:05 GMT 06.09.2021\n\nThe ferry is running late.\n\n" +
		"10:00 GMT 06.09.2021\n\nGates open to the public.\n"
	after := "Harbour festival live coverage\n\n" +
		"10:09 GMT 06.09.2021\n\nA brass band starts up.\n\n" +
		"10:05 GMT 06.09.2021\n\nThe ferry is running twenty minutes late.\n"
	prev, err := liveblog.Parse(strings.NewReader(before))
	if err != nil {
		fmt.Println(err)
		return
	}
	next, err := liveblog.Parse(strings.NewReader(after))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range liveblog.Diff(prev, next) {
		fmt.Printf("%s %s: %s\n", c.Kind, c.Entry.ID, c.Entry.Text)
	}
	// Output:
	// updated t20210906T100500Z-0: The ferry is running twenty minutes late.
	// added t20210906T100900Z-0: A brass band starts up.
	// removed t20210906T100000Z-0: Gates open to the public.
}
