package textread

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// groupRole is what a stamp group is on the page.
type groupRole uint8

const (
	roleNone     groupRole = iota
	roleOpener             // starts an entry
	roleHeading            // a date the entries below (or above) stand under
	roleDateline           // the page's own date: furniture that dates the page
	roleByline             // an author with a time, closing an entry
	roleIndex              // an item of a list of links or key events
	roleDropped            // an opener found to be furniture
)

// stampItem is one stamp found in the blocks: a block may hold two
// ("20m ago12.34 BST"), a stamp may span several short blocks (a date
// printed a part a line).
type stampItem struct {
	first, last int // the blocks it spans
	ts          textStamp
	// opensRange reports a stamp followed by another across a range's
	// joiner ("10:00 am - 11:00 am"): a programme's time.
	opensRange bool
}

// stampGroup is the stamps that stand together for one thing: an entry's
// relative and absolute times, a date above a clock. One entry has one
// group.
type stampGroup struct {
	first, last int // the blocks the group spans
	st          timeparse.Stamp
	raw         string
	feat        uint8 // featRel, featDate, featClock of all its stamps
	place       stampPlace
	other       string // the text sharing the group's last block
	glued       bool
	label       bool // printed as an edit or publication time
	byCard      bool // the date of a byline ("By Jane Doe" above it)
	titleOnly   bool // an opener followed by one headline and nothing else
	role        groupRole
}

// kind is what the group's chosen stamp says: 'R' relative only, 'T' a
// clock without a date, 'D' a clock with a date (or an epoch), 'd' a
// date alone.
func (g *stampGroup) kind() byte {
	switch f := stampFeatures(&g.st); {
	case f == featRel:
		return 'R'
	case f&featClock != 0 && f&featDate != 0:
		return 'D'
	case f&featClock != 0:
		return 'T'
	}
	return 'd'
}

// shortJoin is the longest block that is tried as the part of a stamp
// printed over several lines ("November", "02", "2023", "21:06 (IST)").
const shortJoin = 16

// scanStamps finds the stamps of the blocks, in one pass.
func scanStamps(norm *timeparse.Normalizer, blocks []block, lex *textLexicon) []stampItem {
	var items []stampItem
	for i := 0; i < len(blocks); i++ {
		ts, ok := findStamp(norm, blocks[i].text)
		last := i
		if !ok && utf8.RuneCountInString(blocks[i].text) <= shortJoin {
			ts, last, ok = joinedStamp(norm, blocks, i)
		}
		if !ok {
			continue
		}
		if last == i && ts.place == stampWhole && ts.st.HasTime {
			ts, last = completeClock(norm, blocks, i, ts)
		}
		items = append(items, stampItem{first: i, last: last, ts: ts})
		// "20m ago12.34 BST": the rest of a prefix stamp may be a
		// stamp too.
		if ts.place == stampPrefix {
			if ts2, ok := findStamp(norm, ts.other); ok && ts2.place != stampSuffix {
				items[len(items)-1].opensRange = ts.st.HasTime && ts2.st.HasTime && lex.rangeJoin(blocks[i].text, ts.raw, ts.other)
				items[len(items)-1].ts.other = ""
				items = append(items, stampItem{first: i, last: last, ts: ts2})
			}
		}
		i = last
	}
	return items
}

// completeClock joins to the clock ts of block i the short line under
// it when that line completes it: its AM/PM ("2:45" over "PM", as a
// browser copies a time and its meridiem set in two elements), its
// zone, "Uhr". A line with a digit, or one that gives the clock a
// date, is a stamp or a heading of its own.
func completeClock(norm *timeparse.Normalizer, blocks []block, i int, ts textStamp) (textStamp, int) {
	if i+1 >= len(blocks) || blocks[i+1].blank {
		return ts, i
	}
	next := blocks[i+1].text
	if utf8.RuneCountInString(next) > shortJoin/2 || hasDigit(next) {
		return ts, i
	}
	s := ts.raw + " " + next
	st, err := norm.Read(s)
	if err != nil || !st.HasTime || st.HasDate != ts.st.HasDate || st.Relative != ts.st.Relative {
		return ts, i
	}
	return textStamp{st: st, raw: s, place: stampWhole}, i + 1
}

