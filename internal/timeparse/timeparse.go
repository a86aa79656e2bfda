package timeparse

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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
	// numbers are read in every language.
	Languages []string
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

func (n *Normalizer) langs() lang {
	if n == nil || n.Languages == nil {
		return lAll
	}
	var m lang
	for _, tag := range n.Languages {
		m |= langBit(tag)
	}
	return m
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
	var p parsed
	switch {
	case parseISO(t, &p):
	case parseEpoch(t, &p):
	default:
		p = parsed{}
		var toks [maxTokens]token
		nt, reason := tokenize(t, &toks, n == nil || n.Zones == nil)
		if reason == "" {
			reason = n.classify(t, toks[:nt], &p)
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
	y       int
	mo      time.Month
	d       int

	month   uint8 // a month name
	dayN    int   // numbers that can only be a day of the month
	dayVal  int
	yearN   int // four-digit numbers
	yearVal int
	wday    uint8 // weekday+1

	hasShift bool // "yesterday", "today"
	shift    int

	rel       bool
	relDur    time.Duration
	relUnit   uint8
	relPrefix bool // "vor", "hace", "il y a" seen

	epoch bool
	at    time.Time

	zone     zoneSpec
	zoneTok  int // index of the token that gave the zone, -1 if none
	hasZone  bool
	zone2    zoneSpec // a second zone, as in "+0100 (BST)": must agree
	hasZone2 bool
	numDate  bool
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

// parseISO reads RFC 3339 and the ISO 8601 forms around it:
// 2021-09-06, 2021-09-06T14:18, 2021-09-06 14:18:05.123Z,
// 2021-09-06T14:18:05+05:30, +0530, +05. It reports false, leaving p
// for the general reader, on anything else.
func parseISO(s string, p *parsed) bool {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	y, ok1 := atoiFixed(s[0:4])
	mo, ok2 := atoiFixed(s[5:7])
	d, ok3 := atoiFixed(s[8:10])
	if !ok1 || !ok2 || !ok3 || mo < 1 || mo > 12 || d < 1 || d > 31 || y < minYear || y > maxYear {
		return false
	}
	p.hasDate, p.hasYear, p.y, p.mo, p.d = true, true, y, time.Month(mo), d
	if len(s) == 10 {
		return true
	}
	if c := s[10]; c != 'T' && c != 't' && c != ' ' {
		return false
	}
	r := s[11:]
	if len(r) < 5 || r[2] != ':' {
		return false
	}
	h, ok1 := atoiFixed(r[0:2])
	mi, ok2 := atoiFixed(r[3:5])
	if !ok1 || !ok2 || h > 23 || mi > 59 {
		return false
	}
	r = r[5:]
	sec, ns := 0, 0
	if len(r) >= 3 && r[0] == ':' {
		var ok bool
		if sec, ok = atoiFixed(r[1:3]); !ok || sec > 60 {
			return false
		}
		r = r[3:]
	}
	if len(r) >= 2 && (r[0] == '.' || r[0] == ',') && isDigit(r[1]) {
		j := 1
		var v int64
		for j < len(r) && isDigit(r[j]) && j < 19 {
			v = v*10 + int64(r[j]-'0')
			j++
		}
		ns = fraction(v, j-1)
		r = r[j:]
	}
	switch {
	case r == "":
	case r == "Z" || r == "z":
		p.zone, p.hasZone = zoneSpec{kind: zFixed}, true
	case r[0] == '+' || r[0] == '-':
		var oh, om int
		var ok1, ok2 bool
		switch len(r) {
		case 3: // +05
			oh, ok1 = atoiFixed(r[1:3])
			ok2 = true
		case 5: // +0530
			oh, ok1 = atoiFixed(r[1:3])
			om, ok2 = atoiFixed(r[3:5])
		case 6: // +05:30
			oh, ok1 = atoiFixed(r[1:3])
			om, ok2 = atoiFixed(r[4:6])
			ok2 = ok2 && r[3] == ':'
		}
		if !ok1 || !ok2 || oh > 14 || om > 59 {
			return false
		}
		off := oh*hour + om*60
		if r[0] == '-' {
			off = -off
		}
		p.zone, p.hasZone = zoneSpec{kind: zFixed, off: off}, true
	default:
		return false
	}
	p.hasClock, p.h, p.mi, p.sec, p.ns = true, h, mi, sec, ns
	return true
}

// parseEpoch reads Unix time: 9 or 10 digits are seconds, 12 or 13
// milliseconds (as found in data-* attributes).
func parseEpoch(s string, p *parsed) bool {
	if len(s) < 9 || len(s) > 13 || len(s) == 11 {
		return false
	}
	var v int64
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
		v = v*10 + int64(s[i]-'0')
	}
	p.epoch = true
	if len(s) >= 12 {
		p.at = time.UnixMilli(v)
	} else {
		p.at = time.Unix(v, 0)
	}
	return true
}

// Token kinds.
const (
	tkNum uint8 = iota + 1
	tkWord
	tkPunct
)

// maxTokens bounds the tokens of one stamp; a longer text is not a
// timestamp.
const maxTokens = 32

// token is a number group ("06.09.2021", "14:18", "6."), a word or one
// punctuation character.
type token struct {
	kind     uint8
	attached bool // no space between this token and the one before
	nparts   uint8
	trailDot bool // a number followed by a dot: "6." in "6. September"
	start    int
	end      int
	vals     [4]int64
	ndig     [4]uint8
	seps     [3]byte
	wi       int32 // index into wordTab, -1 when the word is unknown
	r        rune  // the punctuation character
}

// tokenize splits s into tokens. It returns a reason when s cannot be a
// timestamp. With known, a word missing from the tables ends it at once:
// most text that is not a timestamp fails here, cheaply.
func tokenize(s string, toks *[maxTokens]token, known bool) (int, string) {
	nt, prevEnd := 0, -1
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if c == ' ' || (c >= utf8.RuneSelf || c < ' ') && unicode.IsSpace(r) {
			i += size
			continue
		}
		if nt == maxTokens {
			return nt, "too many words for a timestamp"
		}
		t := &toks[nt]
		*t = token{start: i, attached: i == prevEnd, wi: -1}
		switch {
		case isDigit(c):
			t.kind = tkNum
			for {
				var v int64
				nd := 0
				for i < len(s) && isDigit(s[i]) {
					if nd == 18 {
						return nt, "number too long"
					}
					v = v*10 + int64(s[i]-'0')
					nd++
					i++
				}
				k := t.nparts
				t.vals[k], t.ndig[k] = v, uint8(nd)
				t.nparts++
				if i+1 < len(s) && (s[i] == '.' || s[i] == ':' || s[i] == '/' || s[i] == '-') && isDigit(s[i+1]) {
					if t.nparts == 4 {
						return nt, "too many numbers in a row"
					}
					t.seps[k] = s[i]
					i++
					continue
				}
				if i < len(s) && s[i] == '.' {
					t.trailDot = true
					i++
				}
				break
			}
		case unicode.IsLetter(r):
			t.kind = tkWord
			i += size
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				if unicode.IsLetter(r) {
					i += size
					continue
				}
				if r == '\'' || r == '’' {
					if r2, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsLetter(r2) {
						i += size
						continue
					}
				}
				break
			}
			if idx, ok := lookupWord(s[t.start:i]); ok {
				t.wi = int32(idx)
			} else if known {
				return nt, "unknown word " + quote(s[t.start:i])
			}
		default:
			t.kind, t.r = tkPunct, r
			i += size
		}
		t.end = i
		prevEnd = i
		nt++
	}
	return nt, ""
}

