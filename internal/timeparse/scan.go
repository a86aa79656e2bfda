package timeparse

import (
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file answers the questions the extractors ask of page text: is
// there a clock here and where, does this text start with a stamp, is
// this short text a date line, is this attribute a machine time. Every
// answer comes from the same tokenizer and vocabulary as Read.

// FindClock returns the hour and minute of the first clock in s — one or
// two digits of hour (0–23, not preceded by a digit, '.' or ':'), then
// ':', '.' or 'h', then two digits of minute (00–59, not followed by a
// digit) — and the index just after the minutes; end is -1 when s holds
// none. It is found by hand, not by a regular expression: it runs on the
// text of most short elements of a page.
func FindClock(s string) (h, mi, end int) {
	for i := 1; i+2 < len(s); i++ {
		switch s[i] {
		case ':', '.', 'h':
		default:
			continue
		}
		if s[i+1] < '0' || s[i+1] > '5' || !isDigit(s[i+2]) || i+3 < len(s) && isDigit(s[i+3]) {
			continue
		}
		if s[i] == '.' && i+4 < len(s) && s[i+3] == '.' && isDigit(s[i+4]) {
			continue // 06.09.2021 is a date
		}
		start := i
		for start > 0 && i-start < 3 && isDigit(s[start-1]) {
			start--
		}
		digits := i - start
		if digits == 0 || digits > 2 {
			continue
		}
		if start > 0 && (isDigit(s[start-1]) || s[start-1] == '.' || s[start-1] == ':') {
			continue
		}
		h = int(s[start] - '0')
		if digits == 2 {
			h = h*10 + int(s[start+1]-'0')
		}
		if h > 23 {
			continue
		}
		return h, int(s[i+1]-'0')*10 + int(s[i+2]-'0'), i + 3
	}
	return 0, 0, -1
}

// HasYear reports whether s holds a four-digit year from 1990 to 2099
// standing on its own (not inside a longer number).
func HasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			run++
			if run == 4 && (i+1 == len(s) || !isDigit(s[i+1])) {
				y := s[i-3 : i+1]
				if y >= "1990" && y <= "2099" {
					return true
				}
			}
			continue
		}
		run = 0
	}
	return false
}

// maxDateLine is the longest text IsDateLine accepts.
const maxDateLine = 64

// IsDateLine reports whether s is nothing but a date and/or time: numbers,
// punctuation and words the time engine knows (month and weekday names,
// zones, clock and filler words, in any language it reads), holding a
// clock or a year. "14 August 2023 10:01", "6 сентября 2021, 14:18" and
// "Updated 14:05 BST" are date lines; a sentence is not.
func IsDateLine(s string) bool {
	if s == "" || len(s) > maxDateLine {
		return false
	}
	if c := clockForm(s); FindClockEnd(c) < 0 && !HasYear(c) {
		if _, end := hourMarked(c); end < 0 {
			return false
		}
	}
	var toks [maxTokens]token
	_, reason := tokenize(s, &toks, true)
	return reason == ""
}

// FindClockEnd returns the index after the first clock in s, or -1.
func FindClockEnd(s string) int {
	_, _, end := FindClock(s)
	return end
}

// DateLineTail returns the longest part of s after a separator (",", "|",
// "•", "·", " - ", " – ") that is a date line with a clock, or "": the
// stamp of "By Ann Lee, 30 October 2024, 14:05".
func DateLineTail(s string) string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '|', '-':
		default:
			if !strings.HasPrefix(s[i:], "•") && !strings.HasPrefix(s[i:], "·") && !strings.HasPrefix(s[i:], "–") {
				continue
			}
		}
		if s[i] == '-' && (i == 0 || s[i-1] != ' ') {
			continue // "2024-06-01" is no separator
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		tail := strings.TrimSpace(s[i+size:])
		if FindClockEnd(clockForm(tail)) >= 0 && IsDateLine(tail) {
			return tail
		}
	}
	return ""
}