// joinedStamp reads a stamp printed over up to four short blocks with
// no blank line between them, the longest that reads.
func joinedStamp(norm *timeparse.Normalizer, blocks []block, i int) (textStamp, int, bool) {
	var best textStamp
	bestLast := -1
	// Only a join holding a digit can give a time of day or a date.
	digit := false
	for j := i; j < len(blocks) && j <= i+3 && !digit; j++ {
		if j > i && (blocks[j].blank || len(blocks[j].text) > 4*shortJoin) {
			break
		}
		digit = hasDigit(blocks[j].text)
	}
	if !digit {
		return best, bestLast, false
	}
	var sb strings.Builder
	sb.WriteString(blocks[i].text)
	for j := i + 1; j < len(blocks) && j <= i+3; j++ {
		b := blocks[j]
		if b.blank || utf8.RuneCountInString(b.text) > shortJoin {
			break
		}
		sb.WriteByte(' ')
		sb.WriteString(b.text)
		s := sb.String()
		if st, err := norm.Read(s); err == nil && (st.HasDate || st.HasTime) {
			best, bestLast = textStamp{st: st, raw: s, place: stampWhole}, j
		}
	}
	return best, bestLast, bestLast >= 0
}

// groupStamps gathers the stamp items into groups: consecutive stamps
// that say different things (a relative time and a clock) are one group.
func groupStamps(blocks []block, items []stampItem, lex *textLexicon) []stampGroup {
	groups := make([]stampGroup, 0, len(items))
	for k := 0; k < len(items); k++ {
		it := items[k]
		g := stampGroup{first: it.first, last: it.last, st: it.ts.st, raw: it.ts.raw,
			feat: stampFeatures(&it.ts.st), place: it.ts.place, other: it.ts.other, glued: it.ts.glued}
		if g.feat == featDate && it.first > 0 && !blocks[it.first].blank && lex.prefixedByline(blocks[it.first-1].text) != "" {
			// "By Jane Doe" over a date: a related story's byline, not a
			// date the entries stand under.
			g.byCard = true
			groups = append(groups, g)
			continue
		}
		labelled := itemLabelled(blocks, &it, lex)
		for g.place != stampSuffix && g.other == "" && g.feat != featDate && k+1 < len(items) {
			nx := items[k+1]
			if nx.first > g.last+1 || nx.ts.place == stampSuffix {
				break
			}
			// A date alone stays apart: it heads the entries below it
			// (ResolveSequence dates them from it), and a
			// date printed with each clock comes out of the copy as one
			// stamp (see joinedStamp).
			f := stampFeatures(&nx.ts.st)
			if f&g.feat != 0 || f == featDate || labelled != itemLabelled(blocks, &nx, lex) {
				break
			}
			k++
			if better(&nx.ts.st, &g.st) {
				g.st, g.raw = nx.ts.st, nx.ts.raw
			}
			g.feat |= f
			g.last, g.place, g.other, g.glued = nx.last, nx.ts.place, nx.ts.other, nx.ts.glued
		}
		g.label = labelled
		groups = append(groups, g)
	}
	return groups
}

// itemLabelled reports a stamp printed as an edit or publication time:
// "Updated at 12.08 BST", or a clock under a line saying "Updated".
func itemLabelled(blocks []block, it *stampItem, lex *textLexicon) bool {
	if lex.isLabelled(it.ts.raw) {
		return true
	}
	return it.ts.place != stampSuffix && it.first > 0 && lex.updated.has(strings.TrimRight(blocks[it.first-1].text, ":"))
}

// better reports whether stamp a says more than b: a clock beats a
// relative time, a date with a clock beats a clock alone.
func better(a, b *timeparse.Stamp) bool {
	score := func(st *timeparse.Stamp) int {
		switch f := stampFeatures(st); {
		case f&featClock != 0 && f&featDate != 0:
			return 3
		case f&featClock != 0:
			return 2
		case f == featRel && st.HasTime:
			return 1
		}
		return 0
	}
	return score(a) > score(b)
}

// shape is the group's stamp shape (stampShape), except that every
// relative stamp has one: "5 min ago" and "an hour ago", "לפני 5 דקות"
// and "לפני שעה" are the same stream's stamps, the count printed in
// digits or in words.
func (g *stampGroup) shape() string {
	if g.kind() == 'R' {
		return "R"
	}
	return stampShape(g.raw)
}

// stampShape is the printed form of a stamp with its runs of digits and
// of letters blanked: "12.50 BST" and "09.05 CEST" share "9.9 a", a
// video length "01:27" has "9:9".
func stampShape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev byte
	for _, r := range s {
		c := byte('.')
		switch {
		case unicode.IsDigit(r):
			c = '9'
		case unicode.IsLetter(r):
			c = 'a'
		case unicode.IsSpace(r):
			c = ' '
		case r < utf8.RuneSelf:
			c = byte(r)
		}
		if (c == '9' || c == 'a' || c == ' ') && c == prev {
			continue
		}
		b.WriteByte(c)
		prev = c
	}
	return b.String()
}
