package timeparse

import "unicode/utf8"

// classify gives every token a role; a token with none makes the text
// something other than a timestamp, and classify returns why.
//
// Words are read in the stamp's languages first: those of the
// Normalizer that every word of the text shares (a word known in some
// of them narrows the set to those, unless that would leave none), so
// that "petak, 10. listopada 2025." is Croatian and its listopad
// October. Where a word still means different things, the first
// language in lexicon order wins; a word with no meaning in the stamp's
// languages is read in all the Normalizer's. When the stamp's languages
// include the page's (Normalizer.Language), the stamp is taken to be in
// it: "14h" on a French page is a clock, not English's "14 hours ago".
func (n *Normalizer) classify(s string, toks []token, p *parsed) string {
	p.all = n.langs()
	p.pref = narrow(toks, p.all)
	if n != nil && n.Language != "" {
		if page := langBit(n.Language) & p.pref; page != 0 {
			p.pref = page
		}
	}
	p.m = p.pref
	p.auto = n.autoOrder()
	p.mdFirst = p.auto && (p.pref&^vocab.mdFirst == 0 || p.pref == p.all && mdZones[n.location().String()])
	p.zoneTok, p.monthTok = -1, -1
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
		p.m = p.pref
		if reason != "" {
			return reason
		}
	}
	if p.npre > p.preUsed {
		return "a relative marker without a relative time"
	}
	if reason := p.placeNumbers(); reason != "" {
		return reason
	}
	p.relDaysAt()
	return p.check()
}

// relDaysAt reads a count of days or weeks back with a clock ("2 days
// ago at 14:00", "1 week ago at 12:00 am") as "yesterday at 14:00" is
// read: a day that many days back, at that clock. A relative stamp of
// hours or months, or one with a date or weekday, keeps its error.
func (p *parsed) relDaysAt() {
	if !p.rel || !p.hasClock || p.hasDate || p.hasShift || p.wday != 0 ||
		p.span.secs != 0 || p.span.months != 0 || p.span.days == 0 {
		return
	}
	p.rel, p.hasShift, p.shift = false, true, -p.span.days
}

// check returns why what the text said is no timestamp, or "".
func (p *parsed) check() string {
	switch {
	case p.rel && (p.hasClock || p.hasDate || p.hasShift || p.hasZone || p.wday != 0):
		return "a relative time with an absolute one"
	case p.hasShift && p.hasDate:
		return "a relative day with a date"
	case p.ampm != 0 && !p.hasClock:
		return "am or pm without a time"
	case !p.hasClock && !p.hasDate && !p.rel && !p.hasShift && p.wday == 0:
		return "no time or date"
	case p.wday != 0 && !p.hasClock && !p.hasDate && (p.hasZone || p.wdayShort):
		// "So", "Do", "Mi" alone are words more often than weekdays.
		return "a weekday abbreviation or a zone without a time"
	}
	return ""
}

// narrow returns the languages of m that the words of the text share;
// see classify.
func narrow(toks []token, m langSet) langSet {
	for i := range toks {
		if toks[i].kind != tkWord || toks[i].wi < 0 {
			continue
		}
		if l := vocab.words[toks[i].wi].langs & m; l != 0 {
			m = l
		}
	}
	return m
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
	if t.prefix || isISOT(s, toks, i) {
		return i + 1, ""
	}
	if j, reason, ok := p.wordIn(s, toks, i, w, p.pref); ok {
		return j, reason
	}
	// A word with no meaning in the stamp's languages is read in all of
	// the Normalizer's; a relative marker of the stamp's own is not read
	// as another language's word ("ago" of "1 mon ago" is no August).
	if p.pref != p.all && w.flagsIn(p.pref)&(wPreMarker|wPostMarker) == 0 {
		if j, reason, ok := p.wordIn(s, toks, i, w, p.all); ok {
			return j, reason
		}
	}
	// Last, English, which pages in every language print beside their
	// own ("Updated: 15 अक्टूबर 2025, 02:18 PM IST").
	if p.all&vocab.en == 0 && w.flagsIn(p.pref)&(wPreMarker|wPostMarker) == 0 {
		if j, reason, ok := p.wordIn(s, toks, i, w, vocab.en); ok {
			return j, reason
		}
	}
	return i, "unexpected word " + quote(s[t.start:t.end])
}

