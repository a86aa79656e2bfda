package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mdAlways are the characters escaped wherever a page's text holds them:
// those that open links and images ([ ]), raw HTML and autolinks (< >),
// entities (&), code (`), emphasis (* _), strikethrough (~), tables (|)
// and the backslash that escapes the rest. Other characters are syntax
// only at the start of a line (see escapeLineStart) or right before a
// bracket (the "!" of an image, see appendWrapped).
var mdAlways = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "\\`*_[]<>&|~" {
		t[c] = true
	}
	return t
}()

// escapeText returns s as Markdown text that reads as s and nothing
// else: each run of white space one space (kept at either end: it may
// part words across elements), control characters
// dropped, Markdown's metacharacters escaped. The result is one line;
// escapeLineStart makes its start safe once the line is complete.
func escapeText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	space := false
	for _, c := range s {
		switch {
		case unicode.IsSpace(c):
			space = true
			continue
		case c == utf8.RuneError || unicode.IsControl(c) || c == '\u2028' || c == '\u2029':
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		space = false
		if c < utf8.RuneSelf && mdAlways[c] {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// collapse returns s with runs of white space as single spaces and
// control characters dropped, unescaped: the text of code.
func collapse(s string) string {
	var b strings.Builder
	space := false
	for _, c := range s {
		switch {
		case unicode.IsSpace(c):
			space = true
			continue
		case c == utf8.RuneError || unicode.IsControl(c):
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(c)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// escapeLineStart escapes what would make a line of text something other
// than text: an ATX heading (#), a list item (- + or "1." "1)"), a
// setext underline or thematic break (= -), a quote (>, already escaped
// by escapeText). The line's own syntax never starts with these: text
// alone can put them there.
func escapeLineStart(line string) string {
	if line == "" {
		return line
	}
	switch line[0] {
	case '#', '-', '+', '=', '>':
		return `\` + line
	}
	digits := 0
	for digits < len(line) && '0' <= line[digits] && line[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(line) && (line[digits] == '.' || line[digits] == ')') {
		return line[:digits] + `\` + line[digits:]
	}
	return line
}

// escapeHeadingEnd escapes a run of "#" that ends a heading's text after
// a space: Markdown would read it as the heading's closing sequence and
// drop it.
func escapeHeadingEnd(s string) string {
	run := len(s) - len(strings.TrimRight(s, "#"))
	if run == 0 {
		return s
	}
	at := len(s) - run
	if at == 0 || s[at-1] == ' ' {
		return s[:at] + `\` + s[at:]
	}
	return s
}

// endsWithBang reports whether s ends with a "!" that is not escaped:
// before a "[" it would turn a link into an image.
func endsWithBang(s string) bool {
	if !strings.HasSuffix(s, "!") {
		return false
	}
	slashes := 0
	for i := len(s) - 2; i >= 0 && s[i] == '\\'; i-- {
		slashes++
	}
	return slashes%2 == 0
}

// mdDestination returns an absolute URL as a Markdown link destination:
// the characters that could end it or be read as syntax (space, < > ( )
// [ ] \ ` " ' { } | ^ and controls) percent-encoded, so the destination
// reads as one token in every Markdown dialect.
func mdDestination(u string) string {
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c <= ' ' || c == 0x7f || strings.IndexByte("<>()[]\\`\"'{}|^", c) >= 0 {
			b.WriteString("%")
			b.WriteByte("0123456789ABCDEF"[c>>4])
			b.WriteByte("0123456789ABCDEF"[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// codeSpan returns s as an inline code span: fenced by a run of
// backticks that does not occur in s, padded with a space when s starts
// or ends with a backtick or space. Nothing inside a code span is
// syntax. "" for empty s.
func codeSpan(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	if s[0] == '`' || s[len(s)-1] == '`' || s[0] == ' ' && s[len(s)-1] == ' ' {
		s = " " + s + " "
	}
	return fence + s + fence
}

// longestRun returns the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}
