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

// zoneDef is one zone abbreviation that pages print, from
// lexicon.Zones, or a language's own zone word (lexicon.Language.Zones).
type zoneDef struct {
	name  string // as the tz database spells it
	off   int    // the fixed (standard) offset in seconds
	iana  string
	dst   int
	rule  uint8
	utc   bool
	local bool // a language's own word: only its IANA zone is known
	// monthFirst: the zone's country writes numeric dates month first.
	monthFirst bool
}

const hour = 3600

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

// mdZones are the IANA zones of the countries that print a day and
// month month first ("10/12" is 12 October in Japan, China, Taiwan and
// Korea), for stamps whose words name no language.
var mdZones = map[string]bool{
	"Asia/Tokyo": true, "Asia/Shanghai": true, "Asia/Taipei": true, "Asia/Seoul": true,
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
	idx  uint16
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
		if def.local {
			return zres{loc: pub} // no tz database: the publisher's zone is the best guess
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

// zoneIdx returns the index of the zone named name; it panics on a name
// the zones lack.
func zoneIdx(name string) int { return vocab.zoneIdx(name) }
