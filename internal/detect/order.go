package detect

import (
	"time"

	"github.com/liveblog-go/liveblog/internal/timeorder"
)

// This file gathers a stream's instants, match clocks and printed clocks
// for internal/timeorder's rule of whether they run one way in time (the
// rule internal/stream applies on the tree's entries).

// runsOneWay reports whether the entries' times run one way down the
// page, and by what, by the rule of internal/timeorder. When they do not,
// order says why.
func runsOneWay(entries []entry) (order string, ok bool) {
	return timeorder.OneWay(entryTimes(entries))
}

// entryTimes returns, for the entries that have them, the instants (a
// machine time, or a printed label with its day), the match clocks and
// the printed clocks (the lead heading's, else the first mark's), in
// page order.
func entryTimes(entries []entry) timeorder.Times {
	out := timeorder.Times{N: len(entries)}
	for i := range entries {
		if b := bestMark(entries[i].marks); b != nil && b.has() {
			out.Instants = append(out.Instants, b.t)
		} else if t := printedDay(entries[i].marks); !t.IsZero() {
			out.Instants = append(out.Instants, t)
		}
		for j := range entries[i].marks {
			if entries[i].marks[j].match {
				out.MatchClocks = append(out.MatchClocks, entries[i].marks[j].seq)
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
			out.Clocks = append(out.Clocks, c)
		}
	}
	return out
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
