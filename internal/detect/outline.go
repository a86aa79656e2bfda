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
		if i := s.find(func(b atom.Atom) bool { return b == atom.Td || b == atom.Th }, tableScope); i >= 0 {
			s.popTo(i)
		}
		if top, _ := s.at(len(s.p.stack) - 1); top == atom.Table || top == atom.Tbody || top == atom.Thead || top == atom.Tfoot {
			if top == atom.Table {
				s.p.open("tbody", atom.Tbody, nil)
			}
			s.p.open("tr", atom.Tr, nil)
		}
		return
	case atom.Tr:
		if i := s.find(func(b atom.Atom) bool { return b == atom.Tr }, tableScope); i >= 0 {
			s.popTo(i)
		}
		if top, _ := s.at(len(s.p.stack) - 1); top == atom.Table {
			s.p.open("tbody", atom.Tbody, nil)
		}
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

// Scopes: the elements a search for an open element does not cross.
func defaultScope(a atom.Atom) bool {
	switch a {
	case atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th, atom.Marquee, atom.Object, atom.Template:
		return true
	}
	return false
}

func buttonScope(a atom.Atom) bool { return a == atom.Button || defaultScope(a) }

func listScope(a atom.Atom) bool { return a == atom.Ol || a == atom.Ul || defaultScope(a) }

func tableScope(a atom.Atom) bool { return a == atom.Html || a == atom.Table || a == atom.Template }

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
		if s.p.inHead && len(s.p.stack) > 0 {
			if _, tag := s.at(len(s.p.stack) - 1); tag == name && (s.head < 0 || len(s.p.stack)-1 > s.head) {
				s.pop()
				if s.mode == afterHead {
					s.p.inHead = false
				}
			}
		}
		return
	}
	if s.foreign > 0 {
		for i := len(s.p.stack) - 1; i >= 0; i-- {
			if _, tag := s.at(i); equalFold(tag, name) {
				s.popTo(i)
				return
			}
			if b, _ := s.at(i); b == atom.Svg || b == atom.Math {
				break
			}
		}
	}
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
		// Any other end tag: the innermost open element of that name,
		// unless a special element stands in between.
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
		return
	}
	if i := s.find(func(b atom.Atom) bool { return b == a }, scope); i >= 0 {
		s.popTo(i)
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

func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// headContent reports the elements html.Parse puts in <head> before the
// body begins.
func headContent(a atom.Atom) bool {
	switch a {
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Title,
		atom.Noscript, atom.Noframes, atom.Style, atom.Script, atom.Template:
		return true
	}
	return false
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Basefont, atom.Bgsound, atom.Br, atom.Col, atom.Embed,
		atom.Frame, atom.Hr, atom.Img, atom.Input, atom.Keygen, atom.Link, atom.Meta,
		atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// closesP reports the start tags that close an open <p>.
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Search, atom.Section, atom.Summary, atom.Ul, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Pre, atom.Listing, atom.Form, atom.Table, atom.Hr, atom.Xmp,
		atom.Plaintext:
		return true
	}
	return false
}

// formatting reports the elements whose end tag the adoption agency
// handles; here, the innermost open one in scope is closed.
func formatting(a atom.Atom) bool {
	switch a {
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr,
		atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		return true
	}
	return false
}

// breaksOut reports the HTML start tags that end foreign content.
func breaksOut(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code, atom.Dd,
		atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Head, atom.Hr, atom.I, atom.Img, atom.Li, atom.Listing, atom.Menu,
		atom.Meta, atom.Nobr, atom.Ol, atom.P, atom.Pre, atom.Ruby, atom.S, atom.Small, atom.Span,
		atom.Strong, atom.Strike, atom.Sub, atom.Sup, atom.Table, atom.Tt, atom.U, atom.Ul, atom.Var:
		return true
	}
	return false
}

// special reports the spec's special elements: an end tag of another
// name does not close past them.
func special(a atom.Atom, name string) bool {
	switch a {
	case atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside, atom.Base, atom.Basefont,
		atom.Bgsound, atom.Blockquote, atom.Body, atom.Br, atom.Button, atom.Caption, atom.Center,
		atom.Col, atom.Colgroup, atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Embed, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.Frame,
		atom.Frameset, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Header,
		atom.Hgroup, atom.Hr, atom.Html, atom.Iframe, atom.Img, atom.Input, atom.Keygen, atom.Li,
		atom.Link, atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Meta, atom.Nav,
		atom.Noembed, atom.Noframes, atom.Noscript, atom.Object, atom.Ol, atom.P, atom.Param,
		atom.Plaintext, atom.Pre, atom.Script, atom.Search, atom.Section, atom.Select, atom.Source,
		atom.Style, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Template, atom.Textarea,
		atom.Tfoot, atom.Th, atom.Thead, atom.Title, atom.Tr, atom.Track, atom.Ul, atom.Wbr, atom.Xmp:
		return true
	}
	return false
}
