package render

import (
	"html/template"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
)

func (r *renderer) image(n *html.Node) {
	src := imageSource(n)
	src = SafeURL(r.resolve(src), false)
	if src == "" || dom.Attr(n, "width") == "1" || dom.Attr(n, "height") == "1" {
		return
	}
	alt := dom.Clean(dom.Attr(n, "alt"))
	r.out.Images = append(r.out.Images, Image{URL: src, Alt: alt})
	r.reopen()
	r.markup.WriteString(`<img src="` + template.HTMLEscapeString(src) + `"`)
	if alt != "" {
		r.markup.WriteString(` alt="` + template.HTMLEscapeString(alt) + `"`)
	}
	r.markup.WriteString(">")
}

func firstImage(n *html.Node) *html.Node {
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == atom.Img {
			return c
		}
	}
	return nil
}

// imageSource returns the best address of an image element: src, or the
// lazy-loading attributes sites use when src is a placeholder.
func imageSource(n *html.Node) string {
	src := dom.Attr(n, "src")
	if src == "" || strings.HasPrefix(src, "data:") {
		for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-srcset", "srcset"} {
			if v := dom.Attr(n, k); v != "" {
				src, _, _ = strings.Cut(strings.TrimSpace(v), " ")
				src = strings.TrimSuffix(src, ",")
				break
			}
		}
	}
	return src
}

// embedOf recognises embedded posts and players.
func embedOf(n *html.Node, resolve func(string) string) (Embed, bool) {
	class := " " + dom.Attr(n, "class") + " "
	switch n.DataAtom {
	case atom.Blockquote:
		switch {
		case strings.Contains(class, " twitter-tweet ") || strings.Contains(class, " twitter-video "):
			return Embed{Kind: Tweet, URL: lastLink(n, resolve, "/status")}, true
		case strings.Contains(class, " instagram-media "):
			u := dom.Attr(n, "data-instgrm-permalink")
			if u == "" {
				u = lastLink(n, resolve, "instagram.com")
			}
			return Embed{Kind: Instagram, URL: SafeURL(resolve(u), false)}, true
		case strings.Contains(class, " tiktok-embed "):
			return Embed{Kind: TikTok, URL: SafeURL(resolve(dom.Attr(n, "cite")), false)}, true
		case strings.Contains(class, " telegram-post "):
			u := SafeURL("https://t.me/"+strings.TrimSpace(dom.Attr(n, "data-telegram-post")), false)
			return Embed{Kind: Telegram, URL: u}, true
		}
	case atom.Iframe:
		src := SafeURL(resolve(dom.Attr(n, "src")), false)
		if src == "" {
			src = SafeURL(resolve(dom.Attr(n, "data-src")), false)
		}
		if src == "" {
			return Embed{}, false
		}
		return Embed{Kind: KindOf(src), URL: src}, true
	case atom.Video, atom.Audio:
		src := dom.Attr(n, "src")
		if src == "" {
			for c := range n.Descendants() {
				if c.Type == html.ElementNode && c.DataAtom == atom.Source {
					src = dom.Attr(c, "src")
					break
				}
			}
		}
		kind := Video
		if n.DataAtom == atom.Audio {
			kind = Audio
		}
		if src = SafeURL(resolve(src), false); src != "" {
			return Embed{Kind: kind, URL: src}, true
		}
	case atom.Div:
		if strings.Contains(class, " fb-post ") || strings.Contains(class, " fb-video ") {
			if u := SafeURL(resolve(dom.Attr(n, "data-href")), false); u != "" {
				return Embed{Kind: Facebook, URL: u}, true
			}
		}
	}
	return Embed{}, false
}

// KindOf tells what an embedded address holds by its host.
func KindOf(u string) Kind {
	p, err := url.Parse(u)
	if err != nil {
		return Other
	}
	host := strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
	switch {
	case strings.HasSuffix(host, "youtube.com") || strings.HasSuffix(host, "youtube-nocookie.com") || host == "youtu.be":
		return YouTube
	case host == "twitter.com" || host == "x.com" || strings.HasSuffix(host, ".twitter.com"):
		return Tweet
	case strings.HasSuffix(host, "instagram.com"):
		return Instagram
	case strings.HasSuffix(host, "facebook.com"):
		return Facebook
	case strings.HasSuffix(host, "tiktok.com"):
		return TikTok
	case host == "t.me" || strings.HasSuffix(host, "telegram.org"):
		return Telegram
	case strings.HasSuffix(host, "vimeo.com") || strings.Contains(host, "dailymotion") || strings.Contains(host, "jwplayer") || strings.Contains(host, "brightcove"):
		return Video
	}
	return Other
}

// lastLink returns the last link under n whose URL contains want.
func lastLink(n *html.Node, resolve func(string) string, want string) string {
	found := ""
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			if u := SafeURL(resolve(dom.Attr(c, "href")), false); u != "" && strings.Contains(u, want) {
				found = u
			}
		}
	}
	return found
}
