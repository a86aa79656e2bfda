// Package guardian reads the live blogs of the Guardian (theguardian.com).
//
// # Pages
//
// Live blogs live at https://www.theguardian.com/{section}/live/{yyyy}/{mon}/{dd}/{slug}
// and their pages ?page=with:block-{id}. Match accepts a page whose URL
// (given, else its canonical link) is on theguardian.com; with no URL at
// all it accepts a page whose og:site_name is "the Guardian". Match claims
// every Guardian page, live or not: Extract returns liveblog.ErrNotLiveBlog
// for an ordinary article, which has no blocks.
//
// # Markup (verified on a saved 2023 page of the DCR renderer)
//
// Each entry is an article[id^="block-"] in the feed (div.block[id^="block-"]
// in the older renderer, inferred). Its header holds the permalink
// "?page=with:block-{id}#block-{id}" wrapping <time datetime> (UTC, the
// time used) and the printed clock "12.50 BST" (kept as RawTime), the
// contributor's avatar and name (Authors) and, for some blocks, an h2
// headline (Title). The footer holds share buttons and "Updated at ..."
// with its own <time datetime> (Draft.Updated). Header and footer are left
// out of the body. YouTube atoms and tweets rendered without their
// scripts become Embeds.
//
// The pinned post is repeated at the top of the feed (#pinned-post) and
// key events are repeated in a carousel (KeyEventsCarousel, rendered twice,
// listing older key events too). Each entry is returned once, at its place
// in the feed, flagged Pinned or KeyEvent; a pinned post whose block is not
// on this page is returned first, with its printed time only. The JSON-LD
// liveBlogUpdate dates are not used: on saved pages they all carry the
// page's modification time.
//
// The feed's pagination ("Previous" = newer, "Next" = older page) becomes
// Result.Newer and Result.Older.
//
// # Zone
//
// Europe/London, for the printed clock; entry times come from UTC
// datetime attributes.
package guardian

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
	"github.com/liveblog-go/liveblog/sources/internal/site"
)

// Name is the adapter's name, as Blog.Extractor reports it.
const Name = "guardian"

var (
	blockSel    = kit.MustCompile(`article[id^="block-"], div.block[id^="block-"]`)
	pinnedSel   = kit.MustCompile(`#pinned-post`)
	articleSel  = kit.MustCompile(`article`)
	blockLink   = kit.MustCompile(`a[href*="#block-"]`)
	keyCardSel  = kit.MustCompile(`a[data-link-name^="key event card"]`)
	timeSel     = kit.MustCompile(`time[datetime]`)
	titleSel    = kit.MustCompile(`h2, .block-title`)
	navLinkSel  = kit.MustCompile(`#liveblog-navigation a[href], .liveblog-navigation a[href]`)
	youtubeSel  = kit.MustCompile(`[data-component="youtube-atom"] [data-cy^="youtube-sticky-"]`)
	nojsTweet   = kit.MustCompile(`blockquote.nojs-tweet`)
	tweetLink   = kit.MustCompile(`a[href*="/status/"]`)
	standfirst  = kit.MustCompile(`[data-gu-name="standfirst"]`)
	headlineSel = kit.MustCompile(`[data-gu-name="headline"] h1, h1`)
)

var london = kit.Zone("Europe/London", 0)

var matcher = site.Matcher{Domains: []string{"theguardian.com"}, NoURL: site.NameIs("the Guardian")}

// New returns the Guardian adapter.
func New() liveblog.Extractor { return liveblog.NewExtractor(Name, matcher.Match, extract) }

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	blocks := d.QueryAll(blockSel)
	pinned := d.Query(pinnedSel)
	if len(blocks) == 0 && pinned == nil {
		return nil, liveblog.ErrNotLiveBlog
	}
	res := &liveblog.Result{Location: london, Entries: make([]liveblog.Draft, 0, len(blocks))}
	if n := d.Query(headlineSel); n != nil {
		res.Title = kit.Text(n)
	}
	if n := d.Query(standfirst); n != nil {
		res.Summary = kit.Text(n)
	}
	res.Older, res.Newer = pagination(d)

	keyEvents := map[string]bool{}
	for _, a := range d.QueryAll(keyCardSel) {
		if id := blockID(kit.Attr(a, "href")); id != "" {
			keyEvents[id] = true
		}
	}
	var pinnedDraft *liveblog.Draft
	if pinned != nil {
		if art := articleSel.Query(pinned); art != nil {
			dr := draft(d, art)
			dr.Pinned = true
			if dr.ID != "" {
				pinnedDraft = &dr
			}
		}
	}

	seenPinned := false
	for _, b := range blocks {
		if pinned != nil && kit.Inside(b, nil, func(p *html.Node) bool { return p == pinned }) {
			continue
		}
		dr := draft(d, b)
		dr.KeyEvent = dr.KeyEvent || keyEvents[dr.ID]
		if pinnedDraft != nil && dr.ID == pinnedDraft.ID {
			dr.Pinned = true
			seenPinned = true
		}
		res.Entries = append(res.Entries, dr)
	}
	if pinnedDraft != nil && !seenPinned {
		pinnedDraft.KeyEvent = pinnedDraft.KeyEvent || keyEvents[pinnedDraft.ID]
		res.Entries = append([]liveblog.Draft{*pinnedDraft}, res.Entries...)
	}
	if len(res.Entries) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	return res, nil
}

