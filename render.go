package liveblog

import (
	"bytes"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"html/template"
	"net/url"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
)

// body is an entry body rendered from nodes: paragraphs of plain text, the
// same paragraphs as safe HTML, and what the body links to and embeds.
type body struct {
	blocks []block
	links  []Link
	images []Image
	embeds []Embed
}

// block is one paragraph-level piece of a body.
type block struct {
	text string // plain text, whitespace collapsed; may be empty (an image)
	html string // safe HTML inside the wrapper
	tag  string // wrapper element: p, h3, li, blockquote, pre
}

// renderer walks body nodes without recursion (a hostile page may nest
// elements a hundred thousand deep) and emits blocks.
type renderer struct {
	resolve func(string) string
	exclude map[*html.Node]bool

	out body

	text   byteBuf // plain text of the current block, cleaned as written (see addPlain)
	plain  plainState
	markup byteBuf  // HTML of the current block's content
	tags   []string // open block wrappers, innermost last

	linkStart  []int // text offsets where open <a> elements began
	blockLinks int   // len(out.links) when the current block began
	caption    *strings.Builder
	figImage   int // index in out.images of the current figure's first image, or -1

	// open are the inline elements (and links) open at this point of the
	// walk, outermost first; the first written of them have their start
	// tag in the current block's markup. Start tags are written only
	// before content, every block closes what it opened and the next
	// block reopens it, so each block of Entry.HTML is balanced on its
	// own, holds no empty elements, and no tag can leak into the page
	// that embeds it.
	open    []openTag
	written int
	links   int // <a> elements with an href among open: links never nest
}

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
type scratch struct{ text, markup []byte }

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// openTag is an open inline element as emitted: its start and end tags,
// both empty for an element that emits no markup.
type openTag struct{ start, end string }

