package timeparse

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestResolveSequence(t *testing.T) {
	t.Parallel()
	utc := time.UTC
	at := func(d, h, m int) time.Time { return time.Date(2021, 9, d, h, m, 0, 0, utc) }
	n := &Normalizer{Now: at(10, 12, 0)}
	read := func(t *testing.T, ref time.Time, ss ...string) []Stamp {
		t.Helper()
		rn := &Normalizer{Now: ref}
		out := make([]Stamp, len(ss))
		for i, s := range ss {
			st, err := rn.Read(s)
			if s != "" && s != "garbage" {
				require.NoError(t, err, s)
			}
			out[i] = st
		}
		return out
	}
	type want struct {
		times []time.Time
		order FeedOrder
	}
	for _, c := range []struct {
		name   string
		ref    time.Time // when the stamps were read
		stamps []string
		anchor time.Time
		want   want
	}{{
		name:   "clock-only entry between dated ones newer than the anchor",
		ref:    at(10, 12, 0),
		stamps: []string{"7 September 2021, 14:05", "13:20", "7 September 2021, 12:31"},
		anchor: at(7, 8, 0), // the page's published date, older than its entries
		want:   want{[]time.Time{at(7, 14, 5), at(7, 13, 20), at(7, 12, 31)}, NewestFirst},
	}, {
		name:   "newest first crossing midnight",
		ref:    at(7, 1, 0),
		stamps: []string{"00:40", "00:05", "23:50", "23:10", "22:00"},
		anchor: at(7, 0, 45),
		want:   want{[]time.Time{at(7, 0, 40), at(7, 0, 5), at(6, 23, 50), at(6, 23, 10), at(6, 22, 0)}, NewestFirst},
	}, {
		name:   "oldest first crossing midnight",
		ref:    at(7, 1, 0),
		stamps: []string{"22:00", "23:10", "23:50", "00:05", "00:40"},
		anchor: at(7, 0, 45),
		want:   want{[]time.Time{at(6, 22, 0), at(6, 23, 10), at(6, 23, 50), at(7, 0, 5), at(7, 0, 40)}, OldestFirst},
	}, {
		name:   "mixed dated and undated, newest first",
		ref:    at(10, 12, 0),
		stamps: []string{"09:30", "Mon 6 Sep 2021 09.00 GMT", "08:15", "01:00", "23:30", "Sun 5 Sep 2021 20.00 GMT"},
		anchor: at(6, 10, 0),
		want:   want{[]time.Time{at(6, 9, 30), at(6, 9, 0), at(6, 8, 15), at(6, 1, 0), at(5, 23, 30), at(5, 20, 0)}, NewestFirst},
	}, {
		name:   "entries dated from a dated stamp below when the anchor is far later",
		ref:    at(10, 12, 0),
		stamps: []string{"10:30", "10:00", "Mon 6 Sep 2021 09.00 GMT"},
		anchor: time.Time{}, // the Normalizer's Now, 10 September
		want:   want{[]time.Time{at(6, 10, 30), at(6, 10, 0), at(6, 9, 0)}, NewestFirst},
	}, {
		name:   "zero anchor means Now",
		ref:    at(10, 12, 0),
		stamps: []string{"11:00", "10:00"},
		want:   want{[]time.Time{at(10, 11, 0), at(10, 10, 0)}, NewestFirst},
	}, {
		name:   "never after the anchor",
		ref:    at(10, 23, 0),
		stamps: []string{"22:00", "21:00"},
		anchor: at(10, 21, 30),
		want:   want{[]time.Time{at(9, 22, 0), at(9, 21, 0)}, NewestFirst},
	}, {
		name:   "date headings, newest first",
		ref:    at(10, 12, 0),
		stamps: []string{"Tuesday 7 September 2021", "09:00", "08:00", "Monday 6 September 2021", "23:00", "10:00"},
		anchor: at(10, 12, 0),
		want:   want{[]time.Time{at(7, 0, 0), at(7, 9, 0), at(7, 8, 0), at(6, 0, 0), at(6, 23, 0), at(6, 10, 0)}, NewestFirst},
	}, {
		name:   "date headings, oldest first",
		ref:    at(10, 12, 0),
		stamps: []string{"Monday 6 September 2021", "10:00", "23:00", "Tuesday 7 September 2021", "08:00", "09:00"},
		anchor: at(7, 20, 0),
		want:   want{[]time.Time{at(6, 0, 0), at(6, 10, 0), at(6, 23, 0), at(7, 0, 0), at(7, 8, 0), at(7, 9, 0)}, OldestFirst},
	}, {
		name:   "failed stamps stay zero",
		ref:    at(10, 12, 0),
		stamps: []string{"11:00", "garbage", "10:00", ""},
		anchor: at(10, 12, 0),
		want:   want{[]time.Time{at(10, 11, 0), {}, at(10, 10, 0), {}}, NewestFirst},
	}, {
		name:   "order from dated stamps",
		ref:    at(10, 12, 0),
		stamps: []string{"2021-09-06T09:00Z", "2021-09-06T10:00Z", "2021-09-06T11:00Z"},
		want:   want{[]time.Time{at(6, 9, 0), at(6, 10, 0), at(6, 11, 0)}, OldestFirst},
	}, {
		name:   "one stamp has no order",
		ref:    at(10, 12, 0),
		stamps: []string{"11:00"},
		want:   want{[]time.Time{at(10, 11, 0)}, OrderUnknown},
	}, {
		name:   "relative stamps are dated",
		ref:    at(10, 12, 0),
		stamps: []string{"5 min ago", "11:00", "1 hour ago"},
		anchor: at(10, 12, 0),
		want:   want{[]time.Time{at(10, 11, 55), at(10, 11, 0), at(10, 11, 0)}, NewestFirst},
	}} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			stamps := read(t, c.ref, c.stamps...)
			got, order := n.ResolveSequence(stamps, c.anchor)
			require.Len(t, got, len(c.want.times))
			assert.Equal(t, c.want.order, order, "order")
			for i := range got {
				assert.True(t, c.want.times[i].Equal(got[i]), "stamp %d %q: got %s, want %s",
					i, c.stamps[i], got[i].UTC().Format(time.RFC3339), c.want.times[i].UTC().Format(time.RFC3339))
			}
			anchor := c.anchor
			if anchor.IsZero() {
				anchor = n.Now
			}
			for _, st := range stamps {
				if st.HasDate && st.Time.After(anchor) {
					anchor = st.Time // a dated stamp later than the anchor becomes it
				}
			}
			for i, st := range stamps {
				if !st.HasDate && !got[i].IsZero() {
					assert.False(t, got[i].After(anchor), "time-only stamp %d after the anchor", i)
				}
			}
		})
	}
}

