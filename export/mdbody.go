package export

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
)

// blockKind is what a paragraph-level piece of a body becomes in
// Markdown.
type blockKind int

const (
	blockNone blockKind = iota // a boundary that lends no kind (ul, td)
	blockPara
	blockItem
	blockQuote
	blockPre
	blockH3
	blockH4
	blockH5
	blockH6
)

// mdBlockTags are the elements that end the paragraph before them, and
// the kind of the paragraphs inside them. Entry.HTML holds only p, h3-h6,
// ul, li, blockquote and pre; the rest is for a Blog built by hand.
var mdBlockTags = map[atom.Atom]blockKind{
	atom.P: blockPara, atom.Div: blockPara, atom.Section: blockPara,
	atom.Article: blockPara, atom.Header: blockPara, atom.Footer: blockPara,
	atom.Main: blockPara, atom.Figure: blockPara, atom.Figcaption: blockPara,
	atom.Dd: blockPara, atom.Dt: blockPara, atom.Dl: blockPara,
	atom.Tr: blockPara, atom.Address: blockPara, atom.Details: blockPara,
	atom.Summary: blockPara, atom.Center: blockPara, atom.Aside: blockPara,
	atom.Li: blockItem, atom.Ul: blockNone, atom.Ol: blockNone,
	atom.Table: blockNone, atom.Td: blockNone, atom.Th: blockNone,
	atom.Hr: blockNone, atom.Blockquote: blockQuote, atom.Pre: blockPre,
	atom.H1: blockH3, atom.H2: blockH3, atom.H3: blockH3, atom.H4: blockH4,
	atom.H5: blockH5, atom.H6: blockH6,
}

// mdSkipped are elements whose content is never text a reader sees.
var mdSkipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true,
	atom.Noscript: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Svg: true, atom.Math: true, atom.Textarea: true,
	atom.Select: true, atom.Head: true, atom.Title: true,
	atom.Noembed: true, atom.Noframes: true, atom.Xmp: true,
	atom.Plaintext: true, atom.Video: true, atom.Audio: true,
	atom.Canvas: true, atom.Button: true, atom.Input: true,
}

// mdBlock is one finished paragraph-level piece of a body.
type mdBlock struct {
	kind blockKind
	// lines are the block's lines, split at <br>: Markdown text for
	// most kinds, raw text for blockPre.
	lines []string
}

// bodyMarkdown turns an entry body into Markdown blocks. It walks the
// tree without recursion; only what it knows is written, and every piece
// of the page's text goes through escapeText.
type bodyMarkdown struct {
	blocks []mdBlock
	kinds  []blockKind // open block elements, innermost last
	frames []*mdFrame  // open inline elements; frames[0] is the block
	code   int         // open code elements
	pre    int         // open pre elements
	links  int         // open links
	// space is whether the text written last ends in white space, or
	// nothing has been written since the last line start.
	space bool
	// captions maps an image address to its caption (Entry.Images).
	captions map[string]string
	// images are the addresses of the images the body showed.
	images map[string]bool
}

// markdownBlocks renders the body HTML of an entry as Markdown blocks and
// reports the addresses of the images it showed; a nil map when the
// HTML does not parse (it nests deeper than the parser allows).
func markdownBlocks(body string, captions map[string]string) ([]mdBlock, map[string]bool) {
	m := &bodyMarkdown{
		frames:   []*mdFrame{{kind: inlineBase}},
		space:    true,
		captions: captions,
		images:   map[string]bool{},
	}
	root := parseBody(body)
	if root == nil {
		return nil, nil
	}
	type step struct {
		n    *html.Node
		exit bool
	}
	stack := []step{{n: root}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if s.exit {
			m.leave(s.n)
			continue
		}
		if !m.enter(s.n) {
			continue
		}
		stack = append(stack, step{n: s.n, exit: true})
		for c := s.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, step{n: c})
		}
	}
	m.flush()
	return m.blocks, m.images
}

// enter handles the start of n and reports whether to visit its
// children (and then leave it).
func (m *bodyMarkdown) enter(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		m.text(n.Data)
		return false
	case html.ElementNode:
	default:
		return false
	}
	if mdSkipped[n.DataAtom] {
		return false
	}
	switch n.DataAtom {
	case atom.Br:
		m.lineBreak()
		return false
	case atom.Img:
		m.image(dom.Attr(n, "src"), dom.Attr(n, "alt"))
		return false
	case atom.A:
		m.openLink(dom.Attr(n, "href"))
		return true
	}
	if kind, ok := mdBlockTags[n.DataAtom]; ok {
		m.flush()
		m.kinds = append(m.kinds, kind)
		if kind == blockPre {
			m.pre++
		}
		return true
	}
	if kind, ok := mdInlineTags[n.DataAtom]; ok {
		if m.raw() || kind != inlineQuote && m.innermost(kind) != nil {
			// Nothing is syntax inside code; emphasis inside the same
			// emphasis adds nothing.
			kind = inlineBase
		}
		m.push(&mdFrame{kind: kind})
	}
	return true
}

