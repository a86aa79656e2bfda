package render

import (
	"bytes"
	"html/template"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
)

// Body is an entry body rendered from nodes or text: paragraphs of plain
// text, the same paragraphs as safe HTML, and what the body links to and
// embeds.
type Body struct {
	// Text is the plain text of the body, blocks separated by a blank
	// line; HTML the safe HTML, each block in its wrapper and runs of
	// list items in <ul>. Each is built in one piece.
	Text, HTML string
	// Blocks are the body's blocks; their Text and HTML are slices of
	// the body's.
	Blocks []Block
	Links  []Link
	Images []Image
	Embeds []Embed
}

// Block is one paragraph-level piece of a body.
type Block struct {
	Text string // plain text, whitespace collapsed; may be empty (an image)
	HTML string // safe HTML inside the wrapper
	Tag  string // wrapper element: p, h3, li, blockquote, pre
}

// Link is a hyperlink in a body: its absolute address and its text.
type Link struct {
	URL  string
	Text string
}

// Image is an image in a body: its absolute address, alternative text
// and caption.
type Image struct {
	URL     string
	Alt     string
	Caption string
}

// Embed is an embedded post or player: what it is and its address.
type Embed struct {
	Kind Kind
	URL  string
}

// Kind names what an Embed holds; liveblog.EmbedKind has the same values.
type Kind string

// The kinds of embedded content the renderer recognises.
const (
	Tweet     Kind = "tweet"
	Video     Kind = "video"
	YouTube   Kind = "youtube"
	Instagram Kind = "instagram"
	Facebook  Kind = "facebook"
	TikTok    Kind = "tiktok"
	Telegram  Kind = "telegram"
	Audio     Kind = "audio"
	Other     Kind = "other"
)

// renderer walks body nodes without recursion (a hostile page may nest
// elements a hundred thousand deep) and emits blocks.
type renderer struct {
	all     blocks // the blocks of the body so far
	polls   int    // poll forms open at this point of the walk
	resolve func(string) string
	exclude dom.NodeSet

	out Body

	text   byteBuf // plain text of the current block, cleaned as written (see addPlain)
	plain  plainState
	markup byteBuf  // HTML of the current block's content
	tags   []string // open block wrappers, innermost last

	linkStart  []int // text offsets where open <a> elements began
	blockLinks int   // len(out.Links) when the current block began
	caption    *strings.Builder
	figImage   int // index in out.Images of the current figure's first image, or -1

	// open are the inline elements (and links) open at this point of the
	// walk, outermost first; the first written of them have their start
	// tag in the current block's markup. Start tags are written only
	// before content, every block closes what it opened and the next
	// block reopens it, so each block of Entry.HTML is balanced on its
	// own, holds no empty elements, and no tag can leak into the page
	// that embeds it.
	open    []openTag
	written int
	// from is the first of open whose start tag the current block holds:
	// a block reopens at most maxReopen of the elements open around it,
	// so a paragraph under hundreds of nested inline elements does not
	// repeat them all (the output stays a small multiple of the input).
	from    int
	started bool // the current block has written content
	links   int  // <a> elements with an href among open: links never nest
}

// maxReopen is how many of the inline elements open around a block it
// reopens, innermost first.
const maxReopen = 8

// byteBuf is a write buffer that keeps its memory from one block to the
// next, where a strings.Builder would grow a new one for every block.
type byteBuf struct{ b []byte }

func (w *byteBuf) WriteString(s string) { w.b = append(w.b, s...) }
func (w *byteBuf) WriteRune(c rune)     { w.b = utf8.AppendRune(w.b, c) }
func (w *byteBuf) Len() int             { return len(w.b) }
func (w *byteBuf) Reset()               { w.b = w.b[:0] }

