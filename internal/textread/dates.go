package textread

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/pagedate"

	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// halfDay is the largest step back in time between two clock-only stamps
// that is read as the same day: a larger one is midnight passing.
const halfDay = 12 * 60

// date dates the entries' stamps together. It returns each entry's time
// (zero when its stamp gives none) and which entries were set aside as
// standing out of order at the top of the page (a pinned post).
//
// The anchor is the reference time (Input.Now) or, when there is none
// or the page's own latest date is more than a day older than it, the
// page's date: the latest of its datelines, "Updated" lines, date
// headings and byline dates above the end of the stream (a date alone
// counts as the end of its day). A page with neither is dated from
// Input.Captured, else from today. The entries' stamps, and the date
// headings among them, go to the engine's ResolveSequence with it (its
// ResolveNear when the anchor is the page's one time of day, which may be
// when the blog began rather than when it last changed). A
// clock that breaks the page's order by less than half a day where its
// neighbours keep it (a pinned post above the newest entry) is dated on
// its own, no later than the newest entry, so that it does not move the
// whole stream a day back.
func (r *reader) date() ([]time.Time, []bool) {
	n := len(r.entries)
	now := r.in.Now
	anchor, near, source := r.anchor(now)
	seq, pos := r.stamps(now, anchor)
	if takesDayFromAnchor(seq) {
		r.datedBy = source // a stamp took its day from the anchor
	}
	aside := r.outOfOrder(seq, pos)
	held := make([]timeparse.Stamp, n)
	for i, out := range aside {
		if out {
			held[i] = seq[pos[i]]
			seq[pos[i]] = timeparse.Stamp{}
		}
	}
	var times []time.Time
	if near {
		times, _ = r.norm.ResolveNear(seq, anchor)
	} else {
		times, _ = r.norm.ResolveSequence(seq, anchor)
	}
	if day := anchor.AddDate(0, 0, -1); now.IsZero() && source == "page" && r.dayOverStream(day) && !anyBy(times, pos, day) {
		// Anchored past the first entries' day line, no entry landed on
		// that day: the stream does not run past its midnight.
		times, _ = r.norm.ResolveSequence(seq, day)
	}
	out := make([]time.Time, n)
	var newest time.Time
	for i := range out {
		out[i] = times[pos[i]]
		if out[i].After(newest) {
			newest = out[i]
		}
	}
	pinned := r.dateAside(out, held, aside, anchor, newest)
	return out, pinned
}

// anchor returns the time the stamps are dated from (see date), whether
// it is the page's one time of day (near), and what gave it, for
// datedBy: "options", "page", "capture" or "wall-clock" (a zero anchor).
func (r *reader) anchor(now time.Time) (anchor time.Time, near bool, source string) {
	source = "wall-clock"
	switch pd, clock := r.pageDate(now); {
	case !now.IsZero():
		anchor, source = now, "options"
		if !pd.IsZero() && pd.Before(now.Add(-24*time.Hour)) {
			anchor, near, source = pd, clock, "page"
		}
	case !pd.IsZero():
		anchor, near, source = pd, clock, "page"
		if !clock && r.dayOverStream(pd) {
			// The page's date is its first entries' day line: a stream
			// that runs on past midnight (oldest first) is later. The
			// line still bounds entries listed newest first.
			anchor = pd.AddDate(0, 0, 1)
		}
	case !r.in.Captured.IsZero():
		anchor, source = r.in.Captured, "capture"
	default:
		if a := r.addressOrYearAnchor(); !a.IsZero() {
			anchor, source = a, "page"
		}
	}
	return anchor, near, source
}

