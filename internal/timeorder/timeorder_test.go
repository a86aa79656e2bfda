package timeorder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestSteps(t *testing.T) {
	// Newest first across midnight: 00:35 above 23:50 above 23:10.
	inc, dec := clockSteps([]int{35, 23*60 + 50, 23*60 + 10})
	assert.Equal(t, [2]int{0, 2}, [2]int{inc, dec})
	inc, dec = clockSteps([]int{600, 600, 660})
	assert.Equal(t, [2]int{1, 0}, [2]int{inc, dec}, "a repeated clock is no step")
	inc, dec = matchSteps([]float64{12, 45.02, 45.99, 90.03})
	assert.Equal(t, [2]int{3, 0}, [2]int{inc, dec})

	day := time.Date(2024, 3, 12, 12, 0, 0, 0, time.UTC)
	inc, dec, close := instantSteps([]time.Time{day, day.Add(-time.Hour), day.Add(-2 * time.Hour), day.Add(-time.Hour)})
	assert.Equal(t, [2]int{1, 2}, [2]int{inc, dec})
	assert.True(t, close)
	_, _, close = instantSteps([]time.Time{day, day.Add(-48 * time.Hour), day.Add(-96 * time.Hour)})
	assert.False(t, close, "two days apart at the median")
}

func TestOneWay(t *testing.T) {
	day := time.Date(2024, 3, 12, 18, 0, 0, 0, time.UTC)
	back := func(hours ...int) []time.Time {
		var ts []time.Time
		for _, h := range hours {
			ts = append(ts, day.Add(-time.Duration(h)*time.Hour))
		}
		return ts
	}
	for _, c := range []struct {
		name  string
		times Times
		order string
		ok    bool
	}{
		{"newest first", Times{N: 4, Instants: back(0, 1, 2, 3)}, "times", true},
		{"oldest first", Times{N: 4, Instants: back(3, 2, 1, 0)}, "times", true},
		{"one step of five back is allowed", Times{N: 6, Instants: back(0, 1, 2, 1, 3, 4)}, "times", true},
		{"zigzag", Times{N: 4, Instants: back(0, 2, 1, 3)}, "times do not run one way", false},
		{"a chronology of days", Times{N: 3, Instants: back(0, 48, 96)}, "times days apart", false},
		{"instants win over clocks when two thirds have one", Times{N: 3, Instants: back(0, 1), Clocks: []int{600, 900, 700}}, "times", true},
		{"match clocks", Times{N: 3, MatchClocks: []float64{90, 45.02, 12}}, "match clocks", true},
		{"printed clocks across midnight", Times{N: 3, Clocks: []int{35, 23*60 + 50, 23*60 + 10}}, "clocks", true},
		{"too few timed", Times{N: 4, Clocks: []int{600, 500}}, "too few entries timed", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			order, ok := OneWay(c.times)
			assert.Equal(t, c.order, order)
			assert.Equal(t, c.ok, ok)
		})
	}
}

func TestOldestFirst(t *testing.T) {
	day := time.Date(2024, 8, 17, 11, 0, 0, 0, time.UTC)
	at := func(hours ...int) []time.Time {
		var ts []time.Time
		for _, h := range hours {
			ts = append(ts, day.Add(time.Duration(h)*time.Hour))
		}
		return ts
	}
	assert.True(t, OldestFirst(Times{N: 5, Instants: at(0, 3, 7, 11, 15)}), "a gallery's day")
	assert.False(t, OldestFirst(Times{N: 4, Instants: at(9, 6, 2, 0)}), "newest first")
	assert.True(t, OldestFirst(Times{N: 4, Clocks: []int{23 * 60, 23*60 + 40, 20, 75}}), "clocks forward past midnight")
	assert.True(t, OldestFirst(Times{N: 3, MatchClocks: []float64{1, 12, 45.02}}), "a match told from kick-off")
	assert.False(t, OldestFirst(Times{N: 3, MatchClocks: []float64{90.03, 45.02, 12}}), "a commentary, newest first")
	assert.False(t, OldestFirst(Times{N: 4, Clocks: []int{600}}), "too few timed")
}

