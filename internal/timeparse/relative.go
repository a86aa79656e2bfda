package timeparse

import "github.com/liveblog-go/liveblog/internal/lexicon"

// relSpan is how far back a relative stamp goes: seconds (for seconds,
// minutes and hours), calendar days (days, weeks) and calendar months
// (months, years), and its smallest unit.
type relSpan struct {
	secs   int64
	days   int
	months int
	unit   lexicon.Unit
}

// add adds count units.
func (a *relSpan) add(u lexicon.Unit, count int64) {
	switch u {
	case lexicon.Second:
		a.secs += count
	case lexicon.Minute:
		a.secs += 60 * count
	case lexicon.Hour:
		a.secs += 3600 * count
	case lexicon.Day:
		a.days += int(count)
	case lexicon.Week:
		a.days += 7 * int(count)
	case lexicon.Month:
		a.months += int(count)
	case lexicon.Year:
		a.months += 12 * int(count)
	}
	if a.unit == 0 || u < a.unit {
		a.unit = u
	}
}

// maxCount bounds the count of a relative stamp.
const maxCount = 100000

// relativeAt reads a relative stamp whose count is toks[i], a number or
// a count word worth count: the patterns whose first word after the count
// is toks[i+1], with their markers around it ("vor" before the count,
// "ago" after the unit), and further counts and smaller units of the
// same markers before the last marker ("1 hr 48 min ago", "2 ч. 21 мин.
// назад"). The longest match wins. It returns the index after the stamp.
func (p *parsed) relativeAt(toks []token, i int, count int64) (int, bool) {
	key := word(toks, i+1)
	if key == nil || p.rel || count > maxCount {
		return i, false
	}
	best, bestPre := -1, 0
	var span relSpan
	for k, ri := range key.rels {
		if key.relL[k]&p.m == 0 {
			continue
		}
		r := &vocab.rels[ri]
		if !p.relAllowed(r, toks, i) || r.bare && !bareCount(r.unit, count) {
			continue
		}
		var a relSpan
		end, ok := p.matchRel(toks, i, count, r, &a)
		// The longest match wins, and of two that end together the one
		// that uses the markers before the count ("for 5 min siden"
		// beside "5 min siden").
		if ok && (end > best || end == best && len(r.pre) > bestPre) {
			best, bestPre, span = end, len(r.pre), a
		}
	}
	if best < 0 {
		return i, false
	}
	p.rel, p.span = true, span
	p.preUsed += bestPre
	return best, true
}

// relAllowed reports whether pattern r may be read at count toks[i]: in
// the languages read, with its minus sign where it has one, and, for a
// bare duration, only in the stamp's own languages ("14h" is a clock in
// "à 14h").
func (p *parsed) relAllowed(r *relForm, toks []token, i int) bool {
	switch {
	case r.langs&p.m == 0:
		return false
	case r.bare && r.langs&p.pref == 0:
		return false
	case r.sign:
		return toks[i].attached && (isPunct(toks, i-1, '-') || isPunct(toks, i-1, '−'))
	}
	return true
}

// bareCount reports whether count units can be a bare duration: one
// that a relative-time widget prints ("45m", "3h", "15 hrs"), which
// moves to the next unit at 60 seconds or minutes and 24 hours. "120 m"
// is a distance and "90 min" a match time.
func bareCount(u lexicon.Unit, count int64) bool {
	switch u {
	case lexicon.Second, lexicon.Minute:
		return count < 60
	case lexicon.Hour:
		return count < 24
	}
	return true
}

// matchRel matches pattern r with its count at toks[i], adding what it
// means to a, and returns the index after it.
func (p *parsed) matchRel(toks []token, i int, count int64, r *relForm, a *relSpan) (int, bool) {
	if !preBefore(toks, i, r.pre, p.m) {
		return i, false
	}
	j, ok := unitAt(toks, i+1, r)
	if !ok {
		return i, false
	}
	a.add(r.unit, count)
	for last := r.unit; ; {
		k := nextPartAt(toks, j, r)
		c, ok := p.countAt(toks, k)
		if !ok {
			break
		}
		r2 := nextUnit(toks, k+1, r, last)
		if r2 == nil {
			if last == lexicon.Hour && len(r.pre) > 0 && bareMinutes(toks, k) {
				// "il y a 1 h 05": the minutes of the hour, unit unsaid.
				a.add(lexicon.Minute, c)
				j = k + 1
			}
			break
		}
		j, _ = unitAt(toks, k+1, r2)
		a.add(r2.unit, c)
		last = r2.unit
	}
	return wordsAfter(toks, j, r.post)
}

