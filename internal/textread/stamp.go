package textread

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// stampPlace is where a timestamp stands in a block of copied text.
type stampPlace uint8

const (
	stampWhole  stampPlace = iota + 1 // the block is the stamp
	stampPrefix                       // "12.31 Uhr: Headline", "21:00Jane Doe"
	stampSuffix                       // "Jane Doe14 August 2023 10:01", "Headline (11.39 Uhr)"
)

// textStamp is a timestamp found in a block.
type textStamp struct {
	st    timeparse.Stamp
	raw   string // the text that was read
	place stampPlace
	// other is the rest of the block: the text after a prefix stamp, the
	// text before a suffix stamp, separators trimmed.
	other string
	// glued reports that the copy ran the stamp and other together,
	// with no space or punctuation between ("21:00Jane Doe").
	glued bool
}

// Features of a stamp, as bits: what it says.
const (
	featRel   uint8 = 1 << iota // relative to the reading time ("5 min ago")
	featDate                    // a printed day (or an epoch)
	featClock                   // a printed time of day
)

func stampFeatures(st *timeparse.Stamp) uint8 {
	if st.Relative {
		return featRel
	}
	var f uint8
	if st.HasDate {
		f |= featDate
	}
	if st.HasTime {
		f |= featClock
	}
	return f
}

// maxWordStamp is the longest stamp without digits looked for.
const maxWordStamp = 32

// maxStampSpan bounds the bytes of a block that are tried as a prefix
// or suffix stamp: a stamp with its filler words is short.
const maxStampSpan = 64

// findStamp finds a timestamp in block text s: the whole block, else a
// prefix, else a suffix. Only the time engine reads times: this
// function only chooses which part of the block to offer it, cutting at
// spaces and at the places where the copy glued two texts together
// (digits against letters, a lower-case letter against a capital).
//
// A prefix stamp must give a time of day: a block that opens with a
// date alone ("15 August: …") is prose. The work is bounded: at most a
// few dozen reads of at most maxStampSpan bytes, whatever the block.
func findStamp(norm *timeparse.Normalizer, s string) (textStamp, bool) {
	if s == "" {
		return textStamp{}, false
	}
	if folded, ok := foldDigits(s); ok {
		// "١٤:٣٠ الدفاع المدني…": the stamp is found where it would
		// be with ASCII digits, and its parts taken from the text as
		// printed.
		ts, ok := findStampASCII(norm, folded)
		if !ok {
			return ts, false
		}
		ts.raw, ts.other = unfold(s, folded, ts.raw), unfold(s, folded, ts.other)
		return ts, true
	}
	return findStampASCII(norm, s)
}

// findStampASCII is findStamp on text whose digits are ASCII ones.
func findStampASCII(norm *timeparse.Normalizer, s string) (textStamp, bool) {
	if rest, ok := cutItemNumber(s); ok && strings.IndexFunc(rest, unicode.IsLetter) >= 0 {
		// "1. posted at 14:18": a labelled stamp as the item of a
		// numbered list (lynx and w3m print an <ol> of posts so). A
		// bare clock there ("1. 09:40") is as often a list of times or
		// of comments, and an item that goes on past its stamp ("1.
		// 10.30 a.m. is a good time") is prose.
		ts, ok := findStampIn(norm, rest)
		if ok && (ts.place == stampWhole || itemClock(&ts)) {
			return ts, true
		}
	}
	return findStampIn(norm, s)
}

