package liveblog

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textReader is the state of one read of a copied page.
type textReader struct {
	d       *Document
	norm    *Normalizer
	lex     *textLexicon
	blocks  []textBlock
	groups  []stampGroup
	owner   []int32 // per block: the group spanning it, or -1
	entries []textEntry
	caption []bool         // per block: an image caption
	printed map[string]int // how often each line (and text after a stamp) is printed

	// coreKind and coreShape are the kind and printed shape of most
	// entries' stamps.
	coreKind  byte
	coreShape string
}

// textEntry is one entry found: its stamp group and its body blocks.
type textEntry struct {
	g        int // the group whose stamp it has
	from, to int // body blocks [from, to)
	closing  int // a byline group ending the entry, or -1

	title     string
	weakTitle bool // title ends in "!" or "?": kept if the page has headlines
	paras     []string
	authors   []string
	keyEvent  bool
	pinned    bool
	dropped   bool // a pinned copy of an entry in the stream
}

func newTextReader(d *Document, blocks []textBlock) *textReader {
	return &textReader{d: d, norm: d.Normalizer(), lex: textLex, blocks: blocks}
}

// findEntries finds the page's entries; it reports false when there
// are none.
func (r *textReader) findEntries() bool {
	items := scanStamps(r.norm, r.blocks)
	if len(items) == 0 {
		return false
	}
	r.groups = groupStamps(r.blocks, items, r.lex)
	r.owner = make([]int32, len(r.blocks))
	for i := range r.owner {
		r.owner[i] = -1
	}
	for gi := range r.groups {
		for b := r.groups[gi].first; b <= r.groups[gi].last; b++ {
			r.owner[b] = int32(gi)
		}
	}
	r.printed = make(map[string]int, len(r.blocks))
	for _, b := range r.blocks {
		if len(b.text) <= 400 {
			r.printed[b.text]++
		}
	}
	for gi := range r.groups {
		if o := r.groups[gi].other; o != "" && len(o) <= 400 {
			r.printed[o]++
		}
	}
	r.caption = captionLines(r.blocks)
	r.classify()
	r.dropIndexRuns()
	r.keepDominant()
	r.buildEntries()
	return len(r.entries) > 0
}

// classify gives each group its first role, from the group alone.
func (r *textReader) classify() {
	for gi := range r.groups {
		g := &r.groups[gi]
		switch {
		case g.place == stampSuffix:
			head := g.other
			switch {
			case r.lex.bylineName(head) != "":
				g.role = roleByline
			case g.kind() == 'd':
				if isAttribution(head) {
					g.role = roleDateline
				}
			case g.glued && isHeadline(head) && isTitleSized(head):
				// "Headline20:42", "Headline (11.39 Uhr)": an item of a
				// list of the blog's headlines.
				g.role = roleIndex
			}
		case g.byCard:
			// A related story's date: neither the page's nor an entry's.
		case g.label:
			g.role = roleDateline
		case g.st.HasTime:
			g.role = roleOpener
		case g.kind() == 'd' && g.place == stampWhole:
			g.role = roleHeading
		}
	}
}

// openers returns the groups that open entries, in page order.
func (r *textReader) openers() []int {
	var out []int
	for gi := range r.groups {
		if r.groups[gi].role == roleOpener {
			out = append(out, gi)
		}
	}
	return out
}

// bodyEnd is the block where the body of opener ops[k] ends.
func (r *textReader) bodyEnd(ops []int, k int) int {
	if k+1 < len(ops) {
		return r.groups[ops[k+1]].first
	}
	return len(r.blocks)
}

// content appends to out the blocks in [from, to) that can be an
// entry's text: not stamps of furniture, not chrome lines.
func (r *textReader) content(from, to int, out []int) []int {
	for b := from; b < to; b++ {
		if r.isText(b) && !r.isChrome(b) {
			out = append(out, b)
		}
	}
	return out
}

// isText reports whether block b is text: not a stamp, or a stamp that
// is neither an entry's nor furniture (a sentence ending with a time).
func (r *textReader) isText(b int) bool {
	og := r.owner[b]
	if og < 0 {
		return true
	}
	g := &r.groups[og]
	return (g.role == roleNone || g.role == roleDropped) && g.other != "" && !g.byCard
}

// isChrome reports a block of page furniture: a control, an "Updated"
// label, a list heading ("Key events"), an image caption.
func (r *textReader) isChrome(b int) bool {
	t := r.blocks[b].text
	return r.lex.chrome.has(t) || r.lex.updated.has(t) || r.lex.asides.has(strings.TrimRight(t, ":")) || r.caption[b]
}

