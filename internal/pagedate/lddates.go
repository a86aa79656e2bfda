package pagedate

import (
	"strings"
	"unicode/utf8"
)

// ldDate is one date a JSON-LD block gives: its key and its value.
type ldDate struct{ key, value string }

// ldDateKeys are the keys whose values ldDates reads.
var ldDateKeys = [...]string{"datePublished", "dateCreated", "startDate", "uploadDate", "dateModified"}

// ldDates finds the dates of a JSON-LD block without decoding it (the
// block may be long): at most max (all when max < 0) of the places
// where one of ldDateKeys, quoted, is followed by a colon and a quoted
// value of 8 to 40 characters, in order, none overlapping the one
// before — what the regular expression
//
//	"(datePublished|dateCreated|startDate|uploadDate|dateModified)"\s*:\s*"([^"]{8,40})"
//
// finds, by hand: the expression took 100 ns a byte, more than the rest
// of a small page's extraction.
func ldDates(raw string, max int) []ldDate {
	var out []ldDate
	for i := 0; i < len(raw) && (max < 0 || len(out) < max); {
		q := strings.IndexByte(raw[i:], '"')
		if q < 0 {
			break
		}
		i += q
		if d, end, ok := ldDateAt(raw, i); ok {
			out = append(out, d)
			i = end
			continue
		}
		i++
	}
	return out
}

// ldDateAt reads a key and its date at raw[i], a quote, and returns the
// offset after the date's closing quote.
func ldDateAt(raw string, i int) (ldDate, int, bool) {
	rest := raw[i+1:]
	key := ""
	for _, k := range ldDateKeys {
		if len(rest) > len(k) && rest[len(k)] == '"' && rest[:len(k)] == k {
			key = k
			break
		}
	}
	if key == "" {
		return ldDate{}, 0, false
	}
	j := reSpace(raw, i+1+len(key)+1)
	if j >= len(raw) || raw[j] != ':' {
		return ldDate{}, 0, false
	}
	j = reSpace(raw, j+1)
	if j >= len(raw) || raw[j] != '"' {
		return ldDate{}, 0, false
	}
	end := strings.IndexByte(raw[j+1:], '"')
	if end < 0 {
		return ldDate{}, 0, false
	}
	value := raw[j+1 : j+1+end]
	if n := utf8.RuneCountInString(value); n < 8 || n > 40 {
		return ldDate{}, 0, false
	}
	return ldDate{key, value}, j + 1 + end + 1, true
}

// reSpace skips what \s matches in a regular expression: tab, newline,
// form feed, carriage return and space.
func reSpace(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case '\t', '\n', '\f', '\r', ' ':
			i++
		default:
			return i
		}
	}
	return i
}