// itemClock reports a numbered item that opens with a bare clock and
// goes on with a headline ("1. 14:05 Trains resume", as lynx and w3m
// print an <ol> of posts): a clock of digits, then text that starts
// with a capital or a digit, not a sentence about the time ("1. 10.30
// a.m. is a good time").
func itemClock(ts *textStamp) bool {
	if ts.place != stampPrefix || !ts.st.HasTime || ts.st.HasDate || ts.glued || !textIsDigit(ts.raw[0]) {
		return false
	}
	r := firstRune(ts.other)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// findStampIn is findStamp on s as it stands.
func findStampIn(norm *timeparse.Normalizer, s string) (textStamp, bool) {
	digits := strings.IndexFunc(s, textIsDigitRune) >= 0
	// A stamp without a digit is a short phrase ("Just now", "Vor einer
	// Stunde").
	if digits && len(s) <= maxStampSpan+16 || len(s) <= maxWordStamp {
		if st, raw, ok := readGlued(norm, s); ok && (st.HasDate || st.HasTime) {
			return textStamp{st: st, raw: raw, place: stampWhole}, true
		}
	}
	if !digits {
		return textStamp{}, false
	}
	if ts, ok := prefixStamp(norm, s); ok {
		return ts, true
	}
	return suffixStamp(norm, s)
}

// prefixStamp finds a stamp that opens s: the longest prefix that reads
// with a time of day and is followed by a separator or glued to the
// text ("12.31 Uhr: …", "0h40 : …", "21:00Jane"); when none is, the
// shortest that reads, lengthened only where a longer one says more (a
// zone, a date). "0h40 : Le …" is "0h40", not "0h40 : Le", which a
// filler word lets read the same.
func prefixStamp(norm *timeparse.Normalizer, s string) (textStamp, bool) {
	head := s[:min(len(s), maxStampSpan)]
	if !digitInFirstWords(head, 3) {
		return textStamp{}, false
	}
	var short, long textStamp // the shortest that reads; the longest before a separator
	longEnd, shortEnd := 0, 0 // where long and short end in s
	longest := 0              // where the longest reading with a time of day ends
	misses := 0               // prefixes in a row that hold a digit and do not read
	for _, c := range stampCuts(s, 0, len(head), true) {
		if c >= len(s) || misses == maxStampMisses {
			break
		}
		if !hasDigit(s[:c]) {
			continue // no time of day without a digit: "Updated", "Mon"
		}
		st, err := norm.Read(s[:c])
		if err != nil {
			misses++
			continue
		}
		misses = 0
		if !st.HasTime {
			continue
		}
		longest = c
		rest := strings.TrimLeftFunc(s[c:], isStampSep)
		if rest == "" {
			continue
		}
		ts := textStamp{st: st, raw: strings.TrimSpace(s[:c]), place: stampPrefix, other: rest, glued: runTogether(s[c-1], s[c])}
		if short.place == 0 || saysMore(&st, &short.st) || clockTail(s[:shortEnd], s[shortEnd:c]) {
			// "16.40 uur Afsluitdijk…", "14 h 05 Le…": the clock's
			// own word and its minutes belong to the stamp.
			short, shortEnd = ts, c
		}
		switch after := strings.TrimLeft(s[c:], " "); {
		case ts.glued || after != "" && isStampSep(firstRune(after)):
			long, longEnd = ts, c
		case long.glued && unitAfterGlue(s[longEnd:c]):
			// The glued reading cut off the unit of a stamp written
			// without spaces: "14時30" of "14時30分 フェリー…".
			long, longEnd = ts, c
		}
	}
	if long.place != 0 {
		return long, true
	}
	if short.place != 0 && opensSentence(s, short.raw, longest) {
		return textStamp{}, false
	}
	return short, short.place != 0
}

// clockTail reports whether t, the text between a reading of a stamp
// (read) and a longer one, only finishes the clock: its words are clock
// words after bare digits ("16.40 uur", "18 h") and two-digit minutes
// after one ("18 h 20").
func clockTail(read, t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	prev := read[strings.LastIndexByte(read, ' ')+1:]
	for _, w := range words {
		switch {
		case textLex.clockWords.has(w) && bareClock(prev):
		case len(w) == 2 && textIsDigit(w[0]) && textIsDigit(w[1]) && textLex.clockWords.has(prev):
		default:
			return false
		}
		prev = w
	}
	return true
}

// bareClock reports a clock printed as digits and their separators
// alone ("16.40", "18"): one that has its unit already ("14h05") takes
// no other, and "14h05 Horas depois…" opens with a word of the text.
func bareClock(w string) bool {
	return w != "" && strings.Trim(w, "0123456789.:") == ""
}

// opensSentence reports a time that opens a sentence rather than a
// stamp that opens a paragraph: the reading starts with a word ("Seit
// 16.30 Uhr sind die ersten Busse…", "Since 9am the road has…") and the
// text goes on in lower case after the longest reading, with no
// separator between.
func opensSentence(s, raw string, longest int) bool {
	if first, _ := utf8.DecodeRuneInString(raw); !unicode.IsLetter(first) || longest >= len(s) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[longest:], " "))
	return s[longest] == ' ' && unicode.IsLower(next)
}

