// Package liveblog turns a news live-blog page into typed, timestamped
// entries.
//
// Article extractors flatten a live blog into one text and lose every
// entry boundary, headline and time; liveblog returns the entries as the
// reader sees them, each with its absolute time, title, plain text, safe
// HTML, authors, links, images, embeds and key-event and pinned flags.
//
// # Parsing
//
// Parse reads a page (HTML, or the text of one as copied from a browser)
// and returns a Blog:
//
//	blog, err := liveblog.Parse(r)
//	if errors.Is(err, liveblog.ErrNotLiveBlog) { ... } // an ordinary article
//	for _, e := range blog.Entries {
//		fmt.Println(e.Time, e.Title, e.Text)
//	}
//
// A Parser carries Options: the page URL (for links and to pick the site
// adapter), the publisher's time zone, a reference time, a size limit, the
// HTTP Content-Type and a fallback charset. A Parser is immutable and safe
// for concurrent use. ParseNode takes an already parsed *html.Node. Parsing
// never touches the network and never closes the reader.
//
// # The pipeline
//
// A page goes through five steps, each with one home:
//
//  1. Bytes in (liveblog.go): the size is capped, HTML is told from text,
//     the charset is decoded (golang.org/x/net/html/charset).
//  2. Document (document.go): one parsed tree plus the page-level facts
//     extractors ask about (URL, language, title, meta dates, JSON-LD),
//     each computed once, on first use.
//  3. Choose (extractor.go): the Registry asks each Extractor's Match in
//     order, site adapters first, generic extractors after them.
//  4. Extract: the chosen extractor returns Drafts, the entries as found.
//  5. Finish (finish.go): one shared step turns Drafts into Entries: text
//     clean-up, safe HTML, links resolved, repeated paragraphs and
//     entries dropped, the page's times resolved together (Normalizer and
//     its ResolveSequence), stable IDs.
//
// # Extractors
//
// The root package holds the generic extractors, which work on any site:
// the plain-text reader and the HTML ones. Site adapters live in
// sources/<site> packages; import github.com/liveblog-go/liveblog/sources/all
// to register all of them with DefaultRegistry, or register the ones you
// want. Write your own with a type implementing Extractor or with
// NewExtractor, and Register it.
//
// # Timestamps
//
// Normalizer reads the stamps live blogs print ("14:18 GMT 06.09.2021") in
// the publisher's zone, relative to a reference time, and is usable on its
// own.
package liveblog
