// Package tickaroo reads live blogs hosted with Tickaroo: the prefetch
// JSON its embed serves for a blog, and lists of Tickaroo events.
//
// # Responses
//
// A publisher embeds a blog as <tickaroo-liveblog liveblogId="…"
// themeId="…" clientId="…"></tickaroo-liveblog> with the script
// https://cdn.tickaroo.com/webng/embedjs/tik4.js. Tickaroo's own server
// rendering fetches
// https://cdn.tickaroo.com/api/embed/v4/prefetch/liveblog.json?client_id=…&liveblogId=…&themeId=…,
// which answers {"html": "<tickaroo-liveblog … initialData=\"…\">…",
// "schema": {LiveBlogPosting}}: the blog pre-rendered for the web
// component and its schema.org description. The initialData attribute
// holds JSON whose "schemaOrg" is the same description as a string. The
// adapter reads the LiveBlogPosting (from "schema", else from
// initialData): its headline and description, and each liveBlogUpdate's
// headline, articleBody (plain text, which often repeats the headline
// first), datePublished, dateModified, author and url. The pre-rendered
// markup is not read.
//
// Tickaroo's event model — objects of _type "Tik::Model::Event" with
// local_id, created_at and updated_at (Unix seconds), highlight ("sticky"
// for a post pinned to the top, "inplace" for a highlighted one),
// event_info {title (the text, paragraphs split by blank lines),
// web_embed_urls} and media [{url, title, credit, subtype}] — is read
// from a list of events or an object {"events": […]}.
//
// Verified in public code: the embed element and script and the prefetch
// address and its "html" and "schema" fields (Tickaroo's own Arc XP
// plugin), the initialData attribute and its schemaOrg string with
// liveBlogUpdate headline, articleBody, datePublished, dateModified and
// author (a public scraper of a publisher's Tickaroo blog), and the event
// model's fields (Tickaroo's own Livebridge plugin, which writes events).
// Inferred, not seen in public code: which public address answers a list
// of events, the event's "updated_at", and its id under "_id" or "id"
// when "local_id" is absent. The schema carries no sticky or highlight
// flag; only events do.
//
// # Match
//
// JSON input with an "html" key holding a tickaroo-liveblog element or an
// initialData attribute, JSON input naming "Tik::Model::Event" or holding
// "event_info" and "created_at", or any JSON input from a tickaroo.com
// host.
package tickaroo

import (
	"encoding/json"
	"net/url"
	"strings"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
	"github.com/liveblog-go/liveblog/sources/internal/vendorkit"
)

// Name is the adapter's name, as Blog.Extractor reports it.
const Name = "tickaroo"

// Hosts are the vendor's hosts.
var Hosts = []string{"tickaroo.com"}

func match(d *liveblog.Document) bool {
	if d.IsHTML() {
		return false
	}
	s := d.Text()
	if !vendorkit.IsJSON(s) {
		return false
	}
	switch {
	case vendorkit.HasKeys(s, "html") && (strings.Contains(s, "tickaroo-liveblog") || strings.Contains(s, "initialData")):
		return true
	case strings.Contains(s, `"Tik::Model::Event"`), vendorkit.HasKeys(s, "event_info", "created_at"):
		return true
	}
	return kit.HostIs(d.Host(), Hosts...)
}

// New returns the Tickaroo adapter.
func New() liveblog.Extractor { return liveblog.NewExtractor(Name, match, extract) }

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	text := strings.TrimSpace(d.Text())
	if strings.HasPrefix(text, "[") {
		return fromEvents(d)
	}
	var wrapper struct {
		HTML   string          `json:"html"`
		Schema json.RawMessage `json:"schema"`
		Events json.RawMessage `json:"events"`
	}
	if err := vendorkit.Decode(d, &wrapper); err != nil {
		return nil, err
	}
	if len(wrapper.Events) > 0 {
		return fromEvents(d)
	}
	schema := wrapper.Schema
	if len(schema) == 0 || string(schema) == "null" {
		schema = initialSchema(wrapper.HTML)
	}
	return fromSchema(schema)
}

