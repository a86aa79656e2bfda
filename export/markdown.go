package export

import (
	"errors"
	"io"
	"strings"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/render"
)

// errNilBlog is returned for a nil Blog.
var errNilBlog = errors.New("liveblog: export of a nil Blog")

// separator joins the facts of a line: time, flags, authors, links.
const separator = " · "

// Markdown writes b as Markdown (CommonMark, with GitHub's ~~strike~~):
//
//   - the blog's title as a level-1 heading, then its address, its
//     published and updated times, the links to its older and newer
//     pages, and its summary;
//   - one level-2 section per entry, in the blog's order, headed by the
//     entry's time in a readable form ("Tue 14 May 2024, 16:05 UTC";
//     the printed time when the page gives no readable one) and its
//     title; under it a line with "**Key event**" and "**Pinned**" when
//     the site marks the entry so, the time in RFC 3339 (in UTC), the
//     time of an edit, the authors and the permalink;
//   - the entry's body, from Entry.HTML: paragraphs, headings, list
//     items, quotes, code, emphasis and links, each image as a link
//     ("[Image: alt](address)") followed by its caption, then the
//     images the body does not show and the embeds, each as a link
//     ("[Embedded YouTube video](address)").
//
// Only absolute http, https and mailto addresses become links; every
// character of the page's text that Markdown reads as syntax is escaped,
// so the page cannot add a link, an image, a heading or raw HTML.
// Readable times are in UTC unless a Location option says otherwise.
func Markdown(w io.Writer, b *liveblog.Blog, opts ...Option) error {
	if b == nil {
		return errNilBlog
	}
	s := newSettings(opts)
	var sb strings.Builder
	s.markdownHead(&sb, b)
	for i := range b.Entries {
		sb.WriteString("\n\n")
		s.markdownEntry(&sb, &b.Entries[i])
	}
	sb.WriteString("\n")
	_, err := io.WriteString(w, sb.String())
	return err
}

// markdownHead writes the blog's title, facts and summary.
func (s *settings) markdownHead(sb *strings.Builder, b *liveblog.Blog) {
	sb.WriteString("# " + escapeHeadingEnd(escapeText(titleOf(b))))
	var facts []string
	if u := render.SafeURL(b.URL, false); u != "" {
		facts = append(facts, "Source: "+autolink(u))
	}
	var times []string
	if !b.Published.IsZero() {
		times = append(times, "Published: "+s.readable(b.Published)+" ("+s.machine(b.Published)+")")
	}
	if !b.Updated.IsZero() {
		times = append(times, "Updated: "+s.readable(b.Updated)+" ("+s.machine(b.Updated)+")")
	}
	if len(times) > 0 {
		facts = append(facts, strings.Join(times, separator))
	}
	var pages []string
	if u := render.SafeURL(b.Older, false); u != "" {
		pages = append(pages, "Older posts: "+autolink(u))
	}
	if u := render.SafeURL(b.Newer, false); u != "" {
		pages = append(pages, "Newer posts: "+autolink(u))
	}
	if len(pages) > 0 {
		facts = append(facts, strings.Join(pages, separator))
	}
	if len(facts) > 0 {
		sb.WriteString("\n\n" + strings.Join(facts, "\\\n"))
	}
	for _, p := range paragraphs(b.Summary) {
		sb.WriteString("\n\n" + p)
	}
}

