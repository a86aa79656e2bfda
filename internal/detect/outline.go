package detect

import (
	"golang.org/x/net/html/atom"
)

// This file nests the scanner's tags into elements as html.Parse would,
// closely enough for the detector: void elements, the end tags a browser
// implies (a <p> before a block, an <li> before the next, table rows and
// cells, headings), end tags that match an open element, the implied
// <html>, <head> and <body>, and <meta>, <title> and <link> belonging to
// <head> until the body begins. It does not reparent misnested
// formatting elements or foster-parent table text: those move a few
// nodes of broken pages, not a stream.

// Insertion modes, as far as the detector tells them apart.
const (
	beforeHead = iota
	inHead
	afterHead
	inBody
)

// sink receives the scanner's tokens and opens and closes the page's
// elements.
type sink struct {
	p       *page
	sc      *scanner
	mode    int
	html    bool // <html> is open
	head    int  // stack index of the open <head>, -1
	body    bool // <body> is open
	foreign int  // open svg and math elements
}

func newSink(p *page) *sink { return &sink{p: p, head: -1} }

// topAtom returns the atom and tag of the stack's element at i.
func (s *sink) at(i int) (atom.Atom, string) {
	e := &s.p.els[s.p.stack[i].el]
	return e.atom, e.tag
}

func (s *sink) startTag(pos int, name string, attrs []attr, self bool) {
	a := atom.Lookup([]byte(name))
	switch a {
	case atom.Html:
		if !s.html {
			s.html = true
			s.openAt(pos, name, a, attrs)
		} else if s.p.head.Lang == "" {
			s.p.head.Lang = attrOf(attrs, "lang")
			s.p.setLanguage()
		}
		return
	case atom.Head:
		if s.mode == beforeHead {
			s.ensureHTML()
			s.openHead(attrs)
		}
		return
	case atom.Body:
		if !s.body {
			s.toBody(attrs)
		}
		return
	}
	if s.mode < inBody {
		if headContent(a) {
			if s.mode == beforeHead {
				s.ensureHTML()
				s.openHead(nil)
			}
			s.p.inHead = true
			s.openAt(pos, name, a, attrs)
			if voidElement(a) {
				s.p.close()
			}
			return
		}
		s.toBody(nil)
	}
	if s.foreign > 0 {
		if !breaksOut(a) {
			s.openAt(pos, name, a, attrs)
			if self {
				s.p.close()
			} else if a == atom.Svg || a == atom.Math {
				s.foreign++
			}
			return
		}
		for s.foreign > 0 && len(s.p.stack) > 0 {
			s.pop()
		}
	}
	s.implyEnds(a, name)
	s.openAt(pos, name, a, attrs)
	switch {
	case voidElement(a) || name == "image":
		s.p.close()
	case a == atom.Svg || a == atom.Math:
		if self {
			s.p.close()
		} else {
			s.foreign++
		}
	}
}

// openAt opens the element whose start tag is at pos.
func (s *sink) openAt(pos int, name string, a atom.Atom, attrs []attr) {
	s.p.tagPos = int32(pos)
	s.p.open(name, a, attrs)
	s.p.tagPos = -1
	if len(s.p.stack) > maxDepth {
		// html.Parse refuses the page: so does the detector.
		s.p.tooDeep = true
		s.sc.stop = true
	}
}

// maxDepth is the deepest nesting html.Parse accepts.
const maxDepth = 512

// ensureHTML opens the implied <html>.
func (s *sink) ensureHTML() {
	if !s.html {
		s.html = true
		s.p.open("html", atom.Html, nil)
	}
}

func (s *sink) openHead(attrs []attr) {
	s.p.open("head", atom.Head, attrs)
	s.head = len(s.p.stack) - 1
	s.mode = inHead
	s.p.inHead = true
}

// toBody ends the head, if open, and opens <body>.
func (s *sink) toBody(attrs []attr) {
	s.ensureHTML()
	if h := s.head; h >= 0 {
		s.popTo(h)
		s.head = -1
	}
	s.p.inHead = false
	s.p.open("body", atom.Body, attrs)
	s.body = true
	s.mode = inBody
}

