package textread

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// block is one paragraph of copied text: a line of a browser copy
// (innerText gives one line a paragraph), or the lines of a paragraph
// that a text browser (lynx, w3m) wrapped, joined again.
type block struct {
	text   string // white space collapsed, browser markers removed
	blank  bool   // a blank line (or an empty list item) stands before it
	rule   bool   // a rule line ("___") stands before it
	bullet bool   // printed as a list item
}

// textLine is one line of the input as printed.
type textLine struct {
	indent int    // columns of leading white space
	text   string // the line without its indentation and trailing space
	width  int    // columns of indentation and text
}

// splitBlocks splits copied text into blocks, in two passes over the
// lines: one measures the width a text browser wrapped them at (none
// for a browser copy), the other joins the lines of each wrapped
// paragraph. A line continues the paragraph above it when it is
// indented as that paragraph's text and the line above was too full to
// take its first word, unless it opens with a timestamp (stampStart
// says) or is a line of buttons ("Facebook X"): such a line under a full
// line starts a block of its own.
func splitBlocks(s string, stampStart func(string) bool) []block {
	lines := splitTextLines(s)
	margins := wrapMargins(lines, stampStart)
	page := 0 // the width of the page a text browser centred headings in
	if margins != nil {
		page = pageWidth(lines)
	}
	var prev textLine // the last line of the open block
	blocks := make([]block, 0, len(lines)/2+1)
	var parts []string // the lines of the open block
	open := false      // parts belong to a block still taking lines
	openIndent, lastWidth := 0, 0
	blank, bullet, rule := false, false, false
	flush := func() {
		if len(parts) > 0 {
			blocks = append(blocks, block{text: dom.Clean(strings.Join(parts, " ")), blank: blank, bullet: bullet, rule: rule})
			parts = parts[:0]
			blank, rule = false, false
		}
		open = false
	}
	for i, l := range lines {
		if linkListStarts(lines, i) {
			break // the text browser's list of link addresses: the page has ended
		}
		text, isBullet, textIndent := stripLineMarkers(l)
		if text == "" {
			flush()
			blank = true
			if isRuleLine(l.text) {
				rule = true
			}
			continue
		}
		if open && margins != nil && !isBullet && l.indent == openIndent && l.indent <= maxIndent &&
			lastWidth+1+firstWordWidth(text) > margins[l.indent] &&
			!(stampStart != nil && mayOpenWithStamp(text) && stampStart(text)) &&
			!textLex.chrome.has(text) && !textLex.gluedChrome(text) {
			parts = append(parts, text)
			lastWidth, prev = l.width, l
			continue
		}
		if open && page > 0 && !isBullet && centredGoesOn(prev, l, page) &&
			!(stampStart != nil && mayOpenWithStamp(text) && stampStart(text)) {
			parts = append(parts, text)
			lastWidth, prev = l.width, l
			continue
		}
		flush()
		parts = append(parts, text)
		open, openIndent, lastWidth, bullet, prev = true, textIndent, l.width, isBullet, l
	}
	flush()
	return blocks
}

// isRuleLine reports a line that is a rule of underscores ("___"), as a
// wire service prints between the items of its "The Latest" pages.
func isRuleLine(s string) bool {
	return strings.Contains(s, "___") && strings.Trim(s, "_ ") == ""
}

// splitTextLines splits s into lines, measuring each.
func splitTextLines(s string) []textLine {
	lines := make([]textLine, 0, strings.Count(s, "\n")+1)
	for len(s) > 0 {
		var line string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			line, s = s, ""
		}
		line = strings.TrimRight(line, " \t\r\u00a0")
		indent := 0
		for indent < len(line) && (line[indent] == ' ' || line[indent] == '\t') {
			indent++
		}
		text := line[indent:]
		lines = append(lines, textLine{indent: indent, text: text, width: indent + utf8.RuneCountInString(text)})
	}
	return lines
}

// maxWrapWidth is the widest text-browser wrap looked for: a copy whose
// lines run longer is a browser copy, one paragraph a line.
const maxWrapWidth = 160

// maxIndent is the deepest indentation whose lines get a margin of
// their own.
const maxIndent = 64

// wrapMargins returns, for each indentation, the column a text browser
// wrapped the lines at, or nil when they were not wrapped. Wrapped text
// has a hard right margin for each indentation (lynx wraps headings
// and indented paragraphs at different columns): at most one line with
// a space in it runs past it, many lines end just short of it, and of
// those many go on in lower case on the next line, in the middle of a
// sentence; a browser copy's longest lines are whole paragraphs, and the
// next line starts a new one.
func wrapMargins(lines []textLine, stampStart func(string) bool) *[maxIndent + 1]int {
	m, total := candidateMargins(lines)
	if m == nil || !wrapsAt(lines, m, total, stampStart) {
		return nil
	}
	return m
}

// measured reports a line that says where the text was wrapped: short
// lines and unbreakable strings say nothing.
func measured(l textLine) bool {
	return l.width >= 20 && l.indent <= maxIndent && strings.IndexByte(l.text, ' ') >= 0
}

