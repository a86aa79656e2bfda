// Package ndtv reads the live blogs of NDTV (ndtv.com and its sections:
// sports.ndtv.com, www.ndtv.com, …).
//
// URL patterns: https://sports.ndtv.com/<sport>/<slug>-<id> and
// https://www.ndtv.com/<section>/<slug>-<id>, live blogs among them.
//
// Match accepts a page whose URL host is ndtv.com or one of its
// subdomains. When the URL is not known it accepts a page that has the
// live-blog list below and names NDTV in og:site_name; a page of another
// site is never claimed. An NDTV page without the list (an ordinary
// article) is matched but yields ErrNotLiveBlog, so the generic
// extractors get it.
//
// Markup read (verified on a saved sports.ndtv.com page, 2023-11-02):
//
//	ul#blogDiv.liv-blg_ul > li.liv-blg_li[id="80_parent"]   one update, newest first
//	  [itemprop=liveBlogUpdate] meta[itemprop=url|datePublished|dateModified]
//	  time.dat-cal > span.dat-cal_mon|dat-cal_day|dat-cal_yer  "November" "02" "2023"
//	  span.liv-blg_dte                                        "21:06 (IST)"
//	  .liv-blg_txt > .liv-blg_ttl                             title, then the body
//	  .ss                                                     share buttons (not read)
//
// The blog's title, summary and dates come from the LiveBlogPosting
// microdata around the list (its headline lacks the " | Cricket News"
// suffix of <title>).
//
// Times: the microdata datePublished ("2023-11-02T21:06:52+05:30") is the
// most trustworthy source and is used first. Without it the printed date
// parts and clock are combined in Asia/Kolkata; RawTime keeps "21:06 (IST)".
// The microdata articleBody attribute is not read: NDTV leaves its quotes
// unescaped, so it is often cut short.
//
// Pagination: a live blog of more updates than a page holds is split
// into pages, newest first. Updates are numbered from 1 (the list item id
// "41_parent"), so a page whose lowest number is above 1 has older pages.
// Result.Older is then the page's rel=next link when it has one. The
// saved page has none: its only numbered link is its AMP alternate,
// <link rel="amphtml" href="…-4537334/amp/1">, and Older is that address
// with the page number raised by one ("…/amp/2"). That numbering is
// inferred from the one saved page, not verified against a second.
//
// Default zone: Asia/Kolkata (UTC+5:30 all year; the same fixed offset
// when the system has no zone database).
package ndtv

import (
	"strconv"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
	"github.com/liveblog-go/liveblog/sources/internal/site"
	"golang.org/x/net/html"
)

var (
	itemSel      = kit.MustCompile(`ul.liv-blg_ul > li.liv-blg_li`)
	publishedSel = kit.MustCompile(`meta[itemprop="datePublished"]`)
	modifiedSel  = kit.MustCompile(`meta[itemprop="dateModified"]`)
	urlSel       = kit.MustCompile(`meta[itemprop="url"]`)
	monSel       = kit.MustCompile(`time.dat-cal .dat-cal_mon`)
	daySel       = kit.MustCompile(`time.dat-cal .dat-cal_day`)
	yearSel      = kit.MustCompile(`time.dat-cal .dat-cal_yer`)
	clockSel     = kit.MustCompile(`.liv-blg_dte`)
	textSel      = kit.MustCompile(`.liv-blg_txt`)
	titleSel     = kit.MustCompile(`.liv-blg_ttl`)
	nextSel      = kit.MustCompile(`link[rel~="next"][href], a[rel~="next"][href]`)
	ampSel       = kit.MustCompile(`link[rel="amphtml"][href]`)

	// The blog itself, as microdata: its own metas are direct children.
	headlineSel = kit.MustCompile(`[itemtype$="schema.org/LiveBlogPosting"] > meta[itemprop="headline"]`)
	summarySel  = kit.MustCompile(`[itemtype$="schema.org/LiveBlogPosting"] > meta[itemprop="description"]`)
	blogPubSel  = kit.MustCompile(`[itemtype$="schema.org/LiveBlogPosting"] > meta[itemprop="datePublished"]`)
	blogModSel  = kit.MustCompile(`[itemtype$="schema.org/LiveBlogPosting"] > meta[itemprop="dateModified"]`)
)

