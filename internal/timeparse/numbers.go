package timeparse

import "github.com/liveblog-go/liveblog/internal/lexicon"

// number reads the number token toks[i] and what goes with it.
func (n *Normalizer) number(s string, toks []token, i int, p *parsed) (int, string) {
	t := &toks[i]
	switch np := t.nparts; {
	case np >= 2 && t.seps[0] == ':':
		return p.colonClock(s, toks, i)
	case np == 3:
		return i + 1, n.numericDate(t, p)
	case np == 2 && t.seps[0] == '.':
		return p.dotted(s, toks, i)
	case np == 2 && t.seps[0] == '/':
		if t.ndig[0] > 2 || t.ndig[1] > 2 {
			return i, "malformed date"
		}
		d, mo := int(t.vals[0]), int(t.vals[1])
		if n.monthFirst('/') {
			d, mo = mo, d
		} else if !p.mdFirst {
			p.dayFirstGuess = d <= 12 && mo <= 12 && n.autoOrder()
		}
		d, mo = p.dayMonth(d, mo)
		return i + 1, p.setDate(0, mo, d, false)
	case np == 2 && t.seps[0] == '-' && t.ndig[0] == 2 && t.ndig[1] == 2 &&
		(p.hasClock || colonClockAhead(toks[i+1:])):
		// 10-15 09:41: an ISO date without its year, as Chinese news
		// lists print it; only beside a clock, so "10-15" alone stays
		// a range.
		return i + 1, p.setDate(0, int(t.vals[0]), int(t.vals[1]), false)
	case np != 1:
		return i, "malformed number"
	}
	if j, ok, reason := p.spacedDate(toks, i); ok {
		return j, reason
	}
	return p.plainNumber(s, toks, i)
}

// dotted reads a number of two parts joined by a dot: a clock (14.18)
// or a day and month (27.08.).
func (p *parsed) dotted(s string, toks []token, i int) (int, string) {
	t := &toks[i]
	if t.ndig[0] > 2 || t.ndig[1] != 2 && !(t.ndig[1] == 1 && t.trailDot) {
		return i, "malformed time or date"
	}
	switch {
	case p.hasDate && !p.hasClock:
		// 29.02.2020 13.12: a clock after a date.
	case p.hasClock || t.trailDot || colonClockAhead(toks[i+1:]):
		// 27.08. or 27.08 beside a time: a day and month.
		d, mo := p.dayMonth(int(t.vals[0]), int(t.vals[1]))
		return i + 1, p.setDate(0, mo, d, false)
	}
	return p.setClock(s, toks, i+1, int(t.vals[0]), int(t.vals[1]), 0, 0)
}

// spacedDate reads a dotted date with spaces after its dots: "14. 10.
// 2025" (the year is read as a bare year after it), "26. 10.21".
//
// A year first ("2021. 9. 6.", as Korean and Hungarian print dates) is
// followed by the month, then the day.
func (p *parsed) spacedDate(toks []token, i int) (int, bool, string) {
	t := &toks[i]
	if t.trailDot && t.ndig[0] == 4 && isNum(toks, i+1) && isNum(toks, i+2) {
		u, v := &toks[i+1], &toks[i+2]
		if u.nparts == 1 && u.trailDot && u.ndig[0] <= 2 && v.nparts == 1 && v.ndig[0] <= 2 {
			return i + 3, true, p.setDate(int(t.vals[0]), int(u.vals[0]), int(v.vals[0]), true)
		}
	}
	if !t.trailDot || t.ndig[0] > 2 || !isNum(toks, i+1) {
		return i, false, ""
	}
	u := &toks[i+1]
	switch {
	case u.nparts == 1 && u.trailDot && u.ndig[0] <= 2:
		d, mo := p.dayMonth(int(t.vals[0]), int(u.vals[0]))
		return i + 2, true, p.setDate(0, mo, d, false)
	case u.nparts == 2 && u.seps[0] == '.' && u.ndig[0] <= 2 && u.ndig[1] == 4:
		return i + 2, true, p.setDate(int(u.vals[1]), int(u.vals[0]), int(t.vals[0]), true)
	case u.nparts == 2 && u.seps[0] == '.' && u.ndig[0] <= 2 && u.ndig[1] == 2:
		reason := p.setDate(0, int(u.vals[0]), int(t.vals[0]), false)
		p.y, p.hasYear, p.yy2 = int(u.vals[1]), true, true
		return i + 2, true, reason
	}
	return i, false, ""
}

