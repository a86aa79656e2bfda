package textread

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// textLexicon is the lexicon's word lists the reader uses, as sets.
type textLexicon struct {
	footers, chrome, updated, published, bylines, particles, live, asides, ranges foldSet
	// clockWords are the words every language prints with a clock
	// ("Uhr", "uur", "h", "kl."): lexicon.Language.ClockWords.
	clockWords foldSet
}

var textLex = &textLexicon{
	footers:   newFoldSet(lexicon.TextCommentMarkers...),
	chrome:    newFoldSet(lexicon.TextChrome...),
	updated:   newFoldSet(lexicon.TextUpdatedWords...),
	published: newFoldSet(lexicon.TextPublishedWords...),
	bylines:   newFoldSet(lexicon.TextBylinePrefixes...),
	particles: newFoldSet(lexicon.TextNameParticles...),
	live:      newFoldSet(lexicon.TextLiveWords...),
	asides:    newFoldSet(lexicon.TextAsides...),
	ranges:    newFoldSet(lexicon.TimeRangeJoiners...),

	clockWords: newFoldSet(allClockWords()...),
}

// allClockWords gathers the clock words of every language of the time
// lexicon.
func allClockWords() []string {
	var out []string
	for _, l := range lexicon.Time() {
		out = append(out, l.ClockWords...)
	}
	return out
}

// gluedChrome reports a line of two or more chrome words set side by
// side, glued by the copy or a space apart ("PartagerTweeter", "Share
// Tweet", "Facebook Twitter Email"): buttons, each label starting with
// a capital.
func (lx *textLexicon) gluedChrome(t string) bool {
	if len(t) > 48 {
		return false
	}
	parts, start := 0, 0
	for i, r := range t {
		if i == 0 || !unicode.IsUpper(r) && r != ' ' {
			continue
		}
		if w := strings.TrimSpace(t[start:i]); w != "" {
			if !lx.chrome.has(w) {
				return false
			}
			parts++
		}
		start = i
	}
	last := strings.TrimSpace(t[start:])
	return parts > 0 && last != "" && lx.chrome.has(last)
}

// teaserLine reports a link to another story set in an entry's text
// under a "read also" phrase ("Lire aussi : Grève : ce qu'il faut
// savoir", "Read more: Earlier flood defences explained").
func (lx *textLexicon) teaserLine(t string) bool {
	head, rest, ok := strings.Cut(t, ":")
	if !ok || len(head) > 40 || len(rest) > 160 || strings.TrimSpace(rest) == "" {
		return false
	}
	head = strings.TrimSpace(head)
	return lx.asides.has(head) || lx.chrome.has(head)
}

// rangeJoin reports whether, in block text s, the stamp raw and the
// stamp other after it stand either side of a range's joiner ("10:00
// am - 11:00 am", "14.00 bis 15.30 Uhr").
func (lx *textLexicon) rangeJoin(s, raw, other string) bool {
	i := strings.Index(s, raw)
	if i < 0 {
		return false
	}
	rest := s[i+len(raw):]
	j := strings.Index(rest, other)
	if j < 0 {
		return false
	}
	return lx.ranges.has(strings.TrimSpace(rest[:j]))
}

// anyLive reports whether one of words is a live blog's headline word
// ("Liveticker", "diretta").
func (lx *textLexicon) anyLive(words []string) bool {
	for _, w := range words {
		if lx.live.has(w) {
			return true
		}
	}
	return false
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

// isFlag reports an entry's flag printed alone ("Key event",
// "Urgente", "Fixado"): one of the lexicon's key-event and pinned
// labels, the tree's too.
func (lx *textLexicon) isFlag(t string) bool {
	return len(t) <= 32 && (lexicon.KeyEventLabels.Has(t) || lexicon.PinnedLabels.Has(t))
}

// isPinnedFlag reports a flag that pins the entry ("Pinned", "Fixado").
func (lx *textLexicon) isPinnedFlag(t string) bool {
	return len(t) <= 32 && lexicon.PinnedLabels.Has(t)
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
