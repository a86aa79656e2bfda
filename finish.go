package liveblog

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/pagedate"
	"github.com/liveblog-go/liveblog/internal/render"
)

// finish is the one step every extractor's output goes through: it turns
// drafts into entries (text, safe HTML, links), resolves the page's times
// together, drops repeated entries and gives every entry a stable ID. A
// fix here is a fix for every site.
func finish(d *Document, extractor string, res *Result) *Blog {
	blog := &Blog{
		URL:       d.opts.URL,
		Title:     dom.Clean(res.Title),
		Summary:   strings.TrimSpace(res.Summary),
		Extractor: extractor,
		Language:  res.Language,
		Published: res.Published,
		Updated:   res.Updated,
		Older:     render.SafeRef(d.Resolve(res.Older)),
		Newer:     render.SafeRef(d.Resolve(res.Newer)),
	}
	if blog.URL == "" {
		if u := d.URL(); u != nil {
			blog.URL = u.String()
		}
	}
	links, feeds := d.pageLinks()
	if blog.Older == "" && blog.Newer == "" {
		blog.Older, blog.Newer = render.SafeRef(links.Older), render.SafeRef(links.Newer)
	}
	blog.AMP, blog.Feeds = render.SafeRef(links.AMP), feeds
	if blog.Title == "" {
		blog.Title = withoutSiteName(d, d.Title())
	}
	if blog.Language == "" {
		blog.Language = d.Lang()
	}

	loc := d.opts.Location
	if loc == nil {
		loc = res.Location
	}
	norm := &Normalizer{Location: loc, Now: d.opts.Now, Language: d.Normalizer().Language}
	day := pagedate.Day{Published: blog.Published, Modified: blog.Updated}
	if day.Zero() {
		eng := norm.engine()
		day = pagedate.Dates(d.pageFacts(), &eng)
		if !day.Printed {
			blog.Published, blog.Updated = day.Published, day.Modified
		}
	}
	datedBy := referenceTime(norm, d, day)

	resolve := d.Resolve
	entries := make([]Entry, 0, len(res.Entries))
	stamps := make([]Stamp, 0, len(res.Entries))
	for i := range res.Entries {
		e, st, ok := finishEntry(norm, &res.Entries[i], resolve)
		if !ok {
			continue
		}
		entries = append(entries, e)
		stamps = append(stamps, st)
	}

	times, order := resolveTimes(norm, stamps, day, d.opts.Now.IsZero())
	if needsReference(stamps) {
		blog.DatedBy = datedBy
	} else {
		blog.DatedBy = res.DatedBy // an extractor that dated its stamps itself
	}
	for i := range entries {
		entries[i].Time = times[i]
	}
	entries = dropRepeats(entries)
	assignIDs(entries, order)
	blog.Entries = entries
	return blog
}

// referenceTime sets norm.Now, the reference time for printed clocks
// and relative stamps, and says where it came from: Options.Now, else the
// page's own last change or publication (a saved page is read relative
// to when it was last rendered, so "5 min ago" and bare clocks keep their
// meaning in archives), else the capture time, else the wall clock.
func referenceTime(norm *Normalizer, d *Document, day pagedate.Day) DateSource {
	switch {
	case !norm.Now.IsZero():
		return DatedByOptions
	case !day.Modified.IsZero():
		norm.Now = day.Modified
	case !day.Published.IsZero() && day.DateOnly:
		// A day without a time: the page is from some time that day.
		norm.Now = endOfDay(day.Published)
	case !day.Published.IsZero():
		norm.Now = day.Published
	case !d.opts.Captured.IsZero():
		norm.Now = d.opts.Captured
		return DatedByCapture
	default:
		return DatedByWallClock
	}
	return DatedByPage
}

// endOfDay is the last instant of t's day in t's zone.
func endOfDay(t time.Time) time.Time {
	y, m, dd := t.Date()
	return time.Date(y, m, dd+1, 0, 0, 0, 0, t.Location()).Add(-time.Nanosecond)
}

// resolveTimes dates the page's stamps together (ResolveSequence) from
// its own last date. When the page's one date is its publication time and
// the caller gave no reference time, that date is either when the blog
// began or when it last changed: sites use "published" both ways, and
// resolveNear tries both.
func resolveTimes(norm *Normalizer, stamps []Stamp, day pagedate.Day, free bool) ([]time.Time, FeedOrder) {
	if day.Modified.IsZero() && !day.Published.IsZero() && !day.DateOnly && free {
		return norm.resolveNear(stamps, day.Published)
	}
	anchor := day.Modified
	if anchor.IsZero() {
		anchor = day.Published
		if day.DateOnly && !anchor.IsZero() {
			anchor = endOfDay(anchor)
		}
	}
	return norm.ResolveSequence(stamps, anchor)
}

// needsReference reports whether some stamp took its day from the
// reference time: a printed clock without a date, or a relative stamp.
func needsReference(stamps []Stamp) bool {
	for _, st := range stamps {
		if !st.Time.IsZero() && (!st.HasDate || st.Relative) {
			return true
		}
	}
	return false
}

