package stream

import (
	"github.com/liveblog-go/liveblog/internal/marks"
	"github.com/liveblog-go/liveblog/internal/timeorder"
)

// This file tells whether a stream's entries run one way in time: it
// gathers their instants, match clocks and printed clocks for the rule
// of internal/timeorder.

// runsOneWay reports whether the entries' times run one way down the
// page, by the rule of internal/timeorder.
func runsOneWay(entries []Entry) bool {
	_, ok := timeorder.OneWay(entryTimes(entries))
	return ok
}

// entryTimes returns, for the entries that have them, the instants (a
// machine time, or a printed label with its day), the match clocks and
// the printed clocks (the lead heading's, else the first mark's), in
// page order.
func entryTimes(entries []Entry) timeorder.Times {
	out := timeorder.Times{N: len(entries)}
	for i := range entries {
		e := &entries[i]
		if b := marks.Best(e.Marks); b != nil && b.Has() {
			out.Instants = append(out.Instants, b.Time)
		} else if t := marks.PrintedDay(e.Marks); !t.IsZero() {
			out.Instants = append(out.Instants, t)
		}
		if m := marks.FirstMatch(e.Marks); m != nil {
			out.MatchClocks = append(out.MatchClocks, m.Seq)
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
			out.Clocks = append(out.Clocks, c)
		}
	}
	return out
}
