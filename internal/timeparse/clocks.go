package timeparse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the minutes of a clock in short page text, as the
// extractors ask of labels: ClockMinutes with the am/pm marker after or
// (where the language writes it so) before the clock, an hour with its
// am/pm marker or clock word alone, and MayHoldClock, the cheap test
// before them.

// ClockMinutes returns the minutes after midnight of the first clock in
// s, or -1. A "pm" right after the clock adds 12 hours, an "am" after 12
// takes them away.
func ClockMinutes(s string) int {
	s = clockForm(s)
	h, mi, end := FindClock(s)
	if end < 0 {
		// "10 p.m.", "9am": an hour and its am/pm marker; "16h",
		// "10 Uhr", "15時": an hour and its clock word.
		if h, end = hourAmPm(s); end < 0 {
			if h, end = hourMarked(s); end < 0 {
				return -1
			}
		}
		mi = 0
	}
	after := strings.TrimSpace(s[end:])
	a, _ := ampmPrefix(after)
	if a == 0 {
		a = ampmBefore(s, clockStart(s, end))
	}
	switch {
	case a == 2 && h < 12:
		h += 12
	case a == 1 && h == 12:
		h = 0
	}
	return h*60 + mi
}

// clockStart returns the index of the hour of the clock FindClock found
// ending at end ("14:05" in "at 14:05").
func clockStart(s string, end int) int {
	i := end - 3 // the separator
	for i > 0 && end-3-i < 2 && isDigit(s[i-1]) {
		i--
	}
	return i
}

// ampmBefore reads an am/pm marker that ends right before s[start] (a
// space between them at most), in a language that writes it before the
// clock: "오후 1:05", "下午1:10", "午後2時05分". In a script written
// without spaces the marker may end a longer run of letters
// ("更新下午2:05"); the last eight letters at most are looked at.
func ampmBefore(s string, start int) uint8 {
	i := start
	if i > 0 && s[i-1] == ' ' {
		i--
	}
	j := i
	for n := 0; j > 0 && n < 8; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !isWordRune(r) {
			break
		}
		j -= size
	}
	for k := j; k < i; {
		var buf [32]byte
		if key, ok := foldInto(buf[:0], s[k:i]); ok {
			if a, ok := vocab.ampm[string(key)]; ok && a.first&vocab.all != 0 && !wordFlagged(s[k:i], false, wFiller) {
				return a.v // not a filler elsewhere: German "am 12:05" is "at"
			}
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if !noSpaceScript(r) {
			break // in a spaced script only the whole word is a marker
		}
		k += size
	}
	return 0
}

// hourAmPm finds the first hour printed with an am/pm marker and no
// minutes ("10 p.m.", "9am"): the hour, and the index after its digits;
// end is -1 when s holds none.
func hourAmPm(s string) (h, end int) {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == ':') {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) && j-i < 3 {
			j++
		}
		if j-i > 2 || j < len(s) && isDigit(s[j]) {
			continue
		}
		v, _ := atoiFixed(s[i:j])
		if v < 1 || v > 12 {
			continue
		}
		// A marker of one letter ("m", Italian's narrow "m.") is not
		// enough here: "4m ago" is four minutes.
		after := strings.TrimLeft(s[j:], " ")
		if a, size := ampmPrefix(after); a != 0 && letters(after[:size]) > 1 {
			return v, j
		}
	}
	return 0, -1
}

// hourMarked finds the first hour printed with a clock word of the
// vocabulary after it and no minutes ("16h", "10 Uhr", "15時"): the hour
// (0–23), and the index after the word; end is -1 when s holds none.
// Native digits are read as clockForm reads them.
func hourMarked(s string) (h, end int) {
	s = clockForm(s)
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == ':' || s[i-1] == ',') {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) && j-i < 3 {
			j++
		}
		v, _ := atoiFixed(s[i:j])
		if j-i > 2 || v > 23 {
			continue
		}
		k := j
		if k < len(s) && s[k] == ' ' {
			k++
		}
		r, _ := utf8.DecodeRuneInString(s[k:])
		if k >= len(s) || !isWordRune(r) {
			continue
		}
		wend := wordEnd(s, k)
		idx, ok := lookupWord(s[k:wend])
		if !ok || vocab.words[idx].flagsIn(vocab.all)&(wUhr|wH) == 0 {
			continue
		}
		if next := strings.TrimLeft(s[wend:], " "); next != "" && isDigit(next[0]) {
			continue // minutes follow: a clock FindClock reads, or "2 h 75"
		}
		if wordFlagged(s[wend:], false, wPostMarker) || wordFlagged(s[:i], true, wPreMarker) {
			continue // "3h ago", "il y a 2 h": a count of hours
		}
		return v, wend
	}
	return 0, -1
}

// wordFlagged reports whether the first word of s (the last, with last)
// has flag f in the vocabulary's languages.
func wordFlagged(s string, last bool, f uint16) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	start, end := 0, 0
	if last {
		end = len(s)
		start = end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if !isWordRune(r) {
				break
			}
			start -= size
		}
	} else {
		end = wordEnd(s, 0)
	}
	if start == end {
		return false
	}
	idx, ok := lookupWord(s[start:end])
	return ok && vocab.words[idx].flagsIn(vocab.all)&f != 0
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// ampmPrefix reads an am/pm marker at the start of s ("pm", "p.m.",
// "PM EDT"); it returns 0 when there is none, and the bytes it took.
func ampmPrefix(s string) (uint8, int) {
	if s == "" || !isWordRune(rune(s[0])) && s[0] < utf8.RuneSelf {
		return 0, 0
	}
	var toks [4]token
	n := 0
	for i := 0; i < len(s) && n < len(toks); {
		r, size := utf8.DecodeRuneInString(s[i:])
		t := &toks[n]
		*t = token{start: int32(i), wi: -1}
		switch {
		case r == ' ':
			i += size
			continue
		case isWordRune(r):
			t.kind = tkWord
			i = wordEnd(s, i)
			if idx, ok := lookupWord(s[t.start:i]); ok {
				t.wi = int32(idx)
			}
		default:
			t.kind, t.r = tkPunct, r
			i += size
		}
		t.end = int32(i)
		n++
		if t.kind == tkPunct && r != '.' {
			break
		}
	}
	a, j, _ := ampmAt(s, toks[:n], 0, vocab.all)
	if a == 0 {
		return 0, 0
	}
	return a, int(toks[j-1].end)
}

// MayHoldClock reports whether s may hold a clock: a digit, ':', '.' or
// 'h', and two digits, once native digits and hour marks are read as
// clockForm reads them ("١٤:٠٥", "14 h 05", "14時05分"). It is the cheap
// test before FindClock.
func MayHoldClock(s string) bool {
	if asciiClockShape(s) {
		return true
	}
	if c := clockForm(s); len(c) != len(s) || c != s {
		return asciiClockShape(c)
	}
	return false
}

// asciiClockShape reports whether s holds a digit, ':', '.' or 'h', and
// two digits.
func asciiClockShape(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		switch s[i] {
		case ':', '.', 'h':
			if isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
				return true
			}
		}
	}
	return false
}
