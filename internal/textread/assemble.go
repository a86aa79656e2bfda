package textread

import (
	"slices"
	"strings"
)

// maxTitleRunes and maxTitleWords bound an entry title.
const (
	maxTitleRunes = 160
	maxTitleWords = 25
)

// collect returns the entries read, dated together.
func (r *reader) collect() []Entry {
	strong := 0
	for i := range r.entries {
		r.assemble(&r.entries[i])
		if e := &r.entries[i]; e.title != "" && !e.weakTitle {
			strong++
		}
	}
	// A title ending in "!" or "?" ("Goal!") is one when the page's
	// entries have headlines; otherwise it is the entry's first line.
	keepWeak := strong*4 >= len(r.entries)
	times, pinned := r.date()
	for i := range r.entries {
		if e := &r.entries[i]; e.weakTitle && !keepWeak {
			e.paras = append([]string{e.title}, e.paras...)
			e.title, e.weakTitle = "", false
		}
	}
	r.dropPinnedCopies(pinned)
	r.dropHeadlineCopy()
	r.dropTrailingRepeat()
	out := make([]Entry, 0, len(r.entries))
	for i := range r.entries {
		e := &r.entries[i]
		if e.dropped {
			continue
		}
		g := &r.groups[e.g]
		out = append(out, Entry{
			Time:     times[i],
			RawTime:  g.raw,
			Title:    tickerTitle(e.title),
			Text:     strings.Join(e.paras, "\n\n"),
			Authors:  e.authors,
			KeyEvent: e.keyEvent,
			Pinned:   e.pinned || pinned[i],
		})
	}
	return out
}

// dropHeadlineCopy drops a first entry whose stamp and title the next
// entry repeats: the page's headline naming its newest entry ("+++
// 00:35 Title +++" over the dateline and the summary, then the entry
// itself), not an entry of its own.
func (r *reader) dropHeadlineCopy() {
	if len(r.entries) < 3 {
		return
	}
	a, b := &r.entries[0], &r.entries[1]
	if !a.dropped && !b.dropped && a.title != "" && a.title == b.title && r.groups[a.g].raw == r.groups[b.g].raw {
		a.dropped = true
		r.headline = tickerTitle(a.title)
	}
}

// dropTrailingRepeat drops a last entry with a headline and no text
// whose stamp an entry above prints too: a link back to that entry
// below the stream ("20:42Evacuation ordered" under the entries).
func (r *reader) dropTrailingRepeat() {
	n := len(r.entries)
	if n < 3 {
		return
	}
	last := &r.entries[n-1]
	if last.dropped || len(last.paras) > 0 {
		return
	}
	raw := r.groups[last.g].raw
	for i := range r.entries[:n-1] {
		if e := &r.entries[i]; !e.dropped && r.groups[e.g].raw == raw && strings.HasPrefix(e.title, last.title) {
			last.dropped = true
			return
		}
	}
}

// tickerTitle is title without the ticker marks closing it ("Luftalarm
// in der Hauptstadt +++"), which open it on the stamp's side.
func tickerTitle(title string) string {
	if t := strings.TrimRight(title, "+ "); len(title)-len(t) >= 3 && strings.HasSuffix(title, "++") {
		return t
	}
	return title
}

// dropPinnedCopies drops an entry set aside as pinned when the stream
// holds the same entry (same stamp, title and first paragraph): the copy
// in the stream stays, flagged as pinned. A text browser prints more of
// the page's furniture after a pinned post than a browser copy does, so
// the two copies' texts need not be equal to the end.
func (r *reader) dropPinnedCopies(pinned []bool) {
	first := func(e *entry) string {
		if len(e.paras) > 0 {
			return e.paras[0]
		}
		return ""
	}
	for i, p := range pinned {
		if !p {
			continue
		}
		a := &r.entries[i]
		for j := range r.entries {
			b := &r.entries[j]
			if j == i || b.dropped || r.groups[b.g].raw != r.groups[a.g].raw || b.title != a.title || first(b) != first(a) {
				continue
			}
			b.pinned = true
			a.dropped = true
			break
		}
	}
}

// assemble reads an entry's blocks into its title, paragraphs and
// authors, in four steps: the text after its stamp, its body blocks,
// the author lines above its text, its title.
func (r *reader) assemble(e *entry) {
	restTitle := r.readRest(e)
	if restTitle == "" {
		restTitle = e.titleAbove
	}
	caption := r.readBody(e)
	r.takeFlagLines(e)
	if restTitle != "" && isNameLike(restTitle, r.lex) && len(e.paras) >= 2 &&
		isHeadline(e.paras[0]) && isTitleSized(e.paras[0]) && !isNameLike(e.paras[0], r.lex) {
		// "16:40 Jana Reimers" over a headline and its text: the name
		// beside the stamp is the author's.
		e.authors = append(e.authors, restTitle)
		restTitle = ""
	}
	r.takeAuthorLines(e)
	r.chooseTitle(e, restTitle, caption)
}

