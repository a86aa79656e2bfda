package timeparse

import (
	"unicode"
	"unicode/utf8"
)

// patItem is one item of a CLDR date or time pattern: a field ("HH",
// "MMMM", "y") or a literal word ("年", "de", "Uhr"). glued reports that
// no space separates it from the item before.
type patItem struct {
	field byte // the pattern letter; 0 for a literal
	n     int  // how many times the letter is repeated
	word  string
	glued bool
}

// patItems splits a pattern into fields and literal words. Literal text
// is quoted ('de', 'Uhr') or outside ASCII (年, בMMMM); punctuation other
// than letters separates items and is dropped.
func patItems(p string) []patItem {
	var out []patItem
	glued := false
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == '\'':
			// Quoted text, up to the next quote: its words are literals.
			j := i + 1
			for j < len(p) && p[j] != '\'' {
				j++
			}
			for k, w := range splitWords(p[i+1 : j]) {
				out = append(out, patItem{word: w, glued: glued && k == 0 && !unicode.IsSpace(rune(p[i+1]))})
			}
			i, glued = min(j+1, len(p)), true
			continue
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
			j := i
			for j < len(p) && p[j] == p[i] {
				j++
			}
			out = append(out, patItem{field: p[i], n: j - i, glued: glued})
			i, glued = j, true
			continue
		case isWordRune(r):
			j := i + size
			for j < len(p) {
				r2, size2 := utf8.DecodeRuneInString(p[j:])
				if r2 < utf8.RuneSelf || !isWordRune(r2) {
					break
				}
				j += size2
			}
			out = append(out, patItem{word: p[i:j], glued: glued})
			i, glued = j, true
			continue
		}
		glued = glued && !unicode.IsSpace(r)
		i += size
	}
	return out
}

func isHourField(c byte) bool { return c == 'H' || c == 'h' || c == 'K' || c == 'k' }

// literalRole is the role a pattern gives a literal word from the fields
// around it: after the hour and before the minutes an hour marker (時 of
// "H時mm分", h of "HH'h'mm"), after the hour a clock word (Uhr), after
// the minutes or seconds the end of a clock (分, ч.), glued after a year,
// a month number or a day, or ending a date, their marker (年, 月, 日,
// "y 'г'.") — also a filler, for "13.10.2025 г." —, glued before a field
// a one-letter prefix (ב of "d בMMMM"); else none ("de" of "d 'de'
// MMMM" is a filler).
func literalRole(items []patItem, k int) uint16 {
	var prev, next patItem
	if k > 0 {
		prev = items[k-1]
	}
	if k+1 < len(items) {
		next = items[k+1]
	}
	switch {
	case next.field != 0 && next.glued && !items[k].glued && utf8.RuneCountInString(items[k].word) == 1:
		return wPrefix | wFiller
	case isHourField(prev.field) && next.field == 'm':
		return wH
	case isHourField(prev.field):
		return wUhr
	case prev.field == 'm' || prev.field == 's':
		return wEnd
	case !items[k].glued && next.field != 0:
		// Between two fields with a space: a connector ("d 'de' MMMM").
		return 0
	case prev.field == 'y':
		return wYearMark | wFiller
	case (prev.field == 'M' || prev.field == 'L') && prev.n <= 2:
		return wMonthMark | wFiller
	case prev.field == 'd':
		return wDayMark | wFiller
	}
	return 0
}

// literalRoles returns the roles the patterns give their literal words,
// by folded word; a word that no pattern places has none (0: a filler).
func literalRoles(patterns []string) map[string]uint16 {
	roles := map[string]uint16{}
	for _, p := range patterns {
		items := patItems(p)
		for k := range items {
			if items[k].field != 0 {
				continue
			}
			roles[fold(items[k].word)] |= literalRole(items, k)
		}
	}
	return roles
}

// ampmFirst reports whether the patterns print the day period before the
// hour ("a h:mm", "ah:mm", "Bh:mm"), as Korean, Chinese, Japanese and
// Hungarian do.
func ampmFirst(patterns []string) bool {
	for _, p := range patterns {
		items := patItems(p)
		for k := 0; k+1 < len(items); k++ {
			if (items[k].field == 'a' || items[k].field == 'B') && isHourField(items[k+1].field) {
				return true
			}
		}
	}
	return false
}

// monthDayPattern reports whether one of the patterns is a month number
// followed by the day, without a year ("M/d", "M. d.", "MM-dd").
func monthDayPattern(patterns []string) bool {
	for _, p := range patterns {
		var fields []patItem
		for _, it := range patItems(p) {
			if it.field != 0 {
				fields = append(fields, it)
			}
		}
		if len(fields) == 2 && fields[0].field == 'M' && fields[0].n <= 2 && fields[1].field == 'd' {
			return true
		}
	}
	return false
}
