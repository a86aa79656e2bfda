package export

import (
	"strings"

	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/render"
)

// This file writes a body's inline elements: each open element is a
// frame whose Markdown is wrapped in its delimiters when it closes
// (emphasis, strike, quotes, code, links), and images are written as
// links to them.

// inlineKind is the Markdown an inline element wraps its content in.
type inlineKind int

const (
	inlineBase   inlineKind = iota // the block itself
	inlineStrong                   // **x**
	inlineEm                       // *x*
	inlineStrike                   // ~~x~~
	inlineQuote                    // “x”
	inlineCode                     // `x`
	inlineLink                     // [x](url)
)

// mdInlineTags are the inline elements written as Markdown, and how.
var mdInlineTags = map[atom.Atom]inlineKind{
	atom.Strong: inlineStrong, atom.B: inlineStrong, atom.Em: inlineEm,
	atom.I: inlineEm, atom.Cite: inlineEm, atom.S: inlineStrike,
	atom.Del: inlineStrike, atom.Strike: inlineStrike, atom.Q: inlineQuote,
	atom.Code: inlineCode, atom.Kbd: inlineCode, atom.Samp: inlineCode,
	atom.Tt: inlineCode,
}

// mdFrame is an open inline element and the Markdown of its content so
// far.
type mdFrame struct {
	kind inlineKind
	dest string // a link's destination, already encoded
	link bool   // the frame is an <a>, written as a link or not
	// shown is whether part of the element's content went out with an
	// earlier block (see flush).
	shown bool
	buf   strings.Builder
	// after is written right after the element closes: the address of
	// an image inside a link, of a link inside code.
	after []string
}

// push opens an inline element; every inline element and link pushes
// one frame and pop closes it, so frames follow the tree.
func (m *bodyMarkdown) push(f *mdFrame) {
	if f.kind == inlineCode {
		m.code++
	}
	if f.link {
		m.links++
	}
	m.frames = append(m.frames, f)
}

// pop closes the innermost inline element and writes it, wrapped, into
// the element around it.
func (m *bodyMarkdown) pop() {
	f := m.top()
	m.frames = m.frames[:len(m.frames)-1]
	if f.kind == inlineCode {
		m.code--
	}
	if f.link {
		m.links--
	}
	m.append(closed(f))
}

// closed returns the Markdown of a closed inline element and what
// follows it.
func closed(f *mdFrame) string {
	s := wrap(f)
	for _, a := range f.after {
		if strings.HasSuffix(s, " ") {
			a = strings.TrimPrefix(a, " ")
		}
		s += a
	}
	return s
}

// openLink opens a link to href when it is an absolute http, https or
// mailto address and no link is open. Inside a pre block the address is
// written after the link's text; inside code, after the code; a link
// with another address, or inside a link, is text only.
func (m *bodyMarkdown) openLink(href string) {
	u := render.SafeURL(href, true)
	f := &mdFrame{kind: inlineBase, link: true}
	switch {
	case u == "" || m.links > 0:
	case m.pre > 0:
		f.after = []string{" <" + u + ">"}
	case m.code > 0:
		if c := m.innermost(inlineCode); c != nil {
			c.after = append(c.after, " ("+link(escapeText(u), u)+")")
		}
	default:
		f.kind, f.dest = inlineLink, mdDestination(u)
	}
	m.push(f)
}

// innermost returns the innermost open frame of the kind, or nil.
func (m *bodyMarkdown) innermost(kind inlineKind) *mdFrame {
	for i := len(m.frames) - 1; i > 0; i-- {
		if m.frames[i].kind == kind {
			return m.frames[i]
		}
	}
	return nil
}

// image writes an image as a link to it: "[Image: alt](url)" and its
// caption. Inside a link the link keeps the words and the image's own
// address follows it; inside code the words and address are plain.
func (m *bodyMarkdown) image(src, alt string) {
	u := render.SafeURL(src, false)
	if u == "" {
		return
	}
	m.images[u] = true
	label := "Image"
	if alt = strings.TrimSpace(alt); alt != "" {
		label += ": " + alt
	}
	switch {
	case m.pre > 0:
		m.text(label + " <" + u + "> ")
	case m.code > 0:
		m.text(label + " ")
		if c := m.innermost(inlineCode); c != nil {
			c.after = append(c.after, " ("+link("image", u)+")")
		}
	case m.links > 0:
		m.text(label + " ")
		if l := m.innermost(inlineLink); l != nil {
			l.after = append(l.after, " "+link("Image", u))
		}
	default:
		m.separate()
		m.append(imageLink(label, u, m.captions[u], alt))
		m.separate()
	}
}

// imageLink writes an image as a link, with its caption after it when
// the caption says more than the alternative text.
func imageLink(label, u, caption, alt string) string {
	s := link(escapeText(label), u)
	if caption = strings.TrimSpace(caption); caption != "" && caption != strings.TrimSpace(alt) {
		s += " — " + escapeText(caption)
	}
	return s
}

// link returns a Markdown link; text is Markdown already.
func link(text, u string) string {
	return "[" + text + "](" + mdDestination(u) + ")"
}

// wrap returns the Markdown of a closed inline element: its content
// between the element's delimiters, white space at either end moved
// outside them (where Markdown would not read a delimiter).
func wrap(f *mdFrame) string {
	content := f.buf.String()
	core := strings.TrimLeft(content, " \n")
	lead := content[:len(content)-len(core)]
	core = strings.TrimRight(core, " \n")
	trail := content[len(lead)+len(core):]
	if core == "" && (f.kind != inlineLink || f.shown) {
		return lead + trail
	}
	var s string
	switch f.kind {
	case inlineStrong:
		s = "**" + core + "**"
	case inlineEm:
		s = "*" + core + "*"
	case inlineStrike:
		s = "~~" + core + "~~"
	case inlineQuote:
		s = "“" + core + "”"
	case inlineCode:
		s = codeSpan(core)
	case inlineLink:
		if core == "" {
			core = escapeText(strings.TrimPrefix(unencode(f.dest), "mailto:"))
		}
		s = "[" + core + "](" + f.dest + ")"
	default:
		s = core
	}
	return lead + s + trail
}

// unencode undoes mdDestination's escapes, for a link whose text is its
// address.
func unencode(dest string) string {
	var b strings.Builder
	for i := 0; i < len(dest); i++ {
		if dest[i] == '%' && i+2 < len(dest) {
			if v, ok := unhex(dest[i+1], dest[i+2]); ok && strings.IndexByte("<>()[]\\`\"'{}|^ ", v) >= 0 {
				b.WriteByte(v)
				i += 2
				continue
			}
		}
		b.WriteByte(dest[i])
	}
	return b.String()
}

// unhex reads two upper-case hexadecimal digits (as mdDestination writes
// them) as a byte.
func unhex(a, b byte) (byte, bool) {
	v := func(c byte) (byte, bool) {
		switch {
		case '0' <= c && c <= '9':
			return c - '0', true
		case 'A' <= c && c <= 'F':
			return c - 'A' + 10, true
		}
		return 0, false
	}
	x, ok1 := v(a)
	y, ok2 := v(b)
	return x<<4 | y, ok1 && ok2
}
