package liveblog

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// FuzzNormalize feeds arbitrary text to Read: it must never panic, every
// failure must be a *TimeError keeping the text, and a text without a
// digit can only be read as a relative stamp ("Just now", "an hour ago",
// "вчера") or through a word for noon or midnight ("at noon", "północ").
func FuzzNormalize(f *testing.F) {
	for _, s := range timeTableInputs(f) {
		f.Add(s)
	}
	ref := time.Date(2021, 9, 6, 20, 0, 0, 0, time.UTC)
	lon, err := time.LoadLocation("Europe/London")
	if err != nil {
		f.Fatal(err)
	}
	normalizers := []*Normalizer{
		{Now: ref},
		{Location: lon, Now: ref, Order: MonthFirst},
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range normalizers {
			st, err := n.Read(s)
			if err != nil {
				var te *TimeError
				if !errors.As(err, &te) || !errors.Is(err, ErrBadTime) || te.Raw != s {
					t.Fatalf("Read(%q) error %v is not a *TimeError keeping the text", s, err)
				}
				if !st.Time.IsZero() {
					t.Fatalf("Read(%q) failed but returned %v", s, st.Time)
				}
				continue
			}
			if st.Time.IsZero() {
				t.Fatalf("Read(%q) succeeded with the zero Time", s)
			}
			if !strings.ContainsFunc(s, unicode.IsDigit) && !st.Relative && !namesNoonOrMidnight(s) {
				t.Fatalf("Read(%q) has no digit and no relative word, yet read %v", s, st.Time)
			}
			if !st.HasDate && st.Time.After(n.Now) {
				t.Fatalf("Read(%q) put a time without a date in the future: %v", s, st.Time)
			}
		}
	})
}

// namesNoonOrMidnight reports whether s holds one of the lexicon's words
// for noon or midnight, in any language.
func namesNoonOrMidnight(s string) bool {
	s = strings.ToLower(s)
	for _, l := range lexicon.Time() {
		for _, w := range slices.Concat(l.Noon, l.Midnight) {
			if strings.Contains(s, strings.ToLower(w)) {
				return true
			}
		}
	}
	return false
}

// timeTableInputs returns the inputs of testdata/timestamps.json, the
// table the time engine's tests and bench/ share.
func timeTableInputs(tb testing.TB) []string {
	tb.Helper()
	b, err := os.ReadFile("testdata/timestamps.json")
	if err != nil {
		tb.Fatal(err)
	}
	var file struct {
		Cases []struct {
			Input string `json:"input"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		tb.Fatal(err)
	}
	out := make([]string, 0, len(file.Cases))
	for _, c := range file.Cases {
		out = append(out, c.Input)
	}
	return out
}
