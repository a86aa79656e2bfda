package timeparse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// buildTable builds the engine's vocabulary from the lexicon: the
// languages in order of preference, the words read in every language,
// and the zones.
func buildTable(langs []lexicon.Language, everywhere lexicon.Language, zones []lexicon.Zone, zonePhrases []lexicon.ZonePhrase) *table {
	if len(langs) > 64 {
		panic("timeparse: more than 64 languages")
	}
	t := &table{index: make(map[string]uint16, 4096), ampm: map[string]ampmInfo{}, digits: map[rune]int8{}}
	for i := range langs {
		t.all |= 1 << i
	}
	t.addZones(zones)
	for i, lg := range langs {
		l := langSet(1) << i
		t.tags = append(t.tags, lg.Tag)
		t.addLanguage(lg, l)
		if lg.DateOrder == "ymd" && monthDayPattern(lg.Patterns) {
			t.mdFirst |= l
		}
	}
	t.addLanguage(everywhere, t.all)
	for i, lg := range langs {
		if lg.Tag == "en" {
			t.en = langSet(1) << i
		}
		if lg.EraYears > 0 && (t.era == 0 || lg.EraYears == t.eraYears) {
			t.era |= langSet(1) << i
			t.eraYears = lg.EraYears
		}
	}
	for _, zp := range zonePhrases {
		t.addForm(zp.Words, phZone, int16(t.zoneIdx(zp.Zone)), t.all)
	}
	for i, lg := range langs {
		t.addLocalZones(lg.Zones, langSet(1)<<i)
	}
	for i := range t.rels {
		t.markBare(&t.rels[i])
	}
	for i := range t.words {
		w := &t.words[i]
		for k, ri := range w.rels {
			w.relL[k] = t.rels[ri].langs
		}
	}
	t.digitMin, t.digitMax = utf8.MaxRune, 0
	for r := range t.digits {
		t.digitMin, t.digitMax = min(t.digitMin, r), max(t.digitMax, r)
	}
	if len(t.digits) > 0 {
		t.digitTab = make([]int8, t.digitMax-t.digitMin+1)
		for r, d := range t.digits {
			t.digitTab[r-t.digitMin] = d + 1
		}
	}
	t.longest = map[rune]int{}
	for w := range t.index {
		if r, _ := utf8.DecodeRuneInString(w); noSpaceScript(r) {
			t.longest[r] = max(t.longest[r], len(w))
		}
	}
	t.get("t") // of 2021-09-06T14:18
	return t
}

// get returns the entry of word w, adding it.
func (t *table) get(w string) *wordInfo {
	return &t.words[t.id(w)]
}

// id returns the index of word w (folded), adding it.
func (t *table) id(w string) int32 {
	w = fold(w)
	if i, ok := t.index[w]; ok {
		return int32(i)
	}
	if len(t.words) >= 1<<16-1 {
		panic("timeparse: word table full")
	}
	t.index[w] = uint16(len(t.words))
	t.words = append(t.words, wordInfo{})
	return int32(len(t.words) - 1)
}

// use returns the entry of word w, recording that it means something in
// languages l.
func (t *table) use(w string, l langSet) *wordInfo {
	wi := t.get(w)
	wi.langs |= l
	return wi
}

// addValue records meaning v in languages l; a language that already
// gave the word this role keeps its first meaning.
func addValue(vs []valueIn, v int8, l langSet) []valueIn {
	for i := range vs {
		if vs[i].v == v {
			vs[i].langs |= l
			return vs
		}
		l &^= vs[i].langs
	}
	if l == 0 {
		return vs
	}
	return append(vs, valueIn{v: v, langs: l})
}

func (t *table) flag(w string, f uint16, l langSet) {
	wi := t.use(w, l)
	for i := range wi.flags {
		if wi.flags[i].langs == l {
			wi.flags[i].f |= f
			return
		}
	}
	wi.flags = append(wi.flags, flagIn{f: f, langs: l})
}

