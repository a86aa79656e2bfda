package detect

import "strings"

// This file splits HTML text into tags and text the way a browser's
// tokenizer does (WHATWG HTML, "Tokenization"), for the few things the
// detector needs: start tags with their attributes, end tags, text, and
// the raw contents of script, style and the other raw-text elements.
//
// It is not golang.org/x/net/html's Tokenizer because that one reads
// byte by byte through a buffer: on the corpus pages it alone costs 0.2
// to 0.45 times a whole Parse, most of the detector's budget. This
// scanner jumps from '<' to '<' with strings.IndexByte and slices the
// input instead of copying it; entities are left as they are, for the
// caller to decode in the few texts it reads. It agrees with the
// Tokenizer on the token stream of every fixture page (scan_test.go).
// Where it is simpler than the standard (the escaped states of a
// script's contents), the difference can only move a detection signal,
// never read outside the input.

// attr is one attribute of a start tag: its name, lower-case, and its
// value as written (entities not decoded).
type attr struct{ key, val string }

// tokens receives what the scanner finds, in order.
type tokens interface {
	// startTag is a start tag at byte pos; name is lower-case. attrs is
	// reused for the next tag.
	startTag(pos int, name string, attrs []attr, selfClosing bool)
	// endTag is an end tag; name is lower-case.
	endTag(name string)
	// text is character data between tags, entities not decoded.
	text(s string)
	// rawText is the contents of a raw-text element (script, style,
	// textarea, title, ...), between its start tag and its end tag.
	rawText(s string)
}

// rawTags are the elements whose contents are not markup; the scanner
// reads up to their end tag (x/net/html's list: scripting is on, so
// noscript is one of them).
var rawTags = map[string]bool{
	"iframe": true, "noembed": true, "noframes": true, "noscript": true,
	"plaintext": true, "script": true, "style": true, "textarea": true,
	"title": true, "xmp": true,
}

// scanner holds the attribute buffer between tags.
type scanner struct {
	attrs []attr
	stop  bool // set by the receiver to end the scan
}

// scan splits s into tokens and hands them to out.
func (sc *scanner) scan(s string, out tokens) {
	i := 0
	for i < len(s) && !sc.stop {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			out.text(s[i:])
			return
		}
		if j > 0 {
			out.text(s[i : i+j])
		}
		i += j
		if i+1 >= len(s) {
			out.text(s[i:])
			return
		}
		switch c := s[i+1]; {
		case isLetter(c):
			name, end, self, ok := sc.startTag(s, i+1)
			if !ok {
				return // a tag cut off by the end of the input is dropped
			}
			out.startTag(i, name, sc.attrs, self)
			i = end
			if rawTags[name] {
				if name == "plaintext" {
					out.rawText(s[i:])
					return
				}
				k := rawEnd(s, i, name)
				out.rawText(s[i:k])
				i = k
			}
		case c == '/':
			switch {
			case i+2 >= len(s):
				out.text(s[i:])
				return
			case isLetter(s[i+2]):
				k := i + 2
				for k < len(s) && !isSpace(s[k]) && s[k] != '/' && s[k] != '>' {
					k++
				}
				name := lower(s[i+2 : k])
				gt := strings.IndexByte(s[k:], '>')
				if gt < 0 {
					return // cut off
				}
				i = k + gt + 1
				out.endTag(name)
			case s[i+2] == '>':
				i += 3 // "</>" is nothing
			default:
				i = skipTo(s, i+2, '>') // a bogus comment
			}
		case c == '!':
			i = markupDecl(s, i+2)
		case c == '?':
			i = skipTo(s, i+2, '>')
		default:
			out.text(s[i : i+1])
			i++
		}
	}
}

// startTag reads the tag whose name starts at s[i] into sc.attrs and
// returns its lower-case name, the index after its '>', and whether it
// closes itself ("<br/>"). ok is false when the input ends inside it.
func (sc *scanner) startTag(s string, i int) (name string, end int, self, ok bool) {
	k := i
	for k < len(s) && !isSpace(s[k]) && s[k] != '/' && s[k] != '>' {
		k++
	}
	name = lower(s[i:k])
	sc.attrs = sc.attrs[:0]
	for {
		k = skipSpace(s, k)
		if k >= len(s) {
			return "", 0, false, false
		}
		switch s[k] {
		case '>':
			return name, k + 1, self, true
		case '/':
			k++
			if k < len(s) && s[k] == '>' {
				return name, k + 1, true, true
			}
			continue
		}
		self = false
		var key, val string
		if key, val, k, ok = attribute(s, k); !ok {
			return "", 0, false, false
		}
		if !hasAttr(sc.attrs, key) {
			sc.attrs = append(sc.attrs, attr{key: key, val: val})
		}
	}
}

