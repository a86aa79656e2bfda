package textread

import "strings"

// buildEntries makes the entries from the openers left, and finds where
// the stream ends.
func (r *reader) buildEntries() {
	ops := r.openers()
	if len(ops) == 0 {
		r.entriesFromBylines()
		return
	}
	if r.underComments(r.groups[ops[0]].first) {
		return // an article and its readers' comments
	}
	r.entries = make([]entry, 0, len(ops))
	for k, gi := range ops {
		r.entries = append(r.entries, entry{g: gi, from: r.groups[gi].last + 1, to: r.bodyEnd(ops, k), closing: -1})
	}
	// The comment section ends the stream: nothing after its first line.
	start := r.groups[ops[0]].first
	for b := start + 1; b < len(r.blocks); b++ {
		if r.owner[b] < 0 && r.lex.footers.has(r.blocks[b].text) {
			for len(r.entries) > 0 && r.groups[r.entries[len(r.entries)-1].g].first >= b {
				r.entries = r.entries[:len(r.entries)-1]
			}
			if n := len(r.entries); n > 0 {
				r.entries[n-1].to = min(r.entries[n-1].to, b)
			}
			break
		}
	}
	if len(r.entries) == 0 {
		return
	}
	// Pages whose entries end with their byline: each entry ends there.
	closed := 0
	for i := range r.entries {
		e := &r.entries[i]
		for b := e.from; b < e.to; b++ {
			if og := r.owner[b]; og >= 0 && r.groups[og].role == roleByline {
				e.closing = int(og)
			}
		}
		if e.closing >= 0 {
			closed++
		}
	}
	if closed*2 >= len(r.entries) {
		for i := range r.entries {
			if e := &r.entries[i]; e.closing >= 0 {
				e.to = r.groups[e.closing].last + 1
			}
		}
		if r.entries[len(r.entries)-1].closing >= 0 {
			return
		}
	}
	r.dropTrailingCards()
	r.cutFurniture(&r.entries[len(r.entries)-1])
	r.cutMasthead(&r.entries[len(r.entries)-1])
	r.cutAtRule()
	r.takeTitlesAbove()
}

// cutAtRule ends the last entry at a rule line ("___") in its body on
// pages that print one between entries (a wire service's "The Latest"):
// what follows the last rule is a note on the page (a correction), not
// the entry's text.
func (r *reader) cutAtRule() {
	ruled := 0
	for i := range r.entries {
		if r.blocks[r.groups[r.entries[i].g].first].rule {
			ruled++
		}
	}
	if ruled < 2 || ruled*2 < len(r.entries) {
		return
	}
	e := &r.entries[len(r.entries)-1]
	for b := e.from + 1; b < e.to; b++ {
		if r.blocks[b].rule {
			e.to = b
			return
		}
	}
}

// takeTitlesAbove gives each entry the headline printed just above its
// stamp, on pages that print an entry's headline before its time
// ("Scuole chiuse a Pozzuoli" over "18:20" over the text): most entries
// have such a line, not text, directly above the stamp, and running text
// after it. The line then ends no entry above, nor the page's summary.
func (r *reader) takeTitlesAbove() {
	above := make([]int, len(r.entries))
	found := 0
	for i := range r.entries {
		above[i] = r.headlineAbove(&r.entries[i])
		if above[i] >= 0 {
			found++
		}
	}
	if found < 2 || found*3 < len(r.entries)*2 {
		return
	}
	for i := range r.entries {
		b := above[i]
		if b < 0 {
			continue
		}
		r.entries[i].titleAbove = r.blocks[b].text
		if i > 0 {
			r.entries[i-1].to = min(r.entries[i-1].to, b)
		} else {
			r.start = b
		}
	}
}

// headlineAbove returns the block of a headline standing directly above
// entry e's stamp, when the entry has running text and no headline of
// its own after the stamp; -1 otherwise.
func (r *reader) headlineAbove(e *entry) int {
	g := &r.groups[e.g]
	b := g.first - 1
	if b < 0 || r.owner[b] >= 0 || r.isChrome(b) {
		return -1
	}
	t := r.blocks[b].text
	if !isHeadline(t) || !isTitleSized(t) || isProse(t) || wordCount(t, 3) < 2 || r.lex.bylineName(t) != "" {
		return -1
	}
	first := g.other
	if !r.restIsText(g) {
		first = ""
		for k := e.from; k < e.to && first == ""; k++ {
			if r.isText(k) && !r.isChrome(k) {
				first = r.blocks[k].text
			}
		}
	}
	if !isProse(first) {
		return -1
	}
	return b
}

