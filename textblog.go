package liveblog

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// textExtractor reads the text of a live blog as a reader copies it out
// of a browser (select-all and copy) or dumps it with a text browser
// (lynx -dump, w3m -dump). It reads shapes, not sites:
//
//   - Lines are first joined back into paragraphs where a text browser
//     wrapped them (see textBlocks), and the browsers' markers dropped.
//   - A timestamp is a line the Normalizer reads, the start of a line
//     ("12.31 Uhr: Headline", "21:00Jane Doe") or its end ("Jane
//     Doe14 August 2023 10:01"), or a stamp printed over a few short
//     lines. Stamps that stand together (a relative time above a clock,
//     a date above a clock) are one stamp: one entry has one.
//   - A stamp opens an entry unless it is furniture: a list of links or
//     key events (three or more stamps in a row each with only a
//     headline, repeating the page's headlines or under a list heading),
//     a stamp of another kind or printed shape than the page's entries
//     (a video length, a dateline, the times of related stories), an
//     "Updated …" or "Published …" time, a headline ending in a time.
//   - An entry is the paragraphs up to the next one; the last ends at a
//     comment section, at a run of page furniture (short lines without
//     sentence punctuation), or at its closing byline on pages whose
//     entries end with one.
//   - Each entry's title is its first line when that is a headline (a
//     short line not ending like a sentence) followed by a body; its
//     authors are a name glued to its stamp, a name line that the body
//     then names, a "By …" line, the name of a closing byline.
//   - Times are dated together (Normalizer.ResolveSequence) from the
//     page's own date (a dateline, an "Updated" line, a date above the
//     entries) or the reference time, an out-of-order stamp (a pinned
//     post) set aside so that it does not move the others a day.
//   - Before the first entry, the page title is the headline line that
//     reads most like one: it names the blog as live, shares the words
//     of the page's address, is printed twice; the paragraphs after it
//     are the summary.
//
// The reader is linear in its input: each line is looked at a bounded
// number of times, and each timestamp read is bounded in length.
type textExtractor struct{}

func (textExtractor) Name() string { return "text" }

func (textExtractor) Match(d *Document) bool { return !d.IsHTML() }

// textLexicon is the lexicon's word lists the reader uses, as sets.
type textLexicon struct {
	footers, chrome, updated, published, flags, pinned, bylines, particles, live, asides foldSet
}

var textLex = &textLexicon{
	footers:   newFoldSet(lexicon.TextCommentMarkers...),
	chrome:    newFoldSet(lexicon.TextChrome...),
	updated:   newFoldSet(lexicon.TextUpdatedWords...),
	published: newFoldSet(lexicon.TextPublishedWords...),
	flags:     newFoldSet(lexicon.TextEntryFlags...),
	pinned:    newFoldSet(lexicon.TextPinnedFlags...),
	bylines:   newFoldSet(lexicon.TextBylinePrefixes...),
	particles: newFoldSet(lexicon.TextNameParticles...),
	live:      newFoldSet(lexicon.TextLiveWords...),
	asides:    newFoldSet(lexicon.TextAsides...),
}

// isLabelled reports a stamp printed as an edit or publication time:
// its words before the first digit start with "Updated", "First
// published", "Aggiornato alle".
func (lx *textLexicon) isLabelled(raw string) bool {
	lead := raw
	if i := strings.IndexFunc(raw, unicode.IsDigit); i >= 0 {
		lead = raw[:i]
	}
	lead = strings.ToLower(strings.TrimSpace(lead))
	if lead == "" {
		return false
	}
	words := strings.FieldsFunc(lead, func(r rune) bool { return !unicode.IsLetter(r) })
	for n := min(3, len(words)); n >= 1; n-- {
		w := strings.Join(words[:n], " ")
		if lx.updated.has(w) || lx.published.has(w) {
			return true
		}
	}
	return false
}

// foldSet is a set of lower-case strings, looked up in any case.
type foldSet struct {
	words    map[string]bool
	maxRunes int // runes in the longest word
}

func newFoldSet(words ...string) foldSet {
	f := foldSet{words: make(map[string]bool, len(words))}
	for _, w := range words {
		w = strings.ToLower(w)
		f.words[w] = true
		f.maxRunes = max(f.maxRunes, utf8.RuneCountInString(w))
	}
	return f
}

// has reports whether s, lower-cased, is in the set. Lowering maps rune
// to rune, so a string of more runes than the longest word is not one:
// it is not lowered at all. Callers ask about every line or block of a
// page, most of them long. ASCII text is lowered in a buffer on the
// stack, without allocating.
func (f foldSet) has(s string) bool {
	if len(s) > 4*f.maxRunes {
		return false
	}
	var buf [64]byte
	if len(s) > len(buf) {
		return utf8.RuneCountInString(s) <= f.maxRunes && f.words[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return utf8.RuneCountInString(s) <= f.maxRunes && f.words[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return len(s) <= f.maxRunes && f.words[string(buf[:len(s)])]
}

func (textExtractor) Extract(d *Document) (*Result, error) {
	norm := d.Normalizer()
	blocks := textBlocks(d.Text(), func(s string) bool {
		ts, ok := findStamp(norm, s)
		return ok && ts.place != stampSuffix
	})
	r := newTextReader(d, blocks)
	if !r.findEntries() {
		return nil, ErrNotLiveBlog
	}
	res := &Result{Entries: r.drafts()}
	if len(res.Entries) < 2 {
		return nil, ErrNotLiveBlog
	}
	res.Title, res.Summary = r.titleAndSummary()
	return res, nil
}

// isHeadline reports whether a line reads as a headline: not too long
// and not ending like a sentence (a final "!" or "?" is a headline's
// too, see isStrongHeadline).
func isHeadline(s string) bool {
	if len(s) > 400 || s == "" || utf8RuneLen(s) > 200 {
		return false
	}
	last, prev := lastTwoRunes(s)
	if strings.ContainsRune("\"”»’'", last) {
		// A quotation closing the headline: what matters is how the
		// quotation ends.
		return !strings.ContainsRune(".,:;", prev)
	}
	return !strings.ContainsRune(".:;,", last)
}

// isStrongHeadline is isHeadline without a final "!" or "?".
func isStrongHeadline(s string) bool {
	if !isHeadline(s) {
		return false
	}
	last, _ := lastTwoRunes(s)
	return last != '!' && last != '?'
}

// isProse reports a paragraph that reads as running text: a sentence
// end, or many words.
func isProse(s string) bool {
	n := wordCount(s, 12)
	if n >= 12 {
		return true
	}
	last, prev := lastTwoRunes(s)
	if strings.ContainsRune("\"”»’')", last) {
		last = prev
	}
	return n >= 3 && strings.ContainsRune(".!?…:", last)
}

// lastTwoRunes returns the last rune of s and the one before it.
func lastTwoRunes(s string) (last, prev rune) {
	r := []rune(s[max(0, len(s)-16):])
	if len(r) > 0 {
		last = r[len(r)-1]
	}
	if len(r) > 1 {
		prev = r[len(r)-2]
	}
	return last, prev
}

// wordCount counts the words of s, stopping at limit.
func wordCount(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			n++
			if n >= limit {
				return n
			}
			in = true
		}
	}
	return n
}

func utf8RuneLen(s string) int { return utf8.RuneCountInString(s) }

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}