// bareMinutes reports whether toks[k], the last token, is two digits
// that can be minutes: "05" of "il y a 1 h 05".
func bareMinutes(toks []token, k int) bool {
	return k == len(toks)-1 && isNum(toks, k) && toks[k].nparts == 1 &&
		toks[k].ndig[0] == 2 && toks[k].vals[0] <= 59
}

// nextPartAt returns where the next part of a relative stamp of several
// units would have its count, after the part that ends at toks[j]: past
// a comma or dot and a joining word ("2 hours and 5 minutes ago"), and
// past r's markers where each part repeats them ("2 gün öncə 23 saat
// öncə", "преди 3 месеца преди 2 седм"). When no part follows, the
// caller reads r's closing markers at j as before.
func nextPartAt(toks []token, j int, r *relForm) int {
	k := j
	if e, ok := wordsAfter(toks, k, r.post); ok && len(r.post) > 0 {
		k = e
	}
	if isPunct(toks, k, '.') || isPunct(toks, k, ',') {
		k++
	}
	if flagsAt(toks, k, r.langs)&wAnd != 0 {
		k++ // 2 hours and 5 minutes ago
	}
	if e, ok := wordsAfter(toks, k, r.pre); ok && len(r.pre) > 0 {
		k = e
	}
	return k
}

// unitAt matches the words of r after its count (mid and the unit word)
// from toks[j] on.
func unitAt(toks []token, j int, r *relForm) (int, bool) {
	for _, w := range r.mid {
		if j >= len(toks) || toks[j].kind != tkWord || toks[j].wi != w {
			return j, false
		}
		j++
	}
	if j >= len(toks) || toks[j].kind != tkWord || toks[j].wi != r.head {
		return j, false
	}
	return j + 1, true
}

// nextUnit returns a pattern of the unit word at toks[j] with the
// markers of r and a unit smaller than last, for the next part of "1 hr
// 48 min ago"; nil when there is none.
func nextUnit(toks []token, j int, r *relForm, last lexicon.Unit) *relForm {
	key := word(toks, j)
	if key == nil {
		return nil
	}
	for _, ri := range key.rels {
		r2 := &vocab.rels[ri]
		if r2.unit < last && r2.langs&r.langs != 0 && !r2.sign &&
			slicesEqual(r2.pre, r.pre) && slicesEqual(r2.post, r.post) {
			if _, ok := unitAt(toks, j, r2); ok {
				return r2
			}
		}
	}
	return nil
}

// countAt returns the count at toks[k]: a number of one part, or a count
// word.
func (p *parsed) countAt(toks []token, k int) (int64, bool) {
	if isNum(toks, k) {
		t := &toks[k]
		return t.vals[0], t.nparts == 1 && !t.trailDot && t.vals[0] <= maxCount
	}
	if w := word(toks, k); w != nil {
		if v, ok := valueFor(w.counts, p.m); ok {
			return int64(v), true
		}
	}
	return 0, false
}

// preBefore reports whether the marker words pre stand before the count
// toks[i], with dots between them and fillers between them and the count
// ("vor etwa 23 Stunden", "пр. 5 мин").
func preBefore(toks []token, i int, pre []int32, m langSet) bool {
	if len(pre) == 0 {
		return true
	}
	k := i - 1
	if isPunct(toks, k, '-') || isPunct(toks, k, '−') {
		k--
	}
	for k >= 0 && toks[k].wi != pre[len(pre)-1] &&
		(isPunct(toks, k, '.') || flagsAt(toks, k, m)&wFiller != 0) {
		k--
	}
	for idx := len(pre) - 1; idx >= 0; idx-- {
		for isPunct(toks, k, '.') {
			k--
		}
		if k < 0 || toks[k].kind != tkWord || toks[k].wi != pre[idx] {
			return false
		}
		k--
	}
	return true
}

// wordsAfter reports whether words follow from toks[start] on, a dot
// allowed before each ("5 Min. ago", "36 min. siden"), and returns the
// index after them.
func wordsAfter(toks []token, start int, words []int32) (int, bool) {
	for _, w := range words {
		if isPunct(toks, start, '.') {
			start++
		}
		if start >= len(toks) || toks[start].kind != tkWord || toks[start].wi != w {
			return start, false
		}
		start++
	}
	return start, true
}

// setFixed records a phrase that says its count in words ("قبل
// دقيقتين").
func (p *parsed) setFixed(u lexicon.Unit, count int) string {
	if p.rel {
		return "two relative times"
	}
	p.rel = true
	p.span.add(u, int64(count))
	return ""
}

// relNow records "just now".
func (p *parsed) relNow() string {
	if p.rel {
		return "two relative times"
	}
	p.rel, p.span.unit = true, lexicon.Second
	return ""
}
