package detect

import (
	"strings"

	"github.com/liveblog-go/liveblog/internal/timeorder"

	"golang.org/x/net/html/atom"
)

// This file holds the tests that reject a stream which passed the
// evidence tests (siteListing, besideTheArticle, stream.Scheduled and stream.ToldInOrder in the root package),
// and the name the evidence gives a stream's parent.

// mostLinkAway: three quarters of the entries have a headline linking to
// another page.
func (p *page) mostLinkAway(entries []entry) bool {
	linked := 0
	for i := range entries {
		if p.headingLinksAway(&entries[i]) {
			linked++
		}
	}
	return linked*4 >= len(entries)*3
}

// headingLinksAway: the entry's first heading is (mostly) a link to
// another page.
func (p *page) headingLinksAway(e *entry) bool {
	h := int32(-1)
	for _, top := range e.nodes {
		for i := top; i <= p.els[top].end; i++ {
			if p.els[i].has(fHeading) {
				h = i
				break
			}
		}
		if h >= 0 {
			break
		}
	}
	if h < 0 {
		return false
	}
	a := p.els[h].aAnc
	if a < 0 {
		for i := h + 1; i <= p.els[h].end; i++ {
			if p.els[i].atom == atom.A && p.els[i].has(fHref) {
				a = i
				break
			}
		}
	}
	if a < 0 || !p.els[a].has(fHrefAway) {
		return false
	}
	text := int(p.els[h].all)
	return text > 0 && int(p.els[a].all)*5 >= text*4
}

// besideTheArticle: the stream stands beside the page's article (the
// first <h1> in an article or main with two paragraphs of its own), on a
// page that does not call itself live.
func (p *page) besideTheArticle(par int32, saysLive bool) bool {
	if p.firstH1 < 0 || saysLive {
		return false
	}
	art := int32(-1)
	for a := p.els[p.firstH1].parent; a >= 0; a = p.els[a].parent {
		if p.els[a].has(fMainish) {
			art = a
			break
		}
	}
	if art < 0 || p.inside(par, art) || p.inside(art, par) {
		return false
	}
	paras := 0
	for i := art + 1; i <= p.els[art].end && paras < 2; i++ {
		if p.els[i].atom == atom.P && p.els[i].all >= 80 {
			paras++
		}
	}
	return paras >= 2
}

// inside reports whether element x is y or inside it.
func (p *page) inside(x, y int32) bool { return y <= x && x <= p.els[y].end }

// signature names an element as a selector would: its tag and classes.
func (p *page) signature(i int32) string {
	e := &p.els[i]
	var b strings.Builder
	b.WriteString(e.tag)
	n := 0
	for _, c := range strings.Fields(e.class) {
		if n++; n > 3 {
			break
		}
		b.WriteByte('.')
		b.WriteString(c)
	}
	if n == 0 && e.id != "" && len(e.id) <= 40 {
		b.WriteByte('#')
		b.WriteString(e.id)
	}
	return b.String()
}

// scheduled: timeorder.Scheduled on the detector's entries — every entry
// starts on the quarter hour (the half hour on a page that calls itself
// live), earliest first, or they count up from 00:00 as a recording's
// time codes.
func scheduled(entries []entry, saysLive bool) bool {
	if len(entries) < min(timeorder.MinTimetable, timeorder.MinTimeCodes) {
		return false
	}
	slots := make([]int, 0, len(entries))
	for i := range entries {
		e := &entries[i]
		c := -1
		if e.lead != nil {
			c = e.lead.clock
		}
		for j := 0; c < 0 && j < len(e.marks); j++ {
			c = e.marks[j].clock
		}
		if c < 0 {
			b := bestMark(e.marks)
			if b == nil || !b.has() || b.t.Second() != 0 {
				return false
			}
			c = b.t.Hour()*60 + b.t.Minute()
		}
		slots = append(slots, c)
	}
	return timeorder.Scheduled(slots, saysLive)
}

// toldInOrder: stream.ToldInOrder on the detector's entries — their
// times run oldest first (timeorder.OldestFirst), or they are a heading
// ticker whose lead clocks run forward (asked only on pages that do not
// call themselves live).
func toldInOrder(entries []entry, heading bool) bool {
	if timeorder.OldestFirst(entryTimes(entries)) {
		return true
	}
	if !heading {
		return false
	}
	clocks := make([]int, 0, len(entries))
	for i := range entries {
		if l := entries[i].lead; l != nil && l.clock >= 0 {
			clocks = append(clocks, l.clock)
		}
	}
	return timeorder.Forward(clocks)
}
