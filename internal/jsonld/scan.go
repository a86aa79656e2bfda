package jsonld

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// scanUpdates reads a JSON-LD block shaped the usual way, an object whose
// liveBlogUpdate is a list of objects, in one pass that decodes nothing
// but the two dates of each update: the block holds every update's body,
// and a full Unmarshal spends most of a parse's JSON time on them. It
// returns the raw @type and the updates. ok is false for anything less
// usual (a key that matches only case-insensitively or through escapes,
// a date that is not a string, liveBlogUpdate not a list, a repeated
// key, bytes that are not JSON): the caller then decodes the block with
// encoding/json, which this agrees with wherever ok is true. raw must be
// valid JSON, as the blocks of Document.JSONLD are.
func scanUpdates[S ~string | ~[]byte](raw S) (typ S, list []Dates, ok bool) {
	s := &scanner[S]{b: raw}
	if !s.open('{') {
		return typ, nil, false
	}
	seenType, seenUpdates := false, false
	for !s.close('}') {
		key, plain := s.key()
		if !plain {
			return typ, nil, false
		}
		switch {
		case string(key) == "@type" && !seenType:
			seenType = true
			start := s.at()
			if !s.skip() {
				return typ, nil, false
			}
			typ = raw[start:s.i]
		case string(key) == "liveBlogUpdate" && !seenUpdates:
			seenUpdates = true
			if list, ok = s.updates(); !ok {
				return typ, nil, false
			}
		case strings.EqualFold(string(key), "@type") || strings.EqualFold(string(key), "liveBlogUpdate"):
			return typ, nil, false
		default:
			if !s.skip() {
				return typ, nil, false
			}
		}
		if !s.comma('}') {
			return typ, nil, false
		}
	}
	return typ, list, s.end()
}

// scanner walks JSON text without decoding it. Every method reports
// false on bytes it does not expect instead of reading past them.
type scanner[S ~string | ~[]byte] struct {
	b S
	i int
}

func (s *scanner[S]) ws() {
	for s.i < len(s.b) && (s.b[s.i] == ' ' || s.b[s.i] == '\t' || s.b[s.i] == '\n' || s.b[s.i] == '\r') {
		s.i++
	}
}

// at skips white space and returns the offset of the next value.
func (s *scanner[S]) at() int {
	s.ws()
	return s.i
}

func (s *scanner[S]) peek() byte {
	s.ws()
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}

// open consumes c, the start of an object or array.
func (s *scanner[S]) open(c byte) bool {
	if s.peek() != c {
		return false
	}
	s.i++
	return true
}

// close consumes c, the end of an object or array, if it comes next.
func (s *scanner[S]) close(c byte) bool {
	if s.peek() == c {
		s.i++
		return true
	}
	return false
}

// comma consumes the separator after a member or element; the closing
// byte c is left for close.
func (s *scanner[S]) comma(c byte) bool {
	switch s.peek() {
	case ',':
		s.i++
		return s.peek() != c // no trailing comma
	case c:
		return true
	}
	return false
}

// end reports whether only white space is left.
func (s *scanner[S]) end() bool {
	s.ws()
	return s.i == len(s.b)
}

// str consumes a string and returns its bytes between the quotes;
// plain is false when it holds an escape or a non-ASCII byte.
func (s *scanner[S]) str() (body S, plain, ok bool) {
	if s.peek() != '"' {
		return body, false, false
	}
	plain = true
	for j := s.i + 1; j < len(s.b); j++ {
		switch c := s.b[j]; {
		case c == '\\':
			plain = false
			j++
		case c == '"':
			body = s.b[s.i+1 : j]
			s.i = j + 1
			return body, plain, true
		case c < 0x20:
			return body, false, false
		case c >= utf8.RuneSelf:
			plain = false
		}
	}
	return body, false, false
}

// skipStr consumes a string whose contents are not read, as fast as
// the next unescaped quote is found (the text is valid JSON).
func (s *scanner[S]) skipStr() bool {
	i := s.i + 1
	for {
		j := indexByte(s.b[i:], '"')
		if j < 0 {
			return false
		}
		i += j
		backslashes := 0
		for k := i - 1; s.b[k] == '\\'; k-- {
			backslashes++
		}
		i++
		if backslashes%2 == 0 {
			s.i = i
			return true
		}
	}
}

// key consumes an object key and its colon; plain is false when the key
// holds an escape or a non-ASCII byte (or is not there).
func (s *scanner[S]) key() (S, bool) {
	body, plain, ok := s.str()
	if !ok || !plain || s.peek() != ':' {
		return body, false
	}
	s.i++
	return body, true
}

// skip consumes one value of any kind.
func (s *scanner[S]) skip() bool {
	depth := 0
	for {
		switch s.peek() {
		case '"':
			if !s.skipStr() {
				return false
			}
		case '{', '[':
			s.i++
			depth++
			continue
		case '}', ']':
			if depth == 0 {
				return false
			}
			s.i++
			depth--
		case ',', ':':
			if depth == 0 {
				return false
			}
			s.i++
			continue
		case 0:
			return false
		default: // a number, true, false or null
			start := s.i
			for s.i < len(s.b) && strings.IndexByte(",:]} \t\n\r\"{[", s.b[s.i]) < 0 {
				s.i++
			}
			if s.i == start {
				return false
			}
		}
		if depth == 0 {
			return true
		}
	}
}

