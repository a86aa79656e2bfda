package liveblog

import (
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/jsonld"
	"github.com/liveblog-go/liveblog/internal/render"
)

// hasLiveBlogJSONLD reports, without decoding, whether a JSON-LD block of
// the page mentions word ("LiveBlogPosting", "liveBlogUpdate").
func hasLiveBlogJSONLD(d *Document, word string) bool { return d.jsonLD().Mentions(word) }

// jsonldExtractor reads the entries of a schema.org LiveBlogPosting from
// the page's JSON-LD. It comes after every extractor that reads the
// markup: JSON-LD often holds more updates than the page shows (a whole
// history) or stamps every update with the same time, so it is the
// source of entries only when the markup gives none; the DOM sources use
// it to check their times (see reconcile).
type jsonldExtractor struct{}

func (jsonldExtractor) Name() string { return "jsonld" }

func (jsonldExtractor) Match(d *Document) bool {
	return d.IsHTML() && hasLiveBlogJSONLD(d, "liveBlogUpdate")
}

func (jsonldExtractor) Extract(d *Document) (*Result, error) {
	lb := d.jsonLD().LiveBlog()
	if len(lb.Updates) == 0 {
		return nil, ErrNotLiveBlog
	}
	res := &Result{Title: pageHeadline(d, lb), Published: lb.Published, Updated: lb.Modified}
	for _, u := range lb.Updates {
		res.Entries = append(res.Entries, updateDraft(d, u, lb.SameDates))
	}
	return res, nil
}

// updateDraft makes a draft of a JSON-LD liveBlogUpdate: its headline,
// body (HTML rendered by the same safe renderer, or text), authors,
// images and videos, and its date unless every update carries the same
// one (sameDates).
func updateDraft(d *Document, u jsonld.Update, sameDates bool) Draft {
	t := u.Thing()
	dr := Draft{
		ID:      u.Frag,
		URL:     string(t.URL),
		Title:   dom.Clean(jsonld.Plain(string(t.Headline))),
		Text:    jsonld.Plain(string(t.ArticleBody)),
		Authors: []string(t.Author),
		Updated: u.Modified,
	}
	if dr.Text == "" {
		dr.Text = jsonld.Plain(string(t.Text))
	}
	dr.Title = stripBadge(&dr, dr.Title, nil)
	if body := string(t.ArticleBody); body != "" {
		dr.Body = jsonld.BodyNodes(body)
	}
	if !sameDates {
		dr.Time = u.Published
	}
	for _, img := range t.Image {
		if render.SafeURL(d.Resolve(img), false) != "" {
			dr.Images = append(dr.Images, Image{URL: d.Resolve(img)})
		}
	}
	for _, v := range t.Video {
		if u := render.SafeURL(d.Resolve(v), false); u != "" {
			dr.Embeds = append(dr.Embeds, Embed{Kind: EmbedKind(render.KindOf(u)), URL: u})
		}
	}
	return dr
}