// stamps returns the stamps in page order, the entries' and the date
// headings within the stream, and where in it each entry's stamp stands.
// Without a reference time, a relative stamp is read again against the
// anchor, the page's date, not today.
func (r *reader) stamps(now, anchor time.Time) (seq []timeparse.Stamp, pos []int) {
	n := len(r.entries)
	seq = make([]timeparse.Stamp, 0, n+4)
	pos = make([]int, n)
	end := r.entries[n-1].to
	k := 0
	for gi := range r.groups {
		g := &r.groups[gi]
		if g.first >= end {
			break
		}
		if k < n && gi == r.entries[k].g {
			st := g.st
			if (st.Relative || st.HasDate && !st.HasYear) && now.IsZero() && !anchor.IsZero() {
				// Relative to the page's date, not to today; a day
				// without a year in the page's year.
				rn := *r.norm
				rn.Now = anchor
				if again, err := rn.Read(g.raw); err == nil {
					st = again
				}
			}
			pos[k] = len(seq)
			seq = append(seq, st)
			k++
			continue
		}
		if r.headsEntries(gi) && (k > 0 || r.groups[r.entries[0].g].first-g.last <= 2) {
			seq = append(seq, g.st)
		}
	}
	for ; k < n; k++ { // entries whose group stands after end (none)
		pos[k] = len(seq)
		seq = append(seq, r.groups[r.entries[k].g].st)
	}
	return seq, pos
}

// anyBy reports whether an entry's time (times[pos[i]]) is set and not
// after t.
func anyBy(times []time.Time, pos []int, t time.Time) bool {
	for _, p := range pos {
		if !times[p].IsZero() && !times[p].After(t) {
			return true
		}
	}
	return false
}

// dayOverStream reports whether the page's date pd (the end of its
// day) is that of a day line standing directly above the first entry.
func (r *reader) dayOverStream(pd time.Time) bool {
	gi := r.entries[0].g - 1
	if gi < 0 || !r.headsEntries(gi) {
		return false
	}
	g := &r.groups[gi]
	return r.groups[gi+1].first-g.last <= 2 && g.kind() == 'd' && endOfDay(g.st.Time).Equal(pd)
}

// headsEntries reports whether group gi dates the entries under it: a
// date heading, or the date line just above the first entry (the page's
// own date under its byline) when date headings among the entries show
// that the page dates them by days ("lunes, 13 de mayo" over the night's
// clocks, "domingo, 12 de mayo" over the evening's).
func (r *reader) headsEntries(gi int) bool {
	g := &r.groups[gi]
	if g.role == roleHeading {
		return true
	}
	if g.role != roleDateline || g.kind() != 'd' {
		return false
	}
	start := r.groups[r.entries[0].g].first
	if g.last >= start {
		return false
	}
	for hi := gi + 1; hi < len(r.groups); hi++ {
		if h := &r.groups[hi]; h.first > start && h.role == roleHeading {
			return true
		}
	}
	return false
}

// takesDayFromAnchor reports whether a stamp of seq gives a time but not
// its own day: it is relative, or a clock alone.
func takesDayFromAnchor(seq []timeparse.Stamp) bool {
	for _, st := range seq {
		if !st.Time.IsZero() && (st.Relative || !st.HasDate) {
			return true
		}
	}
	return false
}

// dateAside dates each stamp set aside (held) on its own, no later than
// the newest entry (or the anchor when none is dated), into out. It
// returns which entries are pinned: one set aside at the top.
func (r *reader) dateAside(out []time.Time, held []timeparse.Stamp, aside []bool, anchor, newest time.Time) []bool {
	pinned := make([]bool, len(out))
	for i, isAside := range aside {
		if !isAside {
			continue
		}
		bound := anchor
		if !newest.IsZero() {
			bound = newest
		}
		t, _ := r.norm.ResolveSequence([]timeparse.Stamp{held[i]}, bound)
		out[i] = t[0]
		pinned[i] = i == 0
	}
	return pinned
}

// pageDate returns the page's latest own date before the end of its
// stream, not after now when now is known: a date alone counts as the
// end of its day. clock reports that the date printed a time of day.
func (r *reader) pageDate(now time.Time) (latest time.Time, clock bool) {
	end := r.entries[len(r.entries)-1].to
	for gi := range r.groups {
		g := &r.groups[gi]
		if g.first >= end {
			break
		}
		switch g.role {
		case roleDateline, roleHeading, roleByline:
		default:
			if !(g.role == roleDropped && g.kind() == 'D') {
				continue
			}
		}
		st := &g.st
		if !st.HasDate || st.Relative || st.Time.IsZero() || numeralsOnly(st.Raw) {
			continue
		}
		t := st.Time
		if !st.HasTime {
			t = endOfDay(t)
		}
		if !now.IsZero() && t.After(now.Add(24*time.Hour)) {
			continue
		}
		if t.After(latest) {
			latest, clock = t, st.HasTime
		}
	}
	return latest, clock
}