// dayMonth returns the day and month of a date of two numbers printed
// day first (a, b), as most languages print them: month first in a
// stamp whose languages print the month first ("10/15", "10.15" in
// Japanese, Chinese, Korean or Hungarian), and the other way round when
// the month would be out of range and the day can be a month ("14:05
// 15/10" in a US zone).
func (p *parsed) dayMonth(a, b int) (d, mo int) {
	d, mo = a, b
	if p.mdFirst {
		d, mo = b, a
	}
	if p.auto && mo > 12 && d <= 12 {
		d, mo = mo, d
	}
	return d, mo
}

// colonClock reads 14:18, 14:18:05 and 14:18:05.123. Minutes and seconds
// of one digit ("5:7:51", "9:7:8", "4:8 PM", as log lines and some CMSs
// print them) are read only after a date, so that a score ("4:1") or a
// ratio stays what it is.
func (p *parsed) colonClock(s string, toks []token, i int) (int, string) {
	t := &toks[i]
	np := t.nparts
	short := p.hasDate || p.month != 0
	if t.ndig[0] > 2 || t.ndig[1] != 2 && !(t.ndig[1] == 1 && short) {
		return i, "malformed time"
	}
	sec, ns := 0, 0
	if np >= 3 {
		if t.seps[1] != ':' || t.ndig[2] != 2 && !(t.ndig[2] == 1 && short) {
			return i, "malformed time"
		}
		sec = int(t.vals[2])
	}
	if np == 4 {
		if t.seps[2] != '.' {
			return i, "malformed time"
		}
		ns = fraction(t.vals[3], int(t.ndig[3]))
	}
	return p.setClock(s, toks, i+1, int(t.vals[0]), int(t.vals[1]), sec, ns)
}

// plainNumber reads a number of one part — the hour of 14h18, 2pm or
// 14 Uhr, the count of a relative stamp, a year, a number with its
// marker (2025年), a day of the month — in the stamp's languages, then
// in all the Normalizer's, then in English.
func (p *parsed) plainNumber(s string, toks []token, i int) (int, string) {
	if j, reason, ok := p.plainIn(s, toks, i, p.pref); ok {
		return j, reason
	}
	if p.pref != p.all {
		if j, reason, ok := p.plainIn(s, toks, i, p.all); ok {
			return j, reason
		}
	}
	if p.all&vocab.en == 0 {
		// English last, as for words (see Normalizer.word).
		if j, reason, ok := p.plainIn(s, toks, i, vocab.en); ok {
			return j, reason
		}
	}
	return i, "a number that is neither a time nor a date"
}

// plainIn is plainNumber in the languages m.
func (p *parsed) plainIn(s string, toks []token, i int, m langSet) (int, string, bool) {
	p.m = m
	t := &toks[i]
	v, nd := int(t.vals[0]), t.ndig[0]
	fl := flagsAt(toks, i+1, m)
	if fl&wH != 0 && nd <= 2 {
		if j, reason, ok := p.hourMinutes(s, toks, i, m); ok {
			return j, reason, true
		}
	}
	// 5 min ago, 2h ago, vor 5 Minuten, 5分前
	if j, ok := p.relativeAt(toks, i, int64(v)); ok {
		return j, "", true
	}
	if v <= 31 && nd <= 2 && fl&wDayMark == 0 && dayUnitAt(toks, i+1, m) && isNum(toks, i+2) && toks[i+2].seps[0] == ':' {
		// 2 Tage 18:50: a count of days and a clock, as feed widgets
		// print "vor 2 Tagen, 18:50": that day at that clock (not the
		// day of the month of "10월 15일 14:18").
		return i + 2, p.setShift(-v), true
	}
	switch {
	case fl&wH != 0 && toks[i+1].attached && nd <= 2:
		// à 14h, 14時, 14시
		j, reason := p.setClock(s, toks, i+2, v, 0, 0, 0)
		return j, reason, true
	case fl&(wYearMark|wMonthMark|wDayMark) != 0:
		if j, reason, ok := p.markedNumber(toks, i, fl); ok {
			return j, reason, true
		}
	}
	// 12 noon, 12 midnight
	if v == 12 && nd == 2 {
		if ph, j := phraseAt(toks, i+1, m); ph != nil && ph.kind == phClock {
			p.hasClock, p.h = true, 12
			return j, p.setPhrase(ph, j), true
		}
	}
	// 2pm, 2 p.m.
	if a, _, _ := ampmAt(s, toks, i+1, m); a != 0 && nd <= 2 {
		j, reason := p.setClock(s, toks, i+1, v, 0, 0, 0)
		return j, reason, true
	}
	// 14 Uhr
	if fl&wUhr != 0 && nd <= 2 {
		j, reason := p.setClock(s, toks, i+1, v, 0, 0, 0)
		return j, reason, true
	}
	return p.bareNumber(toks, i, m)
}