// scratch holds a renderer's buffers between calls: every entry of every
// page renders through buffers already grown. Nothing rendered keeps a
// reference to them (flush copies out).
type scratch struct {
	text, markup []byte
	spans        []span
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// openTag is an open inline element as emitted: its start and end tags,
// both empty for an element that emits no markup.
type openTag struct{ start, end string }

// Nodes renders entry body nodes into text and safe HTML; resolve turns
// a link or image address into an absolute one. Repeated runs of blocks,
// and a first block that repeats title, are left out.
//
// Safe HTML is made by construction, not by cleaning: the renderer walks
// the tree the HTML parser built and writes only what its allowlist
// names — the block wrappers of blockTags, the inline elements of
// inlineTags without attributes, <br>, <a> with an absolute http, https
// or mailto href and a fixed rel, <img> with an absolute http or https
// src and an alt — and every text and attribute value goes through
// template.HTMLEscapeString. No markup from the page is copied through,
// so comments, unknown elements, foreign (SVG, MathML) content, style,
// event handlers and script URLs cannot reach Entry.HTML, whatever their
// spelling: the parser has already decoded entities, case and malformed
// tags the way a browser does. Each block closes the inline elements it
// opened (and the next reopens them), so a fragment is balanced and
// cannot leak a tag into the page that shows it.
//
// That is why Entry.HTML does not go through bluemonday: it would
// re-parse the HTML just serialised and find nothing to remove. On the
// corpus pages, bluemonday's UGCPolicy changed our output only by
// rewriting rel="nofollow noopener" to rel="nofollow", and cost another
// 1–40% of Parse's time. sanitize_test.go holds the evidence: known XSS
// vectors, each checked by parsing Entry.HTML back against the allowlist.
func Nodes(nodes []*html.Node, exclude []*html.Node, resolve func(string) string, title string) Body {
	r := &renderer{resolve: resolve, figImage: -1, all: blocks{dedupe: true}}
	bufs := scratchPool.Get().(*scratch)
	r.text.b, r.markup.b = bufs.text[:0], bufs.markup[:0]
	r.all.spans = bufs.spans[:0]
	defer func() {
		bufs.text, bufs.markup, bufs.spans = r.text.b, r.markup.b, r.all.spans[:0]
		scratchPool.Put(bufs)
	}()
	for _, n := range exclude {
		r.exclude.Add(n)
	}
	// The walk follows the tree's links, no stack: a page may nest
	// elements a hundred thousand deep or give one element a million
	// children.
	for _, root := range nodes {
		if root != nil {
			r.walk(root)
		}
	}
	r.flush()
	r.all.assemble(&r.out, title)
	return r.out
}

// walk renders the tree under root: enter for each node, and leave for
// each node entered whose children were visited.
func (r *renderer) walk(root *html.Node) {
	n := root
	for {
		if r.enter(n, n == root) {
			if c := n.FirstChild; c != nil {
				n = c
				continue
			}
			r.leave(n)
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			r.leave(n)
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// blockTags are elements that end the paragraph before them and start a
// new one. The value is the wrapper used in Entry.HTML, "" for none.
var blockTags = map[atom.Atom]string{
	atom.P: "p", atom.Div: "p", atom.Section: "p", atom.Article: "p",
	atom.Header: "p", atom.Footer: "p", atom.Main: "p", atom.Figure: "p",
	atom.Li: "li", atom.Dd: "p", atom.Dt: "p", atom.Dl: "p",
	atom.Ul: "", atom.Ol: "", atom.Table: "", atom.Tr: "p", atom.Td: "",
	atom.Th: "", atom.Blockquote: "blockquote", atom.Pre: "pre",
	atom.H1: "h3", atom.H2: "h3", atom.H3: "h3", atom.H4: "h4", atom.H5: "h5",
	atom.H6: "h6", atom.Hr: "", atom.Address: "p", atom.Details: "p",
	atom.Summary: "p", atom.Center: "p",
}

// inlineTags are kept in Entry.HTML, without attributes.
var inlineTags = map[atom.Atom]bool{
	atom.Strong: true, atom.B: true, atom.Em: true, atom.I: true,
	atom.U: true, atom.S: true, atom.Sub: true, atom.Sup: true,
	atom.Code: true, atom.Q: true, atom.Cite: true, atom.Mark: true,
	atom.Small: true, atom.Abbr: true, atom.Del: true, atom.Ins: true,
}

// enter handles the start of n and reports whether to visit its children.
// A root node is the entry's own container (an <li>, an <article>): it
// lends no wrapper to the blocks inside it.
func (r *renderer) enter(n *html.Node, root bool) bool {
	switch n.Type {
	case html.TextNode:
		r.addText(n.Data)
		return false
	case html.ElementNode:
	case html.DocumentNode:
		return true
	default:
		return false
	}
	if r.exclude.Has(n) {
		return false
	}
	if n.DataAtom == atom.Template {
		// A consent gate keeps the embed it holds back in a template
		// until the reader agrees: the embed is the entry's, its text is
		// not shown.
		r.templateEmbeds(n)
		return false
	}
	if n.DataAtom == atom.Form && isPoll(n) {
		// A poll is a post: its question and options are its text.
		r.polls++
		return true
	}
	if dom.Skipped(n) && !(r.polls > 0 && n.DataAtom == atom.Label) || isChrome(n) {
		return false
	}
	if r.media(n) {
		return false
	}
	switch n.DataAtom {
	case atom.Br:
		r.breakPlain()
		r.reopen()
		r.markup.WriteString("<br>")
		return false
	case atom.Figcaption:
		r.caption = &strings.Builder{}
		return true
	case atom.A:
		r.linkStart = append(r.linkStart, r.text.Len())
		var t openTag
		if href := SafeURL(r.resolve(dom.Attr(n, "href")), true); href != "" && r.links == 0 {
			t = openTag{`<a href="` + template.HTMLEscapeString(href) + `" rel="nofollow noopener">`, "</a>"}
			r.links++
		}
		r.push(t)
		return true
	}
	if wrap, ok := blockTags[n.DataAtom]; ok {
		r.flush()
		if n.DataAtom == atom.Figure {
			r.figImage = len(r.out.Images)
		}
		if root {
			wrap = ""
		}
		r.tags = append(r.tags, wrap)
		return true
	}
	if inlineTags[n.DataAtom] {
		// The atom's name, not n.Data: a caller-built tree may hold any
		// string there.
		name := n.DataAtom.String()
		r.push(openTag{"<" + name + ">", "</" + name + ">"})
	}
	return true
}

// media records n when it is an embed, an image or a player, and
// reports whether it was: the renderer does not look inside one.
func (r *renderer) media(n *html.Node) bool {
	if e, ok := embedOf(n, r.resolve); ok {
		r.out.Embeds = append(r.out.Embeds, e)
		return true
	}
	switch n.DataAtom {
	case atom.Iframe, atom.Video, atom.Audio:
	case atom.Picture:
		if img := firstImage(n); img != nil {
			r.image(img)
		}
	case atom.Img:
		r.image(n)
	default:
		return false
	}
	return true
}

// push opens an inline element. Its start tag waits for content.
func (r *renderer) push(t openTag) {
	r.open = append(r.open, t)
}

// pop closes the innermost open inline element.
func (r *renderer) pop() {
	i := len(r.open) - 1
	if r.open[i].end == "</a>" {
		r.links--
	}
	if i < r.written {
		if i >= r.from {
			r.markup.WriteString(r.open[i].end)
		}
		r.written = i
	}
	r.from = min(r.from, i)
	r.open = r.open[:i]
}

// reopen writes the start tags of the open inline elements not yet in
// the current block, before content is written: at a block's first
// content, the innermost maxReopen of those open around it.
func (r *renderer) reopen() {
	if !r.started {
		r.started = true
		r.from = max(0, len(r.open)-maxReopen)
		r.written = max(r.written, r.from)
	}
	for _, t := range r.open[r.written:] {
		r.markup.WriteString(t.start)
	}
	r.written = len(r.open)
}

// leave handles the end of an element whose children were visited.
func (r *renderer) leave(n *html.Node) {
	switch n.DataAtom {
	case atom.Form:
		r.polls-- // only poll forms are entered
		return
	case atom.Figcaption:
		c := dom.Clean(r.caption.String())
		r.caption = nil
		if r.figImage >= 0 && r.figImage < len(r.out.Images) && c != "" {
			r.out.Images[len(r.out.Images)-1].Caption = c
		}
		return
	case atom.A:
		start := r.linkStart[len(r.linkStart)-1]
		r.linkStart = r.linkStart[:len(r.linkStart)-1]
		r.pop()
		href := SafeURL(r.resolve(dom.Attr(n, "href")), true)
		if href != "" && !strings.HasPrefix(dom.Attr(n, "href"), "#") {
			text := ""
			if start <= r.text.Len() {
				text = dom.Clean(string(r.text.b[start:]))
			}
			r.out.Links = append(r.out.Links, Link{URL: href, Text: text})
		}
		return
	}
	if _, ok := blockTags[n.DataAtom]; ok {
		r.flush()
		r.tags = r.tags[:len(r.tags)-1]
		if n.DataAtom == atom.Figure {
			r.figImage = -1
		}
		return
	}
	if inlineTags[n.DataAtom] {
		r.pop()
	}
}

// flush ends the current block, closing the inline elements it opened;
// the next block reopens them.
func (r *renderer) flush() {
	markup := bytes.TrimSpace(r.markup.b)
	for i := r.written - 1; i >= r.from; i-- {
		markup = append(markup, r.open[i].end...)
	}
	r.written, r.from, r.started = 0, 0, false
	text := r.text.b
	r.text.Reset()
	r.plain = plainState{}
	r.markup.Reset()
	start := r.blockLinks
	r.blockLinks = len(r.out.Links)
	if len(text) == 0 && !bytes.Contains(markup, []byte("<img")) {
		return
	}
	if len(text) > 0 && isChromeBlock(text) {
		// A "Read more: …" teaser: its links go with it.
		r.out.Links = r.out.Links[:start]
		r.blockLinks = start
		return
	}
	tag := "p"
	for i := len(r.tags) - 1; i >= 0; i-- {
		if r.tags[i] != "" && r.tags[i] != "p" {
			tag = r.tags[i]
			break
		}
	}
	r.all.add(text, markup, tag)
}

// templateEmbeds records the embeds inside a <template> element.
func (r *renderer) templateEmbeds(t *html.Node) {
	dom.Walk(t, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n == t {
			return n == t
		}
		if e, ok := embedOf(n, r.resolve); ok {
			r.out.Embeds = append(r.out.Embeds, e)
			return false
		}
		return true
	})
}

// isPoll reports whether form n is a poll or a quiz: choices to tick
// (radio buttons, check boxes) and no field to type into. Other forms —
// a newsletter sign-up, a search box, a comment field — are furniture.
func isPoll(n *html.Node) bool {
	choices := false
	typed := false
	dom.Walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Input:
				switch strings.ToLower(dom.Attr(c, "type")) {
				case "radio", "checkbox":
					choices = true
				case "hidden", "submit", "button", "image", "reset":
				default:
					typed = true
				}
			case atom.Textarea, atom.Select:
				typed = true
			}
		}
		return !typed
	})
	return choices && !typed
}
