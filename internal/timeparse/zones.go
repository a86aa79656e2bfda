package timeparse

import (
	"strings"
	"sync"
	"time"
)

// Daylight-saving rules for the fallback used when the system has no tz
// database.
const (
	ruleNone uint8 = iota
	ruleUS         // second Sunday in March to first Sunday in November, 02:00 local
	ruleEU         // last Sunday in March to last Sunday in October, 01:00 UTC
)

// zoneDef is one zone abbreviation that pages print.
type zoneDef struct {
	// name is the abbreviation as the tz database spells it, to compare
	// with the publisher's zone ("IST" in Europe/Dublin is +01:00).
	name string
	// words are the lower-case spellings that mean this zone.
	words string
	// off is the fixed offset in seconds (the standard one for a
	// generic zone).
	off int
	// iana, when set, makes the abbreviation generic ("ET"): its offset
	// is the IANA zone's at that date, daylight saving included.
	iana string
	// dst is the daylight-saving offset of a generic zone, and rule when
	// it applies, for systems without a tz database.
	dst  int
	rule uint8
	// utc marks GMT and UTC, which may take an offset: "GMT+3".
	utc bool
}

const hour = 3600

var zoneDefs = []zoneDef{
	{name: "UTC", words: "utc ut z", utc: true},
	{name: "GMT", words: "gmt", utc: true},
	{name: "BST", words: "bst", off: 1 * hour},
	{name: "IST", words: "ist", off: 5*hour + 1800},
	{name: "CET", words: "cet mez", off: 1 * hour},
	{name: "CEST", words: "cest mesz", off: 2 * hour},
	{name: "EET", words: "eet oez", off: 2 * hour},
	{name: "EEST", words: "eest oesz", off: 3 * hour},
	{name: "WET", words: "wet", off: 0},
	{name: "WEST", words: "west", off: 1 * hour},
	{name: "MSK", words: "msk мск", off: 3 * hour, iana: "Europe/Moscow", dst: 3 * hour},
	{name: "EST", words: "est", off: -5 * hour},
	{name: "EDT", words: "edt", off: -4 * hour},
	{name: "CST", words: "cst", off: -6 * hour},
	{name: "CDT", words: "cdt", off: -5 * hour},
	{name: "MST", words: "mst", off: -7 * hour},
	{name: "MDT", words: "mdt", off: -6 * hour},
	{name: "PST", words: "pst", off: -8 * hour},
	{name: "PDT", words: "pdt", off: -7 * hour},
	{name: "AKST", words: "akst", off: -9 * hour},
	{name: "AKDT", words: "akdt", off: -8 * hour},
	{name: "HST", words: "hst", off: -10 * hour},
	{name: "AEST", words: "aest", off: 10 * hour},
	{name: "AEDT", words: "aedt", off: 11 * hour},
	{name: "ACST", words: "acst", off: 9*hour + 1800},
	{name: "ACDT", words: "acdt", off: 10*hour + 1800},
	{name: "AWST", words: "awst", off: 8 * hour},
	{name: "NZST", words: "nzst", off: 12 * hour},
	{name: "NZDT", words: "nzdt", off: 13 * hour},
	{name: "JST", words: "jst", off: 9 * hour},
	{name: "KST", words: "kst", off: 9 * hour},
	{name: "HKT", words: "hkt", off: 8 * hour},
	{name: "SGT", words: "sgt", off: 8 * hour},
	{name: "PKT", words: "pkt", off: 5 * hour},
	{name: "WIB", words: "wib", off: 7 * hour},
	{name: "SAST", words: "sast", off: 2 * hour},
	{name: "EAT", words: "eat", off: 3 * hour},
	{name: "WAT", words: "wat", off: 1 * hour},
	{name: "CAT", words: "cat", off: 2 * hour},
	{name: "IDT", words: "idt", off: 3 * hour},
	{name: "ET", words: "et", off: -5 * hour, dst: -4 * hour, iana: "America/New_York", rule: ruleUS},
	{name: "CT", words: "ct", off: -6 * hour, dst: -5 * hour, iana: "America/Chicago", rule: ruleUS},
	{name: "MT", words: "mt", off: -7 * hour, dst: -6 * hour, iana: "America/Denver", rule: ruleUS},
	{name: "PT", words: "pt", off: -8 * hour, dst: -7 * hour, iana: "America/Los_Angeles", rule: ruleUS},
	{name: "UK", words: "uk", off: 0, dst: 1 * hour, iana: "Europe/London", rule: ruleEU},
}