// DateLineHead returns the longest part of s before a separator (",",
// "|", "•", "·", " - ", " – ") or a byline word (lexicon.BylinePrefixes)
// that is a date line with a clock, or "": the stamp of "Posted 2:47pm
// by Aroha Smith" or "14:05 Uhr | Anna Meier".
func DateLineHead(s string) string {
	for i := len(s) - 1; i > 0; i-- {
		cut := false
		switch {
		case s[i] == ',' || s[i] == '|':
			cut = true
		case s[i] == '-':
			cut = s[i-1] == ' ' // "2024-06-01" is no separator
		case s[i] == ' ':
			w := s[i+1:]
			if j := strings.IndexByte(w, ' '); j >= 0 {
				w = w[:j]
			}
			cut = lexicon.BylinePrefixes.Has(strings.ToLower(w))
		default:
			cut = strings.HasPrefix(s[i:], "•") || strings.HasPrefix(s[i:], "·") || strings.HasPrefix(s[i:], "–")
		}
		if !cut {
			continue
		}
		head := strings.TrimSpace(s[:i])
		if FindClockEnd(clockForm(head)) >= 0 && IsDateLine(head) {
			return head
		}
	}
	return ""
}

// LeadingClock splits a text that starts with a clock, as ticker
// headings and lines print one, into the stamp and the text after it:
// "12.31 Uhr: Title", "14:05 BST - Title", "+++ 00:35 Title +++",
// "14:26 Title" (a colon or 'h' clock, or a dotted one with a two-digit
// hour, before a capital: "00.35 Prąd wraca", "9h15 Un panache"),
// "14h05 : Title",
// "Ore 14:05 - Title" (filler words before the clock are left out),
// "31.03.22 | 11:26 | Title" (a numeric date with its year before the
// clock is part of the stamp). The
// clock must be followed by the end, a separator (":", "-", "–", "—",
// "|", "•", "·"), or a zone, clock or am/pm word and a space, so that
// "2.30 million" and "1:30 of extra time" are not stamps. ok is false
// when s does not start so.
func LeadingClock(s string) (stamp, rest string, ok bool) {
	s = strings.TrimSpace(s)
	ticker := false
	if n := tickerMarker(s); n > 0 {
		s, ticker = strings.TrimSpace(s[n:]), true
	}
	s = skipFillers(s)
	if s != "" && s[0] >= utf8.RuneSelf {
		return nativeLeadingClock(s, ticker)
	}
	if stamp, rest, ok := leadingDateClock(s, ticker); ok {
		return stamp, rest, true
	}
	return leadingClockAt(s, ticker)
}

// leadingClockAt is LeadingClock on s past its ticker marker and fillers,
// with the clock's digits in ASCII.
func leadingClockAt(s string, ticker bool) (stamp, rest string, ok bool) {
	end, colon := clockAtStart(s)
	if end < 0 {
		return "", "", false
	}
	marked := colon // "18h10", "18:10": no date or number is written so
	// A dotted clock with a two-digit hour reads like a colon one before
	// a capital; "1.50 Euro" and "2.30 Million" do not.
	colon = colon || end == 5 && s[2] == '.'
	stampEnd := end
	suffix := false
	if e := clockSuffix(s, end); e > end {
		stampEnd, suffix = e, true
	}
	after := s[stampEnd:]
	trimmed := strings.TrimLeft(after, " \t")
	switch {
	case trimmed == "":
		rest = ""
	case isSeparator(trimmed):
		_, size := utf8.DecodeRuneInString(trimmed)
		rest = strings.TrimSpace(trimmed[size:])
	case marked && periodThenCapital(trimmed):
		rest = strings.TrimSpace(trimmed[1:]) // "18h10. La vigilance levée"

	case (ticker || suffix) && len(trimmed) < len(after):
		rest = trimmed
	case colon && len(trimmed) < len(after) && (startsUpper(trimmed) || end == 5 && startsCaseless(trimmed)):
		rest = trimmed
	default:
		return "", "", false
	}
	if ticker {
		rest = strings.TrimSpace(strings.TrimRight(rest, "+*■▪◀◄● "))
	}
	return s[:stampEnd], rest, true
}

