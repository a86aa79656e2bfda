// Package ard reads the news tickers of the ARD broadcasters: BR24
// (br.de), tagesschau.de and the other ARD sites whose tickers are built
// the same way, where each entry is a heading "12.31 Uhr: Title" followed
// by paragraphs.
//
// # Pages
//
// BR24 tickers live at https://www.br.de/nachrichten/{section}/{slug},{id};
// tagesschau.de live blogs at https://www.tagesschau.de/{section}/liveblog-{slug}-100.html.
// Match accepts a page whose URL (given, else its canonical link) is on
// one of Domains; with no URL it accepts a page whose og:site_name is
// "BR24" or "tagesschau.de", or that holds a tagesschau.de live-blog entry
// (div.liveblog--anchor). Extract returns liveblog.ErrNotLiveBlog for an
// article with no clock headings.
//
// # Heading tickers (verified on a saved BR24 page, 2024)
//
// There is no entry container and no machine-readable entry time. The
// article body (section#articlebody, else article, else main) is read as a
// stream of blocks: an entry is an h2 or h3 whose text starts with a
// clock "HH.MM Uhr" (or "HH:MM Uhr"), followed by the blocks up to the
// next heading. The rest of the heading is the Title; the clock is
// RawTime. A heading holding a German date ("Dienstag, 27. August 2024" or
// "27.08.2024") dates the entries of its day; any other heading ends the
// entry before it. The "wichtigste News" summary list at the top, which
// repeats some entries with "(11.39 Uhr)", and the sources note are not
// headings and stand before the first entry, so they are not entries.
//
// On the saved BR24 page the day heading stands AFTER its day's entries.
// The adapter tells the two layouts apart with the article's own time
// (its <time datetime> in the header, else article:modified_time or
// article:published_time): entries above the first day heading belong to
// that heading's day when it is the article's day, and to later days
// otherwise. Entries with no day heading are dated back from the article's
// time, a day earlier at each midnight the clocks cross. Draft.Time is set
// in Europe/Berlin; RawTime and Draft.Date keep the printed text.
//
// # tagesschau.de (inferred from a public scraper's selectors, not verified)
//
// Entries are div.liveblog--anchor with div.liveblog__datetime (read for a
// "DD.MM.YYYY" date and an "HH:MM" clock), h2.meldung__subhead (Title) and
// p.textabsatz paragraphs.
//
// # Zone
//
// Europe/Berlin.
package ard

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
	"github.com/liveblog-go/liveblog/sources/internal/site"
)

// Name is the adapter's name, as Blog.Extractor reports it.
const Name = "ard"

// Domains are the ARD sites Match recognises by URL.
var Domains = []string{
	"br.de", "tagesschau.de", "sportschau.de", "ndr.de", "wdr.de", "mdr.de",
	"swr.de", "swr3.de", "hessenschau.de", "hr.de", "rbb24.de", "sr.de",
	"butenunbinnen.de", "radiobremen.de",
}

var (
	scopeSel     = kit.MustCompile(`section#articlebody`)
	articleSel   = kit.MustCompile(`article, main`)
	tsEntrySel   = kit.MustCompile(`div.liveblog--anchor`)
	tsTimeSel    = kit.MustCompile(`.liveblog__datetime`)
	tsTitleSel   = kit.MustCompile(`h2.meldung__subhead, h2, h3`)
	headerTime   = kit.MustCompile(`header time[datetime], time[data-first-publication-date]`)
	headingLevel = map[atom.Atom]bool{atom.H2: true, atom.H3: true}
)

var berlin = kit.Zone("Europe/Berlin", 3600)

// german reads the day headings, in Berlin.
var german = liveblog.Normalizer{Location: berlin, Languages: []string{"de"}}

var matcher = site.Matcher{
	Domains: Domains,
	NoURL:   site.Any(site.NameIs("br24", "tagesschau.de", "tagesschau"), site.Has(tsEntrySel)),
}

