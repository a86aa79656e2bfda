package liveblog

import (
	"bytes"
	"encoding/json"
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/render"
	"github.com/liveblog-go/liveblog/internal/timeparse"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ldText is a JSON-LD value read as text. Sites put strings, arrays,
// numbers or objects ({"@value": …}, {"name": …}, {"url": …}) where
// schema.org expects text; ldText takes the first string it finds and
// never fails, so one odd field does not spoil a whole block.
type ldText string

// UnmarshalJSON implements json.Unmarshaler.
func (t *ldText) UnmarshalJSON(b []byte) error {
	*t = ldText(ldString(b))
	return nil
}

func ldString(b []byte) string {
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
				if s := ldString(v); s != "" {
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
					if s := ldString(v); s != "" {
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

// ldTexts is a JSON-LD value that may be one item or a list, read as the
// text of each item.
type ldTexts []string

// UnmarshalJSON implements json.Unmarshaler.
func (t *ldTexts) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	var arr []json.RawMessage
	if len(b) > 0 && b[0] == '[' && json.Unmarshal(b, &arr) == nil {
		for _, v := range arr {
			if s := ldString(v); s != "" {
				*t = append(*t, s)
			}
		}
		return nil
	}
	if s := ldString(b); s != "" {
		*t = ldTexts{s}
	}
	return nil
}

// ldURLs is a JSON-LD image or video: a URL, an ImageObject or
// VideoObject, or a list of them, read as the address of each.
type ldURLs []string

// UnmarshalJSON implements json.Unmarshaler.
func (t *ldURLs) UnmarshalJSON(b []byte) error {
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
				URL        ldText `json:"url"`
				ContentURL ldText `json:"contentUrl"`
				EmbedURL   ldText `json:"embedUrl"`
			}
			if json.Unmarshal(it, &obj) == nil {
				for _, u := range []ldText{obj.ContentURL, obj.URL, obj.EmbedURL} {
					if u != "" {
						*t = append(*t, string(u))
						break
					}
				}
			}
			continue
		}
		if s := ldString(it); s != "" {
			*t = append(*t, s)
		}
	}
	return nil
}

// ldThing holds the fields of a schema.org object that the library reads.
type ldThing struct {
	Type          ldTexts           `json:"@type"`
	ID            ldText            `json:"@id"`
	Graph         []json.RawMessage `json:"@graph"`
	MainEntity    json.RawMessage   `json:"mainEntity"`
	Headline      ldText            `json:"headline"`
	Name          ldText            `json:"name"`
	ArticleBody   ldText            `json:"articleBody"`
	Text          ldText            `json:"text"`
	DatePublished ldText            `json:"datePublished"`
	DateModified  ldText            `json:"dateModified"`
	URL           ldText            `json:"url"`
	Author        ldTexts           `json:"author"`
	Image         ldURLs            `json:"image"`
	Video         ldURLs            `json:"video"`
	// LiveBlogUpdate is decoded in the same pass as the object holding
	// it when it is the usual array of objects (a second Unmarshal of the
	// raw value would validate and scan the page's largest JSON again);
	// see decodeThing for the other shapes.
	LiveBlogUpdate []ldThing `json:"liveBlogUpdate"`
}

// ldThingRawUpdates decodes an ldThing whose liveBlogUpdate is kept raw
// (the outer field dominates the embedded one).
type ldThingRawUpdates struct {
	ldThing
	LiveBlogUpdate json.RawMessage `json:"liveBlogUpdate"`
}

// decodeThing decodes a JSON-LD object and its liveBlogUpdate items. An
// object whose liveBlogUpdate is not an array of objects (one object, or
// an item of another kind) is decoded again with the value kept raw, and
// readThings takes the value apart, skipping the odd items out.
func decodeThing(raw []byte) (ldThing, []ldThing, bool) {
	var t ldThing
	if json.Unmarshal(raw, &t) == nil {
		updates := t.LiveBlogUpdate
		t.LiveBlogUpdate = nil
		return t, updates, true
	}
	var r ldThingRawUpdates
	if json.Unmarshal(raw, &r) != nil {
		return ldThing{}, nil, false
	}
	return r.ldThing, readThings(r.LiveBlogUpdate), true
}

