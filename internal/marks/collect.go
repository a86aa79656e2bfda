package marks

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/docindex"
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// maxMarks bounds the work on hostile pages.
const maxMarks = 5000

// Collect returns the time marks of a page, in page order, from its
// index: under the element at position at, or, for at < 0, in the whole
// tree. norm reads the text of short labels that may be a printed time
// stamp; plainParas (for pages that say they are live) lets a plain
// paragraph or a list item that opens with a clock, a <dt> holding a
// clock, and a table cell holding a time stamp open an entry.
//
// It reads the elements in page order, jumping over the subtree of an
// element that cannot hold a mark or is one (scripts, <head>, a time
// label): a walk of the tree, without walking it.
func Collect(ix *docindex.Index, at int, norm *timeparse.Normalizer, plainParas bool) []Mark {
	c := collector{norm: norm, plainParas: plainParas, rolling: plainParas}
	from, to := 0, ix.Len()
	if at >= 0 {
		from, to = at, ix.End(at)
		c.root = ix.Node(at)
	}
	for i := from; i < to && len(c.marks) < maxMarks; {
		if c.visit(ix.Node(i)) {
			i++
		} else {
			i = ix.End(i)
		}
	}
	if c.bare > 0 && !c.rolling && c.separators < 2 {
		// Without the signs of a rolling-update article, a bare stamp
		// paragraph is a time label like any other, not a heading.
		for i := range c.marks {
			if c.marks[i].Bare {
				c.marks[i].Bare, c.marks[i].Heading = false, false
			}
		}
	}
	return c.marks
}

// collector holds Collect's state.
type collector struct {
	norm       *timeparse.Normalizer
	plainParas bool
	root       *html.Node // the element collected under, nil for a whole page
	marks      []Mark
	rolling    bool // the page shows bare stamp paragraphs are updates
	separators int  // separator paragraphs seen ("___")
	bare       int  // bare stamp paragraphs seen ("6:35 p.m.")
}

// visit reads element n and reports whether to read the elements under
// it.
func (c *collector) visit(n *html.Node) bool {
	if n.FirstChild == nil && len(n.Attr) == 0 {
		return false // a bare <br> or <hr>: no text, no attribute
	}
	if n.DataAtom == atom.Meta && n != c.root {
		if m, ok := Of(n, c.norm); ok {
			c.marks = append(c.marks, m)
		}
		return false
	}
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Template, atom.Svg, atom.Select, atom.Textarea:
		return false
	case atom.P:
		if IsSeparator(n) {
			c.separators++
			return false
		}
		c.rolling = c.rolling || saysTimesAreLocal(n)
	}
	m, ok := bareStampPara(n, c.norm)
	if ok {
		c.bare++
	} else {
		m, ok = Of(n, c.norm)
	}
	if ok && !c.plainParas && ((n.DataAtom == atom.Td || n.DataAtom == atom.Th) && m.Match == "" || m.Relative) {
		// A time in a table cell is a timetable's, and "2 hours ago" a
		// comment's or a forum post's, unless the page says it is live.
		// A match clock ("77'") in a cell is a commentary's, whose
		// title need not say live.
		ok = false
	}
	if c.plainParas {
		m, ok = plainMark(n, m, ok, c.norm)
	}
	if !ok {
		return true
	}
	c.marks = append(c.marks, m)
	// A time label holds no other stamp; an attribute may sit on the
	// entry's own container.
	return m.Src == DataAttr || m.Src == Microdata
}

// plainMark applies the marks that only pages calling themselves live
// get: a list item opening with a bold clock, a plain paragraph opening
// with a clock, a <dt> holding one, a relative label without a digit
// ("an hour ago", "לפני שעה", "منذ ساعتين").
func plainMark(n *html.Node, m Mark, ok bool, norm *timeparse.Normalizer) (Mark, bool) {
	switch {
	case !ok && n.DataAtom == atom.Li:
		if m, ok := boldLeadItem(n); ok {
			return m, ok
		}
		return wordRelativeLabel(n, norm)
	case !ok:
		if m, ok := plainClockPara(n); ok {
			return m, ok
		}
		return wordRelativeLabel(n, norm)
	case n.DataAtom == atom.Dt && m.Src == Printed && m.Clock >= 0:
		// "<dt>17.45 Uhr</dt><dd>…</dd>": the term opens its
		// descriptions as a heading opens the paragraphs after it.
		m.Heading, m.Plain = true, false
	}
	return m, ok
}

// saysTimesAreLocal reports whether a short paragraph (an article's
// intro) holds a note such as "(all times local)".
func saysTimesAreLocal(n *html.Node) bool {
	s, ok := dom.ShortText(n, 400)
	if !ok {
		return false
	}
	s = strings.ToLower(s)
	for _, note := range lexicon.RollingTimesNotes {
		if strings.Contains(s, note) {
			return true
		}
	}
	return false
}
