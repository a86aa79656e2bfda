package marks

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// maxMarks bounds the work on hostile pages.
const maxMarks = 5000

// Collect returns the time marks under root, in page order. norm
// reads the text of short labels that may be a printed time stamp;
// plainParas (for pages that say they are live) lets a plain paragraph
// or a list item that opens with a clock, a <dt> holding a clock, and a
// table cell holding a time stamp open an entry.
func Collect(root *html.Node, norm *timeparse.Normalizer, plainParas bool) []Mark {
	if root == nil {
		return nil
	}
	var marks []Mark
	rolling := plainParas // the page shows bare stamp paragraphs are updates
	separators, bare := 0, 0
	dom.Walk(root, func(n *html.Node) bool {
		if len(marks) >= maxMarks {
			return false
		}
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if n.FirstChild == nil && len(n.Attr) == 0 {
			return false // a bare <br> or <hr>: no text, no attribute
		}
		if n.DataAtom == atom.Meta && n != root {
			if m, ok := Of(n, norm); ok {
				marks = append(marks, m)
			}
			return false
		}
		switch n.DataAtom {
		case atom.Head, atom.Script, atom.Style, atom.Template, atom.Svg, atom.Select, atom.Textarea:
			return false
		case atom.P:
			if IsSeparator(n) {
				separators++
				return false
			}
			rolling = rolling || saysTimesAreLocal(n)
		}
		m, ok := bareStampPara(n, norm)
		if ok {
			bare++
		} else {
			m, ok = Of(n, norm)
		}
		if ok && !plainParas && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
			// A time in a table cell is a timetable's unless the
			// page says it is live.
			ok = false
		}
		if plainParas {
			m, ok = plainMark(n, m, ok)
		}
		if ok {
			marks = append(marks, m)
			if m.Src != DataAttr && m.Src != Microdata {
				// A time label holds no other stamp; an attribute
				// may sit on the entry's own container.
				return false
			}
		}
		return true
	})
	if bare > 0 && !rolling && separators < 2 {
		// Without the signs of a rolling-update article, a bare stamp
		// paragraph is a time label like any other, not a heading.
		for i := range marks {
			if marks[i].Bare {
				marks[i].Bare, marks[i].Heading = false, false
			}
		}
	}
	return marks
}

// plainMark applies the marks that only pages calling themselves live
// get: a list item opening with a bold clock, a plain paragraph opening
// with a clock, a <dt> holding one.
func plainMark(n *html.Node, m Mark, ok bool) (Mark, bool) {
	switch {
	case !ok && n.DataAtom == atom.Li:
		return boldLeadItem(n)
	case !ok:
		return plainClockPara(n)
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
