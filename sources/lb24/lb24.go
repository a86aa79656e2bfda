// Package lb24 reads live blogs hosted with 24liveblog (24liveblog.com,
// whose data service is 24liveplus.com): the news JSON of an event.
//
// # Responses
//
// A publisher embeds an event as <div id="LB24_LIVE_CONTENT"
// data-eid="{event id}"></div> with the script
// https://v.24liveblog.com/24.js, or as an iframe
// https://v.24liveblog.com/iframe/?id={event id}. The event's updates
// are served as JSON by
// https://data.24liveplus.com/v1/retrieve_server/x/event/{eid}/news/?inverted_order=1&last_nid=&limit=100,
// which answers {"data": {"news": [item, …]}}; each item gives nid (its
// id), created (Unix seconds), newstitle (the headline) and contents (the
// HTML body). The event itself
// (…/event/{eid}/) answers {"data": {"event": {…}}} and holds no entries.
//
// Verified in public code: the embed snippets (several publishers'
// sites and a WordPress plugin) and the news endpoint, its query and the
// fields nid, created, newstitle and contents (a publisher's WordPress
// plugin that builds LiveBlogPosting JSON-LD from it). Inferred, not seen
// in public code: the update time ("updated"/"modified", read when
// present), the author ("author"/"author_name"/"user_name", or
// "user"{"nickname"|"name"}), the flags ("top"/"is_top"/"pinned" for
// Pinned; "highlight"/"is_highlight"/"important" for KeyEvent), and that
// last_nid pages back from the given news id: Result.Older is the page
// URL with last_nid set to the oldest nid when the answer is as long as
// its limit.
//
// # Match
//
// JSON input holding "nid" and "contents", or any JSON input from a
// 24liveplus.com or 24liveblog.com host. Times are Unix seconds.
package lb24

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/vendorkit"
)

// Name is the adapter's name, as Blog.Extractor reports it.
const Name = "24liveblog"

// Hosts are the vendor's hosts.
var Hosts = []string{"24liveplus.com", "24liveblog.com"}

var matcher = vendorkit.Matcher{Hosts: Hosts, Keys: []string{"nid", "contents"}}

// New returns the 24liveblog adapter.
func New() liveblog.Extractor { return liveblog.NewExtractor(Name, matcher.Match, extract) }

type response struct {
	Data struct {
		News []news `json:"news"`
	} `json:"data"`
}

type news struct {
	NID         json.RawMessage `json:"nid"`
	Created     json.RawMessage `json:"created"`
	Updated     json.RawMessage `json:"updated"`
	Modified    json.RawMessage `json:"modified"`
	Title       string          `json:"newstitle"`
	Contents    string          `json:"contents"`
	Author      json.RawMessage `json:"author"`
	AuthorName  string          `json:"author_name"`
	UserName    string          `json:"user_name"`
	User        json.RawMessage `json:"user"`
	Top         json.RawMessage `json:"top"`
	IsTop       json.RawMessage `json:"is_top"`
	Pinned      json.RawMessage `json:"pinned"`
	Highlight   json.RawMessage `json:"highlight"`
	IsHighlight json.RawMessage `json:"is_highlight"`
	Important   json.RawMessage `json:"important"`
}

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	var resp response
	if err := vendorkit.Decode(d, &resp); err != nil {
		return nil, err
	}
	res := &liveblog.Result{}
	oldest := int64(-1)
	for _, n := range resp.Data.News {
		id := vendorkit.String(n.NID)
		if v, err := strconv.ParseInt(id, 10, 64); err == nil && (oldest < 0 || v < oldest) {
			oldest = v
		}
		dr := liveblog.Draft{
			ID:       id,
			Time:     vendorkit.Time(n.Created),
			Title:    strings.TrimSpace(n.Title),
			Body:     vendorkit.Bodies(vendorkit.Body(n.Contents)),
			Pinned:   vendorkit.Flag(n.Top) || vendorkit.Flag(n.IsTop) || vendorkit.Flag(n.Pinned),
			KeyEvent: vendorkit.Flag(n.Highlight) || vendorkit.Flag(n.IsHighlight) || vendorkit.Flag(n.Important),
		}
		edited := vendorkit.Time(n.Updated)
		if edited.IsZero() {
			edited = vendorkit.Time(n.Modified)
		}
		if !dr.Time.IsZero() && edited.After(dr.Time) {
			dr.Updated = edited
		}
		if a := n.author(); a != "" {
			dr.Authors = []string{a}
		}
		res.Entries = append(res.Entries, dr)
	}
	if len(res.Entries) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	if oldest >= 0 {
		res.Older = older(d, oldest, len(resp.Data.News))
	}
	return res, nil
}

func (n *news) author() string {
	if s := strings.TrimSpace(vendorkit.String(n.Author)); s != "" {
		return s
	}
	for _, s := range []string{n.AuthorName, n.UserName} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	var u struct {
		Nickname string `json:"nickname"`
		Name     string `json:"name"`
	}
	for _, raw := range []json.RawMessage{n.User, n.Author} {
		if json.Unmarshal(raw, &u) != nil {
			continue
		}
		for _, s := range []string{u.Nickname, u.Name} {
			if s = strings.TrimSpace(s); s != "" {
				return s
			}
		}
	}
	return ""
}

// older returns the next page of a news address whose answer filled its
// limit, or "".
func older(d *liveblog.Document, oldest int64, got int) string {
	u := d.URL()
	if u == nil || !strings.Contains(u.Path, "/news") {
		return ""
	}
	limit, err := strconv.Atoi(u.Query().Get("limit"))
	if err != nil || limit <= 0 || got < limit {
		return ""
	}
	return vendorkit.WithQuery(d, "last_nid", strconv.FormatInt(oldest, 10))
}
