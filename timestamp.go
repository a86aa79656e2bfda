package liveblog

import (
	"errors"
	"fmt"
	"time"

	"github.com/liveblog-go/liveblog/internal/timeparse"
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
	// OrderAuto reads numeric dates month-first when the date is written
	// with slashes (09/06/2021) and the publisher's zone, or a zone the
	// stamp prints ("9/6/21 2:18 PM ET"), is in the United States, and
	// day-first otherwise (dotted dates such as 06.09.2021 are always
	// day-first; a year first, 2021. 9. 6., is always year, month, day).
	// A day and month without a year ("10/12", "10.12 14:18") are read
	// month-first where the stamp's words are in a language that prints
	// them so (Japanese, Chinese, Korean, Hungarian), or, when its words
	// name no language, the publisher's zone is in Japan, China, Taiwan
	// or Korea. A date that is
	// impossible in that order but possible in the other (13/06/2021,
	// "14:05 15/10") is read the other way.
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
//
// It reads 55 languages — English, German, French, Italian, Spanish,
// Russian, Polish, Dutch, Portuguese, Ukrainian, Czech, Slovak, Swedish,
// Danish, Norwegian Bokmål, Finnish, Turkish, Japanese, Chinese
// (Simplified and Traditional), Korean, Arabic, Hindi, Bengali, Romanian,
// Hungarian, Greek, Hebrew, Indonesian, Vietnamese, Thai, Bulgarian,
// Croatian, Serbian (Cyrillic and Latin), Catalan, and from CLDR alone
// Belarusian, Filipino, Malay, Persian, Urdu, Lithuanian, Latvian,
// Estonian, Slovenian, Macedonian, Albanian, Azerbaijani, Georgian,
// Armenian, Kazakh, Tamil, Telugu, Marathi and Gujarati — with words from
// CLDR and a small hand table (internal/lexicon), with any
// capitalisation (Greek accents and Turkish dotted and dotless i folded),
// native digits (٣, ३, ৩, ๓, full-width ３) and filler words such as
// "Updated", "Posted at", "Aktualisiert", "Обновлено" around them:
//
//   - clock times: 14:18, 14:18:05, 14.18 (with a date, a zone or "Uhr"),
//     2:18 p.m., 9:05am, 14h18, 14 Uhr, 14時18分, 오후 2:18, 下午2:18,
//     the day periods pages print for am and pm (晚上8:00, 저녁 8시,
//     शाम 5:30 बजे, বিকেল ৫:৩০), "at noon", "midnight", "12 noon",
//     "12:00 midnight";
//   - dates: 06.09.2021, 6/9/2021 (see DateOrder), 2021-09-06, 27.08.,
//     14. 10. 2025, 26 . 10.21, 10-15 (beside a clock), 2025年10月15日,
//     and day, month name and optional year in every grammatical form
//     ("6 сентября", "28 września", "Sept. 6", "15 באוקטובר",
//     "25শে মার্চ"); two-digit years in the century that puts the date
//     nearest Now without passing it by more than a day, Buddhist-era
//     years (2568, 15/10/2568) from 2400 on, and two digits of one in a
//     Thai stamp ("15 ต.ค. 68"); weekday names are accepted and otherwise
//     ignored, except that a weekday with a time and no date means the
//     latest such day, and a weekday alone ("Friday") the latest one
//     before today;
//   - zones: abbreviations (GMT, BST, ET, EDT, CEST, MESZ, МСК, IST, TSİ,
//     WIB, ...), a few spelled out ("Coordinated Universal Time"), offsets
//     (+0300, +03:00, GMT+3, UTC+05:30, PST-08, "09:30 +08" after a
//     clock, "2020-07-20+08:00" after an ISO date); of an offset and an
//     abbreviation that disagree ("GMT+0800 (CST)", "PST-0700"), the
//     offset wins, and JavaScript's zone name after it in any language
//     ("GMT+0200 (Mitteleuropäische Sommerzeit)") is not read; an
//     offset repeated in parentheses ("+0800 (GMT+08:00)") must agree,
//     and so must the two sides of a time printed in two zones ("9 a.m.
//     PT/12 p.m. ET", "9:41 a.m. PT (12:41 p.m. ET)"), read as the first;
//   - machine forms: RFC 3339 / ISO 8601 with or without zone and
//     fraction, ISO week dates (2025-W42, 2025-W42-3, 2025W423), RFC
//     1123, dates without separators (20251015, 20251015140500), Unix
//     time in seconds (9–10 digits), milliseconds (12–13), microseconds
//     (16) or nanoseconds (19);
//   - relative stamps, never in the future: "5 min ago", "2h ago", "an
//     hour ago", "nine hours ago", "1 hr 48 min ago",
//     "2 hours and 5 minutes ago", "about 2 hours ago", "Just now",
//     "a few seconds ago" (as relative-time widgets print the first 44
//     seconds: read as 44 seconds back, the peers' convention; "a few
//     minutes" says no count and is an error), "год назад",
//     "Yesterday at 14:18", "vor 5 Minuten", "il y a 5 minutes",
//     "5 минут назад", "5分前", "منذ ساعتين"; days and weeks go back in
//     calendar days, months and years in calendar months. Days or weeks
//     back with a clock ("2 days ago at 14:00", "vor 2 Tagen um 14:30")
//     are that day at that clock, as "Yesterday at 14:18" is. A day word
//     alone ("yesterday", "вчера") is Now that many days back, without a
//     time of day. Bare durations ("2 min", "15 hrs", "3h") are read in
//     English, which live blogs print them in, as relative-time widgets
//     print them: under 60 seconds or minutes and 24 hours ("120 m" is a
//     distance, "90 min" a match time); where the other words of the
//     stamp are French, "14h" is a clock. A count of days with a clock
//     ("2 Tage 18:50", "2 days 18:50") is that day at that clock.
//
// Where a word means different things in different languages
// ("listopad" is November in Polish, October in Croatian), the meaning
// in Languages wins; without Languages, the languages every word of the
// stamp shares, then the first of the list above.
//
// Anything else is an error: a word it does not know, a number that is
// neither part of the time nor of the date, a clock out of range. So
// Read can also tell whether a short text is a timestamp at all; it
// does not allocate unless it fails.
//
// Zone abbreviations are resolved through the publisher's Location first,
// so that the offset is right for the date: "IST" is +01:00 when the
// Location is Europe/Dublin, +02:00 for Asia/Jerusalem and +05:30
// otherwise. Generic abbreviations (ET, CT, MT, PT, UK, MSK) follow their
// IANA zone's daylight-saving time; when the system has no tz database a
// built-in table of offsets and rules is used instead. An abbreviation it
// does not know is an error, never a zero offset.
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
	// tags ("en", "de-AT", "zh-Hant", "sr-Latn"); nil means all of them.
	// Zone abbreviations and numbers are read in every language, and
	// English, which pages in every language print beside their own
	// ("Updated: 15 अक्टूबर 2025, 02:18 PM IST"), where a word means
	// nothing in these. Naming the page's language settles the words
	// that mean different things in different languages.
	Languages []string
	// Language is the page's language (a BCP 47 tag), a hint where
	// Languages is a restriction: where a stamp reads two ways, its
	// reading in this language wins ("14h" is a clock on a French page
	// and fourteen hours ago elsewhere, "listopad" October on a Croatian
	// page), and nothing else changes. Parse sets it from <html lang>.
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
	// ("5 min ago", "Just now", "Yesterday at 14:18", "yesterday"), or
	// placed by it from words alone ("Friday"). A clock in words ("noon",
	// "midnight") is a clock like "12:00", not relative.
	Relative bool
}