// word returns the word table entry of toks[i], nil when toks[i] is not
// a known word.
func word(toks []token, i int) *wordInfo {
	if i < 0 || i >= len(toks) || toks[i].kind != tkWord || toks[i].wi < 0 {
		return nil
	}
	return &wordTab[toks[i].wi]
}

// unitAt returns the unit toks[i] names in the languages m, or 0.
func unitAt(toks []token, i int, m lang) uint8 {
	if w := word(toks, i); w != nil && w.unitL&m != 0 {
		return w.unit
	}
	return 0
}

func flagsAt(toks []token, i int, m lang) uint16 {
	if w := word(toks, i); w != nil && w.flagsL&m != 0 {
		return w.flags
	}
	return 0
}

// ampmAt reads "am", "PM", "a.m.", "p. m." at toks[i]; it returns 0 and
// i when there is none, else 1 (am) or 2 (pm) and the index after it.
func ampmAt(s string, toks []token, i int) (uint8, int) {
	if w := word(toks, i); w != nil && w.ampm != 0 {
		j := i + 1
		if j < len(toks) && toks[j].kind == tkPunct && toks[j].r == '.' && toks[j].attached {
			j++
		}
		return w.ampm, j
	}
	if i+2 >= len(toks) || toks[i].kind != tkWord || toks[i].end-toks[i].start != 1 ||
		toks[i+1].kind != tkPunct || toks[i+1].r != '.' ||
		toks[i+2].kind != tkWord || toks[i+2].end-toks[i+2].start != 1 {
		return 0, i
	}
	var v uint8
	switch s[toks[i].start] {
	case 'a', 'A':
		v = 1
	case 'p', 'P':
		v = 2
	default:
		return 0, i
	}
	if c := s[toks[i+2].start]; c != 'm' && c != 'M' {
		return 0, i
	}
	j := i + 3
	if j < len(toks) && toks[j].kind == tkPunct && toks[j].r == '.' {
		j++
	}
	return v, j
}

