package textread

import (
	"strings"

	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// reader is the state of one read of a copied page.
type reader struct {
	in      *Input
	norm    *timeparse.Normalizer
	lex     *textLexicon
	blocks  []block
	groups  []stampGroup
	owner   []int32 // per block: the group spanning it, or -1
	entries []entry
	caption []bool         // per block: an image caption
	printed map[string]int // how often each line (and text after a stamp) is printed

	// coreKind and coreShape are the kind and printed shape of most
	// entries' stamps.
	coreKind  byte
	coreShape string

	ranges   int    // stamps that open a range of times ("10:00 am - 11:00 am")
	headline string // the title of a first entry dropped as the page's headline
	start    int    // where the stream starts: the first stamp, or the headline above it

	datedBy string // see Page.DatedBy; set by date
	chrome  []int8 // per block: isChrome's answer once asked (1 yes, -1 no)
}

// entry is one entry found: its stamp group and its body blocks.
type entry struct {
	g        int // the group whose stamp it has
	from, to int // body blocks [from, to)
	closing  int // a byline group ending the entry, or -1
	// titleAbove is the headline printed above the entry's stamp, on
	// pages that print each entry's headline before its time.
	titleAbove string

	title     string
	weakTitle bool // title ends in "!" or "?": kept if the page has headlines
	paras     []string
	authors   []string
	keyEvent  bool
	pinned    bool
	dropped   bool // a pinned copy of an entry in the stream
}

func newReader(in *Input, blocks []block) *reader {
	return &reader{in: in, norm: &in.Norm, lex: textLex, blocks: blocks, start: -1}
}

// findEntries finds the page's entries; it reports false when there
// are none.
func (r *reader) findEntries() bool {
	items := scanStamps(r.norm, r.blocks, r.lex)
	if len(items) == 0 {
		return false
	}
	for i := range items {
		if items[i].opensRange {
			r.ranges++
		}
	}
	r.groups = groupStamps(r.blocks, items, r.lex)
	r.indexBlocks()
	r.classify()
	r.dropIndexRuns()
	r.keepDominant()
	r.buildEntries()
	return len(r.entries) > 0
}

// indexBlocks records, for the groups found, which group spans each
// block, how often each line is printed, and which lines are captions.
func (r *reader) indexBlocks() {
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
}

// classify gives each group its first role, from the group alone.
func (r *reader) classify() {
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
			case g.kind() == 'D' && g.st.HasYear && isPlaceName(head):
				// "Murcia, 12 de septiembre de 2024 - 13:20": the
				// article's dateline, the page's own date.
				g.role = roleDateline
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
	r.labelledOpeners()
	r.ownBylineDate()
	r.creditDate()
}

// creditDate makes the page's dateline of a dated stamp at the end of a
// short credit line above the first entry, when no byline rule took it:
// a name in a script without capitals ("김서연 기자 입력 2024.08.29 오전
// 9:00", "سارة المصري - 29/08/2024 09:00"). The
// date, with its year, dates the page as a "By Ann Lee, 29 August 2024,
// 09:00" line does.
func (r *reader) creditDate() {
	for gi := range r.groups {
		g := &r.groups[gi]
		if g.role == roleOpener {
			return
		}
		if g.role == roleNone && g.place == stampSuffix && g.st.HasDate && g.st.HasYear && isCreditHead(g.other) {
			g.role = roleDateline
		}
	}
}

// ownBylineDate makes the page's dateline of a date under an author line
// above the first entry ("By Helen Marsh" over "Sunday 7 July 2024"),
// when it is the only such pair there: several are a rail of related
// stories, each card's byline over its date.
func (r *reader) ownBylineDate() {
	card := -1
	for gi := range r.groups {
		g := &r.groups[gi]
		if g.role == roleOpener {
			break
		}
		if g.byCard {
			if card >= 0 {
				return
			}
			card = gi
		}
	}
	if card >= 0 {
		r.groups[card].role = roleDateline
	}
}

// labelledOpeners makes openers of the labelled stamps ("Posted at
// 14:05", "Published 14:05") when the page has no others: a site that
// labels every entry's time prints the label on each, where a page's own
// publication or edit time is one line among unlabelled entry stamps.
// Labelled stamps on adjacent lines are one thing's ("Published 12 March
// 2024, 18:40" over "Updated 13 March 2024, 07:15": an article's
// dateline, or one entry's post and edit times), and only the first of
// such a run opens an entry; one run alone is a page's dateline, not a
// stream. keepDominant then sets the page's own dated line apart as
// before.
func (r *reader) labelledOpeners() {
	openers, runs, prev := 0, 0, -1
	for gi := range r.groups {
		switch g := &r.groups[gi]; {
		case g.role == roleOpener:
			openers++
		case r.labelledDateline(gi):
			if prev < 0 || g.first > r.groups[prev].last+1 {
				runs++
			}
			prev = gi
		}
	}
	if openers >= 2 || runs < 2 {
		return
	}
	prev = -1
	for gi := range r.groups {
		if !r.labelledDateline(gi) {
			continue
		}
		g := &r.groups[gi]
		if prev < 0 || g.first > r.groups[prev].last+1 {
			g.role = roleOpener
		}
		prev = gi
	}
}

// labelledDateline reports group gi a labelled stamp with a time of day
// taken for a dateline.
func (r *reader) labelledDateline(gi int) bool {
	g := &r.groups[gi]
	return g.label && g.role == roleDateline && g.st.HasTime
}

// openers returns the groups that open entries, in page order.
func (r *reader) openers() []int {
	var out []int
	for gi := range r.groups {
		if r.groups[gi].role == roleOpener {
			out = append(out, gi)
		}
	}
	return out
}

// bodyEnd is the block where the body of opener ops[k] ends.
func (r *reader) bodyEnd(ops []int, k int) int {
	if k+1 < len(ops) {
		return r.groups[ops[k+1]].first
	}
	return len(r.blocks)
}

// content appends to out the blocks in [from, to) that can be an
// entry's text: not stamps of furniture, not chrome lines, not a flag
// printed alone ("Pinned", "Épinglé"), which belongs to the entry whose
// stamp it stands beside.
func (r *reader) content(from, to int, out []int) []int {
	for b := from; b < to; b++ {
		if r.isText(b) && !r.isChrome(b) && !r.lex.isFlag(r.blocks[b].text) {
			out = append(out, b)
		}
	}
	return out
}

// isText reports whether block b is text: not a stamp, or a stamp that
// is neither an entry's nor furniture (a sentence ending with a time).
func (r *reader) isText(b int) bool {
	og := r.owner[b]
	if og < 0 {
		return true
	}
	g := &r.groups[og]
	return (g.role == roleNone || g.role == roleDropped) && g.other != "" && !g.byCard
}

// isChrome reports a block of page furniture: a control, an "Updated"
// label, a list heading ("Key events"), an image caption, a rights
// notice.
//
// The answer is kept per block: the reader asks it of the same blocks
// again and again.
func (r *reader) isChrome(b int) bool {
	if r.chrome == nil {
		r.chrome = make([]int8, len(r.blocks))
	}
	if c := r.chrome[b]; c != 0 {
		return c > 0
	}
	t := r.blocks[b].text
	is := r.lex.chrome.has(t) || r.lex.gluedChrome(t) || r.lex.updated.has(t) || r.lex.asides.has(strings.TrimRight(t, ":")) || r.caption[b] || lexicon.IsRightsNotice(t)
	r.chrome[b] = -1
	if is {
		r.chrome[b] = 1
	}
	return is
}

// restIsText reports whether the text after an opener's stamp is part of
// the entry (a title or a paragraph), not an author or a flag.
func (r *reader) restIsText(g *stampGroup) bool {
	o := g.other
	return o != "" && !r.lex.isFlag(o) && !(g.glued && isNameLike(o, r.lex)) && r.lex.bylineName(o) == ""
}
