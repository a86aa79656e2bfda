package liveblog

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSameTextIndexAgreesWithSearch holds the gram filter to the plain
// search it speeds up: for keys made of a few shared phrases (so that
// copies, shifted copies and near misses are common) find returns what
// searching every kept region returns.
func TestSameTextIndexAgreesWithSearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	phrases := []string{"thecouncilmetlateintothenight", "votersqueuedoutsidethehall", "policeclosedtheroad",
		"thepresidentspoketoreporters", "rainisexpectedinthenorth", "12000peoplewereevacuated", "x"}
	key := func() string {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(phrases[rng.IntN(len(phrases))])
		}
		return b.String()
	}
	plain := func(kept []string, k string) int {
		if len(k) < 60 {
			return -1
		}
		at := min(len(k)/3, 100)
		win := k[at : at+40]
		for j, other := range kept {
			if len(other) >= 60 && strings.Contains(other[:min(len(other), at+len(win)+sameTextSlack)], win) {
				return j
			}
		}
		return -1
	}
	found := 0
	for range 2000 {
		x := newSameTextIndex(0)
		var kept []string
		for range rng.IntN(20) {
			k := key()
			want := plain(kept, k)
			if got := x.find(k); got != want {
				t.Fatalf("find(%q) = %d, the plain search gives %d", k, got, want)
			}
			if want >= 0 {
				found++
				if rng.IntN(2) == 0 {
					x.remove(want)
					kept = append(kept[:want], kept[want+1:]...)
				}
				continue
			}
			x.add(k)
			kept = append(kept, k)
		}
	}
	if found < 100 {
		t.Fatalf("only %d copies among the random keys: the test hardly exercises find", found)
	}
}
