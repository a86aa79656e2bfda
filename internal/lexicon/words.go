package lexicon

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words is a set of lower-case words or phrases, looked up in any case.
// The zero value is an empty set.
type Words struct {
	m      map[string]bool
	maxLen int // bytes in the longest entry
}

// NewWords returns the set of ws, which must be lower-case.
func NewWords(ws ...string) Words {
	w := Words{m: make(map[string]bool, len(ws))}
	for _, s := range ws {
		w.m[s] = true
		w.maxLen = max(w.maxLen, len(s))
	}
	return w
}

// Has reports whether s, lower-cased, is in the set. A string of more
// than four bytes a rune (the most UTF-8 takes) for every byte of the
// longest entry cannot be one once lowered, since lowering maps rune to
// rune: it is not lowered at all. Callers ask about every line or block
// of a page, most of them long.
//
// An ASCII string is lowered into a buffer on the stack, which the map
// is indexed by without a copy: a page asks about thousands of blocks.
func (w Words) Has(s string) bool {
	if len(s) > 4*w.maxLen {
		return false
	}
	var buf [64]byte
	if len(s) <= len(buf) {
		lower := buf[:len(s)]
		ascii := true
		for i := 0; i < len(s) && ascii; i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[i] = c
			ascii = c < utf8.RuneSelf
		}
		if ascii {
			return w.m[string(lower)]
		}
	}
	return w.m[strings.ToLower(s)]
}

// HasPart splits a class or id value into parts at spaces, hyphens and
// underscores and reports whether one of them, lower-cased, is in the
// set ("share-buttons" has "share"); a camel-case part is also read as
// its words ("shareArticle" has "share", "liveCardTime" has "time").
func (w Words) HasPart(v string) bool {
	start := -1
	for i := 0; i <= len(v); i++ {
		var c byte = ' '
		if i < len(v) {
			c = v[i]
		}
		if c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' {
			if start >= 0 {
				if w.Has(v[start:i]) || w.hasCamelPart(v[start:i]) {
					return true
				}
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return false
}

// hasCamelPart reports whether one of the words of camel-case part p
// ("shareArticle": "share", "Article") is in the set. A part with no
// lower-case letter followed by a capital is no camel-case one.
func (w Words) hasCamelPart(p string) bool {
	from, split := 0, false
	for i := 1; i < len(p); i++ {
		if 'A' <= p[i] && p[i] <= 'Z' && 'a' <= p[i-1] && p[i-1] <= 'z' {
			if w.Has(p[from:i]) {
				return true
			}
			from, split = i, true
		}
	}
	return split && w.Has(p[from:])
}

// Prefixes is a list of lower-case prefixes, matched in any case.
type Prefixes []string

// Of returns the first prefix that s starts with (case-folded), or "".
// Each prefix is compared with as many runes of s as it has, folded
// without allocating: Of runs on every paragraph a page renders.
func (p Prefixes) Of(s string) string {
	for _, x := range p {
		end := 0
		for runes := utf8.RuneCountInString(x); runes > 0 && end < len(s); runes-- {
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
		}
		if strings.EqualFold(s[:end], x) {
			return x
		}
	}
	return ""
}

// Phrases is a set of lower-case phrases, found anywhere in a text in
// any case. The zero value is empty.
type Phrases struct{ list [][]byte }

// NewPhrases returns the set of ps, which must be lower-case.
func NewPhrases(ps ...string) Phrases {
	p := Phrases{list: make([][]byte, len(ps))}
	for i, x := range ps {
		p.list[i] = []byte(x)
	}
	return p
}

// In reports whether s holds one of the phrases. s is lowered once (on
// the stack when short) and each phrase looked for in it.
func (p Phrases) In(s string) bool {
	var buf [512]byte
	lower := buf[:0]
	for _, r := range s {
		lower = utf8.AppendRune(lower, unicode.ToLower(r))
	}
	for _, x := range p.list {
		if bytes.Contains(lower, x) {
			return true
		}
	}
	return false
}
