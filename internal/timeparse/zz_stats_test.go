package timeparse

import (
	"fmt"
	"sort"
	"testing"
)

func TestZZStats(t *testing.T) {
	type kv struct {
		w string
		n int
	}
	var out []kv
	for w, i := range vocab.index {
		out = append(out, kv{w, len(vocab.words[i].rels)})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].n > out[b].n })
	fmt.Println(out[:15], len(vocab.words), len(vocab.rels), len(vocab.phrases))
}
