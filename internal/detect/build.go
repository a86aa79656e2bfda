package detect

import (
	"strings"
	"time"

	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// This file keeps the page's outline as it streams past: one small
// record per element, in document order, with what the stream tests ask
// of it afterwards (its parent, children and extent; its tag, class and
// id; its text sizes; whether it is a time mark). No node tree is built
// and no text is kept but the short texts of elements that may be time
// labels or headings.

// elem is one element of the page.
type elem struct {
	tag   string
	atom  atom.Atom
	class string
	id    string
	// parent, first (child element), next (sibling element) and end (the
	// last element inside it) are indices into page.els; -1 for none.
	parent, first, next, end int32
	// aAnc is the nearest <a> at or above the element, -1 for none.
	aAnc int32
	// after is the text right after the element, before its next
	// sibling element: what a heading ticker's entry takes in with it.
	after int32
	// all is the length of the element's text as a reader sees it
	// (scripts, forms and the like left out).
	all int32
	// own and linked are the text outside and inside links, with time
	// marks left out, for each reading of the page (0: the page does not
	// call itself live, 1: it does; see mark.mask).
	own, linked [2]int32
	// mark is the index of the element's time mark, -1 for none.
	mark  int32
	flags uint32
	// pos is where the element's start tag begins in the page's text,
	// -1 for an implied element or a parsed tree's.
	pos int32
}

// Element flags.
const (
	fSkipped     uint32 = 1 << iota // not text a reader sees (dom.Skipped)
	fRegionSelf                     // nav, aside, footer, form, or a role of furniture
	fRegionKnown                    // fInRegion is worked out (see inRegion)
	fInRegion                       // in nav, aside, footer, comments, related, ... (below <body>)
	fHeading                        // h1–h6
	fMainish                        // article, main, role=main
	fWPEntry                        // id="liveblog-entry-…"
	fHentry                         // class hentry
	fMDUpdate                       // itemprop liveBlogUpdate
	fAmpList                        // amp-live-list
	fAmpItems                       // has the items attribute
	fAmpItem                        // id and data-sort-time
	fMedia                          // holds an image, a video or an embed
	fHref                           // an <a> with an href
	fHrefAway                       // an <a> whose href is not empty and has no '#'
	fSeparator                      // a paragraph of rule characters ("___")
	fBodyish                        // body or html
)

func (e *elem) has(f uint32) bool { return e.flags&f != 0 }

// frame is an open element while the page streams past.
type frame struct {
	el        int32
	lastKid   int32 // the last child element so far, -1
	markStart int32 // len(page.marks) when it opened
	// Capture of the element's text (see text.go): want holds the
	// questions its text may still answer.
	want               uint16
	segStart, bufStart int32
	// printedLabel's shape: child nodes and text size so far, and whether
	// a text may hold a clock.
	kids, size int32
	shape      bool
	// textBefore: text came before the first child element; kidSeen: a
	// child element opened; closedInside: an element inside closed.
	textBefore, kidSeen, closedInside bool
	// lead is a paragraph's first text, when it comes before any element
	// inside it closed (plainClockPara).
	lead    string
	leadSet bool
	// boldLead is set on the <b> or <strong> that opens a paragraph or
	// list item; bold holds its leading clock, on the parent.
	boldLead  bool
	bold      leading
	prevSr    int32
	prevSkip  int32
	prevWalk  bool
	blockKids bool // a p, div, ul or ol child (matchClockOf)
	// What the element's attributes say of its time.
	datetime, title, itemprop, content string
	attrTime                           machine
	editName                           bool
	firstH1                            bool
	anyChild                           bool // a child node, text or element
	nattrs                             int32
}

// The questions an element's text may answer (frame.want).
const (
	wTime    uint16 = 1 << iota // <time>, <amp-timeago>: the visible clock
	wHeading                    // h1–h6: a leading clock
	wPara                       // p: a bare stamp, a separator, a note on local times
	wBold                       // the b/strong opening a p or li: a leading clock
	wClock                      // a match clock
	wLabel                      // a printed time label
	wAbbr                       // an hAtom <abbr class=published>
)

// wantCap is the most raw text each question reads.
var wantCap = [...]int32{
	1024,       // wTime
	4*400 + 64, // wHeading
	4*400 + 64, // wPara
	4096,       // wBold (a prefix is read)
	4*16 + 64,  // wClock
	1024,       // wLabel
	4*128 + 64, // wAbbr
}

// machine is a machine-readable time found in an attribute.
type machine struct {
	ok, iso bool
	t       time.Time
}

// page is what one pass over a page found.
type page struct {
	norm timeparse.Normalizer
	// escaped reports that texts and attribute values still hold their
	// character references (the scanner's; a parsed tree's are decoded).
	escaped bool

	els    []elem
	stack  []frame
	marks  []mark
	walk   bool  // marks are read here (not in head, svg, select, template)
	srAt   int32 // depth of the innermost open screen-reader-only element, -1
	skipAt int32 // depth of the innermost open skipped element, -1
	openP  int32 // stack index of the innermost open <p>, -1

	cap capture

	head       Head
	inHead     bool
	ld         []string // JSON-LD blocks, as written
	ldOpen     bool     // inside a JSON-LD script
	ldEl       int32    // the script the last block came from
	scriptSrc  bool     // the open script has a src
	embeds     []embedCandidate
	hint       bool // structural Match: something that can mark an entry
	plainHint  bool // an element a printed label may sit in (docindex.Index.Plain)
	firstH1    int32
	h1Text     string
	separators int
	rolling    bool // a paragraph says its times are local
	bare       int
	maxed      bool    // maxMarks reached
	src        string  // the page's text, for Sketch
	tagPos     int32   // where the start tag being opened begins, -1
	tooDeep    bool    // nested deeper than html.Parse accepts
	pStack     []int32 // stack indices of the open <p> elements
}

// maxMarks bounds the marks read on a hostile page, as Parse does.
const maxMarks = 5000

func newPage(norm timeparse.Normalizer, escaped bool, sizeHint int) *page {
	p := &page{norm: norm, escaped: escaped, walk: true, srAt: -1, skipAt: -1, openP: -1, firstH1: -1, ldEl: -1, tagPos: -1}
	p.head.escaped = escaped
	p.els = make([]elem, 0, sizeHint)
	return p
}

// top returns the innermost open frame, or nil.
func (p *page) top() *frame {
	if len(p.stack) == 0 {
		return nil
	}
	return &p.stack[len(p.stack)-1]
}

// open starts an element.
func (p *page) open(tag string, a atom.Atom, attrs []attr) {
	idx := int32(len(p.els))
	parent := int32(-1)
	var pf *frame
	if pf = p.top(); pf != nil {
		parent = pf.el
	}
	e := elem{tag: tag, atom: a, parent: parent, first: -1, next: -1, end: idx, aAnc: -1, mark: -1, pos: p.tagPos}
	f := frame{el: idx, lastKid: -1, markStart: int32(len(p.marks)), prevSr: p.srAt, prevSkip: p.skipAt, prevWalk: p.walk, nattrs: int32(len(attrs))}
	depth := int32(len(p.stack))
	for _, at := range attrs {
		switch at.key {
		case "class":
			e.class = at.val
		case "id":
			e.id = at.val
		}
	}
	if pf != nil {
		pe := &p.els[parent]
		if pf.lastKid >= 0 {
			p.els[pf.lastKid].next = idx
		} else {
			pe.first = idx
		}
		pf.lastKid = idx
		pf.kidSeen, pf.anyChild = true, true
		e.aAnc = pe.aAnc
		switch a {
		case atom.P, atom.Div, atom.Ul, atom.Ol:
			pf.blockKids = true
		}
		if a == atom.B || a == atom.Strong {
			if pe.atom == atom.P {
				p.hint = true
			}
			if (pe.atom == atom.P || pe.atom == atom.Li) && !pf.textBefore && pe.first == idx {
				f.boldLead = true
			}
		}
	}
	p.flagElement(&e, &f, attrs, depth)
	p.cap.childOpened(p, depth, a, f.attrTime.ok)
	p.els = append(p.els, e)
	p.stack = append(p.stack, f)
	if p.walk {
		p.startCapture(&p.stack[len(p.stack)-1], &p.els[idx], depth)
	}
	if a == atom.P {
		p.openP = depth
		p.pStack = append(p.pStack, depth)
	}
	p.cap.blockEdge(a)
}

// close ends the innermost open element.
func (p *page) close() {
	n := len(p.stack)
	if n == 0 {
		return
	}
	f := &p.stack[n-1]
	e := &p.els[f.el]
	e.end = int32(len(p.els) - 1)
	if f.prevWalk && !noWalk(e.atom) && !p.maxed {
		p.closeMarks(f, e, int32(n-1))
	}
	if f.firstH1 {
		p.h1Text = p.domText(f, int32(n-1), 1<<20)
	}
	p.cap.closing(p, int32(n-1))
	if e.atom == atom.Script {
		p.ldOpen = false
	}
	p.srAt, p.skipAt, p.walk = f.prevSr, f.prevSkip, f.prevWalk
	if p.openP == int32(n-1) {
		p.pStack = p.pStack[:len(p.pStack)-1]
		p.openP = -1
		if k := len(p.pStack); k > 0 {
			p.openP = p.pStack[k-1]
		}
	} else if p.openP >= 0 {
		p.stack[p.openP].closedInside = true
	}
	p.stack = p.stack[:n-1]
	if n >= 2 {
		p.addToParent(e, &p.els[p.stack[n-2].el])
	}
	p.cap.blockEdge(e.atom)
}

// addToParent adds a closed element's text sizes to its parent's, as
// entryTextSize counts them: nothing of a skipped element, a link's text
// as linked, nothing of a time mark.
func (p *page) addToParent(e, pe *elem) {
	pe.flags |= e.flags & fMedia
	if e.has(fSkipped) {
		return
	}
	pe.all += e.all
	for v := range 2 {
		switch {
		case e.atom == atom.A:
			pe.linked[v] += e.all
		case e.mark >= 0 && p.marks[e.mark].mask&(1<<v) != 0 && !p.clockPara(e):
		default:
			pe.own[v] += e.own[v]
			pe.linked[v] += e.linked[v]
		}
	}
}

// clockPara reports whether e is a paragraph that opens with its clock
// and goes on with text ("<p><b>Ora 21:00</b> The polls closed…"): its
// text counts as its entry's, as stream.entryTextSize counts it.
func (p *page) clockPara(e *elem) bool {
	m := &p.marks[e.mark]
	return e.atom == atom.P && m.heading && !m.bare
}

// text is character data inside the innermost open element.
func (p *page) text(s string) {
	f := p.top()
	if f == nil {
		return
	}
	f.anyChild = true
	dec := s
	if p.escaped && strings.IndexByte(s, '&') >= 0 {
		dec = unescape(s)
	}
	t := strings.TrimSpace(dec)
	if t == "" {
		return
	}
	n := int32(len(t))
	e := &p.els[f.el]
	e.all += n
	e.own[0] += n
	e.own[1] += n
	if f.lastKid >= 0 {
		p.els[f.lastKid].after += n
	}
	if !f.kidSeen {
		f.textBefore = true
	}
	if p.openP >= 0 {
		if pf := &p.stack[p.openP]; !pf.leadSet {
			pf.leadSet = true
			if !pf.closedInside {
				pf.lead = t[:min(len(t), 64)]
			}
		}
	}
	if p.walk {
		p.cap.textIn(p, dec, t)
	}
}

// rawText is the contents of a raw-text element: a script's JSON-LD, a
// title.
func (p *page) rawText(s string) {
	f := p.top()
	if f == nil {
		return
	}
	e := &p.els[f.el]
	switch e.atom {
	case atom.Script:
		if p.ldOpen {
			if p.ldEl == f.el && len(p.ld) > 0 {
				p.ld[len(p.ld)-1] += s
			} else {
				p.ld, p.ldEl = append(p.ld, s), f.el
			}
		}
		p.scriptText(s)
	case atom.Title:
		if p.inHead && p.head.Title == "" {
			if p.escaped && strings.IndexByte(s, '&') >= 0 {
				s = unescape(s)
			}
			p.head.Title = clean(s)
		}
	}
}