// restIsText reports whether the text after an opener's stamp is part of
// the entry (a title or a paragraph), not an author or a flag.
func (r *textReader) restIsText(g *stampGroup) bool {
	o := g.other
	return o != "" && !r.lex.flags.has(o) && !(g.glued && isNameLike(o, r.lex)) && r.lex.bylineName(o) == ""
}

// dropIndexRuns marks as index items the openers that stand three or
// more in a row each with only a headline after it, when the run
// repeats headlines printed elsewhere on the page or stands under a list
// heading ("Key events", "Punti chiave"): a list of the blog's key
// events or an index of its posts, not entries.
func (r *textReader) dropIndexRuns() {
	ops := r.openers()
	titleOnly := make([]bool, len(ops))
	heads := make([]string, len(ops))
	headAt := make([]int, len(ops)) // the headline's block, -1 for the stamp's own
	var buf []int
	for k, gi := range ops {
		g := &r.groups[gi]
		buf = r.content(g.last+1, r.bodyEnd(ops, k), buf[:0])
		head, at := "", -1
		switch {
		case r.restIsText(g) && len(buf) == 0:
			head = g.other
		case !r.restIsText(g) && len(buf) == 1:
			head, at = r.blocks[buf[0]].text, buf[0]
		}
		if head != "" && isHeadline(head) && isTitleSized(head) {
			titleOnly[k], heads[k], headAt[k] = true, head, at
			g.titleOnly = true
		}
	}
	for k := 0; k < len(ops); {
		if !titleOnly[k] {
			k++
			continue
		}
		end := k
		for end < len(ops) && titleOnly[end] {
			end++
		}
		if end-k >= 3 && (r.underAside(r.groups[ops[k]].first) || r.repeats(heads[k:end])) {
			for j := k; j < end; j++ {
				r.groups[ops[j]].role = roleIndex
				if headAt[j] >= 0 {
					r.owner[headAt[j]] = int32(ops[j])
				}
			}
		}
		k = end
	}
}

// underAside reports whether the block before b (blank lines aside) is
// a list heading such as "Key events".
func (r *textReader) underAside(b int) bool {
	return b > 0 && r.lex.asides.has(strings.TrimRight(r.blocks[b-1].text, ":"))
}

// repeats reports whether one of the headlines is printed more than once
// on the page.
func (r *textReader) repeats(heads []string) bool {
	for _, h := range heads {
		if r.printed[h] >= 2 {
			return true
		}
	}
	return false
}

// keepDominant keeps the openers of the page's entry stamp: the kind
// (relative, clock, dated clock) most openers have, and a printed shape
// shared by at least a quarter as many openers as the commonest. The
// others are furniture: a dateline, a video's length, the times of
// related stories.
func (r *textReader) keepDominant() {
	ops := r.openers()
	if len(ops) == 0 {
		return
	}
	kinds := map[byte]int{}
	for _, gi := range ops {
		kinds[r.groups[gi].kind()]++
	}
	dominant := byte('D')
	for _, k := range []byte{'D', 'T', 'R'} {
		if kinds[k] > kinds[dominant] {
			dominant = k
		}
	}
	started := false
	for _, gi := range ops {
		g := &r.groups[gi]
		k := g.kind()
		switch {
		case k == dominant:
			started = true // but see below: the stream starts at a core shape
		case started && k != 'R':
			// A clock with its date among clock-only ones (an older
			// entry), or a clock alone among dated ones.
		case k == 'D' || k == 'd':
			g.role = roleDateline
		default:
			g.role = roleDropped
		}
	}
	ops = r.openers()
	shapes := make(map[string]int, 4)
	top := 0
	for _, gi := range ops {
		s := stampShape(r.groups[gi].raw)
		shapes[s]++
		if shapes[s] > top && r.groups[gi].kind() == dominant {
			top, r.coreShape = shapes[s], s
		}
	}
	r.coreKind = dominant
	started = false
	for _, gi := range ops {
		g := &r.groups[gi]
		s := stampShape(g.raw)
		started = started || s == r.coreShape
		// The stream starts at the first stamp of the entries' shape:
		// one of another shape above it is furniture (a video's length,
		// a dateline), as is one of a rare shape, or of another shape
		// over a lone headline (a video's length over its caption).
		if !started || shapes[s]*4 < top || s != r.coreShape && g.titleOnly {
			if g.kind() == 'D' && !started {
				g.role = roleDateline
			} else {
				g.role = roleDropped
			}
		}
	}
}