// splitWords splits a lexicon form into the words the tokenizer reads
// (letters, combining marks and inner apostrophes), dropping punctuation,
// digits and spaces: "il y a" gives il, y, a; "avant-hier" avant, hier;
// "ต.ค." ต, ค.
func splitWords(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		end := wordEnd(s, i)
		out = append(out, s[i:end])
		i = end
	}
	return out
}

func (t *table) ids(words []string, l langSet) []int32 {
	out := make([]int32, len(words))
	for i, w := range words {
		out[i] = t.id(w)
		t.words[out[i]].langs |= l
	}
	return out
}

// addForm records a form of one meaning: a single word gets the role
// itself, a form of several words ("thứ sáu", "the day before
// yesterday", "ต.ค.") becomes a phrase.
func (t *table) addForm(s string, kind uint8, val int16, l langSet) {
	words := splitWords(s)
	switch {
	case len(words) == 0:
		return
	case (kind == phMonth || kind == phWday) && len(words) == 1 && oneLetter(words[0]):
		// Hungarian H (Monday), P (Friday): a letter alone is too
		// often something else. An ideograph or syllable is a word: 月
		// (Monday in Japanese), 월 (Korean).
		return
	case len(words) == 1 && kind != phNow && kind != phFixed && kind != phZone && kind != phClock:
		wi := t.use(words[0], l)
		switch kind {
		case phMonth:
			wi.months = addValue(wi.months, int8(val), l)
		case phWday:
			wi.wdays = addValue(wi.wdays, int8(val), l)
		case phShift:
			wi.shifts = addValue(wi.shifts, int8(val), l)
		case phFiller:
			t.flag(words[0], wFiller, l)
		}
		return
	}
	t.addPhrase(words, phrase{kind: kind, val: val, langs: l})
}

// oneLetter reports whether w is a single letter of an alphabet.
func oneLetter(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// addPhrase records ph, made of words, under its first word.
func (t *table) addPhrase(words []string, ph phrase) {
	ph.words = t.ids(words, ph.langs)
	for _, pi := range t.words[ph.words[0]].phrases {
		old := &t.phrases[pi]
		if old.kind == ph.kind && old.val == ph.val && old.unit == ph.unit && slicesEqual(old.words, ph.words) {
			old.langs |= ph.langs
			return
		}
	}
	t.phrases = append(t.phrases, ph)
	first := &t.words[ph.words[0]]
	first.phrases = append(first.phrases, int32(len(t.phrases)-1))
}

func slicesEqual(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// lettersOnly returns the letters of s, for am/pm forms ("a.m." → "am").
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if isWordRune(r) {
			return r
		}
		return -1
	}, s)
}

// addLanguage records the vocabulary of one language, in languages l.
func (t *table) addLanguage(lg lexicon.Language, l langSet) {
	for _, r := range lg.Digits {
		if unicode.IsDigit(r) && !('0' <= r && r <= '9') {
			t.digits[r] = int8(strings.IndexRune(lg.Digits, r) / utf8.RuneLen(r))
		}
	}
	for m, forms := range lg.Months {
		for _, f := range forms {
			if !t.numberedMonth(f, m+1, l) {
				t.addForm(f, phMonth, int16(m+1), l)
			}
		}
	}
	for d, forms := range lg.Weekdays {
		for _, f := range forms {
			t.addForm(f, phWday, int16(d+1), l)
		}
	}
	first := ampmFirst(lg.Patterns)
	for v, forms := range [][]string{lg.AM, lg.PM} {
		for _, f := range forms {
			t.addAMPM(f, uint8(v+1), l, first)
		}
	}
	for h, forms := range [][]string{lg.Midnight, lg.Noon} {
		for _, f := range forms {
			t.addForm(f, phClock, int16(12*h), l)
		}
	}
	for shift, forms := range [][]string{lg.Today, lg.Yesterday, lg.DayBeforeYesterday} {
		for _, f := range forms {
			t.addForm(f, phShift, int16(-shift), l)
		}
	}
	for _, f := range lg.Now {
		t.addForm(f, phNow, 0, l)
	}
	t.addPast(lg, l)
	for w, v := range lg.Counts {
		wi := t.use(w, l)
		wi.counts = addValue(wi.counts, int8(v), l)
	}
	t.addWordLists(lg, l)
}

