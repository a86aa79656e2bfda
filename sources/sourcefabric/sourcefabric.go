// Package sourcefabric reads live blogs hosted with Sourcefabric's Live
// Blog (liveblog.pro, the open-source Superdesk Live Blog): the posts
// JSON its embed themes load, and the HTML page its embed iframe shows.
//
// # Responses
//
// A publisher embeds a blog as <iframe id="liveblog-iframe"
// src="{public_url}">, where public_url is the blog's published page
// (on liveblog.pro, an instance's /embed/{blog_id}, or a CDN copy ending in
// /{blog_id}/index.html). That page is rendered on the server by the
// blog's theme and lists the posts; the theme's script then polls
// {api_host}api/client_blogs/{blog_id}/posts?max_results=N&page=P&source=…,
// an Eve resource answering {"_items": [post, …], "_meta": {"page",
// "max_results", "total"}}. Both are read:
//
//   - JSON: each post's _id, published_date (the time the theme prints),
//     content_updated_date (else _updated) when later, sticky (Pinned),
//     lb_highlight (KeyEvent), the author (a syndicated item's
//     syndicated_creator, else original_creator, else publisher, each
//     {display_name}), and the items of its "main" group, in order: text
//     items as their HTML, images from meta.media.renditions with
//     meta.caption and meta.credit, quotes from meta.quote and
//     meta.credit, embeds from meta.html (else a link to
//     meta.original_url). Deleted, unpublished, draft, submitted and
//     advertisement posts are skipped. When _meta.total says more posts
//     follow, Result.Older is the page URL with page=P+1.
//   - HTML: article[data-post-id] inside .lb-timeline; data-post-sticky
//     (Pinned), class lb-post--highlighted (KeyEvent),
//     .lb-post-date[data-js-timestamp] (an ISO time), .lb-author__name,
//     .lb-post-updated-time[data-js-timestamp], the .items-container.
//
// Verified in public code: the post fields and item types (the default
// theme's templates/template-post.html and js/theme/viewmodel.js, and the
// Livebridge plugins of dpa and Tickaroo, which read and convert these
// posts, with a full post in their test fixtures), the embed snippet and
// public_url (Live Blog's own embed-code dialog), the endpoint and its
// query (viewmodel.js), and the timeline markup
// (templates/template-timeline.html, template-post.html). Inferred: that
// every theme keeps the default theme's class names, and the page
// arithmetic of Result.Older from Eve's _meta.
//
// # Match
//
// JSON input with the keys "_items" and "groups" and "item_type", or any
// JSON input from a liveblog.pro host; HTML input that holds the
// theme's timeline (.lb-timeline article[data-post-id]), whatever its
// host, since the vendor serves its pages from publishers' CDNs.
//
// Times are machine times (ISO 8601 with a zone); no zone is needed.
package sourcefabric

import (
	"encoding/json"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
	"github.com/liveblog-go/liveblog/sources/internal/vendorkit"
)

// Name is the adapter's name, as Blog.Extractor reports it.
const Name = "sourcefabric"

// Hosts are the vendor's hosts.
var Hosts = []string{"liveblog.pro"}

var (
	postSel     = kit.MustCompile(`.lb-timeline article[data-post-id]`)
	dateSel     = kit.MustCompile(`.lb-post-date[data-js-timestamp]`)
	updatedSel  = kit.MustCompile(`.lb-post-updated-time[data-js-timestamp]`)
	authorSel   = kit.MustCompile(`.lb-author__name`)
	producerSel = kit.MustCompile(`.lb-producer`)
	itemsSel    = kit.MustCompile(`.items-container`)
	titleSel    = kit.MustCompile(`.lb-timeline > h1`)
)

var matcher = vendorkit.Matcher{
	Hosts: Hosts,
	Keys:  []string{"_items", "groups", "item_type"},
	HTML:  func(d *liveblog.Document) bool { return d.Query(postSel) != nil },
}

