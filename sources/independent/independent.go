// Package independent reads the live blogs of the Independent
// (independent.co.uk), in their AMP and canonical forms.
//
// # Pages
//
// Live blogs are ordinary article URLs,
// https://www.independent.co.uk/{section}/{slug}-b{number}.html, their AMP
// copies under /{section}/{slug}-b{number}.html?amp or amp.independent.co.uk.
// Match accepts a page whose URL (given, else its canonical link) is on
// independent.co.uk; with no URL it accepts a page whose og:site_name is
// "The Independent". Extract returns liveblog.ErrNotLiveBlog for an
// ordinary article.
//
// # Markup
//
// Verified on a saved AMP page (2023): the posts are
// amp-live-list > div[items] > div[id^="post-"] (the div[id^="ad-"]
// siblings are advertisements). Each post holds a permalink
// a[href="#post-{id}"] wrapping amp-timeago[datetime] (UTC, the time the
// page shows and the one used), a content div whose first h3 is the title
// (later h3s belong to related-article cards, which are left out of the
// body and kept as Links), and a footer of two spans: the author and the
// printed "14 August 2023 10:01" (kept as RawTime). The post's
// data-sort-time and data-update-time and the JSON-LD datePublished are
// NOT the displayed time (on the saved page up to 4h41m earlier: they look
// like CMS creation times); they are used only when a post has no other
// time. Class names are hashed (sc-*), so nothing here relies on them.
//
// Inferred, not verified on a saved page: the canonical (non-AMP) live
// blog is taken to render the same post structure (div[id^="post-"]
// carrying data-sort-time) with <time datetime> in place of amp-timeago.
// When the adapter finds no posts on an Independent page, Parse falls
// through to the generic extractors, which read the page's JSON-LD
// liveBlogUpdate list.
//
// # Zone
//
// Europe/London, for the printed footer date.
package independent

import (
	"regexp"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
	"github.com/liveblog-go/liveblog/sources/internal/site"
)

// Name is the adapter's name, as Blog.Extractor reports it.
const Name = "independent"

var (
	ampPostSel   = kit.MustCompile(`amp-live-list > [items] > [id^="post-"]`)
	plainPostSel = kit.MustCompile(`div[id^="post-"][data-sort-time]`)
	timeSel      = kit.MustCompile(`amp-timeago[datetime], time[datetime]`)
	permalinkSel = kit.MustCompile(`a[href^="#post-"]`)
	headingSel   = kit.MustCompile(`h2, h3`)
	linkSel      = kit.MustCompile(`a[href]`)
	imageSel     = kit.MustCompile(`amp-img[src]`)
	captionSel   = kit.MustCompile(`figcaption`)
	headlineSel  = kit.MustCompile(`h1`)
)

// printedDate matches the footer's "14 August 2023 10:01".
var printedDate = regexp.MustCompile(`^\d{1,2} [A-Z][a-z]+ \d{4},? \d{1,2}:\d{2}$`)

var london = kit.Zone("Europe/London", 0)

var matcher = site.Matcher{Domains: []string{"independent.co.uk"}, NoURL: site.NameIs("The Independent")}

// New returns the Independent adapter.
func New() liveblog.Extractor { return liveblog.NewExtractor(Name, matcher.Match, extract) }

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	posts := d.QueryAll(ampPostSel)
	if len(posts) == 0 {
		posts = d.QueryAll(plainPostSel)
	}
	if len(posts) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	res := &liveblog.Result{Location: london, Entries: make([]liveblog.Draft, 0, len(posts))}
	if h := d.Query(headlineSel); h != nil {
		res.Title = kit.Text(h)
	}
	for _, p := range posts {
		res.Entries = append(res.Entries, draft(p))
	}
	return res, nil
}

// draft reads one post.
func draft(p *html.Node) liveblog.Draft {
	id := kit.Attr(p, "id")
	dr := liveblog.Draft{ID: id, URL: "#" + id, Body: []*html.Node{p}}
	if a := permalinkSel.Query(p); a != nil {
		dr.Exclude = append(dr.Exclude, a)
	}
	if t := timeSel.Query(p); t != nil {
		if v, ok := kit.MachineTime(kit.Attr(t, "datetime")); ok {
			dr.Time = v
		}
		dr.Exclude = append(dr.Exclude, t)
	}

	var content, footer *html.Node
	for c := range p.ChildNodes() {
		if c.Type != html.ElementNode || c.DataAtom != atom.Div {
			continue
		}
		if content == nil {
			content = c
		} else {
			footer = c
		}
	}
	if footer != nil && !hasParagraph(footer) {
		dr.Exclude = append(dr.Exclude, footer)
		for s := range footer.Descendants() {
			if s.Type != html.ElementNode || s.DataAtom != atom.Span || hasElementChild(s) {
				continue
			}
			switch t := kit.Text(s); {
			case t == "":
			case printedDate.MatchString(t):
				dr.RawTime = t
			default:
				dr.Authors = append(dr.Authors, t)
			}
		}
	}
	if content != nil {
		headings := headingSel.QueryAll(content)
		for i, h := range headings {
			if i == 0 && isTitle(content, h) {
				dr.Title = kit.Text(h)
				dr.Exclude = append(dr.Exclude, h)
				continue
			}
			// A heading that links elsewhere heads a related-article card.
			if a := linkSel.Query(h); a != nil {
				card := h.Parent
				if card == content {
					card = h
				}
				dr.Exclude = append(dr.Exclude, card)
				dr.Links = append(dr.Links, liveblog.Link{URL: kit.Attr(a, "href"), Text: kit.Text(a)})
			}
		}
		dr.Images = images(content, dr.Exclude)
	}
	if dr.Time.IsZero() {
		// The CMS's own time: on the saved AMP page it disagrees with the
		// displayed time, so it is the last resort.
		if v, ok := kit.MachineTime(kit.Attr(p, "data-sort-time")); ok {
			dr.Time = v
		}
	}
	return dr
}

// isTitle reports whether h is the post's headline: a heading that is a
// direct child of the content and links nowhere.
func isTitle(content, h *html.Node) bool {
	return h.Parent == content && linkSel.Query(h) == nil
}

// images reads the AMP images of the content, which the shared renderer
// does not know, leaving out those inside excluded nodes.
func images(content *html.Node, exclude []*html.Node) []liveblog.Image {
	var out []liveblog.Image
	for _, n := range imageSel.QueryAll(content) {
		if kit.Inside(n, content, func(p *html.Node) bool {
			for _, x := range exclude {
				if p == x {
					return true
				}
			}
			return false
		}) {
			continue
		}
		img := liveblog.Image{URL: kit.Attr(n, "src"), Alt: kit.Clean(kit.Attr(n, "alt"))}
		for p := n.Parent; p != nil && p != content; p = p.Parent {
			if p.DataAtom == atom.Figure {
				if c := captionSel.Query(p); c != nil {
					img.Caption = kit.Text(c)
				}
				break
			}
		}
		out = append(out, img)
	}
	return out
}

func hasParagraph(n *html.Node) bool {
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			return true
		}
	}
	return false
}

func hasElementChild(n *html.Node) bool {
	for c := range n.ChildNodes() {
		if c.Type == html.ElementNode {
			return true
		}
	}
	return false
}
