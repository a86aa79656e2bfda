package fetch

import (
	"strconv"
	"time"

	"github.com/liveblog-go/liveblog"
)

// merger joins the entries of a blog's pages, each entry once, in the
// order of the first page (see the package doc, Merging).
type merger struct {
	oldestFirst bool
	// head are the pinned entries at the top of the first page, which
	// stay on top; first is the rest of the first page.
	head, first []liveblog.Entry
	// before are the pages placed before the first page, nearest first;
	// after those placed after it, in order.
	before, after [][]liveblog.Entry
	// byID holds every entry kept, by ID.
	byID map[string]liveblog.Entry
	// oldest and newest are the earliest and latest entry times kept.
	oldest, newest time.Time
}

// newMerger starts a merge with the first page's entries.
func newMerger(first []liveblog.Entry) *merger {
	m := &merger{oldestFirst: oldestFirst(first), byID: make(map[string]liveblog.Entry, len(first))}
	n := 0
	for n < len(first) && first[n].Pinned {
		n++
	}
	if n == len(first) {
		n = 0 // a page of pinned posts only has no head to keep apart
	}
	m.head = first[:n:n]
	m.first = m.keep(first[n:])
	for _, e := range m.head {
		m.note(e)
	}
	return m
}

// keep registers entries already known to be new and returns them.
func (m *merger) keep(es []liveblog.Entry) []liveblog.Entry {
	for _, e := range es {
		m.note(e)
	}
	return es
}

func (m *merger) note(e liveblog.Entry) {
	m.byID[e.ID] = e
	if e.Time.IsZero() {
		return
	}
	if m.oldest.IsZero() || e.Time.Before(m.oldest) {
		m.oldest = e.Time
	}
	if e.Time.After(m.newest) {
		m.newest = e.Time
	}
}

// add merges a later page and returns how many of its entries were new.
func (m *merger) add(es []liveblog.Entry) int {
	var kept []liveblog.Entry
	newer := true
	for _, e := range es {
		if prev, ok := m.byID[e.ID]; ok {
			if sameEntry(prev, e) {
				continue
			}
			e.ID = m.freshID(e.ID)
		}
		if e.Time.IsZero() || m.newest.IsZero() || !e.Time.After(m.newest) {
			newer = false
		}
		m.byID[e.ID] = e
		kept = append(kept, e)
	}
	if len(kept) == 0 {
		return 0
	}
	for _, e := range kept {
		m.note(e)
	}
	// A page all newer than what was read goes on the newest side, any
	// other on the oldest side: the side is before or after the first
	// page as that page runs.
	if newer == m.oldestFirst {
		m.after = append(m.after, kept)
	} else {
		m.before = append(m.before, kept)
	}
	return len(kept)
}

// entries returns the merged entries.
func (m *merger) entries() []liveblog.Entry {
	n := len(m.head) + len(m.first)
	for _, p := range m.before {
		n += len(p)
	}
	for _, p := range m.after {
		n += len(p)
	}
	out := make([]liveblog.Entry, 0, n)
	out = append(out, m.head...)
	for i := len(m.before) - 1; i >= 0; i-- {
		out = append(out, m.before[i]...)
	}
	out = append(out, m.first...)
	for _, p := range m.after {
		out = append(out, p...)
	}
	return out
}

// freshID returns id with the first suffix ("-2", "-3", ...) no kept
// entry has.
func (m *merger) freshID(id string) string {
	for n := 2; ; n++ {
		c := id + "-" + strconv.Itoa(n)
		if _, ok := m.byID[c]; !ok {
			return c
		}
	}
}

// sameEntry reports whether b, met on a later page under a's ID, is a
// again: always for a site's own ID, and for a derived one when the text
// is the same too.
func sameEntry(a, b liveblog.Entry) bool {
	return !liveblog.IsDerivedID(a.ID) || a.Text == b.Text && a.Title == b.Title
}

// oldestFirst reports whether a page runs oldest first: more of its
// consecutive timed entries (pinned posts aside) go forward in time than
// back.
func oldestFirst(es []liveblog.Entry) bool {
	var prev time.Time
	up, down := 0, 0
	for _, e := range es {
		if e.Pinned || e.Time.IsZero() {
			continue
		}
		if !prev.IsZero() {
			switch {
			case e.Time.After(prev):
				up++
			case e.Time.Before(prev):
				down++
			}
		}
		prev = e.Time
	}
	return up > down
}
