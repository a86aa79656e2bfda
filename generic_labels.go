package liveblog

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// This file tells what the parts of an entry are that are not its body:
// labels beside its time (a key-event flag, an author's name), bylines,
// titles and date lines.

// classifyLabel files a short label printed next to an entry's time: a
// key-event or pinned mark sets the flag, a person's name becomes an
// author, anything else is dropped.
func classifyLabel(dr *Draft, s string) {
	l := labelWord(s)
	switch {
	case setFlag(dr, l):
	case lexicon.BadgeLabels.Has(l):
		// "Update", "Actualización": a badge, not a name.
	case looksLikeName(s):
		dr.Authors = append(dr.Authors, strings.TrimSpace(trimBy(s)))
	}
}

// classifyFlag sets the flag a key-event or pinned label gives, and
// nothing else: a kicker is never an author.
func classifyFlag(dr *Draft, s string) { setFlag(dr, labelWord(s)) }

// setFlag sets the flag that label word l gives (a key-event or a pinned
// mark) and reports whether it gave one.
func setFlag(dr *Draft, l string) bool {
	switch {
	case lexicon.KeyEventLabels.Has(l):
		dr.KeyEvent = true
	case lexicon.PinnedLabels.Has(l):
		dr.Pinned = true
	default:
		return false
	}
	return true
}

// isKicker reports whether n is a short label standing right above the
// entry's headline ("<span class=kicker>Politics</span><h2>…</h2>"): one
// to four words, no sentence end, and a title element after it (a
// picture may stand between them).
func isKicker(n *html.Node) bool {
	if dom.IsHeading(n) {
		return false
	}
	t, ok := dom.ShortText(n, 40)
	if !ok || t == "" || len(strings.Fields(t)) > 4 || strings.ContainsRune(".;,!?", lastRune(t)) {
		return false
	}
	next := n.NextSibling
	for next != nil && (next.Type != html.ElementNode || isMediaBlock(next)) {
		if next.Type == html.TextNode && strings.TrimSpace(next.Data) != "" {
			return false
		}
		next = next.NextSibling
	}
	return next != nil && isTitleElement(next) && dom.Text(next) != ""
}

// isMediaBlock reports whether n is a picture, video or embed block
// (<figure>, <picture>, <video>, <iframe>) or an image.
func isMediaBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Figure, atom.Picture, atom.Video, atom.Iframe, atom.Img:
		return true
	}
	return false
}

// maxBadge is the longest badge label, in bytes.
const maxBadge = 32

// stripBadge takes a badge label off the start of an entry's title and
// files it (classifyLabel): a label in an element of its own at the start
// of the title element n ("<span class=badge>Breaking</span> Recount
// ordered"), or a known label followed by a separator in the text
// ("Key event: First result", "LIVE | Watch"). A title that only starts
// with such a word ("Live music cancelled", "Updated guidance issued")
// keeps it. n may be nil for a title given as text.
func stripBadge(dr *Draft, title string, n *html.Node) string {
	if n != nil {
		if c := dom.FirstElementChild(n); c != nil && dom.LeadsWith(n, c) {
			if b := dom.Text(c); b != "" && len(b) <= maxBadge && lexicon.BadgeLabels.Has(labelWord(b)) &&
				strings.HasPrefix(title, b) && len(title) > len(b) {
				classifyLabel(dr, b)
				return strings.TrimLeft(title[len(b):], " :|-–—")
			}
		}
	}
	for i := 0; i < len(title) && i <= maxBadge; i++ {
		switch title[i] {
		case ':', '|':
		default:
			continue
		}
		label := strings.TrimSpace(title[:i])
		rest := strings.TrimSpace(title[i+1:])
		if rest != "" && lexicon.BadgeLabels.Has(labelWord(label)) {
			classifyLabel(dr, label)
			return rest
		}
		break
	}
	return title
}

