package jsonld

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// This file decodes the usual JSON-LD object without encoding/json: the
// spans of the fields Thing holds are found in one pass over the object,
// and only the short ones a LiveBlog needs (type, headline, dates, the
// updates' addresses) are read. An update's match keys are read when
// asked (Update.Keys), its body only as far as the key needs; its whole
// Thing is decoded only when asked (Update.Thing). A shape the pass cannot vouch for — a field
// named in another case or through escapes, a field given twice, a
// @graph or liveBlogUpdate that encoding/json would refuse — is left to
// decodeThing, so the two agree on every object (a test and a fuzz
// target hold them to it).

// thingFields are the JSON names of Thing's fields, in the order of
// view's spans.
var thingFields = [...]string{"@type", "@id", "@graph", "mainEntity", "headline", "name", "articleBody", "text",
	"datePublished", "dateModified", "url", "author", "image", "video", "liveBlogUpdate"}

const (
	fType = iota
	fID
	fGraph
	fMainEntity
	fHeadline
	fName
	fArticleBody
	fText
	fDatePublished
	fDateModified
	fURL
	fAuthor
	fImage
	fVideo
	fUpdates
)

// view holds the raw value of each of Thing's fields in one object, ""
// for a field the object lacks.
type view [len(thingFields)]string

// scanObject finds the fields of the object raw (valid JSON, trimmed,
// starting with '{'). ok is false when the object's shape is one
// encoding/json might read otherwise: a key with an escape or a
// non-ASCII byte, a key that names a field in another case, a field
// given twice, or a @graph that is neither a list nor null.
func scanObject(raw string) (v view, ok bool) {
	i := space(raw, 1)
	if i < len(raw) && raw[i] == '}' {
		return v, true
	}
	for i < len(raw) {
		k := i
		i = skipString(raw, i)
		key := raw[k+1 : i-1]
		i = space(raw, i) + 1 // the colon
		i = space(raw, i)
		end := skipValue(raw, i)
		f, plain := field(key)
		switch {
		case !plain:
			return v, false
		case f >= 0 && v[f] != "":
			return v, false // given twice: encoding/json keeps the last, or merges
		case f >= 0:
			v[f] = raw[i:end]
		}
		i = space(raw, end)
		if raw[i] == '}' {
			break
		}
		i = space(raw, i+1) // the comma
	}
	if g := v[fGraph]; g != "" && g[0] != '[' && g != "null" {
		return v, false
	}
	return v, true
}

// field returns the index of the field key names (-1 for none), and
// false when key is not plain ASCII without escapes or names a field in
// another case: encoding/json matches keys without regard to case.
func field(key string) (int, bool) {
	for j := 0; j < len(key); j++ {
		if key[j] == '\\' || key[j] >= utf8.RuneSelf {
			return -1, false
		}
	}
	for f, name := range thingFields {
		if len(name) == len(key) && strings.EqualFold(name, key) {
			return f, name == key
		}
	}
	return -1, true
}

