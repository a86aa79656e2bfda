// Package feed publishes a live blog as a syndication feed — Atom 1.0,
// RSS 2.0 or JSON Feed 1.1 — with one item per entry, so that a followed
// blog can be read in any feed reader.
//
// The output depends on the Blog alone: the same Blog always gives the
// same bytes. Items keep the blog's page order; dates are written in UTC.
//
// Each item has:
//   - an ID that stays the same across fetches: the blog URL with the
//     entry ID as its fragment, or, for a blog without a URL, a name-based
//     urn:uuid of the blog title and entry ID;
//   - a link: the entry's permalink, else the blog URL and "#" + entry ID;
//   - a title: the entry title, else the first words of its text;
//   - the entry's time as published date and its edit time (or, without
//     one, its time) as updated date;
//   - the entry's authors and its sanitised HTML.
package feed

import (
	"cmp"
	"crypto/sha1"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog"
)

// Format names a feed format.
type Format string

// The feed formats Write produces.
const (
	// Atom is an Atom 1.0 feed (RFC 4287).
	Atom Format = "atom"
	// RSS is an RSS 2.0 feed, authors in Dublin Core dc:creator.
	RSS Format = "rss"
	// JSON is a JSON Feed 1.1 document.
	JSON Format = "jsonfeed"
)

// ContentType returns the media type to serve the format with.
func (f Format) ContentType() string {
	switch f {
	case Atom:
		return "application/atom+xml; charset=utf-8"
	case RSS:
		return "application/rss+xml; charset=utf-8"
	case JSON:
		return "application/feed+json; charset=utf-8"
	}
	return ""
}

// ErrUnknownFormat is returned by Write for a format it does not know.
var ErrUnknownFormat = errors.New("liveblog: unknown feed format")

// Write renders blog as a feed in the given format.
func Write(w io.Writer, blog *liveblog.Blog, f Format) error {
	if blog == nil {
		return errors.New("liveblog: feed of a nil Blog")
	}
	fd := build(blog)
	switch f {
	case Atom:
		return writeAtom(w, fd)
	case RSS:
		return writeRSS(w, fd)
	case JSON:
		return writeJSON(w, fd)
	}
	return fmt.Errorf("%w %q (want atom, rss or jsonfeed)", ErrUnknownFormat, string(f))
}

// titleWords is how many words of the text make a title for an entry
// that has none.
const titleWords = 12

// generator names the library in the feeds it writes.
const generator = "liveblog-go"

// feed is the format-neutral form of a blog, computed once.
type feed struct {
	id, title, link, summary, lang string
	author                         string // for entries without authors
	updated                        time.Time
	items                          []item
}

type item struct {
	id, link, title, html, text, image string
	published, updated                 time.Time // zero when unknown
	authors                            []string
}

func build(b *liveblog.Blog) *feed {
	base := b.URL
	if i := strings.IndexByte(base, '#'); i >= 0 {
		base = base[:i]
	}
	fd := &feed{
		id:      base,
		title:   b.Title,
		link:    base,
		summary: b.Summary,
		lang:    b.Language,
		updated: b.Updated,
	}
	if fd.title == "" {
		fd.title = cmp.Or(base, "Live blog")
	}
	if fd.id == "" {
		fd.id = nameUUID(b.Title)
	}
	fd.author = b.Extractor
	if u, err := url.Parse(base); err == nil && u.Host != "" {
		fd.author = u.Host
	}
	fd.author = cmp.Or(fd.author, generator)
	for i := range b.Entries {
		e := &b.Entries[i]
		fd.updated = latest(fd.updated, e.Time, e.Updated)
	}
	if fd.updated.IsZero() {
		fd.updated = b.Published
	}
	if fd.updated.IsZero() {
		// Nothing on the page says when: a fixed date keeps the output
		// a function of its input.
		fd.updated = time.Unix(0, 0)
	}
	fd.updated = fd.updated.UTC()

	fd.items = make([]item, 0, len(b.Entries))
	for i := range b.Entries {
		e := &b.Entries[i]
		it := item{
			title:     entryTitle(e),
			html:      e.HTML,
			text:      e.Text,
			published: e.Time.UTC(),
			updated:   latest(e.Time, e.Updated).UTC(),
			authors:   e.Authors,
		}
		if it.html == "" && e.Text != "" {
			it.html = textHTML(e.Text)
		}
		if len(e.Images) > 0 {
			it.image = e.Images[0].URL
		}
		frag := (&url.URL{Fragment: e.ID}).EscapedFragment()
		if base != "" {
			it.id = base + "#" + frag
		} else {
			it.id = nameUUID(b.Title + "\x00" + e.ID)
		}
		it.link = e.URL
		if it.link == "" && base != "" {
			it.link = base + "#" + frag
		}
		fd.items = append(fd.items, it)
	}
	return fd
}

// entryTitle is the entry title, else the first words of its text, else
// its printed time.
func entryTitle(e *liveblog.Entry) string {
	if e.Title != "" {
		return e.Title
	}
	words := strings.Fields(e.Text)
	if len(words) > titleWords {
		return strings.Join(words[:titleWords], " ") + "…"
	}
	if len(words) > 0 {
		return strings.Join(words, " ")
	}
	if e.RawTime != "" {
		return e.RawTime
	}
	if !e.Time.IsZero() {
		return e.Time.UTC().Format("2006-01-02 15:04 UTC")
	}
	return "Update"
}

// textHTML turns plain text into paragraphs of escaped HTML.
func textHTML(s string) string {
	var b strings.Builder
	for para := range strings.SplitSeq(s, "\n\n") {
		if para = strings.TrimSpace(para); para == "" {
			continue
		}
		b.WriteString("<p>")
		b.WriteString(strings.ReplaceAll(template.HTMLEscapeString(para), "\n", "<br>"))
		b.WriteString("</p>")
	}
	return b.String()
}

// latest returns the latest of the times, or the zero Time.
func latest(ts ...time.Time) time.Time {
	var out time.Time
	for _, t := range ts {
		if t.After(out) {
			out = t
		}
	}
	return out
}

// nameUUID returns a name-based (version 5, SHA-1) urn:uuid for s in a
// namespace of this package's own, for feeds whose blog has no URL.
func nameUUID(s string) string {
	h := sha1.Sum([]byte("github.com/liveblog-go/liveblog/feed\x00" + s))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}