func TestForward(t *testing.T) {
	assert.True(t, Forward([]int{7*60 + 30, 10*60 + 45, 15*60 + 20, 19*60 + 5}), "a day told in order")
	assert.True(t, Forward([]int{23 * 60, 23*60 + 40, 20, 75}), "forward past midnight")
	assert.False(t, Forward([]int{16*60 + 20, 14*60 + 5, 11*60 + 40, 9*60 + 15}), "newest first")
	assert.False(t, Forward([]int{35, 23*60 + 50, 23*60 + 10}), "newest first past midnight")
	assert.False(t, Forward(nil), "no clocks")
}

func TestSlotsRising(t *testing.T) {
	tests := []struct {
		name  string
		slots []int
		want  bool
	}{
		{"programme", []int{9 * 60, 9*60 + 30, 10 * 60, 12 * 60, 13*60 + 15}, true},
		{"guide past midnight", []int{22 * 60, 23*60 + 45, 15, 90}, true},
		{"one post off the quarter", []int{9 * 60, 9*60 + 30, 10*60 + 2, 12 * 60}, false},
		{"newest first", []int{12 * 60, 10 * 60, 9*60 + 30, 9 * 60}, false},
		{"a slot twice", []int{9 * 60, 9 * 60, 10 * 60, 11 * 60}, false},
	}
	assert.True(t, SlotsRising([]int{18 * 60, 18*60 + 30, 19 * 60, 21 * 60}, LiveSlotStep), "a channel's evening")
	assert.False(t, SlotsRising([]int{21 * 60, 21*60 + 15, 21*60 + 30, 21*60 + 45}, LiveSlotStep), "posts every quarter hour")
	for _, tt := range tests {
		assert.Equal(t, tt.want, SlotsRising(tt.slots, SlotStep), tt.name)
	}
	hourly := []int{9 * 60, 10 * 60, 11 * 60, 12 * 60}
	assert.True(t, Timetable(hourly, false), "an hourly forecast")
	assert.True(t, Timetable(hourly, true), "on the hour is on the half hour too")
	assert.False(t, Timetable(hourly[:3], false), "three slots are too few")
	assert.False(t, Timetable([]int{21 * 60, 21*60 + 15, 21*60 + 30, 21*60 + 45}, true), "a live page posting every quarter hour")
}

func TestTimeCodes(t *testing.T) {
	transcript := []int{0, 42, 75, 210, 242, 405} // 00:00, 00:42, 01:15 ... seconds apart
	assert.True(t, TimeCodes(transcript), "a transcript")
	assert.True(t, Scheduled(transcript, false))
	assert.False(t, Scheduled(transcript, true), "on a live page, a night from midnight on the dot posting minutes apart")
	chapters := []int{0, 252, 708, 1385} // 00:00, 04:12, 11:48, 23:05: minutes apart
	assert.True(t, Scheduled(chapters, false))
	assert.True(t, Scheduled(chapters, true), "chapters under a title that says live")
	assert.False(t, TimeCodes(transcript[1:]), "not from zero")
	assert.False(t, TimeCodes([]int{0, 252}), "too few")
	assert.False(t, TimeCodes([]int{0, 42, 30, 75}), "a step back")
	assert.False(t, TimeCodes([]int{0, 1410, 30, 75}), "round the dial: a live blog from midnight")
	assert.False(t, TimeCodes([]int{1385, 708, 252, 0}), "newest first")
}

func TestTimetableDays(t *testing.T) {
	for _, tc := range []struct {
		name string
		days [][]int
		want bool
	}{
		{"two days of quarter-hour slots", [][]int{{510, 555, 630, 810}, {540, 660, 930}}, true},
		{"one day is not several", [][]int{{510, 555, 630, 810}}, false},
		{"too few slots", [][]int{{510}, {540, 660}}, false},
		{"a post off the quarter hour", [][]int{{840, 877, 975}, {510, 552, 708}}, false},
		{"a day running backwards", [][]int{{810, 630, 555}, {930, 660}}, false},
		{"an empty day", [][]int{{510, 555, 630}, {}}, false},
		{"no headings", nil, false},
	} {
		assert.Equal(t, tc.want, TimetableDays(tc.days), tc.name)
	}
}

func TestForwardInstants(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2024, 11, 5, h, m, 0, 0, time.UTC) }
	assert.True(t, ForwardInstants([]time.Time{at(9, 14), at(9, 40), at(10, 22), at(11, 5)}), "a thread in order")
	assert.False(t, ForwardInstants([]time.Time{at(11, 5), at(10, 22), at(9, 40)}), "newest first")
	assert.False(t, ForwardInstants(nil), "no instants")
}