// finishEntry turns one draft into an entry and the stamp its time comes
// from. It reports false for a draft with nothing in it.
func finishEntry(norm *Normalizer, dr *Draft, resolve func(string) string) (Entry, Stamp, bool) {
	e := Entry{
		ID:       strings.TrimSpace(dr.ID),
		URL:      render.SafeRef(resolve(dr.URL)),
		RawTime:  dom.Clean(dr.RawTime),
		Clock:    dom.Clean(dr.Clock),
		Updated:  dr.Updated,
		Title:    dom.Clean(dr.Title),
		KeyEvent: dr.KeyEvent,
		Pinned:   dr.Pinned,
	}
	renderEntry(&e, dr, resolve)
	for _, a := range dr.Authors {
		if a = dom.Clean(a); a != "" && !slices.Contains(e.Authors, a) {
			e.Authors = append(e.Authors, a)
		}
	}
	st := entryStamp(norm, dr, e.RawTime)
	empty := e.Text == "" && e.Title == "" && len(e.Images) == 0 && len(e.Embeds) == 0
	if empty && st.Time.IsZero() {
		return e, st, false
	}
	return e, st, true
}

// renderEntry renders the draft's body (its nodes, or its text) into the
// entry's text, safe HTML, links, images and embeds.
func renderEntry(e *Entry, dr *Draft, resolve func(string) string) {
	var b render.Body
	if len(dr.Body) > 0 {
		b = render.Nodes(dr.Body, dr.Exclude, resolve, e.Title)
	} else {
		b = render.Text(dr.Text, e.Title)
	}
	e.Text, e.HTML = b.Text, b.HTML
	if dr.leadCut != "" {
		e.Text, e.HTML = cutLead(e.Text, e.HTML, dr.leadCut)
	}
	e.Links, e.Images, e.Embeds = linksOf(b.Links), imagesOf(b.Images), embedsOf(b.Embeds)
	// What the extractor adds is held to the same rule as what the body
	// yields: absolute http(s) addresses (mailto for links) only.
	for _, l := range dr.Links {
		if l.URL = render.SafeURL(resolve(l.URL), true); l.URL != "" {
			e.Links = appendUnique(e.Links, l)
		}
	}
	for _, im := range dr.Images {
		if im.URL = render.SafeURL(resolve(im.URL), false); im.URL != "" {
			e.Images = appendUnique(e.Images, im)
		}
	}
	for _, em := range dr.Embeds {
		if em.URL = render.SafeURL(resolve(em.URL), false); em.URL != "" {
			e.Embeds = appendUnique(e.Embeds, em)
		}
	}
}

// cutLead leaves out the clock that opens a plain paragraph entry from
// its text and from its markup, where it stands before any other text.
func cutLead(text, markup, cut string) (string, string) {
	cut = strings.TrimSpace(cut)
	if rest, ok := strings.CutPrefix(text, cut); ok {
		text = strings.TrimLeft(rest, " \t\u00a0")
	}
	if i := strings.Index(markup, cut); i >= 0 && onlyTags(markup[:i]) {
		markup = markup[:i] + strings.TrimLeft(markup[i+len(cut):], " \t\u00a0")
	}
	return text, markup
}

// onlyTags reports whether s is nothing but markup tags and spaces.
func onlyTags(s string) bool {
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in && !unicode.IsSpace(r):
			return false
		}
	}
	return !in
}

// entryStamp is the stamp an entry's time comes from: the extractor's
// machine time, else the printed time read in the page's zone, dated by
// the day heading it stands under when it prints no day itself.
func entryStamp(norm *Normalizer, dr *Draft, raw string) Stamp {
	st := Stamp{Raw: raw}
	switch {
	case !dr.Time.IsZero():
		st.Time, st.HasDate, st.HasTime, st.HasZone = dr.Time, true, true, true
	case raw != "":
		st, _ = norm.Read(raw)
		if !st.HasDate && dr.Date != "" && !st.Time.IsZero() {
			if day, err := norm.Read(dr.Date); err == nil && day.HasDate {
				y, m, dd := day.Time.In(st.Time.Location()).Date()
				h, mi, s := st.Time.Clock()
				st.Time = time.Date(y, m, dd, h, mi, s, 0, st.Time.Location())
				st.HasDate = true
			}
		}
	}
	return st
}

// dropRepeats removes entries shown twice on a page (a pinned copy, a
// key-events list), keeping the copy that stands in the stream, with the
// flags of both.
func dropRepeats(entries []Entry) []Entry {
	seen := make(map[repeatKey]int, len(entries))
	out := entries[:0]
	for _, e := range entries {
		k := entryKey(&e)
		j, dup := seen[k]
		if !dup {
			seen[k] = len(out)
			out = append(out, e)
			continue
		}
		prev := &out[j]
		keep := e
		if !prev.Pinned || e.Pinned {
			keep = *prev
		} else {
			// The first copy was the pinned one at the top: the entry
			// belongs where the stream shows it.
			out = slices.Delete(out, j, j+1)
			for key, idx := range seen {
				if idx > j {
					seen[key] = idx - 1
				}
			}
			seen[k] = len(out)
			out = append(out, keep)
			prev = &out[len(out)-1]
		}
		prev.Pinned = prev.Pinned || e.Pinned || keep.Pinned
		prev.KeyEvent = prev.KeyEvent || e.KeyEvent || keep.KeyEvent
		prev.Authors = appendUnique(prev.Authors, e.Authors...)
	}
	return out
}

