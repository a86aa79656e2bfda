package timeparse

import (
	"math"
	"time"
)

// ResolveSequence dates the stamps of one page together. stamps are in
// page order, as returned by Read: a stamp that failed to read has a zero
// Time, and its result is the zero Time too. anchor is the page's own
// latest date (its modified or published time); the zero value means the
// Normalizer's reference time (Now).
//
// It first detects the order of the page. Consecutive stamps that carry
// a date (HasDate: printed, relative or a date heading) vote: a later
// one below an earlier one is a vote for OldestFirst, the other way
// round for NewestFirst. When they do not decide (none, or a tie), the
// page is dated both ways as below and the order whose times span less
// wins: live-blog entries are close together, and the wrong order turns
// each step back into most of a day. When both span the same (a single
// time-only stamp) the order is OrderUnknown and the stamps are dated as
// NewestFirst, the usual live-blog order.
//
// Then it dates every time-only stamp (HasDate false), walking from the
// newest end of the page to the oldest (from the top for NewestFirst,
// from the bottom for OldestFirst) and keeping an upper bound that
// starts at the anchor:
//
//   - a stamp with a date and time keeps its Time, and it becomes the
//     bound (or the anchor, when it is later than the anchor); a stamp
//     built by hand with HasDate but not HasTime counts as one unless it
//     is at midnight;
//   - a date heading (HasDate without HasTime, at midnight) bounds the stamps past it
//     in the walk by the end of its day (NewestFirst) or the start of its
//     day (OldestFirst), and the stamps before it in the walk from below
//     by the start of its day: a heading may stand above its day's
//     entries or, on tickers where it is the day's first post, below
//     them;
//   - a time-only stamp takes the latest date on which its clock time is
//     not after the bound, so a newest-first feed that crosses midnight
//     steps back a day and an oldest-first feed steps forward; it then
//     becomes the bound. While no dated stamp has been met in the walk
//     (the bound is still the anchor), if the nearest dated stamp further
//     on (older) is more than a day earlier than that, the stamp takes
//     instead the first date at or after that older stamp: a page whose
//     anchor is long after its entries is dated from its entries.
//
// So a time-only stamp never lands after the anchor (or a dated stamp
// later than it), nor after a newer stamp in the walk.
func (n *Normalizer) ResolveSequence(stamps []Stamp, anchor time.Time) ([]time.Time, FeedOrder) {
	if anchor.IsZero() {
		anchor = n.now()
	}
	order := datedOrder(stamps)
	if order != OrderUnknown {
		return resolveInOrder(stamps, anchor, order), order
	}
	// The dated stamps do not tell: date the page both ways and keep
	// the one whose entries are closer together.
	nf := resolveInOrder(stamps, anchor, NewestFirst)
	of := resolveInOrder(stamps, anchor, OldestFirst)
	switch a, b := span(nf), span(of); {
	case a < b:
		return nf, NewestFirst
	case b < a:
		return of, OldestFirst
	}
	return nf, OrderUnknown
}

// span is the time between the earliest and the latest of times.
func span(times []time.Time) time.Duration {
	var lo, hi time.Time
	for _, t := range times {
		if t.IsZero() {
			continue
		}
		if lo.IsZero() || t.Before(lo) {
			lo = t
		}
		if hi.IsZero() || t.After(hi) {
			hi = t
		}
	}
	return hi.Sub(lo)
}

// resolveInOrder dates the stamps of a page listed in the given order;
// see ResolveSequence.
func resolveInOrder(stamps []Stamp, anchor time.Time, order FeedOrder) []time.Time {
	out := make([]time.Time, len(stamps))
	// idx walks from the newest end.
	idx := func(k int) int { return k }
	if order == OldestFirst {
		idx = func(k int) int { return len(stamps) - 1 - k }
	}
	// lower[k] is the bound that the dated stamps further on in the
	// walk put below walk position k.
	lower := make([]time.Time, len(stamps)+1)
	// lowerEnd[k] is where that bound's day ends for a date heading
	// (the bound itself for a timed stamp): a stamp up to a day after
	// it is near it.
	lowerEnd := make([]time.Time, len(stamps)+1)
	for k := len(stamps) - 1; k >= 0; k-- {
		lower[k], lowerEnd[k] = lower[k+1], lowerEnd[k+1]
		st := &stamps[idx(k)]
		if st.Time.IsZero() || !st.HasDate {
			continue
		}
		// A date heading's stamps are on its day or later, whether the
		// heading stands above its entries or, as on tickers where it
		// is the day's first post, below them.
		lower[k], lowerEnd[k] = st.Time, st.Time
		if isDateHeading(st) {
			lowerEnd[k] = st.Time.AddDate(0, 0, 1)
		}
	}
	upper := anchor
	fromAnchor := true // upper is still the anchor, not a stamp's
	for k := range stamps {
		i := idx(k)
		st := &stamps[i]
		if st.Time.IsZero() {
			continue
		}
		if st.HasDate {
			out[i] = st.Time
			fromAnchor = false
			switch {
			case !isDateHeading(st):
				// A dated entry later than the anchor becomes the
				// anchor: the page's own date was older than it.
				if st.Time.After(anchor) {
					anchor = st.Time
				}
				upper = st.Time
			case order == OldestFirst:
				upper = minTime(st.Time.Add(-time.Nanosecond), anchor)
			default:
				upper = minTime(st.Time.AddDate(0, 0, 1).Add(-time.Nanosecond), anchor)
			}
			continue
		}
		t := latestAtOrBefore(st, upper)
		if lo := lower[k+1]; fromAnchor && !lo.IsZero() && t.Sub(lowerEnd[k+1]) > 24*time.Hour {
			if e := earliestAtOrAfter(st, lo); e.Before(t) {
				t = e
			}
		}
		out[i] = t
		upper = t
	}
	return out
}