// isBoldTitle reports whether n is a paragraph set wholly in bold that
// reads as a headline (short, not ending like a sentence) and that more
// body follows: the title of an entry whose template has no heading
// ("<p><strong>Riaperta la via Emilia</strong></p><p>…</p>"). A bold
// opening sentence ("<p><b>Vittoria.</b> Il vincitore…</p>") is body.
//
// A bold element standing on its own before a block of body
// ("<li><span>14:05</span><strong>Airport closed</strong><p>…</p></li>")
// is a title the same way.
func isBoldTitle(n *html.Node) bool {
	if n.DataAtom == atom.Strong || n.DataAtom == atom.B {
		return isBoldBlockTitle(n)
	}
	if n.DataAtom != atom.P {
		return false
	}
	c := dom.FirstElementChild(n)
	if c == nil || c.DataAtom != atom.Strong && c.DataAtom != atom.B || !dom.LeadsWith(n, c) {
		return false
	}
	t, ok := dom.ShortText(n, 200)
	if !ok || t == "" || dom.Text(c) != t || strings.ContainsRune(".:;,", lastRune(t)) {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && dom.Text(s) != "" {
			return true
		}
	}
	return false
}

// isBoldBlockTitle reports whether bold element n reads as a headline
// and the next thing after it is a block of body text: a paragraph, a
// div or a list, not more words of the same line.
func isBoldBlockTitle(n *html.Node) bool {
	t, ok := dom.ShortText(n, 200)
	if !ok || t == "" || strings.ContainsRune(".:;,", lastRune(t)) {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) == "":
			continue
		case s.Type != html.ElementNode:
			return false
		}
		switch s.DataAtom {
		case atom.P, atom.Div, atom.Ul, atom.Ol, atom.Blockquote:
			return dom.Text(s) != ""
		}
		return false
	}
	return false
}

// boldLineTitle returns the bold line that opens block n and the line
// break after it, when the line reads as a headline and text follows
// the break ("<p><strong>Pegel sinkt</strong><br>Der Wasserstand…</p>",
// the same in a table cell or list item): the entry's title. It returns
// nils otherwise.
func boldLineTitle(n *html.Node) (lead, br *html.Node) {
	switch n.DataAtom {
	case atom.P, atom.Td, atom.Dd, atom.Li, atom.Div:
	default:
		return nil, nil
	}
	c := dom.FirstElementChild(n)
	if c == nil || c.DataAtom != atom.Strong && c.DataAtom != atom.B || !dom.LeadsWith(n, c) {
		return nil, nil
	}
	t, ok := dom.ShortText(c, 200)
	if !ok || t == "" || strings.ContainsRune(".:;,", lastRune(t)) {
		return nil, nil
	}
	br = c.NextSibling
	for br != nil && br.Type == html.TextNode && strings.TrimSpace(br.Data) == "" {
		br = br.NextSibling
	}
	if br == nil || br.DataAtom != atom.Br {
		return nil, nil
	}
	for r := br.NextSibling; r != nil; r = r.NextSibling {
		if r.Type == html.TextNode && strings.TrimSpace(r.Data) != "" || r.Type == html.ElementNode && dom.Text(r) != "" {
			return c, br
		}
	}
	return nil, nil
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isBadgeElement reports whether n is an element of its own that prints
// only a badge label ("<div class=…>Breaking news</div>" above an entry's
// headline): a label, not the start of the body.
func isBadgeElement(n *html.Node) bool {
	if dom.IsHeading(n) {
		return false
	}
	b, ok := dom.ShortText(n, maxBadge)
	return ok && b != "" && lexicon.BadgeLabels.Has(labelWord(b))
}

// labelWord returns a label lower-cased without the marks around it:
// separators, and the emoji and symbols sites print beside a badge
// ("📌 Angepinnt", "⚡ Eilmeldung", "Key event:").
func labelWord(s string) string {
	return strings.ToLower(strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}

// looksLikeName reports whether s reads as a person's name or a short
// credit: one to five words, no digits, each word starting with a capital
// letter (after an optional "By").
func looksLikeName(s string) bool {
	s = trimBy(s)
	if len(s) < 3 || len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			if lexicon.NameConnectors.Has(w) {
				continue
			}
			return false
		}
		for _, c := range r {
			if unicode.IsDigit(c) {
				return false
			}
		}
	}
	// An all-capital label ("LIVE", "UPDATE") is not a name.
	return strings.ToUpper(s) != s
}

