package liveblog

import (
	"strings"
	"unicode"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/jsonld"
	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// pageHeadline returns the blog's headline as the reader sees it: the
// page's <h1> whose words best agree with the og:title, <title> or
// JSON-LD headline (pages have several h1s: a section name, a logo); else
// og:title; else the JSON-LD headline; else <title>; the last two without
// a part that names the site ("… | Site", "… – Site live").
func pageHeadline(d *Document, lb *jsonld.LiveBlog) string {
	og := d.Meta("og:title")
	title := ""
	if n := d.index().Title; n != nil && n.FirstChild != nil {
		title = dom.Clean(n.FirstChild.Data) // textOf skips <title>
	}
	ref := og + " " + title
	if lb != nil {
		ref += " " + lb.Headline
	}
	refWords := wordSet(ref)
	best, bestShare := "", 0.0
	for _, n := range d.index().H1 {
		t := dom.Text(n)
		words := wordSet(t)
		if len(words) < 3 {
			continue
		}
		hit := 0
		for w := range words {
			if refWords[w] {
				hit++
			}
		}
		if share := float64(hit) / float64(len(words)); share > bestShare {
			best, bestShare = t, share
		}
	}
	if bestShare >= 0.6 {
		return best
	}
	if og != "" {
		return withoutSiteName(d, og)
	}
	if lb != nil && lb.Headline != "" {
		return lb.Headline
	}
	return withoutSiteName(d, title)
}

// wordSet returns the words of s, lower-cased: runs of letters, marks and
// digits, so that a title's punctuation of any script ("【速報中】",
// "｜") is no part of a word.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.In(r, unicode.L, unicode.M, unicode.N)
	}) {
		m[w] = true
	}
	return m
}

// withoutSiteName returns title without its last part when that part
// names the site (see namesSite): "Live: Storm Aline | Coastal Herald"
// is "Live: Storm Aline". A last part that names nothing the page says of
// itself is kept: "Harbour bridge – the final days" is a title.
func withoutSiteName(d *Document, title string) string {
	cut, at := -1, ""
	for _, sep := range lexicon.TitleSeparators {
		if i := strings.LastIndex(title, sep); i > cut {
			cut, at = i, sep
		}
	}
	if cut <= 0 {
		return title
	}
	if namesSite(d, title[cut+len(at):]) {
		return strings.TrimSpace(title[:cut])
	}
	return title
}

// namesSite reports whether part, live words left out ("Coastal Herald
// live", "LIVE – Omroep Polder"), is the site's name: its og:site_name
// or application-name, or the name in its host ("gazette-littoral.fr"
// is "La Gazette du Littoral"), compared by letters and digits alone.
func namesSite(d *Document, part string) bool {
	var kept []string
	for _, w := range strings.Fields(part) {
		if !lexicon.SaysLive(w) {
			kept = append(kept, w)
		}
	}
	name := squashName(strings.Join(kept, " "))
	if name == "" {
		return false
	}
	for _, k := range []string{"og:site_name", "application-name"} {
		if site := squashName(d.Meta(k)); site != "" && (site == name || len(site) >= 4 && strings.Contains(name, site)) {
			return true
		}
	}
	words := hostWords(d.Host())
	if len(words) == 0 {
		return false
	}
	joined := 0
	for _, w := range words {
		if !strings.Contains(name, w) {
			return false
		}
		joined += len(w)
	}
	// The host's words, and little else: "the", "la", "du", "digital".
	return len(name) <= joined+12
}

// squashName returns s lower-cased, its letters and digits only.
func squashName(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// hostWords returns the words of the host's own label, the one before
// its public suffix ("www.coastalherald.com.au" gives "coastalherald",
// "gazette-littoral.fr" gives "gazette" and "littoral"), or nil.
func hostWords(host string) []string {
	labels := strings.Split(strings.ToLower(host), ".")
	if len(labels) < 2 {
		return nil
	}
	labels = labels[:len(labels)-1] // the top-level domain
	if n := len(labels); n >= 2 && lexicon.SecondLevelDomains.Has(labels[n-1]) {
		labels = labels[:n-1] // "co.uk", "com.au"
	}
	label := labels[len(labels)-1]
	if len(label) < 3 {
		return nil
	}
	return strings.FieldsFunc(label, func(r rune) bool { return r == '-' })
}
