package timeparse

import (
	"runtime"
	"testing"
	"time"

	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refWed is the reference time of these tests: Wednesday 15 October
// 2025, 13:40 UTC.
var refWed = time.Date(2025, 10, 15, 13, 40, 0, 0, time.UTC)

// at is a time on the reference's calendar, in UTC.
func at(mo time.Month, d, h, mi int) time.Time {
	return time.Date(2025, mo, d, h, mi, 0, 0, time.UTC)
}

type langCase struct {
	in    string
	langs []string
	page  string    // Normalizer.Language, the page's language (a hint)
	want  time.Time // zero: an error
}

func runLangCases(t *testing.T, now time.Time, cases []langCase) {
	t.Helper()
	for _, c := range cases {
		n := &Normalizer{Now: now, Languages: c.langs, Language: c.page}
		st, err := n.Read(c.in)
		if c.want.IsZero() {
			assert.Error(t, err, "%q %v read as %v", c.in, c.langs, st.Time)
			continue
		}
		if assert.NoError(t, err, "%q %v", c.in, c.langs) {
			assert.True(t, c.want.Equal(st.Time), "%q %v: got %v, want %v", c.in, c.langs, st.Time, c.want)
		}
	}
}

// TestWordsWithSeveralMeanings: the page's languages win; without them
// the languages the stamp's words share, then the first in lexicon order.
func TestWordsWithSeveralMeanings(t *testing.T) {
	t.Parallel()
	runLangCases(t, refWed, []langCase{
		// listopad: November in Polish and Czech, October in Croatian.
		{in: "15. listopada 2025. u 14:18", langs: []string{"hr"}, want: at(10, 15, 14, 18)},
		{in: "15 listopada 2025, 14:18", langs: []string{"pl"}, want: at(11, 15, 14, 18)},
		{in: "petak, 10. listopada 2025.", want: at(10, 10, 0, 0)}, // petak is Croatian
		{in: "pon, 13. lis 2025. 13:14", want: at(11, 13, 13, 14)}, // Polish first
		{in: "pon, 13. lis 2025. 13:14", langs: []string{"hr-HR"}, want: at(10, 13, 13, 14)},
		{in: "pon, 13. lis 2025. 13:14", page: "hr", want: at(10, 13, 13, 14)},
		{in: "ma 11:02", page: "hu", want: at(10, 15, 11, 2)},
		// ma: Monday in Dutch and Finnish, Tuesday in Spanish (short),
		// today in Hungarian.
		{in: "ma 11:02", langs: []string{"hu"}, want: at(10, 15, 11, 2)},
		{in: "ma 13.10.2025 klo 13.14", want: at(10, 13, 13, 14)}, // klo is Finnish
		// mar: March in Spanish, Tuesday in French; a second month
		// makes it the weekday.
		{in: "mar. 14 oct. 2025", want: at(10, 14, 0, 0)},
		{in: "14 mar. 2025", want: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)},
		// to: Thursday and two in Danish and Norwegian.
		{in: "for to timer siden", want: refWed.Add(-2 * time.Hour)},
		{in: "to 13:14", langs: []string{"da"}, want: at(10, 9, 13, 14)},
		// Tags with regions, scripts and aliases.
		{in: "15. listopada 2025. u 14:18", langs: []string{"hr_HR"}, want: at(10, 15, 14, 18)},
		{in: "pre 5 minuta", langs: []string{"sr-Latn-RS"}, want: refWed.Add(-5 * time.Minute)},
		{in: "pre 5 minuta", langs: []string{"sr"}},
		{in: "10月13日 週一 13:14", langs: []string{"zh-TW"}, want: at(10, 13, 13, 14)},
		{in: "for 3 timer siden", langs: []string{"no"}, want: refWed.Add(-3 * time.Hour)},
		{in: "vor 5 Minuten", langs: []string{"xx"}},
		// Words outside the page's languages are unknown.
		{in: "vor 5 Minuten", langs: []string{"en"}},
		{in: "vor 5 Minuten", langs: []string{"de-AT"}, want: refWed.Add(-5 * time.Minute)},
	})
}

