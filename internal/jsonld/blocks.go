package jsonld

import (
	"encoding/json"
	"strings"
	"sync"
)

// Blocks are the JSON-LD blocks of one page, raw, in page order, with
// what the library reads of them worked out once and only when first
// asked. A block that is not valid JSON counts for nothing; whether one
// is is checked only when it would count for something (it names what is
// asked for), so most blocks are never checked, and the large block of a
// live blog is read once more, to decode its updates.
//
// Blocks belong to one page's parse; the lazy parts are safe to ask for
// from several goroutines.
type Blocks struct {
	raw   []string
	valid []validity

	mu      sync.Mutex
	msgs    []json.RawMessage
	msgsOK  bool
	lb      *LiveBlog
	updates int
	countOK bool
}

type validity uint8

const (
	unchecked validity = iota
	valid
	invalid
)

// NewBlocks returns the blocks of a page from the texts of its
// <script type="application/ld+json"> elements, in page order. Each
// text is trimmed of white space; none is copied.
func NewBlocks(texts []string) *Blocks {
	b := &Blocks{raw: make([]string, len(texts)), valid: make([]validity, len(texts))}
	for i, t := range texts {
		b.raw[i] = strings.TrimSpace(t)
	}
	return b
}

// Len returns the number of blocks, valid or not.
func (b *Blocks) Len() int {
	if b == nil {
		return 0
	}
	return len(b.raw)
}

// Raw returns the text of block i, which may not be valid JSON.
func (b *Blocks) Raw(i int) string { return b.raw[i] }

// Valid reports whether block i is valid JSON (see Valid), checked once.
func (b *Blocks) Valid(i int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.checkLocked(i)
}

func (b *Blocks) checkLocked(i int) bool {
	if b.valid[i] == unchecked {
		b.valid[i] = invalid
		if Valid(b.raw[i]) {
			b.valid[i] = valid
		}
	}
	return b.valid[i] == valid
}

// Mentions reports whether a valid block holds word ("LiveBlogPosting",
// "liveBlogUpdate") anywhere in its text, without decoding it.
func (b *Blocks) Mentions(word string) bool {
	for i := range b.Len() {
		if strings.Contains(b.raw[i], word) && b.Valid(i) {
			return true
		}
	}
	return false
}

// RawMessages returns the valid blocks as bytes, in page order, copied
// once: what a site adapter is handed (liveblog.Document.JSONLD).
func (b *Blocks) RawMessages() []json.RawMessage {
	if b.Len() == 0 {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.msgsOK {
		b.msgsOK = true
		for i, s := range b.raw {
			if b.checkLocked(i) {
				b.msgs = append(b.msgs, json.RawMessage(s))
			}
		}
	}
	return b.msgs
}

// LiveBlog returns what the valid blocks say about the live blog (see
// DecodeLiveBlog), decoded on first call. The result is shared: callers
// must not modify it.
func (b *Blocks) LiveBlog() *LiveBlog {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.lb == nil {
		b.lb = decodeLiveBlog(b.postingsLocked(), true)
	}
	return b.lb
}

// postingsLocked returns the texts of the valid blocks that mention a
// LiveBlogPosting, in page order: the only ones DecodeLiveBlog and
// UpdateDates read.
func (b *Blocks) postingsLocked() []string {
	var out []string
	for i, s := range b.raw {
		if strings.Contains(s, "LiveBlogPosting") && b.checkLocked(i) {
			out = append(out, s)
		}
	}
	return out
}

// UpdateCount returns how many liveBlogUpdate items the valid
// LiveBlogPosting blocks list at their top level (see UpdateDates),
// counted on first call.
func (b *Blocks) UpdateCount() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.countOK {
		b.countOK = true
		b.updates = len(updateDates(b.postingsLocked()))
	}
	return b.updates
}
