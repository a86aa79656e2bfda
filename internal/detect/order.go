package detect

import (
	"slices"
	"time"
)

// This file tells whether a stream's entries run one way in time, and by
// what: their instants, their match clocks or their printed clocks (the
// rule of internal/stream's order.go, on the outline's entries).

// runsOneWay reports whether the entries' times run one way down the
// page, and by what: machine times (or printed days), match clocks, or
// printed clocks. When they do not, order says why.
func runsOneWay(entries []entry) (order string, ok bool) {
	ts, seqs, clocks := entryTimes(entries)
	var inc, dec int
	switch {
	case len(ts)*3 >= len(entries)*2:
		order = "times"
		var close bool
		if inc, dec, close = instantSteps(ts); !close {
			return "times days apart", false
		}
	case len(seqs)*3 >= len(entries)*2 && len(seqs) > len(clocks):
		order = "match clocks"
		inc, dec = matchSteps(seqs)
	case len(clocks)*3 >= len(entries)*2:
		order = "clocks"
		inc, dec = clockSteps(clocks)
	default:
		return "too few entries timed", false
	}
	if inc+dec == 0 || max(inc, dec)*4 >= (inc+dec)*3 {
		return order, true
	}
	return order + " do not run one way", false
}

// entryTimes returns, for the entries that have them, the instants (a
// machine time, or a printed label with its day), the match clocks and
// the printed clocks (the lead heading's, else the first mark's), in
// page order.
func entryTimes(entries []entry) (ts []time.Time, seqs []float64, clocks []int) {
	for i := range entries {
		if b := bestMark(entries[i].marks); b != nil && b.has() {
			ts = append(ts, b.t)
		} else if t := printedDay(entries[i].marks); !t.IsZero() {
			ts = append(ts, t)
		}
		for j := range entries[i].marks {
			if entries[i].marks[j].match {
				seqs = append(seqs, entries[i].marks[j].seq)
				break
			}
		}
		c := -1
		if entries[i].lead != nil {
			c = entries[i].lead.clock
		} else {
			for _, m := range entries[i].marks {
				if m.clock >= 0 {
					c = m.clock
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
	slices.Sort(gaps)
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
// which compare round the dial: 00:35 above 23:50 is a newest-first feed
// that crossed midnight, not a step the wrong way.
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

// bestMark returns the most trusted mark: the highest source, the first
// among equals, a posting time before an edit time.
func bestMark(marks []mark) *mark {
	var best *mark
	for i := range marks {
		if best == nil || marks[i].src > best.src ||
			marks[i].src == best.src && best.edited && !marks[i].edited {
			best = &marks[i]
		}
	}
	return best
}

// printedDay returns the day and time of the first printed label that
// names its day, or zero.
func printedDay(marks []mark) time.Time {
	for i := range marks {
		if !marks[i].day.IsZero() {
			return marks[i].day
		}
	}
	return time.Time{}
}