// TestBareDurations: "2 min", "3h" are the time since posting in the
// languages that print them (English); "14h" is a clock where the
// stamp's words are French.
func TestBareDurations(t *testing.T) {
	t.Parallel()
	runLangCases(t, refWed, []langCase{
		{in: "2 min", want: refWed.Add(-2 * time.Minute)},
		{in: "15 hrs", want: refWed.Add(-15 * time.Hour)},
		{in: "3h", want: refWed.Add(-3 * time.Hour)},
		{in: "14h", want: refWed.Add(-14 * time.Hour)},
		{in: "14h", langs: []string{"fr"}, want: at(10, 15, 14, 0).AddDate(0, 0, -1)},
		{in: "à 14h", want: at(10, 15, 14, 0).AddDate(0, 0, -1)},
		{in: "à 13h", want: at(10, 15, 13, 0)},
		{in: "2 min", langs: []string{"de"}},
		// The page's language, a hint: "14h" on a French page is a
		// clock; English and German stamps are still read there.
		{in: "14h", page: "fr-FR", want: at(10, 15, 14, 0).AddDate(0, 0, -1)},
		{in: "9h", page: "fr", want: at(10, 15, 9, 0)},
		{in: "3h", page: "en", want: refWed.Add(-3 * time.Hour)},
		{in: "2 hours ago", page: "fr", want: refWed.Add(-2 * time.Hour)},
		{in: "vor 5 Minuten", page: "en", want: refWed.Add(-5 * time.Minute)},
		{in: "5 minutes"},      // no "ago": not a form anybody prints bare
		{in: "in 5 min"},       // the future
		{in: "in 5 minutes"},   // the future
		{in: "tomorrow 14:00"}, // the future
	})
}

// TestRelativeForms covers number words, several units, markers around
// fillers, fixed phrases and calendar units.
func TestRelativeForms(t *testing.T) {
	t.Parallel()
	runLangCases(t, refWed, []langCase{
		{in: "nine hours ago", want: refWed.Add(-9 * time.Hour)},
		{in: "about an hour ago", want: refWed.Add(-time.Hour)},
		{in: "1 hr 48 min ago", want: refWed.Add(-108 * time.Minute)},
		{in: "2 ч. 21 мин. назад", want: refWed.Add(-141 * time.Minute)},
		{in: "1 godz. 2 minuty temu", want: refWed.Add(-62 * time.Minute)},
		{in: "48 min 1 hr ago"}, // units must get smaller
		{in: "vor etwa 23 Stunden", want: refWed.Add(-23 * time.Hour)},
		{in: "Hace cerca de 23 horas", want: refWed.Add(-23 * time.Hour)},
		{in: "acum 36 de minute", want: refWed.Add(-36 * time.Minute)},
		{in: "منذ ساعتين", want: refWed.Add(-2 * time.Hour)},
		{in: "לפני שעתיים", want: refWed.Add(-2 * time.Hour)},
		{in: "两小时前", want: refWed.Add(-2 * time.Hour)},
		{in: "5分前", want: refWed.Add(-5 * time.Minute)},
		{in: "5 นาทีที่แล้ว", want: refWed.Add(-5 * time.Minute)},
		// Months and years are calendar months; days and weeks
		// calendar days at the same clock.
		{in: "12 months ago", want: time.Date(2024, 10, 15, 13, 40, 0, 0, time.UTC)},
		{in: "3 року тому", want: time.Date(2022, 10, 15, 13, 40, 0, 0, time.UTC)},
		{in: "1 week ago", want: at(10, 8, 13, 40)},
		// A marker without a relative time is no stamp.
		{in: "vor 14:18"},
		{in: "il y a"},
	})
}

