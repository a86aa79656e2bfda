package matchclock

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRead(t *testing.T) {
	tests := []struct {
		text  string
		class bool
		ok    bool
		seq   float64
	}{
		{"71'", false, true, 71},
		{"90'+3", false, true, 90.03},
		{"90' +3", false, true, 90.03},
		{"45+2’", false, true, 45.02},
		{"90.+2'", false, true, 90.02}, // German prints the minute as an ordinal
		{"90.'", false, false, 0},
		{"HT", false, true, 45.99},
		{"FT", false, true, 999},
		{"Halbzeit", true, true, 45.99},
		{"Halbzeit", false, false, 0},
		{"Full-time", true, true, 999},
		{"14.2", true, true, 86},  // 14 overs and 2 balls
		{"14.7", true, false, 0},  // an over has six balls (and a wide repeats one)
		{"14.2", false, false, 0}, // a bare decimal needs a clock's class
		{"Lap 23/58", true, true, 23},
		{"23/58", true, true, 23},
		{"58/23", true, false, 0}, // a lap never passes the race's laps
		{"61.42 s", true, false, 0},
		{"2:1", true, false, 0},
		{"71", false, false, 0},
		{"151'", false, false, 0}, // no match runs that long
		{"'", false, false, 0},
	}
	for _, tt := range tests {
		asked := false
		seq, ok := Read(tt.text, func() bool { asked = true; return tt.class })
		assert.Equal(t, tt.ok, ok, tt.text)
		assert.InDelta(t, tt.seq, seq, 0.001, tt.text)
		if tt.text == "71'" || tt.text == "HT" {
			assert.False(t, asked, "%s is a clock without asking for the class", tt.text)
		}
	}
}