// zoneIdx returns the index of the zone named name; it panics on a name
// missing from zoneDefs, at initialisation.
func zoneIdx(name string) uint8 {
	for i, z := range zoneDefs {
		if z.name == name {
			return uint8(i)
		}
	}
	panic("liveblog: no zone " + name)
}

// zonePhrases are zones printed in words. The first word of each is
// flagged wPhrase in the word table.
var zonePhrases = []struct {
	words []string
	zone  uint8
}{
	{[]string{"coordinated", "universal", "time"}, zoneIdx("UTC")},
	{[]string{"universal", "time"}, zoneIdx("UTC")},
	{[]string{"greenwich", "mean", "time"}, zoneIdx("GMT")},
	{[]string{"british", "summer", "time"}, zoneIdx("BST")},
	{[]string{"india", "standard", "time"}, zoneIdx("IST")},
	{[]string{"eastern", "standard", "time"}, zoneIdx("EST")},
	{[]string{"eastern", "daylight", "time"}, zoneIdx("EDT")},
	{[]string{"eastern", "time"}, zoneIdx("ET")},
	{[]string{"central", "standard", "time"}, zoneIdx("CST")},
	{[]string{"central", "daylight", "time"}, zoneIdx("CDT")},
	{[]string{"central", "time"}, zoneIdx("CT")},
	{[]string{"mountain", "standard", "time"}, zoneIdx("MST")},
	{[]string{"mountain", "daylight", "time"}, zoneIdx("MDT")},
	{[]string{"mountain", "time"}, zoneIdx("MT")},
	{[]string{"pacific", "standard", "time"}, zoneIdx("PST")},
	{[]string{"pacific", "daylight", "time"}, zoneIdx("PDT")},
	{[]string{"pacific", "time"}, zoneIdx("PT")},
	{[]string{"moscow", "time"}, zoneIdx("MSK")},
	{[]string{"uk", "time"}, zoneIdx("UK")},
}

// zoneLocs loads each generic zone's IANA location once, on first use;
// a nil result means the system has no tz database and the built-in rule
// applies.
var zoneLocs = func() []func() *time.Location {
	fs := make([]func() *time.Location, len(zoneDefs))
	for i, z := range zoneDefs {
		if z.iana == "" {
			continue
		}
		name := z.iana
		fs[i] = sync.OnceValue(func() *time.Location {
			l, err := time.LoadLocation(name)
			if err != nil {
				return nil
			}
			return l
		})
	}
	return fs
}()

// usZones are the IANA zones for which OrderAuto reads numeric dates
// month-first.
var usZones = map[string]bool{
	"America/New_York": true, "America/Chicago": true, "America/Denver": true,
	"America/Phoenix": true, "America/Los_Angeles": true, "America/Anchorage": true,
	"America/Detroit": true, "America/Boise": true, "America/Indiana/Indianapolis": true,
	"America/Kentucky/Louisville": true, "Pacific/Honolulu": true, "America/Puerto_Rico": true,
}

func isUSZone(loc *time.Location) bool {
	name := loc.String()
	return usZones[name] || strings.HasPrefix(name, "US/")
}

// Zone kinds of a parsed stamp.
const (
	zNone   uint8 = iota // read in the publisher's zone
	zFixed               // a fixed offset: "+0300", "GMT+3"
	zAbbr                // an abbreviation from zoneDefs
	zCustom              // from Normalizer.Zones
)

// zoneSpec is the zone a stamp printed, before it is resolved against a
// date.
type zoneSpec struct {
	kind uint8
	idx  uint8
	off  int
	loc  *time.Location
}

// zres is a zone resolved for one date: a location, or a fixed offset
// when loc is nil.
type zres struct {
	loc *time.Location
	off int
}

func (z zres) date(y int, mo time.Month, d, h, mi, s, ns int) time.Time {
	if z.loc != nil {
		return time.Date(y, mo, d, h, mi, s, ns, z.loc)
	}
	return time.Date(y, mo, d, h, mi, s, ns, time.UTC).Add(-time.Duration(z.off) * time.Second)
}