// New returns the NDTV extractor, named "ndtv".
func New() liveblog.Extractor { return liveblog.NewExtractor("ndtv", matcher.Match, extract) }

var matcher = site.Matcher{
	HTMLOnly: true,
	Domains:  []string{"ndtv.com"},
	NoURL:    site.All(site.NameHas("ndtv"), site.Has(itemSel)),
}

// kolkata is the publisher's zone; India keeps one offset all year.
var kolkata = kit.Zone("Asia/Kolkata", 5*3600+1800)

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	items := d.QueryAll(itemSel)
	if len(items) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	res := &liveblog.Result{Location: kolkata, Entries: make([]liveblog.Draft, 0, len(items))}
	// The microdata headline is the blog title without the " | Cricket
	// News" suffix that <title> and og:title carry.
	res.Title = kit.Attr(d.Query(headlineSel), "content")
	res.Summary = kit.Attr(d.Query(summarySel), "content")
	res.Published = metaTime(d.Root(), blogPubSel)
	res.Updated = metaTime(d.Root(), blogModSel)
	lowest := 0
	for _, li := range items {
		dr := liveblog.Draft{ID: strings.TrimSuffix(kit.Attr(li, "id"), "_parent")}
		if n, err := strconv.Atoi(dr.ID); err == nil && n > 0 && (lowest == 0 || n < lowest) {
			lowest = n
		}
		if m := urlSel.Query(li); m != nil {
			dr.URL = strings.TrimSpace(kit.Attr(m, "content"))
		}
		if dr.URL == "" && dr.ID != "" {
			dr.URL = "#" + dr.ID
		}
		dr.RawTime = kit.Text(clockSel.Query(li))
		date := strings.Join([]string{
			kit.Text(monSel.Query(li)),
			kit.Text(daySel.Query(li)),
			kit.Text(yearSel.Query(li)),
		}, " ")
		dr.Date = strings.TrimSpace(date)
		// Without the microdata time, the finishing step reads the
		// printed clock ("21:06 (IST)") on the printed day in Kolkata.
		dr.Time = metaTime(li, publishedSel)
		if mod := metaTime(li, modifiedSel); !dr.Time.IsZero() && mod.After(dr.Time) {
			dr.Updated = mod
		}
		body := textSel.Query(li)
		if body == nil {
			continue
		}
		if t := titleSel.Query(body); t != nil {
			dr.Title = kit.Text(t)
			dr.Exclude = append(dr.Exclude, t)
		}
		dr.Body = []*html.Node{body}
		res.Entries = append(res.Entries, dr)
	}
	if len(res.Entries) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	if lowest > 1 {
		res.Older = olderPage(d)
	}
	return res, nil
}

// metaTime reads the RFC 3339 content of the first meta under n that
// matches sel.
func metaTime(n *html.Node, sel kit.Selector) time.Time {
	m := sel.Query(n)
	if m == nil {
		return time.Time{}
	}
	t, _ := kit.MachineTime(kit.Attr(m, "content"))
	return t.UTC()
}

// olderPage returns the address of the next (older) page: the page's
// rel=next link, else its AMP alternate ".../amp/N" as ".../amp/N+1".
func olderPage(d *liveblog.Document) string {
	if n := d.Query(nextSel); n != nil {
		return d.Resolve(kit.Attr(n, "href"))
	}
	n := d.Query(ampSel)
	if n == nil {
		return ""
	}
	href := strings.TrimSpace(kit.Attr(n, "href"))
	i := strings.LastIndex(href, "/amp/")
	if i < 0 {
		return ""
	}
	page, err := strconv.Atoi(href[i+len("/amp/"):])
	if err != nil || page < 1 {
		return ""
	}
	return d.Resolve(href[:i] + "/amp/" + strconv.Itoa(page+1))
}
