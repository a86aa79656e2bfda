package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// patterns reads the date and time formats, the short date's order and
// the literal words of the formats.
func patterns(l *language, g gregorian) error {
	var pats list
	for _, k := range []string{"full", "long", "medium", "short"} {
		pats.add(lowerPattern(g.DateFormats[k]))
	}
	for _, k := range []string{"full", "long", "medium", "short"} {
		pats.add(lowerPattern(g.TimeFormats[k]))
	}
	var avail map[string]string
	if raw, ok := g.DateTimeFormats["availableFormats"]; ok {
		if err := json.Unmarshal(raw, &avail); err != nil {
			return fmt.Errorf("availableFormats: %w", err)
		}
	}
	for _, k := range availableFormats {
		pats.add(lowerPattern(avail[k]))
	}
	for _, k := range []string{"full", "long", "medium", "short"} {
		var s string
		if raw, ok := g.DateTimeFormats[k]; ok && json.Unmarshal(raw, &s) == nil {
			pats.add(lowerPattern(s))
		}
		pats.add(lowerPattern(g.AtTime.Standard[k]))
	}
	l.patterns = pats

	order, err := dateOrder(g.DateFormats["short"])
	if err != nil {
		return err
	}
	l.dateOrder = order

	var lits list
	for _, p := range pats {
		lits.add(literals(p)...)
	}
	l.literals = lits
	return nil
}

// lowerPattern cleans a CLDR pattern and lower-cases its literal text
// (quoted text and letters outside ASCII); pattern letters keep their
// case, since it is their meaning (M month, m minute).
func lowerPattern(p string) string {
	p = clean(p)
	var b strings.Builder
	quoted := false
	for _, r := range p {
		switch {
		case r == '\'':
			quoted = !quoted
		case quoted || r > unicode.MaxASCII:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// dateOrder is the order of day, month and year in a numeric date
// pattern: "dmy", "mdy" or "ymd".
func dateOrder(p string) (string, error) {
	var order []byte
	quoted := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '\'' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		var f byte
		switch c {
		case 'd':
			f = 'd'
		case 'M', 'L':
			f = 'm'
		case 'y':
			f = 'y'
		default:
			continue
		}
		if len(order) == 0 || order[len(order)-1] != f {
			order = append(order, f)
		}
	}
	switch s := string(order); s {
	case "dmy", "mdy", "ymd":
		return s, nil
	default:
		return "", fmt.Errorf("short date %q has order %q", p, s)
	}
}

// literals returns the words a pattern prints as they are: quoted text
// and letters outside ASCII ("de" of "d 'de' MMMM", "г." of
// "y 'г'.", "年" of "y年M月d日", "시" of "h시"). A word keeps a dot that
// follows it.
func literals(p string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		w := strings.TrimFunc(cur.String(), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '.'
		})
		w = strings.TrimLeft(w, ".")
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 && !contains(out, w) {
			out = append(out, w)
		}
		cur.Reset()
	}
	quoted := false
	for _, r := range p {
		switch {
		case r == '\'':
			quoted = !quoted
		case quoted && r != ' ':
			cur.WriteRune(r)
		case quoted:
			flush()
		case r > unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsMark(r)):
			cur.WriteRune(r)
		case r == '.' && cur.Len() > 0:
			cur.WriteRune(r)
			flush()
		default:
			flush()
		}
	}
	flush()
	return out
}