// engine returns the time engine's view of n's settings.
func (n *Normalizer) engine() timeparse.Normalizer {
	if n == nil {
		return timeparse.Normalizer{}
	}
	return timeparse.Normalizer{
		Location:  n.Location,
		Now:       n.Now,
		Order:     timeparse.DateOrder(n.Order),
		Zones:     n.Zones,
		Languages: n.Languages,
		Language:  n.Language,
	}
}

// Normalize reads one timestamp and returns its instant. The error, when
// not nil, is a *TimeError.
func (n *Normalizer) Normalize(s string) (time.Time, error) {
	st, err := n.Read(s)
	return st.Time, err
}

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
	e := n.engine()
	st, err := e.Read(s)
	return Stamp(st), timeError(err)
}

// timeError turns the engine's error into the package's *TimeError.
func timeError(err error) error {
	if err == nil {
		return nil
	}
	var te *timeparse.TimeError
	if errors.As(err, &te) {
		return &TimeError{Raw: te.Raw, Reason: te.Reason}
	}
	return err
}

// ResolveSequence dates the stamps of one page together. stamps are in
// page order, as returned by Read: a stamp that failed to read has a zero
// Time, and its result is the zero Time too. anchor is the page's own
// latest date (its modified or published time); the zero value means the
// Normalizer's reference time (Now).
//
// It first detects the order of the page. Consecutive stamps that carry
// a date (HasDate: printed, relative or a date heading) vote: a later
// one below an earlier one is a vote for OldestFirst, the other way
// round for NewestFirst. When they do not decide (none, or a tie), the
// page is dated both ways and the order whose times span less wins:
// live-blog entries are close together, and the wrong order turns each
// step back into most of a day. When both span the same (a single
// time-only stamp) the order is OrderUnknown and the stamps are dated as
// NewestFirst, the usual live-blog order.
//
// Then it dates every time-only stamp (HasDate false), walking from the
// newest end of the page to the oldest: a time-only stamp takes the
// latest date on which its clock time is not after the stamp before it
// in the walk (or the anchor), so a newest-first feed that crosses
// midnight steps back a day and an oldest-first feed steps forward. A
// date heading (HasDate without HasTime) bounds the stamps past it by
// its day. So a time-only stamp never lands after the anchor (or a dated
// stamp later than it), nor after a newer stamp in the walk.
func (n *Normalizer) ResolveSequence(stamps []Stamp, anchor time.Time) ([]time.Time, FeedOrder) {
	in := make([]timeparse.Stamp, len(stamps))
	for i, st := range stamps {
		in[i] = timeparse.Stamp(st)
	}
	e := n.engine()
	times, order := e.ResolveSequence(in, anchor)
	return times, FeedOrder(order)
}

// resolveNear is ResolveSequence for a page whose one date, at, may be
// when the blog began or when it last changed (the engine's ResolveNear
// says how the two readings are chosen between).
func (n *Normalizer) resolveNear(stamps []Stamp, at time.Time) ([]time.Time, FeedOrder) {
	in := make([]timeparse.Stamp, len(stamps))
	for i, st := range stamps {
		in[i] = timeparse.Stamp(st)
	}
	e := n.engine()
	times, order := e.ResolveNear(in, at)
	return times, FeedOrder(order)
}