// addAMPM records an am/pm form; first says whether the language prints
// it before the clock.
func (t *table) addAMPM(f string, v uint8, l langSet, first bool) {
	key := fold(lettersOnly(f))
	a := t.ampm[key]
	if a.v == 0 {
		a.v = v
	}
	if a.v != v {
		return // a form that is am in one language and pm in another is neither
	}
	a.langs |= l
	if first {
		a.first |= l
	}
	t.ampm[key] = a
	for k, w := range splitWords(f) {
		wi := t.use(w, l) // a known word, as a part of the form
		wi.ampm = wi.ampm || k == 0
	}
}

// addPast records the relative patterns and the phrases that print
// their count in words.
func (t *table) addPast(lg lexicon.Language, l langSet) {
	units := unitWords(lg.Past)
	for u, patterns := range lg.Past {
		for _, p := range patterns {
			t.addRelative(p, lexicon.Unit(u+1), l, units)
		}
	}
	for _, f := range lg.Fixed {
		words := splitWords(f.Text)
		if len(words) > 0 && f.Count > 0 && f.Count < 1<<15 {
			t.addPhrase(words, phrase{kind: phFixed, val: int16(f.Count), unit: f.Unit, langs: l})
		}
	}
}

// addWordLists records fillers, clock words, ordinals, and the literal
// words of the language's patterns with the roles the patterns give them.
func (t *table) addWordLists(lg lexicon.Language, l langSet) {
	for _, w := range lg.Fillers {
		t.addForm(w, phFiller, 0, l)
	}
	for _, w := range lg.Ordinals {
		t.flag(w, wOrdinal, l)
	}
	for _, w := range lg.And {
		t.flag(w, wAnd, l)
	}
	// A clock word goes after the hour or the clock ("14 Uhr",
	// "12:31 hod.", "14:05 h"), or only after the minutes where the
	// patterns say so (分 of "H時mm分": "5分" is no clock).
	roles := literalRoles(lg.Patterns)
	for _, w := range lg.ClockWords {
		for _, part := range splitWords(w) {
			f := uint16(wUhr)
			if r := roles[fold(part)]; r&wEnd != 0 && r&(wUhr|wH) == 0 {
				f = wEnd
			}
			t.flag(part, f, l)
		}
	}
	// The words the patterns print: markers where the patterns say so,
	// else fillers ("de", "um", "at", "lúc").
	for w, f := range roles {
		if f == 0 {
			f = wFiller
		}
		t.flag(w, f, l)
	}
	for _, lit := range lg.Literals {
		if words := splitWords(lit); len(words) != 1 {
			t.addForm(lit, phFiller, 0, l)
		} else if _, ok := roles[fold(words[0])]; !ok {
			t.flag(words[0], wFiller, l)
		}
	}
}

// numberedMonth records a month name that is its number and a marker
// ("10月", "10월", "tháng 10"): the marker, before or after a number,
// makes it a month. It reports false for a form without a number.
func (t *table) numberedMonth(f string, month int, l langSet) bool {
	i := strings.IndexFunc(f, func(r rune) bool { return '0' <= r && r <= '9' })
	if i < 0 {
		return false
	}
	j := i
	for j < len(f) && '0' <= f[j] && f[j] <= '9' {
		j++
	}
	before, after := splitWords(f[:i]), splitWords(f[j:])
	switch {
	case len(before) == 1 && len(after) == 0:
		t.flag(before[0], wMonthPre, l)
	case len(before) == 0 && len(after) == 1:
		t.flag(after[0], wMonthMark, l)
	}
	return true
}

