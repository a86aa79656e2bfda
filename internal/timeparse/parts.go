package timeparse

import (
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// setClock records a time of day and the am/pm marker after it; it
// returns the index of the token after them.
func (p *parsed) setClock(s string, toks []token, next, h, mi, sec, ns int) (int, string) {
	if p.hasClock {
		return next, "two times of day"
	}
	if h > 23 || mi > 59 || sec > 60 {
		return next, "time of day out of range"
	}
	p.hasClock, p.h, p.mi, p.sec, p.ns = true, h, mi, sec, ns
	if flagsAt(toks, next, p.m)&wH != 0 {
		// "14:05 h": Spanish and Portuguese sites write the hour
		// marker after a full clock.
		return next + 1, ""
	}
	if a, j := ampmAt(s, toks, next, p.m); a != 0 {
		if h < 1 || h > 12 {
			// Not a 12-hour clock: "am" after 14:18 is German for "on".
			if flagsAt(toks, next, p.m)&wFiller == 0 {
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
	if t.ndig[2] == 2 {
		c += 2000
	}
	d, mo := a, b
	if n.monthFirst(sep) {
		d, mo = b, a
	}
	if mo > 12 && d <= 12 && (n == nil || n.Order == OrderAuto) {
		d, mo = mo, d
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

// unitLength is how long each lexicon.Unit is.
var unitLength = [...]time.Duration{
	lexicon.Second: time.Second,
	lexicon.Minute: time.Minute,
	lexicon.Hour:   time.Hour,
	lexicon.Day:    24 * time.Hour,
	lexicon.Week:   7 * 24 * time.Hour,
	lexicon.Month:  30 * 24 * time.Hour,
	lexicon.Year:   365 * 24 * time.Hour,
}

// relativeAt reads a relative stamp whose unit word is toks[u] and whose
// count starts at toks[first]: a number or a count word before the unit
// (first < u), or nothing (first == u: the unit word alone means one,
// "час назад"). It checks the markers of one of the unit's patterns
// around them — "vor" before the count, "ago" after the unit — and
// returns the index after the stamp.
func (p *parsed) relativeAt(toks []token, first, u int, count int64) (int, bool) {
	w := word(toks, u)
	if w == nil || p.rel || count > 100000 {
		return u, false
	}
	for _, ri := range w.rels {
		r := &vocab.rels[ri]
		if r.langs&p.m == 0 {
			continue
		}
		c := count
		switch {
		case r.count > 0 && first != u:
			continue // "un'ora fa" takes no number
		case r.count > 0:
			c = int64(r.count)
		case first == u:
			if len(r.pre)+len(r.post) == 0 {
				continue // a bare unit word is no stamp
			}
			c = 1
		}
		if !wordsBefore(toks, first, r.pre) {
			continue
		}
		end, ok := wordsAfter(toks, u+1, r.post)
		if !ok {
			continue
		}
		p.rel, p.relDur, p.relUnit = true, time.Duration(c)*unitLength[r.unit], r.unit
		return end, true
	}
	return u, false
}

// wordsBefore reports whether the word tokens right before toks[end] are
// words, in order.
func wordsBefore(toks []token, end int, words []int32) bool {
	start := end - len(words)
	if start < 0 {
		return false
	}
	for k, w := range words {
		if toks[start+k].kind != tkWord || toks[start+k].wi != w {
			return false
		}
	}
	return true
}

// wordsAfter reports whether words follow from toks[start] on (a dot
// after an abbreviated unit may come first: "5 Min. ago") and returns
// the index after them.
func wordsAfter(toks []token, start int, words []int32) (int, bool) {
	if len(words) == 0 {
		return start, true
	}
	if isPunct(toks, start, '.') {
		start++
	}
	if start+len(words) > len(toks) {
		return start, false
	}
	for k, w := range words {
		if toks[start+k].kind != tkWord || toks[start+k].wi != w {
			return start, false
		}
	}
	return start + len(words), true
}

func (p *parsed) relNow() string {
	if p.rel {
		return "two relative times"
	}
	p.rel, p.relUnit = true, lexicon.Second
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
		p.zone2, p.hasZone2 = z, true
		return ""
	}
	p.zone, p.hasZone, p.zoneTok = z, true, tok
	return ""
}

// setPhrase records what a phrase that ends before toks[end] means.
func (p *parsed) setPhrase(ph *phrase, end int) string {
	switch ph.kind {
	case phZone:
		return p.setZone(zoneSpec{kind: zAbbr, idx: uint8(ph.val)}, end-1)
	case phNow:
		return p.relNow()
	default:
		return p.setShift(int(ph.val))
	}
}

// phraseAt returns the longest phrase of the languages m that starts at
// toks[i], and the index after it; nil when none does. Hyphens and dots
// between its words are passed over ("avant-hier").
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
// 03:00, and, after GMT or UTC, 3 or 03.
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
