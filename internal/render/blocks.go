package render

import (
	"html/template"
	"slices"
	"strings"

	"github.com/liveblog-go/liveblog/internal/dom"
)

// blocks gathers a body's blocks as they are written, straight into the
// body's text and HTML: each block's text after a blank line, its markup
// in its wrapper, runs of list items in <ul>. A span records where each
// block's content lies. Most bodies need nothing more, so a body costs
// its output once; only when assemble drops blocks (a repeated run, a
// first block that repeats the title) is the body written again from the
// spans that remain.
type blocks struct {
	text, markup strings.Builder
	inList       bool
	spans        []span
	// dedupe drops a block whose text repeats the block just before it
	// as it comes (the first pass of dropRepeated, done early so that a
	// body of a thousand copies of one paragraph is never written out).
	dedupe bool
}

// span is one block: where its text and markup lie in the body, and its
// wrapper.
type span struct {
	t0, t1, m0, m1 int
	tag            string
}

// add appends one block.
func (b *blocks) add(text, markup []byte, tag string) {
	if b.dedupe && len(text) > 0 && len(b.spans) > 0 {
		if last := b.spans[len(b.spans)-1]; string(b.textOf(last)) == string(text) {
			return
		}
	}
	if len(b.spans) == cap(b.spans) {
		b.spans = slices.Grow(b.spans, max(len(b.spans), 8)) // doubling: see write
	}
	b.spans = append(b.spans, b.write(text, markup, tag))
}

// write writes one block's text and markup at the end of the body and
// returns its span.
//
// The builders grow by doubling (Grow's policy), not by append's quarter
// past its first few kilobytes: a long body then allocates about twice
// its size in all, not five times.
func (b *blocks) write(text, markup []byte, tag string) span {
	b.text.Grow(len(text) + len("\n\n"))
	b.markup.Grow(len(markup) + 2*len(tag) + len("</ul><></>"))
	sp := span{tag: tag}
	if len(text) > 0 {
		if b.text.Len() > 0 {
			b.text.WriteString("\n\n")
		}
		sp.t0 = b.text.Len()
		b.text.Write(text)
	} else {
		sp.t0 = b.text.Len()
	}
	sp.t1 = b.text.Len()
	if tag == "li" && !b.inList {
		b.markup.WriteString("<ul>")
		b.inList = true
	} else if tag != "li" && b.inList {
		b.markup.WriteString("</ul>")
		b.inList = false
	}
	b.markup.WriteByte('<')
	b.markup.WriteString(tag)
	b.markup.WriteByte('>')
	sp.m0 = b.markup.Len()
	b.markup.Write(markup)
	sp.m1 = b.markup.Len()
	b.markup.WriteString("</")
	b.markup.WriteString(tag)
	b.markup.WriteByte('>')
	return sp
}

func (b *blocks) textOf(sp span) string   { return b.text.String()[sp.t0:sp.t1] }
func (b *blocks) markupOf(sp span) string { return b.markup.String()[sp.m0:sp.m1] }

// assemble writes the body's Text, HTML and Blocks into out, after
// dropping what repeats (with dedupe): a run of blocks that repeats the
// run just before it (see dropRepeated), and a first block that repeats
// the title.
func (b *blocks) assemble(out *Body, title string) {
	spans := b.spans
	if b.dedupe {
		spans = b.dropRepeated(spans)
	}
	if title != "" && len(spans) > 0 && b.textOf(spans[0]) == title {
		spans = spans[1:]
	}
	if len(spans) < len(b.spans) {
		b.rewrite(spans)
		spans = b.spans
	}
	if b.inList {
		b.markup.WriteString("</ul>")
		b.inList = false
	}
	out.Text, out.HTML = b.text.String(), b.markup.String()
	out.Blocks = make([]Block, len(spans))
	for i, sp := range spans {
		out.Blocks[i] = Block{Text: out.Text[sp.t0:sp.t1], HTML: out.HTML[sp.m0:sp.m1], Tag: sp.tag}
	}
}

// rewrite writes the body again with only the blocks of keep.
func (b *blocks) rewrite(keep []span) {
	old := *b // its builders' strings stay as they are; keep may share b.spans
	*b = blocks{spans: keep[:0], dedupe: old.dedupe}
	b.text.Grow(old.text.Len())
	b.markup.Grow(old.markup.Len())
	for _, sp := range keep {
		b.spans = append(b.spans, b.write([]byte(old.textOf(sp)), []byte(old.markupOf(sp)), sp.tag))
	}
}

// dropRepeated removes a run of blocks that repeats the run just before
// it (A A → A, A B A B → A B), as pages that render a paragraph twice
// show it. Blocks without text (images) are never dropped. Runs of one
// block are gone already (see add).
//
// Each run length is one pass that compacts the spans in place, so a
// body of thousands of paragraphs costs passes over it, not a deletion
// per repeat; past maxRepeatScan blocks only runs of up to maxRepeatRun
// blocks are looked for.
func (b *blocks) dropRepeated(spans []span) []span {
	for size := 2; size <= len(spans)/2 && (size <= maxRepeatRun || len(spans) <= maxRepeatScan); size++ {
		out := spans[:0] // the spans kept so far: never past i
		for i := 0; i < len(spans); {
			if len(out) >= size && i+size <= len(spans) && b.sameRun(out[len(out)-size:], spans[i:i+size]) {
				i += size
				continue
			}
			out = append(out, spans[i])
			i++
		}
		spans = out
	}
	return spans
}

// maxRepeatScan and maxRepeatRun bound dropRepeated on long bodies.
const (
	maxRepeatScan = 256
	maxRepeatRun  = 16
)

func (b *blocks) sameRun(x, y []span) bool {
	for i := range x {
		tx, ty := b.textOf(x[i]), b.textOf(y[i])
		if len(tx) == 0 || tx != ty {
			return false
		}
	}
	return true
}

// Text renders plain text, split into paragraphs at blank lines, into a
// body: each paragraph a block, its lines joined by newlines in the text
// and by <br> in the HTML. A first paragraph that repeats title is left
// out, as are repeated runs of paragraphs.
func Text(s, title string) Body {
	b := blocks{dedupe: true}
	var line strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var text, markup []byte
	for para := range strings.SplitSeq(s, "\n\n") {
		text, markup = text[:0], markup[:0]
		for l := range strings.SplitSeq(para, "\n") {
			if l = dom.Clean(l); l == "" {
				continue
			}
			if len(text) > 0 {
				text = append(text, '\n')
				markup = append(markup, "<br>"...)
			}
			text = append(text, l...)
			line.Reset()
			template.HTMLEscape(&line, []byte(l))
			markup = append(markup, line.String()...)
		}
		if len(text) > 0 {
			b.add(text, markup, "p")
		}
	}
	var out Body
	b.assemble(&out, title)
	return out
}

// JoinHTML joins blocks, each in its wrapper, and runs of list items in
// <ul>: the HTML of a body made of them.
func JoinHTML(bl []Block) string {
	var b blocks
	for _, x := range bl {
		b.add([]byte(x.Text), []byte(x.HTML), x.Tag)
	}
	var out Body
	b.assemble(&out, "")
	return out.HTML
}
