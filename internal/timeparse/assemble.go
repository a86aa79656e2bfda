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
		// Seconds to hours are exact durations; days and weeks calendar
		// days at the same clock, months and years calendar months.
		t := ref.In(loc).AddDate(0, -p.span.months, -p.span.days)
		t = t.Add(-time.Duration(p.span.secs) * time.Second)
		if t.Year() < 1 {
			// "5000 years ago": before the calendar's first year.
			return "too far back"
		}
		st.Time = t
		st.HasDate, st.HasYear, st.Relative = true, true, true
		st.HasTime = p.span.unit < lexicon.Day
		return ""
	}
	if p.hasShift && !p.hasClock {
		// "yesterday" alone: the reference time that many days back.
		st.Time = ref.In(loc).AddDate(0, 0, p.shift)
		st.HasDate, st.HasYear, st.Relative = true, true, true
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
	zone, zone2 := p.printedZone()
	st.HasZone, st.HasTime = p.hasZone, p.hasClock
	if p.hasDate {
		return p.assembleDate(st, zone, zone2, loc, ref, h)
	}
	ry, rm, rd := ref.In(loc).Date()
	z := zone.resolve(loc, ry, rm, rd, h, p.mi)
	y, mo, d := z.wall(ref)
	t := z.date(y, mo, d, h, p.mi, p.sec, p.ns)
	if !agree(zone2, loc, t, y, mo, d, h, p) {
		return "two time zones that disagree"
	}
	switch {
	case p.hasShift:
		t = z.addDays(t, p.shift)
		st.HasDate, st.HasYear, st.Relative = true, true, true
	case p.wday != 0:
		back := (int(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Weekday()) - int(p.wday-1) + 7) % 7
		if back == 0 && !p.hasClock {
			back = 7 // a weekday alone is the latest one before today
		}
		t = z.addDays(t, -back)
		if t.After(ref) {
			t = z.addDays(t, -7)
		}
		st.HasDate, st.HasYear = true, true
		st.Relative = !p.hasClock
	default:
		if t.After(ref) {
			t = z.addDays(t, -1)
		}
	}
	st.Time = z.in(t)
	return ""
}

// assembleDate is assemble for a stamp with a date.
func (p *parsed) assembleDate(st *Stamp, zone zoneSpec, zone2 *zoneSpec, loc *time.Location, ref time.Time, h int) string {
	if p.dayFirstGuess && zone.kind == zAbbr && zoneDefs[zone.idx].monthFirst {
		// "9/6/21 2:18 PM ET": a US zone, a US date.
		p.mo, p.d = time.Month(p.d), int(p.mo)
	}
	y := p.y
	switch {
	case p.yy2 && p.pref&^vocab.era == 0:
		// "15 ต.ค. 68": two digits of a year of the stamp's era.
		y = pivotYear((p.y+100-vocab.eraYears%100)%100, p.mo, p.d, ref.In(loc))
	case p.yy2:
		y = pivotYear(p.y, p.mo, p.d, ref.In(loc))
	case !p.hasYear:
		// The latest year that does not put the date more than a day
		// after the reference.
		y = latestYear(p.mo, p.d, ref.In(loc))
	}
	if p.d > daysIn(p.mo, y) {
		return "no such day"
	}
	z := zone.resolve(loc, y, p.mo, p.d, h, p.mi)
	t := z.date(y, p.mo, p.d, h, p.mi, p.sec, p.ns)
	if !agree(zone2, loc, t, y, p.mo, p.d, h, p) {
		return "two time zones that disagree"
	}
	st.Time = z.in(t)
	st.HasDate, st.HasYear = true, p.hasYear
	return ""
}

// latestYear is the latest year that has mo/d and does not put it more
// than a day after ref's date: "29 Feb" is in the latest leap year.
func latestYear(mo time.Month, d int, ref time.Time) int {
	ry, rm, rd := ref.Date()
	limit := time.Date(ry, rm, rd+1, 0, 0, 0, 0, time.UTC)
	y := ry
	if time.Date(ry, mo, min(d, daysIn(mo, ry)), 0, 0, 0, 0, time.UTC).After(limit) {
		y--
	}
	for k := 0; k < 8 && d > daysIn(mo, y); k++ {
		y--
	}
	return y
}

// pivotYear reads a two-digit year: the century that puts the date
// nearest ref without putting it more than a day after it ("21" is 2021
// from 2025 on, 1921 before 2021).
func pivotYear(yy int, mo time.Month, d int, ref time.Time) int {
	ry, rm, rd := ref.Date()
	limit := time.Date(ry, rm, rd+1, 0, 0, 0, 0, time.UTC)
	y := (ry/100)*100 + yy%100
	for time.Date(y, mo, min(d, 28), 0, 0, 0, 0, time.UTC).After(limit) {
		y -= 100
	}
	return y
}

// printedZone returns the zone the text printed, and a second one that
// must agree with it (nil when none). Of an offset and an abbreviation,
// the offset wins ("GMT+0800 (CST)", "-0700 (CEST)"); two
// abbreviations, or two offsets, must agree.
func (p *parsed) printedZone() (zoneSpec, *zoneSpec) {
	switch a, b := p.zone, p.zone2; {
	case !p.hasZone2:
		return a, nil
	case a.kind == zFixed && b.kind != zFixed:
		return a, nil
	case b.kind == zFixed && a.kind != zFixed:
		return b, nil
	}
	return p.zone, &p.zone2
}

// agree reports whether the second zone z2 (nil when none) puts the wall
// time at the same instant as t.
func agree(z2 *zoneSpec, loc *time.Location, t time.Time, y int, mo time.Month, d, h int, p *parsed) bool {
	if z2 == nil {
		return true
	}
	r := z2.resolve(loc, y, mo, d, h, p.mi)
	return r.date(y, mo, d, h, p.mi, p.sec, p.ns).Equal(t)
}
