package liveblog

import (
	"fmt"
	"html/template"
	"math"
	"slices"
	"strings"
	"time"
)

// finish is the one step every extractor's output goes through: it turns
// drafts into entries (text, safe HTML, links), resolves the page's times
// together, drops repeated entries and gives every entry a stable ID. A
// fix here is a fix for every site.
func finish(d *Document, source string, res *Result) *Blog {
	blog := &Blog{
		URL:       d.opts.URL,
		Title:     cleanSpace(res.Title),
		Summary:   strings.TrimSpace(res.Summary),
		Source:    source,
		Language:  res.Language,
		Published: res.Published,
		Updated:   res.Updated,
		Older:     safeRef(d.Resolve(res.Older)),
		Newer:     safeRef(d.Resolve(res.Newer)),
	}
	if blog.URL == "" {
		if u := d.URL(); u != nil {
			blog.URL = u.String()
		}
	}
	if blog.Title == "" {
		blog.Title = d.Title()
	}
	if blog.Language == "" {
		blog.Language = d.Lang()
	}

	loc := d.opts.Location
	if loc == nil {
		loc = res.Location
	}
	norm := &Normalizer{Location: loc, Now: d.opts.Now}
	if blog.Published.IsZero() {
		blog.Published = pageTime(norm, d, "article:published_time", "datePublished", "date")
	}
	if blog.Updated.IsZero() {
		blog.Updated = pageTime(norm, d, "article:modified_time", "dateModified", "og:updated_time")
	}
	if norm.Now.IsZero() {
		// A saved page is read relative to when it was last rendered, so
		// "5 min ago" and bare clock times keep their meaning in archives.
		norm.Now = blog.Updated
		if norm.Now.IsZero() {
			norm.Now = blog.Published
		}
		if norm.Now.IsZero() {
			norm.Now = d.opts.Captured
		}
	}

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

	anchor := blog.Updated
	if anchor.IsZero() {
		anchor = blog.Published
	}
	times, order := norm.ResolveSequence(stamps, anchor)
	if blog.Updated.IsZero() && !blog.Published.IsZero() && d.opts.Now.IsZero() && clockOnly(stamps) {
		// The page's one date is either when the blog began (its oldest
		// post) or when it last changed (its newest): sites use
		// "published" both ways. The first reading above keeps every
		// entry at or before it; the other starts the entries after it.
		// Take the reading that puts the entries nearest to the date.
		alt, altOrder := norm.ResolveSequence(stamps, blog.Published.Add(24*time.Hour))
		if gapAfter(alt, blog.Published) < gapBefore(times, blog.Published) {
			times, order = alt, altOrder
		}
	}
	for i := range entries {
		entries[i].Time = times[i]
	}
	entries = dropRepeats(entries)
	assignIDs(entries, order)
	blog.Entries = entries
	return blog
}

// clockOnly reports whether the page's entries print only clock times: at
// least two stamps, none of them giving a date or a relative time.
func clockOnly(stamps []Stamp) bool {
	n := 0
	for _, st := range stamps {
		if st.Time.IsZero() {
			continue
		}
		if st.HasDate || st.Relative {
			return false
		}
		n++
	}
	return n >= 2
}

// gapBefore is how long before t the latest of times falls (0 when after).
func gapBefore(times []time.Time, t time.Time) time.Duration {
	var latest time.Time
	for _, x := range times {
		if !x.IsZero() && x.After(latest) {
			latest = x
		}
	}
	if latest.IsZero() {
		return math.MaxInt64
	}
	return max(t.Sub(latest), 0)
}

// gapAfter is how long after t the earliest of times falls; a reading
// that puts an entry before t does not start after it.
func gapAfter(times []time.Time, t time.Time) time.Duration {
	var earliest time.Time
	for _, x := range times {
		if !x.IsZero() && (earliest.IsZero() || x.Before(earliest)) {
			earliest = x
		}
	}
	if earliest.IsZero() || earliest.Before(t) {
		return math.MaxInt64
	}
	return earliest.Sub(t)
}