// pop closes the innermost open element.
func (s *sink) pop() {
	a, _ := s.at(len(s.p.stack) - 1)
	if (a == atom.Svg || a == atom.Math) && s.foreign > 0 {
		s.foreign--
	}
	if len(s.p.stack)-1 == s.head {
		s.head = -1
	}
	s.p.close()
}

// popTo closes the elements down to and including the one at stack index i.
func (s *sink) popTo(i int) {
	for len(s.p.stack) > max(i, 0) {
		s.pop()
	}
}

// implyEnds closes what a new element of atom a ends.
func (s *sink) implyEnds(a atom.Atom, name string) {
	switch a {
	case atom.Li:
		s.closeItem(func(b atom.Atom) bool { return b == atom.Li })
	case atom.Dd, atom.Dt:
		s.closeItem(func(b atom.Atom) bool { return b == atom.Dd || b == atom.Dt })
	case atom.Td, atom.Th:
		s.implyCell()
		return
	case atom.Tr:
		s.implyRow()
		return
	case atom.Tbody, atom.Thead, atom.Tfoot:
		if i := s.find(func(b atom.Atom) bool { return b == atom.Tbody || b == atom.Thead || b == atom.Tfoot }, tableScope); i >= 0 {
			s.popTo(i)
		}
		return
	case atom.A:
		if i := s.find(func(b atom.Atom) bool { return b == atom.A }, defaultScope); i >= 0 {
			s.popTo(i)
		}
		return
	case atom.Option:
		if top, _ := s.at(len(s.p.stack) - 1); top == atom.Option {
			s.pop()
		}
		return
	}
	if closesP(a) {
		if i := s.find(func(b atom.Atom) bool { return b == atom.P }, buttonScope); i >= 0 {
			s.popTo(i)
		}
	}
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if top, _ := s.at(len(s.p.stack) - 1); isHeadingAtom(top) {
			s.pop()
		}
	}
}

// implyCell closes the open cell before a new <td> or <th>, and opens
// the <tbody> and <tr> a cell straight in a table implies.
func (s *sink) implyCell() {
	if i := s.find(func(b atom.Atom) bool { return b == atom.Td || b == atom.Th }, tableScope); i >= 0 {
		s.popTo(i)
	}
	if top, _ := s.at(len(s.p.stack) - 1); top == atom.Table || top == atom.Tbody || top == atom.Thead || top == atom.Tfoot {
		if top == atom.Table {
			s.p.open("tbody", atom.Tbody, nil)
		}
		s.p.open("tr", atom.Tr, nil)
	}
}

// implyRow closes the open row before a new <tr>, and opens the <tbody>
// a row straight in a table implies.
func (s *sink) implyRow() {
	if i := s.find(func(b atom.Atom) bool { return b == atom.Tr }, tableScope); i >= 0 {
		s.popTo(i)
	}
	if top, _ := s.at(len(s.p.stack) - 1); top == atom.Table {
		s.p.open("tbody", atom.Tbody, nil)
	}
}

// closeItem closes an open list item (or dd/dt) before a new one, as
// the spec's loop does: it stops at a special element other than
// address, div and p.
func (s *sink) closeItem(is func(atom.Atom) bool) {
	for i := len(s.p.stack) - 1; i >= 0; i-- {
		b, name := s.at(i)
		if is(b) {
			s.popTo(i)
			break
		}
		if special(b, name) && b != atom.Address && b != atom.Div && b != atom.P {
			break
		}
	}
	if i := s.find(func(b atom.Atom) bool { return b == atom.P }, buttonScope); i >= 0 {
		s.popTo(i)
	}
}

// find returns the stack index of the innermost open element is accepts,
// not crossing an element of scope, or -1.
func (s *sink) find(is, scope func(atom.Atom) bool) int {
	for i := len(s.p.stack) - 1; i >= 0; i-- {
		b, _ := s.at(i)
		if is(b) {
			return i
		}
		if scope(b) {
			return -1
		}
	}
	return -1
}