// TestDayWordsAndWeekdays: a day word alone is the reference time that
// many days back, its clock kept and HasTime false; a weekday alone the
// latest one before today, at midnight.
func TestDayWordsAndWeekdays(t *testing.T) {
	t.Parallel()
	n := &Normalizer{Now: refWed}
	st, err := n.Read("yesterday")
	require.NoError(t, err)
	assert.True(t, at(10, 14, 13, 40).Equal(st.Time))
	assert.True(t, st.HasDate && st.Relative && !st.HasTime)

	st, err = n.Read("Wednesday")
	require.NoError(t, err)
	assert.True(t, at(10, 8, 0, 0).Equal(st.Time), "today is a Wednesday: the one before, got %v", st.Time)
	assert.True(t, st.HasDate && !st.HasTime && st.Relative)

	runLangCases(t, refWed, []langCase{
		{in: "the day before yesterday", want: at(10, 13, 13, 40)},
		{in: "Friday", want: at(10, 10, 0, 0)},
		{in: "Thứ sáu", want: at(10, 10, 0, 0)},
		{in: "Mit 13:14", want: at(10, 15, 13, 14)},
		{in: "Wed 14:00", want: at(10, 8, 14, 0)}, // today's 14:00 is still to come
		{in: "Fr"}, // two letters alone are a word more often
		{in: "Mon Tue"},
		{in: "at noon", want: at(10, 15, 12, 0)},
		{in: "midnight", want: at(10, 15, 0, 0)},
		{in: "November 19, 2014 at noon", want: time.Date(2014, 11, 19, 12, 0, 0, 0, time.UTC)},
		{in: "कल 4:05 pm", want: at(10, 14, 16, 5)}, // कल is yesterday or tomorrow: past
	})
	// A clock in words is a printed clock like "12:00": dated with its
	// neighbours (a live blog's "noon" update), not relative to now.
	for _, s := range []string{"noon", "Noon", "midnight", "mezzogiorno"} {
		st, err := n.Read(s)
		require.NoError(t, err, s)
		assert.True(t, st.HasTime && !st.HasDate && !st.Relative, "%s: %+v", s, st)
	}
}

// TestYearFirstSpacedDates: a year printed first with dots and spaces
// ("2021. 9. 6.", Korean and Hungarian) is followed by month, then day.
func TestYearFirstSpacedDates(t *testing.T) {
	t.Parallel()
	runLangCases(t, refWed, []langCase{
		{in: "2021. 9. 6.", want: time.Date(2021, 9, 6, 0, 0, 0, 0, time.UTC)},
		{in: "2021. 09. 06. 14:18", want: time.Date(2021, 9, 6, 14, 18, 0, 0, time.UTC)},
		{in: "2021. 9. 6. 오후 2:18", want: time.Date(2021, 9, 6, 14, 18, 0, 0, time.UTC)},
		{in: "2021. 12. 24.", want: time.Date(2021, 12, 24, 0, 0, 0, 0, time.UTC)},
		{in: "2021. 13. 6."}, // no thirteenth month
	})
}

// TestSlashedDatesWithAUSZone: a slashed date is read day first unless
// something says otherwise; a US zone in the stamp says month first.
func TestSlashedDatesWithAUSZone(t *testing.T) {
	t.Parallel()
	runLangCases(t, refWed, []langCase{
		{in: "9/6/21 2:18 PM ET", want: time.Date(2021, 9, 6, 18, 18, 0, 0, time.UTC)},
		{in: "09/06/2021 14:18 EDT", want: time.Date(2021, 9, 6, 18, 18, 0, 0, time.UTC)},
		{in: "9/6/2021 2:18 PM", want: time.Date(2021, 6, 9, 14, 18, 0, 0, time.UTC)},
		{in: "09/06/2021 14:18 CET", want: time.Date(2021, 6, 9, 13, 18, 0, 0, time.UTC)},
		{in: "25/12/2021 10:00 EST", want: time.Date(2021, 12, 25, 15, 0, 0, 0, time.UTC)}, // only one reading
	})
}

// TestYears covers two-digit years and Buddhist-era ones.
func TestYears(t *testing.T) {
	t.Parallel()
	old := time.Date(2014, 9, 1, 10, 30, 0, 0, time.UTC)
	runLangCases(t, old, []langCase{
		// 2021 would be after the reference: the century before.
		{in: "26. 10.21", want: time.Date(1921, 10, 26, 0, 0, 0, 0, time.UTC)},
		{in: "7 oct 70", want: time.Date(1970, 10, 7, 0, 0, 0, 0, time.UTC)},
		{in: "Oct. 7, '70", want: time.Date(1970, 10, 7, 0, 0, 0, 0, time.UTC)},
		{in: "Wednesday, 07-May-09 08:00:43 MST", want: time.Date(2009, 5, 7, 15, 0, 43, 0, time.UTC)},
		// A day after the reference is still this century.
		{in: "02.09.14", want: time.Date(2014, 9, 2, 0, 0, 0, 0, time.UTC)},
	})
	runLangCases(t, refWed, []langCase{
		{in: "26. 10.21", want: time.Date(2021, 10, 26, 0, 0, 0, 0, time.UTC)},
		{in: "15/10/25 10:15", want: at(10, 15, 10, 15)},
		{in: "14 ตุลาคม 2568 09:05 น.", want: at(10, 14, 9, 5)},
		{in: "3 มีนาคม 2567", want: time.Date(2024, 3, 3, 0, 0, 0, 0, time.UTC)},
		{in: "3 March 2300"}, // neither Gregorian nor Buddhist era
	})
}

