package vendorkit

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestTime(t *testing.T) {
	// 1717254000 is 1 June 2024 15:00 UTC (1717200000 is that midnight).
	want := time.Date(2024, 6, 1, 15, 0, 0, 0, time.UTC)
	for _, in := range []string{
		`1717254000`, `1717254000.0`, `1717254000000`, `"1717254000"`,
		`"2024-06-01T15:00:00Z"`, `"2024-06-01T17:00:00+02:00"`, `"2024-06-01T15:00:00.000Z"`,
		`"/Date(1717254000000)/"`, `"/Date(1717254000000+0200)/"`,
	} {
		got := Time(json.RawMessage(in))
		assert.True(t, got.Equal(want), "%s gave %s", in, got)
	}
	for _, in := range []string{`null`, ``, `0`, `42`, `"soon"`, `{"a":1}`, `"2024-06-01T15:00:00"`, `1e20`} {
		assert.True(t, Time(json.RawMessage(in)).IsZero(), "%s is no time", in)
	}
}

func TestFlag(t *testing.T) {
	for _, in := range []string{`true`, `1`, `"true"`, `"yes"`, `"sticky"`} {
		assert.True(t, Flag(json.RawMessage(in)), in)
	}
	for _, in := range []string{``, `null`, `false`, `0`, `"0"`, `"false"`} {
		assert.False(t, Flag(json.RawMessage(in)), in)
	}
}

func TestHasKeys(t *testing.T) {
	s := `{"result": {"addedOrChanged": []}, "note": "the word \"bulletins\" in a string"}`
	assert.True(t, HasKeys(s, "result", "addedOrChanged"))
	assert.False(t, HasKeys(s, "bulletins"), "a quoted word in a value is not a key")
	assert.False(t, HasKeys(s), "no keys asked is no match")
}

func TestString(t *testing.T) {
	assert.Equal(t, "7100452", String(json.RawMessage(`7100452`)))
	assert.Equal(t, "ab", String(json.RawMessage(`"ab"`)))
	assert.Equal(t, "", String(json.RawMessage(`{"a":1}`)))
	assert.Equal(t, "", String(json.RawMessage(`null`)))
}

func TestBody(t *testing.T) {
	assert.Nil(t, Body("  "))
	n := Body(`<p>One</p><p>Two</p>`)
	if assert.NotNil(t, n) {
		assert.Equal(t, "div", n.Data)
		assert.Nil(t, n.Parent, "detached")
		count := 0
		for range n.ChildNodes() {
			count++
		}
		assert.Equal(t, 2, count)
	}
}
