package detect

import (
	"strings"

	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// This file reads what an element's tag and attributes say as it opens:
// the flags the stream tests ask about, the time an attribute gives, the
// head's facts, the JSON-LD scripts and the vendor embeds.

// flagElement reads what the element's tag and attributes say.
func (p *page) flagElement(e *elem, f *frame, attrs []attr, depth int32) {
	if skippedAtom(e.atom) {
		e.flags |= fSkipped
		p.skipAt = depth
	}
	p.flagAtom(e, f, attrs)
	if noWalk(e.atom) {
		p.walk = false
	}
	p.flagCustomTag(e)
	p.flagClassAndID(e, depth)
	p.flagAttributes(e, f, attrs, depth)
	if p.walk && !f.attrTime.ok {
		f.attrTime = p.timeAttribute(attrs)
	}
	if e.atom == atom.Time || e.tag == "amp-timeago" {
		f.editName = namesEditTime(attrs)
	}
	switch e.atom {
	case atom.Html, atom.Meta, atom.Link:
		p.headElement(e, attrs)
	}
	p.embedCandidate(e, attrs)
}

// flagAtom reads what the element's HTML tag says: a heading (the
// page's first <h1>), an article or main, a link, the body, a region of
// furniture, a time, a paragraph-like block, media, a JSON-LD script.
func (p *page) flagAtom(e *elem, f *frame, attrs []attr) {
	switch e.atom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		e.flags |= fHeading
		if e.atom != atom.H1 {
			p.hint = true
		} else if p.firstH1 < 0 {
			p.firstH1 = int32(len(p.els))
			f.firstH1 = true
		}
	case atom.Article, atom.Main:
		e.flags |= fMainish
	case atom.A:
		e.aAnc = int32(len(p.els))
	case atom.Body, atom.Html:
		e.flags |= fBodyish
	case atom.Nav, atom.Aside, atom.Footer, atom.Form:
		e.flags |= fRegionSelf
	case atom.Time:
		p.hint = true
	case atom.P, atom.Dt, atom.Dd, atom.Li, atom.Td, atom.Th, atom.Div, atom.Span:
		p.plainHint = true
	case atom.Img, atom.Iframe, atom.Video, atom.Audio, atom.Picture:
		e.flags |= fMedia
	case atom.Script:
		for _, at := range attrs {
			if at.key == "type" && strings.EqualFold(strings.TrimSpace(at.val), "application/ld+json") {
				p.ldOpen = true
			}
		}
	}
}

// flagCustomTag reads what an AMP element's tag says: a time, a live
// list, or media.
func (p *page) flagCustomTag(e *elem) {
	switch e.tag {
	case "amp-timeago":
		p.hint = true
	case "amp-live-list":
		e.flags |= fAmpList
	case "amp-img", "amp-video", "amp-iframe", "amp-twitter", "amp-youtube":
		e.flags |= fMedia
	}
}

// flagClassAndID reads what the element's class and id say: an hentry,
// screen-reader text, a WordPress live-blog entry.
func (p *page) flagClassAndID(e *elem, depth int32) {
	if e.class != "" {
		if hasToken(e.class, "hentry") {
			e.flags |= fHentry
		}
		// Screen-reader text matters only inside an element whose
		// text is being kept (a label that pairs the visible time with
		// a twin for screen readers).
		if len(p.cap.frames) > 0 && isScreenReaderClass(e.class) {
			p.srAt = depth
		}
	}
	if strings.HasPrefix(e.id, "liveblog-entry-") {
		e.flags |= fWPEntry
	}
}

// flagAttributes reads what the element's other attributes say, and
// keeps in f the ones the element's close reads (itemprop, datetime,
// title, content).
func (p *page) flagAttributes(e *elem, f *frame, attrs []attr, depth int32) {
	hasID, sortTime := false, false
	for _, at := range attrs {
		switch at.key {
		case "role":
			e.flags |= roleFlags(at.val)
		case "hidden":
			p.srAt = depth
		case "href":
			if e.atom == atom.A {
				e.flags |= fHref
				if v := strings.TrimSpace(at.val); v != "" && !strings.Contains(v, "#") {
					e.flags |= fHrefAway
				}
			}
		case "itemprop":
			f.itemprop = at.val
			if hasToken(at.val, "liveBlogUpdate") {
				e.flags |= fMDUpdate
			}
			if hasToken(at.val, "datePublished") {
				p.hint = true
			}
		case "items":
			e.flags |= fAmpItems
		case "id":
			hasID = true
		case "data-sort-time":
			sortTime = true
		case "datetime":
			f.datetime = at.val
		case "title":
			f.title = at.val
		case "content":
			f.content = at.val
		}
		if strings.HasPrefix(at.key, "data-") && lexicon.TimeAttributes.Has(at.key) {
			p.hint = true
		}
	}
	if hasID && sortTime {
		e.flags |= fAmpItem
	}
}

// roleFlags returns the flags an ARIA role gives: a region of furniture,
// or the main content.
func roleFlags(role string) uint32 {
	switch strings.ToLower(role) {
	case "navigation", "complementary", "contentinfo":
		return fRegionSelf
	case "main":
		return fMainish
	}
	return 0
}

// inRegion reports whether element i or an ancestor below <body> is page
// furniture (inChromeRegion in the root package): nav, aside, footer, a
// form, a role of furniture, or a class or id from
// lexicon.RegionClasses. It is worked out on demand, for the few
// elements a stream may stand under, and remembered along the climb.
func (p *page) inRegion(i int32) bool {
	var path []int32
	found := false
	for a := i; a >= 0; a = p.els[a].parent {
		e := &p.els[a]
		if e.has(fBodyish) {
			break
		}
		if e.has(fRegionKnown) {
			found = e.has(fInRegion)
			break
		}
		path = append(path, a)
		if e.has(fRegionSelf) || lexicon.RegionClasses.HasPart(e.class) || lexicon.RegionClasses.HasPart(e.id) {
			found = true
			break
		}
	}
	// Each element on the path is in furniture if one above it (or it)
	// is: the answer holds for all of them when found at the top, and
	// for none when not found at all.
	for _, a := range path {
		p.els[a].flags |= fRegionKnown
		if found {
			p.els[a].flags |= fInRegion
		}
	}
	return found
}

// noWalk reports the elements collectMarks does not look into.
func noWalk(a atom.Atom) bool {
	switch a {
	case atom.Head, atom.Script, atom.Style, atom.Template, atom.Svg, atom.Select, atom.Textarea:
		return true
	}
	return false
}

// skippedAtom reports the elements whose text dom.Text leaves out.
func skippedAtom(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Svg,
		atom.Math, atom.Button, atom.Form, atom.Input,
		atom.Select, atom.Textarea, atom.Nav, atom.Noscript,
		atom.Object, atom.Embed, atom.Canvas, atom.Map,
		atom.Head, atom.Title, atom.Link, atom.Meta,
		atom.Dialog, atom.Label:
		return true
	}
	return false
}

// hasToken reports whether the space-separated list v holds tok.
func hasToken(v, tok string) bool {
	for {
		i := strings.Index(v, tok)
		if i < 0 {
			return false
		}
		j := i + len(tok)
		if (i == 0 || isSpace(v[i-1])) && (j == len(v) || isSpace(v[j])) {
			return true
		}
		v = v[j:]
	}
}
