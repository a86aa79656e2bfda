package timeparse

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog/internal/lexicon"
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
	// is in the United States and the date is written with slashes
	// (09/06/2021), and day-first otherwise (dotted dates such as
	// 06.09.2021 are always day-first). A date that is impossible in that
	// order but possible in the other (13/06/2021) is read the other way.
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

// Normalizer is the engine behind liveblog.Normalizer, whose doc says
// what it reads; the fields mean what they mean there.
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
	// Languages restricts the words read to these languages, as BCP 47
	// tags ("en", "de-AT"); nil means all of them. Zone abbreviations and
	// numbers are read in every language, and English words where a
	// word means nothing in these.
	Languages []string
	// Language is the page's language, a hint: see liveblog.Normalizer.
	Language string
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
	// HasTime reports that the text gave a time of day (or was relative
	// by seconds, minutes or hours). A date heading such as
	// "Dienstag, 27. August 2024" has HasDate and not HasTime: its Time
	// is midnight at the start of that day.
	HasTime bool
	// HasYear reports that the year was printed, not inferred as the
	// latest one that does not put the date in the future.
	HasYear bool
	// Relative reports a stamp relative to the reference time
	// ("5 min ago", "Just now", "Yesterday at 14:18").
	Relative bool
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

func (n *Normalizer) langs() langSet {
	if n == nil || n.Languages == nil {
		return vocab.all
	}
	var m langSet
	for _, tag := range n.Languages {
		m |= langBit(tag)
	}
	return m
}

// langBit returns the language a BCP 47 tag ("de", "de-AT", "zh-Hant-TW",
// "sr-Latn-RS", "zh-TW", "no") names among the engine's: the one with
// that tag, or with the tag less its last subtags, an alias
// (lexicon.TagAliases) standing for its target; 0 when there is none.
func langBit(tag string) langSet {
	tag = strings.ReplaceAll(tag, "_", "-")
	for tag != "" {
		if b := tagBit(tag); b != 0 {
			return b
		}
		i := strings.LastIndexByte(tag, '-')
		if i < 0 {
			break
		}
		tag = tag[:i]
	}
	return 0
}

// tagBit returns the language whose tag is tag, or its alias's.
func tagBit(tag string) langSet {
	for alias, to := range lexicon.TagAliases {
		if strings.EqualFold(alias, tag) {
			tag = to
			break
		}
	}
	for i, t := range vocab.tags {
		if strings.EqualFold(t, tag) {
			return 1 << i
		}
	}
	return 0
}

// monthFirst reports whether a numeric date with separator sep is read
// month-first.
func (n *Normalizer) monthFirst(sep byte) bool {
	switch {
	case n == nil:
		return false
	case n.Order == MonthFirst:
		return true
	case n.Order == DayFirst:
		return false
	}
	return sep == '/' && isUSZone(n.location())
}

// autoOrder reports whether the order of numeric dates is left to the
// engine.
func (n *Normalizer) autoOrder() bool { return n == nil || n.Order == OrderAuto }

// Normalize reads one timestamp and returns its instant. The error, when
// not nil, is a *TimeError.
func (n *Normalizer) Normalize(s string) (time.Time, error) {
	st, err := n.Read(s)
	return st.Time, err
}

// maxStampLen bounds the text Read looks at: a timestamp with its filler
// words is short, and a longer text is prose.
const maxStampLen = 160

// Read reads one timestamp and reports what it gave. The error, when not
// nil, is a *TimeError keeping s.
//
// The instant is in the zone the text printed, so that it keeps the
// offset for display: UTC for GMT, UTC, Z and Unix times, a fixed zone
// for an offset (+05:30) or an abbreviation read from the built-in table
// (CEST), the IANA zone a generic abbreviation stands for (ET), the
// Normalizer's Location when the abbreviation is its own (BST in
// Europe/London). A stamp without a zone, or a relative one, is in the
// Normalizer's Location. Compare instants with time.Time.Equal.
func (n *Normalizer) Read(s string) (Stamp, error) {
	st := Stamp{Raw: s}
	t := strings.TrimSpace(s)
	if t == "" {
		return st, &TimeError{Raw: s, Reason: "empty"}
	}
	if len(t) > maxStampLen {
		return st, &TimeError{Raw: s, Reason: "too long for a timestamp"}
	}
	t = dropZoneName(t)
	var p parsed
	switch {
	case parseISO(t, &p):
	case parseEpoch(t, &p):
	case parseCompact(t, &p):
	case parseISOWeek(t, &p):
	default:
		p = parsed{}
		var toks [maxTokens]token
		nt, reason := tokenize(t, &toks, n == nil || n.Zones == nil)
		if reason == "" {
			reason = n.classify(t, toks[:nt], &p)
		}
		if reason == reasonTwoClocks {
			if st2, ok := n.twoZones(s, t); ok {
				return st2, nil
			}
		}
		if reason != "" {
			return st, &TimeError{Raw: s, Reason: reason}
		}
	}
	if reason := n.assemble(&p, &st); reason != "" {
		st.Time = time.Time{}
		return st, &TimeError{Raw: s, Reason: reason}
	}
	return st, nil
}