// skipValue returns the offset after the value that starts at s[i];
// s must be valid JSON.
func skipValue(s string, i int) int {
	switch s[i] {
	case '"':
		return skipString(s, i)
	case '{', '[':
		depth := 0
		for i < len(s) {
			switch s[i] {
			case '"':
				i = skipString(s, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return i
	default:
		for i < len(s) && !isEndOfLiteral(s[i]) {
			i++
		}
		return i
	}
}

func isEndOfLiteral(c byte) bool {
	return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t'
}

// skipString returns the offset after the string that starts at s[i]
// (a quote); s must be valid JSON.
func skipString(s string, i int) int {
	for i++; ; {
		j := strings.IndexByte(s[i:], '"')
		if j < 0 {
			return len(s)
		}
		i += j
		// The quote closes the string unless an odd number of
		// backslashes precede it.
		n := 0
		for k := i - 1; s[k] == '\\'; k-- {
			n++
		}
		i++
		if n%2 == 0 {
			return i
		}
	}
}

// elements returns the values of the list raw (valid JSON, starting
// with '[').
func elements(raw string) []string {
	var out []string
	i := space(raw, 1)
	for i < len(raw) && raw[i] != ']' {
		end := skipValue(raw, i)
		out = append(out, raw[i:end])
		i = space(raw, end)
		if raw[i] == ',' {
			i = space(raw, i+1)
		}
	}
	return out
}

// text reads a raw value as Text does.
func text(raw string) string {
	if raw == "" {
		return ""
	}
	if raw[0] == '"' {
		if s, ok := plainString(raw); ok {
			return s
		}
		var s string
		if json.Unmarshal([]byte(raw), &s) == nil {
			return s
		}
		return ""
	}
	return textOf([]byte(raw))
}

// plainString is plainJSONString for a string: the text between the
// quotes, not copied, when it needs no decoding.
func plainString(raw string) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	in := raw[1 : len(raw)-1]
	ascii := true
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c == '\\' || c == '"' || c < 0x20 {
			return "", false
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	if !ascii && !utf8.ValidString(in) {
		return "", false
	}
	return in, true
}

// texts reads a raw value as Texts does.
func texts(raw string) Texts {
	var t Texts
	if raw != "" {
		_ = t.UnmarshalJSON([]byte(raw))
	}
	return t
}

// fastThing reads an object for DecodeLiveBlog: what decodeThing reads,
// with the updates read lazily. ok is false when the object is one for
// decodeThing (see scanObject; and updates that are not a list of
// objects, or whose items hold updates of their own).
func fastThing(raw string) (t Thing, updates []Update, ok bool) {
	v, ok := scanObject(raw)
	if !ok {
		return Thing{}, nil, false
	}
	if u := v[fUpdates]; u != "" && u != "null" {
		if u[0] != '[' {
			return Thing{}, nil, false
		}
		for _, e := range elements(u) {
			up, ok := fastUpdate(e)
			if !ok {
				return Thing{}, nil, false
			}
			updates = append(updates, up)
		}
	}
	t = Thing{
		Type:          texts(v[fType]),
		Headline:      Text(text(v[fHeadline])),
		DatePublished: Text(text(v[fDatePublished])),
		DateModified:  Text(text(v[fDateModified])),
	}
	if g := v[fGraph]; g != "" && g != "null" {
		for _, e := range elements(g) {
			t.Graph = append(t.Graph, json.RawMessage(e))
		}
	}
	if m := v[fMainEntity]; m != "" {
		t.MainEntity = json.RawMessage(m)
	}
	return t, updates, true
}

// fastUpdate reads one item of a liveBlogUpdate list, an object or null.
func fastUpdate(raw string) (Update, bool) {
	if raw == "null" {
		return Update{raw: raw}, true
	}
	if raw[0] != '{' {
		return Update{}, false
	}
	v, ok := scanObject(raw)
	if !ok || v[fUpdates] != "" && v[fUpdates] != "null" {
		return Update{}, false
	}
	u := Update{raw: raw, headline: v[fHeadline], body: v[fArticleBody]}
	u.read(text(v[fDatePublished]), text(v[fDateModified]), text(v[fURL]), text(v[fID]))
	if isEmptyText(u.body) {
		u.body = v[fText]
	}
	return u, true
}

// isEmptyText reports whether a raw value reads as no text: absent, an
// empty string, or a value Text reads as empty.
func isEmptyText(raw string) bool {
	if raw == "" || raw == `""` {
		return true
	}
	return raw[0] != '"' && text(raw) == "" // a string with anything in it decodes to something
}

// rawBodyKey is bodyKeyOf of a raw value read as Text, decoding a long
// string no further than the key needs: windows of the string, twice as
// long each time, as bodyKeyOf reads windows of the body. A window ends
// before an escape it would cut; a character it cuts in half, like an
// entity or a tag, spoils only the end of its text.
func rawBodyKey(raw string, n int) string {
	if len(raw) < 2 || raw[0] != '"' {
		return bodyKeyOf(text(raw), n)
	}
	in := raw[1 : len(raw)-1]
	markup := hasLessThan(in)
	for w := bodyWindow; w < len(in); w *= 2 {
		cut := escapeEnd(in, w)
		if cut >= len(in) {
			break
		}
		s := decodeString(in[:cut])
		var t string
		if markup {
			t = plainMarkup(s)
		} else {
			t = html.UnescapeString(s) // Plain without markup: an identity without '&'
		}
		if len(t) >= 8*n+64 {
			return prefixKey(t, n)
		}
	}
	return bodyKeyOf(text(raw), n)
}

// hasLessThan reports whether the JSON string contents in decode to
// text with a '<' in it: written as such, or as \u003c.
func hasLessThan(in string) bool {
	if strings.IndexByte(in, '<') >= 0 {
		return true
	}
	for i := strings.IndexByte(in, '\\'); i >= 0 && i+1 < len(in); {
		if in[i+1] == 'u' && i+5 < len(in) && in[i+2:i+4] == "00" && in[i+4] == '3' && (in[i+5] == 'c' || in[i+5] == 'C') {
			return true
		}
		i += 2 // past the escape's first two bytes; \uXXXX's digits hold no backslash
		j := strings.IndexByte(in[i:], '\\')
		if j < 0 {
			break
		}
		i += j
	}
	return false
}

// escapeEnd returns the first offset at or after w in the JSON string
// contents in that does not fall inside an escape.
func escapeEnd(in string, w int) int {
	i := 0
	for i < w && i < len(in) {
		j := strings.IndexByte(in[i:min(w, len(in))], '\\')
		if j < 0 {
			return w
		}
		i += j
		if i+1 < len(in) && in[i+1] == 'u' {
			i += 6
		} else {
			i += 2
		}
	}
	return i
}

// decodeString decodes the contents of a JSON string as encoding/json
// does; in is whole escapes only.
func decodeString(in string) string {
	if !strings.Contains(in, "\\") && utf8.ValidString(in) {
		return in
	}
	var s string
	_ = json.Unmarshal([]byte(`"`+in+`"`), &s)
	return s
}
