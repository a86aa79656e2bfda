package textread

import (
	"strings"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/matchclock"
	"github.com/liveblog-go/liveblog/internal/timeorder"
)

// commentaryMin is the fewest minute lines ("HT" and "FT" not counted)
// that make a commentary.
const commentaryMin = 3

// mark is one match clock opening a block of sports commentary.
type mark struct {
	b     int     // the block it opens
	clock string  // as printed: "67'", "45+2'", "HT"
	seq   float64 // its order in the match (matchclock)
	rest  string  // the text after it on its line ("67' Text…")
}

// readCommentary reads sports commentary whose entries carry only the
// match clock, no time of day: blocks opening with a minute and its
// apostrophe ("67'", "90+3'", "90' +3"), alone on their line over the
// text or before it ("67' Text…"), or a whole "HT" / "FT". Three or
// more such entries, most of them with running text (a scorer list's
// "12' Name" lines have none), make a commentary when the page calls
// itself live above them or their minutes run one way (and, on a page
// that does not say live, outweigh the running text above them: a
// match report's key moments under it are no stream). Each entry's
// Clock is set and its Time is zero; the last one ends at the first
// line that is not running text after its own.
func readCommentary(in *Input, blocks []block) (*Page, bool) {
	marks := commentaryMarks(blocks)
	if len(marks) < commentaryMin {
		return nil, false
	}
	r := newReader(in, blocks)
	r.groups = []stampGroup{{first: marks[0].b, last: marks[0].b}}
	r.entries = []entry{{g: 0}}
	r.indexBlocks()
	seqs := make([]float64, 0, len(marks))
	for _, m := range marks {
		if m.clock != "HT" && m.clock != "FT" {
			seqs = append(seqs, m.seq)
		}
	}
	if len(seqs) < commentaryMin {
		return nil, false // "FT" opening lines alone: the Financial Times cited
	}
	live := r.saysLive()
	if _, oneWay := timeorder.OneWay(timeorder.Times{N: len(marks), MatchClocks: seqs}); !oneWay && !live {
		return nil, false
	}
	p := &Page{Entries: make([]Entry, 0, len(marks))}
	prose, body := 0, 0
	for i, m := range marks {
		end := len(blocks)
		if i+1 < len(marks) {
			end = marks[i+1].b
		}
		paras := r.commentaryBody(m, end, i+1 == len(marks))
		for _, t := range paras {
			body += utf8.RuneCountInString(t)
		}
		if len(paras) > 0 && isProse(paras[len(paras)-1]) {
			prose++
		}
		p.Entries = append(p.Entries, Entry{Clock: m.clock, Text: strings.Join(paras, "\n\n")})
	}
	if prose*4 < len(marks)*3 {
		return nil, false // minutes over names or scores: a scorer list, a line-up
	}
	if paras, above := r.articleAbove(); !live && paras >= railArticleParas && above > body {
		return nil, false // a match report over its key moments
	}
	p.Title, p.Summary = r.titleAndSummary()
	return p, true
}

// commentaryMarks returns the blocks that open with a match clock.
func commentaryMarks(blocks []block) []mark {
	var marks []mark
	for b := range blocks {
		word, rest, _ := strings.Cut(blocks[b].text, " ")
		if itemNumber(word) && rest != "" {
			// "1. FT", "2. 90+3'": lynx numbers an ordered list's items.
			word, rest, _ = strings.Cut(rest, " ")
		}
		if word == "HT" || word == "FT" {
			marks = append(marks, mark{b: b, clock: word, seq: matchclock.Period(word), rest: rest})
			continue
		}
		if strings.HasPrefix(rest, "+") {
			// "90' +3 Text…": stoppage time printed apart.
			extra, after, _ := strings.Cut(rest, " ")
			if seq, ok := matchclock.Minute(word + extra); ok {
				marks = append(marks, mark{b: b, clock: word + " " + extra, seq: seq, rest: after})
				continue
			}
		}
		if seq, ok := matchclock.Minute(strings.TrimRight(word, ":")); ok {
			marks = append(marks, mark{b: b, clock: strings.TrimRight(word, ":"), seq: seq, rest: strings.TrimLeft(rest, " –-:")})
		}
	}
	return marks
}

// commentaryBody returns the paragraphs of the entry opened by m, up to
// block end; the last entry's end at the first line after its text that
// is no running text (the page's furniture).
func (r *reader) commentaryBody(m mark, end int, last bool) []string {
	var paras []string
	if m.rest != "" {
		paras = append(paras, m.rest)
	}
	for b := m.b + 1; b < end; b++ {
		t := r.blocks[b].text
		if last && (len(paras) > 0 && !isProse(t) || r.lex.footers.has(t)) {
			break
		}
		if r.lex.chrome.has(t) {
			continue
		}
		if n := len(paras); n > 0 && !r.blocks[b].blank && !endsSentence(paras[n-1]) {
			// A wrapped line a text browser left apart: "… zum" over
			// "1:0.", which reads as a clock.
			paras[n-1] += " " + t
			continue
		}
		paras = append(paras, t)
	}
	return paras
}

// endsSentence reports text ending with a sentence's closing mark.
func endsSentence(s string) bool {
	last, _ := lastTwoRunes(s)
	return strings.ContainsRune(".!?…\"”»)", last)
}

// itemNumber reports a list item's number as lynx prints it: "12.".
func itemNumber(w string) bool {
	n := strings.TrimSuffix(w, ".")
	return n != w && n != "" && len(n) <= 3 && strings.Trim(n, "0123456789") == ""
}
