package liveblog

import (
	"fmt"
	"slices"
)

// ChangeKind says how an entry changed between two fetches of a blog.
type ChangeKind int

// The kinds of change Diff reports.
const (
	// EntryAdded is an entry that was not on the earlier page.
	EntryAdded ChangeKind = iota + 1
	// EntryUpdated is an entry on both pages whose content, time or flags
	// differ.
	EntryUpdated
	// EntryRemoved is an entry that is no longer on the page.
	EntryRemoved
)

var kindNames = [...]string{EntryAdded: "added", EntryUpdated: "updated", EntryRemoved: "removed"}

// String returns "added", "updated" or "removed".
func (k ChangeKind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("ChangeKind(%d)", int(k))
}

// MarshalText makes a ChangeKind read as its name in JSON.
func (k ChangeKind) MarshalText() ([]byte, error) {
	if k <= 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("liveblog: unknown change kind %d", int(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads the name written by MarshalText.
func (k *ChangeKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n != "" && n == string(b) {
			*k = ChangeKind(i)
			return nil
		}
	}
	return fmt.Errorf("liveblog: unknown change kind %q", b)
}

// Change is one entry that was added, updated or removed between two
// fetches of a live blog.
type Change struct {
	// Kind says what happened to the entry.
	Kind ChangeKind `json:"kind"`
	// Entry is the entry as it is now; for EntryRemoved, as it was last
	// seen.
	Entry Entry `json:"entry"`
	// Previous is the entry as it was before, for EntryUpdated only.
	Previous *Entry `json:"previous,omitempty"`
}

// Diff returns what changed from prev to next, two fetches of the same
// live blog, matching entries by their ID (see Entry.ID). Either may be
// nil: a nil prev reports every entry of next as added.
//
// Added and updated entries come first, oldest first, then removed ones,
// oldest first. An entry is updated when its URL, time, edit time, title,
// text, HTML, authors, links, images, embeds or flags differ. RawTime is
// left out of the comparison when both times were read, so that a
// relative stamp ("5 min ago" becoming "10 min ago") that resolves to the
// same instant is not an edit. When a blog holds two entries with one ID,
// the first in page order counts.
//
// Diff is as good as the IDs are stable. Parse keeps a site's own entry
// ID; else it takes the permalink's fragment; else the entry time to the
// second (UTC) and the entry's rank among the entries of that second,
// counted from the oldest end of the page; an entry without a time is
// numbered from the oldest end among the untimed ones. So an edit of an
// entry's text or title keeps its ID, and posts added at the newest end
// renumber nothing. Without a site ID or permalink, an edit of the
// printed time shows as one entry removed and one added; so does, for
// same-second entries, the oldest of them falling off a page that shows
// only its latest posts.
func Diff(prev, next *Blog) []Change {
	var before, after []Entry
	if prev != nil {
		before = prev.Entries
	}
	if next != nil {
		after = next.Entries
	}
	old := make(map[string]*Entry, len(before))
	for i := range before {
		if _, dup := old[before[i].ID]; !dup {
			old[before[i].ID] = &before[i]
		}
	}
	now := make(map[string]*Entry, len(after))
	for i := range after {
		if _, dup := now[after[i].ID]; !dup {
			now[after[i].ID] = &after[i]
		}
	}
	var changes []Change
	for _, i := range oldestFirst(after) {
		e := after[i]
		if now[e.ID] != &after[i] {
			continue
		}
		p, ok := old[e.ID]
		switch {
		case !ok:
			changes = append(changes, Change{Kind: EntryAdded, Entry: e})
		case !sameEntry(p, &e):
			pe := *p
			changes = append(changes, Change{Kind: EntryUpdated, Entry: e, Previous: &pe})
		}
	}
	for _, i := range oldestFirst(before) {
		e := before[i]
		if _, ok := now[e.ID]; ok || old[e.ID] != &before[i] {
			continue
		}
		changes = append(changes, Change{Kind: EntryRemoved, Entry: e})
	}
	return changes
}

// sameEntry reports whether two versions of an entry show the same thing.
func sameEntry(a, b *Entry) bool {
	if !a.Time.Equal(b.Time) || !a.Updated.Equal(b.Updated) {
		return false
	}
	if a.Time.IsZero() && a.RawTime != b.RawTime {
		return false
	}
	return a.URL == b.URL && a.Title == b.Title && a.Text == b.Text && a.HTML == b.HTML &&
		a.KeyEvent == b.KeyEvent && a.Pinned == b.Pinned &&
		slices.Equal(a.Authors, b.Authors) && slices.Equal(a.Links, b.Links) &&
		slices.Equal(a.Images, b.Images) && slices.Equal(a.Embeds, b.Embeds)
}

// oldestFirst returns the indexes of entries from the oldest to the
// newest, by the page order that guessOrder finds.
func oldestFirst(entries []Entry) []int {
	idx := make([]int, len(entries))
	for i := range idx {
		idx[i] = i
	}
	if guessOrder(entries) != OldestFirst {
		slices.Reverse(idx)
	}
	return idx
}

// guessOrder tells a page's order from the times of its first and last
// timed entries. Without two distinct times it says OrderUnknown, which
// callers read as newest first, the way most live blogs run.
func guessOrder(entries []Entry) FeedOrder {
	var first, last int = -1, -1
	for i := range entries {
		if !entries[i].Time.IsZero() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return OrderUnknown
	}
	switch a, b := entries[first].Time, entries[last].Time; {
	case a.Before(b):
		return OldestFirst
	case a.After(b):
		return NewestFirst
	}
	return OrderUnknown
}
