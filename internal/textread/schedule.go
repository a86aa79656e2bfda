package textread

import (
	"strings"
	"time"
	"unicode"

	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeorder"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// scheduled reports whether the entries' stamps are a schedule's, a
// recording's or a story's told in order rather than a live blog's
// posts: a timetable's slots (an hourly forecast, a programme without
// end times) or time codes (a transcript or a video's chapters: "00:00",
// "00:42", "03:30"), as timeorder.Scheduled tells them, or on a page
// that does not call itself live, clocks running forward down the page (an
// article's account of a night, "8.15pm … 9.40pm … 1.30am":
// timeorder.Forward), where a live blog puts its newest post first.
// Only stamps that print a clock and no date count for a schedule; on a
// page with a relative stamp ("5 min ago") or a dated one ("Today at
// 09:14"), only a forum's thread is none (see forumThread).
func (r *reader) scheduled() bool {
	clocks := make([]int, 0, len(r.entries))
	var days [][]int // the clocks under each day heading of the stream
	from := 0
	for i := range r.entries {
		g := &r.groups[r.entries[i].g]
		if g.st.Relative || g.feat&featDate != 0 {
			return r.forumThread()
		}
		c := timeparse.ClockMinutes(g.raw)
		if c < 0 {
			return false
		}
		if i > 0 && r.headingBetween(r.entries[i-1].g, r.entries[i].g) {
			days = append(days, clocks[from:i])
			from = i
		}
		clocks = append(clocks, c)
	}
	if len(days) > 0 {
		days = append(days, clocks[from:])
	}
	live := r.saysLive()
	return timeorder.Scheduled(clocks, live) || timeorder.TimetableDays(days) || !live && timeorder.Forward(clocks)
}

// forumThread reports a forum's thread: on a page that does not call
// itself live, posts running oldest first, most of them under their
// poster's handle ("dave_k" over "Today at 09:14"), where a live blog
// names its reporters, if at all, by their names.
func (r *reader) forumThread() bool {
	if !r.instantsForward() || r.saysLive() {
		return false
	}
	handles := 0
	for i := range r.entries {
		if b := r.groups[r.entries[i].g].first - 1; b >= 0 && r.owner[b] < 0 && isHandle(r.blocks[b].text) {
			handles++
		}
	}
	return handles*3 >= len(r.entries)*2
}

// isHandle reports a forum user's handle: one word of letters, digits,
// '_', '.' or '-', starting in lower case or holding a digit or '_'
// ("dave_k", "motorfritz", "Anna1987"), not a word of the page's
// furniture.
func isHandle(s string) bool {
	if s == "" || len(s) > 32 || strings.ContainsRune(s, ' ') || textLex.chrome.has(s) {
		return false
	}
	marked := false
	for i, c := range s {
		switch {
		case c == '_' || unicode.IsDigit(c):
			marked = true
		case unicode.IsLetter(c):
			if i == 0 && unicode.IsLower(c) {
				marked = true
			}
		case c != '.' && c != '-':
			return false
		}
	}
	return marked
}

// minThread is the fewest dated posts that make a thread told in order:
// two are too few to tell.
const minThread = 3

// instantsForward reports whether the entries' stamps, each read to an
// instant, run oldest first down the page: minThread or more of them.
func (r *reader) instantsForward() bool {
	if len(r.entries) < minThread {
		return false
	}
	ts := make([]time.Time, 0, len(r.entries))
	for i := range r.entries {
		t := r.groups[r.entries[i].g].st.Time
		if t.IsZero() {
			return false
		}
		ts = append(ts, t)
	}
	return timeorder.ForwardInstants(ts)
}

// headingBetween reports whether a date heading stands between the
// stamp groups a and b (a before b).
func (r *reader) headingBetween(a, b int) bool {
	for gi := a + 1; gi < b; gi++ {
		if r.groups[gi].role == roleHeading {
			return true
		}
	}
	return false
}

// saysLive reports whether the page calls itself live above its first
// entry: a line that lexicon.SaysLive, or holding a word of the text
// reader's live words ("Liveticker", "diretta").
func (r *reader) saysLive() bool {
	end := len(r.blocks)
	if len(r.entries) > 0 {
		end = r.groups[r.entries[0].g].first
	}
	for b := 0; b < end; b++ {
		t := r.blocks[b].text
		if lexicon.SaysLive(t) || r.lex.live.has(t) || r.lex.anyLive(textWords(t)) {
			return true
		}
	}
	return false
}