// maxStampMisses is how many longer prefixes are tried after one that
// holds a digit fails to read: a stamp reads again within a word or two
// ("4 de junio"), prose never does.
const maxStampMisses = 3

// suffixStamp finds a stamp that ends s, the same way from the end. A
// stamp in brackets after a headline ("Headline (11.39 Uhr)") is
// attached to it as a glued one is.
func suffixStamp(norm *timeparse.Normalizer, s string) (textStamp, bool) {
	worded, ok := suffixEnding(s)
	if !ok {
		return textStamp{}, false
	}
	from := max(0, len(s)-maxStampSpan)
	for from < len(s) && !utf8.RuneStart(s[from]) {
		from++
	}
	cuts := stampCuts(s, from, len(s), false)
	var best textStamp
	found := false
	for k := len(cuts) - 1; k >= 0; k-- {
		c := cuts[k]
		if c <= 0 || c >= len(s) {
			continue
		}
		cand := strings.TrimLeft(s[c:], " ([")
		if cand == "" || !startsWithDigitOrLetter(cand) {
			continue
		}
		st, err := norm.Read(cand)
		if err != nil || !(st.HasDate || st.HasTime) || found && !saysMore(&st, &best.st) {
			continue
		}
		before := strings.TrimRight(s[:c], " ")
		other := strings.TrimRightFunc(strings.TrimRight(before, "(["), isStampSep)
		if other == "" || worded && !(st.Relative && len(other) < len(before) && strings.HasSuffix(s[:c], " ")) {
			continue
		}
		glued := runTogether(s[c-1], s[c]) || strings.HasSuffix(before, "(") || strings.HasSuffix(before, "[") ||
			s[c] == '(' || s[c] == '['

		best = textStamp{st: st, raw: cand, place: stampSuffix, other: other, glued: glued}
		found = true
	}
	return best, found
}

// suffixEnding reports whether s may end with a stamp: it ends with a
// digit, a bracket or a zone, or, worded, with a word after a digit
// close by, as a relative time does ("Jane Doe · vor 12 Minuten").
func suffixEnding(s string) (worded, ok bool) {
	last, _ := utf8.DecodeLastRuneInString(s)
	if textIsDigitRune(last) || last == ')' || endsWithZoneWord(s) {
		return false, true
	}
	ok = unicode.IsLetter(last) && hasDigit(s[max(0, len(s)-maxWordStamp):])
	return ok, ok
}

// saysMore reports whether stamp a gives something b does not: a date,
// a time of day, a zone.
func saysMore(a, b *timeparse.Stamp) bool {
	return a.HasDate && !b.HasDate || a.HasTime && !b.HasTime || a.HasZone && !b.HasZone
}

// digitInFirstWords reports a digit among the first n words of s: a
// stamp opening a line starts with its numbers ("12.31 Uhr", "Mon 15
// May", "LIVE Updated 4m ago").
func digitInFirstWords(s string, n int) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case textIsDigit(c):
			return true
		case c == ' ':
			if n--; n == 0 {
				return false
			}
		}
	}
	return false
}

// readGlued reads s whole, and when that fails and the copy glued words
// to numbers, reads it again with spaces put back.
func readGlued(norm *timeparse.Normalizer, s string) (timeparse.Stamp, string, bool) {
	st, err := norm.Read(s)
	if err == nil {
		return st, s, true
	}
	if u := unglue(s); u != s {
		if st, err := norm.Read(u); err == nil {
			return st, s, true
		}
	}
	if once := undouble(s); once != s {
		if st, _, ok := readGlued(norm, once); ok {
			return st, once, true
		}
	}
	return timeparse.Stamp{}, "", false
}

