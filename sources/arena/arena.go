// Package arena reads live blogs hosted with Arena (arena.im): the
// liveblog JSON of its cached API.
//
// # Responses
//
// A publisher embeds a blog as <div class="arena-liveblog"
// data-publisher="{site}" data-event="{event}" data-version="2"> with the
// script https://go.arena.im/public/js/arenalib.js?p={site}&e={event}.
// The blog is served by https://cached-api.arena.im/v1/liveblog/{site}/{event},
// which answers {"eventInfo": {name, description, createdAt, modifiedAt,
// …}, "posts": [post, …]}; each post has a message {title, text (HTML)},
// and createdAt and updatedAt in Unix milliseconds. The name is the
// blog's title and the description its summary.
//
// Verified in public code: the embed snippet and script (Arena's own
// WordPress plugin and publishers' pages), the cached-API address and the
// fields eventInfo.name, .description, .createdAt, .modifiedAt, posts[],
// message.title, message.text, createdAt and updatedAt (Arena's WordPress
// plugin and a publisher's server-side renderer of the same JSON).
// Inferred, not seen in public code: the post id ("key", else "id", else
// "_id"), the author ("sender" or "author", {name|displayName}), and the
// flags ("pinned"/"isPinned" for Pinned, "highlighted"/"isHighlighted"/
// "important" for KeyEvent).
//
// # Match
//
// JSON input holding "eventInfo" and "posts", or any JSON input from an
// arena.im host. Times are Unix milliseconds.
package arena

import (
	"encoding/json"
	"strings"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
	"github.com/liveblog-go/liveblog/sources/internal/vendorkit"
)

// Name is the adapter's name, as Blog.Extractor reports it.
const Name = "arena"

// Hosts are the vendor's hosts.
var Hosts = []string{"arena.im"}

var matcher = vendorkit.Matcher{Hosts: Hosts, Keys: []string{"eventInfo", "posts"}}

// New returns the Arena adapter.
func New() liveblog.Extractor { return liveblog.NewExtractor(Name, matcher.Match, extract) }

type response struct {
	EventInfo struct {
		Name        string          `json:"name"`
		Description string          `json:"description"`
		CreatedAt   json.RawMessage `json:"createdAt"`
		ModifiedAt  json.RawMessage `json:"modifiedAt"`
		Language    string          `json:"language"`
	} `json:"eventInfo"`
	Posts []post `json:"posts"`
}

type post struct {
	Key           json.RawMessage `json:"key"`
	ID            json.RawMessage `json:"id"`
	UnderscoreID  json.RawMessage `json:"_id"`
	CreatedAt     json.RawMessage `json:"createdAt"`
	UpdatedAt     json.RawMessage `json:"updatedAt"`
	Sender        json.RawMessage `json:"sender"`
	Author        json.RawMessage `json:"author"`
	Pinned        json.RawMessage `json:"pinned"`
	IsPinned      json.RawMessage `json:"isPinned"`
	Highlighted   json.RawMessage `json:"highlighted"`
	IsHighlighted json.RawMessage `json:"isHighlighted"`
	Important     json.RawMessage `json:"important"`
	Message       struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	} `json:"message"`
}

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	var resp response
	if err := vendorkit.Decode(d, &resp); err != nil {
		return nil, err
	}
	info := resp.EventInfo
	res := &liveblog.Result{
		Title:     strings.TrimSpace(info.Name),
		Published: vendorkit.Time(info.CreatedAt),
		Updated:   vendorkit.Time(info.ModifiedAt),
		Language:  info.Language,
	}
	if desc := vendorkit.Body(info.Description); desc != nil {
		res.Summary = kit.Text(desc)
	}
	for _, p := range resp.Posts {
		dr := liveblog.Draft{
			ID:       p.id(),
			Time:     vendorkit.Time(p.CreatedAt),
			Title:    strings.TrimSpace(p.Message.Title),
			Body:     vendorkit.Bodies(vendorkit.Body(p.Message.Text)),
			Pinned:   vendorkit.Flag(p.Pinned) || vendorkit.Flag(p.IsPinned),
			KeyEvent: vendorkit.Flag(p.Highlighted) || vendorkit.Flag(p.IsHighlighted) || vendorkit.Flag(p.Important),
		}
		if u := vendorkit.Time(p.UpdatedAt); !dr.Time.IsZero() && u.After(dr.Time) {
			dr.Updated = u
		}
		if a := person(p.Sender, p.Author); a != "" {
			dr.Authors = []string{a}
		}
		res.Entries = append(res.Entries, dr)
	}
	if len(res.Entries) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	return res, nil
}

func (p *post) id() string {
	for _, raw := range []json.RawMessage{p.Key, p.ID, p.UnderscoreID} {
		if s := strings.TrimSpace(vendorkit.String(raw)); s != "" {
			return s
		}
	}
	return ""
}

// person reads the first name among people given as objects
// {name|displayName} or as plain strings.
func person(raws ...json.RawMessage) string {
	for _, raw := range raws {
		if s := strings.TrimSpace(vendorkit.String(raw)); s != "" {
			return s
		}
		var u struct {
			Name        string `json:"name"`
			DisplayName string `json:"displayName"`
		}
		if json.Unmarshal(raw, &u) != nil {
			continue
		}
		for _, s := range []string{u.Name, u.DisplayName} {
			if s = strings.TrimSpace(s); s != "" {
				return s
			}
		}
	}
	return ""
}
