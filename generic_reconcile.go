package liveblog

import (
	"slices"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog/internal/jsonld"
	"github.com/liveblog-go/liveblog/internal/marks"
	"github.com/liveblog-go/liveblog/internal/render"
)

// reconcile checks the entries the markup gave against the page's JSON-LD
// liveBlogUpdate items, and returns the decoded JSON-LD (nil when it was
// not needed). It is decoded only when some entry's time is open to doubt
// (read from an ISO string, which may name the wrong zone, printed as text
// only, or missing) or when the JSON-LD lists more posts than the markup
// shows. An update is matched to an entry by the #fragment of its url or
// @id, else by its headline or the start of its body. Posts the markup
// lost are taken from the JSON-LD (see recoverLost). Then, per entry:
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
func reconcile(d *Document, res *Result, facts []entryFacts) *jsonld.LiveBlog {
	if !hasLiveBlogJSONLD(d, "liveBlogUpdate") {
		return nil
	}
	if !slices.ContainsFunc(facts, entryFacts.doubtful) && d.jsonLD().UpdateCount() <= len(res.Entries) {
		return nil // every time is sure, and the JSON-LD lists no more posts
	}
	lb := d.jsonLD().LiveBlog()
	if len(lb.Updates) == 0 {
		return lb
	}
	m := newUpdateMatcher(lb.Updates)
	matched := make([]int, len(res.Entries)) // the update of each entry, or -1
	for i := range res.Entries {
		dr, f := &res.Entries[i], &facts[i]
		matched[i] = m.find(dr, f.key)
		if matched[i] >= 0 && f.doubtful() && !lb.SameDates {
			correctTime(dr, f, lb.Updates[matched[i]].Published)
		}
	}
	recoverLost(d, res, lb, m, matched)
	return lb
}

// doubtful reports whether an entry's time is open to doubt: read from
// an ISO string (which may name the wrong zone), printed as text only,
// labelled as an edit time, or missing.
func (f entryFacts) doubtful() bool { return f.src <= marks.Printed || f.iso || f.edit }

// updateMatcher finds the JSON-LD update of an entry, each update at
// most once.
type updateMatcher struct {
	updates []jsonld.Update
	byFrag  map[string]int
	used    []bool
	// keys and bodyKeys are the updates' match keys, worked out the
	// first time an entry is matched by its text.
	keys, bodyKeys []string
}

func newUpdateMatcher(updates []jsonld.Update) *updateMatcher {
	m := &updateMatcher{updates: updates, byFrag: map[string]int{}, used: make([]bool, len(updates))}
	for i, u := range updates {
		if u.Frag != "" {
			m.byFrag[u.Frag] = i
		}
	}
	return m
}

// find returns the index of the unused update that is the entry's — by
// the #fragment of its id or permalink, else by its text — and marks it
// used; -1 when there is none.
func (m *updateMatcher) find(dr *Draft, key string) int {
	j := -1
	if k, ok := m.byFrag[dr.ID]; ok && dr.ID != "" && !m.used[k] {
		j = k
	} else if k, ok := m.byFrag[render.Fragment(dr.URL)]; ok && dr.URL != "" && !m.used[k] {
		j = k
	}
	if j < 0 {
		j = m.byText(key)
	}
	if j >= 0 {
		m.used[j] = true
	}
	return j
}

// correctTime applies the rules of reconcile to one entry and the
// datePublished ut of its update.
func correctTime(dr *Draft, f *entryFacts, ut time.Time) {
	switch {
	case ut.IsZero():
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

// byText returns the first unused update whose body start (or, for
// updates without a body, headline) is found in the entry key, or -1.
func (m *updateMatcher) byText(key string) int {
	if key == "" {
		return -1
	}
	if m.keys == nil {
		m.keys, m.bodyKeys = make([]string, len(m.updates)), make([]string, len(m.updates))
		for j := range m.updates {
			m.keys[j], m.bodyKeys[j] = m.updates[j].Keys()
		}
	}
	for j, bk := range m.bodyKeys {
		if !m.used[j] && len(bk) >= 12 && strings.Contains(key, bk) {
			return j
		}
	}
	for j, k := range m.keys {
		if !m.used[j] && len(k) >= 12 && strings.HasPrefix(key, k) {
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

// maxWindow is the most updates a JSON-LD list may hold and still be read
// as the blog's latest posts, every one of which the page shows. Vendors
// emit 20 or so; a list of hundreds is the blog's whole history, of which
// the page shows a window.
const maxWindow = 60

// recoverLost adds the posts the markup lost: the JSON-LD updates no entry
// matched, when the entries it shows are the updates' own (four in five
// matched) and the JSON-LD lists more. Markup that nests badly (an
// unclosed <object> swallowing the posts after it) and posts loaded by a
// script leave the page's stream short, and the structured data is the
// page's own account of its posts. An update is recovered when the list
// is a window of the latest posts (at most maxWindow), or when its time
// falls inside the span of the posts the page shows (a history's posts
// before that span are not on this page). Updates without their own
// dates (SameDates) cannot be placed and are left out. Recovered posts
// are put in time order among the others.
func recoverLost(d *Document, res *Result, lb *jsonld.LiveBlog, m *updateMatcher, matched []int) {
	n := len(res.Entries)
	hits := 0
	var lo, hi time.Time
	for _, j := range matched {
		if j < 0 {
			continue
		}
		hits++
		if t := lb.Updates[j].Published; !t.IsZero() {
			if lo.IsZero() || t.Before(lo) {
				lo = t
			}
			if t.After(hi) {
				hi = t
			}
		}
	}
	if len(lb.Updates) <= n || hits*5 < n*4 || lb.SameDates {
		return
	}
	window := len(lb.Updates) <= maxWindow
	newestFirst := newestFirst(res.Entries)
	for j, u := range lb.Updates {
		if m.used[j] || u.Published.IsZero() {
			continue
		}
		if !window && (lo.IsZero() || u.Published.Before(lo) || u.Published.After(hi)) {
			continue
		}
		m.used[j] = true
		res.Entries = insertByTime(res.Entries, updateDraft(d, u, false), newestFirst)
	}
}

// newestFirst reports whether the drafts' times mostly fall down the page.
func newestFirst(drafts []Draft) bool {
	down, up := 0, 0
	var prev time.Time
	for i := range drafts {
		t := drafts[i].Time
		if t.IsZero() {
			continue
		}
		if !prev.IsZero() {
			if t.Before(prev) {
				down++
			} else if t.After(prev) {
				up++
			}
		}
		prev = t
	}
	return down >= up
}

// insertByTime puts dr among drafts in page order: before the first
// draft that is older (newest first) or newer (oldest first) than it.
func insertByTime(drafts []Draft, dr Draft, newestFirst bool) []Draft {
	for i := range drafts {
		t := drafts[i].Time
		if t.IsZero() {
			continue
		}
		if newestFirst && t.Before(dr.Time) || !newestFirst && t.After(dr.Time) {
			return slices.Insert(drafts, i, dr)
		}
	}
	return append(drafts, dr)
}