// addRelative takes a relative-time pattern apart ("vor {0} minuten",
// "{0} minutes ago", "acum {0} de minute", "-{0} min") and records it
// under its first word after the count. Its unit word is the first word
// around the count that the language's patterns of other units do not
// share (units gives the units whose patterns print each word): "minuten" of "vor {0} minuten", "minute" of "acum {0} de
// minute". A pattern without a count is a phrase for the hand table's
// Fixed, not read here.
func (t *table) addRelative(pattern string, unit lexicon.Unit, l langSet, units map[string]uint8) {
	before, after, ok := strings.Cut(pattern, "{0}")
	if !ok {
		return
	}
	r := relForm{unit: unit, langs: l}
	b := strings.TrimSpace(before)
	if strings.HasSuffix(b, "-") || strings.HasSuffix(b, "−") {
		r.sign = true
	}
	pre, post := splitWords(before), splitWords(after)
	hi := -1 // the unit word: index into post, or -(index into pre)-2
	for k, w := range post {
		if units[fold(w)]&^(1<<unit) == 0 {
			hi = k
			break
		}
	}
	switch {
	case hi < 0 && len(post) > 0:
		hi = 0
	case hi < 0 && len(pre) > 0:
		// The unit before the count ("{0}" last): pre's last word.
		r.pre = t.ids(pre[:len(pre)-1], l)
		r.head = t.id(pre[len(pre)-1])
		t.finishRelative(&r, pre[:len(pre)-1], nil, l)
		return
	case hi < 0:
		return
	}
	r.pre = t.ids(pre, l)
	r.mid = t.ids(post[:hi], l)
	r.head = t.id(post[hi])
	r.post = t.ids(post[hi+1:], l)
	t.finishRelative(&r, pre, post[hi+1:], l)
}

// finishRelative flags the marker words of r and records it.
func (t *table) finishRelative(r *relForm, pre, post []string, l langSet) {
	for _, w := range pre {
		t.flag(w, wPreMarker, l)
	}
	for _, w := range post {
		t.flag(w, wPostMarker, l)
	}
	t.words[r.head].langs |= l
	key := r.head
	if len(r.mid) > 0 {
		key = r.mid[0]
	}
	for _, ri := range t.words[key].rels {
		old := &t.rels[ri]
		if old.unit == r.unit && old.head == r.head && old.sign == r.sign &&
			slicesEqual(old.pre, r.pre) && slicesEqual(old.mid, r.mid) && slicesEqual(old.post, r.post) {
			old.langs |= l
			return
		}
	}
	t.rels = append(t.rels, *r)
	wi := &t.words[key]
	wi.rels = append(wi.rels, int32(len(t.rels)-1))
	wi.relL = append(wi.relL, 0) // filled in by buildTable once every form is in
}

// unitWords returns, for each word (folded) of the patterns, the units
// whose patterns print it, one bit each (1<<Unit): a word of several
// units is a marker ("ago", "vor", "de"), not a unit word.
func unitWords(all [lexicon.NumUnits][]string) map[string]uint8 {
	m := map[string]uint8{}
	for u, pats := range all {
		for _, p := range pats {
			for _, w := range splitWords(p) {
				m[fold(w)] |= 1 << (u + 1)
			}
		}
	}
	return m
}

// markBare marks a pattern with no marker ("{0} min", "{0}h") whose
// unit word other patterns of its languages print with a marker ("{0}
// min ago"): a bare duration. A pattern whose only word holds its
// marker ("{0}分前", "{0} นาทีที่แล้ว") is not bare.
func (t *table) markBare(r *relForm) {
	if r.sign || len(r.pre)+len(r.mid)+len(r.post) > 0 {
		return
	}
	for i := range t.rels {
		o := &t.rels[i]
		if o.head == r.head && o.langs&r.langs != 0 && len(o.pre)+len(o.post) > 0 {
			r.bare = true
			return
		}
	}
}