// setClock records a time of day and the am/pm marker after it; it
// returns the index of the token after them.
func (p *parsed) setClock(s string, toks []token, next, h, mi, sec, ns int) (int, string) {
	if p.hasClock {
		return next, "two times of day"
	}
	if h > 23 || mi > 59 || sec > 60 {
		return next, "time of day out of range"
	}
	p.hasClock, p.h, p.mi, p.sec, p.ns = true, h, mi, sec, ns
	if w := word(toks, next); w != nil && w.flags&wH != 0 {
		// "14:05 h": Spanish and Portuguese sites write the hour
		// marker after a full clock.
		return next + 1, ""
	}
	if a, j := ampmAt(s, toks, next); a != 0 {
		if h < 1 || h > 12 {
			// Not a 12-hour clock: "am" after 14:18 is German for "on".
			if w := word(toks, next); w == nil || w.ampm == 0 || w.flags&wFiller == 0 {
				return next, "hour out of range for am/pm"
			}
			return next, ""
		}
		p.ampm, next = a, j
	}
	return next, ""
}

func (p *parsed) setDate(y, mo, d int, hasYear bool) string {
	if p.hasDate {
		return "two dates"
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return "date out of range"
	}
	if hasYear && (y < minYear || y > maxYear) {
		return "year out of range"
	}
	p.hasDate, p.hasYear, p.y, p.mo, p.d = true, hasYear, y, time.Month(mo), d
	return ""
}

// numericDate reads a three-part numeric date: 2021-09-06, 06.09.2021,
// 6/9/21, 09/06/2021 (month-first, see DateOrder).
func (n *Normalizer) numericDate(t *token, p *parsed) string {
	sep := t.seps[0]
	if t.seps[1] != sep || sep == ':' {
		return "malformed date"
	}
	a, b, c := int(t.vals[0]), int(t.vals[1]), int(t.vals[2])
	if t.ndig[0] == 4 {
		if t.ndig[1] > 2 || t.ndig[2] > 2 {
			return "malformed date"
		}
		return p.setDate(a, b, c, true)
	}
	if t.ndig[0] > 2 || t.ndig[1] > 2 || (t.ndig[2] != 4 && t.ndig[2] != 2) {
		return "malformed date"
	}
	if t.ndig[2] == 2 {
		c += 2000
	}
	d, mo := a, b
	if n.monthFirst(sep) {
		d, mo = b, a
	}
	if mo > 12 && d <= 12 && (n == nil || n.Order == OrderAuto) {
		d, mo = mo, d
	}
	return p.setDate(c, mo, d, true)
}