// tickerMarker returns the length of the marker that frames German ticker
// headings ("+++", "***", "■"), or 0.
func tickerMarker(s string) int {
	switch {
	case strings.HasPrefix(s, "+"):
		n := len(s) - len(strings.TrimLeft(s, "+"))
		if n <= 3 {
			return n
		}
	case strings.HasPrefix(s, "**"):
		n := len(s) - len(strings.TrimLeft(s, "*"))
		if n <= 3 {
			return n
		}
	}
	for _, m := range []string{"■", "▪", "▶", "►", "●"} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

// skipFillers drops filler words (and the dots after them) before a
// number at the start of s: "Ore 14:05", "godz. 14:05", "kl. 14.05". It
// returns s unchanged when no number follows them.
func skipFillers(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		end := wordEnd(s, i+size)
		idx, ok := lookupWord(s[i:end])
		if !ok || vocab.words[idx].flagsIn(vocab.all)&wFiller == 0 {
			return s
		}
		i = end
		for i < len(s) && (s[i] == '.' || s[i] == ' ') {
			i++
		}
	}
	if i == 0 || i == len(s) || !isDigit(s[i]) {
		return s
	}
	return s[i:]
}

// clockAtStart returns the end of the clock that starts s ("9.30",
// "14:05", "14h05", the hour of "10 p.m."), or -1; colon reports a ':'
// or an 'h' between hour and minute, which no number but a clock has
// ("2.30 Million" is a number).
func clockAtStart(s string) (end int, colon bool) {
	if s == "" || !isDigit(s[0]) {
		return -1, false
	}
	if _, e := hourAmPm(s); e >= 1 && e <= 2 {
		return e, false // "10 p.m.": the marker is read as the clock's suffix
	}
	_, _, e := FindClock(s)
	if e < 0 || e > 5 || e < 4 {
		return -1, false
	}
	sep := e - 3
	if sep != 1 && sep != 2 {
		return -1, false
	}
	for i := 0; i < sep; i++ {
		if !isDigit(s[i]) {
			return -1, false
		}
	}
	return e, s[sep] == ':' || s[sep] == 'h'
}

