package detect

import (
	"fmt"
	"sort"
	"strings"
)

// This file says, for each generic extractor, whether it would find
// entries on the page and how many: the decision each one's Match and
// Extract make on the tree, taken from the outline.

// The generic extractors, by the names they register under.
const (
	AMP        = "amp"
	Microdata  = "microdata"
	WordPress  = "wordpress"
	Structural = "structural"
	JSONLD     = "jsonld"
	TextReader = "text"
)

// Verdict is what the detector expects of one generic extractor.
type Verdict struct {
	// Name is the extractor's name.
	Name string
	// Match reports whether its Match accepts the page.
	Match bool
	// Entries is how many entries it would find; 0 when it declines.
	Entries int
	// Why is the evidence for its entries, or why it declines.
	Why string
}

// verdicts works out every generic extractor's verdict on an HTML page.
func (p *page) verdicts(r *Report, ld *ldFacts) {
	p.ampVerdict(r)
	p.microdataVerdict(r)
	p.wordpressVerdict(r)
	p.structuralVerdict(r, ld)
	v := Verdict{Name: JSONLD, Match: ld.mentions("liveBlogUpdate")}
	if v.Match {
		// Checking and counting the updates reads the JSON-LD through:
		// done when the verdict is asked for (see Report.resolve).
		v.Entries = unknown
		r.count = ld.countUpdates
	} else {
		v.Why = "no liveBlogUpdate in JSON-LD"
	}
	r.Generic = append(r.Generic, v)
}

// unknown is the Entries of a verdict not worked out yet.
const unknown = -1

// jsonldVerdict fills in the JSON-LD extractor's verdict from its count
// (-1: no valid block names liveBlogUpdate).
func jsonldVerdict(v *Verdict, n int) {
	v.Entries = max(n, 0)
	switch n {
	case -1:
		v.Match = false
		v.Why = "no liveBlogUpdate in valid JSON-LD"
	case 0:
		v.Why = "JSON-LD names liveBlogUpdate but holds none"
	default:
		v.Why = fmt.Sprintf("jsonld:LiveBlogPosting updates=%d", n)
	}
}

// filled reports whether an entry element holds text or media: an empty
// block (an ad slot) is no entry.
func (p *page) filled(i int32) bool {
	e := &p.els[i]
	return e.all > 0 || e.has(fMedia)
}

func (p *page) ampVerdict(r *Report) {
	v := Verdict{Name: AMP}
	lists, items := 0, 0
	for i := range p.els {
		e := &p.els[i]
		if e.has(fAmpList) {
			lists++
		}
		if e.has(fAmpItem) && e.parent >= 0 && p.els[e.parent].has(fAmpItems) {
			if gp := p.els[e.parent].parent; gp >= 0 && p.els[gp].has(fAmpList) && p.filled(int32(i)) {
				items++
			}
		}
	}
	v.Match = lists > 0
	switch {
	case !v.Match:
		v.Why = "no amp-live-list"
	case items == 0:
		v.Why = "amp-live-list holds no items"
	default:
		v.Entries = items
		v.Why = fmt.Sprintf("amp-live-list items=%d", items)
	}
	r.Generic = append(r.Generic, v)
}

func (p *page) microdataVerdict(r *Report) {
	v := Verdict{Name: Microdata}
	items, filled := 0, 0
	for i := range p.els {
		if p.els[i].has(fMDUpdate) {
			items++
			if p.filled(int32(i)) {
				filled++
			}
		}
	}
	v.Match = items > 0
	switch {
	case !v.Match:
		v.Why = "no itemprop=liveBlogUpdate"
	case filled == 0:
		v.Why = "liveBlogUpdate items are empty"
	default:
		v.Entries = filled
		v.Why = fmt.Sprintf("microdata:liveBlogUpdate items=%d", filled)
	}
	r.Generic = append(r.Generic, v)
}

// outermost returns the elements with flag f that are not inside
// another such element, in page order.
func (p *page) outermost(f uint32) []int32 {
	var out []int32
	end := int32(-1)
	for i := range p.els {
		if p.els[i].flags&f == 0 || int32(i) <= end {
			continue
		}
		out = append(out, int32(i))
		end = p.els[i].end
	}
	return out
}

// containerEntries makes an entry of each element, with the marks inside
// it as collectMarks reads them on a page that does not call itself live.
func (p *page) containerEntries(nodes []int32) []entry {
	var at []int32 // the marked elements, in page order
	var ms []mark
	for _, m := range p.marks {
		if m.mask&1 != 0 {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].el < ms[j].el })
	for _, m := range ms {
		at = append(at, m.el)
	}
	entries := make([]entry, 0, len(nodes))
	for _, n := range nodes {
		lo := sort.Search(len(at), func(i int) bool { return at[i] >= n })
		hi := sort.Search(len(at), func(i int) bool { return at[i] > p.els[n].end })
		entries = append(entries, entry{nodes: []int32{n}, marks: ms[lo:hi]})
	}
	return entries
}

