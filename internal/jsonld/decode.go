package jsonld

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/render"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// Text is a JSON-LD value read as text. Sites put strings, arrays,
// numbers or objects ({"@value": …}, {"name": …}, {"url": …}) where
// schema.org expects text; Text takes the first string it finds and
// never fails, so one odd field does not spoil a whole block.
type Text string

// UnmarshalJSON implements json.Unmarshaler.
func (t *Text) UnmarshalJSON(b []byte) error {
	*t = Text(textOf(b))
	return nil
}

func textOf(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return ""
	}
	switch b[0] {
	case '"':
		if s, ok := plainJSONString(b); ok {
			return s
		}
		var s string
		if json.Unmarshal(b, &s) == nil {
			return s
		}
	case '[':
		var arr []json.RawMessage
		if json.Unmarshal(b, &arr) == nil {
			for _, v := range arr {
				if s := textOf(v); s != "" {
					return s
				}
			}
		}
	case '{':
		var obj struct {
			Value json.RawMessage `json:"@value"`
			Name  json.RawMessage `json:"name"`
			URL   json.RawMessage `json:"url"`
			ID    json.RawMessage `json:"@id"`
		}
		if json.Unmarshal(b, &obj) == nil {
			for _, v := range []json.RawMessage{obj.Value, obj.Name, obj.URL, obj.ID} {
				if len(v) > 0 && v[0] != '{' {
					if s := textOf(v); s != "" {
						return s
					}
				}
			}
		}
	default:
		if b[0] != 'n' && b[0] != 't' && b[0] != 'f' {
			return string(b) // a number
		}
	}
	return ""
}

// plainJSONString returns the text of b, a JSON string, when it holds
// nothing to unescape or replace (no backslash, no control character,
// valid UTF-8): what json.Unmarshal would return, without its second scan
// of the value. ok is false for any other string, which the caller
// decodes.
func plainJSONString(b []byte) (string, bool) {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return "", false
	}
	in := b[1 : len(b)-1]
	ascii := true
	for _, c := range in {
		if c == '\\' || c == '"' || c < 0x20 {
			return "", false
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	if !ascii && !utf8.Valid(in) {
		return "", false
	}
	return string(in), true
}

// Texts is a JSON-LD value that may be one item or a list, read as the
// text of each item.
type Texts []string

// UnmarshalJSON implements json.Unmarshaler.
func (t *Texts) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	var arr []json.RawMessage
	if len(b) > 0 && b[0] == '[' && json.Unmarshal(b, &arr) == nil {
		for _, v := range arr {
			if s := textOf(v); s != "" {
				*t = append(*t, s)
			}
		}
		return nil
	}
	if s := textOf(b); s != "" {
		*t = Texts{s}
	}
	return nil
}

// URLs is a JSON-LD image or video: a URL, an ImageObject or
// VideoObject, or a list of them, read as the address of each.
type URLs []string

// UnmarshalJSON implements json.Unmarshaler.
func (t *URLs) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	var items []json.RawMessage
	if len(b) > 0 && b[0] == '[' {
		if json.Unmarshal(b, &items) != nil {
			return nil
		}
	} else {
		items = []json.RawMessage{b}
	}
	for _, it := range items {
		it = bytes.TrimSpace(it)
		if len(it) > 0 && it[0] == '{' {
			var obj struct {
				URL        Text `json:"url"`
				ContentURL Text `json:"contentUrl"`
				EmbedURL   Text `json:"embedUrl"`
			}
			if json.Unmarshal(it, &obj) == nil {
				for _, u := range []Text{obj.ContentURL, obj.URL, obj.EmbedURL} {
					if u != "" {
						*t = append(*t, string(u))
						break
					}
				}
			}
			continue
		}
		if s := textOf(it); s != "" {
			*t = append(*t, s)
		}
	}
	return nil
}