// posting is the part of a schema.org LiveBlogPosting the adapter reads.
type posting struct {
	Headline      string          `json:"headline"`
	Description   string          `json:"description"`
	DatePublished string          `json:"datePublished"`
	DateModified  string          `json:"dateModified"`
	Updates       json.RawMessage `json:"liveBlogUpdate"`
}

type update struct {
	ID            string          `json:"@id"`
	URL           string          `json:"url"`
	Headline      string          `json:"headline"`
	ArticleBody   string          `json:"articleBody"`
	DatePublished string          `json:"datePublished"`
	DateModified  string          `json:"dateModified"`
	Author        json.RawMessage `json:"author"`
}

// fromSchema reads a LiveBlogPosting, given as an object or as a JSON
// string holding one.
func fromSchema(raw json.RawMessage) (*liveblog.Result, error) {
	var asString string
	if json.Unmarshal(raw, &asString) == nil {
		raw = json.RawMessage(asString)
	}
	var p posting
	if json.Unmarshal(raw, &p) != nil {
		return nil, liveblog.ErrNotLiveBlog
	}
	var updates []update
	if json.Unmarshal(p.Updates, &updates) != nil {
		var one update
		if json.Unmarshal(p.Updates, &one) != nil {
			return nil, liveblog.ErrNotLiveBlog
		}
		updates = []update{one}
	}
	res := &liveblog.Result{
		Title:     strings.TrimSpace(p.Headline),
		Summary:   strings.TrimSpace(p.Description),
		Published: vendorkit.TimeString(p.DatePublished),
		Updated:   vendorkit.TimeString(p.DateModified),
	}
	for _, u := range updates {
		title := strings.TrimSpace(u.Headline)
		dr := liveblog.Draft{
			ID:    fragmentID(u.ID),
			URL:   u.URL,
			Time:  vendorkit.TimeString(u.DatePublished),
			Title: title,
			Text:  withoutHeadline(u.ArticleBody, title),
		}
		if m := vendorkit.TimeString(u.DateModified); !dr.Time.IsZero() && m.After(dr.Time) {
			dr.Updated = m
		}
		dr.Authors = names(u.Author)
		res.Entries = append(res.Entries, dr)
	}
	if len(res.Entries) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	return res, nil
}

// fragmentID returns the fragment of an "@id" URL ("#tik4-event-…"), or
// the id itself when it is not a URL; "" for none.
func fragmentID(id string) string {
	id = strings.TrimSpace(id)
	if _, frag, ok := strings.Cut(id, "#"); ok {
		return frag
	}
	if strings.Contains(id, "/") {
		return ""
	}
	return id
}

// withoutHeadline drops the headline from the start of a body that
// repeats it.
func withoutHeadline(body, title string) string {
	body = strings.TrimSpace(body)
	if title == "" {
		return body
	}
	if rest, ok := strings.CutPrefix(body, title); ok && (rest == "" || strings.TrimLeft(rest, " \t\r\n") != rest) {
		return strings.TrimSpace(rest)
	}
	return body
}

// names reads schema.org authors: one or a list, each an object with a
// name or a plain string.
func names(raw json.RawMessage) []string {
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		list = []json.RawMessage{raw}
	}
	var out []string
	for _, r := range list {
		name := strings.TrimSpace(vendorkit.String(r))
		if name == "" {
			var p struct {
				Name string `json:"name"`
			}
			if json.Unmarshal(r, &p) == nil {
				name = strings.TrimSpace(p.Name)
			}
		}
		if name != "" {
			out = append(out, name)
		}
	}
	return out
}