// isISOT reports whether toks[i] is the T between an ISO date and its
// clock: 2021-09-06T14:18 followed by more than RFC 3339 allows.
func isISOT(s string, toks []token, i int) bool {
	t := &toks[i]
	return t.end-t.start == 1 && (s[t.start] == 'T' || s[t.start] == 't') && t.attached &&
		isNum(toks, i-1) && isNum(toks, i+1) && toks[i+1].attached
}

// wordIn reads the word toks[i] in the languages m: the phrase it
// starts, a zone, the count of a relative stamp, an am/pm marker before
// a clock, a month marker before its number, or a meaning of its own.
func (p *parsed) wordIn(s string, toks []token, i int, w *wordInfo, m langSet) (int, string, bool) {
	p.m = m
	if ph, j := phraseAt(toks, i, m); ph != nil {
		return j, p.setPhrase(ph, j), true
	}
	if w.zone != 0 {
		return i + 1, p.setZone(zoneSpec{kind: zAbbr, idx: w.zone - 1}, i), true
	}
	// an hour ago, vor einer Stunde, il y a une heure
	if v, ok := valueFor(w.counts, m); ok {
		if j, ok := p.relativeAt(toks, i, int64(v)); ok {
			return j, "", true
		}
	}
	// 오후 2:18, 下午2:18, du. 2:18
	if a, j, info := ampmAt(s, toks, i, m); a != 0 && info.first&m != 0 && clockAhead(toks, j, m) {
		if p.ampm != 0 {
			return j, "two am/pm markers", true
		}
		p.ampm = a
		return j, "", true
	}
	// tháng 10
	if w.flagsIn(m)&wMonthPre != 0 && isNum(toks, i+1) && toks[i+1].nparts == 1 && toks[i+1].ndig[0] <= 2 {
		return i + 2, p.setMonth(int(toks[i+1].vals[0]), i), true
	}
	return p.ownMeaning(s, toks, i, w, m)
}

// roleLangs returns the languages in which w has a meaning of its own
// (a day shift, month, weekday, filler or marker) among m.
func (w *wordInfo) roleLangs(m langSet) langSet {
	var l langSet
	for _, vs := range [][]valueIn{w.shifts, w.months, w.wdays} {
		for _, v := range vs {
			l |= v.langs
		}
	}
	for _, f := range w.flags {
		if f.f&(wFiller|wPreMarker) != 0 {
			l |= f.langs
		}
	}
	return l & m
}

// ownMeaning reads toks[i] by the meaning it has alone in the first of
// the languages m that gives it one.
func (p *parsed) ownMeaning(s string, toks []token, i int, w *wordInfo, m langSet) (int, string, bool) {
	first := w.roleLangs(m).first()
	if first == 0 {
		return i, "", false
	}
	if v, ok := valueFor(w.shifts, first); ok {
		return i + 1, p.setShift(v), true
	}
	if v, ok := valueFor(w.months, first); ok {
		return i + 1, p.setMonthWord(toks, i, v, m), true
	}
	if v, ok := valueFor(w.wdays, first); ok {
		p.wdayShort = utf8.RuneCountInString(s[toks[i].start:toks[i].end]) <= 2
		return i + 1, p.setWday(v), true
	}
	// A filler in any of the languages is one, rather than a marker.
	switch fl := w.flagsIn(m); {
	case fl&wFiller != 0:
		return i + 1, "", true
	case fl&wPreMarker != 0:
		p.npre++
		return i + 1, "", true
	}
	return i, "", false
}

// setMonthWord records the month name toks[i]. A second month name
// makes one of the two a weekday where it can be one: "mar." is March in
// Spanish and Tuesday in French, and "mar. 14 oct." has October.
func (p *parsed) setMonthWord(toks []token, i, v int, m langSet) string {
	if p.month == 0 {
		return p.setMonth(v, i)
	}
	if d, ok := valueFor(word(toks, i).wdays, m); ok {
		return p.setWday(d)
	}
	if d, ok := valueFor(word(toks, p.monthTok).wdays, m); ok {
		p.month, p.monthTok = uint8(v), i
		return p.setWday(d)
	}
	return "two months"
}