// Thing holds the fields of a schema.org object that the library reads.
type Thing struct {
	Type          Texts             `json:"@type"`
	ID            Text              `json:"@id"`
	Graph         []json.RawMessage `json:"@graph"`
	MainEntity    json.RawMessage   `json:"mainEntity"`
	Headline      Text              `json:"headline"`
	Name          Text              `json:"name"`
	ArticleBody   Text              `json:"articleBody"`
	Text          Text              `json:"text"`
	DatePublished Text              `json:"datePublished"`
	DateModified  Text              `json:"dateModified"`
	URL           Text              `json:"url"`
	Author        Texts             `json:"author"`
	Image         URLs              `json:"image"`
	Video         URLs              `json:"video"`
	// LiveBlogUpdate is decoded in the same pass as the object holding
	// it when it is the usual array of objects (a second Unmarshal of the
	// raw value would validate and scan the page's largest JSON again);
	// see decodeThing for the other shapes.
	LiveBlogUpdate []Thing `json:"liveBlogUpdate"`
}

// thingRawUpdates decodes an Thing whose liveBlogUpdate is kept raw
// (the outer field dominates the embedded one).
type thingRawUpdates struct {
	Thing
	LiveBlogUpdate json.RawMessage `json:"liveBlogUpdate"`
}

// decodeThing decodes a JSON-LD object and its liveBlogUpdate items. An
// object whose liveBlogUpdate is not an array of objects (one object, or
// an item of another kind) is decoded again with the value kept raw, and
// readThings takes the value apart, skipping the odd items out.
func decodeThing(raw []byte) (Thing, []Thing, bool) {
	var t Thing
	if json.Unmarshal(raw, &t) == nil {
		updates := t.LiveBlogUpdate
		t.LiveBlogUpdate = nil
		return t, updates, true
	}
	var r thingRawUpdates
	if json.Unmarshal(raw, &r) != nil {
		return Thing{}, nil, false
	}
	return r.Thing, readThings(r.LiveBlogUpdate), true
}

func (t *Thing) is(typ string) bool {
	for _, s := range t.Type {
		if strings.EqualFold(s, typ) || strings.HasSuffix(strings.ToLower(s), "/"+strings.ToLower(typ)) {
			return true
		}
	}
	return false
}

// Update is one liveBlogUpdate, read: its dates and the fragment it is
// matched to an entry by. Its match keys are worked out when asked
// (Keys), its whole object decoded when asked (Thing): a page's JSON-LD
// may list hundreds of updates, most of them found by their fragment or
// not shown on the page at all.
type Update struct {
	Published time.Time
	Modified  time.Time
	Frag      string // the #fragment of its url or @id
	raw       string // the item as JSON, when it was not decoded
	headline  string // the raw headline and body (articleBody, else text) of raw
	body      string
	thing     *Thing // the item decoded, when it was
}

// Thing returns the update's object, decoded.
func (u *Update) Thing() Thing {
	if u.thing != nil {
		return *u.thing
	}
	var t Thing
	if u.raw != "" {
		_ = json.Unmarshal([]byte(u.raw), &t) // raw decodes: fastUpdate vouched for it
	}
	return t
}

// Keys returns the keys the update's text is matched by: dom.Key of
// its headline, and of the first 40 letters and digits of its body. They
// are worked out on each call.
func (u *Update) Keys() (key, bodyKey string) {
	if u.thing != nil {
		body := string(u.thing.ArticleBody)
		if body == "" {
			body = string(u.thing.Text)
		}
		return dom.Key(Plain(string(u.thing.Headline))), bodyKeyOf(body, 40)
	}
	return dom.Key(Plain(text(u.headline))), rawBodyKey(u.body, 40)
}

// read sets the update's dates and fragment from its fields as text.
func (u *Update) read(published, modified, url, id string) {
	u.Published, _, _ = timeparse.MachineTime(published)
	u.Modified, _, _ = timeparse.MachineTime(modified)
	u.Frag = render.Fragment(url)
	if u.Frag == "" {
		u.Frag = render.Fragment(id)
	}
}

// LiveBlog is what the page's JSON-LD says about the live blog.
type LiveBlog struct {
	Found     bool // a LiveBlogPosting was found
	Headline  string
	Published time.Time
	Modified  time.Time
	Updates   []Update
	// SameDates reports that every update carries the same
	// datePublished: the site stamped them all with the page's time, so
	// they say nothing about the entries.
	SameDates bool
}