// clockSuffix returns the end of a zone, clock or am/pm word after the
// clock that ends at s[end] ("Uhr", "BST", "(IST)", "p.m."), or end.
func clockSuffix(s string, end int) int {
	i := end
	for i < len(s) && s[i] == ' ' {
		i++
	}
	paren := i < len(s) && s[i] == '('
	if paren {
		i++
	}
	if i >= len(s) {
		return end
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if isWordRune(r) && prepositionBeforeText(s, i) {
		return end
	}
	if a, n := ampmPrefix(s[i:]); a != 0 && !paren {
		return i + n
	}
	if !isWordRune(r) {
		return end
	}
	wend := wordEnd(s, i)
	idx, ok := lookupWord(s[i:wend])
	if !ok {
		return end
	}
	w := &vocab.words[idx]
	if w.zone == 0 && w.flagsIn(vocab.all)&(wUhr|wH) == 0 {
		return end
	}
	if paren {
		if wend >= len(s) || s[wend] != ')' {
			return end
		}
		wend++
	}
	return wend
}

// prepositionBeforeText reports whether the word at s[i] is one that
// some language also uses as a filler (a preposition: "de", "à", "at")
// and running text follows it: in "2h30 de marche" or "às 14h30 de hoje"
// the word belongs to the sentence, not to the clock, though "de" is
// Hungarian for a.m. Alone after the clock ("9:15 de") or before a
// separator it is still read as the clock's word, and so are the clock
// and zone words ("14:05 Uhr Regierung tagt").
func prepositionBeforeText(s string, i int) bool {
	wend := wordEnd(s, i)
	idx, ok := lookupWord(s[i:wend])
	if !ok {
		return false
	}
	w := &vocab.words[idx]
	if f := w.flagsIn(vocab.all); f&wFiller == 0 || f&(wUhr|wH) != 0 || w.zone != 0 {
		return false // "Uhr", "h" and zones are the clock's own words
	}
	rest := strings.TrimLeft(s[wend:], " \t")
	if len(rest) == len(s[wend:]) || rest == "" || isSeparator(rest) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return isWordRune(r)
}

// isSeparator reports whether s starts with a separator between a stamp
// and its text.
func isSeparator(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(":-–—|•·", r)
}

// nativeLeadingClock is LeadingClock on a text that starts with native
// digits ("١٦:٤٥ انقطاع الكهرباء", "۱۴:۳۰ نشست مجلس"): the clock's digits
// are read as ASCII and the stamp and rest are cut from s as printed.
func nativeLeadingClock(s string, ticker bool) (stamp, rest string, ok bool) {
	var buf [16]byte
	var at [17]int // at[j]: the index in s of buf[j]
	n, i := 0, 0
	for i < len(s) && n < len(buf) {
		r, size := utf8.DecodeRuneInString(s[i:])
		v := DigitValue(r)
		switch {
		case v >= 0:
			buf[n] = byte('0' + v)
		case r == ':' || r == '.':
			buf[n] = byte(r)
		default:
			size = 0
		}
		if size == 0 {
			break
		}
		at[n] = i
		n, i = n+1, i+size
	}
	if n == 0 {
		return "", "", false
	}
	at[n] = i
	a := string(buf[:n]) + s[i:]
	stamp, rest, ok = leadingClockAt(a, ticker)
	if !ok {
		return "", "", false
	}
	end := len(stamp)
	if end <= n {
		end = at[end]
	} else {
		end += i - n
	}
	return s[:end], rest, true
}

// startsCaseless reports whether s starts with a letter of a script that
// has no capitals (Arabic, Hebrew, CJK, Thai): such a title after a clock
// with a two-digit hour reads as "14:26 Title" does ("1:30 of extra time"
// has no capital to tell it apart, so a one-digit hour is not read so).
func startsCaseless(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// MachineTime reads a machine-readable time as pages put in attributes:
// RFC 3339 / ISO 8601 with a zone ("Z", "+02:00", "+0200"), with or
// without seconds and fraction, or a Unix time in seconds (10 digits) or
// milliseconds (13 digits) between 2000 and 2100. iso reports the ISO
// form (which may name a wrong zone). A value without a zone is not an
// instant and is refused.
func MachineTime(s string) (t time.Time, iso bool, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return time.Time{}, false, false
	}
	if isAllDigits(s) {
		var p parsed
		if (len(s) != 10 && len(s) != 13) || !parseEpoch(s, &p) {
			return time.Time{}, false, false
		}
		t = p.at.UTC()
		if t.Year() < 2000 || t.Year() > 2100 {
			return time.Time{}, false, false
		}
		return t, false, true
	}
	var p parsed
	if !parseISO(s, &p) || !p.hasClock || !p.hasZone {
		return time.Time{}, false, false
	}
	z := p.zone.resolve(time.UTC, p.y, p.mo, p.d, p.h, p.mi)
	return z.in(z.date(p.y, p.mo, p.d, p.h, p.mi, p.sec, p.ns)), true, true
}

// LocalDateTime reports whether s is an ISO date and time of day with
// no zone ("2024-05-04 14:05", "2024-05-04T14:05:00"): a publisher's
// wall clock, to be read in the page's zone.
func LocalDateTime(s string) bool {
	var p parsed
	return parseISO(strings.TrimSpace(s), &p) && p.hasClock && !p.hasZone
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