// New returns the Sourcefabric Live Blog adapter.
func New() liveblog.Extractor { return liveblog.NewExtractor(Name, matcher.Match, extract) }

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	if d.IsHTML() {
		return extractHTML(d)
	}
	var resp response
	if err := vendorkit.Decode(d, &resp); err != nil {
		return nil, err
	}
	res := &liveblog.Result{}
	for i := range resp.Items {
		if dr, ok := resp.Items[i].draft(); ok {
			res.Entries = append(res.Entries, dr)
		}
	}
	if len(res.Entries) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	m := resp.Meta
	if m.Page > 0 && m.MaxResults > 0 && m.Total > m.Page*m.MaxResults {
		res.Older = vendorkit.WithQuery(d, "page", strconv.Itoa(m.Page+1))
	}
	return res, nil
}

type response struct {
	Items []post `json:"_items"`
	Meta  struct {
		Page       int `json:"page"`
		MaxResults int `json:"max_results"`
		Total      int `json:"total"`
	} `json:"_meta"`
}

type post struct {
	ID              string          `json:"_id"`
	Created         json.RawMessage `json:"_created"`
	Updated         json.RawMessage `json:"_updated"`
	Published       json.RawMessage `json:"published_date"`
	ContentUpdated  json.RawMessage `json:"content_updated_date"`
	Unpublished     json.RawMessage `json:"unpublished_date"`
	Sticky          json.RawMessage `json:"sticky"`
	Highlight       json.RawMessage `json:"lb_highlight"`
	Deleted         json.RawMessage `json:"deleted"`
	Status          string          `json:"post_status"`
	ItemsType       string          `json:"post_items_type"`
	OriginalCreator json.RawMessage `json:"original_creator"`
	Publisher       json.RawMessage `json:"publisher"`
	Groups          []struct {
		ID   string `json:"id"`
		Refs []struct {
			Item *item `json:"item"`
		} `json:"refs"`
	} `json:"groups"`
}

type item struct {
	Type       string          `json:"item_type"`
	Text       string          `json:"text"`
	Syndicated json.RawMessage `json:"syndicated_creator"`
	Meta       struct {
		Caption     string `json:"caption"`
		Credit      string `json:"credit"`
		Quote       string `json:"quote"`
		HTML        string `json:"html"`
		OriginalURL string `json:"original_url"`
		Title       string `json:"title"`
		Media       struct {
			Renditions map[string]struct {
				Href string `json:"href"`
			} `json:"renditions"`
		} `json:"media"`
	} `json:"meta"`
}

// draft turns a post into a draft; false for a post readers do not see.
func (p *post) draft() (liveblog.Draft, bool) {
	switch p.Status {
	case "draft", "submitted", "comment":
		return liveblog.Draft{}, false
	}
	if vendorkit.Flag(p.Deleted) || p.ItemsType == "advertisement" {
		return liveblog.Draft{}, false
	}
	published := vendorkit.Time(p.Published)
	if published.IsZero() {
		published = vendorkit.Time(p.Created)
	}
	if un := vendorkit.Time(p.Unpublished); !un.IsZero() && un.After(published) {
		return liveblog.Draft{}, false
	}
	dr := liveblog.Draft{
		ID:       strings.TrimSpace(p.ID),
		Time:     published,
		Pinned:   vendorkit.Flag(p.Sticky),
		KeyEvent: vendorkit.Flag(p.Highlight),
	}
	edited := vendorkit.Time(p.ContentUpdated)
	if edited.IsZero() {
		edited = vendorkit.Time(p.Updated)
	}
	if !published.IsZero() && edited.After(published) {
		dr.Updated = edited
	}
	var syndicated string
	for _, g := range p.Groups {
		if g.ID != "main" {
			continue
		}
		for _, r := range g.Refs {
			if r.Item == nil {
				continue
			}
			if syndicated == "" {
				syndicated = displayName(r.Item.Syndicated)
			}
			if n := r.Item.node(); n != nil {
				dr.Body = append(dr.Body, n)
			}
		}
	}
	for _, a := range []string{syndicated, displayName(p.OriginalCreator), displayName(p.Publisher)} {
		if a != "" {
			dr.Authors = []string{a}
			break
		}
	}
	return dr, true
}