// takeFlagLines moves an entry's flags printed on lines of their own to
// its flags: under its stamp ("11:42" over "Urgente"), or above it, where
// the flag ends the entry above ("Fixado" over "08:00"; the first
// entry's stands over the stream).
func (r *reader) takeFlagLines(e *entry) {
	for len(e.paras) > 0 && r.lex.isFlag(e.paras[0]) {
		r.flag(e, e.paras[0])
		e.paras = e.paras[1:]
	}
	if b := r.groups[e.g].first - 1; b >= 0 && r.owner[b] < 0 && r.lex.isFlag(r.blocks[b].text) {
		r.flag(e, r.blocks[b].text)
	}
	// The flag above the next entry's stamp is the next entry's.
	for n := len(e.paras); n > 0 && e.to > e.from && e.to < len(r.blocks) && r.owner[e.to] >= 0 &&
		e.paras[n-1] == r.blocks[e.to-1].text && r.lex.isFlag(e.paras[n-1]); n = len(e.paras) {
		e.paras = e.paras[:n-1]
	}
}

// flag sets entry e's flag for label t: a pinned entry is also a key
// event unless the label only pins it.
func (r *reader) flag(e *entry, t string) {
	if r.lex.isPinnedFlag(t) {
		e.pinned = true
		return
	}
	e.keyEvent = true
}

// readRest reads the text after the entry's stamp: a flag, an author,
// a headline (which it returns, the title unless another wins) or the
// first paragraph.
func (r *reader) readRest(e *entry) (restTitle string) {
	g := &r.groups[e.g]
	o := g.other
	if o == "" {
		return ""
	}
	switch {
	case r.lex.isFlag(o):
		e.keyEvent = true
		e.pinned = r.lex.isPinnedFlag(o)
	case g.glued && isNameLike(o, r.lex):
		e.authors = append(e.authors, o)
	case r.lex.prefixedByline(o) != "":
		e.authors = append(e.authors, r.lex.prefixedByline(o))
	case g.place == stampSuffix && r.lex.bylineName(o) != "":
		// "Jane Doe · 2 hours ago" opening the entry.
		e.authors = append(e.authors, r.lex.bylineName(o))
	case isHeadline(o) && isTitleSized(o):
		restTitle = o
	default:
		e.paras = append(e.paras, o)
	}
	return restTitle
}

// readBody reads the entry's body blocks into its paragraphs, and the
// names of closing bylines into its authors. It reports whether the
// body holds an image caption.
func (r *reader) readBody(e *entry) (caption bool) {
	for b := e.from; b < e.to; b++ {
		if !r.isText(b) {
			if og := &r.groups[r.owner[b]]; og.role == roleByline {
				if name := r.lex.bylineName(og.other); name != "" && !slices.Contains(e.authors, name) {
					e.authors = append(e.authors, name)
				}
			}
			continue
		}
		switch {
		case r.caption[b]:
			caption = true
		case r.isChrome(b), r.lex.teaserLine(r.blocks[b].text):
		default:
			e.paras = appendPara(e.paras, r.blocks[b].text)
		}
	}
	return caption
}

// takeAuthorLines moves the author lines above the text to the
// entry's authors: a name the text then starts with, or "By …".
func (r *reader) takeAuthorLines(e *entry) {
	for len(e.paras) >= 2 {
		p := e.paras[0]
		name := ""
		if isNameLike(p, r.lex) && strings.HasPrefix(e.paras[1], p) {
			name = p
		} else {
			name = r.lex.prefixedByline(p)
		}
		if name == "" {
			break
		}
		if !slices.Contains(e.authors, name) {
			e.authors = append(e.authors, name)
		}
		e.paras = e.paras[1:]
	}
}

// chooseTitle gives the entry its title: the headline after its stamp,
// else its first paragraph when that is a headline over more text (the
// second, under a short rubric), else the one headline under a photo.
func (r *reader) chooseTitle(e *entry, restTitle string, caption bool) {
	// "Jane Doe reports from Cardiff" under Jane Doe's byline opens
	// the text; it is no headline.
	byAuthor := len(e.paras) > 0 && len(e.authors) > 0 && strings.HasPrefix(e.paras[0], e.authors[len(e.authors)-1]+" ")
	switch {
	case byAuthor:
	case restTitle != "":
		e.title = restTitle
		e.weakTitle = !isStrongHeadline(restTitle)
	case len(e.paras) >= 2 && isHeadline(e.paras[0]) && isTitleSized(e.paras[0]):
		// A rubric above the headline: the headline is the title.
		if len(e.paras) >= 3 && wordCount(e.paras[0], 5) <= 4 && isStrongHeadline(e.paras[1]) && isTitleSized(e.paras[1]) &&
			wordCount(e.paras[1], 5) > wordCount(e.paras[0], 5) {
			e.paras = e.paras[1:]
		}
		e.title, e.paras = e.paras[0], e.paras[1:]
		e.weakTitle = !isStrongHeadline(e.title)
	case caption && len(e.paras) == 1 && isStrongHeadline(e.paras[0]):
		// A photo and a headline: a link to a story.
		e.title, e.paras = e.paras[0], nil
	}
}

// appendPara appends a paragraph unless it repeats the one before (a
// text browser prints an image's caption and alt text alike).
func appendPara(paras []string, t string) []string {
	if n := len(paras); n > 0 && paras[n-1] == t {
		return paras
	}
	return append(paras, t)
}

// isTitleSized reports a line short enough to be an entry title.
func isTitleSized(s string) bool {
	return utf8RuneLen(s) <= maxTitleRunes && wordCount(s, maxTitleWords+1) <= maxTitleWords
}
