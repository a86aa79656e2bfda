package textread

import (
	"github.com/liveblog-go/liveblog/internal/timeorder"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// scheduled reports whether the entries' stamps are a schedule's or a
// recording's rather than a live blog's posts: a timetable's slots (an
// hourly forecast, a programme without end times: timeorder.Timetable),
// or, on a page that does not call itself live, time codes (a
// transcript or a video's chapters: "00:00", "00:42", "03:30", running
// forward from zero). Only stamps that print a clock count; a relative
// one ("5 min ago") makes the page neither.
func (r *reader) scheduled() bool {
	clocks := make([]int, 0, len(r.entries))
	for i := range r.entries {
		g := &r.groups[r.entries[i].g]
		if g.st.Relative {
			return false
		}
		c := timeparse.ClockMinutes(g.raw)
		if c < 0 {
			return false
		}
		clocks = append(clocks, c)
	}
	live := r.saysLive()
	return timeorder.Timetable(clocks, live) || !live && timeCodes(clocks)
}

// timeCodes reports clocks that read as a recording's time codes
// ("06:45" read as a clock is 6 h 45): at least timeorder.MinTimetable of
// them, the first at zero, each after the one before, none past
// midnight. A blog's first post is not at midnight on the dot with every
// later one in page order below it.
func timeCodes(clocks []int) bool {
	if len(clocks) < timeorder.MinTimetable || clocks[0] != 0 {
		return false
	}
	for i := 1; i < len(clocks); i++ {
		if clocks[i] <= clocks[i-1] {
			return false
		}
	}
	return true
}

// saysLive reports whether the page calls itself live above its first
// entry: a line holding one of the lexicon's live words ("Live",
// "Liveticker", "en direct").
func (r *reader) saysLive() bool {
	end := len(r.blocks)
	if len(r.entries) > 0 {
		end = r.groups[r.entries[0].g].first
	}
	for b := 0; b < end; b++ {
		t := r.blocks[b].text
		if r.lex.live.has(t) {
			return true
		}
		for _, w := range textWords(t) {
			if r.lex.live.has(w) {
				return true
			}
		}
	}
	return false
}
