package timeparse

// classify gives every token a role; a token with none makes the text
// something other than a timestamp, and classify returns why.
func (n *Normalizer) classify(s string, toks []token, p *parsed) string {
	p.m = n.langs()
	p.zoneTok = -1
	var reason string
	for i := 0; i < len(toks); {
		switch toks[i].kind {
		case tkNum:
			i, reason = n.number(s, toks, i, p)
		case tkWord:
			i, reason = n.word(s, toks, i, p)
		default:
			i, reason = n.punct(toks, i, p)
		}
		if reason != "" {
			return reason
		}
	}
	if reason := p.placeNumbers(); reason != "" {
		return reason
	}
	switch {
	case p.rel && (p.hasClock || p.hasDate || p.hasShift || p.hasZone):
		return "a relative time with an absolute one"
	case p.hasShift && p.hasDate:
		return "a relative day with a date"
	case !p.hasClock && !p.hasDate && !p.rel && !p.hasShift:
		return "no time or date"
	}
	return ""
}

// placeNumbers gives the bare numbers their roles once every token has
// been read: a month name takes the one day number there is, and a year.
func (p *parsed) placeNumbers() string {
	switch {
	case p.month != 0:
		if p.dayN != 1 {
			if p.dayN == 0 {
				return "month without a day"
			}
			return "too many numbers"
		}
		if p.yearN > 1 {
			return "two years"
		}
		return p.setDate(p.yearVal, int(p.month), p.dayVal, p.yearN == 1)
	case p.dayN > 0:
		return "a number that is neither a time nor a date"
	case p.yearN > 0:
		if !p.hasDate || p.hasYear || p.yearN > 1 {
			return "a number that is neither a time nor a date"
		}
		p.y, p.hasYear = p.yearVal, true
	}
	return ""
}

// number reads the number token toks[i] and what goes with it.
func (n *Normalizer) number(s string, toks []token, i int, p *parsed) (int, string) {
	t := &toks[i]
	switch np := t.nparts; {
	case np >= 2 && t.seps[0] == ':':
		return p.colonClock(s, toks, i)
	case np == 3:
		return i + 1, n.numericDate(t, p)
	case np == 2 && t.seps[0] == '.':
		if t.ndig[0] > 2 || t.ndig[1] != 2 && !(t.ndig[1] == 1 && t.trailDot) {
			return i, "malformed time or date"
		}
		if p.hasClock || t.trailDot || colonClockAhead(toks[i+1:]) {
			// 27.08. or 27.08 beside a time: a day and month.
			return i + 1, p.setDate(0, int(t.vals[1]), int(t.vals[0]), false)
		}
		return p.setClock(s, toks, i+1, int(t.vals[0]), int(t.vals[1]), 0, 0)
	case np == 2 && t.seps[0] == '/':
		if t.ndig[0] > 2 || t.ndig[1] > 2 {
			return i, "malformed date"
		}
		d, mo := int(t.vals[0]), int(t.vals[1])
		if n.monthFirst('/') {
			d, mo = mo, d
		}
		return i + 1, p.setDate(0, mo, d, false)
	case np != 1:
		return i, "malformed number"
	}
	return p.plainNumber(s, toks, i)
}

