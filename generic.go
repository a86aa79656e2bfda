package liveblog

import (
	"github.com/liveblog-go/liveblog/internal/docindex"
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/marks"
	"github.com/liveblog-go/liveblog/internal/pagedate"
	"github.com/liveblog-go/liveblog/internal/stream"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// genericExtractors are the built-in extractors that work on any site,
// in the order a new Registry tries them, after its site adapters: for HTML, the
// sources that standard markup names outright (AMP live lists, microdata
// liveBlogUpdate items, the WordPress live-blog plugin and hAtom), then the
// structural fallback that looks for any run of timestamped blocks, then
// the JSON-LD updates alone, for pages whose markup shows no entries at
// all; and the plain-text reader, which only plain-text input matches.
var genericExtractors = []Extractor{
	ampExtractor{},
	microdataExtractor{},
	wordpressExtractor{},
	structuralExtractor{},
	jsonldExtractor{},
	textExtractor{},
}

// buildResult turns the entries a DOM source found into a Result: drafts,
// times checked against the page's JSON-LD (see reconcile), the blog
// headline, and the publisher's zone when entries print only a clock.
func buildResult(d *Document, entries []stream.Entry) (*Result, error) {
	if len(entries) == 0 {
		return nil, ErrNotLiveBlog
	}
	res := &Result{Entries: make([]Draft, 0, len(entries))}
	facts := make([]entryFacts, 0, len(entries))
	same := newSameTextIndex(len(entries))
	for i := range entries {
		dr, f := draftOf(&entries[i])
		if f.key == "" && dr.Title == "" && !hasMedia(entries[i].Nodes) {
			continue // an ad slot or an empty placeholder
		}
		if j := same.find(f.key); j >= 0 && !postedApart(&res.Entries[j], &facts[j], &dr, &f) {
			// A post shown twice (a pinned copy above the stream): keep
			// the copy that stands in the stream, flagged as pinned.
			if !res.Entries[j].Pinned || dr.Pinned {
				res.Entries[j].Pinned = res.Entries[j].Pinned || dr.Pinned
				continue
			}
			res.Entries = append(res.Entries[:j], res.Entries[j+1:]...)
			facts = append(facts[:j], facts[j+1:]...)
			same.remove(j)
			dr.Pinned = true
		}
		res.Entries = append(res.Entries, dr)
		facts = append(facts, f)
		same.add(f.key)
	}
	if len(res.Entries) == 0 {
		return nil, ErrNotLiveBlog
	}
	flagBoxedCopies(entries, res.Entries, facts)
	lb := reconcile(d, res, facts)
	res.Title = pageHeadline(d, lb)
	dropBlogHeadline(res, facts)
	if lb != nil {
		res.Published, res.Updated = lb.Published, lb.Modified
	}
	for i := range res.Entries {
		if res.Entries[i].Time.IsZero() && res.Entries[i].RawTime != "" {
			res.Location = pagedate.Zone(d.pageFacts())
			break
		}
	}
	return res, nil
}

// dropBlogHeadline clears entry titles that are the blog's own headline
// as metadata gave it: templates that fill an untitled post's metadata
// with the page's headline give every such post the blog's title. A
// heading the entry prints stays, though the page's headline repeat it
// (pages that headline their newest post). facts, when they still
// stand beside res.Entries, tell the titles metadata gave.
func dropBlogHeadline(res *Result, facts []entryFacts) {
	key := dom.Key(res.Title)
	if key == "" {
		return
	}
	aligned := len(facts) == len(res.Entries)
	for i := range res.Entries {
		if aligned && !facts[i].meta {
			continue
		}
		if dom.Key(res.Entries[i].Title) == key {
			res.Entries[i].Title = ""
		}
	}
}

// postedApart reports whether two entries show different times — as
// printed clocks, else as machine times more than a minute apart — and so
// are two posts even when their texts begin alike (a standing line
// repeated through the day, an aggregate score): a post shown twice shows
// the same time twice. The printed clock decides when both have one: a
// pinned copy may carry another machine time (its pinning) beside the
// same clock.
func postedApart(a *Draft, fa *entryFacts, b *Draft, fb *entryFacts) bool {
	if fa.clock >= 0 && fb.clock >= 0 {
		return fa.clock != fb.clock
	}
	if !a.Time.IsZero() && !b.Time.IsZero() {
		return !sameMinute(a.Time, b.Time)
	}
	return false
}

// hasMedia reports whether nodes hold an image, a video or an embed.
func hasMedia(nodes []*html.Node) bool {
	found := false
	for _, top := range nodes {
		dom.WalkUntil(top, func(n *html.Node) (bool, bool) {
			if n.Type == html.ElementNode {
				switch n.DataAtom {
				case atom.Img, atom.Iframe, atom.Video, atom.Audio, atom.Picture:
					found = true
				}
				if n.Data == "amp-img" || n.Data == "amp-video" || n.Data == "amp-iframe" || n.Data == "amp-twitter" || n.Data == "amp-youtube" {
					found = true
				}
			}
			return !found, found
		})
	}
	return found
}

// containerEntries makes one stream.Entry of each container element, at
// the given positions of the page's index, with the time marks inside it.
func containerEntries(d *Document, at []int) []stream.Entry {
	ix := d.index()
	entries := make([]stream.Entry, 0, len(at))
	for _, i := range at {
		entries = append(entries, stream.Entry{Nodes: []*html.Node{ix.Node(i)}, Marks: marks.Collect(ix, i, d.timeEngine(), false)})
	}
	return entries
}

// outermost drops the positions of elements that lie inside another
// element of the list (a selector like [id^=liveblog-entry-] also
// matches inner elements such as #liveblog-entry-12-text). at is in page
// order, so an element inside another comes before that one's subtree
// ends.
func outermost(ix *docindex.Index, at []int) []int {
	out := at[:0:0]
	for _, i := range at {
		if len(out) > 0 && i < ix.End(out[len(out)-1]) {
			continue
		}
		out = append(out, i)
	}
	return out
}