// pageTime reads the first of the page's meta dates that parses.
func pageTime(norm *Normalizer, d *Document, keys ...string) time.Time {
	for _, k := range keys {
		if v := d.Meta(k); v != "" {
			if t, err := norm.Normalize(v); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// finishEntry turns one draft into an entry and the stamp its time comes
// from. It reports false for a draft with nothing in it.
func finishEntry(norm *Normalizer, dr *Draft, resolve func(string) string) (Entry, Stamp, bool) {
	e := Entry{
		ID:       strings.TrimSpace(dr.ID),
		URL:      safeRef(resolve(dr.URL)),
		RawTime:  cleanSpace(dr.RawTime),
		Updated:  dr.Updated,
		Title:    cleanSpace(dr.Title),
		KeyEvent: dr.KeyEvent,
		Pinned:   dr.Pinned,
	}
	var b body
	if len(dr.Body) > 0 {
		b = renderBody(dr.Body, dr.Exclude, resolve)
	} else {
		b = textBody(dr.Text)
	}
	b.blocks = dropRepeatedBlocks(b.blocks)
	// A body that repeats the title as its first paragraph shows it once.
	if e.Title != "" && len(b.blocks) > 0 && b.blocks[0].text == e.Title {
		b.blocks = b.blocks[1:]
	}
	var text []string
	for _, bl := range b.blocks {
		if bl.text != "" {
			text = append(text, bl.text)
		}
	}
	e.Text = strings.Join(text, "\n\n")
	e.HTML = joinHTML(b.blocks)
	e.Links, e.Images, e.Embeds = b.links, b.images, b.embeds
	// What the extractor adds is held to the same rule as what the body
	// yields: absolute http(s) addresses (mailto for links) only.
	for _, l := range dr.Links {
		if l.URL = safeURL(resolve(l.URL), true); l.URL != "" {
			e.Links = appendUnique(e.Links, l)
		}
	}
	for _, im := range dr.Images {
		if im.URL = safeURL(resolve(im.URL), false); im.URL != "" {
			e.Images = appendUnique(e.Images, im)
		}
	}
	for _, em := range dr.Embeds {
		if em.URL = safeURL(resolve(em.URL), false); em.URL != "" {
			e.Embeds = appendUnique(e.Embeds, em)
		}
	}
	for _, a := range dr.Authors {
		if a = cleanSpace(a); a != "" && !slices.Contains(e.Authors, a) {
			e.Authors = append(e.Authors, a)
		}
	}

	st := Stamp{Raw: e.RawTime}
	switch {
	case !dr.Time.IsZero():
		st.Time, st.HasDate, st.HasTime, st.HasZone = dr.Time, true, true, true
	case e.RawTime != "":
		st, _ = norm.Read(e.RawTime)
		if !st.HasDate && dr.Date != "" && !st.Time.IsZero() {
			if day, err := norm.Read(dr.Date); err == nil && day.HasDate {
				y, m, dd := day.Time.In(st.Time.Location()).Date()
				h, mi, s := st.Time.Clock()
				st.Time = time.Date(y, m, dd, h, mi, s, 0, st.Time.Location())
				st.HasDate = true
			}
		}
	}
	empty := e.Text == "" && e.Title == "" && len(e.Images) == 0 && len(e.Embeds) == 0
	if empty && st.Time.IsZero() {
		return e, st, false
	}
	return e, st, true
}

// textBody splits plain text into paragraphs at blank lines.
func textBody(s string) body {
	var b body
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for para := range strings.SplitSeq(s, "\n\n") {
		var lines []string
		for line := range strings.SplitSeq(para, "\n") {
			if line = cleanSpace(line); line != "" {
				lines = append(lines, line)
			}
		}
		if len(lines) == 0 {
			continue
		}
		text := strings.Join(lines, "\n")
		esc := make([]string, len(lines))
		for i, l := range lines {
			esc[i] = template.HTMLEscapeString(l)
		}
		b.blocks = append(b.blocks, block{text: text, tag: "p", html: strings.Join(esc, "<br>")})
	}
	return b
}

// joinHTML joins blocks, each in its wrapper, and runs of list items in
// <ul>.
func joinHTML(blocks []block) string {
	var sb strings.Builder
	size := 0
	for _, bl := range blocks {
		size += len(bl.html) + 2*len(bl.tag) + len("<></>") + len("<ul></ul>")
	}
	sb.Grow(size)
	inList := false
	for _, bl := range blocks {
		if bl.tag == "li" && !inList {
			sb.WriteString("<ul>")
			inList = true
		} else if bl.tag != "li" && inList {
			sb.WriteString("</ul>")
			inList = false
		}
		sb.WriteByte('<')
		sb.WriteString(bl.tag)
		sb.WriteByte('>')
		sb.WriteString(bl.html)
		sb.WriteString("</")
		sb.WriteString(bl.tag)
		sb.WriteByte('>')
	}
	if inList {
		sb.WriteString("</ul>")
	}
	return sb.String()
}

// dropRepeatedBlocks removes a run of blocks that repeats the run just
// before it (A A → A, A B A B → A B), as pages that render a paragraph
// twice show it. Blocks without text (images) are never dropped.
//
// Each run length is one pass that compacts the blocks in place, so a
// body of thousands of paragraphs (a copied page with few stamps) costs
// passes over it, not a deletion per repeat; past maxRepeatScan blocks
// only runs of up to maxRepeatRun blocks are looked for.
func dropRepeatedBlocks(blocks []block) []block {
	for size := 1; size <= len(blocks)/2 && (size <= maxRepeatRun || len(blocks) <= maxRepeatScan); size++ {
		out := blocks[:0] // the blocks kept so far: never past i
		for i := 0; i < len(blocks); {
			if len(out) >= size && i+size <= len(blocks) && sameRun(out[len(out)-size:], blocks[i:i+size]) {
				i += size
				continue
			}
			out = append(out, blocks[i])
			i++
		}
		blocks = out
	}
	return blocks
}

// maxRepeatScan and maxRepeatRun bound dropRepeatedBlocks on long bodies.
const (
	maxRepeatScan = 256
	maxRepeatRun  = 16
)

func sameRun(a, b []block) bool {
	for i := range a {
		if a[i].text == "" || a[i].text != b[i].text {
			return false
		}
	}
	return true
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

// appendUnique appends the items of add that dst does not hold yet.
func appendUnique[T comparable](dst []T, add ...T) []T {
	for _, v := range add {
		if !slices.Contains(dst, v) {
			dst = append(dst, v)
		}
	}
	return dst
}