// cutMasthead ends the last entry above the footer lines that name the
// site again: short lines after its text that repeat a line printed
// elsewhere on the page, or that open with the page's first line (the
// masthead: "Küstenbote" over the page, "Küstenbote Verlag" under it).
func (r *reader) cutMasthead(e *entry) {
	top := ""
	for _, b := range r.blocks {
		if b.text != "" {
			top = b.text
			break
		}
	}
	for e.to-1 > e.from {
		b := e.to - 1
		t := r.blocks[b].text
		if r.owner[b] >= 0 || isProse(t) || !(r.printed[t] >= 2 || top != "" && (t == top || strings.HasPrefix(t, top+" "))) {
			return
		}
		e.to = b
	}
}

// isCard reports a headline with its date glued after it ("IPO watch:
// three issues open next weekMarch 14, 2024 · 08:10 IST"): a story's
// card in a list, not running text, whatever its punctuation.
func (r *reader) isCard(t string) bool {
	ts, ok := findStamp(r.norm, t)
	return ok && ts.place == stampSuffix && ts.glued && ts.st.HasDate
}

// isCore reports whether group gi has the page's entry stamp, in kind
// and printed shape.
func (r *reader) isCore(gi int) bool {
	g := &r.groups[gi]
	return g.kind() == r.coreKind && g.shape() == r.coreShape
}

// asideIn reports a heading of a list of related stories ("Related",
// "Mehr zum Thema") among the body blocks of entry e, after its text.
func (r *reader) asideIn(e *entry) bool {
	for b := e.to - 1; b > e.from; b-- {
		if r.owner[b] < 0 && r.lex.asides.has(strings.TrimRight(r.blocks[b].text, ":")) {
			return true
		}
	}
	return false
}

// hasProse reports running text among the body blocks of entry e.
func (r *reader) hasProse(e *entry) bool {
	if g := &r.groups[e.g]; r.restIsText(g) && isProse(g.other) {
		return true
	}
	for b := e.from; b < e.to; b++ {
		if r.owner[b] < 0 && isProse(r.blocks[b].text) && !r.lex.chrome.has(r.blocks[b].text) {
			return true
		}
	}
	return false
}

// underComments reports whether the first stamp, at block first, stands
// in a comment section: under a comments heading ("Comments",
// "Kommentare") that follows the page's running text (an article),
// with no running text of the page's own between the heading and the
// stamp. A "Comments" button above a live blog's headline and summary
// is no such heading.
func (r *reader) underComments(first int) bool {
	heading := -1
	for b := first - 1; b >= 0; b-- {
		if r.owner[b] < 0 && r.lex.footers.has(r.blocks[b].text) {
			heading = b
			break
		}
		if isProse(r.blocks[b].text) {
			return false
		}
	}
	for b := heading - 1; b >= 0; b-- {
		if isProse(r.blocks[b].text) {
			return true
		}
	}
	return false
}

// dropTrailingCards drops the related stories' cards read as entries
// after the stream.
func (r *reader) dropTrailingCards() {
	// Under a heading of related stories ("Mehr zum Thema") after the
	// stream, cards with the entries' own stamp: a stamp and a headline,
	// no running text.
	for k := len(r.entries) - 1; k >= 1 && !r.hasProse(&r.entries[k]); k-- {
		if r.asideIn(&r.entries[k-1]) {
			r.entries = r.entries[:k]
			break
		}
	}
	// After the last entry of the page's own stamp, an entry of
	// another shape past the page furniture is a related story's card.
	for n := len(r.entries); n >= 2 && !r.isCore(r.entries[n-1].g) && !r.isOlderCore(r.entries[n-1].g); n-- {
		prev := &r.entries[n-2]
		if !r.cutFurniture(prev) {
			break
		}
		r.entries = r.entries[:n-1]
	}
}

