package detect_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/liveblog-go/liveblog"
)

// TestHostile: pages built to hurt a parser cost Detect time in
// proportion to their size, and Detect fails where Parse fails.
func TestHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("big inputs")
	}
	tests := []struct {
		name string
		data string
	}{
		{"100,000 nested divs", strings.Repeat("<div>", 100000) + "12:00 deep" + strings.Repeat("</div>", 100000)},
		{"500 nested divs, then 100,000 paragraphs", strings.Repeat("<div>", 500) + strings.Repeat("<p><b>12:00</b> x<li>y", 100000)},
		{"100,000 unclosed time labels", strings.Repeat(`<span class="date">12:0`, 100000)},
		{"a huge attribute", `<div class="` + strings.Repeat("x", 8<<20) + `"><p>Hi</p></div>`},
		{"an unclosed comment", "<p>a</p><!--" + strings.Repeat("-- x ", 1<<20)},
		{"an unclosed script", "<script>" + strings.Repeat("</scrip ", 1<<20)},
		{"NUL bytes", strings.Repeat("\x00<", 1<<20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			d, err := liveblog.Detect(strings.NewReader(tt.data))
			took := time.Since(start)
			t.Logf("Detect: %v", took)
			assert.Less(t, took, 10*time.Second*raceSlowdown)
			_, perr := liveblog.Parse(bytes.NewReader([]byte(tt.data)))
			parseFailed := perr != nil && !errors.Is(perr, liveblog.ErrNotLiveBlog)
			assert.Equal(t, parseFailed, err != nil, "Detect: %v; Parse: %v", err, perr)
			if err == nil {
				assert.Equal(t, perr == nil, d.Live, "%q", d.Evidence)
			}
		})
	}
}