func (t *ldThing) is(typ string) bool {
	for _, s := range t.Type {
		if strings.EqualFold(s, typ) || strings.HasSuffix(strings.ToLower(s), "/"+strings.ToLower(typ)) {
			return true
		}
	}
	return false
}

// ldUpdate is one liveBlogUpdate, read.
type ldUpdate struct {
	thing     ldThing
	published time.Time
	modified  time.Time
	key       string // matchKey of headline + body start
	bodyKey   string // matchKey of the body start
	frag      string // the #fragment of its url or @id
}

// ldLiveBlog is what the page's JSON-LD says about the live blog.
type ldLiveBlog struct {
	found     bool
	headline  string
	published time.Time
	modified  time.Time
	updates   []ldUpdate
	// sameDates reports that every update carries the same
	// datePublished: the site stamped them all with the page's time, so
	// they say nothing about the entries.
	sameDates bool
}

// hasLiveBlogJSONLD reports, without decoding, whether a JSON-LD block of
// the page mentions word ("LiveBlogPosting", "liveBlogUpdate").
func hasLiveBlogJSONLD(d *Document, word string) bool {
	w := []byte(word)
	for _, raw := range d.JSONLD() {
		if bytes.Contains(raw, w) {
			return true
		}
	}
	return false
}

// maxLDDepth bounds how deep @graph and mainEntity are followed.
const maxLDDepth = 8

// decodeLiveBlog decodes the page's JSON-LD blocks that mention a
// LiveBlogPosting into typed values. Blocks that do not decode are
// skipped; the others still count.
func decodeLiveBlog(d *Document) *ldLiveBlog {
	lb := &ldLiveBlog{}
	type item struct {
		raw   json.RawMessage
		depth int
	}
	// A stack, children pushed in reverse, so that objects are read in
	// document order (a block's @graph before the next block).
	var stack []item
	blocks := d.JSONLD()
	for i := len(blocks) - 1; i >= 0; i-- {
		if bytes.Contains(blocks[i], []byte("LiveBlogPosting")) {
			stack = append(stack, item{raw: blocks[i]})
		}
	}
	push := func(depth int, raws ...json.RawMessage) {
		for i := len(raws) - 1; i >= 0; i-- {
			stack = append(stack, item{raw: raws[i], depth: depth})
		}
	}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		raw := bytes.TrimSpace(it.raw)
		if len(raw) == 0 || it.depth > maxLDDepth {
			continue
		}
		if raw[0] == '[' {
			var arr []json.RawMessage
			if json.Unmarshal(raw, &arr) == nil {
				push(it.depth+1, arr...)
			}
			continue
		}
		if raw[0] != '{' {
			continue
		}
		t, updates, ok := decodeThing(raw)
		if !ok {
			continue
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
		if !lb.found {
			lb.found = true
			lb.headline = dom.Clean(ldPlain(string(t.Headline)))
			lb.published, _, _ = timeparse.MachineTime(string(t.DatePublished))
			lb.modified, _, _ = timeparse.MachineTime(string(t.DateModified))
		}
		lb.updates = append(lb.updates, readUpdates(updates)...)
	}
	if len(lb.updates) >= 2 {
		lb.sameDates = true
		first := lb.updates[0].published
		for _, u := range lb.updates[1:] {
			if !u.published.Equal(first) {
				lb.sameDates = false
				break
			}
		}
	}
	return lb
}

// readThings decodes a raw liveBlogUpdate, an object or an array of them.
func readThings(raw json.RawMessage) []ldThing {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return nil
	}
	var things []ldThing
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
				var t ldThing
				if json.Unmarshal(a, &t) == nil {
					things = append(things, t)
				}
			}
		}
	} else {
		var t ldThing
		if json.Unmarshal(raw, &t) != nil {
			return nil
		}
		things = append(things, t)
	}
	return things
}