// isOlderCore reports whether group gi is the page's entry stamp with
// a date added before or after it, as live pages print the entries of
// earlier days ("23:40 11 Jul" under "14:18" entries, "posted at 23:40
// 11 Jul" under "posted at 14:18").
func (r *reader) isOlderCore(gi int) bool {
	g := &r.groups[gi]
	if !g.st.HasDate || !g.st.HasTime || r.coreShape == "" {
		return false
	}
	s := stampShape(g.raw)
	return strings.HasPrefix(s, r.coreShape+" ") || strings.HasSuffix(s, " "+r.coreShape)
}

// cutFurniture ends the last entry at the page furniture after it: the
// first run of three blocks that are not running text, or a heading of
// a list of links ("Related", "Leggi anche", "関連記事"), once the entry
// has had some.
// It reports whether it found furniture.
func (r *reader) cutFurniture(e *entry) bool {
	g := &r.groups[e.g]
	prose, run := r.restIsText(g) && isProse(g.other), 0
	for b := e.from; b < e.to; b++ {
		t := r.blocks[b].text
		if prose && r.owner[b] < 0 && r.lex.asides.has(strings.TrimRight(t, ":")) {
			e.to = b - run // with the short lines just above it
			return true
		}
		if r.owner[b] < 0 && isProse(t) && !r.lex.chrome.has(t) && !r.isCard(t) {
			prose, run = true, 0
			continue
		}
		run++
		if prose && run >= 3 {
			e.to = b - 2
			return true
		}
	}
	return false
}

// entriesFromBylines reads a page whose entries carry no stamp of their
// own but end with a byline and its time: each entry is the text since
// the byline before it.
func (r *reader) entriesFromBylines() {
	var bys []int
	for gi := range r.groups {
		if r.groups[gi].role == roleByline && r.groups[gi].st.HasTime {
			bys = append(bys, gi)
		}
	}
	if len(bys) < 2 {
		return
	}
	if r.bylinesOpen(bys) {
		if r.underComments(r.groups[bys[0]].first) {
			return // readers' comments under an article, each with its byline
		}
		for k, gi := range bys {
			r.entries = append(r.entries, entry{g: gi, from: r.groups[gi].last + 1, to: r.bodyEnd(bys, k), closing: -1})
			r.groups[gi].role = roleOpener
		}
		r.cutFurniture(&r.entries[len(r.entries)-1])
		return
	}
	for k, gi := range bys {
		from := 0
		if k > 0 {
			from = r.groups[bys[k-1]].last + 1
		} else {
			from = r.firstEntryStart(r.groups[gi].first)
		}
		r.entries = append(r.entries, entry{g: gi, from: from, to: r.groups[gi].first, closing: -1})
		r.groups[gi].role = roleOpener
	}
}

// firstEntryStart finds where the first entry of a page of closing
// bylines begins: going up from its byline, the entry holds headlines
// and running text, and the furniture above it is short lines; it
// begins after the last headline that stands alone above its text.
func (r *reader) firstEntryStart(byline int) int {
	start := byline
	for b := byline - 1; b >= 0; b-- {
		if r.owner[b] >= 0 {
			break
		}
		t := r.blocks[b].text
		if r.lex.chrome.has(t) {
			break
		}
		start = b
		if !isProse(t) && (b == 0 || !isProse(r.blocks[b-1].text)) {
			// A headline (or furniture) with no running text above:
			// the entry's title line.
			break
		}
	}
	return start
}

// bylinesOpen reports whether the bylines bys open their entries rather
// than close them: most stand under a row of buttons (the share row
// ending the entry above, "Share / Facebook / X / Copy link") with text
// under them, where a closing byline stands under its entry's text.
func (r *reader) bylinesOpen(bys []int) bool {
	under := 0
	for _, gi := range bys {
		g := &r.groups[gi]
		if g.first > 0 && r.owner[g.first-1] < 0 && r.isChrome(g.first-1) &&
			g.last+1 < len(r.blocks) && r.owner[g.last+1] < 0 && !r.isChrome(g.last+1) {
			under++
		}
	}
	return under*2 > len(bys)
}
