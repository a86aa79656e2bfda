package jsonld

// maxDepth is encoding/json's limit on nesting: deeper text is not
// valid JSON to it, so not to Valid either.
const maxDepth = 10000

// Valid reports whether s is one JSON value, with white space around it
// only, exactly as json.Valid does (a string may hold bytes that are not
// UTF-8; nesting deeper than encoding/json allows is invalid), in one
// pass that allocates nothing for the usual depth. It takes a string: a
// page's JSON-LD is the text of a <script>, and a []byte copy of it would
// cost as much as the check.
func Valid(s string) bool {
	var buf [32]bool // open containers, innermost last: true for an object
	v := validator{s: s, open: buf[:0]}
	i := space(s, 0)
	for {
		// A value starts at i.
		next, opened := v.value(i)
		switch {
		case next < 0:
			return false
		case opened:
			i = next
			continue
		}
		// A value ended before next: close what it ends, then expect
		// the next value, or the end.
		var end bool
		if i, end = v.after(next); end {
			return i == len(s)
		}
		if i < 0 {
			return false
		}
	}
}

// validator holds Valid's state.
type validator struct {
	s    string
	open []bool
}

// value reads the value that starts at i: a scalar, an empty object or
// list, or the opening of one that is not (opened; next is then where
// its first value starts). next is -1 for text that is not JSON.
func (v *validator) value(i int) (next int, opened bool) {
	s := v.s
	if i >= len(s) {
		return -1, false
	}
	switch c := s[i]; {
	case c == '{' || c == '[':
		if len(v.open) >= maxDepth {
			return -1, false // an empty one counts too
		}
		if i = space(s, i+1); i < len(s) && (c == '{' && s[i] == '}' || c == '[' && s[i] == ']') {
			return i + 1, false // an empty object or array is a whole value
		}
		v.open = append(v.open, c == '{')
		if c == '{' {
			i = member(s, i)
		}
		return i, true
	case c == '"':
		return str(s, i), false
	case c == '-' || '0' <= c && c <= '9':
		return number(s, i), false
	default:
		return literal(s, i), false
	}
}

// after reads what follows a value that ended before i: the closing of
// the containers it ends, then a comma (and, in an object, the next key)
// or the end of the text (end). It returns where the next value starts,
// or -1.
func (v *validator) after(i int) (next int, end bool) {
	s := v.s
	for {
		i = space(s, i)
		if len(v.open) == 0 {
			return i, true
		}
		if i >= len(s) {
			return -1, false
		}
		obj := v.open[len(v.open)-1]
		switch s[i] {
		case ',':
			i = space(s, i+1)
			if obj {
				i = member(s, i)
			}
			return i, false
		case '}', ']':
			if obj != (s[i] == '}') {
				return -1, false
			}
			v.open = v.open[:len(v.open)-1]
			i++
		default:
			return -1, false
		}
	}
}

// space returns the offset of the first byte at or after i that is not
// JSON white space.
func space(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t') {
		i++
	}
	return i
}

// member reads an object key and its colon at i and returns the offset
// of the value after them, or -1.
func member(s string, i int) int {
	if i >= len(s) || s[i] != '"' {
		return -1
	}
	if i = str(s, i); i < 0 {
		return -1
	}
	if i = space(s, i); i >= len(s) || s[i] != ':' {
		return -1
	}
	return space(s, i+1)
}

// strByte marks the bytes a string's scan must stop at: control
// characters, the quote and the backslash.
var strByte = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// str reads the string that starts at i and returns the offset after its
// closing quote, or -1.
func str(s string, i int) int {
	for i++; i < len(s); i++ {
		c := s[i]
		if !strByte[c] {
			continue
		}
		switch c {
		case '"':
			return i + 1
		case '\\':
			if i+1 >= len(s) {
				return -1
			}
			switch s[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i++
			case 'u':
				if i+5 >= len(s) || !isHex(s[i+2]) || !isHex(s[i+3]) || !isHex(s[i+4]) || !isHex(s[i+5]) {
					return -1
				}
				i += 5
			default:
				return -1
			}
		default:
			return -1 // a control character
		}
	}
	return -1
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// number reads the number that starts at i and returns the offset after
// it, or -1: an optional minus, 0 or digits not starting with 0, an
// optional fraction, an optional exponent.
func number(s string, i int) int {
	if s[i] == '-' {
		i++
	}
	switch {
	case i >= len(s):
		return -1
	case s[i] == '0':
		i++
	case '1' <= s[i] && s[i] <= '9':
		i = digits(s, i)
	default:
		return -1
	}
	if i < len(s) && s[i] == '.' {
		if j := digits(s, i+1); j > i+1 {
			i = j
		} else {
			return -1
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := digits(s, i)
		if j == i {
			return -1
		}
		i = j
	}
	return i
}

func digits(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// literal reads true, false or null at i and returns the offset after
// it, or -1.
func literal(s string, i int) int {
	for _, w := range [...]string{"true", "false", "null"} {
		if len(s)-i >= len(w) && s[i:i+len(w)] == w {
			return i + len(w)
		}
	}
	return -1
}
