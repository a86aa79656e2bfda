package detect

import (
	"html"
	"strings"

	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// This file keeps the text of the elements whose text the detector
// reads (time labels, headings, short paragraphs) while they are open,
// in one buffer shared by the elements open at once, and emptied when
// none of them needs it any more.

// capture is the text of the open elements that read theirs.
type capture struct {
	frames  []int32 // stack indices of the capturing frames
	buf     []byte
	segs    []seg
	block   bool // a block element began or ended since the last text
	scratch strings.Builder
}

// seg is one text of the page in capture.buf, with the depths of the
// innermost open screen-reader-only and skipped elements around it (-1
// for none): an element at depth d leaves out the texts whose skip is
// deeper than d, and its label the texts whose sr is.
type seg struct {
	start, end int32
	block      bool
	sr, skip   int32
}

// wants returns the questions element e's text may answer.
func wants(e *elem, f *frame) uint16 {
	var w uint16
	switch e.atom {
	case atom.Time:
		w |= wTime | wClock
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w |= wHeading
	case atom.P:
		w |= wPara | wClock | wLabel
	case atom.Div, atom.Li, atom.Td, atom.Strong, atom.B, atom.Dt, atom.Em, atom.Span:
		w |= wClock | wLabel
	case atom.Abbr:
		w |= wClock
		if lexicon.PublishedClasses.HasPart(e.class) {
			w |= wAbbr
		}
	case atom.Small, atom.I, atom.A, atom.Dd, atom.Header, atom.Footer, atom.Th:
		w |= wLabel
	}
	if e.tag == "amp-timeago" {
		w |= wTime
	}
	if f.boldLead {
		w |= wBold
	}
	if f.firstH1 {
		w |= wTitle
	}
	return w
}

// wTitle asks for the page's first headline, in full.
const wTitle uint16 = 1 << 15

// capOf returns the most raw text that want still reads.
func capOf(want uint16) int32 {
	c := int32(0)
	for i, n := range wantCap {
		if want&(1<<i) != 0 {
			c = max(c, n)
		}
	}
	if want&wTitle != 0 {
		c = max(c, 1<<16)
	}
	return c
}

// startCapture begins keeping the text of a new element that may need it.
func (p *page) startCapture(f *frame, e *elem, depth int32) {
	f.want = wants(e, f)
	if f.want == 0 {
		return
	}
	f.segStart, f.bufStart = int32(len(p.cap.segs)), int32(len(p.cap.buf))
	p.cap.frames = append(p.cap.frames, depth)
}

// childOpened updates the capturing elements for an element opening at
// depth: a printed label holds only text and inline elements holding
// text, none of them with a time attribute of its own (timed), a match
// clock no block.
func (c *capture) childOpened(p *page, depth int32, a atom.Atom, timed bool) {
	if len(c.frames) == 0 {
		return
	}
	for _, d := range c.frames {
		f := &p.stack[d]
		switch depth - d {
		case 1:
			f.kids++
			if f.kids > maxLabel || !labelInline(a) || timed {
				f.want &^= wLabel
			}
			switch a {
			case atom.P, atom.Div, atom.Ul, atom.Ol:
				f.want &^= wClock
			}
		default:
			f.want &^= wLabel
		}
	}
	c.prune(p)
}

// labelInline reports the elements a printed label may hold.
func labelInline(a atom.Atom) bool {
	switch a {
	case atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Abbr, atom.Small, atom.Br, atom.Sup:
		return true
	}
	return false
}

// maxLabel is the longest text a printed time label may have.
const maxLabel = 64

// textIn keeps a text for the capturing elements. dec is the text with
// its references decoded, t the same trimmed.
func (c *capture) textIn(p *page, dec, t string) {
	if len(c.frames) == 0 {
		return
	}
	start := int32(len(c.buf))
	c.buf = append(c.buf, dec...)
	c.segs = append(c.segs, seg{start: start, end: int32(len(c.buf)), block: c.block, sr: p.srAt, skip: p.skipAt})
	c.block = false
	depth := int32(len(p.stack) - 1)
	for _, d := range c.frames {
		f := &p.stack[d]
		if f.want&wLabel != 0 {
			switch depth - d {
			case 0:
				f.kids++
				fallthrough
			case 1:
				f.size += int32(len(t))
				f.shape = f.shape || timeparse.MayHoldStamp(dec)
			}
			if f.size > 2*maxLabel || f.kids > maxLabel {
				f.want &^= wLabel
			}
		}
		raw := int32(len(c.buf)) - f.bufStart
		for i, n := range wantCap {
			if raw > n {
				f.want &^= 1 << i
			}
		}
		if raw > 1<<16 {
			f.want &^= wTitle
		}
	}
	c.prune(p)
}

// prune stops capturing for the elements whose questions are all
// answered no, and empties the buffer when none captures.
func (c *capture) prune(p *page) {
	out := c.frames[:0]
	for _, d := range c.frames {
		if p.stack[d].want != 0 {
			out = append(out, d)
		}
	}
	c.frames = out
	if len(out) == 0 {
		c.buf, c.segs = c.buf[:0], c.segs[:0]
	}
}

// closing stops capturing for the element at depth, which is closing.
func (c *capture) closing(p *page, depth int32) {
	if n := len(c.frames); n > 0 && c.frames[n-1] == depth {
		c.frames = c.frames[:n-1]
		if n == 1 {
			c.buf, c.segs = c.buf[:0], c.segs[:0]
		}
	}
}

// blockEdge notes a block element beginning or ending: the words on
// either side do not run together.
func (c *capture) blockEdge(a atom.Atom) {
	switch a {
	case atom.Br, atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Figure, atom.Figcaption, atom.Blockquote, atom.Section, atom.Article, atom.Header,
		atom.Footer, atom.Ul, atom.Ol, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th, atom.Table:
		c.block = true
	}
}

// domText returns the text of the capturing element at depth as
// dom.Text reads it, or "" when it was not kept or is longer than limit
// bytes of raw text.
func (p *page) domText(f *frame, depth int32, limit int) string {
	if f.want == 0 {
		return ""
	}
	segs := p.cap.segs[f.segStart:]
	if len(segs) == 1 && segs[0].skip <= depth {
		return clean(string(p.cap.buf[segs[0].start:segs[0].end]))
	}
	b := &p.cap.scratch
	b.Reset()
	for _, s := range segs {
		if s.skip > depth {
			continue
		}
		if s.block {
			b.WriteByte(' ')
		}
		b.Write(p.cap.buf[s.start:s.end])
		if b.Len() > limit {
			return ""
		}
	}
	return clean(b.String())
}

// prefixText returns the start of the capturing element's text, about n
// bytes of it, as dom.Text reads it: enough for a leading clock.
func (p *page) prefixText(f *frame, depth int32, n int) string {
	if f.want == 0 {
		return ""
	}
	b := &p.cap.scratch
	b.Reset()
	for _, s := range p.cap.segs[f.segStart:] {
		if s.skip > depth {
			continue
		}
		if s.block {
			b.WriteByte(' ')
		}
		b.Write(p.cap.buf[s.start:s.end])
		if b.Len() > n {
			break
		}
	}
	return clean(b.String())
}

// labelText returns the text of the capturing element at depth as a
// sighted reader sees it: every text joined by a space, screen-reader
// copies left out unless they are all it holds.
func (p *page) labelText(f *frame, depth int32) string {
	if f.want == 0 {
		return ""
	}
	b := &p.cap.scratch
	b.Reset()
	hidden := false
	for _, s := range p.cap.segs[f.segStart:] {
		switch {
		case s.skip > depth:
		case s.sr > depth:
			hidden = true
		default:
			b.Write(p.cap.buf[s.start:s.end])
			b.WriteByte(' ')
		}
	}
	out := clean(b.String())
	if out == "" && hidden {
		return p.domText(f, depth, 1<<16)
	}
	return out
}

// clean collapses white space as dom.Clean does.
func clean(s string) string { return dom.Clean(s) }

// unescape decodes character references.
func unescape(s string) string { return html.UnescapeString(s) }

// isScreenReaderClass reports whether a class value names text only
// screen readers announce (lexicon.ScreenReaderClasses, compared without
// '-' and '_').
func isScreenReaderClass(v string) bool {
	for v != "" {
		i := 0
		for i < len(v) && !isSpace(v[i]) {
			i++
		}
		c := v[:i]
		for i < len(v) && isSpace(v[i]) {
			i++
		}
		v = v[i:]
		if c == "" || len(c) > 32 {
			continue
		}
		var buf [32]byte
		out := buf[:0]
		for i := 0; i < len(c); i++ {
			switch ch := c[i]; {
			case ch == '-' || ch == '_':
			case 'A' <= ch && ch <= 'Z':
				out = append(out, ch+'a'-'A')
			default:
				out = append(out, ch)
			}
		}
		if lexicon.ScreenReaderClasses.Has(string(out)) {
			return true
		}
	}
	return false
}
