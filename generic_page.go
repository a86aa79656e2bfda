package liveblog

import (
	"bytes"
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
	"regexp"
	"strings"
	"sync"
	"time"
)

// This file finds what a page says about itself when its entries print
// only a clock: the page's own dates (the reference day for the clocks)
// and the publisher's time zone (what the clocks mean).

// ldDateRe finds the first datePublished and dateModified of a JSON-LD
// block without decoding it (the block may be long).
var ldDateRe = regexp.MustCompile(`"(datePublished|dateModified)"\s*:\s*"([^"]{10,40})"`)

// pageTypeRe finds the schema.org types whose dates are a page's own.
var pageTypeRe = regexp.MustCompile(`"@type"\s*:\s*(?:\[\s*)?"(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|WebPage|ReportageArticle)"`)

// pageDates returns the page's published and modified times from its
// <meta> tags, else from the first JSON-LD block of an article or web
// page type that gives them (a LiveBlogPosting's own dates are read by
// decodeLiveBlog; the dates in a block of liveBlogUpdate items are the
// updates', those in an ItemList other stories'); zero when the page does
// not say.
func pageDates(d *Document) (published, modified time.Time) {
	published = firstMetaTime(d, lexicon.PublishedMetaKeys)
	modified = firstMetaTime(d, lexicon.ModifiedMetaKeys)
	if !published.IsZero() && !modified.IsZero() {
		return published, modified
	}
	for _, raw := range d.JSONLD() {
		if bytes.Contains(raw, []byte("liveBlogUpdate")) || !pageTypeRe.Match(raw) || bytes.Contains(raw, []byte(`"ItemList"`)) {
			// A block of updates, or of other things (a list of
			// related stories, a video): its dates are not the page's.
			continue
		}
		var pub, mod time.Time
		for _, m := range ldDateRe.FindAllSubmatch(raw, -1) {
			t, _, ok := timeparse.MachineTime(string(m[2]))
			if !ok {
				continue
			}
			if string(m[1]) == "datePublished" && pub.IsZero() {
				pub = t
			} else if string(m[1]) == "dateModified" && mod.IsZero() {
				mod = t
			}
		}
		if published.IsZero() {
			published = pub
		}
		if modified.IsZero() {
			modified = mod
		}
		if !published.IsZero() || !modified.IsZero() {
			break
		}
	}
	return published, modified
}

func firstMetaTime(d *Document, keys []string) time.Time {
	for _, k := range keys {
		if t, _, ok := timeparse.MachineTime(d.Meta(k)); ok {
			return t
		}
	}
	return time.Time{}
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
	for _, raw := range d.JSONLD() {
		for _, m := range ldDateRe.FindAllSubmatch(raw, 4) {
			add(string(m[2]))
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