// displayName reads a user given as {"display_name": …}; a bare id (as
// the internal API gives) has none.
func displayName(raw json.RawMessage) string {
	var u struct {
		DisplayName string `json:"display_name"`
	}
	if json.Unmarshal(raw, &u) != nil {
		return ""
	}
	return strings.TrimSpace(u.DisplayName)
}

// node returns the body part of one item, or nil.
func (it *item) node() *html.Node {
	switch it.Type {
	case "image":
		return it.image()
	case "quote":
		if it.Meta.Quote != "" {
			return quote(it.Meta.Quote, it.Meta.Credit)
		}
	case "embed":
		if n := vendorkit.Body(it.Meta.HTML); n != nil {
			return n
		}
		if it.Meta.OriginalURL != "" {
			return link(it.Meta.OriginalURL, it.Meta.Title)
		}
		return nil
	case "comment", "advertisement":
		return nil
	}
	return vendorkit.Body(it.Text)
}

// renditionOrder is the order in which image sizes are preferred: the one
// the default theme shows first.
var renditionOrder = []string{"viewImage", "baseImage", "original", "thumbnail"}

func (it *item) image() *html.Node {
	var src string
	for _, k := range renditionOrder {
		if r, ok := it.Meta.Media.Renditions[k]; ok && r.Href != "" {
			src = r.Href
			break
		}
	}
	if src == "" {
		return vendorkit.Body(it.Text)
	}
	fig := element(atom.Figure)
	img := element(atom.Img)
	img.Attr = []html.Attribute{{Key: "src", Val: src}, {Key: "alt", Val: it.Meta.Caption}}
	fig.AppendChild(img)
	caption := strings.TrimSpace(strings.Join(nonEmpty(it.Meta.Caption, it.Meta.Credit), " "))
	if caption != "" {
		fc := element(atom.Figcaption)
		fc.AppendChild(&html.Node{Type: html.TextNode, Data: caption})
		fig.AppendChild(fc)
	}
	return fig
}

func quote(text, credit string) *html.Node {
	bq := element(atom.Blockquote)
	p := element(atom.P)
	p.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	bq.AppendChild(p)
	if credit != "" {
		c := element(atom.P)
		c.AppendChild(&html.Node{Type: html.TextNode, Data: "— " + credit})
		bq.AppendChild(c)
	}
	return bq
}

func link(href, text string) *html.Node {
	if text == "" {
		text = href
	}
	p := element(atom.P)
	a := element(atom.A)
	a.Attr = []html.Attribute{{Key: "href", Val: href}}
	a.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	p.AppendChild(a)
	return p
}

func element(a atom.Atom) *html.Node {
	return &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a}
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// extractHTML reads the page an embed iframe shows.
func extractHTML(d *liveblog.Document) (*liveblog.Result, error) {
	nodes := d.QueryAll(postSel)
	if len(nodes) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	res := &liveblog.Result{}
	if h := d.Query(titleSel); h != nil {
		res.Title = kit.Text(h)
	}
	for _, n := range nodes {
		dr := liveblog.Draft{
			ID:       kit.Attr(n, "data-post-id"),
			Pinned:   strings.EqualFold(kit.Attr(n, "data-post-sticky"), "true"),
			KeyEvent: kit.HasClass(n, "lb-post--highlighted"),
		}
		if t := dateSel.Query(n); t != nil {
			dr.Time = vendorkit.TimeString(kit.Attr(t, "data-js-timestamp"))
		}
		if u := updatedSel.Query(n); u != nil {
			if t := vendorkit.TimeString(kit.Attr(u, "data-js-timestamp")); !dr.Time.IsZero() && t.After(dr.Time) {
				dr.Updated = t
			}
		}
		if a := authorSel.Query(n); a != nil {
			if name := authorName(a); name != "" {
				dr.Authors = []string{name}
			}
		}
		if items := itemsSel.Query(n); items != nil {
			dr.Body = []*html.Node{items}
		}
		res.Entries = append(res.Entries, dr)
	}
	return res, nil
}

// authorName is the author element's text without the name of the blog
// a syndicated post comes from.
func authorName(a *html.Node) string {
	name := kit.Text(a)
	if p := producerSel.Query(a); p != nil {
		name = strings.TrimSpace(strings.TrimSuffix(name, kit.Text(p)))
	}
	return name
}
