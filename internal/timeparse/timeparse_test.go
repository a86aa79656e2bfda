package timeparse

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the tests, not the library, may embed the tz database

	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// timeCase is one row of testdata/timestamps.json, the table shared with
// the comparison program in bench/.
type timeCase struct {
	Name   string `json:"name"`
	Family string `json:"family"`
	Input  string `json:"input"`
	// TZ is the publisher's IANA zone; empty means UTC.
	TZ string `json:"tz"`
	// Now is the reference time, RFC 3339.
	Now string `json:"now"`
	// Want is the expected instant, RFC 3339; empty when Err is set.
	Want string `json:"want"`
	Err  bool   `json:"err"`
	// Order is "dmy", "mdy" or empty (OrderAuto).
	Order string            `json:"order"`
	Langs []string          `json:"langs"`
	Zones map[string]string `json:"zones"`
	// HasDate, HasTime and HasYear, when present, are checked too.
	HasDate *bool `json:"has_date"`
	HasTime *bool `json:"has_time"`
	HasYear *bool `json:"has_year"`
}

func loadTimeCases(tb testing.TB) []timeCase {
	tb.Helper()
	b, err := os.ReadFile("../../testdata/timestamps.json")
	require.NoError(tb, err)
	var file struct {
		Cases []timeCase `json:"cases"`
	}
	require.NoError(tb, json.Unmarshal(b, &file))
	require.NotEmpty(tb, file.Cases)
	return file.Cases
}

// normalizer builds the Normalizer a case describes.
func (c *timeCase) normalizer(tb testing.TB) *Normalizer {
	tb.Helper()
	n := &Normalizer{Languages: c.Langs}
	if c.TZ != "" {
		loc, err := time.LoadLocation(c.TZ)
		require.NoError(tb, err)
		n.Location = loc
	}
	now, err := time.Parse(time.RFC3339, c.Now)
	require.NoError(tb, err)
	n.Now = now
	switch c.Order {
	case "dmy":
		n.Order = DayFirst
	case "mdy":
		n.Order = MonthFirst
	}
	for abbr, name := range c.Zones {
		loc, err := time.LoadLocation(name)
		require.NoError(tb, err)
		if n.Zones == nil {
			n.Zones = map[string]*time.Location{}
		}
		n.Zones[abbr] = loc
	}
	return n
}

func TestReadTable(t *testing.T) {
	t.Parallel()
	cases := loadTimeCases(t)
	require.GreaterOrEqual(t, len(cases), 150)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			n := c.normalizer(t)
			st, err := n.Read(c.Input)
			if c.Err {
				require.Error(t, err, "%q read as %v", c.Input, st.Time)
				assert.ErrorIs(t, err, ErrBadTime)
				var te *TimeError
				require.ErrorAs(t, err, &te)
				assert.Equal(t, c.Input, te.Raw)
				assert.True(t, st.Time.IsZero(), "a failed read returns the zero Time")
				return
			}
			require.NoError(t, err, "input %q", c.Input)
			want, err := time.Parse(time.RFC3339Nano, c.Want)
			require.NoError(t, err)
			assert.True(t, want.Equal(st.Time), "%q (zone %q, now %s):\n got %s\nwant %s",
				c.Input, c.TZ, c.Now, st.Time.UTC().Format(time.RFC3339Nano), want.UTC().Format(time.RFC3339Nano))
			assert.Equal(t, c.Input, st.Raw)
			if !st.HasZone {
				assert.Equal(t, n.location(), st.Time.Location(), "a time without a zone comes back in the publisher's zone")
			}
			assert.False(t, st.Time.After(n.Now) && !st.HasYear && st.HasDate,
				"an inferred year never puts a date in the future")
			if c.HasDate != nil {
				assert.Equal(t, *c.HasDate, st.HasDate, "HasDate")
			}
			if c.HasTime != nil {
				assert.Equal(t, *c.HasTime, st.HasTime, "HasTime")
			}
			if c.HasYear != nil {
				assert.Equal(t, *c.HasYear, st.HasYear, "HasYear")
			}
			if !st.HasDate {
				assert.False(t, st.Time.After(n.Now), "a time without a date is never in the future")
			}
			// Normalize agrees with Read.
			got, err := n.Normalize(c.Input)
			require.NoError(t, err)
			assert.True(t, got.Equal(st.Time))
		})
	}
}

func TestReadFamiliesCovered(t *testing.T) {
	t.Parallel()
	count := map[string]int{}
	for _, c := range loadTimeCases(t) {
		count[c.Family]++
	}
	for _, f := range []string{"sputnik", "guardian", "us", "world", "machine", "ru", "de", "fr", "it", "es", "pl", "relative", "dateonly", "error"} {
		assert.GreaterOrEqual(t, count[f], 5, "family %s", f)
	}
}

