package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// isChromeTextWhole is isChromeText lowering the whole text, as it did
// before it lowered only what a match can need.
func isChromeTextWhole(s string) bool {
	lower := strings.ToLower(s)
	if lexicon.ChromeTexts.Has(strings.TrimRight(lower, ".:!… ")) {
		return true
	}
	for _, p := range lexicon.ReadMorePrefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

func TestIsChromeText(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Advertisement", true},
		{"ADVERTISEMENT.", true},
		{"Pubblicità" + strings.Repeat(".", 200), true},
		{"РЕКЛАМА", true},
		{"Read more: another story about something else entirely, at length", true},
		{"LEGGI ANCHE: " + strings.Repeat("parole ", 100), true},
		{"À LIRE AUSSI: la suite", true},
		{"ЧИТАЙТЕ ТАКЖЕ: продолжение", true},
		{"Advertisement of a new policy was made today", false},
		{"An ordinary paragraph about the day's events.", false},
		{"\xffAdvertisement", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, isChromeText(tt.in))
			assert.Equal(t, isChromeTextWhole(tt.in), isChromeText(tt.in))
		})
	}
}

func FuzzIsChromeText(f *testing.F) {
	f.Add("Read more: x")
	f.Add("Werbung!!!")
	f.Add("Ⱥdvertisement")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isChromeText(s), isChromeTextWhole(s); got != want {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	})
}
