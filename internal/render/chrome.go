package render

import (
	"strings"
	"unsafe"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

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
	return lexicon.ReadMorePrefixes.Of(s) != "" || lexicon.ReadMoreLead(s) || lexicon.IsRightsNotice(s)
}

// isChromeBlock is isChromeText for a block's text as written: only the
// end it needs (a whole short text, a read-more prefix) becomes a string.
//
// The text is looked at in place (unsafe.String): neither check keeps
// it, and a copy of every paragraph was a measurable share of Parse's
// allocation on long bodies.
func isChromeBlock(b []byte) bool {
	s := unsafe.String(unsafe.SliceData(b), len(b))
	if len(b) > maxChromeBlock {
		return lexicon.ReadMorePrefixes.Of(s[:maxChromeBlock]) != "" || lexicon.ReadMoreLead(s[:maxChromeBlock]) || lexicon.IsRightsNotice(s)
	}
	return isChromeText(s)
}

// maxChromeBlock is longer than any chrome text and read-more prefix, in
// bytes.
const maxChromeBlock = 96

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
