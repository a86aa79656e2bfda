package stream

import (
	"sort"
	"time"

	"github.com/liveblog-go/liveblog/internal/marks"
)

// This file tells whether a stream's entries run one way in time: by
// their instants, their match clocks or their printed clocks.

// runsOneWay reports whether the entries' times run one way down the
// page: by machine time (or a printed label that names the day) when most
// entries have one, else by match clock, else by printed clock.
func runsOneWay(entries []Entry) bool {
	ts, seqs, clocks := entryTimes(entries)
	var inc, dec int
	switch {
	case len(ts)*3 >= len(entries)*2:
		var close bool
		if inc, dec, close = instantSteps(ts); !close {
			return false
		}
	case len(seqs)*3 >= len(entries)*2 && len(seqs) > len(clocks):
		inc, dec = matchSteps(seqs)
	case len(clocks)*3 >= len(entries)*2:
		inc, dec = clockSteps(clocks)
	default:
		return false
	}
	if inc+dec == 0 {
		return true
	}
	return max(inc, dec)*4 >= (inc+dec)*3
}

// entryTimes returns, for the entries that have them, the instants (a
// machine time, or a printed label with its day), the match clocks and
// the printed clocks (the lead heading's, else the first mark's), in
// page order.
func entryTimes(entries []Entry) (ts []time.Time, seqs []float64, clocks []int) {
	for i := range entries {
		e := &entries[i]
		if b := marks.Best(e.Marks); b != nil && b.Has() {
			ts = append(ts, b.Time)
		} else if t := marks.PrintedDay(e.Marks); !t.IsZero() {
			ts = append(ts, t)
		}
		if m := marks.FirstMatch(e.Marks); m != nil {
			seqs = append(seqs, m.Seq)
		}
		c := -1
		if e.Lead != nil {
			c = e.Lead.Clock
		} else {
			for _, m := range e.Marks {
				if m.Clock >= 0 {
					c = m.Clock
					break
				}
			}
		}
		if c >= 0 {
			clocks = append(clocks, c)
		}
	}
	return ts, seqs, clocks
}

// instantSteps counts the steps forward and back between neighbouring
// instants; close is false when neighbours are more than a day and a
// half apart at the median (a dated chronology, not a live blog).
func instantSteps(ts []time.Time) (inc, dec int, close bool) {
	var gaps []time.Duration
	for i := 1; i < len(ts); i++ {
		d := ts[i].Sub(ts[i-1])
		switch {
		case d > 0:
			inc++
		case d < 0:
			dec++
			d = -d
		}
		gaps = append(gaps, d)
	}
	sort.Slice(gaps, func(i, j int) bool { return gaps[i] < gaps[j] })
	return inc, dec, len(gaps) == 0 || gaps[len(gaps)/2] <= 36*time.Hour
}

// matchSteps counts the steps forward and back between match clocks,
// which run on a line: the first minute to the last.
func matchSteps(seqs []float64) (inc, dec int) {
	for i := 1; i < len(seqs); i++ {
		switch {
		case seqs[i] > seqs[i-1]:
			inc++
		case seqs[i] < seqs[i-1]:
			dec++
		}
	}
	return inc, dec
}

// clockSteps counts the steps forward and back between printed clocks,
// which compare round the dial: neighbours are hours apart, not half a
// day, so 00:35 above 23:50 is a newest-first feed that crossed
// midnight, not a step the wrong way.
func clockSteps(clocks []int) (inc, dec int) {
	for i := 1; i < len(clocks); i++ {
		switch d := (clocks[i] - clocks[i-1] + 1440) % 1440; {
		case d == 0:
		case d < 720:
			inc++
		default:
			dec++
		}
	}
	return inc, dec
}