// buildEntries makes the entries from the openers left, and finds where
// the stream ends.
func (r *textReader) buildEntries() {
	ops := r.openers()
	if len(ops) == 0 {
		r.entriesFromBylines()
		return
	}
	r.entries = make([]textEntry, 0, len(ops))
	for k, gi := range ops {
		r.entries = append(r.entries, textEntry{g: gi, from: r.groups[gi].last + 1, to: r.bodyEnd(ops, k), closing: -1})
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
	// After the last entry of the page's own stamp, an entry of
	// another shape past the page furniture is a related story's card.
	for n := len(r.entries); n >= 2 && !r.isCore(r.entries[n-1].g); n-- {
		prev := r.entries[n-2]
		if !r.cutFurniture(&prev) {
			break
		}
		r.entries = r.entries[:n-1]
	}
	r.cutFurniture(&r.entries[len(r.entries)-1])
}

// isCore reports whether group gi has the page's entry stamp, in kind
// and printed shape.
func (r *textReader) isCore(gi int) bool {
	g := &r.groups[gi]
	return g.kind() == r.coreKind && stampShape(g.raw) == r.coreShape
}

// cutFurniture ends the last entry at the page furniture after it: the
// first run of three blocks that are not running text, once the entry
// has had some.
// It reports whether it found furniture.
func (r *textReader) cutFurniture(e *textEntry) bool {
	g := &r.groups[e.g]
	prose, run := r.restIsText(g) && isProse(g.other), 0
	for b := e.from; b < e.to; b++ {
		t := r.blocks[b].text
		if r.owner[b] < 0 && isProse(t) && !r.lex.chrome.has(t) {
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
func (r *textReader) entriesFromBylines() {
	var bys []int
	for gi := range r.groups {
		if r.groups[gi].role == roleByline && r.groups[gi].st.HasTime {
			bys = append(bys, gi)
		}
	}
	if len(bys) < 2 {
		return
	}
	for k, gi := range bys {
		from := 0
		if k > 0 {
			from = r.groups[bys[k-1]].last + 1
		} else {
			from = r.firstEntryStart(r.groups[gi].first)
		}
		r.entries = append(r.entries, textEntry{g: gi, from: from, to: r.groups[gi].first, closing: -1})
		r.groups[gi].role = roleOpener
	}
}

// firstEntryStart finds where the first entry of a page of closing
// bylines begins: going up from its byline, the entry holds headlines
// and running text, and the furniture above it is short lines; it
// begins after the last headline that stands alone above its text.
func (r *textReader) firstEntryStart(byline int) int {
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

// bylineName returns the author named by a byline ("By Jane Doe", "Jane
// Doe", "di Mario Rossi"), or "".
func (lx *textLexicon) bylineName(s string) string {
	s = strings.TrimFunc(s, func(c rune) bool { return unicode.IsSpace(c) || strings.ContainsRune(",|-–—·:", c) })
	if name := lx.prefixedByline(s); name != "" {
		return name
	}
	if isNameLike(s, lx) {
		return s
	}
	return ""
}

// prefixedByline returns the name of an author line that starts with
// "By" or its like ("By Jane Doe", "Von Max Muster"), or "".
func (lx *textLexicon) prefixedByline(s string) string {
	if word, rest, ok := strings.Cut(s, " "); ok && lx.bylines.has(word) && isNameLike(rest, lx) {
		return rest
	}
	return ""
}

// isNameLike reports a person's name: two to five words, each
// capitalised (or a particle such as "von"), letters only, not all in
// capitals, not a possessive.
func isNameLike(s string, lx *textLexicon) bool {
	if s == "" || len(s) > 48 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	caps, upper := 0, 0
	for _, w := range words {
		if lx.particles.has(w) {
			continue
		}
		if pre, name, ok := strings.Cut(w, "-"); ok && lx.particles.has(pre) && name != "" {
			w = name // "al-Ajrami"
		}
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !strings.ContainsRune("-'’.", c) {
				return false
			}
		}
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			return false
		}
		if strings.ToUpper(w) == w && utf8.RuneCountInString(w) > 2 {
			upper++
		}
		caps++
	}
	return caps >= 2 && upper < caps
}

// isAttribution reports the text before a date that credits a quotation
// or an embedded post: "— Jane Doe (@jdoe)", "- Agency Name, 1920".
func isAttribution(s string) bool {
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "- ") || strings.Contains(s, "(@")
}
