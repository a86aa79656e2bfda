package timeparse

import (
	"time"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// quote puts a word of the text in quotes for an error reason.
func quote(s string) string { return "\"" + s + "\"" }

// daysIn is the number of days in month mo of year y.
func daysIn(mo time.Month, y int) int {
	return time.Date(y, mo+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// assemble turns what the text said into the stamp's instant.
func (n *Normalizer) assemble(p *parsed, st *Stamp) string {
	loc := n.location()
	if p.epoch {
		st.Time = p.at.UTC()
		st.HasDate, st.HasTime, st.HasYear, st.HasZone = true, true, true, true
		return ""
	}
	ref := n.now()
	if p.rel {
		st.Time = ref.Add(-p.relDur).In(loc)
		st.HasDate, st.HasYear, st.Relative = true, true, true
		st.HasTime = p.relUnit < lexicon.Day
		return ""
	}
	h := p.h
	if p.ampm != 0 {
		if h < 1 || h > 12 {
			return "hour out of range for am/pm"
		}
		h %= 12
		if p.ampm == 2 {
			h += 12
		}
	}
	st.HasZone, st.HasTime = p.hasZone, p.hasClock
	if p.hasDate {
		y := p.y
		if !p.hasYear {
			// The latest year that does not put the date more than a
			// day after the reference.
			ry, rm, rd := ref.In(loc).Date()
			y = ry
			if time.Date(y, p.mo, p.d, 0, 0, 0, 0, time.UTC).After(time.Date(ry, rm, rd+1, 0, 0, 0, 0, time.UTC)) {
				y--
			}
		}
		if p.d > daysIn(p.mo, y) {
			return "no such day"
		}
		z := p.zone.resolve(loc, y, p.mo, p.d, h, p.mi)
		st.Time = z.in(z.date(y, p.mo, p.d, h, p.mi, p.sec, p.ns))
		if p.hasZone2 {
			z2 := p.zone2.resolve(loc, y, p.mo, p.d, h, p.mi)
			if !z2.date(y, p.mo, p.d, h, p.mi, p.sec, p.ns).Equal(st.Time) {
				return "two time zones that disagree"
			}
		}
		st.HasDate, st.HasYear = true, p.hasYear
		return ""
	}
	ry, rm, rd := ref.In(loc).Date()
	z := p.zone.resolve(loc, ry, rm, rd, h, p.mi)
	y, mo, d := z.wall(ref)
	t := z.date(y, mo, d, h, p.mi, p.sec, p.ns)
	switch {
	case p.hasShift:
		t = z.addDays(t, p.shift)
		st.HasDate, st.HasYear, st.Relative = true, true, true
	case p.wday != 0:
		back := (int(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Weekday()) - int(p.wday-1) + 7) % 7
		t = z.addDays(t, -back)
		if t.After(ref) {
			t = z.addDays(t, -7)
		}
		st.HasDate, st.HasYear = true, true
	default:
		if t.After(ref) {
			t = z.addDays(t, -1)
		}
	}
	if p.hasZone2 {
		z2 := p.zone2.resolve(loc, ry, rm, rd, h, p.mi)
		if !z2.date(y, mo, d, h, p.mi, p.sec, p.ns).Equal(z.date(y, mo, d, h, p.mi, p.sec, p.ns)) {
			return "two time zones that disagree"
		}
	}
	st.Time = z.in(t)
	return ""
}
