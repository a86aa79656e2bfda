package liveblog

import (
	"slices"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog/internal/jsonld"
	"github.com/liveblog-go/liveblog/internal/render"
)

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
	if !slices.ContainsFunc(facts, entryFacts.doubtful) || !hasLiveBlogJSONLD(d, "liveBlogUpdate") {
		return nil
	}
	lb := jsonld.DecodeLiveBlog(d.JSONLD())
	if len(lb.Updates) == 0 || lb.SameDates {
		return lb
	}
	m := newUpdateMatcher(lb.Updates)
	for i := range drafts {
		dr, f := &drafts[i], &facts[i]
		if !f.doubtful() {
			continue
		}
		if j := m.find(dr, f.key); j >= 0 {
			correctTime(dr, f, lb.Updates[j].Published)
		}
	}
	return lb
}

// doubtful reports whether an entry's time is open to doubt: read from
// an ISO string (which may name the wrong zone), printed as text only,
// labelled as an edit time, or missing.
func (f entryFacts) doubtful() bool { return f.src <= srcText || f.iso || f.edit }

// updateMatcher finds the JSON-LD update of an entry, each update at
// most once.
type updateMatcher struct {
	updates []jsonld.Update
	byFrag  map[string]int
	used    []bool
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
		j = matchUpdate(m.updates, m.used, key)
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