// TestReadKeepsPrintedZone checks the zone of the returned Time: the one
// the text printed, else the publisher's.
func TestReadKeepsPrintedZone(t *testing.T) {
	t.Parallel()
	lon, err := time.LoadLocation("Europe/London")
	require.NoError(t, err)
	n := &Normalizer{Location: lon, Now: time.Date(2021, 9, 6, 20, 0, 0, 0, time.UTC)}
	for in, want := range map[string]string{
		"14:18 GMT 06.09.2021":          "2021-09-06T14:18:00Z",
		"2023-11-02T21:06:52+05:30":     "2023-11-02T21:06:52+05:30",
		"2023-05-15T11:50:54.000Z":      "2023-05-15T11:50:54Z",
		"1630937880":                    "2021-09-06T14:18:00Z",
		"14:18 CEST":                    "2021-09-06T14:18:00+02:00",
		"14.18 BST":                     "2021-09-06T14:18:00+01:00",
		"14:18 UTC+05:45":               "2021-09-06T14:18:00+05:45",
		"2:18 p.m. ET, January 6, 2022": "2022-01-06T14:18:00-05:00",
		"14:18 06.09.2021":              "2021-09-06T14:18:00+01:00",
	} {
		st, err := n.Read(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, st.Time.Format(time.RFC3339), in)
	}
	st, err := n.Read("14:18 06.09.2021")
	require.NoError(t, err)
	assert.Equal(t, lon, st.Time.Location())
}

func TestZeroAndNilNormalizer(t *testing.T) {
	t.Parallel()
	var zero Normalizer
	st, err := zero.Read("2023-11-02T16:56Z")
	require.NoError(t, err)
	assert.True(t, st.Time.Equal(time.Date(2023, 11, 2, 16, 56, 0, 0, time.UTC)))
	assert.Equal(t, time.UTC, st.Time.Location())

	var nilN *Normalizer
	st, err = nilN.Read("14:18 GMT 06.09.2021")
	require.NoError(t, err)
	assert.True(t, st.Time.Equal(time.Date(2021, 9, 6, 14, 18, 0, 0, time.UTC)))

	// A bare time with the zero Now is dated today or yesterday.
	before := time.Now()
	st, err = zero.Read("00:00")
	require.NoError(t, err)
	assert.False(t, st.Time.After(time.Now()))
	assert.True(t, before.Sub(st.Time) < 25*time.Hour)
}

func TestTimeError(t *testing.T) {
	t.Parallel()
	var n Normalizer
	_, err := n.Normalize("25:61 GMT 06.09.2021")
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrBadTime)
	var te *TimeError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, "25:61 GMT 06.09.2021", te.Raw)
	assert.NotEmpty(t, te.Reason)
	assert.Contains(t, err.Error(), `"25:61 GMT 06.09.2021"`)
	assert.True(t, strings.HasPrefix(err.Error(), "liveblog: "))
}

// TestZoneFallbackRules checks the built-in daylight-saving rules, used
// when the system has no tz database, against the tz database for every
// hour of six years (the hours of the changes themselves excepted).
func TestZoneFallbackRules(t *testing.T) {
	t.Parallel()
	for i := range zoneDefs {
		def := &zoneDefs[i]
		if def.iana == "" || def.local {
			continue
		}
		t.Run(def.name, func(t *testing.T) {
			t.Parallel()
			loc, err := time.LoadLocation(def.iana)
			require.NoError(t, err)
			bad := 0
			for d := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2025; d = d.Add(time.Hour) {
				want := time.Date(d.Year(), d.Month(), d.Day(), d.Hour(), 0, 0, 0, loc)
				_, wantOff := want.Zone()
				_, offBefore := want.Add(-2 * time.Hour).Zone()
				_, offAfter := want.Add(2 * time.Hour).Zone()
				if offBefore != offAfter {
					continue // around a change: wall times are missing or doubled
				}
				if got := ruleOffset(def, d.Year(), d.Month(), d.Day(), d.Hour(), 0); got != wantOff {
					bad++
					if bad < 5 {
						t.Errorf("%s %s: rule offset %d, tz database %d", def.name, d.Format("2006-01-02 15:04"), got, wantOff)
					}
				}
			}
		})
	}
}

