package liveblog

import (
	"github.com/liveblog-go/liveblog/internal/dom"
	"strings"
	"unicode"
)

// textExtractor reads the text of a live blog as a reader copies it from a
// browser: entries are the blocks of lines that start with a line holding
// only a timestamp.
//
// The rules, none of them tied to one site:
//   - A stamp line is a line the Normalizer reads as a time of day. Only
//     lines of the page's dominant stamp shape (digits and letters as
//     printed, "99:99 GMT 99.99.9999") open entries, so a table of
//     contents printing times another way does not.
//   - The page ends at a comment-section marker ("To participate in the
//     discussion", "Comments").
//   - Image captions carry a credit suffix (" - Agency Name, 1920"); a
//     credit printed twice or more on a page marks its lines as captions,
//     which are left out. An entry whose body is a caption followed by one
//     headline line is a link to a story: that line is its Title.
//   - Before the first entry, the last stand-alone line without final
//     punctuation is the blog title, and the paragraphs after it the
//     summary.
type textExtractor struct{}

func (textExtractor) Name() string { return "text" }

func (textExtractor) Match(d *Document) bool { return !d.IsHTML() }

// textFooters end the page: nothing after them is an entry.
var textFooters = newFoldSet(
	"to participate in the discussion", "log in or register",
	"comments", "add a comment", "leave a comment",
	"kommentare", "комментарии", "commenti",
	"commentaires", "comentarios", "komentarze",
)

// textChrome are lines of page furniture, compared case-folded.
var textChrome = newFoldSet(
	"table of contents", "new first", "old first",
	"new firstold first", "newest first", "oldest first",
	"latest first", "load more", "show more",
	"show latest", "live", "live updates",
	"refresh", "back to top", "copy link",
)

// foldSet is a set of lower-case strings, looked up in any case.
type foldSet struct {
	words  map[string]bool
	maxLen int // bytes in the longest word
}

func newFoldSet(words ...string) foldSet {
	f := foldSet{words: make(map[string]bool, len(words))}
	for _, w := range words {
		f.words[w] = true
		f.maxLen = max(f.maxLen, len(w))
	}
	return f
}

// has reports whether s, lower-cased, is in the set. A string of more
// than four bytes a rune (the most UTF-8 takes) for every byte of the
// longest word cannot be one once lowered, since lowering maps rune to
// rune: it is not lowered at all. Callers ask about every line or block
// of a page, most of them long.
func (f foldSet) has(s string) bool {
	return len(s) <= 4*f.maxLen && f.words[strings.ToLower(s)]
}