// updates consumes liveBlogUpdate: a list of objects (or nulls), or null.
func (s *scanner[S]) updates() ([]Dates, bool) {
	if s.peek() == 'n' {
		return nil, s.null()
	}
	if !s.open('[') {
		return nil, false
	}
	list := []Dates{}
	for !s.close(']') {
		var u Dates
		switch s.peek() {
		case 'n':
			if !s.null() {
				return nil, false
			}
		case '{':
			if !s.update(&u) {
				return nil, false
			}
		default:
			return nil, false
		}
		list = append(list, u)
		if !s.comma(']') {
			return nil, false
		}
	}
	return list, true
}

// update consumes one update object, keeping its two dates.
func (s *scanner[S]) update(u *Dates) bool {
	s.i++ // '{'
	for !s.close('}') {
		key, plain := s.key()
		if !plain {
			return false
		}
		var dst *string
		switch {
		case string(key) == "datePublished":
			dst = &u.Published
		case string(key) == "dateModified":
			dst = &u.Modified
		case strings.EqualFold(string(key), "datePublished") || strings.EqualFold(string(key), "dateModified"):
			return false
		}
		if dst == nil {
			if !s.skip() {
				return false
			}
		} else if !s.date(dst) {
			return false
		}
		if !s.comma('}') {
			return false
		}
	}
	return true
}

// date consumes a date's value: a string, or null (which leaves dst as
// it is, as encoding/json does).
func (s *scanner[S]) date(dst *string) bool {
	if s.peek() == 'n' {
		return s.null()
	}
	start := s.at()
	body, plain, ok := s.str()
	if !ok {
		return false
	}
	if plain {
		*dst = string(body)
		return true
	}
	return json.Unmarshal([]byte(s.b[start:s.i]), dst) == nil
}

// null consumes the literal null.
func (s *scanner[S]) null() bool {
	if s.i+4 <= len(s.b) && string(s.b[s.i:s.i+4]) == "null" {
		s.i += 4
		return true
	}
	return false
}

// posting is the part of a JSON-LD LiveBlogPosting that UpdateDates reads.
type posting struct {
	Type    json.RawMessage `json:"@type"`
	Updates json.RawMessage `json:"liveBlogUpdate"`
}

// Dates are the dates of one liveBlogUpdate, as the JSON gives them.
type Dates struct {
	Published string `json:"datePublished"`
	Modified  string `json:"dateModified"`
}

// postingList is posting with its updates decoded in the same pass,
// for a block whose liveBlogUpdate is a list of objects.
type postingList struct {
	Type    json.RawMessage `json:"@type"`
	Updates []Dates         `json:"liveBlogUpdate"`
}

// slowUpdates reads a LiveBlogPosting block's updates, a list or one
// object; ok is false when the block is not one or they do not decode.
func slowUpdates(raw []byte) (list []Dates, ok bool) {
	var p posting
	if json.Unmarshal(raw, &p) != nil || !strings.Contains(string(p.Type), "LiveBlogPosting") {
		return nil, false
	}
	if json.Unmarshal(p.Updates, &list) != nil {
		var one Dates
		if json.Unmarshal(p.Updates, &one) != nil {
			return nil, false
		}
		list = []Dates{one}
	}
	return list, true
}

// UpdateDates returns the dates of the liveBlogUpdate items of the
// LiveBlogPosting blocks among blocks, in order, without decoding their
// bodies where the block has the usual shape. blocks must be valid JSON.
func UpdateDates(blocks []json.RawMessage) []Dates { return updateDates(blocks) }

func updateDates[S ~string | ~[]byte](blocks []S) []Dates {
	var out []Dates
	for _, raw := range blocks {
		if !contains(raw, "LiveBlogPosting") {
			continue // @type cannot name it either
		}
		// The usual block, a list of update objects, is scanned for the
		// dates alone; anything else is decoded, in one pass when the
		// updates are a list, in two when that fails.
		var fast postingList
		var list []Dates
		if typ, l, ok := scanUpdates(raw); ok {
			if !contains(typ, "LiveBlogPosting") {
				continue
			}
			list = l
		} else if json.Unmarshal([]byte(raw), &fast) == nil {
			if !strings.Contains(string(fast.Type), "LiveBlogPosting") {
				continue
			}
			list = fast.Updates
		} else {
			var ok bool
			if list, ok = slowUpdates([]byte(raw)); !ok {
				continue
			}
		}
		out = append(out, list...)
	}
	return out
}

// contains is strings.Contains for a string or bytes, without a copy.
func contains[S ~string | ~[]byte](s S, sub string) bool {
	switch v := any(s).(type) {
	case string:
		return strings.Contains(v, sub)
	case json.RawMessage:
		return bytes.Contains(v, []byte(sub))
	case []byte:
		return bytes.Contains(v, []byte(sub))
	}
	return strings.Contains(string(s), sub)
}

// indexByte is strings.IndexByte for a string or bytes, without a copy.
func indexByte[S ~string | ~[]byte](s S, c byte) int {
	switch v := any(s).(type) {
	case string:
		return strings.IndexByte(v, c)
	case json.RawMessage:
		return bytes.IndexByte(v, c)
	case []byte:
		return bytes.IndexByte(v, c)
	}
	return strings.IndexByte(string(s), c)
}
