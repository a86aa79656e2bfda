package liveblog

import (
	"regexp"
	"strings"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/marks"
	"github.com/liveblog-go/liveblog/internal/stream"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// structuralExtractor is the fallback for pages that mark their entries in
// no standard way. It looks for what live blogs have in common: a run of
// sibling blocks that each carry a time stamp.
//
// The rules:
//   - A time stamp (a mark) is a <time> or <amp-timeago> element, an
//     itemprop="datePublished", a data-* attribute whose name says time or
//     date and whose value is an epoch or ISO time, or a heading (or a
//     paragraph opening in bold) whose text starts with a clock followed by
//     a separator or zone word ("12.31 Uhr: …", "14:05 BST - …") or framed
//     by ticker markers ("+++ 00:35 Title +++"), or a short element of its
//     own holding only a printed time stamp that the Normalizer reads
//     (<span class="date">14:05</span>, "31.03.2024 • 09:42 Uhr"). marks.Of a
//     label that pairs the visible time with a screen-reader twin, the
//     visible text is read.
//   - The stream is the element whose children most often hold a mark.
//     Each marked child is an entry (container mode); but when the marked
//     children are themselves clock headings, an entry is the heading and
//     the siblings after it, up to the next clock heading or a heading
//     without one (heading mode: tickers with no entry containers); a
//     clock heading with nothing after its clock takes the heading below
//     it as its title, and a marked child holding nothing but its stamp
//     (<dt><time>…</time></dt>) takes the siblings after it, up to the
//     next marked child. A heading holding only a date sets the day of
//     the entries after it.
//   - A stream must show real evidence of a live blog: at least three
//     entries; not inside nav, aside, footer or a comments, related,
//     teaser or sidebar block; entries with substantive text of their own
//     (a median of 50 characters outside links and time labels, and less
//     than half of all text in links), so that lists of timestamped
//     teasers are not a live blog; times that run one way down the page
//     (three quarters of neighbouring pairs, allowing for a pinned entry;
//     printed clocks compare round the dial, so a feed may cross
//     midnight); and, where the times are machine-readable or printed
//     with their day, a median gap between neighbours of at most a day
//     and a half (a dated chronology is not a live blog).
//   - Among streams that pass, the one with the most entry text wins.
//   - A stream of four or more entries that all start on the quarter hour
//     (on a page that calls itself live, the half hour), earliest first,
//     is a timetable (a programme, a TV guide, a channel's "Watch live"
//     page), not a live blog: posts land on any minute. On a page that
//     does not call itself live, a stream told oldest first is a story in
//     order (a reportage, a chronology, a photo gallery's captions, a
//     forum thread), not a ticker: a heading ticker whose clocks run
//     forward, or any stream whose times do.
type structuralExtractor struct{}

func (structuralExtractor) Name() string { return "structural" }

// Match is a quick look for anything that can carry a time stamp; a page
// with none (no <time>, no subheading, no bold lead, no time attribute;
// on a page that calls itself live, no paragraph or <dt>) cannot hold a
// stream of timestamped entries.
func (structuralExtractor) Match(d *Document) bool {
	ix := d.index()
	return ix.Hint || ix.Plain && pageSaysLive(d)
}

func (structuralExtractor) Extract(d *Document) (*Result, error) {
	ms := marks.Collect(d.index(), d.rootAt(), d.timeEngine(), pageSaysLive(d))
	entries := stream.Find(ms)
	if len(entries) == 0 || siteListing(d, entries) || besideTheArticle(d, entries) || notATicker(d, entries) {
		return nil, ErrNotLiveBlog
	}
	return buildResult(d, entries)
}

// notATicker reports whether the stream, for all its shape, is a schedule,
// a recording's time codes or a story told in order: stream.Scheduled
// (slots on the quarter hour, the half hour where the page calls itself
// live; chapters or a transcript's codes from 00:00), or on a page that
// does not call itself live, a stream told oldest first
// (stream.ToldInOrder).
func notATicker(d *Document, entries []stream.Entry) bool {
	if pageSaysLive(d) {
		return stream.Scheduled(entries, true)
	}
	return stream.Scheduled(entries, false) || stream.ToldInOrder(entries)
}

// siteListing reports whether the stream is a list of stories on a page
// that declares itself a listing (og:type "website", a JSON-LD
// CollectionPage: home, section and search pages), where most entries'
// headings are links to other pages. A live
// blog is an article; its entries' headings, when linked at all, mostly
// point at the entry itself (#fragment).
func siteListing(d *Document, entries []stream.Entry) bool {
	return stream.MostLinkAway(entries) && declaresListing(d)
}

// besideTheArticle reports whether the stream stands beside the page's
// article rather than in it: the page's headline (its first <h1>) sits in
// an <article> or <main> with two or more paragraphs of its own, and the
// stream is outside that element, on a page that does not call itself
// live. A site-wide news ticker in a side column of an ordinary article
// is such a stream.
func besideTheArticle(d *Document, entries []stream.Entry) bool {
	h := d.firstH1()
	if h == nil {
		return false
	}
	var art *html.Node
	for a := h.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main || strings.EqualFold(dom.Attr(a, "role"), "main") {
			art = a
			break
		}
	}
	if art == nil {
		return false
	}
	stream := entries[0].Nodes[0].Parent
	for a := stream; a != nil; a = a.Parent {
		if a == art {
			return false // the stream is in the article
		}
	}
	for a := art; a != nil; a = a.Parent {
		if a == stream {
			return false // the article is one of the stream's entries
		}
	}
	paras := 0
	for n := range art.Descendants() {
		if n.DataAtom == atom.P && len(strings.TrimSpace(dom.Text(n))) >= 80 {
			if paras++; paras >= 2 {
				break
			}
		}
	}
	return paras >= 2 && !pageSaysLive(d)
}

// listingTypeRe finds the schema.org types of pages that list other pages.
var listingTypeRe = regexp.MustCompile(`"@type"\s*:\s*(?:\[[^\]]*)?"(?:CollectionPage|SearchResultsPage)"`)

// declaresListing reports whether the page calls itself a home, section or
// search page: og:type "website", or a JSON-LD CollectionPage.
func declaresListing(d *Document) bool {
	switch strings.ToLower(strings.TrimSpace(d.Meta("og:type"))) {
	case "website", "object":
		return true
	}
	ld := d.jsonLD()
	for i := range ld.Len() {
		if raw := ld.Raw(i); listingTypeRe.MatchString(raw) && !strings.Contains(raw, "LiveBlogPosting") && ld.Valid(i) {
			return true
		}
	}
	return false
}

// pageSaysLive reports whether the page's title or first headline calls
// it live ("Liveticker", "EN DIRECT", "in diretta") or it declares a
// LiveBlogPosting: the evidence that lets plain paragraphs opening with a
// clock count as entries.
// Several extractors ask; the answer is worked out once per Document.
func pageSaysLive(d *Document) bool {
	d.liveOnce.Do(func() { d.live = callsItselfLive(d) })
	return d.live
}

func callsItselfLive(d *Document) bool {
	if titleSaysLive(d.Title()) {
		return true
	}
	if h := d.firstH1(); h != nil && titleSaysLive(dom.Text(h)) {
		return true
	}
	return hasLiveBlogJSONLD(d, "LiveBlogPosting")
}

// titleSaysLive reports whether s holds one of lexicon.LiveWords as a
// whole word (lexicon.SaysLive).
func titleSaysLive(s string) bool { return lexicon.SaysLive(s) }