// leave handles the end of an element entered with its children.
func (m *bodyMarkdown) leave(n *html.Node) {
	if kind, ok := mdBlockTags[n.DataAtom]; ok {
		m.flush()
		m.kinds = m.kinds[:len(m.kinds)-1]
		if kind == blockPre {
			m.pre--
		}
		return
	}
	if _, ok := mdInlineTags[n.DataAtom]; ok || n.DataAtom == atom.A {
		m.pop()
	}
}

// raw reports whether text is written as it is: inside code or pre,
// where Markdown reads nothing as syntax.
func (m *bodyMarkdown) raw() bool { return m.code > 0 || m.pre > 0 }

// top is the innermost open frame: the block itself when no inline
// element is open.
func (m *bodyMarkdown) top() *mdFrame { return m.frames[len(m.frames)-1] }

// text writes a text node: escaped, or as it is inside code.
func (m *bodyMarkdown) text(s string) {
	if m.raw() {
		s = collapse(s)
	} else {
		s = escapeText(s)
	}
	if m.space {
		s = strings.TrimPrefix(s, " ")
	}
	m.append(s)
}

// append adds Markdown to the innermost open element. Text that ends in
// "!" gets it escaped when a link follows: "![" would make the link an
// image.
func (m *bodyMarkdown) append(s string) {
	if s == "" {
		return
	}
	appendMarkdown(&m.top().buf, s)
	m.space = s[len(s)-1] == ' ' || s[len(s)-1] == '\n'
}

// appendMarkdown appends s to buf, escaping a "!" at the end of buf
// when s starts a link.
func appendMarkdown(buf *strings.Builder, s string) {
	if s[0] == '[' && endsWithBang(buf.String()) {
		cur := buf.String()
		buf.Reset()
		buf.WriteString(cur[:len(cur)-1] + `\!`)
	}
	buf.WriteString(s)
}

// separate writes a space unless one was written last.
func (m *bodyMarkdown) separate() {
	if !m.space {
		m.append(" ")
	}
}

// lineBreak ends a line inside the block: a hard break in Markdown and
// a new line in a pre block, a space in code.
func (m *bodyMarkdown) lineBreak() {
	if m.code > 0 && m.pre == 0 {
		m.separate()
		return
	}
	m.top().buf.WriteByte('\n')
	m.space = true
}

// flush ends the current block: the inline elements open in it are
// closed (and reopened, empty, for the next block, as Entry.HTML does).
func (m *bodyMarkdown) flush() {
	for i := len(m.frames) - 1; i > 0; i-- {
		f := m.frames[i]
		shown := f.shown
		if f.buf.Len() > 0 {
			appendMarkdown(&m.frames[i-1].buf, closed(f))
			shown = true
		}
		m.frames[i] = &mdFrame{kind: f.kind, dest: f.dest, link: f.link, shown: shown}
	}
	content := m.frames[0].buf.String()
	m.frames[0].buf.Reset()
	m.space = true
	kind := m.blockKind()
	var lines []string
	for line := range strings.SplitSeq(content, "\n") {
		if kind != blockPre {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			line = escapeLineStart(line)
		}
		lines = append(lines, line)
	}
	if kind == blockPre {
		for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
			lines = lines[1:]
		}
		for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
			lines = lines[:len(lines)-1]
		}
	}
	if len(lines) > 0 {
		m.blocks = append(m.blocks, mdBlock{kind: kind, lines: lines})
	}
}

// blockKind is the kind of the block being written: pre inside any pre,
// else the innermost kind that is not a plain paragraph.
func (m *bodyMarkdown) blockKind() blockKind {
	if m.pre > 0 {
		return blockPre
	}
	for i := len(m.kinds) - 1; i >= 0; i-- {
		if k := m.kinds[i]; k != blockNone && k != blockPara {
			return k
		}
	}
	return blockPara
}

// writeBlocks writes Markdown blocks, a blank line between them and none
// between the items of a list.
func writeBlocks(sb *strings.Builder, blocks []mdBlock) {
	for i, bl := range blocks {
		if i > 0 {
			if bl.kind == blockItem && blocks[i-1].kind == blockItem {
				sb.WriteString("\n")
			} else {
				sb.WriteString("\n\n")
			}
		}
		switch bl.kind {
		case blockItem:
			sb.WriteString("- " + strings.Join(bl.lines, "\\\n  "))
		case blockQuote:
			sb.WriteString("> " + strings.Join(bl.lines, "\\\n> "))
		case blockPre:
			code := strings.Join(bl.lines, "\n")
			fence := strings.Repeat("`", max(3, longestRun(code, '`')+1))
			sb.WriteString(fence + "\n" + code + "\n" + fence)
		case blockH3, blockH4, blockH5, blockH6:
			level := 3 + int(bl.kind-blockH3)
			sb.WriteString(strings.Repeat("#", level) + " " + escapeHeadingEnd(strings.Join(bl.lines, " ")))
		default:
			sb.WriteString(strings.Join(bl.lines, "\\\n"))
		}
	}
}
