package export

import (
	"bytes"
	_ "embed"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/render"
)

// ContentSecurityPolicy is the policy the reader page declares in a
// <meta http-equiv> element: nothing may load but images (from any http
// or https address, or data: URLs) and the page's own inline style; no
// script runs, not even an inline one or an event handler, no form posts
// and no <base> moves the page's links. A server that serves the page
// can send the same value in a Content-Security-Policy header.
const ContentSecurityPolicy = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

//go:embed reader.tmpl
var readerSource string

// readerPage is the template of the reader page; html/template escapes
// every value it writes, by context.
var readerPage = template.Must(template.New("reader").Parse(readerSource))

// HTML writes b as a standalone reader page: one HTML document with
// everything it needs inline, for archiving and reading offline.
//
// The page has the blog's title, address, published and updated times
// and summary, then one <article> per entry in the blog's order: its
// time as <time datetime="RFC 3339, in UTC"> with readable text ("Tue
// 14 May 2024, 16:05 UTC"; UTC unless a Location option says
// otherwise), its edit time, authors, permalink and title, its body,
// the images the body does not show, and its embeds as links. Key
// events (class "key-event") and pinned entries (class "pinned") are
// marked in words and in colour. A small stylesheet is inline; there
// are no scripts, and ContentSecurityPolicy forbids them.
//
// Each entry's HTML is written again through the allowlist that made
// it, so Entry.HTML from Parse comes out unchanged, and a Blog built by
// hand loses whatever that allowlist does not name. Remote images load
// when the page is opened (the policy allows them, with no referrer);
// nothing else does.
func HTML(w io.Writer, b *liveblog.Blog, opts ...Option) error {
	if b == nil {
		return errNilBlog
	}
	return newSettings(opts).writeHTML(w, b)
}

// writeHTML writes the reader page of b.
func (s *settings) writeHTML(w io.Writer, b *liveblog.Blog) error {
	var buf bytes.Buffer
	if err := readerPage.Execute(&buf, s.page(b)); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// pageView is what the template shows of a blog.
type pageView struct {
	Lang, Title, URL   string
	CSP                string
	Published, Updated *stampView
	Summary            []string
	Entries            []entryView
	Older, Newer       string
	Zone               string
}

// stampView is a time in RFC 3339 and as people read it.
type stampView struct{ Machine, Readable string }

// entryView is what the template shows of an entry.
type entryView struct {
	ID, RawTime, Title, URL string
	Authors                 string
	Time, Updated           *stampView
	Body                    template.HTML
	Images                  []liveblog.Image
	Embeds                  []embedView
	KeyEvent, Pinned        bool
}

// embedView is an embed as a link.
type embedView struct{ URL, Label string }

func (s *settings) page(b *liveblog.Blog) pageView {
	p := pageView{
		Lang:      strings.TrimSpace(b.Language),
		Title:     titleOf(b),
		URL:       render.SafeURL(b.URL, false),
		CSP:       ContentSecurityPolicy,
		Published: s.stamp(b.Published),
		Updated:   s.stamp(b.Updated),
		Older:     render.SafeURL(b.Older, false),
		Newer:     render.SafeURL(b.Newer, false),
		Zone:      s.zoneName(),
	}
	for line := range strings.SplitSeq(b.Summary, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			p.Summary = append(p.Summary, line)
		}
	}
	p.Entries = make([]entryView, 0, len(b.Entries))
	for i := range b.Entries {
		p.Entries = append(p.Entries, s.entry(&b.Entries[i]))
	}
	return p
}

func (s *settings) entry(e *liveblog.Entry) entryView {
	body := e.HTML
	if !s.rawHTML {
		body = safeHTML(body)
	}
	if body == "" {
		// No HTML, or HTML that does not parse: the plain text stands
		// in for it.
		body = textHTML(e.Text)
	}
	v := entryView{
		ID:       e.ID,
		RawTime:  strings.TrimSpace(e.RawTime),
		Title:    strings.TrimSpace(e.Title),
		URL:      render.SafeURL(e.URL, false),
		Time:     s.stamp(e.Time),
		KeyEvent: e.KeyEvent,
		Pinned:   e.Pinned,
	}
	if !e.Updated.IsZero() && !e.Updated.Equal(e.Time) {
		v.Updated = s.stamp(e.Updated)
	}
	var authors []string
	for _, a := range e.Authors {
		if a = strings.TrimSpace(a); a != "" {
			authors = append(authors, a)
		}
	}
	v.Authors = strings.Join(authors, ", ")
	for _, im := range e.Images {
		u := render.SafeURL(im.URL, false)
		if u == "" {
			continue
		}
		if shown, ok := withCaption(body, u, im.Caption); ok {
			body = shown
			continue
		}
		im.URL = u
		v.Images = append(v.Images, im)
	}
	v.Body = template.HTML(body) // safe: internal/render's allowlist wrote it, withCaption escapes what it adds
	for _, em := range e.Embeds {
		if u := render.SafeURL(em.URL, false); u != "" {
			v.Embeds = append(v.Embeds, embedView{URL: u, Label: embedLabel(em.Kind)})
		}
	}
	return v
}

// stamp returns t in both forms, nil for the zero Time.
func (s *settings) stamp(t time.Time) *stampView {
	if t.IsZero() {
		return nil
	}
	return &stampView{Machine: s.machine(t), Readable: s.readable(t)}
}

// zoneName names the zone of the readable times for the page's footer.
func (s *settings) zoneName() string {
	if name := s.loc.String(); name != "" && name != "Local" {
		return name
	}
	name, _ := time.Now().In(s.loc).Zone()
	return name
}

// withCaption finds the image at address u in an entry's body HTML and
// reports whether it is there; a caption, escaped, goes right after it.
func withCaption(body, u, caption string) (string, bool) {
	tag := `<img src="` + template.HTMLEscapeString(u) + `"`
	i := strings.Index(body, tag)
	if i < 0 {
		return body, false
	}
	caption = strings.TrimSpace(caption)
	if caption == "" {
		return body, true
	}
	// The tag ends at the first ">": its attribute values are escaped.
	end := strings.IndexByte(body[i:], '>')
	if end < 0 {
		return body, true
	}
	end += i + 1
	return body[:end] + `<small class="caption">` + template.HTMLEscapeString(caption) + `</small>` + body[end:], true
}

// textHTML returns plain text as HTML paragraphs, one a line.
func textHTML(text string) string {
	var sb strings.Builder
	for line := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			sb.WriteString("<p>" + template.HTMLEscapeString(line) + "</p>")
		}
	}
	return sb.String()
}
