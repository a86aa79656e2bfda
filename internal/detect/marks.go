package detect

import (
	"strings"
	"time"

	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// This file tells, as each element closes, whether it is a time mark:
// the same test the structural extractor makes on the tree
// (collectMarks, markOf in the root package), read from what the outline
// kept of the element. The root's tests and this package's agreement
// test hold the two together.

// leading is a text that starts with a clock: the stamp and the rest.
type leading struct {
	ok        bool
	rest      string
	clock     int
	evaluated bool // set on a paragraph or list item whose first child is b or strong
}

// timeSource says where a mark's time comes from, in the order of trust.
type timeSource uint8

const (
	srcNone      timeSource = iota
	srcText                 // a clock printed as text
	srcEpochAttr            // a data-* attribute holding an epoch or ISO time
	srcMicrodata            // itemprop="datePublished"
	srcVisible              // the datetime of a <time> or <amp-timeago>
)

// mark is one time stamp of the page.
type mark struct {
	el      int32
	t       time.Time
	day     time.Time
	src     timeSource
	edited  bool
	heading bool // a heading or lead paragraph that starts with a clock
	bare    bool // a paragraph that is nothing but a stamp
	clock   int  // minutes after midnight, -1 for none
	match   bool // a match clock
	rel     bool // a relative label ("2 hours ago"): counts only when the page says it is live
	seq     float64
	// titleless: a heading (h1–h6) holding its clock alone ("15:42"):
	// the heading below it is its entry's title (stream.Titleless).
	titleless bool
	// mask says in which reading of the page the mark counts: bit 0 when
	// the page does not call itself live, bit 1 when it does. Table
	// cells count only in the second, plain paragraphs that open with a
	// clock too; a mark's inside counts only where the mark does not.
	mask uint8
	// dtHead: a <dt> holding a clock opens the entries after it when
	// the page calls itself live.
	dtHead bool
}

func (m *mark) has() bool { return !m.t.IsZero() }

// closeMarks decides whether the closing element e is a time mark.
func (p *page) closeMarks(f *frame, e *elem, depth int32) {
	if len(p.marks) >= maxMarks {
		p.maxed = true
		return
	}
	if f.boldLead {
		// The b or strong opening a paragraph or list item: its leading
		// clock, for the parent to use.
		pf := &p.stack[depth-1]
		pf.bold = p.leadingOf(p.prefixText(f, depth, 256))
		pf.bold.evaluated = true
	}
	if e.atom == atom.Meta {
		if m, ok := p.markOf(f, e, depth); ok {
			m.mask = 3
			p.addMark(f, e, m, 0)
		}
		return
	}
	if !f.anyChild && f.nattrs == 0 {
		return // a bare <br> or <hr>: no text, no attribute
	}
	if e.atom == atom.P {
		if p.separatorPara(f, depth) {
			e.flags |= fSeparator
			p.separators++
			p.maskInside(f, 3)
			return
		}
		if p.saysTimesAreLocal(f, depth) {
			p.rolling = true
		}
	}
	m0, ok0 := p.bareStampPara(f, e, depth)
	if ok0 {
		p.bare++
	} else {
		m0, ok0 = p.markOf(f, e, depth)
	}
	m1, ok1 := p.liveMark(f, e, m0, ok0, depth)
	if (e.atom == atom.Td || e.atom == atom.Th) && !m0.match || m0.rel {
		// A timetable's, or a comment's "2 hours ago", unless the page
		// says it is live; a match clock in a cell is a commentary's.
		ok0 = false
	}
	mask, closed := readings(m0, ok0, m1, ok1)
	if mask == 0 {
		return
	}
	p.maskInside(f, closed)
	m := m0
	if !ok0 {
		m = m1
	}
	m.dtHead = m1.dtHead
	m.mask = mask
	p.addMark(f, e, m, closed)
}

// liveMark returns e's mark in the reading of a page that calls itself
// live, given m, ok, its mark in the other: the same mark (a <dt> that
// holds a clock then opens the entries after it), else a list item
// opened by a bold clock, else a paragraph that opens with a clock.
func (p *page) liveMark(f *frame, e *elem, m mark, ok bool, depth int32) (mark, bool) {
	switch {
	case !ok && e.atom == atom.Li:
		if m, ok := p.boldLeadItem(f, e); ok {
			return m, ok
		}
		return p.wordRelativeLabel(f, e, depth)
	case !ok:
		if m, ok := p.plainClockPara(f, e); ok {
			return m, ok
		}
		return p.wordRelativeLabel(f, e, depth)
	case e.atom == atom.Dt && m.src == srcText && m.clock >= 0:
		m.dtHead = true
	}
	return m, ok
}

// readings returns the readings of the page a mark counts in (bit 0: the
// page does not call itself live, m0; bit 1: it does, m1), and those in
// which the walk does not look inside it: all but a machine time in an
// attribute or microdata.
func readings(m0 mark, ok0 bool, m1 mark, ok1 bool) (mask, closed uint8) {
	if ok0 {
		mask |= 1
		if m0.src != srcEpochAttr && m0.src != srcMicrodata {
			closed |= 1
		}
	}
	if ok1 {
		mask |= 2
		if m1.src != srcEpochAttr && m1.src != srcMicrodata {
			closed |= 2
		}
	}
	return mask, closed
}

// maskInside drops, in the readings of closed, the marks inside f: the
// walk does not look inside a mark.
func (p *page) maskInside(f *frame, closed uint8) {
	if closed == 0 {
		return
	}
	for i := f.markStart; i < int32(len(p.marks)); i++ {
		p.marks[i].mask &^= closed
	}
}

// addMark records m as e's mark, before the marks inside e (the walk's
// order), or after them when there are many.
func (p *page) addMark(f *frame, e *elem, m mark, _ uint8) {
	m.el = f.el
	inner := int32(len(p.marks)) - f.markStart
	if inner == 0 || inner > 64 {
		e.mark = int32(len(p.marks))
		p.marks = append(p.marks, m)
		return
	}
	p.marks = append(p.marks, mark{})
	copy(p.marks[f.markStart+1:], p.marks[f.markStart:])
	p.marks[f.markStart] = m
	e.mark = f.markStart
	for i := f.markStart + 1; i < int32(len(p.marks)); i++ {
		p.els[p.marks[i].el].mark = i
	}
}

// markOf reports whether element e carries a time stamp (markOf in the
// root package).
func (p *page) markOf(f *frame, e *elem, depth int32) (mark, bool) {
	m := mark{clock: -1}
	switch {
	case e.atom == atom.Time || e.tag == "amp-timeago":
		return p.timeElementMark(f, e, depth)
	case e.atom == atom.Abbr && lexicon.PublishedClasses.HasPart(e.class):
		if t, _, ok := timeparse.MachineTime(p.attrVal(f.title)); ok {
			raw := p.domText(f, depth, 1<<12)
			m.t, m.src, m.clock = t, srcVisible, timeparse.ClockMinutes(raw)
			return m, true
		}
		return m, false
	case strings.EqualFold(f.itemprop, "datePublished"):
		v := f.content
		if v == "" {
			v = f.datetime
		}
		if t, _, ok := timeparse.MachineTime(p.attrVal(v)); ok {
			m.t, m.src = t, srcMicrodata
			return m, true
		}
		return m, false
	case e.has(fHeading):
		if f.want&wHeading != 0 {
			if text := p.domText(f, depth, int(wantCap[1])); len(text) <= 400 {
				if l := p.leadingOf(text); l.ok {
					m.heading, m.src, m.clock = true, srcText, l.clock
					m.titleless = strings.TrimSpace(l.rest) == ""
					return m, true
				}
			}
		}
	case e.atom == atom.P && f.bold.evaluated:
		if f.bold.ok {
			m.heading, m.src, m.clock = true, srcText, f.bold.clock
			return m, true
		}
	}
	if f.attrTime.ok {
		m.t, m.src = f.attrTime.t, srcEpochAttr
		return m, true
	}
	if seq, ok := p.matchClockOf(f, e, depth); ok {
		m.match, m.seq = true, seq
		return m, true
	}
	if raw, day, rel, ok := p.printedLabel(f, e, depth); ok {
		m.src, m.clock, m.day, m.rel = srcText, timeparse.ClockMinutes(raw), day, rel
		if rel {
			m.clock = -1 // "il y a 2 h" is no clock
		}
		return m, true
	}
	return m, false
}

// timeElementMark reads a <time> or <amp-timeago>.
func (p *page) timeElementMark(f *frame, e *elem, depth int32) (mark, bool) {
	m := mark{clock: -1}
	raw := p.labelText(f, depth)
	dt := p.attrVal(f.datetime)
	if t, _, ok := timeparse.MachineTime(dt); ok {
		m.t, m.src, m.edited = t, srcVisible, f.editName
	} else if timeparse.LocalDateTime(dt) {
		raw, m.src, m.edited = strings.TrimSpace(dt), srcText, f.editName
		if st, err := p.norm.Read(raw); err == nil && st.HasDate {
			m.day = st.Time
		}
	} else if timeparse.ClockMinutes(raw) >= 0 {
		m.src = srcText
	}
	if m.src == srcNone {
		return m, false
	}
	m.clock = timeparse.ClockMinutes(raw)
	if e.tag == "amp-timeago" {
		m.clock = -1
	}
	return m, true
}

// leadingOf reads a text that starts with a clock ("12.31 Uhr: Title").
func (p *page) leadingOf(text string) leading {
	raw, rest, ok := timeparse.LeadingClock(text)
	if !ok {
		return leading{}
	}
	return leading{ok: true, rest: rest, clock: timeparse.ClockMinutes(raw)}
}

// boldLeadItem: a list item opening with a bold clock (pages that call
// themselves live only).
func (p *page) boldLeadItem(f *frame, e *elem) (mark, bool) {
	m := mark{clock: -1}
	if e.atom != atom.Li || !f.bold.evaluated || !f.bold.ok {
		return m, false
	}
	m.heading, m.src, m.clock = true, srcText, f.bold.clock
	return m, m.clock >= 0
}

// plainClockPara: a plain paragraph opening with a clock and a separator
// (pages that call themselves live only).
func (p *page) plainClockPara(f *frame, e *elem) (mark, bool) {
	m := mark{clock: -1}
	if e.atom != atom.P || f.bold.evaluated || f.lead == "" {
		return m, false
	}
	l := p.leadingOf(f.lead)
	if !l.ok {
		return m, false
	}
	if l.rest == "" && e.all <= int32(len(f.lead)) {
		return m, false // a bare time label: no entry text follows
	}
	m.heading, m.src, m.clock = true, srcText, l.clock
	return m, m.clock >= 0
}

// bareStampPara: a paragraph holding nothing but a time of day ("6:35
// p.m.", "noon").
func (p *page) bareStampPara(f *frame, e *elem, depth int32) (mark, bool) {
	m := mark{clock: -1}
	if e.atom != atom.P || f.want&wPara == 0 {
		return m, false
	}
	s, ok := p.shortText(f, depth, 24)
	if !ok || s == "" {
		return m, false
	}
	st, err := p.norm.Read(s)
	if err != nil || !st.HasTime || st.Relative {
		return m, false
	}
	h, mi, _ := st.Time.Clock()
	m.src, m.heading, m.bare, m.clock = srcText, true, true, h*60+mi
	if st.HasDate {
		m.day = st.Time
	}
	return m, true
}

// shortText is dom.ShortText: the element's text and whether it is at
// most limit bytes.
func (p *page) shortText(f *frame, depth int32, limit int) (string, bool) {
	if f.want == 0 || int(int32(len(p.cap.buf))-f.bufStart) > 4*limit+64 {
		return "", false
	}
	s := p.domText(f, depth, 4*limit+64)
	return s, len(s) <= limit
}

// separatorPara: a paragraph of rule characters ("___", "* * *").
func (p *page) separatorPara(f *frame, depth int32) bool {
	if f.want&wPara == 0 {
		return false
	}
	s, ok := p.shortText(f, depth, 40)
	if !ok || len(s) < 3 {
		return false
	}
	return strings.Trim(s, "_-*=—–•· ") == ""
}

// saysTimesAreLocal: a short paragraph holding a note such as "(all
// times local)".
func (p *page) saysTimesAreLocal(f *frame, depth int32) bool {
	if f.want&wPara == 0 {
		return false
	}
	if !mayHoldNote(p.cap.buf[f.bufStart:]) {
		return false
	}
	s, ok := p.shortText(f, depth, 400)
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

// noteStarts holds the first four bytes, lower-case, of each of
// lexicon.RollingTimesNotes: a paragraph without any of them, in any
// case, holds no note, and is not lowered and searched.
var noteStarts = func() map[[4]byte]bool {
	m := map[[4]byte]bool{}
	for _, n := range lexicon.RollingTimesNotes {
		if len(n) >= 4 {
			m[[4]byte{n[0], n[1], n[2], n[3]}] = true
		}
	}
	return m
}()

// mayHoldNote is the cheap test before saysTimesAreLocal's search: white
// space reads as one space, ASCII letters in lower case.
func mayHoldNote(b []byte) bool {
	var k [4]byte
	for i := 0; i+3 < len(b); i++ {
		if c := b[i] | 0x20; c < 'a' || c > 'z' {
			continue
		}
		for j := range 4 {
			c := b[i+j]
			switch {
			case isSpace(c):
				c = ' '
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			k[j] = c
		}
		if noteStarts[k] {
			return true
		}
	}
	return false
}

// printedLabel: a time stamp printed as plain text in an element of its
// own ("<span class=date>14:05</span>").
func (p *page) printedLabel(f *frame, e *elem, depth int32) (string, time.Time, bool, bool) {
	if f.want&wLabel == 0 || !f.shape || e.all == 0 && e.first < 0 {
		return "", time.Time{}, false, false
	}
	s := p.labelText(f, depth)
	if len(s) > maxLabel {
		return "", time.Time{}, false, false
	}
	return p.norm.Label(s)
}

// timeAttribute reads the first data-* attribute whose name says it holds
// the entry's own time and whose value is a machine time.
func (p *page) timeAttribute(attrs []attr) machine {
	for _, a := range attrs {
		if !strings.HasPrefix(a.key, "data-") || len(a.val) < 10 {
			continue
		}
		k := a.key[5:]
		if !containsAny(k, lexicon.EntryTimeAttrParts) || containsAny(k, lexicon.NotEntryTimeAttrParts) {
			continue
		}
		if t, iso, ok := timeparse.MachineTime(p.attrVal(a.val)); ok {
			return machine{ok: true, iso: iso, t: t}
		}
	}
	return machine{}
}

// namesEditTime reports whether a time element labels itself an edit
// time.
func namesEditTime(attrs []attr) bool {
	for _, a := range attrs {
		switch a.key {
		case "class", "data-testid", "itemprop", "data-qa":
			if containsAny(strings.ToLower(a.val), lexicon.EditTimeParts) {
				return true
			}
		}
	}
	return false
}

// attrVal decodes an attribute value's references when the input still
// holds them.
func (p *page) attrVal(v string) string {
	if p.escaped && strings.IndexByte(v, '&') >= 0 {
		return unescape(v)
	}
	return v
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
