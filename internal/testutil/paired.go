package testutil

import (
	"testing"
	"time"
)

// PairedRatio times f and base alternately, once each per iteration of
// b.Loop, and reports the ratio of their summed times as the metric unit
// (for example "x-html.Parse"), with each one's time per op. On a shared
// machine whose speed drifts by tens of percent between runs, timing two
// functions in separate benchmarks minutes apart compares the drift;
// alternating them within one benchmark lands it on both sides. The
// order alternates too, so neither always runs on caches the other
// warmed.
func PairedRatio(b *testing.B, unit string, f, base func()) {
	b.Helper()
	var tf, tbase time.Duration
	timed := func(g func()) time.Duration {
		start := time.Now()
		g()
		return time.Since(start)
	}
	i := 0
	for b.Loop() {
		if i%2 == 0 {
			tf += timed(f)
			tbase += timed(base)
		} else {
			tbase += timed(base)
			tf += timed(f)
		}
		i++
	}
	if i == 0 || tbase == 0 {
		return
	}
	b.ReportMetric(float64(tf)/float64(tbase), unit)
	b.ReportMetric(float64(tf.Nanoseconds())/float64(i), "ns/parse")
	b.ReportMetric(float64(tbase.Nanoseconds())/float64(i), "ns/base")
}
