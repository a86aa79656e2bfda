package textread

import (
	"strings"
	"unicode/utf8"
)

// Thresholds of articleRail.
const (
	// railArticleParas is the fewest paragraphs of running text above
	// the stamps that make the page an article.
	railArticleParas = 4
	// railTeaserRunes is the longest text of a story's teaser.
	railTeaserRunes = 160
	// railMinTeasers is the fewest teasers that make a rail.
	railMinTeasers = 3
)

// articleRail reports whether the entries es are a rail of the site's
// latest stories printed after an article ("Latest news": a headline,
// a one-line teaser, "2 hours ago" each) rather than a live blog's
// posts. The text above the first stamp is an article — four or more
// paragraphs of running text, more than all the entries hold together
// — and every entry but the last (which takes the page's footer) is a
// teaser: a headline over one short paragraph at most. A live blog's
// standfirst is a paragraph or two, and its posts, even short ones,
// outweigh it.
func (r *reader) articleRail(es []Entry) bool {
	if len(es) < railMinTeasers+1 {
		return false
	}
	body := 0
	for i := range es {
		e := &es[i]
		body += utf8.RuneCountInString(e.Text)
		if i < len(es)-1 && !isTeaser(e) {
			return false
		}
	}
	paras, above := r.articleAbove()
	return paras >= railArticleParas && above > body
}

// teaserIndex reports whether the entries es are a page of story cards
// whose time closes each card ("Headline" over a one-line teaser over
// "2 hours ago"): read with the stamps opening entries, each entry is
// the next card's headline and teaser, and the last stamp opens an
// entry with nothing in it. A live blog's last post has its text.
func teaserIndex(es []Entry) bool {
	n := len(es)
	if n < railMinTeasers+1 || es[n-1].Title != "" || es[n-1].Text != "" {
		return false
	}
	for i := range es[:n-1] {
		if !isTeaser(&es[i]) {
			return false
		}
	}
	return true
}

// isTeaser reports whether e reads as a story's card: a headline over
// at most one short paragraph.
func isTeaser(e *Entry) bool {
	return e.Title != "" && !strings.Contains(e.Text, "\n\n") && utf8.RuneCountInString(e.Text) <= railTeaserRunes
}

// articleAbove counts the paragraphs of running text above the first
// entry's stamp and their length in runes; captions and the site's
// buttons are not counted.
func (r *reader) articleAbove() (paras, runes int) {
	end := r.groups[r.entries[0].g].first
	if r.start >= 0 && r.start < end {
		end = r.start
	}
	for b := 0; b < end; b++ {
		t := r.blocks[b].text
		if r.owner[b] >= 0 || r.caption[b] || !isProse(t) || r.lex.chrome.has(t) {
			continue
		}
		paras++
		runes += utf8.RuneCountInString(t)
	}
	return paras, runes
}
