package embeds

import (
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/dom"
)

// Tickaroo: <tickaroo-liveblog liveblogId clientId [themeId]> with
// tik4.js (verified: Tickaroo's Arc XP plugin). The entries come from the
// embed prefetch
// https://cdn.tickaroo.com/api/embed/v4/prefetch/liveblog.json?client_id=…&liveblogId=…&themeId=…,
// the address Tickaroo's own server-side rendering loads (verified, same
// plugin); the browser script's own request was not seen.
func tickaroo(n *html.Node, _ *url.URL) (Feed, bool) {
	if n.Data != "tickaroo-liveblog" {
		return Feed{}, false
	}
	blog, client := id(dom.Attr(n, "liveblogid")), id(dom.Attr(n, "clientid"))
	if blog == "" || client == "" {
		return Feed{}, false
	}
	q := url.Values{"client_id": {client}, "liveblogId": {blog}}
	if theme := id(dom.Attr(n, "themeid")); theme != "" {
		q.Set("themeId", theme)
	}
	return Feed{Vendor: Tickaroo, URL: "https://cdn.tickaroo.com/api/embed/v4/prefetch/liveblog.json?" + q.Encode()}, true
}

// Norkon Live Center: <div class="live-center-embed"
// data-src="https://livecenter.norkon.net/frame/{tenant}/{channel}/{theme}">
// (verified: a WordPress plugin, publishers' pages), the same frame in an
// iframe, or a script calling NcPosts.start({channelId, tenantKey})
// (verified: a publisher's embed). The entries come from
// https://livecentercdn.norkon.net/BulletinFeed/{tenant}/{channel}/Initial/
// (verified: three public scrapers of the feed).
func norkonEmbed(n *html.Node, page *url.URL) (Feed, bool) {
	switch {
	case n.Data == "div" && dom.HasClass(n, "live-center-embed"):
		return norkonFrame(dom.Attr(n, "data-src"), page)
	case n.Data == "iframe":
		return norkonFrame(dom.Attr(n, "src"), page)
	}
	if s := scriptText(n); strings.Contains(s, "NcPosts") {
		ch, tk := ncChannel.FindStringSubmatch(s), ncTenant.FindStringSubmatch(s)
		if ch != nil && tk != nil {
			return norkonFeed(tk[1], ch[1])
		}
	}
	return Feed{}, false
}

var (
	ncChannel = regexp.MustCompile(`channelId\s*:\s*["']?([0-9]+)`)
	ncTenant  = regexp.MustCompile(`tenantKey\s*:\s*["']([A-Za-z0-9._-]+)["']`)
)

func norkonFrame(src string, page *url.URL) (Feed, bool) {
	u := absolute(src, page)
	if u == nil || !dom.HostIs(hostOf(u), "norkon.net") {
		return Feed{}, false
	}
	parts := pathParts(u)
	if len(parts) < 3 || !strings.EqualFold(parts[0], "frame") {
		return Feed{}, false
	}
	return norkonFeed(parts[1], parts[2])
}

func norkonFeed(tenant, channel string) (Feed, bool) {
	tenant, channel = id(tenant), id(channel)
	if tenant == "" || channel == "" {
		return Feed{}, false
	}
	return Feed{Vendor: Norkon, URL: "https://livecentercdn.norkon.net/BulletinFeed/" + tenant + "/" + channel + "/Initial/"}, true
}

// ScribbleLive: <div class="scrbbl-embed" data-src="/{type}/{id}[/{theme}]">
// with widgets/embed.js, type "event", "board" or "timeline" (verified:
// ScribbleLive's WordPress plugin, which writes it; "post" and "article"
// embeds are single items, not blogs), or an iframe of
// embed.scribblelive.com/Embed/v7.aspx?Id={id}&ThemeId={theme}. Both
// lead to that v7.aspx page: inferred, from public pages and apps that
// show an event through it; the embed script itself was not seen. The
// posts JSON needs the publisher's API token, which no embed carries.
func scribbleEmbed(n *html.Node, page *url.URL) (Feed, bool) {
	switch {
	case n.Data == "div" && dom.HasClass(n, "scrbbl-embed"):
		parts := strings.Split(strings.Trim(dom.Attr(n, "data-src"), " /"), "/")
		if len(parts) < 2 {
			return Feed{}, false
		}
		switch strings.ToLower(parts[0]) {
		case "event", "board", "timeline":
		default:
			return Feed{}, false
		}
		ev := id(parts[1])
		if ev == "" {
			return Feed{}, false
		}
		theme := ""
		if len(parts) > 2 {
			theme = id(parts[2])
		}
		return scribbleFeed(ev, theme), true
	case n.Data == "iframe":
		u := absolute(dom.Attr(n, "src"), page)
		if u == nil || !dom.HostIs(hostOf(u), "scribblelive.com") || !strings.HasPrefix(strings.ToLower(u.Path), "/embed/v") {
			return Feed{}, false
		}
		q := u.Query()
		ev := id(q.Get("Id"))
		if ev == "" {
			ev = id(q.Get("id"))
		}
		if ev == "" {
			return Feed{}, false
		}
		return scribbleFeed(ev, id(q.Get("ThemeId"))), true
	}
	return Feed{}, false
}

