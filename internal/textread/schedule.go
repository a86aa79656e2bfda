package textread

import (
	"github.com/liveblog-go/liveblog/internal/timeorder"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// scheduled reports whether the entries' stamps are a schedule's or a
// recording's rather than a live blog's posts (timeorder.Scheduled): a
// timetable's slots (an hourly forecast, a programme without end times)
// or, on a page that does not call itself live, time codes (a transcript
// or a video's chapters: "00:00", "00:42", "03:30"). Only stamps that
// print a clock count; a relative one ("5 min ago") makes the page
// neither.
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
	return timeorder.Scheduled(clocks, r.saysLive())
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