// trimBy drops the word that opens a byline ("By Ann Lee").
func trimBy(s string) string {
	s = strings.TrimSpace(s)
	if first, rest, ok := strings.Cut(s, " "); ok && lexicon.BylinePrefixes.Has(first) {
		return strings.TrimSpace(rest)
	}
	return s
}

// flagged reports whether n's class, id or data-type holds one of words.
func flagged(n *html.Node, words ...string) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "data-type" && !strings.HasPrefix(a.Key, "data-") {
			continue
		}
		v := strings.ToLower(a.Val)
		if len(v) > 200 {
			continue
		}
		for _, w := range words {
			if strings.Contains(v, w) {
				if a.Key == "class" || a.Key == "data-type" || v == "true" {
					return true
				}
			}
		}
		if v == "true" && slices.ContainsFunc(words, func(w string) bool { return strings.Contains(a.Key, w) }) {
			return true
		}
	}
	return false
}

func isByline(n *html.Node) bool {
	if strings.EqualFold(dom.Attr(n, "rel"), "author") || strings.EqualFold(dom.Attr(n, "itemprop"), "author") {
		return true
	}
	for _, k := range []string{"class", "id"} {
		if v := dom.Attr(n, k); v != "" && lexicon.BylineClasses.HasPart(v) {
			return true
		}
	}
	return false
}

// bylineName returns the author name printed (or, in microdata, given) in
// byline element n.
func bylineName(n *html.Node) string {
	s := dom.Text(n)
	if s == "" {
		dom.Walk(n, func(c *html.Node) bool {
			if s == "" && c.Type == html.ElementNode && strings.EqualFold(dom.Attr(c, "itemprop"), "name") {
				s = dom.Clean(dom.Attr(c, "content"))
			}
			return s == ""
		})
	}
	s = trimPlace(trimBy(s))
	if !looksLikeName(s) {
		// "<span>Maria Gonzalez</span><span>Staff reporter</span>": the
		// name is the text that reads as one.
		if t := firstNameText(n); t != "" {
			s = t
		}
	}
	if len(s) > 80 {
		return ""
	}
	return s
}

// firstNameText returns the first of n's texts that reads as a name, or "".
func firstNameText(n *html.Node) string {
	found := ""
	dom.WalkUntil(n, func(c *html.Node) (bool, bool) {
		if c.Type == html.TextNode {
			if t := trimPlace(trimBy(dom.Clean(c.Data))); looksLikeName(t) {
				found = t
			}
		}
		return true, found != ""
	})
	return found
}

// trimPlace drops the place a byline names after the author ("Ann Lee in
// London", "Marie Roux à Bruxelles"): a place word and one to three
// capitalised words, after a name of two words or more.
func trimPlace(s string) string {
	words := strings.Fields(s)
	for i := len(words) - 2; i >= 2 && i >= len(words)-4; i-- {
		if !lexicon.BylinePlaceWords.Has(words[i]) {
			continue
		}
		for _, w := range words[i+1:] {
			if r := []rune(w); !unicode.IsUpper(r[0]) {
				return s
			}
		}
		if name := strings.Join(words[:i], " "); looksLikeName(name) {
			return name
		}
		return s
	}
	return s
}

// isTitleElement reports whether n is an entry headline: a heading, or an
// element whose class names a title, with a short text.
func isTitleElement(n *html.Node) bool {
	if dom.IsHeading(n) {
		return true
	}
	if n.DataAtom == atom.A {
		return false
	}
	v := dom.Attr(n, "class")
	if v == "" || !lexicon.TitleClasses.HasPart(v) {
		return false
	}
	return len(dom.Text(n)) <= 300
}

// isDateLineElement reports whether n is a short element that prints only
// a date and time (an entry's footer stamp "14 August 2023 10:01").
func isDateLineElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Small, atom.Footer, atom.Header, atom.Time, atom.Em:
	default:
		return false
	}
	s, ok := dom.ShortText(n, 64)
	return ok && timeparse.IsDateLine(s)
}
