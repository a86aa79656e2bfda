package lexicon

// Time returns the time vocabulary of every language the library reads,
// in order of preference: where a word means different things in two
// languages, the one listed first wins unless the caller names the
// page's languages. The slice is built once and shared: callers must not
// modify it.
func Time() []Language { return timeLanguages }

// timeLanguages is the vocabulary Time returns.
var timeLanguages = baseTime

// Everywhere holds the time words read on pages of every language: the
// 12-hour markers "am" and "pm" and the hour separator "h" (14h18).
var Everywhere = Language{
	AM: []string{"am"}, PM: []string{"pm"},
	ClockWords: []string{"h"},
}
