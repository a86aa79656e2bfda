package marks

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMatchClockOf(t *testing.T) {
	tests := []struct {
		name, html, want string
		seq              float64
	}{
		{"minute", `<div id="x">71'</div>`, "71'", 71},
		{"stoppage time", `<div id="x">90'<span>+3</span></div>`, "90'+3", 90.03},
		{"stoppage before the mark", `<span id="x">45+2’</span>`, "45+2’", 45.02},
		{"half-time", `<span id="x">HT</span>`, "HT", 45.99},
		{"period word needs a clock class", `<span id="x" class="match-minute">Halbzeit</span>`, "Halbzeit", 45.99},
		{"over and ball", `<div id="x" class="cb-ovr-num">14.2</div>`, "14.2", 86},
		{"lap", `<span id="x" class="race-lap">Lap 23/58</span>`, "Lap 23/58", 23},
		{"a bare decimal is not an over", `<div id="x">14.2</div>`, "", 0},
		{"a race time is not a clock", `<span id="x" class="result">61.42 s</span>`, "", 0},
		{"a score is not a clock", `<span id="x" class="score">2:1</span>`, "", 0},
		{"a minute without its mark", `<span id="x">71</span>`, "", 0},
		{"a word", `<span id="x">Fine</span>`, "", 0},
		{"a block", `<div id="x"><p>71'</p></div>`, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, seq, ok := matchClockOf(firstIn(t, tt.html))
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, got)
			assert.InDelta(t, tt.seq, seq, 0.001)
		})
	}
}