// markdownEntry writes one entry's section.
func (s *settings) markdownEntry(sb *strings.Builder, e *liveblog.Entry) {
	sb.WriteString("## " + escapeHeadingEnd(s.entryHeading(e)))
	if facts := s.entryFacts(e); len(facts) > 0 {
		sb.WriteString("\n\n" + strings.Join(facts, separator))
	}
	captions := map[string]string{}
	for _, im := range e.Images {
		if im.Caption != "" {
			captions[im.URL] = im.Caption
		}
	}
	blocks, shown := markdownBlocks(e.HTML, captions)
	if shown == nil || len(blocks) == 0 && strings.TrimSpace(e.HTML) == "" {
		// No HTML, or HTML that does not parse: the plain text stands
		// in for it.
		shown = map[string]bool{}
		for _, p := range paragraphs(e.Text) {
			blocks = append(blocks, mdBlock{kind: blockPara, lines: []string{p}})
		}
	}
	for _, im := range e.Images {
		if u := render.SafeURL(im.URL, false); u != "" && !shown[u] {
			shown[u] = true
			label := "Image"
			if im.Alt != "" {
				label += ": " + im.Alt
			}
			blocks = append(blocks, mdBlock{kind: blockPara, lines: []string{imageLink(label, u, im.Caption, im.Alt)}})
		}
	}
	for _, em := range e.Embeds {
		if u := render.SafeURL(em.URL, false); u != "" {
			blocks = append(blocks, mdBlock{kind: blockPara, lines: []string{link(escapeText(embedLabel(em.Kind)), u)}})
		}
	}
	if len(blocks) > 0 {
		sb.WriteString("\n\n")
		writeBlocks(sb, blocks)
	}
}

// entryHeading is an entry's time (readable, else as printed) and title,
// escaped.
func (s *settings) entryHeading(e *liveblog.Entry) string {
	var parts []string
	switch {
	case !e.Time.IsZero():
		parts = append(parts, s.readable(e.Time))
	case strings.TrimSpace(e.RawTime) != "":
		parts = append(parts, escapeText(strings.TrimSpace(e.RawTime)))
	}
	if t := strings.TrimSpace(e.Title); t != "" {
		parts = append(parts, escapeText(t))
	}
	if len(parts) == 0 {
		return "Undated entry"
	}
	return strings.Join(parts, separator)
}

// entryFacts are the flags, machine time, edit time, authors and
// permalink of an entry, as Markdown.
func (s *settings) entryFacts(e *liveblog.Entry) []string {
	var facts []string
	if e.KeyEvent {
		facts = append(facts, "**Key event**")
	}
	if e.Pinned {
		facts = append(facts, "**Pinned**")
	}
	if !e.Time.IsZero() {
		facts = append(facts, "Posted "+s.machine(e.Time))
	}
	if !e.Updated.IsZero() && !e.Updated.Equal(e.Time) {
		facts = append(facts, "Edited "+s.readable(e.Updated)+" ("+s.machine(e.Updated)+")")
	}
	var authors []string
	for _, a := range e.Authors {
		if a = escapeText(strings.TrimSpace(a)); a != "" {
			authors = append(authors, a)
		}
	}
	if len(authors) > 0 {
		facts = append(facts, "By "+strings.Join(authors, ", "))
	}
	if u := render.SafeURL(e.URL, false); u != "" {
		facts = append(facts, link("Permalink", u))
	}
	return facts
}

// paragraphs splits plain text at its line breaks into escaped Markdown
// paragraphs.
func paragraphs(text string) []string {
	var out []string
	for line := range strings.SplitSeq(text, "\n") {
		if p := escapeLineStart(strings.TrimSpace(escapeText(line))); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// autolink returns an absolute address as a Markdown autolink.
func autolink(u string) string {
	return "<" + mdDestination(u) + ">"
}

// titleOf is the blog's title, or a stand-in for a blog without one.
func titleOf(b *liveblog.Blog) string {
	if t := strings.TrimSpace(b.Title); t != "" {
		return t
	}
	return "Live blog"
}

// embedLabel names an embed for a reader.
func embedLabel(k liveblog.EmbedKind) string {
	switch k {
	case liveblog.EmbedTweet:
		return "Embedded post on X"
	case liveblog.EmbedVideo:
		return "Embedded video"
	case liveblog.EmbedYouTube:
		return "Embedded YouTube video"
	case liveblog.EmbedInstagram:
		return "Embedded Instagram post"
	case liveblog.EmbedFacebook:
		return "Embedded Facebook post"
	case liveblog.EmbedTikTok:
		return "Embedded TikTok video"
	case liveblog.EmbedTelegram:
		return "Embedded Telegram post"
	case liveblog.EmbedAudio:
		return "Embedded audio"
	}
	return "Embedded content"
}
