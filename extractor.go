package liveblog

import (
	"time"

	"golang.org/x/net/html"
)

// An Extractor finds the entries of a live blog in a parsed Document.
//
// Match must be cheap and free of side effects: the registry calls it on
// every page until one extractor accepts. Extract returns the entries as
// found; the shared finishing step (text clean-up, safe HTML, URL
// resolution, time resolution, duplicate removal, stable IDs) then turns
// them into a Blog, so an extractor holds only site knowledge.
//
// Extractors are shared by every parse in the process: they must be
// stateless and safe for concurrent use.
type Extractor interface {
	// Name identifies the extractor ("guardian", "jsonld"). It is what
	// Blog.Extractor reports and what Options.Extractor selects.
	Name() string
	// Match reports whether the extractor recognises the page.
	Match(d *Document) bool
	// Extract returns the page's entries. It returns ErrNotLiveBlog (or an
	// error wrapping it) when the page has none.
	Extract(d *Document) (*Result, error)
}

// NewExtractor returns an Extractor made of two functions, for adapters
// too small to need a type of their own. A nil match accepts every page.
func NewExtractor(name string, match func(*Document) bool, extract func(*Document) (*Result, error)) Extractor {
	return funcExtractor{name: name, match: match, extract: extract}
}

type funcExtractor struct {
	name    string
	match   func(*Document) bool
	extract func(*Document) (*Result, error)
}

func (f funcExtractor) Name() string { return f.name }

func (f funcExtractor) Match(d *Document) bool { return f.match == nil || f.match(d) }

func (f funcExtractor) Extract(d *Document) (*Result, error) { return f.extract(d) }

// Result is what an Extractor returns: the entries as found on the page
// and whatever it learnt about the blog itself. Empty fields are filled
// from the Document (title, language, dates).
type Result struct {
	// Title, Summary and Language override the page-level values that the
	// Document finds on its own.
	Title    string
	Summary  string
	Language string
	// Published and Updated are the blog's own dates, when known.
	Published time.Time
	Updated   time.Time
	// Location is the publisher's zone as the extractor knows it; it is
	// used when Options gives none.
	Location *time.Location
	// Older and Newer are the adjoining pages of a paginated blog.
	Older string
	Newer string
	// DatedBy says where the extractor took the day of clock-only or
	// relative stamps from, when it dated them itself (the text reader
	// does) and some entry needed one; see Blog.DatedBy. Extractors that
	// leave times to the finishing step leave it empty.
	DatedBy DateSource
	// Entries are the entries in page order.
	Entries []Draft
}

// Draft is one entry as an extractor found it, before the shared finishing
// step. An extractor fills what its page offers; the finishing step derives
// the rest.
type Draft struct {
	// ID is the site's own identifier for the entry (an element id, a
	// post number); empty when the site has none.
	ID string
	// URL is the entry's permalink, absolute or relative to the page.
	URL string
	// Time is the entry time when the page gives it in a form the
	// extractor trusts (a datetime attribute, an epoch). When zero, the
	// finishing step reads RawTime.
	Time time.Time
	// RawTime is the time as printed on the page.
	RawTime string
	// Clock is the match clock printed on sports commentary ("45'+2",
	// "HT", "12.3", "Lap 23/58"); see Entry.Clock.
	Clock string
	// Date is a date heading the entry stands under, for pages that print
	// the day apart from the time ("Dienstag, 27. August 2024").
	Date string
	// Updated is when the entry was last edited.
	Updated time.Time
	// Title is the entry headline.
	Title string
	// Body holds the nodes that make up the entry body, in order. The
	// finishing step renders them into Text, HTML, Links, Images and
	// Embeds.
	Body []*html.Node
	// Exclude lists nodes inside Body to leave out of the rendered body:
	// the title, time labels, bylines, share buttons.
	Exclude []*html.Node
	// Text is the body as plain text, paragraphs separated by blank lines,
	// for sources that have no nodes (JSON-LD, plain text). It is used
	// when Body is empty.
	Text string
	// Authors are the author names printed with the entry.
	Authors []string
	// Links, Images and Embeds are added to those found in Body.
	Links  []Link
	Images []Image
	Embeds []Embed
	// KeyEvent and Pinned are the site's flags.
	KeyEvent bool
	Pinned   bool
	// leadCut is the clock (and separator) that opens the body's first
	// paragraph on pages that print each entry as one plain paragraph
	// ("16.20 Räddningstjänsten …"): it is the entry's time, not its text.
	leadCut string
}