func scribbleFeed(event, theme string) Feed {
	u := "https://embed.scribblelive.com/Embed/v7.aspx?Id=" + event
	if theme != "" {
		u += "&ThemeId=" + theme
	}
	return Feed{Vendor: ScribbleLive, URL: u}
}

// Sourcefabric Live Blog: <iframe id="liveblog-iframe" src="{public_url}">
// (verified: Live Blog's embed-code dialog), where public_url is the
// blog's published page, rendered on the server with its posts; an
// iframe on a liveblog.pro host is taken too. The page itself is the
// address: it is what the embed loads (the posts API needs the instance's
// API host, which the embed does not give).
func sourcefabricFrame(n *html.Node, page *url.URL) (Feed, bool) {
	if n.Data != "iframe" && n.Data != "amp-iframe" {
		return Feed{}, false
	}
	u := absolute(dom.Attr(n, "src"), page)
	if u == nil {
		return Feed{}, false
	}
	if dom.Attr(n, "id") != "liveblog-iframe" && !dom.HostIs(hostOf(u), "liveblog.pro") {
		return Feed{}, false
	}
	u.Fragment = ""
	return Feed{Vendor: Sourcefabric, URL: u.String()}, true
}

// Arena: <div class="arena-liveblog" data-publisher="{site}"
// data-event="{event}"> or the script
// go.arena.im/public/js/arenalib.js?p={site}&e={event} (verified: Arena's
// WordPress plugin and publishers' pages). The entries come from
// https://cached-api.arena.im/v1/liveblog/{site}/{event} (verified:
// Arena's WordPress plugin reads it).
func arenaEmbed(n *html.Node, page *url.URL) (Feed, bool) {
	var site, event string
	switch {
	case n.Data == "div" && dom.HasClass(n, "arena-liveblog"):
		site, event = dom.Attr(n, "data-publisher"), dom.Attr(n, "data-event")
	case n.Data == "script":
		u := absolute(dom.Attr(n, "src"), page)
		if u == nil || !dom.HostIs(hostOf(u), "arena.im") || !strings.HasSuffix(u.Path, "/arenalib.js") {
			return Feed{}, false
		}
		site, event = u.Query().Get("p"), u.Query().Get("e")
	default:
		return Feed{}, false
	}
	site, event = id(site), id(event)
	if site == "" || event == "" {
		return Feed{}, false
	}
	return Feed{Vendor: Arena, URL: "https://cached-api.arena.im/v1/liveblog/" + site + "/" + event}, true
}

// 24liveblog: <div id="LB24_LIVE_CONTENT" data-eid="{event}"> with 24.js,
// or an iframe of v.24liveblog.com/iframe/?id={event} (verified:
// publishers' pages and a WordPress plugin). The entries come from
// https://data.24liveplus.com/v1/retrieve_server/x/event/{event}/news/?inverted_order=1&last_nid=&limit=100
// (verified: a publisher's WordPress plugin reads it; the embed script's
// own request was not seen).
func lb24Embed(n *html.Node, page *url.URL) (Feed, bool) {
	var event string
	switch {
	case dom.Attr(n, "id") == "LB24_LIVE_CONTENT":
		event = dom.Attr(n, "data-eid")
	case n.Data == "iframe" || n.Data == "amp-iframe":
		u := absolute(dom.Attr(n, "src"), page)
		if u == nil || !dom.HostIs(hostOf(u), "24liveblog.com") || !strings.HasPrefix(u.Path, "/iframe") {
			return Feed{}, false
		}
		event = u.Query().Get("id")
	default:
		return Feed{}, false
	}
	if event = id(event); event == "" {
		return Feed{}, false
	}
	return Feed{Vendor: LB24, URL: "https://data.24liveplus.com/v1/retrieve_server/x/event/" + event + "/news/?inverted_order=1&last_nid=&limit=100"}, true
}
