package follow

import (
	"fmt"
	"time"

	"github.com/liveblog-go/liveblog"
)

// This file tells what changed between the entries reported so far and
// the page just read: removals held back until confirmed, and entries
// that only moved on to an older page that was not read.

// compare returns the changes from the reported entries to blog, with
// removals held back until confirmed, the new missing counts, and the
// entries that moved on to pages not read.
func (f *Follower) compare(blog *liveblog.Blog) ([]liveblog.Change, map[string]int, map[string]bool, error) {
	if len(f.state.Entries) > 0 && f.opts.Confirm > 1 && !sharesEntry(f.state.Entries, blog.Entries) {
		f.unrelated++
		if f.unrelated < f.opts.Confirm {
			return nil, nil, nil, fmt.Errorf("%w (%d entries, none of the %d followed)", ErrUnrelatedPage, len(blog.Entries), len(f.state.Entries))
		}
	}
	f.unrelated = 0
	all := liveblog.Diff(&liveblog.Blog{Entries: f.state.Entries}, blog)
	changes := all[:0]
	var missing map[string]int
	var moved map[string]bool
	beyond := readTo(blog)
	for _, c := range all {
		if c.Kind != liveblog.EntryRemoved {
			changes = append(changes, c)
			continue
		}
		if beyond(c.Entry) {
			if moved == nil {
				moved = map[string]bool{}
			}
			moved[c.Entry.ID] = true
			continue
		}
		n := f.state.Missing[c.Entry.ID] + 1
		if n >= f.opts.Confirm {
			changes = append(changes, c)
			continue
		}
		if missing == nil {
			missing = map[string]int{}
		}
		missing[c.Entry.ID] = n
	}
	return changes, missing, moved, nil
}

// readTo returns what tells whether an entry missing from blog may
// stand on an older page that was not read: never when blog was read to
// its end; else when it is no newer than the oldest entry read (pinned
// posts aside, which any page repeats), or has no time to tell.
func readTo(blog *liveblog.Blog) func(liveblog.Entry) bool {
	if blog.Older == "" {
		return func(liveblog.Entry) bool { return false }
	}
	var oldest time.Time
	for _, e := range blog.Entries {
		if !e.Pinned && !e.Time.IsZero() && (oldest.IsZero() || e.Time.Before(oldest)) {
			oldest = e.Time
		}
	}
	return func(e liveblog.Entry) bool {
		return oldest.IsZero() || e.Time.IsZero() || !e.Time.After(oldest)
	}
}

// sharesEntry reports whether a and b hold an entry of the same ID.
func sharesEntry(a, b []liveblog.Entry) bool {
	ids := make(map[string]bool, len(a))
	for _, e := range a {
		ids[e.ID] = true
	}
	for _, e := range b {
		if ids[e.ID] {
			return true
		}
	}
	return false
}
