package main

import (
	"strings"
	"unicode/utf8"
)

// termSafe returns s as it can be written to a terminal: nothing in it
// is acted on instead of shown. Escape sequences are removed whole: CSI
// (ESC [ or U+009B, up to its final byte), OSC, DCS, SOS, PM and APC
// strings (ESC ], P, X, ^, _ or their C1 forms, up to BEL, ST or the end
// of the line) and two-character ESC sequences. The other C0 controls
// (newline and tab are kept), DEL, the C1 controls and the bidirectional
// controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which
// can make a terminal show text in another order than it is, are removed;
// invalid UTF-8 becomes U+FFFD.
func termSafe(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			i++
		case r == 0x1b:
			i = skipEscape(s, i+1)
		case r == 0x9b: // CSI
			i = skipCSI(s, i+size)
		case r == 0x90, r == 0x98, r == 0x9d, r == 0x9e, r == 0x9f: // DCS, SOS, OSC, PM, APC
			i = skipString(s, i+size)
		case unsafeRune(r):
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// clean reports whether s has nothing termSafe would change.
func clean(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r == 0x1b || unsafeRune(r) {
			return false
		}
	}
	return true
}

// unsafeRune reports a control rune termSafe removes.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n', r == '\t':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// skipEscape returns the index after the escape sequence whose ESC ends
// just before i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch c := s[i]; {
	case c == '[':
		return skipCSI(s, i+1)
	case c == ']', c == 'P', c == 'X', c == '^', c == '_':
		return skipString(s, i+1)
	case c >= 0x20 && c <= 0x2f: // intermediates, then a final byte
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			i++
		}
		return i
	case c >= 0x30 && c <= 0x7e:
		return i + 1
	}
	return i // ESC before a control or non-ASCII: only the ESC goes
}

// skipCSI returns the index after a control sequence whose introducer
// ends just before i: parameter bytes, intermediate bytes, a final byte.
// A byte out of place ends it there.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString returns the index after a control string (OSC, DCS, ...)
// whose introducer ends just before i: up to and including BEL or ST
// (U+009C), or up to ESC (which starts the next sequence, ST's ESC \
// among them), a newline (kept) or the end.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b, s[i] == '\n':
			return i
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		}
		i++
	}
	return i
}
