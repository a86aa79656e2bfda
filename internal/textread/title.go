package textread

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// titleAndSummary picks the blog's title and standfirst from the blocks
// before the first entry. Every headline-shaped line of three or more
// words is a candidate; the title is the one that reads most like the
// blog's headline: it calls the blog live (or stands under a "Live"
// label), shares the words of the page's address, is printed twice (a
// copy shows the headline and the page's own title), stands alone and
// is followed by running text. An author's line ("By The Associated
// Press", "Por Lucía Ferrández") is none. A line in capitals or of three words is
// more likely a section name. On a tie the later line wins: the site's
// furniture comes before the blog's own headline. The summary is the
// running text right after the title.
func (r *reader) titleAndSummary() (title, summary string) {
	end := r.groups[r.entries[0].g].first
	if r.start >= 0 && r.start < end {
		end = r.start
	}
	best := r.bestTitle(end)
	if best < 0 {
		return "", ""
	}
	title = r.blocks[best].text
	return title, r.summaryAfter(best, end)
}

// bestTitle returns the block before end that scores best as the
// blog's title, or -1 when none is a candidate.
func (r *reader) bestTitle(end int) int {
	slug := slugWords(r.in.URL)
	best, bestScore := -1, -100.0
	for b := 0; b < end; b++ {
		if r.owner[b] >= 0 {
			continue
		}
		t := r.blocks[b].text
		if !isHeadline(t) || r.lex.chrome.has(t) || r.caption[b] || r.lex.prefixedByline(t) != "" {
			continue // a "By Jane Doe" line under the headline names its author
		}
		words := textWords(t)
		if len(words) < 3 {
			continue
		}
		if score := r.titleScore(b, end, words, slug); score >= bestScore {
			best, bestScore = b, score
		}
	}
	return best
}

// titleScore scores block b, of the given words, as the blog's title
// (see titleAndSummary).
func (r *reader) titleScore(b, end int, words []string, slug map[string]bool) float64 {
	t := r.blocks[b].text
	score := 0.0
	if r.lex.anyLive(words) || lexicon.SaysLive(t) {
		// A headline word ("Liveticker"), or one of the lexicon's
		// phrases a live page's title carries ("עדכונים שוטפים", "ao
		// vivo"), as the tree reads titles.
		score += 4
	}
	if b > 0 && r.lex.live.has(r.blocks[b-1].text) {
		score += 2
	}
	if len(slug) > 0 {
		score += 3 * overlap(slug, words)
	}
	if r.printed[t] >= 2 {
		score += 2
	}
	if r.blocks[b].blank || b+1 < len(r.blocks) && r.blocks[b+1].blank {
		score++
	}
	if b+1 < end && isProse(r.blocks[b+1].text) {
		score++
	}
	if strings.ToUpper(t) == t {
		score -= 3
	}
	if len(words) <= 3 {
		score -= 2
	}
	return score
}

// summaryAfter is the running text after the title block, before end:
// its first run of prose paragraphs, furniture and captions skipped.
func (r *reader) summaryAfter(title, end int) string {
	var paras []string
	for b := title + 1; b < end; b++ {
		t := r.blocks[b].text
		if t == r.blocks[title].text || r.lex.chrome.has(t) || r.caption[b] {
			continue
		}
		if r.owner[b] >= 0 || !isProse(t) {
			if len(paras) > 0 {
				break
			}
			continue
		}
		paras = append(paras, t)
	}
	return strings.Join(paras, "\n\n")
}

// textWords splits s into its words of letters and digits, lower-cased.
func textWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// slugWords returns the words of the page address's slug: the path
// segment with the most words, split at dashes and underscores; words
// of fewer than three letters and ids are left out.
func slugWords(u *url.URL) map[string]bool {
	if u == nil {
		return nil
	}
	var seg string
	most := 0
	for s := range strings.SplitSeq(u.Path, "/") {
		if n := strings.Count(s, "-") + strings.Count(s, "_"); n > most {
			seg, most = s, n
		}
	}
	if most < 2 {
		return nil
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(seg), func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		if len(w) >= 3 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			words[w] = true
		}
	}
	return words
}

// overlap is the share of the slug's words that are among words.
func overlap(slug map[string]bool, words []string) float64 {
	seen := make(map[string]bool, len(words))
	for _, w := range words {
		if slug[w] {
			seen[w] = true
		}
	}
	return float64(len(seen)) / float64(len(slug))
}