// New returns the ARD ticker adapter.
func New() liveblog.Extractor { return liveblog.NewExtractor(Name, matcher.Match, extract) }

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	anchor := anchorTime(d)
	res := &liveblog.Result{Location: berlin, Updated: anchor}
	if nodes := d.QueryAll(tsEntrySel); len(nodes) > 0 {
		for _, n := range nodes {
			res.Entries = append(res.Entries, tagesschauEntry(n))
		}
		return res, nil
	}
	scope := d.Query(scopeSel)
	if scope == nil {
		scope = d.Query(articleSel)
	}
	if scope == nil {
		scope = d.Root()
	}
	if scope == nil {
		return nil, liveblog.ErrNotLiveBlog
	}
	items := stream(scope)
	res.Entries = headingEntries(items, anchor)
	if len(res.Entries) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	return res, nil
}

// anchorTime returns the article's own latest time, or the zero Time.
func anchorTime(d *liveblog.Document) time.Time {
	var best time.Time
	consider := func(s string) {
		if t, ok := kit.MachineTime(s); ok && t.After(best) {
			best = t
		}
	}
	for _, n := range d.QueryAll(headerTime) {
		consider(kit.Attr(n, "datetime"))
	}
	consider(d.Meta("article:modified_time"))
	consider(d.Meta("article:published_time"))
	return best
}

type kind int

const (
	blockItem kind = iota
	entryItem
	dateItem
	otherItem
)

// item is one heading or block of the article body.
type item struct {
	kind   kind
	node   *html.Node
	text   string
	stamp  string // for entryItem: the clock as printed ("12.31 Uhr")
	hh, mm int
	title  string
	day    time.Time // for dateItem: midnight in Berlin
}

// stream flattens the body into headings and leaf blocks in document
// order, without recursion: containers that hold a heading are opened,
// every other element is one block.
func stream(scope *html.Node) []item {
	holdsHeading := map[*html.Node]bool{}
	for n := range scope.Descendants() {
		if n.Type == html.ElementNode && headingLevel[n.DataAtom] {
			for p := n.Parent; p != nil && p != scope && !holdsHeading[p]; p = p.Parent {
				holdsHeading[p] = true
			}
		}
	}
	var items []item
	stack := []*html.Node{}
	for c := scope.LastChild; c != nil; c = c.PrevSibling {
		stack = append(stack, c)
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case n.Type == html.TextNode:
			if strings.TrimSpace(n.Data) != "" {
				items = append(items, item{kind: blockItem, node: n})
			}
		case n.Type != html.ElementNode:
		case headingLevel[n.DataAtom]:
			items = append(items, heading(n))
		case holdsHeading[n]:
			for c := n.LastChild; c != nil; c = c.PrevSibling {
				stack = append(stack, c)
			}
		case n.DataAtom == atom.Script || n.DataAtom == atom.Style:
		default:
			items = append(items, item{kind: blockItem, node: n})
		}
	}
	return items
}

// heading classifies a heading.
func heading(n *html.Node) item {
	text := kit.Text(n)
	it := item{kind: otherItem, node: n, text: text}
	if stamp, rest, ok := kit.LeadingClock(text); ok {
		if c := kit.ClockMinutes(stamp); c >= 0 {
			it.kind, it.stamp, it.hh, it.mm, it.title = entryItem, stamp, c/60, c%60, rest
		}
		return it
	}
	if day, ok := germanDate(text); ok {
		it.kind, it.day = dateItem, day
	}
	return it
}

// germanDate reads a day heading ("Dienstag, 27. August 2024",
// "27.08.2024"): a date with its year and no time of day.
func germanDate(s string) (time.Time, bool) {
	st, err := german.Read(s)
	if err != nil || !st.HasDate || st.HasTime || !st.HasYear || st.Relative {
		return time.Time{}, false
	}
	return st.Time, true
}

// headingEntries groups the stream into entries and dates them.
func headingEntries(items []item, anchor time.Time) []liveblog.Draft {
	entries, headingDays := group(items)
	if len(entries) == 0 {
		return nil
	}
	dateByHeadings(entries, headingDays, anchor)
	if !anchor.IsZero() {
		dateBack(entries, anchor)
	}
	out := make([]liveblog.Draft, 0, len(entries))
	for _, e := range entries {
		dr := liveblog.Draft{Title: e.it.title, RawTime: e.it.stamp, Body: e.blocks}
		if e.dated {
			y, m, d := e.day.Date()
			dr.Time = time.Date(y, m, d, e.it.hh, e.it.mm, 0, 0, berlin)
			dr.Date = e.day.Format("2006-01-02")
		}
		if id := kit.Attr(e.it.node, "id"); id != "" {
			dr.ID = id
			dr.URL = "#" + id
		}
		out = append(out, dr)
	}
	return out
}

