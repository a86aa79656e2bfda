package jsonld

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// validCases are texts at the edges of the JSON grammar; each must be
// judged as encoding/json judges it.
var validCases = []string{
	``, ` `, `{}`, `[]`, `{ }`, `[ ]`, `{"a":1}`, ` {"a" : [1, 2.5, -3e+2, 0, -0.0e-1]} `,
	`"x"`, `"\u00e9\n\"\\\/\b\f\r\t"`, `"\u00g0"`, `"\x"`, `"a` + "\x01" + `"`, "\"\xff\xfe\"",
	`true`, `false`, `null`, `nul`, `truex`, `[true,false,null]`, `[tru]`,
	`01`, `-`, `-0`, `1.`, `1e`, `1e+`, `.5`, `+1`, `1.5E3`, `[1,]`, `[,1]`, `{"a":1,}`, `{,"a":1}`,
	`{"a"}`, `{"a":}`, `{1:2}`, `{"a":1 "b":2}`, `[1 2]`, `[}`, `{]`, `{"a":[}`, `[{]}`,
	`{"a":1}}`, `[[]]]`, `{"a":{"b":{"c":[1,{"d":null}]}}}`, "\t\r\n[1]\n", "\u00a0[1]", "[1]\x00",
	`{"@type":"LiveBlogPosting","liveBlogUpdate":[{"articleBody":"<p>a \"b\" c</p>"}]}`,
	strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
	strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
	strings.Repeat(`{"a":`, 10000) + "1" + strings.Repeat("}", 10000),
	strings.Repeat(`{"a":`, 10001) + "1" + strings.Repeat("}", 10001),
}

func TestValidAgreesWithEncodingJSON(t *testing.T) {
	for _, s := range validCases {
		name := s
		if len(name) > 40 {
			name = name[:40]
		}
		assert.Equal(t, json.Valid([]byte(s)), Valid(s), "%q", name)
	}
}

func FuzzValid(f *testing.F) {
	for _, s := range validCases {
		if len(s) < 1000 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Valid(s), json.Valid([]byte(s)); got != want {
			t.Fatalf("Valid(%q) = %v, json.Valid says %v", s, got, want)
		}
	})
}
