package textread

import (
	"slices"
	"strings"
)

// dropIndexRuns marks as index items the openers that stand three or
// more in a row each with only a headline after it, when the run
// repeats headlines printed elsewhere on the page or stands under a list
// heading ("Key events", "Punti chiave"): a list of the blog's key
// events or an index of its posts, not entries.
func (r *reader) dropIndexRuns() {
	ops := r.openers()
	titleOnly := make([]bool, len(ops))
	heads := make([]string, len(ops))
	headAt := make([]int, len(ops)) // the headline's block, -1 for the stamp's own
	var buf []int
	for k, gi := range ops {
		g := &r.groups[gi]
		buf = r.content(g.last+1, r.bodyEnd(ops, k), buf[:0])
		head, at := r.loneHeadline(g, buf, k == len(ops)-1)
		if head != "" && isHeadline(head) && isTitleSized(head) {
			titleOnly[k], heads[k], headAt[k] = true, head, at
			g.titleOnly = true
		}
	}
	if n := len(ops); n > 3 && !slices.Contains(titleOnly[:n-1], false) {
		// Headlines alone but the last, which runs on into the page's
		// text: a chronology in an article ("09:40 Notruf", "10:15
		// Großalarm"), or an index of stories above the page's
		// footer. No stream has text in its oldest entry only.
		for _, gi := range ops {
			r.groups[gi].role = roleIndex
		}
		return
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
		trailing := end == len(ops) && k > 0 && r.underListHeading(r.groups[ops[k]].first)
		if end-k >= 3 && (trailing || r.underAside(r.groups[ops[k]].first) || r.repeats(heads[k:end])) {
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

// loneHeadline returns the one line of text that opener g stands with,
// and its block (-1 for the text beside the stamp), when g has no other
// text: buf is its body's content blocks; the page's last stamp may have
// the page's furniture after its headline ("Mest läst", "Newsletter").
func (r *reader) loneHeadline(g *stampGroup, buf []int, last bool) (string, int) {
	switch {
	case r.restIsText(g) && len(buf) == 0:
		return g.other, -1
	case !r.restIsText(g) && len(buf) == 1:
		return r.blocks[buf[0]].text, buf[0]
	case !r.restIsText(g) && last && len(buf) > 1 && !r.anyProse(buf):
		return r.blocks[buf[0]].text, buf[0]
	}
	return "", -1
}

// underAside reports whether the block before b (blank lines aside) is
// a list heading such as "Key events".
func (r *reader) underAside(b int) bool {
	return b > 0 && r.lex.asides.has(strings.TrimRight(r.blocks[b-1].text, ":"))
}

// anyProse reports running text among blocks bs.
func (r *reader) anyProse(bs []int) bool {
	for _, b := range bs {
		if isProse(r.blocks[b].text) {
			return true
		}
	}
	return false
}

// underListHeading reports whether the block before b is a short
// heading of its own ("Senaste nytt", "Latest news"): not running text,
// no button, no stamp. Stamped headlines under such a heading after the
// stream are an index of the site's stories; the last entries of a
// stream, however short, follow the text of the entry above.
func (r *reader) underListHeading(b int) bool {
	if b == 0 || r.owner[b-1] >= 0 || r.isChrome(b-1) {
		return false
	}
	t := r.blocks[b-1].text
	return !isProse(t) && isHeadline(t) && wordCount(t, 6) <= 5
}

// repeats reports whether one of the headlines is printed more than once
// on the page.
func (r *reader) repeats(heads []string) bool {
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
func (r *reader) keepDominant() {
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
		s := r.groups[gi].shape()
		shapes[s]++
		if shapes[s] > top && r.groups[gi].kind() == dominant {
			top, r.coreShape = shapes[s], s
		}
	}
	r.coreKind = dominant
	started = false
	for _, gi := range ops {
		g := &r.groups[gi]
		s := g.shape()
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
