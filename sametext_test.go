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

// naiveSameText is the definition sameTextIndex implements: the first
// kept key whose start holds the window, compared one by one.
type naiveSameText struct{ keys []string }

func (n *naiveSameText) find(key string) int {
	if len(key) < 60 {
		return -1
	}
	at := min(len(key)/3, 100)
	win := key[at : at+40]
	for j, k := range n.keys {
		if len(k) < 60 {
			continue
		}
		region := k[:min(len(k), 100+40+sameTextSlack)]
		if strings.Contains(region[:min(len(region), at+len(win)+sameTextSlack)], win) {
			return j
		}
	}
	return -1
}

// The index finds what comparing every pair finds, on keys that repeat
// and shift one another's text, with entries removed as buildResult
// removes a pinned copy.
func TestSameTextIndexAgreesWithPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"storm", "harbour", "council", "rail", "police", "bridge", "closed", "opens", "warning", "tonight", "x", "é"}
	text := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(words[r.IntN(len(words))])
		}
		return b.String()
	}
	copies, removed := 0, 0
	for round := range 20 {
		x, naive := newSameTextIndex(0), &naiveSameText{}
		var kept []string
		for i := range 300 {
			var key string
			switch c := r.IntN(10); {
			case c < 3 && len(kept) > 0: // a copy of a kept entry, with a title or label before it, and cut
				k := kept[r.IntN(len(kept))]
				key = text(r.IntN(60)) + k[:r.IntN(len(k)+1)]
			case c < 4:
				key = text(r.IntN(70)) // short, often too short to compare
			default:
				key = text(60 + r.IntN(500))
			}
			want, got := naive.find(key), x.find(key)
			if want != got {
				t.Fatalf("round %d, entry %d: find = %d, comparing pairs gives %d", round, i, got, want)
			}
			if got >= 0 {
				copies++
			}
			if got >= 0 && r.IntN(3) == 0 {
				removed++
				// The kept copy was the pinned one: it goes, the new one stays.
				x.remove(got)
				naive.keys = append(naive.keys[:got], naive.keys[got+1:]...)
				kept = append(kept[:got], kept[got+1:]...)
			} else if got >= 0 {
				continue // a copy: not kept
			}
			x.add(key)
			naive.keys = append(naive.keys, key)
			kept = append(kept, key)
		}
	}
	if copies < 100 || removed < 30 {
		t.Fatalf("only %d copies and %d removals: the test compares too little", copies, removed)
	}
}