func (p *page) wordpressVerdict(r *Report) {
	v := Verdict{Name: WordPress}
	wp, hentries := p.outermost(fWPEntry), p.outermost(fHentry)
	v.Match = len(wp) > 0 || len(hentries) > 0
	if !v.Match {
		v.Why = "no #liveblog-entry- or .hentry"
		r.Generic = append(r.Generic, v)
		return
	}
	if len(wp) > 0 {
		entries := p.containerEntries(wp)
		timed := 0
		for i := range entries {
			if len(entries[i].marks) > 0 {
				timed++
			}
		}
		if timed > 0 && timed*2 >= len(entries) {
			v.Entries = p.countFilled(entries)
			v.Why = fmt.Sprintf("wordpress: %d #liveblog-entry- blocks, %d timed", len(entries), timed)
			r.Generic = append(r.Generic, v)
			return
		}
		v.Why = fmt.Sprintf("wordpress: %d #liveblog-entry- blocks, %d timed", len(entries), timed)
	}
	switch {
	case len(hentries) < minStream:
		if v.Why == "" {
			v.Why = fmt.Sprintf("hatom: %d .hentry, fewer than 3", len(hentries))
		}
	default:
		entries := p.containerEntries(hentries)
		_, _, why := p.streamEvidence(p.els[hentries[0]].parent, entries, 0)
		switch {
		case why != "":
			v.Why = fmt.Sprintf("hatom: %d .hentry: %s", len(hentries), why)
		case p.mostLinkAway(entries):
			v.Why = fmt.Sprintf("hatom: %d .hentry whose headlines link away", len(hentries))
		default:
			v.Entries = p.countFilled(entries)
			v.Why = fmt.Sprintf("hatom: %d .hentry entries", len(hentries))
		}
	}
	r.Generic = append(r.Generic, v)
}

// countFilled counts the entries that hold text or media.
func (p *page) countFilled(entries []entry) int {
	n := 0
	for i := range entries {
		for _, el := range entries[i].nodes {
			if p.filled(el) {
				n++
				break
			}
		}
	}
	return n
}

func (p *page) structuralVerdict(r *Report, ld *ldFacts) {
	v := Verdict{Name: Structural, Match: p.hint || p.plainHint && r.SaysLive}
	if !v.Match {
		v.Why = "nothing that can mark an entry"
		r.Generic = append(r.Generic, v)
		return
	}
	read := 0
	if r.SaysLive {
		read = 1
	}
	marks := p.finalMarks(read)
	if len(marks) == 0 {
		v.Why = "no time marks"
		r.Generic = append(r.Generic, v)
		return
	}
	st := p.findStream(marks, read)
	switch {
	case st.parent < 0:
		v.Why = fmt.Sprintf("no stream: %d time marks, no 3 sibling blocks hold them", len(marks))
	case st.rejected != "":
		v.Why = fmt.Sprintf("rejected: %d marked blocks under %s: %s", st.marked, p.signature(st.parent), st.rejected)
	case p.mostLinkAway(st.entries) && (p.declaresListing() || ld.listing()):
		v.Why = fmt.Sprintf("rejected: site listing, %d headlines under %s link away", len(st.entries), p.signature(st.parent))
	case p.besideTheArticle(st.parent, r.SaysLive):
		v.Why = fmt.Sprintf("rejected: stream beside the article (%d blocks under %s)", len(st.entries), p.signature(st.parent))
	case scheduled(st.entries, r.SaysLive):
		v.Why = fmt.Sprintf("rejected: timetable or time codes, %d slots under %s on round times or counting from 00:00, earliest first", len(st.entries), p.signature(st.parent))
	case !r.SaysLive && toldInOrder(st.entries, st.heading):
		v.Why = fmt.Sprintf("rejected: %d blocks under %s told in order, oldest first, on a page that does not say live", len(st.entries), p.signature(st.parent))
	default:
		v.Entries = p.countFilled(st.entries)
		kind := "stream"
		if st.heading {
			kind = "heading ticker"
		}
		v.Why = fmt.Sprintf("%s: %d entries under %s, %s run one way", kind, len(st.entries), p.signature(st.parent), st.order)
	}
	r.Generic = append(r.Generic, v)
}

// declaresListing: og:type says a home or section page (the JSON-LD half
// is ldFacts.listing).
func (p *page) declaresListing() bool {
	switch strings.ToLower(strings.TrimSpace(p.head.Meta("og:type"))) {
	case "website", "object":
		return true
	}
	return false
}