// TestScriptsAndFolding covers native digits, scripts without spaces,
// prefixes and case folding.
func TestScriptsAndFolding(t *testing.T) {
	t.Parallel()
	runLangCases(t, refWed, []langCase{
		{in: "١٤:١٨", want: at(10, 14, 14, 18)},
		{in: "११:०२", want: at(10, 15, 11, 2)},
		{in: "১১:০২", want: at(10, 15, 11, 2)},
		{in: "๑๐:๑๕ น.", want: at(10, 15, 10, 15)},
		{in: "２０２５年１０月１５日", want: at(10, 15, 0, 0)},
		{in: "2023年3月1日 14時18分", want: time.Date(2023, 3, 1, 14, 18, 0, 0, time.UTC)},
		{in: "2024년 3월 3일 오전 9시 5분", want: time.Date(2024, 3, 3, 9, 5, 0, 0, time.UTC)},
		{in: "下午2:18", want: at(10, 14, 14, 18)},
		{in: "5分"}, // five minutes, not five o'clock
		{in: "第2页"},
		{in: "15 באוקטובר 2025, 14:18", want: at(10, 15, 14, 18)},
		{in: "ΟΚΤΩΒΡΙΟΥ 15, 2025", want: at(10, 15, 0, 0)},
		{in: "14 ARALIK 2024", want: time.Date(2024, 12, 14, 0, 0, 0, 0, time.UTC)},
		{in: "Παρασκευή 10 Οκτωβρίου 2025", want: at(10, 10, 0, 0)},
	})
}

// TestZoneForms: an offset wins over an abbreviation that disagrees; a
// language's own zone word is its zone.
func TestZoneForms(t *testing.T) {
	t.Parallel()
	runLangCases(t, refWed, []langCase{
		{in: "Fri Sep 23 2016 10:34:51 GMT+0800 (CST)", want: time.Date(2016, 9, 23, 2, 34, 51, 0, time.UTC)},
		{in: "September 17, 2012 at 10:09am PST-08", want: time.Date(2012, 9, 17, 18, 9, 0, 0, time.UTC)},
		{in: "Mon Aug 10 15:44:11 PST-0700 2015", want: time.Date(2015, 8, 10, 22, 44, 11, 0, time.UTC)},
		{in: "2018-06-29 19:09:57 +0300 +03", want: time.Date(2018, 6, 29, 16, 9, 57, 0, time.UTC)},
		{in: "2018-06-29 19:09:57 +0300 +02"},
		{in: "14:18 ET PT"},
		{in: "10:15 TSİ", want: at(10, 15, 7, 15)},
		{in: "14:18 WITA", want: at(10, 15, 6, 18)},
		{in: "14:18 XYZ"},
	})
}

// TestPlainClockAllocatesNothing: with every table loaded, a plain clock
// costs no allocation.
func TestPlainClockAllocatesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts")
	}
	lon, err := time.LoadLocation("Europe/London")
	require.NoError(t, err)
	n := &Normalizer{Location: lon, Now: time.Date(2021, 9, 6, 20, 0, 0, 0, time.UTC)}
	for _, s := range []string{"14:18", "14.18 BST", "14h18", "12.31 Uhr", "14時18分", "5 min ago"} {
		allocs := testing.AllocsPerRun(100, func() {
			if _, err := n.Read(s); err != nil {
				t.Fatal(err)
			}
		})
		assert.Zero(t, allocs, "%q", s)
	}
}

// BenchmarkBuildTable builds the vocabulary as the package does once at
// initialisation; "retained-B" is the heap the built table keeps (the
// figure in the README), B/op what building it allocates in all.
func BenchmarkBuildTable(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	t := buildTable(lexicon.Time(), lexicon.Everywhere, lexicon.Zones, lexicon.ZonePhrases)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(t)
	b.ReportAllocs()
	for b.Loop() {
		buildTable(lexicon.Time(), lexicon.Everywhere, lexicon.Zones, lexicon.ZonePhrases)
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc), "retained-B")
	b.ReportMetric(float64(len(t.words)), "words")
}