// stampCuts returns the byte offsets in s[from:to] where a stamp may
// end (ends) or begin, ascending: spaces, and the joins a copy leaves where two
// texts ran together (digit and letter, letter or digit and
// punctuation, a lower-case letter before a capital, the last capital of
// an acronym before a capitalised word: "BSTFirst").
func stampCuts(s string, from, to int, ends bool) []int {
	cuts := make([]int, 0, 16)
	for i := max(from, 1); i < to && len(cuts) < 24; i++ {
		if isCut(s, i, ends) {
			cuts = append(cuts, i)
		}
	}
	if to == len(s) {
		cuts = append(cuts, to)
	}
	return cuts
}

// isCut reports whether a stamp may end (ends) or begin at byte i of s:
// see stampCuts.
func isCut(s string, i int, ends bool) bool {
	a, b := s[i-1], s[i]
	switch {
	case ends && b == ' ' && a != ' ', !ends && a == ' ' && b != ' ':
		return true
	case isGlue(a, b) && !compactJoin(s, i):
		return true
	case ends && a != ' ' && strings.IndexByte(".:,;|", b) >= 0 && (i+1 == len(s) || s[i+1] == ' '):
		return true // "22h50. …", "12.31 Uhr: …": the stamp ends before the separator
	case ends && b >= utf8.RuneSelf && utf8.RuneStart(b) && unitEndsAt(s, i):
		return true // "20时15分|全市…": a unit after digits, then text with no space
	}
	// "BSTFirst": BST|First
	return i+1 < len(s) && i >= 2 && textIsUpper(a) && textIsUpper(b) && textIsLower(s[i+1]) && textIsUpper(s[i-2])
}

// runTogether reports whether bytes a and b, either side of a cut, are
// text run together by the copy: neither is a space or a separator.
func runTogether(a, b byte) bool {
	return a != ' ' && !isStampSep(rune(b)) && b != '(' && !isStampSep(rune(a))
}

// compactJoin reports a join inside one compact stamp token, where a
// single letter stands between digits or after them: "6h03", "0h40",
// "20m", "2h".
func compactJoin(s string, i int) bool {
	switch a, b := s[i-1], s[i]; {
	case textIsDigit(a) && textIsLetter(b):
		return letterRun(s, i) == 1
	case textIsLetter(a) && textIsDigit(b):
		return letterRunBack(s, i) == 1
	}
	return false
}

// isGlue reports whether bytes a and b, adjacent in a copy, are two
// texts run together: a digit against a letter, a lower-case letter
// against a capital, or a closing quote or bracket against a digit.
func isGlue(a, b byte) bool {
	switch {
	case textIsDigit(a) && textIsLetter(b), textIsLetter(a) && textIsDigit(b):
		return true
	case textIsLower(a) && textIsUpper(b):
		return true
	case strings.IndexByte("'\")]", a) >= 0 && textIsDigit(b):
		return true
	case textIsDigit(a) && b == '(':
		return true
	}
	return false
}

// isStampSep reports the characters printed between a stamp and its
// text: "12.31 Uhr: Headline", "6h03 : …", "22h50. …", "– ", "| ".
func isStampSep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(":.-–—|·,;•", r)
}

func startsWithDigitOrLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r) || unicode.IsLetter(r)
}

func textIsDigitRune(r rune) bool { return '0' <= r && r <= '9' }
func textIsDigit(c byte) bool     { return '0' <= c && c <= '9' }
func textIsUpper(c byte) bool     { return 'A' <= c && c <= 'Z' }
func textIsLower(c byte) bool     { return 'a' <= c && c <= 'z' }

// textIsLetter reports an ASCII letter or a byte of a non-ASCII rune
// (most of which, in stamps, are letters: "März", "сентября").
func textIsLetter(c byte) bool { return textIsUpper(c) || textIsLower(c) || c >= 0x80 }
