package liveblog

import (
	"github.com/liveblog-go/liveblog/internal/stream"
)

// wordpressExtractor reads two blog markups common on WordPress sites:
//
//   - The Liveblog plugin: each entry is a div#liveblog-entry-{id} with a
//     data-timestamp epoch, a header (author name, time link) and a
//     .liveblog-entry-text body.
//   - hAtom: .hentry items with .entry-title, .entry-content and a
//     .published time (<abbr title="ISO">, <time datetime>). hAtom marks
//     any blog post, so a page of hAtom items passes the same evidence
//     tests as the structural fallback (at least three substantive entries
//     whose times run one way, at most a day and a half apart): a blog's
//     index page of posts days apart is not a live blog; nor is a list of
//     items whose headlines link to pages of their own (an index of posts,
//     an events calendar's programme), where a live blog's posts are read
//     where they stand.
//
// Plugin-style ids alone do not make a live blog: when fewer than half of
// the #liveblog-entry- elements carry a time, the page is some other
// markup that borrows the name, and the extractor reports ErrNotLiveBlog
// so that the structural fallback can look at it.
type wordpressExtractor struct{}

func (wordpressExtractor) Name() string { return "wordpress" }

func (wordpressExtractor) Match(d *Document) bool {
	ix := d.index()
	return len(ix.WordPress) > 0 || len(ix.HEntries) > 0
}

func (wordpressExtractor) Extract(d *Document) (*Result, error) {
	ix := d.index()
	if len(ix.WordPress) > 0 {
		if entries := containerEntries(d, outermost(ix, ix.WordPress)); timedShare(entries) {
			return buildResult(d, entries)
		}
	}
	at := outermost(ix, ix.HEntries)
	if len(at) < stream.MinEntries {
		return nil, ErrNotLiveBlog
	}
	entries := containerEntries(d, at)
	if _, ok := stream.Evidence(ix.Node(at[0]).Parent, entries); !ok || stream.MostLinkAway(entries) {
		return nil, ErrNotLiveBlog
	}
	return buildResult(d, entries)
}

// timedShare reports whether at least half of the entries (and at least
// one) carry a time mark.
func timedShare(entries []stream.Entry) bool {
	timed := 0
	for i := range entries {
		if len(entries[i].Marks) > 0 {
			timed++
		}
	}
	return timed > 0 && timed*2 >= len(entries)
}