// repeatKey identifies an entry for duplicate removal: the site ID when
// there is one, else its time, title and text. The strings are the
// entry's own: a key copies none of them.
type repeatKey struct {
	id                   string
	unix                 int64
	rawTime, title, text string
}

func entryKey(e *Entry) repeatKey {
	if e.ID != "" {
		return repeatKey{id: e.ID}
	}
	return repeatKey{unix: e.Time.Unix(), rawTime: e.RawTime, title: e.Title, text: e.Text}
}

// assignIDs gives every entry an ID. A site ID is kept. Otherwise the ID
// is derived from what survives edits: the permalink's fragment, else the
// entry's time (to the second, UTC) and its rank among the entries of the
// same second counted from the oldest end of the page, so that entries
// added at the newest end do not renumber the others. Entries without a
// time are numbered the same way. When the time resolver could not tell
// the page order, it is read from the entry times (guessOrder), and a
// page with no two distinct times counts as newest first.
func assignIDs(entries []Entry, order FeedOrder) {
	if order == OrderUnknown {
		order = guessOrder(entries)
	}
	used := make(map[string]bool, len(entries))
	sameTime := map[int64]int{}
	untimed := 0
	for k := range entries {
		i := len(entries) - 1 - k // newest first (or unknown): oldest at the end
		if order == OldestFirst {
			i = k
		}
		e := &entries[i]
		id := e.ID
		if id == "" && e.URL != "" {
			if _, frag, ok := strings.Cut(e.URL, "#"); ok && frag != "" {
				id = frag
			}
		}
		if id == "" && !e.Time.IsZero() {
			sec := e.Time.Unix()
			id = fmt.Sprintf("t%s-%d", e.Time.UTC().Format("20060102T150405Z"), sameTime[sec])
			sameTime[sec]++
		}
		if id == "" {
			id = fmt.Sprintf("n%d", untimed)
			untimed++
		}
		for base, n := id, 2; used[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		used[id] = true
		e.ID = id
	}
}

// IsDerivedID reports whether id has the shape of an ID that Parse
// derived for an entry the site gave none: the entry's time and rank
// among the entries of that second ("t20240420T120300Z-0"), or its rank
// among the entries without a time ("n3"), with "-2", "-3", ... when two
// collide. Such an ID is computed by each page on its own, so two pages
// of one blog may give different entries the same one; a caller merging
// pages (package fetch) compares their text too. A site's own ID may
// happen to have the shape; the answer is about the shape only.
func IsDerivedID(id string) bool {
	var rest string
	switch {
	case strings.HasPrefix(id, "t"):
		// "t" + "20060102T150405Z" + "-" + rank
		const stamp = len("20060102T150405Z")
		if len(id) < 1+stamp+2 || !allDigits(id[1:9]) || id[9] != 'T' || !allDigits(id[10:16]) || id[16] != 'Z' || id[17] != '-' {
			return false
		}
		rest = id[17:]
	case strings.HasPrefix(id, "n"):
		n := 1
		for n < len(id) && '0' <= id[n] && id[n] <= '9' {
			n++
		}
		if n == 1 {
			return false
		}
		rest = id[n:]
	default:
		return false
	}
	if rest == "" {
		return true
	}
	if rest[0] != '-' {
		return false
	}
	for part := range strings.SplitSeq(rest[1:], "-") {
		if part == "" || !allDigits(part) {
			return false
		}
	}
	return true
}

// allDigits reports whether s is ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// appendUnique appends the items of add that dst does not hold yet.
func appendUnique[T comparable](dst []T, add ...T) []T {
	for _, v := range add {
		if !slices.Contains(dst, v) {
			dst = append(dst, v)
		}
	}
	return dst
}

// linksOf, imagesOf and embedsOf turn what the renderer found into the
// package's types, leaving out what has no usable address: an Embed,
// Link or Image always carries a URL.
func linksOf(ls []render.Link) []Link {
	if len(ls) == 0 {
		return nil
	}
	out := make([]Link, 0, len(ls))
	for _, l := range ls {
		if l.URL != "" {
			out = append(out, Link(l))
		}
	}
	return out
}

func imagesOf(ims []render.Image) []Image {
	if len(ims) == 0 {
		return nil
	}
	out := make([]Image, 0, len(ims))
	for _, im := range ims {
		if im.URL != "" {
			out = append(out, Image(im))
		}
	}
	return out
}

func embedsOf(ems []render.Embed) []Embed {
	if len(ems) == 0 {
		return nil
	}
	out := make([]Embed, 0, len(ems))
	for _, em := range ems {
		if em.URL != "" {
			out = append(out, Embed{Kind: EmbedKind(em.Kind), URL: em.URL})
		}
	}
	return out
}