// hourMinutes reads the hour toks[i], its marker and the minutes after
// it: 14h18, 14 h 18, 14時18分, 9시 5분; or, when the words go on past
// them or a marker stands before, a relative time of two units ("1 h 20
// min ago", "il y a 1 h 05").
func (p *parsed) hourMinutes(s string, toks []token, i int, m langSet) (int, string, bool) {
	if !isNum(toks, i+2) {
		return i, "", false
	}
	u := &toks[i+2]
	if u.nparts != 1 || u.ndig[0] != 2 && (u.ndig[0] != 1 || flagsAt(toks, i+3, m)&wEnd == 0) {
		return i, "", false
	}
	rel, span, pre := p.rel, p.span, p.preUsed
	if j, ok := p.relativeAt(toks, i, toks[i].vals[0]); ok && j >= i+3 {
		return j, "", true
	}
	p.rel, p.span, p.preUsed = rel, span, pre
	j, reason := p.setClock(s, toks, i+3, int(toks[i].vals[0]), int(u.vals[0]), 0, 0)
	if reason == "" && j == i+4 && isNum(toks, j) && toks[j].nparts == 1 && toks[j].ndig[0] <= 2 &&
		toks[j].vals[0] <= 59 && flagsAt(toks, j+1, m)&wEnd != 0 {
		// 23時05分11秒, 14시 18분 30초: the seconds after the minutes' marker.
		p.sec = int(toks[j].vals[0])
		j += 2
	}
	return j, reason, true
}

// markedNumber reads a number with its marker: a year (2025年, 2025 г.),
// a month number (10月, 10월) or a day (15日, 15일).
func (p *parsed) markedNumber(toks []token, i int, fl uint16) (int, string, bool) {
	v, nd := int(toks[i].vals[0]), toks[i].ndig[0]
	switch {
	case fl&wYearMark != 0 && nd == 4:
		return i + 2, p.addYear(v, false), true
	case fl&wYearMark != 0 && nd == 2:
		return i + 2, p.addYear(v, true), true
	case fl&wMonthMark != 0 && nd <= 2:
		return i + 2, p.setMonth(v, i), true
	case fl&wDayMark != 0 && nd <= 2 && v >= 1 && v <= 31:
		if p.dayMarked {
			return i + 2, "two days", true
		}
		p.dayMarked, p.dayVal = true, v
		return i + 2, "", true
	}
	return i, "", false
}

// Buddhist-era years, as Thai pages print them (2568 is 2025), are read
// from beYearMin on: no page prints a year that far ahead.
const (
	beYearMin  = 2400
	beYearDiff = 543
)

// bareNumber reads a number on its own: a year of four digits (a
// Buddhist-era one from 2400 on), or a number of one or two digits that
// placeNumbers gives its role (a day, or a two-digit year: "7 oct 70",
// "Oct. 7, '70", "03-Jul-15").
func (p *parsed) bareNumber(toks []token, i int, m langSet) (int, string, bool) {
	t := &toks[i]
	v, nd := int(t.vals[0]), t.ndig[0]
	switch {
	case nd == 4 && v >= minYear && v <= maxYear:
		return i + 1, p.addYear(v, false), true
	case nd == 4 && v >= beYearMin && v-beYearDiff <= maxYear:
		return i + 1, p.addYear(v-beYearDiff, false), true
	case nd <= 2 && v >= 1:
		if p.nsmall == len(p.small) {
			return i, "too many numbers", true
		}
		apos := i > 0 && t.attached && (isPunct(toks, i-1, '\'') || isPunct(toks, i-1, '’'))
		p.small[p.nsmall] = smallNum{v: v, tok: i, apos: apos}
		p.nsmall++
		if flagsAt(toks, i+1, m)&wOrdinal != 0 && toks[i+1].attached {
			return i + 2, "", true
		}
		return i + 1, "", true
	}
	return i, "", false
}

// addYear records a printed year; two reports two digits.
func (p *parsed) addYear(v int, two bool) string {
	p.yearN++
	p.yearVal, p.yearTwo = v, two
	return ""
}