// TestResolveSequenceHeadingBelow is a German ticker whose day heading is
// the day's first post, so in a newest-first page it stands below that
// day's entries.
func TestResolveSequenceHeadingBelow(t *testing.T) {
	t.Parallel()
	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	for _, anchor := range []time.Time{
		time.Date(2024, 8, 27, 10, 32, 0, 0, time.UTC), // the article's stamp
		{}, // Now, two years later
	} {
		n := &Normalizer{Location: berlin, Now: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
		var stamps []Stamp
		for _, s := range []string{"12.31 Uhr", "11.39 Uhr", "08.57 Uhr", "05.20 Uhr", "02.02 Uhr", "Dienstag, 27. August 2024"} {
			st, err := n.Read(s)
			require.NoError(t, err, s)
			stamps = append(stamps, st)
		}
		got, order := n.ResolveSequence(stamps, anchor)
		assert.Equal(t, NewestFirst, order)
		for i, hm := range [][2]int{{12, 31}, {11, 39}, {8, 57}, {5, 20}, {2, 2}, {0, 0}} {
			want := time.Date(2024, 8, 27, hm[0], hm[1], 0, 0, berlin)
			assert.True(t, want.Equal(got[i]), "anchor %v, stamp %d: got %s want %s", anchor, i, got[i], want)
		}
	}
}

// An oldest-first page under one date heading that runs past midnight:
// the clocks after midnight are the next day's, a day past the heading's
// start but within a day of its end, not a sign that the anchor is long
// after the entries.
func TestResolveSequenceOldestFirstPastMidnight(t *testing.T) {
	t.Parallel()
	prague, err := time.LoadLocation("Europe/Prague")
	require.NoError(t, err)
	n := &Normalizer{Location: prague, Now: time.Date(2023, 10, 8, 6, 0, 0, 0, time.UTC)}
	var stamps []Stamp
	for _, s := range []string{"sobota 7. října 2023", "22:10", "23:30", "00:15", "01:05"} {
		st, err := n.Read(s)
		require.NoError(t, err, s)
		stamps = append(stamps, st)
	}
	got, order := n.ResolveSequence(stamps, time.Time{})
	assert.Equal(t, OldestFirst, order)
	for i, want := range []time.Time{
		time.Date(2023, 10, 7, 0, 0, 0, 0, prague),
		time.Date(2023, 10, 7, 22, 10, 0, 0, prague),
		time.Date(2023, 10, 7, 23, 30, 0, 0, prague),
		time.Date(2023, 10, 8, 0, 15, 0, 0, prague),
		time.Date(2023, 10, 8, 1, 5, 0, 0, prague),
	} {
		assert.True(t, want.Equal(got[i]), "stamp %d: got %s want %s", i, got[i], want)
	}
}

// TestResolveSequenceHandBuilt covers stamps that callers build from
// machine-readable times without setting HasTime.
func TestResolveSequenceHandBuilt(t *testing.T) {
	t.Parallel()
	n := &Normalizer{Now: time.Date(2021, 9, 10, 12, 0, 0, 0, time.UTC)}
	machine := Stamp{Time: time.Date(2021, 9, 6, 14, 18, 0, 0, time.UTC), HasDate: true, HasZone: true}
	below, err := n.Read("14:00")
	require.NoError(t, err)
	got, order := n.ResolveSequence([]Stamp{machine, below}, time.Time{})
	assert.Equal(t, NewestFirst, order)
	assert.True(t, machine.Time.Equal(got[0]))
	assert.True(t, time.Date(2021, 9, 6, 14, 0, 0, 0, time.UTC).Equal(got[1]), "got %s", got[1])
}

func TestResolveSequenceZones(t *testing.T) {
	t.Parallel()
	lon, err := time.LoadLocation("Europe/London")
	require.NoError(t, err)
	n := &Normalizer{Location: lon, Now: time.Date(2021, 9, 7, 0, 30, 0, 0, time.UTC)}
	var stamps []Stamp
	for _, s := range []string{"01.20 BST", "00.10 BST", "23.55 BST"} {
		st, err := n.Read(s)
		require.NoError(t, err)
		stamps = append(stamps, st)
	}
	got, order := n.ResolveSequence(stamps, time.Time{})
	assert.Equal(t, NewestFirst, order)
	for i, want := range []time.Time{
		time.Date(2021, 9, 7, 0, 20, 0, 0, time.UTC),
		time.Date(2021, 9, 6, 23, 10, 0, 0, time.UTC),
		time.Date(2021, 9, 6, 22, 55, 0, 0, time.UTC),
	} {
		assert.True(t, want.Equal(got[i]), "stamp %d: got %s want %s", i, got[i].UTC(), want)
	}
}

// ResolveNear: a page's one time may be when the blog began (its posts
// after it, the first a little before) or when it last changed (its
// posts before it); the reading whose posts lie nearer wins. Stamps that
// print a date are dated as ResolveSequence dates them.
func TestResolveNear(t *testing.T) {
	t.Parallel()
	day := func(d, h, m int) time.Time { return time.Date(2024, 6, d, h, m, 0, 0, time.UTC) }
	n := &Normalizer{Now: day(20, 0, 0)}
	read := func(ss ...string) []Stamp {
		out := make([]Stamp, len(ss))
		for i, s := range ss {
			st, err := n.Read(s)
			require.NoError(t, err, s)
			out[i] = st
		}
		return out
	}
	began := day(9, 14, 2)
	times, order := n.ResolveNear(read("21:00", "18:00", "14:00"), began)
	assert.Equal(t, NewestFirst, order)
	assert.Equal(t, []time.Time{day(9, 21, 0), day(9, 18, 0), day(9, 14, 0)}, times, "the blog began at 14:02, its first post at 14:00")

	changed := day(9, 21, 30)
	times, _ = n.ResolveNear(read("21:00", "18:00", "14:00"), changed)
	assert.Equal(t, []time.Time{day(9, 21, 0), day(9, 18, 0), day(9, 14, 0)}, times, "last changed at 21:30")

	times, _ = n.ResolveNear(read("21:00", "18:00", "12:30"), began)
	assert.Equal(t, []time.Time{day(8, 21, 0), day(8, 18, 0), day(8, 12, 30)}, times, "a post 1h32 before the start: not a blog that began then")

	times, _ = n.ResolveNear(read("9 June 2024 21:00", "18:00"), began)
	assert.Equal(t, []time.Time{day(9, 21, 0), day(9, 18, 0)}, times, "a dated stamp: ResolveSequence's reading")
}