// TestZoneWithoutTZData resolves generic zones the way a system without a
// tz database does.
func TestZoneWithoutTZData(t *testing.T) {
	t.Parallel()
	et := &zoneDefs[zoneIdx("ET")]
	assert.Equal(t, -4*hour, ruleOffset(et, 2021, time.September, 6, 14, 18))
	assert.Equal(t, -5*hour, ruleOffset(et, 2022, time.January, 6, 14, 18))
	uk := &zoneDefs[zoneIdx("UK")]
	assert.Equal(t, 1*hour, ruleOffset(uk, 2021, time.September, 6, 14, 18))
	assert.Equal(t, 0, ruleOffset(uk, 2021, time.December, 6, 14, 18))
	msk := &zoneDefs[zoneIdx("MSK")]
	assert.Equal(t, 3*hour, ruleOffset(msk, 2021, time.December, 6, 14, 18))
}

func TestReadAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts")
	}
	lon, err := time.LoadLocation("Europe/London")
	require.NoError(t, err)
	n := &Normalizer{Location: lon, Now: time.Date(2021, 9, 6, 20, 0, 0, 0, time.UTC)}
	for _, s := range benchStamps {
		allocs := testing.AllocsPerRun(100, func() {
			if _, err := n.Read(s); err != nil {
				t.Fatal(err)
			}
		})
		assert.LessOrEqual(t, allocs, 2.0, "%q", s)
	}
}

// benchStamps are representative stamps of the common families.
var benchStamps = []string{
	"14:18 GMT 06.09.2021",
	"14.18 BST",
	"First published on Mon 6 Sep 2021 07.02 BST",
	"2:18 p.m. ET, September 6, 2021",
	"2023-05-15T11:50:54.000Z",
	"6 сентября 2021, 14:18",
	"6. September 2021, 14:18 Uhr",
	"5 min ago",
}

func BenchmarkRead(b *testing.B) {
	lon, err := time.LoadLocation("Europe/London")
	require.NoError(b, err)
	n := &Normalizer{Location: lon, Now: time.Date(2021, 9, 6, 20, 0, 0, 0, time.UTC)}
	for _, s := range benchStamps {
		b.Run(benchName(s), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := n.Read(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadTable reads every row of the shared table once per
// iteration; ns/op divided by the row count is the mean cost of a stamp.
func BenchmarkReadTable(b *testing.B) {
	cases := loadTimeCases(b)
	ns := make([]*Normalizer, len(cases))
	for i := range cases {
		ns[i] = cases[i].normalizer(b)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range cases {
			_, _ = ns[i].Read(cases[i].Input)
		}
	}
}

func BenchmarkReadGarbage(b *testing.B) {
	var n Normalizer
	b.ReportAllocs()
	for b.Loop() {
		_, _ = n.Read("The 3 men left at dawn")
	}
}

func benchName(s string) string {
	r := strings.NewReplacer(" ", "_", "/", "-")
	if len(s) > 24 {
		s = s[:24]
	}
	return r.Replace(s)
}

// TestDropZoneName checks which parenthesised zone names are cut: only
// a name without digits after an abbreviation glued to a four-digit
// offset, as JavaScript's Date.toString prints it.
func TestDropZoneName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Wed Oct 15 2025 14:18:00 GMT+0200 (Mitteleuropäische Sommerzeit)", "Wed Oct 15 2025 14:18:00 GMT+0200"},
		{"Wed Oct 15 2025 05:18:00 PST-0700 (Pacific Daylight Time)", "Wed Oct 15 2025 05:18:00 PST-0700"},
		{"Wed Oct 15 2025 14:18:00 GMT+0800 (中国标准时间)", "Wed Oct 15 2025 14:18:00 GMT+0800"},
		// A name with digits, an offset without its abbreviation, no
		// offset at all: kept, and read (or refused) as they are.
		{"14:18 +0800 (GMT+08:00)", "14:18 +0800 (GMT+08:00)"},
		{"14:18 GMT+0200 (see note 3)", "14:18 GMT+0200 (see note 3)"},
		{"14:18:00 +0200 (Central European Summer Time)", "14:18:00 +0200 (Central European Summer Time)"},
		{"Meeting at 14:18 (see agenda)", "Meeting at 14:18 (see agenda)"},
		{"(x)", "(x)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, dropZoneName(tt.in), tt.in)
	}
}

// TestBareCount checks the bounds of bare durations: what a
// relative-time widget prints before it moves to the next unit.
func TestBareCount(t *testing.T) {
	assert.True(t, bareCount(lexicon.Minute, 59))
	assert.False(t, bareCount(lexicon.Minute, 60))
	assert.False(t, bareCount(lexicon.Minute, 120)) // "120 m", a distance
	assert.True(t, bareCount(lexicon.Hour, 23))
	assert.False(t, bareCount(lexicon.Hour, 24))
	assert.False(t, bareCount(lexicon.Second, 90))
}