// in returns t in the zone: its location, or a fixed zone with its
// offset (UTC for zero).
func (z zres) in(t time.Time) time.Time {
	if z.loc != nil {
		return t.In(z.loc)
	}
	return t.In(fixedZone(z.off))
}

// quarterZones holds a fixed zone for every quarter-hour offset from
// -14:00 to +14:00, built once, so that returning a time in a printed
// offset does not allocate.
var quarterZones = func() []*time.Location {
	zs := make([]*time.Location, 14*4*2+1)
	for i := range zs {
		zs[i] = time.FixedZone("", (i-14*4)*900)
	}
	zs[14*4] = time.UTC
	return zs
}()

// fixedZone returns a zone with the offset off in seconds.
func fixedZone(off int) *time.Location {
	if off%900 == 0 && off >= -14*hour && off <= 14*hour {
		return quarterZones[off/900+14*4]
	}
	return time.FixedZone("", off)
}

// wall returns the calendar date of instant t in the zone.
func (z zres) wall(t time.Time) (int, time.Month, int) {
	if z.loc != nil {
		return t.In(z.loc).Date()
	}
	return t.UTC().Add(time.Duration(z.off) * time.Second).Date()
}

// addDays moves t by days calendar days in the zone.
func (z zres) addDays(t time.Time, days int) time.Time {
	if z.loc != nil {
		return t.In(z.loc).AddDate(0, 0, days)
	}
	return t.Add(time.Duration(days) * 24 * time.Hour)
}

// resolve turns the printed zone into a location or an offset for a wall
// time on the given date, in this order: the publisher's own zone when it
// uses the abbreviation at that date (or half a year away, for the other
// half of a daylight-saving pair), the IANA zone of a generic abbreviation,
// the built-in offset.
func (z *zoneSpec) resolve(pub *time.Location, y int, mo time.Month, d, h, mi int) zres {
	switch z.kind {
	case zFixed:
		return zres{off: z.off}
	case zCustom:
		return zres{loc: z.loc}
	case zAbbr:
	default:
		return zres{loc: pub}
	}
	def := &zoneDefs[z.idx]
	t := time.Date(y, mo, d, h, mi, 0, 0, pub)
	if name, _ := t.Zone(); strings.EqualFold(name, def.name) {
		return zres{loc: pub}
	}
	if def.iana != "" {
		if l := zoneLocs[z.idx](); l != nil {
			return zres{loc: l}
		}
		return zres{off: ruleOffset(def, y, mo, d, h, mi)}
	}
	if name, off := t.AddDate(0, 6, 0).Zone(); strings.EqualFold(name, def.name) {
		return zres{off: off}
	}
	return zres{off: def.off}
}

// ruleOffset is the offset of a generic zone at a wall time, from its
// daylight-saving rule: the fallback for systems without a tz database.
func ruleOffset(def *zoneDef, y int, mo time.Month, d, h, mi int) int {
	wall := time.Date(y, mo, d, h, mi, 0, 0, time.UTC)
	var start, end time.Time // as wall times
	switch def.rule {
	case ruleUS:
		start = nthSunday(y, time.March, 2).Add(2 * time.Hour)
		end = nthSunday(y, time.November, 1).Add(2 * time.Hour)
	case ruleEU:
		start = lastSunday(y, time.March).Add(time.Hour + time.Duration(def.off)*time.Second)
		end = lastSunday(y, time.October).Add(time.Hour + time.Duration(def.dst)*time.Second)
	default:
		return def.off
	}
	if !wall.Before(start) && wall.Before(end) {
		return def.dst
	}
	return def.off
}

// nthSunday is midnight (UTC) of the n-th Sunday of the month.
func nthSunday(y int, mo time.Month, n int) time.Time {
	t := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
	t = t.AddDate(0, 0, (7-int(t.Weekday()))%7)
	return t.AddDate(0, 0, 7*(n-1))
}

// lastSunday is midnight (UTC) of the last Sunday of the month.
func lastSunday(y int, mo time.Month) time.Time {
	t := time.Date(y, mo+1, 0, 0, 0, 0, 0, time.UTC)
	return t.AddDate(0, 0, -int(t.Weekday()))
}
