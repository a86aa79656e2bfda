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
	open := buf[:0]
	i := space(s, 0)
	for {
		// A value starts at i.
		if i >= len(s) {
			return false
		}
		switch c := s[i]; {
		case c == '{' || c == '[':
			if len(open) >= maxDepth {
				return false // an empty one counts too
			}
			if i = space(s, i+1); i < len(s) && (c == '{' && s[i] == '}' || c == '[' && s[i] == ']') {
				i++ // an empty object or array is a whole value
				break
			}
			open = append(open, c == '{')
			if c == '{' {
				if i = member(s, i); i < 0 {
					return false
				}
			}
			continue
		case c == '"':
			if i = str(s, i); i < 0 {
				return false
			}
		case c == '-' || '0' <= c && c <= '9':
			if i = number(s, i); i < 0 {
				return false
			}
		default:
			if i = literal(s, i); i < 0 {
				return false
			}
		}
		// A value ended before i: close what it ends, then expect the
		// next value, or the end.
		for {
			i = space(s, i)
			if len(open) == 0 {
				return i == len(s)
			}
			if i >= len(s) {
				return false
			}
			obj := open[len(open)-1]
			switch s[i] {
			case ',':
				i = space(s, i+1)
				if obj {
					if i = member(s, i); i < 0 {
						return false
					}
				}
			case '}', ']':
				if obj != (s[i] == '}') {
					return false
				}
				open = open[:len(open)-1]
				i++
				continue
			default:
				return false
			}
			break
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