// colonClockAhead reports whether a hh:mm time follows, so that a
// preceding 06.09 is a date, not a time.
func colonClockAhead(toks []token) bool {
	for i := range toks {
		if toks[i].kind == tkNum && toks[i].nparts >= 2 && toks[i].seps[0] == ':' {
			return true
		}
	}
	return false
}

// relative reads the end of a relative stamp whose count and unit have
// been read: a marker after the unit ("ago") or one before the count
// ("vor", "hace", "il y a").
func (p *parsed) relative(toks []token, next int, count int64, unit uint8, m lang) (int, bool) {
	switch {
	case flagsAt(toks, next, m)&wPostMarker != 0:
		next++
	case p.relPrefix:
	default:
		return next, false
	}
	if p.rel || count > 100000 {
		return next, false
	}
	var d time.Duration
	switch unit {
	case uSecond:
		d = time.Second
	case uMinute:
		d = time.Minute
	case uHour:
		d = time.Hour
	case uDay:
		d = 24 * time.Hour
	case uWeek:
		d = 7 * 24 * time.Hour
	}
	p.rel, p.relDur, p.relUnit = true, time.Duration(count)*d, unit
	return next, true
}

func (p *parsed) relNow() string {
	if p.rel {
		return "two relative times"
	}
	p.rel, p.relUnit = true, uSecond
	return ""
}

func (p *parsed) setZone(z zoneSpec, tok int) string {
	if p.hasZone {
		if p.hasZone2 {
			return "three time zones"
		}
		p.zone2, p.hasZone2 = z, true
		return ""
	}
	p.zone, p.hasZone, p.zoneTok = z, true, tok
	return ""
}

// phraseAt matches a zone spelled out in words at toks[i].
func phraseAt(s string, toks []token, i int) (uint8, int, bool) {
outer:
	for _, ph := range zonePhrases {
		if i+len(ph.words) > len(toks) {
			continue
		}
		for k, w := range ph.words {
			t := &toks[i+k]
			if t.kind != tkWord || !strings.EqualFold(s[t.start:t.end], w) {
				continue outer
			}
		}
		return ph.zone, i + len(ph.words), true
	}
	return 0, i, false
}

// customZone looks w up in Normalizer.Zones without allocating.
func (n *Normalizer) customZone(w string) *time.Location {
	var buf [32]byte
	b := buf[:0]
	for _, r := range w {
		r = unicode.ToUpper(r)
		if len(b)+utf8.RuneLen(r) > cap(b) {
			return nil
		}
		b = utf8.AppendRune(b, r)
	}
	return n.Zones[string(b)]
}

