package stream

import (
	"github.com/liveblog-go/liveblog/internal/marks"
	"github.com/liveblog-go/liveblog/internal/timeorder"
)

// This file holds the shapes that look like a stream and are not a live
// blog's: a schedule or a recording's time codes (Scheduled) and a day
// told in order (ToldInOrder).

// Scheduled reports whether the entries read as a schedule — a
// conference programme, a TV guide, a day of events, an hourly forecast
// — or a recording's time codes, rather than a live blog:
// timeorder.Scheduled of their clocks (a lead clock, else a mark's, else
// a machine time's with no seconds; an entry with none, or with seconds,
// makes it neither). saysLive is whether the page calls itself live.
func Scheduled(entries []Entry, saysLive bool) bool {
	if len(entries) < min(timeorder.MinTimetable, timeorder.MinTimeCodes) {
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
	return timeorder.Scheduled(slots, saysLive)
}

// ToldInOrder reports whether the entries tell a story in order rather
// than a ticker's news newest first: a heading ticker whose clocks run
// forward down the page ("7h30 Le café", "10h45 Un appel"), as
// reportages and chronologies tell a day, or any stream whose times run
// oldest first (timeorder.OldestFirst) — a photo gallery's captions
// through a day, a forum thread's posts, a comment thread. The caller
// asks only on pages that do not call themselves live (a live page may
// be oldest first); the plain-text reader keeps the same rule.
func ToldInOrder(entries []Entry) bool {
	if len(entries) == 0 {
		return false
	}
	if timeorder.OldestFirst(entryTimes(entries)) {
		return true
	}
	if entries[0].Lead == nil {
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
