package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/dom"
)

// addText writes text s to the current block in one pass: to its plain
// text the way a reader sees it (see plainState and TestAddTextCleansLines)
// and, escaped, to its markup, where each run of white space becomes one
// space, a leading or trailing one kept (it may separate words across
// elements) unless the markup already ends in a space. Start tags of the
// open inline elements wait for the first character that is not space.
// Text inside a figure caption goes to the caption instead.
func (r *renderer) addText(s string) {
	if r.caption != nil {
		r.caption.WriteString(s)
		return
	}
	space := len(r.markup.b) == 0 || r.markup.b[len(r.markup.b)-1] == ' '
	opened := false
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c < utf8.RuneSelf && plainASCII[c] {
			// A run of ASCII needing no escape goes in at once, to both.
			for i+size < len(s) && s[i+size] < utf8.RuneSelf && plainASCII[s[i+size]] {
				size++
			}
			r.plainWord(s[i : i+size])
			if !opened {
				r.reopen()
				opened = true
			}
			space = false
			r.markup.b = append(r.markup.b, s[i:i+size]...)
			i += size
			continue
		}
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		isSpace := c < utf8.RuneSelf && asciiSpace[c] || c >= utf8.RuneSelf && unicode.IsSpace(c)
		r.plainRune(c, s[i:i+size], isSpace)
		if isSpace {
			if !space {
				r.markup.b = append(r.markup.b, ' ')
				space = true
			}
			i += size
			continue
		}
		if !opened {
			r.reopen()
			opened = true
		}
		space = false
		r.markup.WriteString(escapeRune(c, s[i:i+size]))
		i += size
	}
}

// escapeRune is how character c, spelt src in the text, is written to
// markup.
func escapeRune(c rune, src string) string {
	switch c {
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case '&':
		return "&amp;"
	case '"':
		return "&#34;"
	case '\'':
		return "&#39;"
	case 0, utf8.RuneError:
		return "\uFFFD"
	}
	return src
}

// plainASCII marks the ASCII bytes written to text and markup as they
// are: not white space, nothing HTML escapes, not NUL.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 1; c < utf8.RuneSelf; c++ {
		t[c] = !asciiSpace[c] && !strings.ContainsRune("<>&\"'", rune(c))
	}
	return t
}()

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// plainState is where the plain text of a block stands as addText
// writes it.
type plainState struct {
	space   bool // white space seen since the last character written
	newline bool // a line with text ended since the last character written
	inLine  bool // the current line has text
}

// plainRune writes character c, spelt src in the text, to the block's
// plain text the way a reader sees it: each run of white space becomes
// one space between words of a line, none at a line's ends; zero-width
// characters are dropped; lines (split at <br> and at U+2028) are joined
// by single newlines and empty ones left out. It gives what cleaning the
// raw text line by line afterwards gave (TestAddTextCleansLines holds it
// to that), without scanning every text twice.
func (r *renderer) plainRune(c rune, src string, isSpace bool) {
	switch {
	case c == '\u2028':
		r.breakPlain()
	case isSpace:
		r.plain.space = true
	case c >= utf8.RuneSelf && dom.IsZeroWidth(c):
	case c == utf8.RuneError && len(src) == 1:
		r.plainWord("\uFFFD") // invalid UTF-8 reads as U+FFFD
	default:
		r.plainWord(src)
	}
}

// plainWord writes w, characters that are neither white space nor
// zero-width, to the block's plain text, after the space or newline that
// separates it from the text before.
func (r *renderer) plainWord(w string) {
	st := &r.plain
	if st.newline {
		r.text.b = append(r.text.b, '\n')
	} else if st.space && st.inLine {
		r.text.b = append(r.text.b, ' ')
	}
	st.space, st.newline, st.inLine = false, false, true
	r.text.b = append(r.text.b, w...)
}

// breakPlain ends a line of the block's plain text.
func (r *renderer) breakPlain() {
	st := &r.plain
	if st.inLine {
		st.newline = true
	}
	st.space, st.inLine = false, false
}