// candidateMargins returns, for each indentation, the column the text
// would be wrapped at (the widest measured line but one, as one line
// may overrun it; the widest of those for an indentation with too few
// lines), and how many lines were measured; nil when too few lines are
// or the margins are too narrow or too wide for a text browser's.
func candidateMargins(lines []textLine) (*[maxIndent + 1]int, int) {
	var top1, top2, count [maxIndent + 1]int
	all1, all2 := 0, 0 // the widest and the widest but one of all lines
	body := 0          // the widest indented line (indentation 2 or more)
	total := 0
	for _, l := range lines {
		if !measured(l) {
			continue
		}
		ind := l.indent
		count[ind]++
		total++
		switch {
		case l.width > top1[ind]:
			top1[ind], top2[ind] = l.width, top1[ind]
		case l.width > top2[ind]:
			top2[ind] = l.width
		}
		if ind >= 2 {
			body = max(body, l.width)
		}
		switch {
		case l.width > all1:
			all1, all2 = l.width, all1
		case l.width > all2:
			all2 = l.width
		}
	}
	if total < 3 {
		return nil, total
	}
	var m [maxIndent + 1]int
	widest := 0
	for ind := range m {
		if count[ind] >= 3 {
			m[ind] = top2[ind] // the widest but one: one line may overrun
			widest = max(widest, m[ind])
		}
	}
	if widest < 40 || widest > maxWrapWidth {
		return nil, total
	}
	for ind := range m {
		switch {
		case count[ind] >= fewLines:
		case ind >= 2 && count[ind] > 0 && body >= all2-nearMargin:
			// Too few lines to trust all but the widest: a short
			// paragraph's lines end well short of the margin, which a
			// text browser keeps for all its indented text (lynx's
			// paragraphs, list items and their lines).
			m[ind] = body
		case count[ind] > 0 && top1[ind] >= all2-nearMargin:
			m[ind] = top1[ind]
		default:
			// Short lines only (headings, buttons), or none: nothing
			// wraps here, or nothing says where; a text browser's right
			// margin is about the page's, wherever a line starts.
			m[ind] = min(all2, maxWrapWidth)
		}
	}
	return &m, total
}

// nearMargin is how far short of its margin a wrapped line may end: a
// word of up to this many columns did not fit.
const nearMargin = 12

// fewLines is how many lines of one indentation it takes to measure its
// own margin.
const fewLines = 10

// wrapsAt reports whether the lines were wrapped at margins m: of the
// total measured lines, many end just short of their margin, and of
// those many go on in lower case on the next line.
func wrapsAt(lines []textLine, m *[maxIndent + 1]int, total int, stampStart func(string) bool) bool {
	near, cont := 0, 0
	for i, l := range lines {
		if !measured(l) {
			continue
		}
		if mg := m[l.indent]; l.width < mg-nearMargin || l.width > mg {
			continue
		}
		near++
		if i+1 < len(lines) && lines[i+1].indent == l.indent && lines[i+1].text != "" {
			next := lines[i+1].text
			if first, _ := utf8.DecodeRuneInString(next); (unicode.IsLower(first) || caselessGoesOn(l.text, first)) &&
				!(stampStart != nil && mayOpenWithStamp(next) && stampStart(next)) {
				cont++ // a sentence running on to the next line, not a stamp ("il y a 1 heure")
			}
		}
	}
	return near*10 >= total && cont > 0 && cont*6 >= near
}

// firstWordWidth is the width of the first word of s.
func firstWordWidth(s string) int {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	return utf8.RuneCountInString(s)
}

// stripLineMarkers removes what a text browser prints around a line's
// text: a list marker ("* ", "• "), control and image placeholders
// ("(BUTTON)", "[image]"), an image's bracketed name at the start
// ("[logo]"), frame lines. It returns the text, whether the line was a
// list item, and the column its text starts at (after the number of a
// numbered list's item, which stays in the text).
func stripLineMarkers(l textLine) (string, bool, int) {
	text, indent := l.text, l.indent
	if text == "" {
		return "", false, indent
	}
	for _, p := range lexicon.TextBrowserLines {
		if strings.HasPrefix(text, p) {
			return "", false, indent
		}
	}
	for _, m := range lexicon.TextImageMarks {
		if rest, ok := strings.CutPrefix(text, m); ok && (rest == "" || rest[0] == ' ') {
			text = strings.TrimLeft(rest, " ")
			indent += utf8.RuneCountInString(m) + 1
			if text == "" {
				return "", false, indent
			}
		}
	}
	text, bullet, indent := cutListMarker(text, indent)
	if text == "" {
		return "", bullet, indent
	}
	if strings.ContainsAny(text, "([") {
		text = dropLinkNumbers(text)
		for _, m := range lexicon.TextBrowserMarkers {
			if strings.Contains(text, m) {
				text = strings.ReplaceAll(text, m, " ")
			}
		}
		// An image printed as its bracketed name: "[b9f]Caption".
		if strings.HasPrefix(text, "[") {
			if end := strings.IndexByte(text, ']'); end > 0 && end <= 32 && !strings.Contains(text[:end], " ") {
				text = text[end+1:]
			}
		}
		text = strings.TrimSpace(text)
	}
	if strings.Trim(text, "_ ") == "" {
		return "", bullet, indent
	}
	return text, bullet, indent
}

