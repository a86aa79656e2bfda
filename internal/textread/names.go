package textread

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylineName returns the author named by a byline ("By Jane Doe", "Jane
// Doe", "di Mario Rossi"), or "".
func (lx *textLexicon) bylineName(s string) string {
	s = strings.TrimFunc(s, func(c rune) bool { return unicode.IsSpace(c) || strings.ContainsRune(",|-–—·:", c) })
	if name := lx.prefixedByline(s); name != "" {
		return name
	}
	if isNameLike(s, lx) {
		return s
	}
	return ""
}

// prefixedByline returns the name of an author line that starts with
// "By" or its like ("By Jane Doe", "Von Max Muster"), or "".
func (lx *textLexicon) prefixedByline(s string) string {
	if word, rest, ok := strings.Cut(s, " "); ok && lx.bylines.has(word) && isNameLike(rest, lx) {
		return rest
	}
	return ""
}

// isNameLike reports a person's name: two to five words, each
// capitalised (or a particle such as "von"), letters only, not all in
// capitals, not a possessive.
func isNameLike(s string, lx *textLexicon) bool {
	if s == "" || len(s) > 48 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	caps, upper := 0, 0
	for _, w := range words {
		if lx.particles.has(w) {
			continue
		}
		if pre, name, ok := strings.Cut(w, "-"); ok && lx.particles.has(pre) && name != "" {
			w = name // "al-Ajrami"
		}
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !strings.ContainsRune("-'’.", c) {
				return false
			}
		}
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			return false
		}
		if strings.ToUpper(w) == w && utf8.RuneCountInString(w) > 2 {
			upper++
		}
		caps++
	}
	return caps >= 2 && upper < caps
}

// isAttribution reports the text before a date that credits a quotation
// or an embedded post: "— Jane Doe (@jdoe)", "- Agency Name, 1920".
func isAttribution(s string) bool {
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "- ") || strings.Contains(s, "(@")
}

// isPlaceName reports the place of a dateline before its date
// ("Murcia", "Nizhny Novgorod"): one or two capitalised words of letters.
func isPlaceName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }) >= 0 {
			return false
		}
	}
	return true
}

// isCreditHead reports the credit before a byline's stamp that is no
// capitalised name: one to four words of letters in a script without
// capitals ("김서연 기자 입력": name, title, the "input" label; "سارة
// المصري"). A capitalised name is bylineName's, a desk's one word
// ("Redacción") isPlaceName's.
func isCreditHead(s string) bool {
	s = strings.TrimFunc(s, func(c rune) bool { return unicode.IsSpace(c) || strings.ContainsRune(",|-–—·:/", c) })
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || len(s) > 48 {
		return false
	}
	caseless := true
	for _, w := range words {
		for _, c := range w {
			switch {
			case !unicode.IsLetter(c):
				return false
			case unicode.IsUpper(c) || unicode.IsLower(c):
				caseless = false
			}
		}
	}
	return caseless
}
