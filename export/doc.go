// Package export writes a parsed live blog in the forms people read and
// keep: Markdown, for notes and language-model pipelines, and a
// standalone HTML reader page, for archiving and reading offline.
//
// Both take a *liveblog.Blog and depend on it alone: the same Blog and
// options always give the same bytes. Neither touches the network.
//
// Both treat the Blog as untrusted. Markdown is built from each entry's
// HTML by a walk that writes only what it knows (paragraphs, headings,
// list items, quotes, code, emphasis, links and images) and escapes
// every character of the page's text that Markdown would read as
// syntax, so a page cannot put a link, an image or raw HTML into the
// Markdown. (Bare addresses in the text, "https://…" or "www.…", stay
// text in CommonMark; renderers with GitHub's autolink extension show
// them as links to the address they spell, as they would any text.)
// The reader page writes each entry's HTML again through the
// library's allowlist and forbids scripts with a Content-Security-Policy,
// so a Blog built by hand or decoded from edited JSON cannot run code in
// the page either.
package export
