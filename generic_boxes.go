package liveblog

import (
	"strings"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/stream"

	"golang.org/x/net/html"
)

// This file flags the entries a page shows again in a box of its own
// beside the stream: a pinned post above it, a key-events list. The box
// stands outside the stream, so its copy never becomes an entry; the
// entry it repeats carries the flag the box gives.

// boxLevels is how many containers up from the stream its boxes are
// looked for: the stream's container and its ancestors' siblings.
const boxLevels = 3

// maxBoxNodes bounds the walk that tells a box's kind, and maxBoxText the
// text of a box: a pinned post or a key-events list is short.
const (
	maxBoxNodes = 200
	maxBoxText  = 4000
	// maxBoxSiblings bounds the siblings looked at on each level: a
	// page may give one element a million children.
	maxBoxSiblings = 128
)

// minBoxTitle is the shortest title, in letters, matched in a box: a
// shorter one may stand in any text. An untitled entry is matched by the
// first minBoxKey bytes of its text key (letters and digits, lower-cased).
const (
	minBoxTitle = 8
	minBoxKey   = 48
)

// flagBoxedCopies sets Pinned or KeyEvent on the drafts whose title (or,
// untitled, whose text) a pinned or key-events box beside the stream
// repeats. facts are the drafts' own.
func flagBoxedCopies(entries []stream.Entry, drafts []Draft, facts []entryFacts) {
	if len(entries) == 0 || len(entries[0].Nodes) == 0 {
		return
	}
	n := entries[0].Nodes[0].Parent
	for up := 0; n != nil && n.Parent != nil && up < boxLevels; up, n = up+1, n.Parent {
		seen := 0
		for s := n.Parent.FirstChild; s != nil && seen < maxBoxSiblings; s = s.NextSibling {
			if seen++; s == n || s.Type != html.ElementNode || dom.Skipped(s) {
				continue
			}
			pinned, key := boxKind(s)
			if !pinned && !key {
				continue
			}
			text := dom.Text(s)
			if len(text) > maxBoxText {
				continue
			}
			boxKey := ""
			for i := range drafts {
				dr := &drafts[i]
				switch {
				case utf8.RuneCountInString(dr.Title) >= minBoxTitle:
					if !strings.Contains(text, dr.Title) {
						continue
					}
				case len(facts[i].key) >= minBoxKey:
					if boxKey == "" {
						boxKey = string(dom.AppendKey(nil, text))
					}
					if !strings.Contains(boxKey, facts[i].key[:minBoxKey]) {
						continue
					}
				default:
					continue
				}
				dr.Pinned = dr.Pinned || pinned
				dr.KeyEvent = dr.KeyEvent || key
			}
		}
	}
}

// boxKind tells whether box names itself pinned or key events: by its
// own or an inner element's class ("pinned", "key-events"), or by a
// label it prints ("Fijado", "Key events").
func boxKind(box *html.Node) (pinned, key bool) {
	seen := 0
	dom.Walk(box, func(n *html.Node) bool {
		if seen++; seen > maxBoxNodes {
			return false
		}
		switch n.Type {
		case html.ElementNode:
			pinned = pinned || flagged(n, "pinned", "sticky")
			key = key || flagged(n, "key-event", "keyevent", "key_event")
		case html.TextNode:
			l := strings.ToLower(strings.Trim(n.Data, " \t\n:|·•-–"))
			if l != "" && len(l) <= maxBadge {
				pinned = pinned || lexicon.PinnedLabels.Has(l)
				key = key || lexicon.KeyEventLabels.Has(l)
			}
		}
		return true
	})
	return pinned, key
}
