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

// FixedPast is a past relative phrase that says its count in words
// instead of a number: Arabic and Hebrew have dual forms ("قبل دقيقتين",
// two minutes ago; "לפני שנתיים", two years ago), and a hand table may
// add phrases such as "an hour ago".
type FixedPast struct {
	// Text is the whole phrase, lower-case and NFC like every form.
	Text string
	// Unit is its unit and Count the number of units it means.
	Unit  Unit
	Count int
}

// Language is the time vocabulary of one language. Every word is
// lower-case (unicode.ToLower rune by rune) and in Unicode NFC, with
// spaces of every kind (no-break, narrow) as one ASCII space and without
// bidi marks; a form printed with and without a final dot ("sept." and
// "sept") is listed both ways (abbreviations ending in a cased letter
// also get the dot), and a form with a typographic apostrophe or Hebrew
// geresh ("l’altro ieri", "לפנה״צ") is listed with the ASCII mark too.
// A field may be empty where the language has no such form.
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
	// ("am", "a.m.", "오전", "午後"), in every width CLDR gives, narrow
	// ones included ("a", "p" in English).
	AM, PM []string
	// Noon and Midnight are the words for 12:00 and 00:00, from CLDR's
	// wide day periods only ("noon", "midnight", "полдень", "正午"): its
	// shorter widths abbreviate to words that mean other things ("дня").
	Noon, Midnight []string
	// Today, Yesterday and DayBeforeYesterday are the words for those
	// days ("heute", "gestern", "vorgestern").
	Today, Yesterday, DayBeforeYesterday []string
	// Now holds the words live blogs print as the stamp of a post just
	// made ("just now", "soeben", "الآن"), from the hand table: CLDR's
	// word for now is the plain adverb ("now", "jetzt", and Romanian's
	// "acum", the marker of its relative times), which pages print far
	// more often in headlines and buttons than as a stamp.
	Now []string
	// Past holds, for each Unit (index Unit-1), the patterns of a past
	// relative time, with {0} for the count: "{0} minutes ago",
	// "vor {0} minuten", "{0}分前", "منذ {0} دقائق". Every plural
	// category and width CLDR gives is listed, narrow ones included
	// ("{0}m ago", "-{0} мин"). A pattern may glue {0} to a word
	// ("{0}分前", "{0}m ago") or put words inside it ("לפני דקה ({0})").
	Past [NumUnits][]string
	// Fixed holds the past relative phrases that say their count in
	// words ("قبل دقيقتين"): CLDR's patterns without {0} or with it only
	// in parentheses after the words ("לפני שעתיים ({0})"), and the hand
	// table's.
	Fixed []FixedPast
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
	// And are the words that join the parts of a relative time of
	// several units: "and" of "2 hours and 5 minutes ago", "und", "et",
	// "и". They are read only between two such parts.
	And []string
	// Ordinals are the suffixes of day numbers: "st", "nd", "rd", "th"
	// (6th), "er" (1er).
	Ordinals []string
	// Digits is the language's own digits, zero to nine
	// ("٠١٢٣٤٥٦٧٨٩"): those of CLDR's default numbering system when it
	// is not the Latin one (bn), else those of its native numbering
	// system when that is a numeric one other than Latin (ar, hi, th,
	// zh: pages print both); empty otherwise.
	Digits string
	// DateOrder is the order of day, month and year in the language's
	// short numeric date: "dmy", "mdy" or "ymd".
	DateOrder string
	// Patterns are the language's date and time formats as CLDR writes
	// them ("d MMMM y", "H:mm", "y年M月d日", "a h:mm", "{1} 'um' {0}"):
	// dateFormats, timeFormats, the availableFormats of clocks and of
	// dates with a day, and the date-time joins; the hand table adds the
	// clocks pages print that CLDR lacks ("H点mm分"). The time engine
	// derives from them the role of each literal word (a year, month,
	// day or hour marker, a clock word, a prefix, a filler) and whether
	// the day period goes before the clock. Pattern letters keep CLDR's
	// case, since it is their meaning (M month, m minute); literal text
	// is lower-case.
	Patterns []string
	// Literals are the words the Patterns print as they are: "de" of
	// "d 'de' MMMM", "г." of "y 'г'.", "年" of "y年M月d日", "시" of "h시",
	// "um" of "{1} 'um' {0}", the prefix "ב" of "d בMMMM". Around a
	// stamp they are filler or markers.
	Literals []string
	// Zones maps local zone abbreviations that live blogs print to the
	// IANA zone they stand for: "tsi" → "Europe/Istanbul", "мск" →
	// "Europe/Moscow". Keys are lower-case like every form. From the
	// hand table only (CLDR's zone names are not what pages print).
	Zones map[string]string
	// EraYears is how far ahead of the Gregorian calendar the years its
	// pages print run: 543 for the Buddhist era of Thai pages (2568 is
	// 2025, and "68" of "15 ต.ค. 68" is 2568). From the hand table only;
	// 0 for the Gregorian years of most languages.
	EraYears int
}
