package timeparse

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// setClock records a time of day and the clock word or am/pm marker
// after it; it returns the index of the token after them.
func (p *parsed) setClock(s string, toks []token, next, h, mi, sec, ns int) (int, string) {
	if p.hasClock {
		return next, reasonTwoClocks
	}
	if h > 23 || mi > 59 || sec > 60 {
		return next, "time of day out of range"
	}
	p.hasClock, p.h, p.mi, p.sec, p.ns = true, h, mi, sec, ns
	if flagsAt(toks, next, p.m)&(wH|wUhr|wEnd) != 0 {
		// "14:05 h", "12.31 Uhr", "12:31 hod.", "14時18分".
		return next + 1, ""
	}
	if a, j, _ := ampmAt(s, toks, next, p.m); a != 0 {
		if h < 1 || h > 12 || p.ampm != 0 {
			// Not a 12-hour clock: "am" after 14:18 is German for "on".
			// A marker of several words ("a.m.") is no filler word,
			// even where each of its words is one in some language.
			if flagsAt(toks, next, p.m)&wFiller == 0 || j > next+2 {
				return next, "hour out of range for am/pm"
			}
			return next, ""
		}
		p.ampm, next = a, j
	}
	return next, ""
}

func (p *parsed) setDate(y, mo, d int, hasYear bool) string {
	if p.hasDate {
		return "two dates"
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return "date out of range"
	}
	if hasYear && (y < minYear || y > maxYear) {
		return "year out of range"
	}
	p.hasDate, p.hasYear, p.y, p.mo, p.d = true, hasYear, y, time.Month(mo), d
	return ""
}

func (p *parsed) setShift(days int) string {
	if p.hasShift {
		return "two relative days"
	}
	p.hasShift, p.shift = true, days
	return ""
}

func (p *parsed) setZone(z zoneSpec, tok int) string {
	if p.hasZone {
		if p.hasZone2 {
			return "three time zones"
		}
		p.zone2, p.hasZone2, p.zone2Tok = z, true, tok
		return ""
	}
	p.zone, p.hasZone, p.zoneTok = z, true, tok
	return ""
}

// setPhrase records what a phrase that ends before toks[end] means.
func (p *parsed) setPhrase(ph *phrase, end int) string {
	switch ph.kind {
	case phZone:
		return p.setZone(zoneSpec{kind: zAbbr, idx: uint16(ph.val)}, end-1)
	case phNow:
		return p.relNow()
	case phMonth:
		return p.setMonth(int(ph.val), end-1)
	case phWday:
		return p.setWday(int(ph.val))
	case phClock:
		if p.hasClock {
			return p.twelveIs(int(ph.val))
		}
		p.hasClock, p.h = true, int(ph.val)
	case phFixed:
		return p.setFixed(ph.unit, int(ph.val))
	case phShift:
		return p.setShift(int(ph.val))
	}
	return ""
}

// twelveIs reads "noon" or "midnight" (hour h, 12 or 0) after a clock
// already read: "12:00 noon", "12 midnight" say one time twice, any
// other clock is a second time of day.
func (p *parsed) twelveIs(h int) string {
	if p.h != 12 || p.mi != 0 || p.sec != 0 || p.ampm != 0 {
		return reasonTwoClocks
	}
	p.h = h
	return ""
}

// phraseAt returns the longest phrase of the languages m that starts at
// toks[i], and the index after it; nil when none does. Hyphens and dots
// between its words are passed over ("avant-hier", "ต.ค.").
func phraseAt(toks []token, i int, m langSet) (*phrase, int) {
	w := word(toks, i)
	if w == nil {
		return nil, i
	}
	var best *phrase
	bestEnd := i
	for _, pi := range w.phrases {
		ph := &vocab.phrases[pi]
		if ph.langs&m == 0 {
			continue
		}
		j, k := i, 0
		for ; k < len(ph.words) && j < len(toks); k++ {
			if k > 0 && (isPunct(toks, j, '-') || isPunct(toks, j, '.')) {
				j++
			}
			if j >= len(toks) || toks[j].kind != tkWord || toks[j].wi != ph.words[k] {
				break
			}
			j++
		}
		if k == len(ph.words) && j > bestEnd {
			best, bestEnd = ph, j
		}
	}
	return best, bestEnd
}

// customZone looks w up in Normalizer.Zones without allocating.
func (n *Normalizer) customZone(w string) *time.Location {
	var buf [32]byte
	b := buf[:0]
	for _, r := range w {
		r = unicode.ToUpper(r)
		if len(b)+utf8.RuneLen(r) > cap(b) {
			return nil
		}
		b = utf8.AppendRune(b, r)
	}
	return n.Zones[string(b)]
}

// offsetAt reads the offset in the number token t after a sign: 0300,
// 03:00, and, after a zone (GMT+3, PST-08, +0300 +03), 3 or 03.
func offsetAt(t *token, short bool) (int, bool) {
	var h, m int64
	switch {
	case t.nparts == 1 && t.ndig[0] == 4:
		h, m = t.vals[0]/100, t.vals[0]%100
	case t.nparts == 1 && t.ndig[0] <= 2 && short:
		h = t.vals[0]
	case t.nparts == 2 && t.seps[0] == ':' && t.ndig[0] <= 2 && t.ndig[1] == 2:
		h, m = t.vals[0], t.vals[1]
	default:
		return 0, false
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	return int(h)*hour + int(m)*60, true
}
