// Package repubblica reads the live blogs ("dirette") of la Repubblica,
// repubblica.it.
//
// URL patterns: https://www.repubblica.it/<section>/YYYY/MM/DD/diretta/<slug>-<id>/
// and the same paths on the site's local editions (roma.repubblica.it,
// milano.repubblica.it, …).
//
// Match accepts a page whose URL host is repubblica.it or one of its
// subdomains. When the URL is not known (no Options.URL, no canonical
// link, no og:url) it accepts a page that has the live-blog markup below
// and names itself la Repubblica in og:site_name; a page of another site
// is never claimed, even one built on the same CMS.
//
// Markup read (verified on a saved page, 2023-11-02):
//
//	section.liveblog__post[id$="_eventN"]        one entry, newest first
//	  time.liveblog__post__pubdate[datetime]     "2023-11-02T16:56Z"
//	  .liveblog__post__content
//	    h2.liveblog__post__title > p             the entry title
//	    p, figure, …                             the body
//	.liveblog__index ("Punti chiave")            links to the key entries
//
// The datetime attribute is Italian local time mislabelled as UTC: the
// displayed "16:56" is the wall clock in Rome and the "Z" is wrong. The
// adapter reinterprets that wall clock in Europe/Rome. It checks the
// correction against the page's JSON-LD LiveBlogPosting, whose
// liveBlogUpdate datePublished values are the right instants: when the
// labelled times agree with them better than the corrected ones (the site
// fixed its bug), the labels are trusted as they are. An entry whose
// minute matches exactly one JSON-LD update takes that update's instant,
// which carries seconds. A datetime with an explicit offset other than Z
// is always trusted.
//
// Inside a body, a teaser card for another story (.inline-article) is left
// out of the text and kept as a Link; a video player
// (gdwc-video-component[data-src]) becomes an Embed; the CMS's unresolved
// editor references (a.fkeditorref) are dropped.
//
// The "Punti chiave" index is not a list of entries: it repeats the
// headlines of some entries and links to them. Those entries are flagged
// KeyEvent.
//
// Default zone: Europe/Rome (a fixed UTC+1 when the system has no zone
// database).
package repubblica

import (
	"github.com/liveblog-go/liveblog/internal/jsonld"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
	"github.com/liveblog-go/liveblog/sources/internal/site"
	xhtml "golang.org/x/net/html"
)

var (
	postSel    = kit.MustCompile(`section.liveblog__post[id]`)
	pubdateSel = kit.MustCompile(`time.liveblog__post__pubdate`)
	contentSel = kit.MustCompile(`.liveblog__post__content`)
	titleSel   = kit.MustCompile(`.liveblog__post__title`)
	indexSel   = kit.MustCompile(`.liveblog__index a[href^="#"]`)
	markerSel  = kit.MustCompile(`section.liveblog__post time.liveblog__post__pubdate`)

	// Inside a body: a teaser card for another story, a video player and
	// the CMS's unresolved editor references ("[[(gele.…) NAME]]").
	teaserSel      = kit.MustCompile(`.inline-article`)
	teaserTitleSel = kit.MustCompile(`.inline-article__title a[href]`)
	playerSel      = kit.MustCompile(`gdwc-video-component[data-src]`)
	editorRefSel   = kit.MustCompile(`a.fkeditorref`)
)

// New returns the la Repubblica extractor, named "repubblica".
func New() liveblog.Extractor { return liveblog.NewExtractor("repubblica", matcher.Match, extract) }

var matcher = site.Matcher{
	HTMLOnly: true,
	Domains:  []string{"repubblica.it"},
	NoURL:    site.All(site.NameHas("repubblica"), site.Has(markerSel)),
}

// rome is the publisher's zone.
var rome = kit.Zone("Europe/Rome", 3600)

func extract(d *liveblog.Document) (*liveblog.Result, error) {
	posts := d.QueryAll(postSel)
	if len(posts) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	key := map[string]bool{}
	for _, a := range d.QueryAll(indexSel) {
		key[strings.TrimPrefix(kit.Attr(a, "href"), "#")] = true
	}
	res := &liveblog.Result{Location: rome, Entries: make([]liveblog.Draft, 0, len(posts))}
	stamps := make([]stamp, len(posts))
	for i, p := range posts {
		dr := liveblog.Draft{ID: kit.Attr(p, "id")}
		dr.URL = "#" + dr.ID
		dr.KeyEvent = key[dr.ID]
		if t := pubdateSel.Query(p); t != nil {
			dr.RawTime = kit.Text(t)
			stamps[i] = readStamp(kit.Attr(t, "datetime"))
		}
		body := contentSel.Query(p)
		if body == nil {
			body = p
		}
		if h := titleSel.Query(body); h != nil {
			dr.Title = kit.Text(h)
			dr.Exclude = append(dr.Exclude, h)
		}
		// One walk of the body for teasers, players and editor
		// references (three queries walked it three times).
		var teasers, players, refs []*xhtml.Node
		for n := range body.Descendants() {
			if n.Type != xhtml.ElementNode {
				continue
			}
			if teaserSel.Match(n) {
				teasers = append(teasers, n)
			}
			if playerSel.Match(n) {
				players = append(players, n)
			}
			if editorRefSel.Match(n) {
				refs = append(refs, n)
			}
		}
		for _, n := range teasers {
			dr.Exclude = append(dr.Exclude, n)
			if a := teaserTitleSel.Query(n); a != nil {
				dr.Links = append(dr.Links, liveblog.Link{URL: d.Resolve(kit.Attr(a, "href")), Text: kit.Text(a)})
			}
		}
		for _, n := range players {
			dr.Exclude = append(dr.Exclude, n)
			dr.Embeds = append(dr.Embeds, liveblog.Embed{Kind: liveblog.EmbedVideo, URL: d.Resolve(kit.Attr(n, "data-src"))})
		}
		dr.Exclude = append(dr.Exclude, refs...)
		dr.Body = []*xhtml.Node{body}
		res.Entries = append(res.Entries, dr)
	}
	updates := jsonLDUpdates(d)
	correct := shouldCorrect(stamps, updates)
	byMinute := minuteIndex(updates)
	for i := range res.Entries {
		t := stamps[i].instant(correct)
		if t.IsZero() {
			continue
		}
		if u, ok := sameMinute(t, updates, byMinute); ok {
			t = u.published
			if u.modified.After(u.published) {
				res.Entries[i].Updated = u.modified
			}
		}
		res.Entries[i].Time = t
	}
	return res, nil
}

