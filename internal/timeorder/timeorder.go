// Package timeorder holds the rule by which the times of a run of
// entries count as running one way down a page, newest first or oldest
// first: what a live blog's stream does and a page of unrelated dated
// items does not. The outline of internal/stream (on the tree) and the
// detector of internal/detect (on its own cheaper outline) gather each
// entry's times in their own way and ask this package the same question.
package timeorder

import (
	"slices"
	"time"
)

// Times are the times gathered from n entries, each slice holding one
// value for every entry that has one, in page order.
type Times struct {
	// N is the number of entries the times were gathered from.
	N int
	// Instants are machine times, or printed labels that name their day.
	Instants []time.Time
	// MatchClocks are the minutes of a match clock (45+2 is 45.2...).
	MatchClocks []float64
	// Clocks are printed clocks, as minutes after midnight.
	Clocks []int
}

// OneWay reports whether the times run one way: by instants when two
// thirds of the entries have one, else by match clocks, else by printed
// clocks; and by what (order: "times", "match clocks", "clocks"). Three
// steps in four must go the same way, and instants must be within a day
// and a half of their neighbours at the median (else the page is a dated
// chronology, not a live blog). When they do not run one way, order says
// why.
func OneWay(t Times) (order string, ok bool) {
	order, inc, dec, close := steps(t)
	switch {
	case order == "":
		return "too few entries timed", false
	case !close:
		return "times days apart", false
	case inc+dec == 0 || max(inc, dec)*4 >= (inc+dec)*3:
		return order, true
	}
	return order + " do not run one way", false
}

// OldestFirst reports whether the times, read as OneWay reads them
// (instants, else match clocks, else printed clocks), take more steps
// forward than back: the entries run oldest first.
func OldestFirst(t Times) bool {
	_, inc, dec, _ := steps(t)
	return inc > dec
}

// steps picks what the times are compared by — instants when two thirds
// of the entries have one, else match clocks, else printed clocks; ""
// when too few entries are timed — and counts the steps forward and back
// between neighbours; close is false when instants are more than a day
// and a half apart at the median.
func steps(t Times) (order string, inc, dec int, close bool) {
	switch {
	case len(t.Instants)*3 >= t.N*2:
		inc, dec, close = instantSteps(t.Instants)
		return "times", inc, dec, close
	case len(t.MatchClocks)*3 >= t.N*2 && len(t.MatchClocks) > len(t.Clocks):
		inc, dec = matchSteps(t.MatchClocks)
		return "match clocks", inc, dec, true
	case len(t.Clocks)*3 >= t.N*2:
		inc, dec = clockSteps(t.Clocks)
		return "clocks", inc, dec, true
	}
	return "", 0, 0, true
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

// Forward reports whether more steps between neighbouring printed clocks
// (minutes after midnight) go forward than back, round the dial: the
// entries run oldest first.
func Forward(clocks []int) bool {
	inc, dec := clockSteps(clocks)
	return inc > dec
}

// ForwardInstants reports whether more steps between neighbouring
// instants go forward than back: the entries run oldest first.
func ForwardInstants(ts []time.Time) bool {
	inc, dec, _ := instantSteps(ts)
	return inc > dec
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
