package stream

import (
	"github.com/liveblog-go/liveblog/internal/marks"
	"github.com/liveblog-go/liveblog/internal/timeorder"
)

// This file holds the shapes that look like a stream and are not a live
// blog's: a schedule (Timetable), a day told in order (ToldInOrder) and
// a recording's chapters (Chapters).

// MinTimetable is the fewest slots that make a timetable.
const MinTimetable = 4

// Timetable reports whether the entries read as a timetable — a
// conference programme, a TV guide, a day of events — rather than a live
// blog: every entry starts on a multiple of step minutes (and no seconds
// where a machine time gives them) and the slots run forward down the
// page, at least MinTimetable of them. Posts of a live blog land on any
// minute; a schedule's slots are set on round times, earliest first. The
// caller asks with SlotStep, or on a page that calls itself live (a
// channel's "Watch live" page lists its schedule) with LiveSlotStep.
func Timetable(entries []Entry, step int) bool {
	if len(entries) < MinTimetable {
		return false
	}
	slots := make([]int, 0, len(entries))
	for i := range entries {
		e := &entries[i]
		c := -1
		if e.Lead != nil {
			c = e.Lead.Clock
		}
		for j := 0; c < 0 && j < len(e.Marks); j++ {
			c = e.Marks[j].Clock
		}
		if c < 0 {
			b := marks.Best(e.Marks)
			if b == nil || !b.Has() || b.Time.Second() != 0 {
				return false
			}
			c = b.Time.Hour()*60 + b.Time.Minute()
		}
		slots = append(slots, c)
	}
	return SlotsRising(slots, step)
}

// The slot steps of Timetable: the quarter hour, and on a page that calls
// itself live the half hour (a live blog posting on the quarter hour,
// oldest first, is rare but not unheard of).
const (
	SlotStep     = 15
	LiveSlotStep = 30
)

// SlotsRising reports whether every slot (minutes after midnight) falls
// on a multiple of step minutes and each comes after the one before,
// round the dial (a guide may run past midnight).
func SlotsRising(slots []int, step int) bool {
	for i, c := range slots {
		if c%step != 0 {
			return false
		}
		if i > 0 {
			if d := (c - slots[i-1] + 1440) % 1440; d == 0 || d >= 720 {
				return false
			}
		}
	}
	return true
}

// ToldInOrder reports whether the entries are a heading ticker whose
// clocks run forward down the page: a day told in order ("7h30 Le café",
// "10h45 Un appel"), as reportages and chronologies tell it, where a
// ticker puts its newest entry first. The caller asks only on pages that
// do not call themselves live (a live page may be oldest first).
func ToldInOrder(entries []Entry) bool {
	if len(entries) == 0 || entries[0].Lead == nil {
		return false
	}
	clocks := make([]int, 0, len(entries))
	for i := range entries {
		if l := entries[i].Lead; l != nil && l.Clock >= 0 {
			clocks = append(clocks, l.Clock)
		}
	}
	return timeorder.Forward(clocks)
}

// Chapters reports whether the entries are the chapters of a recording —
// "00:00 Intro", "04:12 The soundcheck", "11:48 First set" under a
// podcast or a video — rather than a live blog: every entry prints a
// clock, the first is 0:00, and each comes later than the one before
// without going round the dial. A chapter mark is minutes and seconds
// into the recording, which read as a clock start at midnight; a live
// blog's first post is seldom at 0:00 and never with all the others
// after it on that one day. The caller asks on every page: "Live from
// the Jazz Café" is an episode's title.
func Chapters(entries []Entry) bool {
	clocks := make([]int, len(entries))
	for i := range entries {
		clocks[i] = printedClock(&entries[i])
	}
	return ChapterMarks(clocks)
}

// ChapterMarks is Chapters on the entries' printed clocks (-1 where an
// entry prints none): at least three, the first 0, each later than the
// one before.
func ChapterMarks(clocks []int) bool {
	if len(clocks) < 3 {
		return false
	}
	for i, c := range clocks {
		if c < 0 || i == 0 && c != 0 || i > 0 && c <= clocks[i-1] {
			return false
		}
	}
	return true
}

// printedClock returns the clock an entry prints (its lead heading's,
// else its first mark's), in minutes after midnight, or -1.
func printedClock(e *Entry) int {
	if e.Lead != nil {
		return e.Lead.Clock
	}
	for _, m := range e.Marks {
		if m.Clock >= 0 {
			return m.Clock
		}
	}
	return -1
}
