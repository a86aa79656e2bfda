package timeorder

// This file holds the shapes of a schedule's times and of a recording's
// time codes: what a conference programme, a TV guide, an hourly
// forecast, a transcript print, and a live blog does not. internal/stream (on the tree), internal/detect (on its outline)
// and internal/textread (on copied text) ask it with the printed clocks
// of their entries.

// MinTimetable is the fewest slots that make a timetable.
const MinTimetable = 4

// The slot steps of Timetable: the quarter hour, and on a page that calls
// itself live the half hour (a live blog posting on the quarter hour,
// oldest first, is rare but not unheard of).
const (
	SlotStep     = 15
	LiveSlotStep = 30
)

// Timetable reports whether the clocks (minutes after midnight, one per
// entry, in page order) are a timetable's slots rather than a live
// blog's posts: at least MinTimetable of them, every one on a multiple of
// SlotStep minutes (LiveSlotStep on a page that calls itself live, whose
// channel lists its schedule under "Watch live"), each after the one
// before. Posts of a live blog land on any minute; a schedule's slots
// are set on round times, earliest first.
func Timetable(clocks []int, saysLive bool) bool {
	step := SlotStep
	if saysLive {
		step = LiveSlotStep
	}
	return len(clocks) >= MinTimetable && SlotsRising(clocks, step)
}

// SlotsRising reports whether every slot (minutes after midnight) falls
// on a multiple of step minutes and each comes after the one before,
// round the dial (a guide may run past midnight).
func SlotsRising(slots []int, step int) bool {
	for i, c := range slots {
		if c%step != 0 {
			return false
		}
		if i > 0 {
			if d := (c - slots[i-1] + 1440) % 1440; d == 0 || d >= 720 {
				return false
			}
		}
	}
	return true
}

// MinTimetableDays is the fewest days under their own headings that make
// a programme of several days.
const MinTimetableDays = 2

// TimetableDays reports whether days, the clocks (minutes after
// midnight, in page order) under each of a page's day headings, are a
// programme of several days rather than a live blog's posts: at least
// MinTimetableDays days and MinTimetable slots in all, the slots of every
// day on the quarter hour (SlotStep), each after the one before. The
// page may call itself live ("Watch live"): a live blog does not post
// on the quarter hour, oldest first, day after day.
func TimetableDays(days [][]int) bool {
	if len(days) < MinTimetableDays {
		return false
	}
	n := 0
	for _, d := range days {
		if len(d) == 0 || !SlotsRising(d, SlotStep) {
			return false
		}
		n += len(d)
	}
	return n >= MinTimetable
}

// Scheduled reports whether the clocks (minutes after midnight, one per
// entry, in page order) are a schedule's or a recording's rather than a
// live blog's: a Timetable, or TimeCodes — on a page that calls itself
// live ("Live from the Jazz Cellar" is an episode's title) only codes a
// minute or more apart, which read as clocks are an hour or more apart,
// where a live night from 00:00 posts minutes apart.
func Scheduled(clocks []int, saysLive bool) bool {
	return Timetable(clocks, saysLive) || TimeCodes(clocks) && (!saysLive || stepsAtLeast(clocks, 60))
}

// MinTimeCodes is the fewest marks that make a recording's time codes.
const MinTimeCodes = 3

// TimeCodes reports clocks that read as a recording's time codes, a
// transcript's or a video's chapters ("00:00", "00:42", "03:30"; "04:12"
// read as a clock is 4 h 12): at least MinTimeCodes of them, the first
// at zero, each after the one before, none past midnight. A blog's first
// post is not at midnight on the dot with every later one below it in
// page order.
func TimeCodes(clocks []int) bool {
	if len(clocks) < MinTimeCodes || clocks[0] != 0 {
		return false
	}
	return stepsAtLeast(clocks, 1)
}

// stepsAtLeast reports whether each clock is at least min minutes after
// the one before.
func stepsAtLeast(clocks []int, min int) bool {
	for i := 1; i < len(clocks); i++ {
		if clocks[i]-clocks[i-1] < min {
			return false
		}
	}
	return true
}
