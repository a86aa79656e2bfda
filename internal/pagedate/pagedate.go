// Package pagedate finds what a page says about itself when its entries
// print only a clock: the page's own dates (the reference day for the
// clocks) and the publisher's time zone (what the clocks mean). It reads
// a Page — the facts the root package's Document gathers — and times
// through internal/timeparse.
package pagedate

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/jsonld"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// urlDateRe finds a date in a URL path: /2015/01/03/, /2015-01-03/.
var urlDateRe = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)`)

// Page is what the readers of this package need of a page.
type Page struct {
	// Meta returns the content of the page's first <meta> whose name,
	// property or itemprop is key, or "".
	Meta func(key string) string
	// JSONLD are the page's JSON-LD blocks.
	JSONLD *jsonld.Blocks
	// HTML reports a page read from HTML (not plain text).
	HTML bool
	// H1 is the page's first <h1>, or nil.
	H1 *html.Node
	// Stamps are the page's first machine-readable stamps, in page
	// order: <time datetime>, [itemprop=datePublished][content] and
	// [itemprop=dateModified][content]; at most MaxZoneEvidence.
	Stamps []*html.Node
	// URL is the page's address, or nil; Host its host name without
	// "www."; Lang the language <html lang> names.
	URL  *url.URL
	Host string
	Lang string
}

// Day is what a page says about its own dates: when it was published
// and last modified. DateOnly reports a day without a time of day (a date
// in the URL, a printed dateline without a clock): the page is from some
// time on that day.
type Day struct {
	Published, Modified time.Time
	DateOnly            bool
	// Printed reports a date read from the page's text or URL, not from
	// its metadata: good as the reference day, not as the blog's own
	// Published time.
	Printed bool
}

// Zero reports whether the page gave neither date.
func (p Day) Zero() bool { return p.Published.IsZero() && p.Modified.IsZero() }

// Dates returns the page's own dates from the first of the places a
// page states them, most trustworthy first: its <meta> tags
// (article:published_time, og:updated_time, Dublin Core, sailthru.date,
// parsely-pub-date, name="date", …); its JSON-LD blocks of any type but
// the lists of other things (an article's datePublished and dateModified,
// an event's startDate, a video's uploadDate; the dates inside a list of
// liveBlogUpdate items are the updates' own); a <time datetime> by the
// headline; a dateline or byline printed by the headline ("3 Jan 2015",
// "Publikacja: 12 marca 2021, 18:00"); a date in the page's URL
// (/2015/01/03/). norm reads the values that are not machine times, in
// the page's zone. The result is zero when the page says nothing.
func Dates(pg *Page, norm *timeparse.Normalizer) Day {
	var p Day
	p.Published = firstMetaTime(pg, norm, lexicon.PublishedMetaKeys)
	p.Modified = firstMetaTime(pg, norm, lexicon.ModifiedMetaKeys)
	if p.Published.IsZero() || p.Modified.IsZero() {
		ld := jsonLDDates(pg)
		if p.Published.IsZero() {
			p.Published = ld.Published
		}
		if p.Modified.IsZero() {
			p.Modified = ld.Modified
		}
	}
	if !p.Zero() {
		return p
	}
	if !pg.HTML {
		return p
	}
	if t, dateOnly := headlineDate(pg, norm); !t.IsZero() {
		return Day{Published: t, DateOnly: dateOnly, Printed: true}
	}
	if t := urlDate(pg, norm); !t.IsZero() {
		return Day{Published: t, DateOnly: true, Printed: true}
	}
	return p
}

// jsonLDDates reads the dates of the first JSON-LD block that gives any.
func jsonLDDates(pg *Page) Day {
	ld := pg.JSONLD
	for i := range ld.Len() {
		raw := ld.Raw(i)
		if strings.Contains(raw, "liveBlogUpdate") || strings.Contains(raw, `"ItemList"`) {
			// A block of updates, or a list of other stories: its
			// dates are not the page's.
			continue
		}
		var p Day
		for _, m := range ldDates(raw, -1) {
			t, _, ok := timeparse.MachineTime(m.value)
			if !ok {
				continue
			}
			if m.key == "dateModified" {
				if p.Modified.IsZero() {
					p.Modified = t
				}
			} else if p.Published.IsZero() {
				p.Published = t
			}
		}
		if !p.Zero() && ld.Valid(i) {
			return p
		}
	}
	return Day{}
}

// firstMetaTime reads the first of the <meta> keys whose value is a date
// with its year.
func firstMetaTime(pg *Page, norm *timeparse.Normalizer, keys []string) time.Time {
	for _, k := range keys {
		v := pg.Meta(k)
		if v == "" {
			continue
		}
		if t, _, ok := timeparse.MachineTime(v); ok {
			return t
		}
		if st, err := norm.Read(v); err == nil && st.HasDate && st.HasYear && !st.Relative {
			return st.Time
		}
	}
	return time.Time{}
}

// maxDatelineNodes bounds how many elements after the headline are read
// for a printed dateline: it stands right under the headline, and what
// comes later may be the entries.
const maxDatelineNodes = 15

// headlineDate reads the page's date by its headline: a <time datetime>,
// else a short printed line that holds a date with its year. It looks in
// the headline's container (two levels up) and stops after a few dozen
// elements: a dateline stands with the headline, not in the entries.
func headlineDate(pg *Page, norm *timeparse.Normalizer) (time.Time, bool) {
	h := pg.H1
	if h == nil {
		return time.Time{}, false
	}
	area := h
	for i := 0; i < 2 && area.Parent != nil && area.Parent.Type == html.ElementNode; i++ {
		area = area.Parent
	}
	var found time.Time
	dateOnly, after := false, -1 // elements seen after the headline
	dom.Walk(area, func(n *html.Node) bool {
		if !found.IsZero() || after > maxDatelineNodes || n.Type != html.ElementNode || dom.Skipped(n) {
			return false
		}
		if n == h || after >= 0 {
			after++
		}
		if n.DataAtom == atom.Time {
			if t, _, ok := timeparse.MachineTime(dom.Attr(n, "datetime")); ok {
				found = t
				return false
			}
		}
		if t, hasTime, ok := printedDate(n, norm); ok {
			found, dateOnly = t, !hasTime
			return false
		}
		return true
	})
	return found, dateOnly
}

// printedDate reads a short element that prints a date with its year,
// after a label or a byline ("Published 3 Jan 2015", "By Ann Lee,
// 3 Jan 2015 14:05", "Publikacja: 12 marca 2021, 18:00").
func printedDate(n *html.Node, norm *timeparse.Normalizer) (time.Time, bool, bool) {
	s, ok := dom.ShortText(n, 100)
	if !ok || s == "" || !timeparse.HasYear(s) {
		return time.Time{}, false, false
	}
	for range 6 {
		if st, err := norm.Read(s); err == nil && st.HasDate && st.HasYear && !st.Relative {
			return st.Time, st.HasTime, true
		}
		// Drop the first word (and what ends it: "Publikacja:", "Lee,").
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			break
		}
		s = strings.TrimLeft(s[i+1:], " ,:|·•-–—")
	}
	return time.Time{}, false, false
}

// URLDate reads a date in the path of address u (/2015/01/03/,
// /2015-01-03/), midnight in norm's zone; zero when there is none. The
// text reader dates a copied page from it when the page prints no date.
func URLDate(u *url.URL, norm *timeparse.Normalizer) time.Time {
	return urlDate(&Page{URL: u}, norm)
}

// urlDate reads a date in the page URL's path, midnight in the page's
// zone.
func urlDate(pg *Page, norm *timeparse.Normalizer) time.Time {
	u := pg.URL
	if u == nil {
		return time.Time{}
	}
	m := urlDateRe.FindStringSubmatch(u.Path)
	if m == nil {
		return time.Time{}
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), day, 0, 0, 0, 0, norm.Location)
	if norm.Location == nil {
		t = time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC)
	}
	if t.Day() != day {
		return time.Time{} // 31 February
	}
	return t
}

// MaxZoneEvidence bounds how many machine-readable stamps Zone reads.
const MaxZoneEvidence = 20

// Zone guesses the publisher's zone for entries that print only a
// clock. Nil means UTC.
//
// The candidates are the zones of the country the page names: the host's
// country-code domain (".de", ".co.uk"), the region of <html lang>
// ("en-GB"), then the language when one zone covers nearly all of its
// news sites ("de", "fr", "it"; not "en" or "es"). A country with several
// zones offers each of them. The evidence is every UTC offset the page
// writes in its machine-readable dates (<meta> dates, JSON-LD, <time
// datetime>): the first candidate whose offset agrees with all of them, at
// their own instants, wins, so that a page that crosses a daylight-saving
// change keeps the right offset on both sides. With no candidate that
// agrees, the first non-zero offset becomes a fixed zone. Offsets of zero
// are no evidence: most sites write UTC.
func Zone(pg *Page) *time.Location {
	var seen []time.Time // instants with the offset they were written in
	add := func(v string) {
		if t, iso, ok := timeparse.MachineTime(v); ok && iso {
			if _, off := t.Zone(); off != 0 {
				seen = append(seen, t)
			}
		}
	}
	for _, k := range lexicon.PublishedMetaKeys {
		add(pg.Meta(k))
	}
	for _, k := range lexicon.ModifiedMetaKeys {
		add(pg.Meta(k))
	}
	ld := pg.JSONLD
	for i := range ld.Len() {
		before := len(seen)
		for _, m := range ldDates(ld.Raw(i), 4) {
			add(m.value)
		}
		if len(seen) > before && !ld.Valid(i) {
			seen = seen[:before] // not JSON: no evidence
		}
	}
	for _, n := range pg.Stamps {
		v := dom.Attr(n, "datetime")
		if v == "" {
			v = dom.Attr(n, "content")
		}
		add(v)
	}
	for _, name := range zoneCandidates(pg) {
		loc := loadZone(name)
		if loc == nil {
			continue
		}
		agrees := true
		for _, t := range seen {
			_, want := t.Zone()
			if _, off := t.In(loc).Zone(); off != want {
				agrees = false
				break
			}
		}
		if agrees {
			return loc
		}
	}
	if len(seen) > 0 {
		_, off := seen[0].Zone()
		return time.FixedZone("", off)
	}
	return nil
}

// zoneCandidates returns the IANA zones the page's domain and language
// point to, most specific first, without repeats.
func zoneCandidates(pg *Page) []string {
	var out []string
	addAll := func(zs []string) {
		for _, z := range zs {
			dup := false
			for _, o := range out {
				dup = dup || o == z
			}
			if !dup {
				out = append(out, z)
			}
		}
	}
	host := strings.ToLower(pg.Host)
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		addAll(lexicon.CountryZones[host[i+1:]])
	}
	lang := strings.ToLower(strings.ReplaceAll(pg.Lang, "_", "-"))
	base, region, _ := strings.Cut(lang, "-")
	if region != "" {
		if r, _, _ := strings.Cut(region, "-"); len(r) == 2 {
			addAll(lexicon.CountryZones[r])
		}
	}
	if z, ok := lexicon.LanguageZones[base]; ok {
		addAll([]string{z})
	}
	return out
}

// zoneCache holds the zones loaded so far (a nil *time.Location for a name
// the system's tz database lacks): LoadLocation reads a file each time.
var zoneCache sync.Map

// loadZone returns the named IANA zone, or nil when the system has no tz
// database or lacks the name. The library does not embed time/tzdata;
// without it Zone falls back to a fixed offset.
func loadZone(name string) *time.Location {
	if v, ok := zoneCache.Load(name); ok {
		return v.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = nil
	}
	zoneCache.Store(name, loc)
	return loc
}
