package lexicon

// Unit is the unit of a relative time ("5 minutes ago").
type Unit uint8

// The units of relative times, shortest first.
const (
	Second Unit = iota + 1
	Minute
	Hour
	Day
	Week
	Month
	Year
)

// NumUnits is the number of units; Language.Past is indexed by Unit-1.
const NumUnits = int(Year)

// Language is the time vocabulary of one language. Every word and
// pattern is lower-case (unicode.ToLower rune by rune) and in Unicode
// NFC; a form printed with and without a final dot ("sept." and "sept")
// is listed both ways. A field may be empty where the language has no
// such form.
//
// Phrases (several words) are single strings with words separated by
// one space, as the time engine's tokenizer splits them: "il y a {0}
// minutes", "the day before yesterday".
type Language struct {
	// Tag is the BCP 47 tag: "en", "pt", "zh-Hant", "sr-Latn".
	Tag string
	// Months holds every form of each month name, January first:
	// format and stand-alone, wide and abbreviated, genitive and other
	// inflected forms ("сентябрь", "сентября", "сентябре", "сент.").
	Months [12][]string
	// Weekdays holds every form of each weekday name, Sunday first (as
	// time.Weekday).
	Weekdays [7][]string
	// AM and PM are the day-period markers of the 12-hour clock
	// ("am", "a.m.", "오전", "午後").
	AM, PM []string
	// Today, Yesterday and DayBeforeYesterday are the words for those
	// days ("heute", "gestern", "vorgestern").
	Today, Yesterday, DayBeforeYesterday []string
	// Now holds the words for the present moment ("now", "just now",
	// "soeben").
	Now []string
	// Past holds, for each Unit (index Unit-1), the patterns of a past
	// relative time, with {0} for the count: "{0} minutes ago",
	// "vor {0} minuten", "{0}分前", "منذ {0} دقائق". Every plural
	// category and width CLDR gives is listed.
	Past [NumUnits][]string
	// Counts maps number words to their value, for relative times
	// printed without digits: "an" and "one" (an hour ago), "nine",
	// "einer" (vor einer Stunde), "uma" (uma hora atrás).
	Counts map[string]int
	// Fillers are words printed around a stamp that carry no time:
	// "updated", "posted", "at", "on", "aktualisiert", "um", "alle".
	Fillers []string
	// ClockWords are words printed with a clock that mark it as one:
	// "uhr" (12.31 Uhr), "h" (14 h 18), "时", "시".
	ClockWords []string
	// Ordinals are the suffixes of day numbers: "st", "nd", "rd", "th"
	// (6th), "er" (1er).
	Ordinals []string
	// Digits is the language's own digits, zero to nine, when its
	// default numbering system is not the Latin one ("٠١٢٣٤٥٦٧٨٩");
	// empty otherwise.
	Digits string
	// DateOrder is the order of day, month and year in the language's
	// short numeric date: "dmy", "mdy" or "ymd".
	DateOrder string
	// Patterns are the language's date and time formats as CLDR writes
	// them ("d MMMM y", "H:mm", "y年M月d日", "a h:mm"): what the engine
	// must read, kept for tests and for deriving the markers of the
	// languages that write dates with them.
	Patterns []string
}