// dayHeading is a day heading and how many entries stand above it.
type dayHeading struct {
	at  int
	day time.Time
}

// group collects the entries (a clock heading and the blocks after it)
// and the day headings of the stream.
func group(items []item) ([]*entry, []dayHeading) {
	var entries []*entry
	var headingDays []dayHeading
	var cur *entry
	for _, it := range items {
		switch it.kind {
		case entryItem:
			cur = &entry{it: it}
			entries = append(entries, cur)
		case dateItem:
			cur = nil
			headingDays = append(headingDays, dayHeading{len(entries), it.day})
		case otherItem:
			cur = nil
		case blockItem:
			if cur != nil {
				cur.blocks = append(cur.blocks, it.node)
			}
		}
	}
	return entries, headingDays
}

// dateByHeadings gives each entry the day of its day heading. Do day
// headings open their day (stand before its entries) or close it (stand
// after them)? Entries above the first heading tell: if that heading is
// the article's own day, they are its entries.
func dateByHeadings(entries []*entry, headingDays []dayHeading, anchor time.Time) {
	closing := false
	if len(headingDays) > 0 && headingDays[0].at > 0 {
		closing = true
		if !anchor.IsZero() {
			ay, am, ad := anchor.In(berlin).Date()
			hy, hm, hd := headingDays[0].day.Date()
			closing = ay == hy && am == hm && ad == hd
		}
	}
	for i, e := range entries {
		for _, h := range headingDays {
			if closing && h.at > i {
				e.day, e.dated = h.day, true // the first heading below
				break
			}
			if !closing && h.at <= i {
				e.day, e.dated = h.day, true // the last heading above
			}
		}
	}
}

// dateBack dates the entries without a day heading back from the
// article's time, in feed order (newest first unless the clocks say
// otherwise).
func dateBack(entries []*entry, anchor time.Time) {
	order := make([]*entry, len(entries))
	copy(order, entries)
	if oldestFirst(entries) {
		slices.Reverse(order)
	}
	a := anchor.In(berlin)
	day := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, berlin)
	prev := a.Hour()*60 + a.Minute() + 1
	for _, e := range order {
		if e.dated {
			day, prev = e.day, e.it.hh*60+e.it.mm
			continue
		}
		if m := e.it.hh*60 + e.it.mm; m > prev {
			day = day.AddDate(0, 0, -1)
		}
		e.day, e.dated = day, true
		prev = e.it.hh*60 + e.it.mm
	}
}

// entry is one heading-ticker entry being assembled.
type entry struct {
	it     item
	blocks []*html.Node
	day    time.Time
	dated  bool
}

// oldestFirst reports whether the entry clocks mostly rise down the page.
func oldestFirst(entries []*entry) bool {
	up, down := 0, 0
	for i := 1; i < len(entries); i++ {
		a := entries[i-1].it.hh*60 + entries[i-1].it.mm
		b := entries[i].it.hh*60 + entries[i].it.mm
		switch {
		case b > a:
			up++
		case b < a:
			down++
		}
	}
	return up > down
}

// tagesschauEntry reads one tagesschau.de live-blog entry.
func tagesschauEntry(n *html.Node) liveblog.Draft {
	dr := liveblog.Draft{ID: kit.Attr(n, "id"), Body: []*html.Node{n}}
	if dr.ID != "" {
		dr.URL = "#" + dr.ID
	}
	if t := tsTimeSel.Query(n); t != nil {
		dr.Exclude = append(dr.Exclude, t)
		// "31.03.2024 • 03:10 Uhr": read by the finishing step in
		// Berlin (Result.Location).
		dr.RawTime = kit.Text(t)
	}
	if h := tsTitleSel.Query(n); h != nil {
		dr.Title = kit.Text(h)
		dr.Exclude = append(dr.Exclude, h)
		if _, rest, ok := kit.LeadingClock(dr.Title); ok {
			dr.Title = rest
		}
	}
	return dr
}