// initialSchema finds the initialData attribute in the pre-rendered
// markup and returns its schemaOrg value, or nil.
func initialSchema(markup string) json.RawMessage {
	if markup == "" {
		return nil
	}
	root, err := html.Parse(strings.NewReader(markup))
	if err != nil {
		return nil
	}
	var data string
	kit.Walk(root, func(n *kit.Node) bool {
		if data != "" {
			return false
		}
		if n.Type == html.ElementNode {
			data = kit.Attr(n, "initialdata")
		}
		return data == ""
	})
	var initial struct {
		SchemaOrg json.RawMessage `json:"schemaOrg"`
	}
	if data == "" || json.Unmarshal([]byte(data), &initial) != nil {
		return nil
	}
	return initial.SchemaOrg
}

// event is Tickaroo's event model.
type event struct {
	LocalID   json.RawMessage `json:"local_id"`
	ID        json.RawMessage `json:"_id"`
	PlainID   json.RawMessage `json:"id"`
	CreatedAt json.RawMessage `json:"created_at"`
	UpdatedAt json.RawMessage `json:"updated_at"`
	Highlight string          `json:"highlight"`
	Info      struct {
		Title  string   `json:"title"`
		Embeds []string `json:"web_embed_urls"`
	} `json:"event_info"`
	Media []struct {
		URL     string `json:"url"`
		Title   string `json:"title"`
		Credit  string `json:"credit"`
		Subtype string `json:"subtype"`
	} `json:"media"`
}

func fromEvents(d *liveblog.Document) (*liveblog.Result, error) {
	var events []event
	if vendorkit.Decode(d, &events) != nil {
		var wrapped struct {
			Events []event `json:"events"`
		}
		if err := vendorkit.Decode(d, &wrapped); err != nil {
			return nil, err
		}
		events = wrapped.Events
	}
	res := &liveblog.Result{}
	for _, e := range events {
		dr := liveblog.Draft{
			ID:       e.id(),
			Time:     vendorkit.Time(e.CreatedAt),
			Text:     strings.TrimSpace(e.Info.Title),
			Pinned:   e.Highlight == "sticky",
			KeyEvent: e.Highlight == "inplace",
		}
		if u := vendorkit.Time(e.UpdatedAt); !dr.Time.IsZero() && u.After(dr.Time) {
			dr.Updated = u
		}
		for _, m := range e.Media {
			if m.URL == "" || (m.Subtype != "" && m.Subtype != "i") {
				continue
			}
			dr.Images = append(dr.Images, liveblog.Image{URL: m.URL, Alt: m.Title, Caption: strings.TrimSpace(m.Title + " " + m.Credit)})
		}
		for _, u := range e.Info.Embeds {
			if u = strings.TrimSpace(u); u != "" {
				dr.Embeds = append(dr.Embeds, liveblog.Embed{Kind: kindOf(u), URL: u})
			}
		}
		res.Entries = append(res.Entries, dr)
	}
	if len(res.Entries) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	return res, nil
}

func (e *event) id() string {
	for _, raw := range []json.RawMessage{e.LocalID, e.ID, e.PlainID} {
		if s := strings.TrimSpace(vendorkit.String(raw)); s != "" {
			return s
		}
	}
	return ""
}

// kindOf names what a web embed address holds, by its host.
func kindOf(raw string) liveblog.EmbedKind {
	u, err := url.Parse(raw)
	if err != nil {
		return liveblog.EmbedOther
	}
	h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	switch {
	case kit.HostIs(h, "twitter.com", "x.com"):
		return liveblog.EmbedTweet
	case kit.HostIs(h, "youtube.com", "youtu.be", "youtube-nocookie.com"):
		return liveblog.EmbedYouTube
	case kit.HostIs(h, "instagram.com"):
		return liveblog.EmbedInstagram
	case kit.HostIs(h, "facebook.com"):
		return liveblog.EmbedFacebook
	case kit.HostIs(h, "tiktok.com"):
		return liveblog.EmbedTikTok
	case kit.HostIs(h, "t.me"):
		return liveblog.EmbedTelegram
	}
	return liveblog.EmbedOther
}
