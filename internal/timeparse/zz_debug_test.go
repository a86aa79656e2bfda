package timeparse

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZDebug(t *testing.T) {
	in := os.Getenv("ZZ")
	if in == "" {
		t.Skip()
	}
	loc, _ := time.LoadLocation(os.Getenv("ZZTZ"))
	n := &Normalizer{Location: loc, Now: time.Date(2025, 10, 15, 13, 40, 0, 0, time.UTC)}
	if l := os.Getenv("ZZL"); l != "" {
		n.Languages = strings.Split(l, ",")
	}
	for _, s := range strings.Split(in, "|") {
		st, err := n.Read(s)
		fmt.Printf("%q → %v %v  date=%v time=%v rel=%v\n", s, st.Time, err, st.HasDate, st.HasTime, st.Relative)
		var toks [maxTokens]token
		nt, r := tokenize(s, &toks, false)
		for _, tk := range toks[:nt] {
			w := ""
			if tk.kind == tkWord && tk.wi >= 0 {
				wi := &vocab.words[tk.wi]
				w = fmt.Sprintf("flags=%v months=%v wdays=%v rels=%d phr=%d langs=%x", wi.flags, wi.months, wi.wdays, len(wi.rels), len(wi.phrases), wi.langs)
			}
			fmt.Printf("   %d %q att=%v wi=%d %s\n", tk.kind, s[tk.start:tk.end], tk.attached, tk.wi, w)
		}
		if r != "" {
			fmt.Println("   tokenize:", r)
		}
	}
}