// addressOrYearAnchor dates a page that prints no date of its own from
// the date in its address (/2024/06/04/), else from its year (the
// rights line's "© 2023") when its entries print a day without a year
// ("23:40 11 Jul"): the day after the latest of those, so that the
// clock-only entries above them are the next day's, as pages print the
// entries of earlier days. Zero when neither applies.
func (r *reader) addressOrYearAnchor() time.Time {
	if r.in.URL != nil {
		if d := pagedate.URLDate(r.in.URL, r.norm); !d.IsZero() {
			return endOfDay(d)
		}
	}
	year := r.rightsYear()
	if year == 0 || year >= time.Now().Year() {
		return time.Time{} // no year, or this year's: today is as good
	}
	var latest time.Time
	for i := range r.entries {
		st := &r.groups[r.entries[i].g].st
		if !st.HasDate || st.HasYear || st.Relative || st.Time.IsZero() {
			continue
		}
		t := st.Time
		t = time.Date(year, t.Month(), t.Day(), 12, 0, 0, 0, t.Location())
		if t.After(latest) {
			latest = t
		}
	}
	if latest.IsZero() {
		return time.Time{}
	}
	return endOfDay(latest.AddDate(0, 0, 1))
}

// rightsYear is the latest year a rights line of the page names ("©
// 2023 The Paper", "Copyright 2019"), or 0.
func (r *reader) rightsYear() int {
	year := 0
	for _, b := range r.blocks {
		if len(b.text) > 200 || lexicon.RightsPrefixes.Of(b.text) == "" {
			continue
		}
		for _, f := range strings.FieldsFunc(b.text, func(c rune) bool { return !unicode.IsDigit(c) }) {
			if y, err := strconv.Atoi(f); err == nil && len(f) == 4 && y >= 1990 && y <= 2099 && y > year {
				year = y
			}
		}
	}
	return year
}

// outOfOrder finds the clock-only stamps (no date) that break the page's
// order: the page's order is the direction most steps between
// consecutive clocks take (a step of less than half a day), and a stamp
// is out of order when a step into or out of it goes against that
// direction while its neighbours, taken without it, agree with it. At
// the ends of the page, the step beyond the neighbour must agree
// instead.
func (r *reader) outOfOrder(seq []timeparse.Stamp, pos []int) []bool {
	aside := make([]bool, len(pos))
	var clocks []int // entry indexes of clock-only stamps
	for i, p := range pos {
		st := &seq[p]
		if !st.Time.IsZero() && st.HasTime && !st.HasDate && !st.Relative {
			clocks = append(clocks, i)
		}
	}
	if len(clocks) < 3 {
		return aside
	}
	minute := func(i int) int {
		t := seq[pos[clocks[i]]].Time
		return t.Hour()*60 + t.Minute()
	}
	down, up := 0, 0
	for i := 1; i < len(clocks); i++ {
		switch d := minute(i) - minute(i-1); {
		case d < 0 && d > -halfDay:
			down++
		case d > 0 && d < halfDay:
			up++
		}
	}
	if down == up {
		return aside
	}
	against := func(a, b int) bool {
		d := minute(b) - minute(a)
		if down > up {
			return d > 0 && d < halfDay
		}
		return d < 0 && d > -halfDay
	}
	last := len(clocks) - 1
	for i := range clocks {
		var out bool
		switch {
		case i > 0 && i < last:
			out = (against(i-1, i) || against(i, i+1)) && !against(i-1, i+1)
		case i == 0:
			out = against(0, 1) && !against(1, 2)
		default:
			out = against(i-1, i) && !against(i-2, i-1)
		}
		aside[clocks[i]] = out
	}
	return aside
}

// numeralsOnly reports whether a date line is a day and month in digits
// alone, with no year and no word ("3. 4.", "1/2"): a list's numbering
// reads the same, so it cannot date the page.
func numeralsOnly(raw string) bool {
	if timeparse.HasYear(raw) {
		return false
	}
	for _, r := range raw {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// endOfDay is the last instant of t's day, in t's zone.
func endOfDay(t time.Time) time.Time {
	y, m, dd := t.Date()
	return time.Date(y, m, dd+1, 0, 0, 0, 0, t.Location()).Add(-time.Nanosecond)
}