// endTag closes what the end tag of name closes: in the head, the
// open element of that name; in foreign content, the element of that
// name inside the svg or math; in the body, as endInBody says.
func (s *sink) endTag(name string) {
	a := atom.Lookup([]byte(name))
	switch a {
	case atom.Br:
		s.startTag(-1, "br", nil, false)
		return
	case atom.Head:
		if h := s.head; h >= 0 {
			s.popTo(h)
			s.mode = afterHead
			s.p.inHead = false
		}
		return
	case atom.Body, atom.Html:
		return
	}
	if s.mode < inBody {
		s.endInHead(name)
		return
	}
	if s.foreign > 0 && s.endForeign(name) {
		return
	}
	s.endInBody(a, name)
}

// endInHead closes the innermost open element inside <head> when the
// end tag names it.
func (s *sink) endInHead(name string) {
	if s.p.inHead && len(s.p.stack) > 0 {
		if _, tag := s.at(len(s.p.stack) - 1); tag == name && (s.head < 0 || len(s.p.stack)-1 > s.head) {
			s.pop()
			if s.mode == afterHead {
				s.p.inHead = false
			}
		}
	}
}

// endForeign closes the element the end tag names (in any case) when it
// is open inside the innermost svg or math, and reports whether it did.
func (s *sink) endForeign(name string) bool {
	for i := len(s.p.stack) - 1; i >= 0; i-- {
		if _, tag := s.at(i); equalFold(tag, name) {
			s.popTo(i)
			return true
		}
		if b, _ := s.at(i); b == atom.Svg || b == atom.Math {
			break
		}
	}
	return false
}

// endInBody closes what an end tag in the body closes: the innermost
// open element of atom a within the scope its kind searches (a stray
// </p> makes an empty paragraph), any open heading for a heading's end
// tag, and for any other tag what endOther says.
func (s *sink) endInBody(a atom.Atom, name string) {
	var scope func(atom.Atom) bool
	switch {
	case a == atom.P:
		if s.find(func(b atom.Atom) bool { return b == atom.P }, buttonScope) < 0 {
			// A stray </p> makes an empty paragraph, as html.Parse does.
			s.p.open("p", atom.P, nil)
			s.pop()
			return
		}
		scope = buttonScope
	case a == atom.Li:
		scope = listScope
	case a == atom.Td || a == atom.Th || a == atom.Tr || a == atom.Tbody || a == atom.Thead || a == atom.Tfoot || a == atom.Table || a == atom.Caption:
		scope = tableScope
	case isHeadingAtom(a):
		if i := s.find(isHeadingAtom, defaultScope); i >= 0 {
			s.popTo(i)
		}
		return
	case special(a, name) || formatting(a):
		scope = defaultScope
	default:
		s.endOther(name)
		return
	}
	if i := s.find(func(b atom.Atom) bool { return b == a }, scope); i >= 0 {
		s.popTo(i)
	}
}

// endOther closes, for any other end tag, the innermost open element of
// that name, unless a special element stands in between.
func (s *sink) endOther(name string) {
	for i := len(s.p.stack) - 1; i >= 0; i-- {
		b, tag := s.at(i)
		if tag == name {
			s.popTo(i)
			return
		}
		if special(b, tag) {
			return
		}
	}
}

func (s *sink) text(t string) {
	if s.mode < inBody {
		if !hasNonSpace(t) {
			return
		}
		s.toBody(nil)
	}
	s.p.text(t)
}

func (s *sink) rawText(t string) {
	s.p.rawText(t)
}

// finish closes what is still open.
func (s *sink) finish() {
	for len(s.p.stack) > 0 {
		s.pop()
	}
}

func hasNonSpace(t string) bool {
	for i := 0; i < len(t); i++ {
		if !isSpace(t[i]) {
			return true
		}
	}
	return false
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