// isDateHeading reports a date heading: a stamp with a date and no time of
// day, as Read returns for "Dienstag, 27. August 2024". A dated stamp that
// is not at midnight is taken as timed even without HasTime, so that
// stamps built by hand from machine-readable times work as expected.
func isDateHeading(st *Stamp) bool {
	if !st.HasDate || st.HasTime || st.Relative {
		return false
	}
	h, m, s := st.Time.Clock()
	return h == 0 && m == 0 && s == 0 && st.Time.Nanosecond() == 0
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// shiftDays moves a time-only stamp by whole days: in its own location's
// calendar, or by 24-hour days when it printed a zone.
func shiftDays(st *Stamp, days int) time.Time {
	if st.HasZone {
		return st.Time.Add(time.Duration(days) * 24 * time.Hour)
	}
	return st.Time.AddDate(0, 0, days)
}

// latestAtOrBefore is the latest day's instant of st's clock time that
// is not after bound.
func latestAtOrBefore(st *Stamp, bound time.Time) time.Time {
	k := int(math.Floor(bound.Sub(st.Time).Hours() / 24))
	t := shiftDays(st, k)
	for t.After(bound) {
		k--
		t = shiftDays(st, k)
	}
	for {
		u := shiftDays(st, k+1)
		if u.After(bound) {
			return t
		}
		k, t = k+1, u
	}
}

// earliestAtOrAfter is the earliest day's instant of st's clock time that
// is not before bound.
func earliestAtOrAfter(st *Stamp, bound time.Time) time.Time {
	t := latestAtOrBefore(st, bound)
	if !t.Before(bound) {
		return t
	}
	if st.HasZone {
		return t.Add(24 * time.Hour)
	}
	return t.AddDate(0, 0, 1)
}

// datedOrder tells the order of a page from the stamps that carry a
// date; see ResolveSequence.
func datedOrder(stamps []Stamp) FeedOrder {
	newer, older := 0, 0 // votes for NewestFirst and OldestFirst
	var prev time.Time
	prevHeading := false
	for i := range stamps {
		st := &stamps[i]
		if st.Time.IsZero() || !st.HasDate {
			continue
		}
		if !prev.IsZero() {
			a, b := prev, st.Time
			if prevHeading || isDateHeading(st) { // compare days only
				ay, am, ad := prev.Date()
				by, bm, bd := st.Time.Date()
				a = time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC)
				b = time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC)
			}
			switch {
			case b.Before(a):
				newer++
			case b.After(a):
				older++
			}
		}
		prev, prevHeading = st.Time, isDateHeading(st)
	}
	switch {
	case newer > older:
		return NewestFirst
	case older > newer:
		return OldestFirst
	}
	return OrderUnknown
}

// ResolveNear is ResolveSequence for a page whose one time, at, may be
// when the blog began or when it last changed: sites print "published"
// both ways. When the stamps are clocks alone (two or more), it dates
// them both ways — at or before at, and starting after it — and keeps the
// reading whose entries lie nearer to at. Otherwise it is
// ResolveSequence(stamps, at).
func (n *Normalizer) ResolveNear(stamps []Stamp, at time.Time) ([]time.Time, FeedOrder) {
	times, order := n.ResolveSequence(stamps, at)
	if at.IsZero() || !clockOnly(stamps) {
		return times, order
	}
	alt, altOrder := n.ResolveSequence(stamps, at.Add(24*time.Hour))
	if gapAfter(alt, at) < gapBefore(times, at) {
		return alt, altOrder
	}
	return times, order
}

// clockOnly reports whether the stamps that were read are all clocks
// without a date, and there are at least two.
func clockOnly(stamps []Stamp) bool {
	n := 0
	for _, st := range stamps {
		if st.Time.IsZero() {
			continue
		}
		if st.HasDate || st.Relative {
			return false
		}
		n++
	}
	return n >= 2
}

// gapBefore is how long before t the latest of times falls (0 when after).
func gapBefore(times []time.Time, t time.Time) time.Duration {
	var latest time.Time
	for _, x := range times {
		if !x.IsZero() && x.After(latest) {
			latest = x
		}
	}
	if latest.IsZero() {
		return math.MaxInt64
	}
	return max(t.Sub(latest), 0)
}

// gapAfter is how long after t the earliest of times falls (0 when a
// little before it); a reading that puts an entry well before t does not
// start after it.
func gapAfter(times []time.Time, t time.Time) time.Duration {
	var earliest time.Time
	for _, x := range times {
		if !x.IsZero() && (earliest.IsZero() || x.Before(earliest)) {
			earliest = x
		}
	}
	if earliest.IsZero() || earliest.Before(t.Add(-startSlack)) {
		return math.MaxInt64
	}
	return max(earliest.Sub(t), 0)
}

// startSlack is how long before a blog's stated start its first entry
// may stand: the opening post is often written, and stamped, a little
// before the page goes out.
const startSlack = time.Hour