// readUpdates reads the dates and match keys of liveBlogUpdate items.
func readUpdates(things []ldThing) []ldUpdate {
	out := make([]ldUpdate, 0, len(things))
	for _, t := range things {
		u := ldUpdate{thing: t}
		u.published, _, _ = timeparse.MachineTime(string(t.DatePublished))
		u.modified, _, _ = timeparse.MachineTime(string(t.DateModified))
		body := string(t.ArticleBody)
		if body == "" {
			body = string(t.Text)
		}
		u.bodyKey = prefixKey(ldPlain(body), 40)
		u.key = matchKey(ldPlain(string(t.Headline)))
		u.frag = fragmentOf(string(t.URL))
		if u.frag == "" {
			u.frag = fragmentOf(string(t.ID))
		}
		out = append(out, u)
	}
	return out
}

// ldPlain returns JSON-LD text as plain text: sites often put HTML (tags,
// entities such as &quot;) in headline and articleBody.
func ldPlain(s string) string {
	if strings.ContainsRune(s, '<') {
		var b strings.Builder
		z := html.NewTokenizer(strings.NewReader(s))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			if tt == html.TextToken {
				b.Write(z.Text())
			} else if tt == html.StartTagToken || tt == html.EndTagToken || tt == html.SelfClosingTagToken {
				b.WriteByte(' ')
			}
		}
		return b.String()
	}
	if strings.ContainsRune(s, '&') {
		return html.UnescapeString(s)
	}
	return s
}

// ldBody returns the nodes of a JSON-LD body that holds HTML markup, or
// nil for plain text.
func ldBody(s string) []*html.Node {
	if !strings.ContainsRune(s, '<') {
		return nil
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		return nil
	}
	return nodes
}

// prefixKey is matchKey of s cut to n letters and digits.
func prefixKey(s string, n int) string {
	if len(s) > 8*n {
		s = s[:8*n]
	}
	k := matchKey(s)
	if len(k) > n {
		// Cut after n runes, on a rune boundary.
		runes := 0
		for i := range k {
			if runes == n {
				return k[:i]
			}
			runes++
		}
	}
	return k
}

// jsonldExtractor reads the entries of a schema.org LiveBlogPosting from
// the page's JSON-LD. It comes after every extractor that reads the
// markup: JSON-LD often holds more updates than the page shows (a whole
// history) or stamps every update with the same time, so it is the
// source of entries only when the markup gives none; the DOM sources use
// it to check their times (see reconcile).
type jsonldExtractor struct{}

func (jsonldExtractor) Name() string { return "jsonld" }

func (jsonldExtractor) Match(d *Document) bool {
	return d.IsHTML() && hasLiveBlogJSONLD(d, "liveBlogUpdate")
}

func (jsonldExtractor) Extract(d *Document) (*Result, error) {
	lb := decodeLiveBlog(d)
	if len(lb.updates) == 0 {
		return nil, ErrNotLiveBlog
	}
	res := &Result{Title: pageHeadline(d, lb), Published: lb.published, Updated: lb.modified}
	for _, u := range lb.updates {
		t := u.thing
		dr := Draft{
			ID:      u.frag,
			URL:     string(t.URL),
			Title:   dom.Clean(ldPlain(string(t.Headline))),
			Text:    ldPlain(string(t.ArticleBody)),
			Authors: []string(t.Author),
			Updated: u.modified,
		}
		if dr.Text == "" {
			dr.Text = ldPlain(string(t.Text))
		}
		if body := string(t.ArticleBody); body != "" {
			dr.Body = ldBody(body)
		}
		if !lb.sameDates {
			dr.Time = u.published
		}
		for _, img := range t.Image {
			if render.SafeURL(d.Resolve(img), false) != "" {
				dr.Images = append(dr.Images, Image{URL: d.Resolve(img)})
			}
		}
		for _, v := range t.Video {
			if u := render.SafeURL(d.Resolve(v), false); u != "" {
				dr.Embeds = append(dr.Embeds, Embed{Kind: EmbedKind(render.KindOf(u)), URL: u})
			}
		}
		res.Entries = append(res.Entries, dr)
	}
	return res, nil
}