// placeNumbers gives the bare numbers their roles once every token has
// been read: a month takes a day and a year.
func (p *parsed) placeNumbers() string {
	if p.month == 0 {
		switch {
		case p.nsmall > 0 || p.dayMarked:
			return "a number that is neither a time nor a date"
		case p.yearN > 0:
			if !p.hasDate || p.hasYear || p.yearN > 1 {
				return "a number that is neither a time nor a date"
			}
			p.y, p.hasYear, p.yy2 = p.yearVal, true, p.yearTwo
		}
		return ""
	}
	day, year, two, reason := p.monthNumbers()
	if reason != "" {
		return reason
	}
	hasYear := year >= 0
	if p.yearN > 0 {
		if hasYear || p.yearN > 1 {
			return "two years"
		}
		year, two, hasYear = p.yearVal, p.yearTwo, true
	}
	if reason := p.setDate(year, int(p.month), day, hasYear && !two); reason != "" {
		return reason
	}
	p.hasYear, p.yy2 = hasYear, two
	if two {
		p.y = year
	}
	return ""
}

// monthNumbers returns the day and the two-digit year (-1 when none)
// among the small numbers that go with a month: one is the day; of two,
// the one after an apostrophe or above 31 is the year, else the one
// after the month when the other is before it ("03-Jul-15").
func (p *parsed) monthNumbers() (day, year int, two bool, reason string) {
	if p.dayMarked {
		if p.nsmall > 0 {
			return 0, 0, false, "too many numbers"
		}
		return p.dayVal, -1, false, ""
	}
	switch p.nsmall {
	case 0:
		return 0, 0, false, "month without a day"
	case 1:
		a := p.small[0]
		if a.apos || a.v > 31 {
			return 0, 0, false, "month without a day"
		}
		return a.v, -1, false, ""
	case 2:
		a, b := p.small[0], p.small[1]
		switch {
		case (a.apos || a.v > 31) && !b.apos && b.v <= 31:
			return b.v, a.v, true, ""
		case (b.apos || b.v > 31) && !a.apos && a.v <= 31:
			return a.v, b.v, true, ""
		case !a.apos && !b.apos && a.tok < p.monthTok && b.tok > p.monthTok:
			return a.v, b.v, true, ""
		}
	}
	return 0, 0, false, "too many numbers"
}

// numericDate reads a three-part numeric date: 2021-09-06, 06.09.2021,
// 6/9/21, 09/06/2021 (month-first, see DateOrder).
func (n *Normalizer) numericDate(t *token, p *parsed) string {
	sep := t.seps[0]
	if t.seps[1] != sep || sep == ':' {
		return "malformed date"
	}
	a, b, c := int(t.vals[0]), int(t.vals[1]), int(t.vals[2])
	if t.ndig[0] == 4 {
		if t.ndig[1] > 2 || t.ndig[2] > 2 {
			return "malformed date"
		}
		return p.setDate(a, b, c, true)
	}
	if t.ndig[0] > 2 || t.ndig[1] > 2 || (t.ndig[2] != 4 && t.ndig[2] != 2) {
		return "malformed date"
	}
	d, mo := a, b
	if n.monthFirst(sep) {
		d, mo = b, a
	} else {
		p.dayFirstGuess = sep == '/' && d <= 12 && mo <= 12 && n.autoOrder()
	}
	if mo > 12 && d <= 12 && n.autoOrder() {
		d, mo = mo, d
	}
	if t.ndig[2] == 2 {
		reason := p.setDate(0, mo, d, false)
		p.y, p.hasYear, p.yy2 = c, true, true
		return reason
	}
	if c >= beYearMin && c-beYearDiff <= maxYear {
		c -= beYearDiff // 15/10/2568, a Buddhist-era year
	}
	return p.setDate(c, mo, d, true)
}

// colonClockAhead reports whether a hh:mm time follows, so that a
// preceding 06.09 is a date, not a time.
func colonClockAhead(toks []token) bool {
	for i := range toks {
		if toks[i].kind == tkNum && toks[i].nparts >= 2 && toks[i].seps[0] == ':' {
			return true
		}
	}
	return false
}

// dayUnitAt reports whether toks[j] is the unit word of a relative
// pattern of days in the languages m ("Tage", "Tagen", "days").
func dayUnitAt(toks []token, j int, m langSet) bool {
	w := word(toks, j)
	if w == nil {
		return false
	}
	for _, ri := range w.rels {
		if r := &vocab.rels[ri]; r.unit == lexicon.Day && r.langs&m != 0 && r.head == toks[j].wi && len(r.mid) == 0 {
			return true
		}
	}
	return false
}