// Printed years outside these bounds are not read: a live blog is not
// that old, and the zero Time stays a sign of failure.
const (
	minYear = 1900
	maxYear = 2199
)

// parsed is what the text of one stamp said.
type parsed struct {
	hasClock       bool
	h, mi, sec, ns int
	ampm           uint8 // 1 am, 2 pm

	hasDate bool // y (when hasYear), mo and d are set
	hasYear bool
	yy2     bool // y is a two-digit year, its century to be found
	y       int
	mo      time.Month
	d       int
	// dayFirstGuess: mo and d come from a slashed date read day first
	// because nothing said otherwise, and either could be the month: a
	// zone of a month-first country in the stamp swaps them.
	dayFirstGuess bool
	// auto: the order of numeric dates is left to the engine; mdFirst:
	// and the stamp's languages print a day and month month first.
	auto, mdFirst bool

	month     uint8 // a month name, or a number with its marker
	monthTok  int   // the token that gave it
	small     [3]smallNum
	nsmall    int
	dayMarked bool // a day with its marker: 15日
	dayVal    int
	yearN     int // years: four digits, or two with a marker
	yearVal   int
	yearTwo   bool
	wday      uint8 // weekday+1
	wdayShort bool  // the weekday is a word of one or two letters: "Mo"

	hasShift bool // "yesterday", "today"
	shift    int

	rel  bool
	span relSpan

	epoch bool
	at    time.Time

	zone     zoneSpec
	zoneTok  int // index of the token that gave the zone, -1 if none
	hasZone  bool
	zone2    zoneSpec // a second zone, as in "+0100 (BST)"
	hasZone2 bool
	zone2Tok int // index of the token that gave zone2

	npre, preUsed int // relative markers read, and those a relative stamp used

	m    langSet // the languages whose words are read now
	pref langSet // the stamp's languages: those its words share
	all  langSet // the Normalizer's languages
}

// smallNum is a number of one or two digits, placed once every token is
// read: a day, or a two-digit year.
type smallNum struct {
	v    int
	tok  int
	apos bool // after an apostrophe: '70
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// atoiFixed reads an all-digit string.
func atoiFixed(s string) (int, bool) {
	v := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, len(s) > 0
}

// fraction turns the digits after a decimal point into nanoseconds.
func fraction(v int64, digits int) int {
	for ; digits < 9; digits++ {
		v *= 10
	}
	for ; digits > 9; digits-- {
		v /= 10
	}
	return int(v)
}

// dropZoneName cuts the zone's name in parentheses that JavaScript's
// Date.toString prints after the offset, in the reader's language ("Tue
// Mar 05 2024 14:18:00 GMT+0100 (Central European Standard Time)",
// "GMT+0200 (Mitteleuropäische Sommerzeit)"): the offset before it says
// the zone, and the name may be in any language. Only a name without
// digits after an abbreviation glued to a four-digit offset is cut.
func dropZoneName(t string) string {
	open := strings.LastIndexByte(t, '(')
	if open < 0 || t[len(t)-1] != ')' || strings.ContainsAny(t[open:], "0123456789+-:") {
		return t
	}
	head := strings.TrimRight(t[:open], " ")
	k := len(head) - 5
	if k < 2 || head[k] != '+' && head[k] != '-' {
		return t
	}
	if _, ok := atoiFixed(head[k+1:]); !ok {
		return t
	}
	letters := 0
	for j := k - 1; j >= 0 && 'A' <= head[j] && head[j] <= 'Z'; j-- {
		letters++
	}
	if letters < 2 || letters > 5 || letters < k && head[k-letters-1] != ' ' {
		return t
	}
	return head
}