// stamp is a datetime attribute as read: the instant it states, and
// whether it states UTC (the label the site gets wrong).
type stamp struct {
	t   time.Time
	utc bool
}

func readStamp(s string) stamp {
	if t, ok := kit.MachineTime(s); ok {
		_, off := t.Zone()
		return stamp{t: t, utc: off == 0}
	}
	// A datetime without any zone is wall-clock time too: read in UTC,
	// it is corrected like a UTC label.
	var utc liveblog.Normalizer
	if st, err := utc.Read(s); err == nil && st.HasDate && st.HasTime {
		return stamp{t: st.Time, utc: true}
	}
	return stamp{}
}

// instant returns the stamp's instant, reading a UTC label as Rome wall
// clock when correct is set.
func (s stamp) instant(correct bool) time.Time {
	if s.t.IsZero() || !correct || !s.utc {
		return s.t
	}
	y, mo, d := s.t.Date()
	h, mi, sec := s.t.Clock()
	return time.Date(y, mo, d, h, mi, sec, s.t.Nanosecond(), rome).UTC()
}

// update is one JSON-LD liveBlogUpdate's dates.
type update struct {
	published, modified time.Time
}

// shouldCorrect decides whether the page's UTC labels are Rome wall clock:
// yes unless the JSON-LD instants agree better with the labels as given.
func shouldCorrect(stamps []stamp, updates []update) bool {
	if len(updates) == 0 {
		return true
	}
	pubs := make([]time.Time, len(updates))
	for i, u := range updates {
		pubs[i] = u.published
	}
	slices.SortFunc(pubs, time.Time.Compare)
	asIs, fixed := 0, 0
	for _, s := range stamps {
		if s.t.IsZero() || !s.utc {
			continue
		}
		if near(s.instant(false), pubs) {
			asIs++
		}
		if near(s.instant(true), pubs) {
			fixed++
		}
	}
	return fixed >= asIs
}

// near reports whether an update was published within a minute of t;
// pubs are the updates' times, sorted.
func near(t time.Time, pubs []time.Time) bool {
	lo := t.Add(-time.Minute)
	i := sort.Search(len(pubs), func(i int) bool { return pubs[i].After(lo) })
	return i < len(pubs) && pubs[i].Before(t.Add(time.Minute))
}

// minuteOf returns the minute t falls in, counted from the Unix epoch
// (what t.Truncate(time.Minute) keeps: the zero time is a whole minute).
func minuteOf(t time.Time) int64 {
	s := t.Unix()
	m := s / 60
	if s%60 < 0 {
		m--
	}
	return m
}

// minuteIndex maps each minute in which updates were published to the
// index of its update, or to -1 when it holds more than one.
func minuteIndex(updates []update) map[int64]int {
	idx := make(map[int64]int, len(updates))
	for i, u := range updates {
		m := minuteOf(u.published)
		if _, ok := idx[m]; ok {
			idx[m] = -1
		} else {
			idx[m] = i
		}
	}
	return idx
}

// sameMinute returns the one update published in t's minute (the page
// prints minutes, JSON-LD seconds). Two updates in one minute are
// ambiguous: none is returned. idx is minuteIndex(updates).
func sameMinute(t time.Time, updates []update, idx map[int64]int) (update, bool) {
	if i, ok := idx[minuteOf(t)]; ok && i >= 0 {
		return updates[i], true
	}
	return update{}, false
}

// jsonLDUpdates returns the dates of the page's JSON-LD live-blog updates.
func jsonLDUpdates(d *liveblog.Document) []update {
	var out []update
	for _, u := range jsonld.UpdateDates(d.JSONLD()) {
		pub, ok := kit.MachineTime(u.Published)
		if !ok {
			continue
		}
		mod, _ := kit.MachineTime(u.Modified)
		out = append(out, update{published: pub.UTC(), modified: mod.UTC()})
	}
	return out
}