// draft reads one block.
func draft(d *liveblog.Document, b *html.Node) liveblog.Draft {
	dr := liveblog.Draft{ID: kit.Attr(b, "id"), Body: []*html.Node{b}}
	header, footer := headerFooter(b)
	if header != nil {
		dr.Exclude = append(dr.Exclude, header)
	}
	if footer != nil {
		dr.Exclude = append(dr.Exclude, footer)
	}
	// The permalink wraps the time; the pinned copy has no id of its own
	// and is known by its permalink's fragment.
	if a := blockLink.Query(b); a != nil {
		dr.URL = kit.Attr(a, "href")
		if dr.ID == "" {
			dr.ID = blockID(dr.URL)
		}
		dr.RawTime = rawClock(a)
	}
	if dr.URL == "" && dr.ID != "" {
		dr.URL = "?page=with:" + dr.ID + "#" + dr.ID
	}
	for _, t := range timeSel.QueryAll(b) {
		v, ok := kit.MachineTime(kit.Attr(t, "datetime"))
		if !ok {
			continue
		}
		if footer != nil && kit.Inside(t, b, func(p *html.Node) bool { return p == footer }) {
			dr.Updated = v
		} else if dr.Time.IsZero() {
			dr.Time = v
		}
	}
	if header != nil {
		if h := titleSel.Query(header); h != nil {
			dr.Title = kit.Text(h)
		}
		dr.Authors = authors(header)
	} else if h := titleSel.Query(b); h != nil {
		dr.Title = kit.Text(h)
		dr.Exclude = append(dr.Exclude, h)
	}
	if c := kit.Attr(b, "data-block-contributor"); c != "" && len(dr.Authors) == 0 {
		dr.Authors = []string{c}
	}
	dr.KeyEvent = kit.HasClass(b, "is-key-event")
	dr.Pinned = kit.HasClass(b, "is-pinned")
	embeds(d, b, &dr)
	return dr
}

// headerFooter returns the block's own header and footer elements.
func headerFooter(b *html.Node) (header, footer *html.Node) {
	for c := range b.ChildNodes() {
		switch {
		case c.DataAtom == atom.Header && header == nil:
			header = c
		case c.DataAtom == atom.Footer:
			footer = c
		case c.DataAtom == atom.P && header == nil && kit.HasClass(c, "block-time"):
			header = c // older renderer: p.block-time holds the permalink
		}
	}
	return header, footer
}

// rawClock returns the printed clock inside the permalink, leaving out
// the relative "4m ago" text of its <time>.
func rawClock(a *html.Node) string {
	var parts []string
	for c := range a.ChildNodes() {
		if c.DataAtom == atom.Time && kit.Attr(c, "data-relativeformat") != "" {
			continue
		}
		if t := kit.Text(c); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// authors reads the contributor names printed in a block header: the
// text of its spans outside the permalink and the headline.
func authors(header *html.Node) []string {
	var out []string
	for n := range header.Descendants() {
		if n.Type != html.ElementNode || n.DataAtom != atom.Span {
			continue
		}
		if kit.Inside(n, header, func(p *html.Node) bool {
			return p.DataAtom == atom.A || p.DataAtom == atom.H2 || p.DataAtom == atom.Span
		}) {
			continue
		}
		if t := kit.Text(n); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// embeds turns the players and tweets that the page renders without
// their scripts into Embeds, and leaves them out of the body.
func embeds(d *liveblog.Document, b *html.Node, dr *liveblog.Draft) {
	for _, n := range youtubeSel.QueryAll(b) {
		fig := n
		for p := n.Parent; p != nil && p != b; p = p.Parent {
			if p.DataAtom == atom.Figure {
				fig = p
				break
			}
		}
		// data-cy="youtube-sticky-{video id}-{figure id}"; video ids may
		// hold hyphens, so cut the figure id off the end.
		id := strings.TrimPrefix(kit.Attr(n, "data-cy"), "youtube-sticky-")
		if figID := kit.Attr(fig, "id"); figID != "" {
			id = strings.TrimSuffix(id, "-"+figID)
		}
		if id != "" && !strings.Contains(id, "/") {
			dr.Embeds = append(dr.Embeds, liveblog.Embed{Kind: liveblog.EmbedYouTube, URL: "https://www.youtube.com/watch?v=" + url.QueryEscape(id)})
		}
		dr.Exclude = append(dr.Exclude, fig)
	}
	for _, q := range nojsTweet.QueryAll(b) {
		var status string
		for _, a := range tweetLink.QueryAll(q) {
			status = kit.Attr(a, "href")
		}
		if u, err := url.Parse(d.Resolve(status)); err == nil && status != "" {
			u.RawQuery = ""
			dr.Embeds = append(dr.Embeds, liveblog.Embed{Kind: liveblog.EmbedTweet, URL: u.String()})
		}
		dr.Exclude = append(dr.Exclude, q)
	}
}

// blockID returns "block-{id}" from a permalink's fragment, or "".
func blockID(href string) string {
	_, frag, ok := strings.Cut(href, "#")
	if !ok || !strings.HasPrefix(frag, "block-") {
		return ""
	}
	return frag
}

// pagination reads the feed's page links. The feed runs newest first, so
// "Next" leads to older entries and "Previous" to newer ones.
func pagination(d *liveblog.Document) (older, newer string) {
	for _, a := range d.QueryAll(navLinkSel) {
		href := kit.Attr(a, "href")
		switch strings.ToLower(kit.Text(a)) {
		case "next", "older", "older posts":
			if older == "" {
				older = href
			}
		case "previous", "newer", "newer posts":
			if newer == "" {
				newer = href
			}
		}
	}
	return older, newer
}