// setWday records weekday d+1.
func (p *parsed) setWday(d int) string {
	if p.wday != 0 {
		return "two weekdays"
	}
	p.wday = uint8(d)
	return ""
}

// setMonth records month number v, named or marked at toks[tok].
func (p *parsed) setMonth(v, tok int) string {
	if p.month != 0 {
		return "two months"
	}
	if v < 1 || v > 12 {
		return "month out of range"
	}
	p.month, p.monthTok = uint8(v), tok
	return ""
}

// clockAhead reports whether toks[j] is a clock: "2:18", "9.05", or an
// hour with its marker ("2時", "9시", "10 बजे").
func clockAhead(toks []token, j int, m langSet) bool {
	if !isNum(toks, j) {
		return false
	}
	t := &toks[j]
	if t.nparts >= 2 {
		return t.seps[0] == ':' || t.seps[0] == '.' && t.nparts == 2
	}
	return flagsAt(toks, j+1, m)&(wH|wUhr) != 0
}

// punct reads a punctuation token: a sign before a zone offset, or
// nothing.
func (n *Normalizer) punct(toks []token, i int, p *parsed) (int, string) {
	t := &toks[i]
	if t.r != '+' && t.r != '-' && t.r != '−' || i+1 >= len(toks) ||
		toks[i+1].kind != tkNum || !toks[i+1].attached {
		return i + 1, ""
	}
	read, short := p.offsetPlace(toks, i)
	if !read {
		return i + 1, ""
	}
	off, ok := offsetAt(&toks[i+1], short)
	if !ok {
		return i, "malformed offset"
	}
	if t.r != '+' {
		off = -off
	}
	p.dropUTCBefore(toks, i)
	return i + 2, p.setZone(zoneSpec{kind: zFixed, off: off}, i+1)
}

// offsetPlace reports whether the sign toks[i] starts a zone offset, and
// whether two digits may be one. An offset is glued to an abbreviation,
// the first zone or the second (GMT+3, PST-08, "+0800 (GMT+08:00)"), to
// an ISO date without a clock (2020-07-20+08:00), or follows a clock;
// two digits are one after an abbreviation, a zone, or a clock and a
// space ("09:30 +08").
func (p *parsed) offsetPlace(toks []token, i int) (bool, bool) {
	t := &toks[i]
	afterAbbr := p.hasZone && p.zone.kind == zAbbr && p.zoneTok == i-1 && t.attached
	after2 := p.hasZone2 && p.zone2.kind == zAbbr && p.zone2Tok == i-1 && t.attached
	afterDate := t.attached && !p.hasClock && isISODate(toks, i-1)
	afterClock := p.hasClock && (!t.attached || toks[i-1].kind == tkNum)
	return afterAbbr || after2 || afterDate || afterClock,
		afterAbbr || after2 || p.hasZone || p.hasClock && !t.attached
}

// dropUTCBefore forgets an abbreviation glued to the offset whose sign
// is toks[i] ("GMT+3", "(GMT+08:00)", "PST-0700"): the offset is the
// zone. (Of an abbreviation and an offset printed apart, "GMT+0800
// (CST)", the offset wins too: see assemble.)
func (p *parsed) dropUTCBefore(toks []token, i int) {
	if !toks[i].attached {
		return
	}
	switch {
	case p.hasZone && p.zone.kind == zAbbr && p.zoneTok == i-1 && !p.hasZone2:
		p.hasZone = false
	case p.hasZone2 && p.zone2.kind == zAbbr && p.zone2Tok == i-1:
		p.hasZone2 = false
	}
}

// isISODate reports whether toks[i] is a date written year first with
// hyphens: 2020-07-20.
func isISODate(toks []token, i int) bool {
	if !isNum(toks, i) {
		return false
	}
	t := &toks[i]
	return t.nparts == 3 && t.seps[0] == '-' && t.seps[1] == '-' && t.ndig[0] == 4
}