func (textExtractor) Extract(d *Document) (*Result, error) {
	lines := strings.Split(strings.ReplaceAll(d.Text(), "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = dom.Clean(l)
	}
	norm := d.Normalizer()
	isStamp := make([]bool, len(lines))
	shapes := map[string]int{}
	first := -1
	for i, l := range lines {
		if first >= 0 && textFooters.has(l) {
			lines = lines[:i]
			isStamp = isStamp[:i]
			break
		}
		if len(l) < 4 || len(l) > 64 || !hasDigit(l) {
			continue
		}
		if _, err := norm.Read(l); err == nil {
			isStamp[i] = true
			shapes[stampShape(l)]++
			if first < 0 {
				first = i
			}
		}
	}
	if first < 0 {
		return nil, ErrNotLiveBlog
	}
	for i, l := range lines {
		if isStamp[i] && shapes[stampShape(l)] < 2 {
			isStamp[i] = false
		}
	}
	credits := captionCredits(lines)
	stamps := 0
	for _, ok := range isStamp {
		if ok {
			stamps++
		}
	}
	res := &Result{Entries: make([]Draft, 0, stamps)}
	cur := -1 // the entry being read, an index in res.Entries
	var body []string
	caption := false
	flush := func() {
		if cur < 0 {
			return
		}
		e := &res.Entries[cur]
		if caption && len(body) == 1 && isHeadline(body[0]) {
			e.Title, body = body[0], nil
		}
		e.Text = strings.Join(body, "\n\n")
	}
	var preamble []string
	for i, l := range lines {
		switch {
		case isStamp[i]:
			flush()
			res.Entries = append(res.Entries, Draft{RawTime: l})
			cur, body, caption = len(res.Entries)-1, body[:0], false
		case cur < 0:
			// Before the first entry: blank lines, captions and chrome
			// end a paragraph, marked by "".
			if l == "" || textChrome.has(l) || isCaption(l, credits) {
				if len(preamble) > 0 && preamble[len(preamble)-1] != "" {
					preamble = append(preamble, "")
				}
				continue
			}
			preamble = append(preamble, l)
		case l == "" || textChrome.has(l):
		case isCaption(l, credits):
			caption = true
		default:
			body = append(body, l)
		}
	}
	flush()
	if len(res.Entries) < 2 {
		return nil, ErrNotLiveBlog
	}
	res.Title, res.Summary = titleAndSummary(preamble)
	return res, nil
}

// titleAndSummary picks the blog title and standfirst from the lines
// before the first entry. A "" in lines marks a paragraph end that was
// followed by a blank line.
func titleAndSummary(lines []string) (title, summary string) {
	standalone := func(i int) bool {
		return (i == 0 || lines[i-1] == "") && (i+1 == len(lines) || lines[i+1] == "")
	}
	// The last stand-alone headline: site furniture (section names,
	// category blurbs) comes before the blog's own title.
	t := -1
	for i, l := range lines {
		if l != "" && standalone(i) && isHeadline(l) && len(strings.Fields(l)) >= 3 {
			t = i
		}
	}
	var paras []string
	for _, l := range lines[t+1:] {
		if l != "" {
			paras = append(paras, l)
		}
	}
	if t >= 0 {
		title = lines[t]
	}
	return title, strings.Join(paras, "\n\n")
}

// isHeadline reports whether a line reads as a headline: not too long and
// not ending like a sentence.
func isHeadline(s string) bool {
	if len(s) > 200 || s == "" {
		return false
	}
	last := []rune(s)[len([]rune(s))-1]
	return !strings.ContainsRune(".!?\"”»:;,", last)
}

// stampShape is the form of a stamp line with its digits blanked out, so
// that "14:18 GMT 06.09.2021" and "02:40 GMT 07.09.2021" share one shape.
func stampShape(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '9'
		}
		return r
	}, s)
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// captionCredit returns the credit at the end of a caption line
// ("… in Kabul. - Agency Name, 1920" gives "Agency Name"), or "".
func captionCredit(l string) string {
	i := strings.LastIndex(l, " - ")
	if i < 0 {
		if !strings.HasPrefix(l, "- ") {
			return ""
		}
		i = -1
	}
	credit := l[i+3:]
	// Drop trailing ", 1920" and ", 24.01.2023" parts.
	for {
		j := strings.LastIndex(credit, ", ")
		if j < 0 || strings.IndexFunc(credit[j+2:], func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) >= 0 {
			break
		}
		credit = credit[:j]
	}
	if n := len(strings.Fields(credit)); n == 0 || n > 4 || len(credit) > 40 || !unicode.IsUpper([]rune(credit)[0]) {
		return ""
	}
	return credit
}

// captionCredits returns the credits that end two or more lines.
func captionCredits(lines []string) map[string]bool {
	count := map[string]int{}
	for _, l := range lines {
		if c := captionCredit(l); c != "" {
			count[c]++
		}
	}
	var out map[string]bool
	for c, n := range count {
		if n >= 2 {
			if out == nil {
				out = map[string]bool{}
			}
			out[c] = true
		}
	}
	return out
}

func isCaption(l string, credits map[string]bool) bool {
	return credits != nil && credits[captionCredit(l)]
}
