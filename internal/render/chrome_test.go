package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// isChromeTextWhole is isChromeText lowering the whole text, as it did
// before it lowered only what a match can need (rights notices, tested
// on their own below, are read the same way by both).
func isChromeTextWhole(s string) bool {
	if lexicon.IsRightsNotice(s) {
		return true
	}
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

// A publisher's rights notice or an agency's credit line is furniture
// wherever it stands: an agency's rolling-update story ends with one, a
// German ticker's entries with a dpa credit. Prose about copyright is not.
func TestRightsNoticeIsChrome(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want bool
	}{
		{"Copyright 2019 The Associated Press. All rights reserved. This material may not be published.", true},
		{"© dpa-infocom, dpa:240604-99-123456/3", true},
		{"©2024 Valley Courier", true},
		{"Copyright: 2023 Example Media Group", true},
		{"Todos los derechos reservados. Prohibida su reproducción.", true},
		{"Alle Rechte vorbehalten.", true},
		{"ВСЕ ПРАВА ЗАЩИЩЕНЫ", true},
		{"Tutti i diritti riservati", true},
		{"Copyright holders say the new rules go too far.", false},
		{"The singer said all the rights were hers, and she reserved judgement.", false},
		{"Copyright 2019 " + strings.Repeat("and a long paragraph ", 20), false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, lexicon.IsRightsNotice(tt.in), "%q", tt.in)
		assert.Equal(t, tt.want, isChromeText(tt.in), "%q", tt.in)
	}
	assert.True(t, isChromeBlock([]byte("© Example Wire "+strings.Repeat("x", 120))), "a notice past the short-block length")
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
