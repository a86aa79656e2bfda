// Package norkon reads live blogs hosted with Norkon's Live Center: the
// bulletin feed JSON that its embed script (ncposts) loads.
//
// # Responses
//
// A publisher embeds a channel as <div class="live-center-embed"
// data-src="https://livecenter.norkon.net/frame/{tenant}/{channel}/{theme}">
// or starts the script itself with NcPosts.start({channelId, tenantKey}).
// The script reads
// https://livecentercdn.norkon.net/BulletinFeed/{tenant}/{channel}/Initial/,
// which answers {"result": {"addedOrChanged": [bulletin, …]}}, and pages
// back through …/EarlierObj/{oldest id}/, which answers {"result":
// {"bulletins": [bulletin, …], "hasMore": bool}}. Both are read. A
// bulletin gives its id, created and updated (Unix seconds), title,
// authorName and content.html (the body). The feed may start with a UTF-8
// byte order mark.
//
// Verified in public code: the endpoints, the two result shapes and the
// bulletin fields above (three independent public scrapers of Live Center
// feeds, a publisher's React embed starting NcPosts, a Go live-blog
// scraper reading the frame URL, and a WordPress plugin writing the
// live-center-embed snippet). Inferred, not seen in public code: the
// flags, read when present from "isSticky"/"sticky"/"pinned" (Pinned) and
// "important"/"isImportant"/"highlighted" (KeyEvent), and the ids of
// removed bulletins from result.deleted. Result.Older is the EarlierObj
// address of the oldest bulletin when the page URL is a BulletinFeed
// address and the feed does not say hasMore=false.
//
// # Match
//
// JSON input holding "result" and either "addedOrChanged" or "bulletins",
// or any JSON input from a norkon.net host. Times are Unix seconds.
package norkon

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/vendorkit"
)

// Name is the adapter's name, as Blog.Extractor reports it.
const Name = "norkon"

// Hosts are the vendor's hosts.
var Hosts = []string{"norkon.net"}

var (
	initialShape = vendorkit.Matcher{Hosts: Hosts, Keys: []string{"result", "addedOrChanged"}}
	earlierShape = vendorkit.Matcher{Keys: []string{"result", "bulletins"}}
)

func match(d *liveblog.Document) bool { return initialShape.Match(d) || earlierShape.Match(d) }

// New returns the Norkon Live Center adapter.
func New() liveblog.Extractor { return liveblog.NewExtractor(Name, match, extract) }

type response struct {
	Result struct {
		AddedOrChanged []bulletin        `json:"addedOrChanged"`
		Bulletins      []bulletin        `json:"bulletins"`
		HasMore        *bool             `json:"hasMore"`
		Deleted        []json.RawMessage `json:"deleted"`
	} `json:"result"`
}

type bulletin struct {
	ID          json.RawMessage `json:"id"`
	Created     json.RawMessage `json:"created"`
	Updated     json.RawMessage `json:"updated"`
	Title       string          `json:"title"`
	AuthorName  string          `json:"authorName"`
	IsSticky    json.RawMessage `json:"isSticky"`
	Sticky      json.RawMessage `json:"sticky"`
	Pinned      json.RawMessage `json:"pinned"`
	Important   json.RawMessage `json:"important"`
	IsImportant json.RawMessage `json:"isImportant"`
	Highlighted json.RawMessage `json:"highlighted"`
	Content     struct {
		HTML string `json:"html"`
	} `json:"content"`
}

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	var resp response
	if err := vendorkit.Decode(d, &resp); err != nil {
		return nil, err
	}
	deleted := map[string]bool{}
	for _, id := range resp.Result.Deleted {
		deleted[vendorkit.String(id)] = true
	}
	res := &liveblog.Result{}
	oldest := int64(-1)
	for _, b := range append(resp.Result.AddedOrChanged, resp.Result.Bulletins...) {
		id := vendorkit.String(b.ID)
		if deleted[id] {
			continue
		}
		if n, err := strconv.ParseInt(id, 10, 64); err == nil && (oldest < 0 || n < oldest) {
			oldest = n
		}
		dr := liveblog.Draft{
			ID:       id,
			Time:     vendorkit.Time(b.Created),
			Title:    strings.TrimSpace(b.Title),
			Body:     vendorkit.Bodies(vendorkit.Body(b.Content.HTML)),
			Pinned:   vendorkit.Flag(b.IsSticky) || vendorkit.Flag(b.Sticky) || vendorkit.Flag(b.Pinned),
			KeyEvent: vendorkit.Flag(b.Important) || vendorkit.Flag(b.IsImportant) || vendorkit.Flag(b.Highlighted),
		}
		if u := vendorkit.Time(b.Updated); !dr.Time.IsZero() && u.After(dr.Time) {
			dr.Updated = u
		}
		if a := strings.TrimSpace(b.AuthorName); a != "" {
			dr.Authors = []string{a}
		}
		res.Entries = append(res.Entries, dr)
	}
	if len(res.Entries) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	if oldest >= 0 && (resp.Result.HasMore == nil || *resp.Result.HasMore) {
		res.Older = earlier(d, oldest)
	}
	return res, nil
}

// earlier returns the feed address of the bulletins before id, built from
// the page URL …/BulletinFeed/{tenant}/{channel}/…, or "".
func earlier(d *liveblog.Document, id int64) string {
	parts := vendorkit.PathParts(d)
	for i, p := range parts {
		if strings.EqualFold(p, "BulletinFeed") && i+2 < len(parts) {
			u := *d.URL()
			u.RawQuery, u.Fragment = "", ""
			u.Path = "/BulletinFeed/" + parts[i+1] + "/" + parts[i+2] + "/EarlierObj/" + strconv.FormatInt(id, 10) + "/"
			u.RawPath = ""
			return u.String()
		}
	}
	return ""
}
