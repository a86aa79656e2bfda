package liveblog

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// This file finds what a page says about itself when its entries print
// only a clock: the page's own dates (the reference day for the clocks)
// and the publisher's time zone (what the clocks mean).

// ldDateRe finds the dates of a JSON-LD block without decoding it (the
// block may be long): datePublished and the like, and dateModified.
var ldDateRe = regexp.MustCompile(`"(datePublished|dateCreated|startDate|uploadDate|dateModified)"\s*:\s*"([^"]{8,40})"`)

// urlDateRe finds a date in a URL path: /2015/01/03/, /2015-01-03/.
var urlDateRe = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)`)

// pageDay is what a page says about its own dates: when it was published
// and last modified. dateOnly reports a day without a time of day (a date
// in the URL, a printed dateline without a clock): the page is from some
// time on that day.
type pageDay struct {
	published, modified time.Time
	dateOnly            bool
	// printed reports a date read from the page's text or URL, not from
	// its metadata: good as the reference day, not as the blog's own
	// Published time.
	printed bool
}

func (p pageDay) zero() bool { return p.published.IsZero() && p.modified.IsZero() }

// pageDates returns the page's own dates from the first of the places a
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
func pageDates(d *Document, norm *Normalizer) pageDay {
	var p pageDay
	p.published = firstMetaTime(d, norm, lexicon.PublishedMetaKeys)
	p.modified = firstMetaTime(d, norm, lexicon.ModifiedMetaKeys)
	if p.published.IsZero() || p.modified.IsZero() {
		ld := jsonLDDates(d)
		if p.published.IsZero() {
			p.published = ld.published
		}
		if p.modified.IsZero() {
			p.modified = ld.modified
		}
	}
	if !p.zero() {
		return p
	}
	if d.Root() == nil {
		return p
	}
	if t, dateOnly := headlineDate(d, norm); !t.IsZero() {
		return pageDay{published: t, dateOnly: dateOnly, printed: true}
	}
	if t := urlDate(d, norm); !t.IsZero() {
		return pageDay{published: t, dateOnly: true, printed: true}
	}
	return p
}

// jsonLDDates reads the dates of the first JSON-LD block that gives any.
func jsonLDDates(d *Document) pageDay {
	ld := d.jsonLD()
	for i := range ld.Len() {
		raw := ld.Raw(i)
		if strings.Contains(raw, "liveBlogUpdate") || strings.Contains(raw, `"ItemList"`) {
			// A block of updates, or a list of other stories: its
			// dates are not the page's.
			continue
		}
		var p pageDay
		for _, m := range ldDateRe.FindAllStringSubmatch(raw, -1) {
			t, _, ok := timeparse.MachineTime(m[2])
			if !ok {
				continue
			}
			if m[1] == "dateModified" {
				if p.modified.IsZero() {
					p.modified = t
				}
			} else if p.published.IsZero() {
				p.published = t
			}
		}
		if !p.zero() && ld.Valid(i) {
			return p
		}
	}
	return pageDay{}
}

// firstMetaTime reads the first of the <meta> keys whose value is a date
// with its year.
func firstMetaTime(d *Document, norm *Normalizer, keys []string) time.Time {
	for _, k := range keys {
		v := d.Meta(k)
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
func headlineDate(d *Document, norm *Normalizer) (time.Time, bool) {
	h := d.Query(h1Sel)
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
func printedDate(n *html.Node, norm *Normalizer) (time.Time, bool, bool) {
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

// urlDate reads a date in the page URL's path, midnight in the page's
// zone.
func urlDate(d *Document, norm *Normalizer) time.Time {
	u := d.URL()
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

// maxZoneEvidence bounds how many <time datetime> elements pageZone reads.
const maxZoneEvidence = 20

// pageZone guesses the publisher's zone for entries that print only a
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
func pageZone(d *Document) *time.Location {
	var seen []time.Time // instants with the offset they were written in
	add := func(v string) {
		if t, iso, ok := timeparse.MachineTime(v); ok && iso {
			if _, off := t.Zone(); off != 0 {
				seen = append(seen, t)
			}
		}
	}
	for _, k := range lexicon.PublishedMetaKeys {
		add(d.Meta(k))
	}
	for _, k := range lexicon.ModifiedMetaKeys {
		add(d.Meta(k))
	}
	ld := d.jsonLD()
	for i := range ld.Len() {
		before := len(seen)
		for _, m := range ldDateRe.FindAllStringSubmatch(ld.Raw(i), 4) {
			add(m[2])
		}
		if len(seen) > before && !ld.Valid(i) {
			seen = seen[:before] // not JSON: no evidence
		}
	}
	for i, n := range d.QueryAll(timeSel) {
		if i >= maxZoneEvidence {
			break
		}
		v := dom.Attr(n, "datetime")
		if v == "" {
			v = dom.Attr(n, "content")
		}
		add(v)
	}
	for _, name := range zoneCandidates(d) {
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
func zoneCandidates(d *Document) []string {
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
	host := strings.ToLower(d.Host())
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		addAll(lexicon.CountryZones[host[i+1:]])
	}
	lang := strings.ToLower(strings.ReplaceAll(d.Lang(), "_", "-"))
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
// without it pageZone falls back to a fixed offset.
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
