// Package reach reads the live blogs of the Reach plc platform: the
// Mirror, the Daily Star, the Express, the Manchester Evening News, the
// Liverpool Echo, CorkBeo and Reach's other national and regional titles.
//
// # Pages
//
// Live blogs are ordinary article URLs ending in the article number, such
// as https://www.mirror.co.uk/news/uk-news/{slug}-{number}. Match accepts a
// page whose URL (given, else its canonical link) is on one of Reach's
// domains (see Domains); with no URL it accepts a page that holds a
// Reach live-event entry (div.live-event-entry[data-post-time] or
// .live-events__entry). Match claims every page of those domains:
// Extract returns liveblog.ErrNotLiveBlog for an ordinary article.
//
// # Markup
//
// Verified on a saved Mirror page (2024, AMP-style markup): each entry is
// div.live-event-entry[id][data-type][data-post-time] holding
// div.entry-info (time.updating-timezone-live-event "21:00" and a mark with
// the author's name, or "KEY EVENT" for data-type="key-event") and
// div.entry-content (an h3 title, paragraphs, amp-img figures whose
// figcaption stands beside the figure, tweets). The time is
// data-post-time (epoch ms); data-last-modified-time is Updated; the
// printed clock is kept as RawTime. The page renders only the newest
// entries (30 on the saved page) while its JSON-LD lists every update
// since the blog began (428): the entries returned are the rendered ones.
// The untimed div.live-event-lead-entry is the standfirst (Result.Summary)
// and the "Key Events" sidebar repeats key entries; neither is an entry.
//
// Inferred, not verified on a saved page: the Express-style variant
// .live-events__entry with .live-events__entry-text paragraphs (from a
// public scraper's selectors) and data-sort-time in epoch seconds; both
// are read when present.
//
// # Zone
//
// Europe/London (Europe/Dublin for the Irish titles), for printed clocks;
// entry times come from epoch attributes.
package reach

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
	"github.com/liveblog-go/liveblog/sources/internal/site"
)

// Name is the adapter's name, as Blog.Extractor reports it.
const Name = "reach"

// Domains are the Reach plc sites Match recognises by URL.
var Domains = []string{
	"mirror.co.uk", "irishmirror.ie", "dailystar.co.uk", "express.co.uk",
	"dailyrecord.co.uk", "dailypost.co.uk", "walesonline.co.uk",
	"manchestereveningnews.co.uk", "liverpoolecho.co.uk", "birminghammail.co.uk",
	"chroniclelive.co.uk", "examinerlive.co.uk", "bristolpost.co.uk",
	"plymouthherald.co.uk", "devonlive.com", "cornwalllive.com",
	"somersetlive.co.uk", "gloucestershirelive.co.uk", "hulldailymail.co.uk",
	"leicestermercury.co.uk", "nottinghampost.com", "derbytelegraph.co.uk",
	"stokesentinel.co.uk", "lincolnshirelive.co.uk", "grimsbytelegraph.co.uk",
	"coventrytelegraph.net", "kentlive.news", "getsurrey.co.uk", "sussexlive.co.uk",
	"essexlive.news", "hertfordshiremercury.co.uk", "cambridge-news.co.uk",
	"mylondon.news", "football.london", "lancs.live", "yorkshirelive.co.uk",
	"edinburghlive.co.uk", "glasgowlive.co.uk", "belfastlive.co.uk",
	"corkbeo.ie", "dublinlive.ie", "buckinghamshirelive.com", "ok.co.uk",
}

// irish are the Domains whose clocks read in Irish time.
var irish = []string{"irishmirror.ie", "corkbeo.ie", "dublinlive.ie"}

var (
	entrySel    = kit.MustCompile(`div.live-event-entry, .live-events__entry`)
	markerSel   = kit.MustCompile(`div.live-event-entry[data-post-time], .live-events__entry`)
	leadSel     = kit.MustCompile(`.live-event-lead-entry`)
	infoSel     = kit.MustCompile(`.entry-info, .live-events__entry-info`)
	timeSel     = kit.MustCompile(`time`)
	markSel     = kit.MustCompile(`mark, .live-events__entry-author, .author`)
	titleSel    = kit.MustCompile(`h3, h2, .live-events__entry-title`)
	contentSel  = kit.MustCompile(`.entry-content, .live-events__entry-text`)
	imgSel      = kit.MustCompile(`amp-img, img`)
	captionSel  = kit.MustCompile(`figcaption`)
	headlineSel = kit.MustCompile(`h1.lead-content__title, h1`)
)