// attribute reads the attribute whose name starts at s[k] and returns
// its lower-case name, its value ("" for none) and the index after it.
// ok is false when the input ends inside its value.
func attribute(s string, k int) (key, val string, end int, ok bool) {
	// An attribute name: up to white space, '/', '>' or '=' (an '='
	// that starts it is part of it).
	start := k
	k++
	for k < len(s) && !isSpace(s[k]) && s[k] != '/' && s[k] != '>' && s[k] != '=' {
		k++
	}
	key = lower(s[start:k])
	k = skipSpace(s, k)
	if k < len(s) && s[k] == '=' {
		if val, k, ok = attrValue(s, skipSpace(s, k+1)); !ok {
			return "", "", 0, false
		}
	}
	return key, val, k, true
}

// attrValue reads the attribute value that starts at s[k], after its
// '=' and white space: quoted, or up to white space or '>' (none when
// '>' follows at once). It returns the index after it; ok is false when
// the input ends first.
func attrValue(s string, k int) (val string, end int, ok bool) {
	if k >= len(s) {
		return "", 0, false
	}
	switch q := s[k]; q {
	case '"', '\'':
		e := strings.IndexByte(s[k+1:], q)
		if e < 0 {
			return "", 0, false
		}
		return s[k+1 : k+1+e], k + e + 2, true
	case '>':
		return "", k, true
	default:
		v := k
		for k < len(s) && !isSpace(s[k]) && s[k] != '>' {
			k++
		}
		return s[v:k], k, true
	}
}

// skipSpace returns the index of the first byte at or after k that is
// not white space, or len(s).
func skipSpace(s string, k int) int {
	for k < len(s) && isSpace(s[k]) {
		k++
	}
	return k
}

// hasAttr reports whether attrs already holds key: the first of two
// attributes of the same name wins.
func hasAttr(attrs []attr, key string) bool {
	for _, a := range attrs {
		if a.key == key {
			return true
		}
	}
	return false
}

// rawEnd returns the index of the end tag "</name" (any case, followed by
// white space, '/' or '>') at or after i, or len(s).
func rawEnd(s string, i int, name string) int {
	for {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return len(s)
		}
		k := i + j + 2
		if k+len(name) <= len(s) && strings.EqualFold(s[k:k+len(name)], name) &&
			(k+len(name) == len(s) || isSpace(s[k+len(name)]) || s[k+len(name)] == '/' || s[k+len(name)] == '>') {
			return i + j
		}
		i = k
	}
}

// markupDecl skips what follows "<!" at s[i]: a comment, a doctype, a
// CDATA section (a bogus comment outside foreign content), and returns
// the index after it.
func markupDecl(s string, i int) int {
	if !strings.HasPrefix(s[i:], "--") {
		return skipTo(s, i, '>')
	}
	i += 2
	// "<!-->" and "<!--->" end at once.
	if strings.HasPrefix(s[i:], ">") {
		return i + 1
	}
	if strings.HasPrefix(s[i:], "->") {
		return i + 2
	}
	for k := i; ; {
		j := strings.Index(s[k:], "--")
		if j < 0 {
			return len(s)
		}
		k += j + 2
		for k < len(s) && s[k] == '-' {
			k++ // "--->" ends too
		}
		if strings.HasPrefix(s[k:], ">") {
			return k + 1
		}
		if strings.HasPrefix(s[k:], "!>") {
			return k + 2
		}
	}
}

// skipTo returns the index after the first c at or after i, or len(s).
func skipTo(s string, i int, c byte) int {
	j := strings.IndexByte(s[i:], c)
	if j < 0 {
		return len(s)
	}
	return i + j + 1
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isSpace reports the white space of HTML's tokenizer.
func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

// lower returns s in lower case, without a copy when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