// cutListMarker cuts a list item's marker ("* ", "• ") from text, whose
// first column is indent. It returns the text, whether it was a list
// item, and the column its text starts at: after the marker, or after
// the number of a numbered item (" 1. Tickets behalten …" over "
// Verbindungen im …": the item's lines continue at its text's column),
// which stays in the text.
func cutListMarker(text string, indent int) (string, bool, int) {
	if rest, ok := cutItemNumber(text); ok && rest != "" {
		indent += len(text) - len(rest)
	}
	for _, m := range lexicon.TextListMarkers {
		if text == m {
			return "", true, indent
		}
		if strings.HasPrefix(text, m) && len(text) > len(m) && text[len(m)] == ' ' {
			n := len(m) + 1
			for n < len(text) && text[n] == ' ' {
				n++
			}
			return text[n:], true, indent + utf8.RuneCountInString(text[:n])
		}
	}
	return text, false, indent
}

// mayOpenWithStamp reports whether a line is worth offering to the stamp
// finder as the start of a block: it opens with a digit, or it is short
// and holds a digit ("September 12, 2024 at 10:20 AM", "hace 2 horas",
// "منذ 10 دقائق" under a paragraph lynx wrapped). The finder decides
// (see Read): a line that does not open with a digit or a capital opens
// a block only when the whole line is a stamp.
//
// A short line without a digit is offered too: a relative stamp in words
// ("an hour ago", Hebrew "לפני שעה", Arabic "منذ ساعتين"), which the
// finder takes only whole and counting back to a time of day.
func mayOpenWithStamp(text string) bool {
	if textIsDigit(text[0]) {
		return true
	}
	if len(text) <= maxWordStamp {
		return true
	}
	return len(text) <= 48 && strings.IndexFunc(text, textIsDigitRune) >= 0
}

// linkListStarts reports whether lines[i] opens the list of link
// addresses a text browser prints after the page ("References" over
// "   1. https://…"): a heading of lexicon.TextLinkListHeadings at the
// margin whose next printed line is a numbered address.
func linkListStarts(lines []textLine, i int) bool {
	l := lines[i]
	if l.indent != 0 || len(l.text) > 16 || !slices.Contains(lexicon.TextLinkListHeadings, l.text) {
		return false
	}
	for _, n := range lines[i+1:] {
		if n.text == "" {
			continue
		}
		num, rest, ok := strings.Cut(n.text, ". ")
		return ok && num != "" && strings.Trim(num, "0123456789") == "" && strings.Contains(rest, ":")
	}
	return false
}

// dropLinkNumbers removes the numbers lynx prints before each link
// ("[12]Jane Doe [13]26 May, 2024 21:00", the references of lynx -dump
// without -nolist), which glue to the stamps and names they stand
// before.
func dropLinkNumbers(s string) string {
	if !strings.Contains(s, "]") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			j := i + 1
			for j < len(s) && j-i <= 5 && textIsDigit(s[j]) {
				j++
			}
			if j > i+1 && j < len(s) && s[j] == ']' {
				i = j
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// caselessGoesOn reports a line of a script without capitals (Arabic,
// Hebrew, Devanagari, Han…) that goes on to the next, which opens with
// a letter of such a script: the line does not end a sentence.
func caselessGoesOn(line string, next rune) bool {
	if !unicode.IsLetter(next) || unicode.IsUpper(next) || unicode.IsLower(next) || unicode.IsTitle(next) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return unicode.IsLetter(last) || unicode.IsDigit(last) || last == '،' || last == ','
}

// pageWidth is the width of the widest line a text browser printed with
// a space in it: the page it centres headings in.
func pageWidth(lines []textLine) int {
	w := 0
	for _, l := range lines {
		if l.width <= maxWrapWidth && strings.IndexByte(l.text, ' ') >= 0 {
			w = max(w, l.width)
		}
	}
	return w
}

// centredGoesOn reports whether line l goes on with the centred heading
// whose last line is prev: lynx centres a heading (as many spaces before
// each line as after it, on a page about page columns wide) and wraps
// it, and prev was too full to take l's first word. A first line too
// full to centre stands at the margin.
func centredGoesOn(prev, l textLine, page int) bool {
	centred := func(x textLine) bool {
		d := 2*x.indent + utf8.RuneCountInString(x.text) - page
		return d >= -centreSlack && d <= centreSlack
	}
	if l.indent < 4 || !centred(l) || !centred(prev) && prev.indent > 1 {
		return false
	}
	return utf8.RuneCountInString(prev.text)+1+firstWordWidth(l.text) > page-centreSlack
}

// centreSlack is how far a centred line's two margins may differ from
// the page's width, which is measured on its widest line: a text
// browser centres in its whole screen, and its widest line may be a few
// columns short of it.
const centreSlack = 4