var (
	london = kit.Zone("Europe/London", 0)
	dublin = kit.Zone("Europe/Dublin", 0)
)

var matcher = site.Matcher{Domains: Domains, NoURL: site.Has(markerSel)}

// New returns the Reach plc adapter.
func New() liveblog.Extractor { return liveblog.NewExtractor(Name, matcher.Match, extract) }

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	nodes := d.QueryAll(entrySel)
	if len(nodes) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	res := &liveblog.Result{Location: london}
	if kit.HostIs(d.Host(), irish...) {
		res.Location = dublin
	}
	if h := d.Query(headlineSel); h != nil {
		res.Title = kit.Text(h)
	}
	if lead := d.Query(leadSel); lead != nil {
		res.Summary = summary(lead)
	}
	for _, n := range nodes {
		// An entry nested in another (a quoted post) belongs to its parent.
		if kit.Inside(n, nil, func(p *html.Node) bool { return entrySel.Match(p) }) {
			continue
		}
		res.Entries = append(res.Entries, draft(n))
	}
	return res, nil
}

// draft reads one entry.
func draft(n *html.Node) liveblog.Draft {
	dr := liveblog.Draft{
		ID:       kit.Attr(n, "id"),
		KeyEvent: kit.Attr(n, "data-type") == "key-event" || kit.HasClass(n, "key-event"),
	}
	if dr.ID == "" {
		dr.ID = kit.Attr(n, "data-id")
	}
	if t, ok := kit.MachineTime(kit.Attr(n, "data-post-time")); ok {
		dr.Time = t
	} else if t, ok := kit.MachineTime(kit.Attr(n, "data-sort-time")); ok {
		dr.Time = t
	}
	if t, ok := kit.MachineTime(kit.Attr(n, "data-last-modified-time")); ok && t.After(dr.Time) {
		dr.Updated = t
	}

	body := n
	if c := contentSel.Query(n); c != nil {
		body = c
	}
	dr.Body = []*html.Node{body}
	if info := infoSel.Query(n); info != nil {
		if body == n {
			dr.Exclude = append(dr.Exclude, info)
		}
		if t := timeSel.Query(info); t != nil {
			dr.RawTime = kit.Text(t)
		}
		for _, m := range markSel.QueryAll(info) {
			name := kit.Text(m)
			switch {
			case name == "":
			case strings.EqualFold(name, "key event"):
				dr.KeyEvent = true
			default:
				dr.Authors = append(dr.Authors, name)
			}
		}
	}
	if h := firstTitle(n, body); h != nil {
		dr.Title = kit.Text(h)
		dr.Exclude = append(dr.Exclude, h)
	}
	dr.Images = images(body)
	return dr
}

// firstTitle returns the entry's headline: the first heading of the
// entry, when it comes before any paragraph.
func firstTitle(entry, body *html.Node) *html.Node {
	for c := range body.Descendants() {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.P || c.DataAtom == atom.Figure || c.DataAtom == atom.Blockquote {
			break
		}
		if titleSel.Match(c) {
			return c
		}
	}
	if body != entry {
		// Titles may stand before the text block (.live-events__entry-text).
		for c := range entry.Descendants() {
			if c == body {
				break
			}
			if c.Type == html.ElementNode && titleSel.Match(c) {
				return c
			}
		}
	}
	return nil
}

// images reads the AMP images of a body, which the shared renderer does
// not know, with the caption that stands beside each figure.
func images(body *html.Node) []liveblog.Image {
	var out []liveblog.Image
	for _, n := range imgSel.QueryAll(body) {
		if n.DataAtom == atom.Img {
			continue // the renderer reads <img> itself
		}
		src := kit.Attr(n, "src")
		if src == "" {
			continue
		}
		img := liveblog.Image{URL: src, Alt: kit.Clean(kit.Attr(n, "alt"))}
		// <div class="image-container"><figure><amp-img></figure><figcaption>
		for p := n.Parent; p != nil && p != body; p = p.Parent {
			if cap := captionSel.Query(p); cap != nil {
				img.Caption = strings.ReplaceAll(kit.Text(cap), "( ", "(")
				break
			}
		}
		out = append(out, img)
	}
	return out
}

// summary returns the standfirst's paragraphs, one per line.
func summary(lead *html.Node) string {
	var paras []string
	for c := range lead.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if t := kit.Text(c); t != "" {
				paras = append(paras, t)
			}
		}
	}
	if len(paras) == 0 {
		return kit.Text(lead)
	}
	return strings.Join(paras, "\n\n")
}
