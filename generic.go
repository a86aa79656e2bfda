package liveblog

import (
	"encoding/binary"
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/jsonld"
	"github.com/liveblog-go/liveblog/internal/render"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// genericExtractors are the built-in extractors that work on any site,
// in the order a new Registry tries them, after its site adapters: for HTML, the
// sources that standard markup names outright (AMP live lists, microdata
// liveBlogUpdate items, the WordPress live-blog plugin and hAtom), then the
// structural fallback that looks for any run of timestamped blocks, then
// the JSON-LD updates alone, for pages whose markup shows no entries at
// all; and the plain-text reader, which only plain-text input matches.
var genericExtractors = []Extractor{
	ampExtractor{},
	microdataExtractor{},
	wordpressExtractor{},
	structuralExtractor{},
	jsonldExtractor{},
	textExtractor{},
}

// buildResult turns the entries a DOM source found into a Result: drafts,
// times checked against the page's JSON-LD (see reconcile), the blog
// headline, and the publisher's zone when entries print only a clock.
func buildResult(d *Document, entries []domEntry) (*Result, error) {
	if len(entries) == 0 {
		return nil, ErrNotLiveBlog
	}
	res := &Result{Entries: make([]Draft, 0, len(entries))}
	facts := make([]entryFacts, 0, len(entries))
	same := newSameTextIndex(len(entries))
	for i := range entries {
		dr, f := draftOf(&entries[i])
		if f.key == "" && dr.Title == "" && !hasMedia(entries[i].nodes) {
			continue // an ad slot or an empty placeholder
		}
		if j := same.find(f.key); j >= 0 {
			// A post shown twice (a pinned copy above the stream): keep
			// the copy that stands in the stream, flagged as pinned.
			if !res.Entries[j].Pinned || dr.Pinned {
				res.Entries[j].Pinned = res.Entries[j].Pinned || dr.Pinned
				continue
			}
			res.Entries = append(res.Entries[:j], res.Entries[j+1:]...)
			facts = append(facts[:j], facts[j+1:]...)
			same.remove(j)
			dr.Pinned = true
		}
		res.Entries = append(res.Entries, dr)
		facts = append(facts, f)
		same.add(f.key)
	}
	if len(res.Entries) == 0 {
		return nil, ErrNotLiveBlog
	}
	lb := reconcile(d, res.Entries, facts)
	res.Title = pageHeadline(d, lb)
	if lb != nil {
		res.Published, res.Updated = lb.Published, lb.Modified
	}
	if res.Published.IsZero() && res.Updated.IsZero() {
		// The reference day for entries that print only a clock.
		res.Published, res.Updated = pageDates(d)
	}
	for i := range res.Entries {
		if res.Entries[i].Time.IsZero() && res.Entries[i].RawTime != "" {
			res.Location = pageZone(d)
			break
		}
	}
	return res, nil
}

// sameTextIndex finds, among the entries kept so far, a copy of the same
// post (one shown twice: a pinned copy above the stream). Two entries are
// copies when a 40-character window taken near the start of one's text
// key (at most 100 characters in) occurs near the start of the other's:
// copies begin alike, give or take a title or a label (sameTextSlack).
//
// Every pair of entries is compared, so each comparison must be cheap: an
// entry's searched region is summarised by a bit set of its 8-byte
// grams, and the region is searched only when the window's first gram is
// in the set. On a page of 80 long posts the plain search was 8% of
// Parse.
type sameTextIndex struct {
	regions []string // the searched start of each kept entry's key, "" when too short
	grams   []gramSet
}

// gramSet is a 2,048-bit set of hashed 8-byte grams.
type gramSet [32]uint64

// sameTextSlack is how much further into another entry's key than in its
// own a repeated window may start.
const sameTextSlack = 240

func newSameTextIndex(n int) *sameTextIndex {
	return &sameTextIndex{regions: make([]string, 0, n), grams: make([]gramSet, 0, n)}
}

func gramHash(s string) uint {
	return uint(binary.LittleEndian.Uint64([]byte(s[:8]))*0x9E3779B97F4A7C15) >> (64 - 11)
}

// add keeps key as the text key of the next entry.
func (x *sameTextIndex) add(key string) {
	var set gramSet
	region := ""
	if len(key) >= 60 {
		region = key[:min(len(key), 100+40+sameTextSlack)]
		for p := 0; p+8 <= len(region); p++ {
			h := gramHash(region[p:])
			set[h/64] |= 1 << (h % 64)
		}
	}
	x.regions = append(x.regions, region)
	x.grams = append(x.grams, set)
}

// remove forgets the j-th kept entry.
func (x *sameTextIndex) remove(j int) {
	x.regions = append(x.regions[:j], x.regions[j+1:]...)
	x.grams = append(x.grams[:j], x.grams[j+1:]...)
}

// find returns the index of a kept entry that is a copy of the entry
// with text key key, or -1.
func (x *sameTextIndex) find(key string) int {
	if len(key) < 60 {
		return -1
	}
	at := min(len(key)/3, 100)
	win := key[at : at+40]
	h := gramHash(win)
	for j, region := range x.regions {
		if region == "" || x.grams[j][h/64]&(1<<(h%64)) == 0 {
			continue
		}
		if strings.Contains(region[:min(len(region), at+len(win)+sameTextSlack)], win) {
			return j
		}
	}
	return -1
}

// hasMedia reports whether nodes hold an image, a video or an embed.
func hasMedia(nodes []*html.Node) bool {
	found := false
	for _, top := range nodes {
		dom.Walk(top, func(n *html.Node) bool {
			if found {
				return false
			}
			if n.Type == html.ElementNode {
				switch n.DataAtom {
				case atom.Img, atom.Iframe, atom.Video, atom.Audio, atom.Picture:
					found = true
				}
				if n.Data == "amp-img" || n.Data == "amp-video" || n.Data == "amp-iframe" || n.Data == "amp-twitter" || n.Data == "amp-youtube" {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// reconcile checks the entry times the markup gave against the page's
// JSON-LD liveBlogUpdate items, and returns the decoded JSON-LD (nil when
// it was not needed). The markup decides which entries there are and in
// what order: JSON-LD may hold a longer history than the page shows. The
// JSON-LD is decoded only when some entry's time is open to doubt: read
// from an ISO string (which may name the wrong zone), printed as text only,
// or missing. An update is matched to an entry by the #fragment of its url
// or @id, else by its headline or the start of its body. Then, per entry:
//
//   - When every update carries the same datePublished, the JSON-LD dates
//     are the page's own time stamped on each update and are ignored.
//   - An entry with no machine time takes the update's time, if the clock
//     the entry prints (if any) agrees with it in the update's own offset
//     or to the minute.
//   - An entry whose time comes from an ISO string that differs from the
//     update's by a whole number of hours (within 90 s) takes the update's
//     time: the markup printed local time with a wrong zone ("16:56Z" for
//     15:56 UTC).
//   - An entry whose time comes from an element labelled as an edit time
//     ("lastpublished-timestamp", class "updated") takes the update's
//     datePublished when that is up to 48 hours earlier: the reader sees
//     the posting time, the label shows the last change.
//   - Otherwise the markup's time stands: it is what the reader sees, and
//     JSON-LD dates are at times CMS creation times.
func reconcile(d *Document, drafts []Draft, facts []entryFacts) *jsonld.LiveBlog {
	need := false
	for _, f := range facts {
		if f.src <= srcText || f.iso || f.edit {
			need = true
			break
		}
	}
	if !need || !hasLiveBlogJSONLD(d, "liveBlogUpdate") {
		return nil
	}
	lb := jsonld.DecodeLiveBlog(d.JSONLD())
	if len(lb.Updates) == 0 || lb.SameDates {
		return lb
	}
	byFrag := map[string]int{}
	for i, u := range lb.Updates {
		if u.Frag != "" {
			byFrag[u.Frag] = i
		}
	}
	used := make([]bool, len(lb.Updates))
	for i := range drafts {
		dr, f := &drafts[i], facts[i]
		if f.src > srcText && !f.iso && !f.edit {
			continue
		}
		j := -1
		if k, ok := byFrag[dr.ID]; ok && dr.ID != "" && !used[k] {
			j = k
		} else if k, ok := byFrag[render.Fragment(dr.URL)]; ok && dr.URL != "" && !used[k] {
			j = k
		}
		if j < 0 {
			j = matchUpdate(lb.Updates, used, f.key)
		}
		if j < 0 {
			continue
		}
		used[j] = true
		ut := lb.Updates[j].Published
		if ut.IsZero() {
			continue
		}
		switch {
		case dr.Time.IsZero():
			if f.clock < 0 || clockAgrees(ut, f.clock) {
				dr.Time = ut
			}
		case f.iso && wholeHoursApart(dr.Time, ut):
			dr.Time = ut
		case f.edit && ut.Before(dr.Time) && dr.Time.Sub(ut) <= 48*time.Hour:
			dr.Time = ut
		}
	}
	return lb
}

// matchUpdate returns the first unused update whose body start (or, for
// updates without a body, headline) is found in the entry key, or -1.
func matchUpdate(updates []jsonld.Update, used []bool, key string) int {
	if key == "" {
		return -1
	}
	for j, u := range updates {
		if used[j] {
			continue
		}
		if len(u.BodyKey) >= 12 && strings.Contains(key, u.BodyKey) {
			return j
		}
	}
	for j, u := range updates {
		if !used[j] && len(u.Key) >= 12 && strings.HasPrefix(key, u.Key) {
			return j
		}
	}
	return -1
}

// clockAgrees reports whether a printed clock (minutes after midnight)
// shows instant t: in t's own offset, or in any whole-hour zone.
func clockAgrees(t time.Time, clock int) bool {
	h, m, _ := t.Clock()
	if h*60+m == clock {
		return true
	}
	return m == clock%60
}

// wholeHoursApart reports whether a and b differ by 1 to 14 whole hours,
// give or take 90 seconds.
func wholeHoursApart(a, b time.Time) bool {
	d := a.Sub(b)
	if d < 0 {
		d = -d
	}
	h := (d + 30*time.Minute) / time.Hour
	if h < 1 || h > 14 {
		return false
	}
	off := d - h*time.Hour
	return off >= -90*time.Second && off <= 90*time.Second
}

var h1Sel = cascadia.MustCompile("h1")

// pageHeadline returns the blog's headline as the reader sees it: the
// page's <h1> whose words best agree with the og:title, <title> or
// JSON-LD headline (pages have several h1s: a section name, a logo); else
// og:title; else the JSON-LD headline; else <title> without its " | Site"
// suffix.
func pageHeadline(d *Document, lb *jsonld.LiveBlog) string {
	og := d.Meta("og:title")
	title := ""
	if n := d.Query(titleSel); n != nil && n.FirstChild != nil {
		title = dom.Clean(n.FirstChild.Data) // textOf skips <title>
	}
	ref := og + " " + title
	if lb != nil {
		ref += " " + lb.Headline
	}
	refWords := wordSet(ref)
	best, bestShare := "", 0.0
	for _, n := range d.QueryAll(h1Sel) {
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
		return og
	}
	if lb != nil && lb.Headline != "" {
		return lb.Headline
	}
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(title, sep); i > 0 && len(title)-i < 40 {
			return title[:i]
		}
	}
	return title
}

var titleSel = cascadia.MustCompile("head title")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		m[w] = true
	}
	return m
}

var timeSel = cascadia.MustCompile("time[datetime], [itemprop=datePublished][content], [itemprop=dateModified][content]")

// containerEntries makes one domEntry of each container element, with the
// time marks inside it.
func containerEntries(d *Document, containers []*html.Node) []domEntry {
	entries := make([]domEntry, 0, len(containers))
	for _, c := range containers {
		entries = append(entries, domEntry{nodes: []*html.Node{c}, marks: collectMarks(c, d.Normalizer(), false)})
	}
	return entries
}

// outermost drops the nodes that lie inside another node of the list
// (a selector like [id^=liveblog-entry-] also matches inner elements
// such as #liveblog-entry-12-text).
func outermost(nodes []*html.Node) []*html.Node {
	in := make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		in[n] = true
	}
	out := nodes[:0:0]
	for _, n := range nodes {
		inside := false
		for a := n.Parent; a != nil; a = a.Parent {
			if in[a] {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, n)
		}
	}
	return out
}