// colonClock reads 14:18, 14:18:05 and 14:18:05.123.
func (p *parsed) colonClock(s string, toks []token, i int) (int, string) {
	t := &toks[i]
	np := t.nparts
	if t.ndig[0] > 2 || t.ndig[1] != 2 {
		return i, "malformed time"
	}
	sec, ns := 0, 0
	if np >= 3 {
		if t.seps[1] != ':' || t.ndig[2] != 2 {
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

// plainNumber reads a number of one part: the hour of 14h18, 2pm or
// 14 Uhr, the count of a relative stamp, a year or a day of the month.
func (p *parsed) plainNumber(s string, toks []token, i int) (int, string) {
	t := &toks[i]
	v, nd := t.vals[0], t.ndig[0]
	fl := flagsAt(toks, i+1, p.m)
	// 14h18, 14 h 18
	if fl&wH != 0 && nd <= 2 && i+2 < len(toks) {
		if u := &toks[i+2]; u.kind == tkNum && u.nparts == 1 && u.ndig[0] == 2 {
			return p.setClock(s, toks, i+3, int(v), int(u.vals[0]), 0, 0)
		}
	}
	// 5 min ago, 2h ago, vor 5 Minuten
	if j, ok := p.relativeAt(toks, i, i+1, v); ok {
		return j, ""
	}
	if fl&wH != 0 && i+1 < len(toks) && toks[i+1].attached && nd <= 2 {
		return p.setClock(s, toks, i+2, int(v), 0, 0, 0) // "à 14h"
	}
	// 2pm, 2 p.m.
	if a, _ := ampmAt(s, toks, i+1, p.m); a != 0 && nd <= 2 {
		return p.setClock(s, toks, i+1, int(v), 0, 0, 0)
	}
	// 14 Uhr
	if fl&wUhr != 0 && nd <= 2 {
		return p.setClock(s, toks, i+1, int(v), 0, 0, 0)
	}
	switch {
	case nd == 4 && v >= minYear && v <= maxYear:
		p.yearN++
		p.yearVal = int(v)
		return i + 1, ""
	case nd <= 2 && v >= 1 && v <= 31:
		p.dayN++
		p.dayVal = int(v)
		if flagsAt(toks, i+1, p.m)&wOrdinal != 0 && toks[i+1].attached {
			return i + 2, ""
		}
		return i + 1, ""
	}
	return i, "a number that is neither a time nor a date"
}

// word reads the word token toks[i] and the words that go with it.
func (n *Normalizer) word(s string, toks []token, i int, p *parsed) (int, string) {
	t := &toks[i]
	if n != nil && n.Zones != nil {
		if l := n.customZone(s[t.start:t.end]); l != nil {
			return i + 1, p.setZone(zoneSpec{kind: zCustom, loc: l}, i)
		}
	}
	w := word(toks, i)
	if w == nil {
		return i, "unknown word " + quote(s[t.start:t.end])
	}
	m := p.m
	if ph, j := phraseAt(toks, i, m); ph != nil {
		return j, p.setPhrase(ph, j)
	}
	if w.zone != 0 {
		return i + 1, p.setZone(zoneSpec{kind: zAbbr, idx: w.zone - 1}, i)
	}
	if v, ok := valueFor(w.shifts, m); ok {
		return i + 1, p.setShift(v)
	}
	if v, ok := valueFor(w.months, m); ok {
		if p.month != 0 {
			return i, "two months"
		}
		p.month = uint8(v)
		return i + 1, ""
	}
	if v, ok := valueFor(w.wdays, m); ok {
		p.wday = uint8(v)
		return i + 1, ""
	}
	// an hour ago, vor einer Stunde, il y a une heure
	if v, ok := valueFor(w.counts, m); ok {
		if j, ok := p.relativeAt(toks, i, i+1, int64(v)); ok {
			return j, ""
		}
	}
	// час назад, godzinę temu, un'ora fa
	if j, ok := p.relativeAt(toks, i, i, 0); ok {
		return j, ""
	}
	switch fl := w.flagsIn(m); {
	case fl&(wFiller|wPreMarker) != 0:
		return i + 1, ""
	case t.end-t.start == 1 && (s[t.start] == 'T' || s[t.start] == 't') && t.attached &&
		i > 0 && toks[i-1].kind == tkNum && i+1 < len(toks) && toks[i+1].kind == tkNum && toks[i+1].attached:
		return i + 1, "" // 2021-09-06T14:18 followed by more than RFC 3339 allows
	}
	return i, "unexpected word " + quote(s[t.start:t.end])
}

// punct reads a punctuation token: a sign before a zone offset, or
// nothing.
func (n *Normalizer) punct(toks []token, i int, p *parsed) (int, string) {
	t := &toks[i]
	if (t.r == '+' || t.r == '-' || t.r == '−') && i+1 < len(toks) &&
		toks[i+1].kind == tkNum && toks[i+1].attached {
		afterUTC := p.hasZone && p.zone.kind == zAbbr && zoneDefs[p.zone.idx].utc &&
			p.zoneTok == i-1 && t.attached
		if afterUTC || p.hasClock && (!t.attached || toks[i-1].kind == tkNum) {
			off, ok := offsetAt(&toks[i+1], afterUTC)
			if !ok {
				return i, "malformed offset"
			}
			if t.r != '+' {
				off = -off
			}
			if afterUTC {
				p.hasZone = false
			}
			return i + 2, p.setZone(zoneSpec{kind: zFixed, off: off}, i+1)
		}
	}
	return i + 1, ""
}