// renderBody renders entry body nodes into text and safe HTML.
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
func renderBody(nodes []*html.Node, exclude []*html.Node, resolve func(string) string) body {
	r := &renderer{resolve: resolve, figImage: -1}
	if bufs, ok := scratchPool.Get().(*scratch); ok {
		r.text.b, r.markup.b = bufs.text[:0], bufs.markup[:0]
		defer func() {
			bufs.text, bufs.markup = r.text.b, r.markup.b
			scratchPool.Put(bufs)
		}()
	}
	if len(exclude) > 0 {
		r.exclude = make(map[*html.Node]bool, len(exclude))
		for _, n := range exclude {
			r.exclude[n] = true
		}
	}
	type frame struct {
		n    *html.Node
		exit bool
		root bool
	}
	var stack []frame
	for i := len(nodes) - 1; i >= 0; i-- {
		if nodes[i] != nil {
			stack = append(stack, frame{n: nodes[i], root: true})
		}
	}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.exit {
			r.leave(f.n)
			continue
		}
		if !r.enter(f.n, f.root) {
			continue
		}
		stack = append(stack, frame{n: f.n, exit: true})
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	r.flush()
	return r.out
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
	if r.exclude[n] || dom.Skipped(n) || isChrome(n) {
		return false
	}
	if e, ok := embedOf(n, r.resolve); ok {
		r.out.embeds = append(r.out.embeds, e)
		return false
	}
	switch n.DataAtom {
	case atom.Iframe, atom.Video, atom.Audio, atom.Picture:
		if n.DataAtom == atom.Picture {
			if img := firstImage(n); img != nil {
				r.image(img)
			}
		}
		return false
	case atom.Img:
		r.image(n)
		return false
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
		if href := safeURL(r.resolve(dom.Attr(n, "href")), true); href != "" && r.links == 0 {
			t = openTag{`<a href="` + template.HTMLEscapeString(href) + `" rel="nofollow noopener">`, "</a>"}
			r.links++
		}
		r.push(t)
		return true
	}
	if wrap, ok := blockTags[n.DataAtom]; ok {
		r.flush()
		if n.DataAtom == atom.Figure {
			r.figImage = len(r.out.images)
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
		r.markup.WriteString(r.open[i].end)
		r.written = i
	}
	r.open = r.open[:i]
}

// reopen writes the start tags of the open inline elements not yet in
// the current block, before content is written.
func (r *renderer) reopen() {
	for _, t := range r.open[r.written:] {
		r.markup.WriteString(t.start)
	}
	r.written = len(r.open)
}

// leave handles the end of an element whose children were visited.
func (r *renderer) leave(n *html.Node) {
	switch n.DataAtom {
	case atom.Figcaption:
		c := cleanSpace(r.caption.String())
		r.caption = nil
		if r.figImage >= 0 && r.figImage < len(r.out.images) && c != "" {
			r.out.images[len(r.out.images)-1].Caption = c
		}
		return
	case atom.A:
		start := r.linkStart[len(r.linkStart)-1]
		r.linkStart = r.linkStart[:len(r.linkStart)-1]
		r.pop()
		href := safeURL(r.resolve(dom.Attr(n, "href")), true)
		if href != "" && !strings.HasPrefix(dom.Attr(n, "href"), "#") {
			text := ""
			if start <= r.text.Len() {
				text = cleanSpace(string(r.text.b[start:]))
			}
			r.out.links = append(r.out.links, Link{URL: href, Text: text})
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

func (r *renderer) image(n *html.Node) {
	src := imageSource(n)
	src = safeURL(r.resolve(src), false)
	if src == "" || dom.Attr(n, "width") == "1" || dom.Attr(n, "height") == "1" {
		return
	}
	alt := cleanSpace(dom.Attr(n, "alt"))
	r.out.images = append(r.out.images, Image{URL: src, Alt: alt})
	r.reopen()
	r.markup.WriteString(`<img src="` + template.HTMLEscapeString(src) + `"`)
	if alt != "" {
		r.markup.WriteString(` alt="` + template.HTMLEscapeString(alt) + `"`)
	}
	r.markup.WriteString(">")
}

// flush ends the current block, closing the inline elements it opened;
// the next block reopens them.
func (r *renderer) flush() {
	markup := bytes.TrimSpace(r.markup.b)
	for i := r.written - 1; i >= 0; i-- {
		markup = append(markup, r.open[i].end...)
	}
	r.written = 0
	text := string(r.text.b)
	r.text.Reset()
	r.plain = plainState{}
	r.markup.Reset()
	start := r.blockLinks
	r.blockLinks = len(r.out.links)
	if text == "" && !bytes.Contains(markup, []byte("<img")) {
		return
	}
	if text != "" && isChromeText(text) {
		// A "Read more: …" teaser: its links go with it.
		r.out.links = r.out.links[:start]
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
	r.out.blocks = append(r.out.blocks, block{text: text, tag: tag, html: string(markup)})
}

// isChromeText reports whether a whole block is page furniture.
//
// Only as much of s is lowered as a match can need: see foldSet.has for
// whole texts (the trimmed marks have no case), and a prefix is decided
// by as many runes as the longest prefix has bytes. Blocks are paragraphs; lowering
// each whole was a measurable share of rendering.
func isChromeText(s string) bool {
	if t := strings.TrimRight(s, ".:!… "); lexicon.ChromeTexts.Has(t) {
		return true
	}
	return lexicon.ReadMorePrefixes.Of(s) != ""
}

// isChrome reports whether an element is page furniture by its class, id,
// role or visibility.
func isChrome(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "class", "id":
			if lexicon.ChromeClasses.HasPart(a.Val) {
				return true
			}
		case "aria-label", "title":
			if isShareLabel(a.Val) {
				return true
			}
		case "href":
			if isShareLink(a.Val) {
				return true
			}
		}
	}
	return false
}

// isShareLabel reports whether an aria-label or title names a share button.
func isShareLabel(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	for _, p := range lexicon.ShareLabelPrefixes {
		if strings.HasPrefix(v, p) || v == strings.TrimSpace(p) {
			return true
		}
	}
	return false
}

// isShareLink reports whether href opens a share dialog: such links are
// buttons, not content.
func isShareLink(href string) bool {
	h := strings.ToLower(strings.TrimSpace(href))
	if strings.HasPrefix(h, "whatsapp:") {
		return true
	}
	for _, s := range lexicon.ShareLinks {
		if strings.Contains(h, s) {
			return true
		}
	}
	return false
}

func firstImage(n *html.Node) *html.Node {
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == atom.Img {
			return c
		}
	}
	return nil
}

// imageSource returns the best address of an image element: src, or the
// lazy-loading attributes sites use when src is a placeholder.
func imageSource(n *html.Node) string {
	src := dom.Attr(n, "src")
	if src == "" || strings.HasPrefix(src, "data:") {
		for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-srcset", "srcset"} {
			if v := dom.Attr(n, k); v != "" {
				src, _, _ = strings.Cut(strings.TrimSpace(v), " ")
				src = strings.TrimSuffix(src, ",")
				break
			}
		}
	}
	return src
}

// safeURL returns u when it is an absolute http or https URL (or mailto,
// when allowed), else "".
func safeURL(u string, mailto bool) string {
	u = strings.TrimSpace(u)
	if isPlainAbsoluteURL(u) {
		return u // what parsing and printing it would give
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		if p.Host == "" {
			return ""
		}
		return p.String()
	case "mailto":
		if mailto {
			return p.String()
		}
	}
	return ""
}

// safeRef returns u when it is relative (it could not be resolved for
// lack of a page URL) or an absolute http or https URL, else "": a
// permalink or a page link must never carry a script or data URL.
func safeRef(u string) string {
	if isPlainAbsoluteURL(u) {
		return u
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	if p.Scheme == "" {
		return u
	}
	return safeURL(u, false)
}

// embedOf recognises embedded posts and players.
func embedOf(n *html.Node, resolve func(string) string) (Embed, bool) {
	class := " " + dom.Attr(n, "class") + " "
	switch n.DataAtom {
	case atom.Blockquote:
		switch {
		case strings.Contains(class, " twitter-tweet ") || strings.Contains(class, " twitter-video "):
			return Embed{Kind: EmbedTweet, URL: lastLink(n, resolve, "/status")}, true
		case strings.Contains(class, " instagram-media "):
			u := dom.Attr(n, "data-instgrm-permalink")
			if u == "" {
				u = lastLink(n, resolve, "instagram.com")
			}
			return Embed{Kind: EmbedInstagram, URL: safeURL(resolve(u), false)}, true
		case strings.Contains(class, " tiktok-embed "):
			return Embed{Kind: EmbedTikTok, URL: safeURL(resolve(dom.Attr(n, "cite")), false)}, true
		case strings.Contains(class, " telegram-post "):
			u := safeURL("https://t.me/"+strings.TrimSpace(dom.Attr(n, "data-telegram-post")), false)
			return Embed{Kind: EmbedTelegram, URL: u}, true
		}
	case atom.Iframe:
		src := safeURL(resolve(dom.Attr(n, "src")), false)
		if src == "" {
			src = safeURL(resolve(dom.Attr(n, "data-src")), false)
		}
		if src == "" {
			return Embed{}, false
		}
		return Embed{Kind: embedKindOf(src), URL: src}, true
	case atom.Video, atom.Audio:
		src := dom.Attr(n, "src")
		if src == "" {
			for c := range n.Descendants() {
				if c.Type == html.ElementNode && c.DataAtom == atom.Source {
					src = dom.Attr(c, "src")
					break
				}
			}
		}
		kind := EmbedVideo
		if n.DataAtom == atom.Audio {
			kind = EmbedAudio
		}
		if src = safeURL(resolve(src), false); src != "" {
			return Embed{Kind: kind, URL: src}, true
		}
	case atom.Div:
		if strings.Contains(class, " fb-post ") || strings.Contains(class, " fb-video ") {
			if u := safeURL(resolve(dom.Attr(n, "data-href")), false); u != "" {
				return Embed{Kind: EmbedFacebook, URL: u}, true
			}
		}
	}
	return Embed{}, false
}

func embedKindOf(u string) EmbedKind {
	p, err := url.Parse(u)
	if err != nil {
		return EmbedOther
	}
	host := strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
	switch {
	case strings.HasSuffix(host, "youtube.com") || strings.HasSuffix(host, "youtube-nocookie.com") || host == "youtu.be":
		return EmbedYouTube
	case host == "twitter.com" || host == "x.com" || strings.HasSuffix(host, ".twitter.com"):
		return EmbedTweet
	case strings.HasSuffix(host, "instagram.com"):
		return EmbedInstagram
	case strings.HasSuffix(host, "facebook.com"):
		return EmbedFacebook
	case strings.HasSuffix(host, "tiktok.com"):
		return EmbedTikTok
	case host == "t.me" || strings.HasSuffix(host, "telegram.org"):
		return EmbedTelegram
	case strings.HasSuffix(host, "vimeo.com") || strings.Contains(host, "dailymotion") || strings.Contains(host, "jwplayer") || strings.Contains(host, "brightcove"):
		return EmbedVideo
	}
	return EmbedOther
}

// lastLink returns the last link under n whose URL contains want.
func lastLink(n *html.Node, resolve func(string) string, want string) string {
	found := ""
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			if u := safeURL(resolve(dom.Attr(c, "href")), false); u != "" && strings.Contains(u, want) {
				found = u
			}
		}
	}
	return found
}

// cleanSpace collapses every run of white space (including no-break
// spaces) to one space, drops zero-width characters and trims the ends.
// It is dom.Clean, which the site adapters share.
func cleanSpace(s string) string { return dom.Clean(s) }

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
