package jsonld

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPlainJSONString(t *testing.T) {
	tests := []struct {
		in     string
		wantOK bool
	}{
		{`""`, true},
		{`"plain text"`, true},
		{`"città – “virgolette” 🙂"`, true},
		{`"line\nbreak"`, false},
		{`"\u0041"`, false},
		{`"a \"quote\""`, false},
		{"\"tab\there\"", false},
		{"\"bad \xff byte\"", false},
		{"\"surrogate \xed\xa0\x80\"", false},
		{`"unterminated`, false},
		{`12`, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := plainJSONString([]byte(tt.in))
			assert.Equal(t, tt.wantOK, ok)
			if !ok {
				return
			}
			var want string
			assert.NoError(t, json.Unmarshal([]byte(tt.in), &want))
			assert.Equal(t, want, got)
		})
	}
}

// FuzzPlainJSONString checks that plainJSONString answers only for valid
// JSON strings, and as json.Unmarshal does.
func FuzzPlainJSONString(f *testing.F) {
	f.Add(`"text"`)
	f.Add("\"\xe2\x80\xa8\"")
	f.Fuzz(func(t *testing.T, in string) {
		got, ok := plainJSONString([]byte(in))
		if !ok {
			return
		}
		var want string
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatalf("%q: answered %q, but it does not decode: %v", in, got, err)
		}
		if got != want {
			t.Fatalf("%q: got %q, want %q", in, got, want)
		}
	})
}