// maxLDDepth bounds how deep @graph and mainEntity are followed.
const maxLDDepth = 8

// DecodeLiveBlog decodes the JSON-LD blocks of a page that mention a
// LiveBlogPosting into typed values. Blocks that do not decode are
// skipped; the others still count.
func DecodeLiveBlog(blocks []json.RawMessage) *LiveBlog {
	raws := make([]string, len(blocks))
	for i, b := range blocks {
		raws[i] = string(b)
	}
	return decodeLiveBlog(raws, true)
}

// decodeLiveBlog is DecodeLiveBlog on blocks as text; fast reads the
// usual objects without encoding/json (fastThing), which the tests turn
// off to compare.
func decodeLiveBlog(blocks []string, fast bool) *LiveBlog {
	lb := &LiveBlog{}
	type item struct {
		raw   string
		depth int
	}
	// A stack, children pushed in reverse, so that objects are read in
	// document order (a block's @graph before the next block).
	var stack []item
	for i := len(blocks) - 1; i >= 0; i-- {
		if strings.Contains(blocks[i], "LiveBlogPosting") {
			stack = append(stack, item{raw: blocks[i]})
		}
	}
	push := func(depth int, raws ...json.RawMessage) {
		for i := len(raws) - 1; i >= 0; i-- {
			stack = append(stack, item{raw: string(raws[i]), depth: depth})
		}
	}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		raw := strings.TrimSpace(it.raw)
		if len(raw) == 0 || it.depth > maxLDDepth {
			continue
		}
		if raw[0] == '[' {
			var arr []json.RawMessage
			if json.Unmarshal([]byte(raw), &arr) == nil {
				push(it.depth+1, arr...)
			}
			continue
		}
		if raw[0] != '{' {
			continue
		}
		t, updates, ok := Thing{}, []Update(nil), false
		if fast {
			t, updates, ok = fastThing(raw)
		}
		if !ok {
			var things []Thing
			if t, things, ok = decodeThing([]byte(raw)); !ok {
				continue
			}
			updates = readUpdates(things)
		}
		var kids []json.RawMessage
		kids = append(kids, t.Graph...)
		if len(t.MainEntity) > 0 {
			kids = append(kids, t.MainEntity)
		}
		push(it.depth+1, kids...)
		if !t.is("LiveBlogPosting") {
			continue
		}
		if !lb.Found {
			lb.Found = true
			lb.Headline = dom.Clean(Plain(string(t.Headline)))
			lb.Published, _, _ = timeparse.MachineTime(string(t.DatePublished))
			lb.Modified, _, _ = timeparse.MachineTime(string(t.DateModified))
		}
		lb.Updates = append(lb.Updates, updates...)
	}
	if len(lb.Updates) >= 2 {
		lb.SameDates = true
		first := lb.Updates[0].Published
		for _, u := range lb.Updates[1:] {
			if !u.Published.Equal(first) {
				lb.SameDates = false
				break
			}
		}
	}
	return lb
}

// readThings decodes a raw liveBlogUpdate, an object or an array of them.
func readThings(raw json.RawMessage) []Thing {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return nil
	}
	var things []Thing
	if raw[0] == '[' {
		// One pass over the array when every item decodes; item by item,
		// skipping the odd ones out, only when one does not.
		if json.Unmarshal(raw, &things) != nil {
			things = things[:0]
			var arr []json.RawMessage
			if json.Unmarshal(raw, &arr) != nil {
				return nil
			}
			for _, a := range arr {
				var t Thing
				if json.Unmarshal(a, &t) == nil {
					things = append(things, t)
				}
			}
		}
	} else {
		var t Thing
		if json.Unmarshal(raw, &t) != nil {
			return nil
		}
		things = append(things, t)
	}
	return things
}

// readUpdates reads the dates and fragments of liveBlogUpdate items.
func readUpdates(things []Thing) []Update {
	out := make([]Update, 0, len(things))
	for i := range things {
		t := &things[i]
		u := Update{thing: t}
		u.read(string(t.DatePublished), string(t.DateModified), string(t.URL), string(t.ID))
		out = append(out, u)
	}
	return out
}
