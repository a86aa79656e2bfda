package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/dom"
)

func (r *renderer) addText(s string) {
	if r.caption != nil {
		r.caption.WriteString(s)
		return
	}
	r.addPlain(s)
	// Collapse every run of white space into one space, keeping a
	// leading or trailing one (it may separate words across elements)
	// unless the markup already ends in a space, and escape the rest.
	space := len(r.markup.b) == 0 || r.markup.b[len(r.markup.b)-1] == ' '
	opened := false
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		if c < utf8.RuneSelf && asciiSpace[c] || c >= utf8.RuneSelf && unicode.IsSpace(c) {
			if !space {
				r.markup.b = append(r.markup.b, ' ')
				space = true
			}
			i += size
			continue
		}
		if !opened {
			// Start tags wait for content, after a leading space.
			r.reopen()
			opened = true
		}
		space = false
		switch c {
		case '<':
			r.markup.WriteString("&lt;")
		case '>':
			r.markup.WriteString("&gt;")
		case '&':
			r.markup.WriteString("&amp;")
		case '"':
			r.markup.WriteString("&#34;")
		case '\'':
			r.markup.WriteString("&#39;")
		case 0, utf8.RuneError:
			r.markup.WriteString("\uFFFD")
		default:
			if c < utf8.RuneSelf {
				// A run of ASCII needing no escape goes in at once.
				for i+size < len(s) && s[i+size] < utf8.RuneSelf && plainASCII[s[i+size]] {
					size++
				}
			}
			r.markup.b = append(r.markup.b, s[i:i+size]...)
		}
		i += size
	}
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

// plainState is where the plain text of a block stands as addPlain
// writes it.
type plainState struct {
	space   bool // white space seen since the last character written
	newline bool // a line with text ended since the last character written
	inLine  bool // the current line has text
}

// addPlain appends text s to the block's plain text the way a reader
// sees it, in the one pass: each run of white space becomes one space
// between words of a line, none at a line's ends; zero-width characters
// are dropped; lines (split at <br> and at U+2028) are joined by single
// newlines and empty ones left out. It gives what cleaning the raw text
// line by line afterwards gave (TestAddPlainCleansLines holds it to
// that), without scanning every text twice.
func (r *renderer) addPlain(s string) {
	st := &r.plain
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		} else if !asciiSpace[c] {
			// A run of ASCII that is not white space goes in at once.
			for i+size < len(s) && s[i+size] < utf8.RuneSelf && !asciiSpace[s[i+size]] {
				size++
			}
		}
		switch {
		case c == '\u2028':
			r.breakPlain()
		case c < utf8.RuneSelf && asciiSpace[c] || c >= utf8.RuneSelf && unicode.IsSpace(c):
			st.space = true
		case c >= utf8.RuneSelf && dom.IsZeroWidth(c):
		default:
			if st.newline {
				r.text.b = append(r.text.b, '\n')
			} else if st.space && st.inLine {
				r.text.b = append(r.text.b, ' ')
			}
			st.space, st.newline, st.inLine = false, false, true
			if c == utf8.RuneError && size == 1 {
				r.text.WriteRune(c) // invalid UTF-8 reads as U+FFFD
			} else {
				r.text.WriteString(s[i : i+size])
			}
		}
		i += size
	}
}

// breakPlain ends a line of the block's plain text.
func (r *renderer) breakPlain() {
	st := &r.plain
	if st.inLine {
		st.newline = true
	}
	st.space, st.inLine = false, false
}
