// Package detect tells whether a page is a live blog without extracting
// it: the reading behind liveblog.Detect. It answers what each of the root
// package's generic extractors would find (Report.Generic), what the page
// says of itself, and how sure that makes it (Confidence); the root
// package adds the registry's site adapters and the page's options.
//
// An HTML page is read in one pass and no tree is built:
//
//   - scan.go splits the text into tags and text as a browser's
//     tokenizer does, jumping from '<' to '<' and slicing the input
//     instead of copying it;
//   - outline.go nests the tags into elements as html.Parse would
//     (implied end tags, the implied html, head and body, void elements,
//     the 512-deep limit; the spec's element sets in elemsets.go), and
//     build.go keeps one small record per element
//     (parent, children, extent, tag, class, id, text sizes) with the
//     short texts of the elements that may be time labels or headings
//     (text.go) while they are open; walk.go feeds a parsed tree instead;
//   - flags.go reads what each element's tag and attributes say as it
//     opens; marks.go (and matchclock.go) whether it is a time mark as it
//     closes, the structural extractor's test;
//   - stream.go and rejects.go find the stream of marked siblings and hold
//     it to the structural extractor's evidence (order.go: its times run
//     one way); generic.go gives every
//     generic extractor's verdict; signals.go reads the head, the JSON-LD
//     (checked only when an answer needs it) and the vendor embeds;
//   - report.go and confidence.go turn the verdicts into a decision, its
//     evidence and its score; sketch.go rebuilds the page's elements for
//     a site adapter's Match.
//
// Copied text is read by internal/textread, whose entries are the
// evidence (Text).
//
// The rules are the root package's generic extractors' (generic_*.go),
// read from the outline: a change to those rules needs the same change
// here. The agreement test holds the two together on every fixture and
// corpus page, and the scanner and outline tests hold them to
// x/net/html on every fixture page.
package detect