// offsetAt reads the offset in the number token t after a sign: 0300,
// 03:00, and, after GMT or UTC, 3 or 03.
func offsetAt(t *token, short bool) (int, bool) {
	var h, m int64
	switch {
	case t.nparts == 1 && t.ndig[0] == 4:
		h, m = t.vals[0]/100, t.vals[0]%100
	case t.nparts == 1 && t.ndig[0] <= 2 && short:
		h = t.vals[0]
	case t.nparts == 2 && t.seps[0] == ':' && t.ndig[0] <= 2 && t.ndig[1] == 2:
		h, m = t.vals[0], t.vals[1]
	default:
		return 0, false
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	return int(h)*hour + int(m)*60, true
}

// classify gives every token a role; a token with none makes the text
// something other than a timestamp, and classify returns why.
func (n *Normalizer) classify(s string, toks []token, p *parsed) string {
	m := n.langs()
	p.zoneTok = -1
	var reason string
	for i := 0; i < len(toks); {
		t := &toks[i]
		switch t.kind {
		case tkNum:
			i, reason = n.number(s, toks, i, p, m)
		case tkWord:
			i, reason = n.word(s, toks, i, p, m)
		default:
			i, reason = n.punct(toks, i, p)
		}
		if reason != "" {
			return reason
		}
	}
	// A month name takes the one day number there is, and a year.
	switch {
	case p.month != 0:
		if p.dayN != 1 {
			if p.dayN == 0 {
				return "month without a day"
			}
			return "too many numbers"
		}
		if p.yearN > 1 {
			return "two years"
		}
		if reason := p.setDate(p.yearVal, int(p.month), p.dayVal, p.yearN == 1); reason != "" {
			return reason
		}
	case p.dayN > 0:
		return "a number that is neither a time nor a date"
	case p.yearN > 0:
		if !p.hasDate || p.hasYear || p.yearN > 1 {
			return "a number that is neither a time nor a date"
		}
		p.y, p.hasYear = p.yearVal, true
	}
	switch {
	case p.rel && (p.hasClock || p.hasDate || p.hasShift || p.hasZone):
		return "a relative time with an absolute one"
	case p.hasShift && p.hasDate:
		return "a relative day with a date"
	case !p.hasClock && !p.hasDate && !p.rel && !p.hasShift:
		return "no time or date"
	}
	return ""
}

func (n *Normalizer) number(s string, toks []token, i int, p *parsed, m lang) (int, string) {
	t := &toks[i]
	np := t.nparts
	switch {
	case np >= 2 && t.seps[0] == ':':
		if t.ndig[0] > 2 || t.ndig[1] != 2 {
			return i, "malformed time"
		}
		sec, ns := 0, 0
		if np >= 3 {
			if t.seps[1] != ':' || t.ndig[2] != 2 {
				return i, "malformed time"
			}
			sec = int(t.vals[2])
		}
		if np == 4 {
			if t.seps[2] != '.' {
				return i, "malformed time"
			}
			ns = fraction(t.vals[3], int(t.ndig[3]))
		}
		return p.setClock(s, toks, i+1, int(t.vals[0]), int(t.vals[1]), sec, ns)
	case np == 3:
		return i + 1, n.numericDate(t, p)
	case np == 2 && t.seps[0] == '.':
		if t.ndig[0] > 2 || t.ndig[1] != 2 && !(t.ndig[1] == 1 && t.trailDot) {
			return i, "malformed time or date"
		}
		if p.hasClock || t.trailDot || colonClockAhead(toks[i+1:]) {
			// 27.08. or 27.08 beside a time: a day and month.
			return i + 1, p.setDate(0, int(t.vals[1]), int(t.vals[0]), false)
		}
		return p.setClock(s, toks, i+1, int(t.vals[0]), int(t.vals[1]), 0, 0)
	case np == 2 && t.seps[0] == '/':
		if t.ndig[0] > 2 || t.ndig[1] > 2 {
			return i, "malformed date"
		}
		d, mo := int(t.vals[0]), int(t.vals[1])
		if n.monthFirst('/') {
			d, mo = mo, d
		}
		return i + 1, p.setDate(0, mo, d, false)
	case np != 1:
		return i, "malformed number"
	}
	v, nd := t.vals[0], t.ndig[0]
	fl := flagsAt(toks, i+1, m)
	// 14h18, 14 h 18
	if fl&wH != 0 && nd <= 2 && i+2 < len(toks) {
		if u := &toks[i+2]; u.kind == tkNum && u.nparts == 1 && u.ndig[0] == 2 {
			return p.setClock(s, toks, i+3, int(v), int(u.vals[0]), 0, 0)
		}
	}
	// 5 min ago, 2h ago, vor 5 Minuten
	if u := unitAt(toks, i+1, m); u != 0 {
		if j, ok := p.relative(toks, i+2, v, u, m); ok {
			return j, ""
		}
		if fl&wH != 0 && toks[i+1].attached && nd <= 2 {
			return p.setClock(s, toks, i+2, int(v), 0, 0, 0) // "à 14h"
		}
	}
	// 2pm, 2 p.m.
	if a, _ := ampmAt(s, toks, i+1); a != 0 && nd <= 2 {
		return p.setClock(s, toks, i+1, int(v), 0, 0, 0)
	}
	// 14 Uhr
	if fl&wUhr != 0 && nd <= 2 {
		return p.setClock(s, toks, i+1, int(v), 0, 0, 0)
	}
	switch {
	case nd == 4 && v >= minYear && v <= maxYear:
		p.yearN++
		p.yearVal = int(v)
		return i + 1, ""
	case nd <= 2 && v >= 1 && v <= 31:
		p.dayN++
		p.dayVal = int(v)
		if flagsAt(toks, i+1, m)&wOrdinal != 0 && toks[i+1].attached {
			return i + 2, ""
		}
		return i + 1, ""
	}
	return i, "a number that is neither a time nor a date"
}

func (n *Normalizer) word(s string, toks []token, i int, p *parsed, m lang) (int, string) {
	t := &toks[i]
	if n != nil && n.Zones != nil {
		if l := n.customZone(s[t.start:t.end]); l != nil {
			return i + 1, p.setZone(zoneSpec{kind: zCustom, loc: l}, i)
		}
	}
	w := word(toks, i)
	if w == nil {
		return i, "unknown word " + quote(s[t.start:t.end])
	}
	fl := uint16(0)
	if w.flagsL&m != 0 {
		fl = w.flags
	}
	if fl&wPhrase != 0 {
		if z, j, ok := phraseAt(s, toks, i); ok {
			return j, p.setZone(zoneSpec{kind: zAbbr, idx: z}, j-1)
		}
	}
	if w.zone != 0 {
		return i + 1, p.setZone(zoneSpec{kind: zAbbr, idx: w.zone - 1}, i)
	}
	if fl&wNow != 0 {
		return i + 1, p.relNow()
	}
	if fl&wJust != 0 && flagsAt(toks, i+1, m)&wNowJ != 0 {
		return i + 2, p.relNow()
	}
	if fl&wShift != 0 {
		if p.hasShift {
			return i, "two relative days"
		}
		p.hasShift, p.shift = true, int(w.shift)
		return i + 1, ""
	}
	if w.month != 0 && w.monthL&m != 0 {
		if p.month != 0 {
			return i, "two months"
		}
		p.month = w.month
		return i + 1, ""
	}
	if w.wday != 0 && w.wdayL&m != 0 {
		p.wday = w.wday
		return i + 1, ""
	}
	// an hour ago, vor einer Stunde, il y a une heure
	if w.num != 0 && w.numL&m != 0 {
		if u := unitAt(toks, i+1, m); u != 0 {
			if j, ok := p.relative(toks, i+2, int64(w.num), u, m); ok {
				return j, ""
			}
		}
	}
	// час назад, godzinę temu, un'ora fa
	if w.unit != 0 && w.unitL&m != 0 {
		if j, ok := p.relative(toks, i+1, 1, w.unit, m); ok {
			return j, ""
		}
	}
	switch {
	case fl&wPreMarker != 0:
		p.relPrefix = true
		return i + 1, ""
	case fl&wIl != 0 && flagsAt(toks, i+1, m)&wY != 0 && i+2 < len(toks) &&
		strings.EqualFold(s[toks[i+2].start:toks[i+2].end], "a"):
		p.relPrefix = true
		return i + 3, ""
	case fl&wFiller != 0:
		return i + 1, ""
	case t.end-t.start == 1 && (s[t.start] == 'T' || s[t.start] == 't') && t.attached &&
		i > 0 && toks[i-1].kind == tkNum && i+1 < len(toks) && toks[i+1].kind == tkNum && toks[i+1].attached:
		return i + 1, "" // 2021-09-06T14:18 followed by more than RFC 3339 allows
	}
	return i, "unexpected word " + quote(s[t.start:t.end])
}

func (n *Normalizer) punct(toks []token, i int, p *parsed) (int, string) {
	t := &toks[i]
	if (t.r == '+' || t.r == '-' || t.r == '−') && i+1 < len(toks) &&
		toks[i+1].kind == tkNum && toks[i+1].attached {
		afterUTC := p.hasZone && p.zone.kind == zAbbr && zoneDefs[p.zone.idx].utc &&
			p.zoneTok == i-1 && t.attached
		if afterUTC || p.hasClock && (!t.attached || toks[i-1].kind == tkNum) {
			off, ok := offsetAt(&toks[i+1], afterUTC)
			if !ok {
				return i, "malformed offset"
			}
			if t.r != '+' {
				off = -off
			}
			if afterUTC {
				p.hasZone = false
			}
			return i + 2, p.setZone(zoneSpec{kind: zFixed, off: off}, i+1)
		}
	}
	return i + 1, ""
}

// quote puts a word of the text in quotes for an error reason.
func quote(s string) string { return "\"" + s + "\"" }

// daysIn is the number of days in month mo of year y.
func daysIn(mo time.Month, y int) int {
	return time.Date(y, mo+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// assemble turns what the text said into the stamp's instant.
func (n *Normalizer) assemble(p *parsed, st *Stamp) string {
	loc := n.location()
	if p.epoch {
		st.Time = p.at.UTC()
		st.HasDate, st.HasTime, st.HasYear, st.HasZone = true, true, true, true
		return ""
	}
	ref := n.now()
	if p.rel {
		st.Time = ref.Add(-p.relDur).In(loc)
		st.HasDate, st.HasYear, st.Relative = true, true, true
		st.HasTime = p.relUnit < uDay
		return ""
	}
	h := p.h
	if p.ampm != 0 {
		if h < 1 || h > 12 {
			return "hour out of range for am/pm"
		}
		h %= 12
		if p.ampm == 2 {
			h += 12
		}
	}
	st.HasZone, st.HasTime = p.hasZone, p.hasClock
	if p.hasDate {
		y := p.y
		if !p.hasYear {
			// The latest year that does not put the date more than a
			// day after the reference.
			ry, rm, rd := ref.In(loc).Date()
			y = ry
			if time.Date(y, p.mo, p.d, 0, 0, 0, 0, time.UTC).After(time.Date(ry, rm, rd+1, 0, 0, 0, 0, time.UTC)) {
				y--
			}
		}
		if p.d > daysIn(p.mo, y) {
			return "no such day"
		}
		z := p.zone.resolve(loc, y, p.mo, p.d, h, p.mi)
		st.Time = z.in(z.date(y, p.mo, p.d, h, p.mi, p.sec, p.ns))
		if p.hasZone2 {
			z2 := p.zone2.resolve(loc, y, p.mo, p.d, h, p.mi)
			if !z2.date(y, p.mo, p.d, h, p.mi, p.sec, p.ns).Equal(st.Time) {
				return "two time zones that disagree"
			}
		}
		st.HasDate, st.HasYear = true, p.hasYear
		return ""
	}
	ry, rm, rd := ref.In(loc).Date()
	z := p.zone.resolve(loc, ry, rm, rd, h, p.mi)
	y, mo, d := z.wall(ref)
	t := z.date(y, mo, d, h, p.mi, p.sec, p.ns)
	switch {
	case p.hasShift:
		t = z.addDays(t, p.shift)
		st.HasDate, st.HasYear, st.Relative = true, true, true
	case p.wday != 0:
		back := (int(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Weekday()) - int(p.wday-1) + 7) % 7
		t = z.addDays(t, -back)
		if t.After(ref) {
			t = z.addDays(t, -7)
		}
		st.HasDate, st.HasYear = true, true
	default:
		if t.After(ref) {
			t = z.addDays(t, -1)
		}
	}
	if p.hasZone2 {
		z2 := p.zone2.resolve(loc, ry, rm, rd, h, p.mi)
		if !z2.date(y, mo, d, h, p.mi, p.sec, p.ns).Equal(z.date(y, mo, d, h, p.mi, p.sec, p.ns)) {
			return "two time zones that disagree"
		}
	}
	st.Time = z.in(t)
	return ""
}
