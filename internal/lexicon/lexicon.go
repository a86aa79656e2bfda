package lexicon

// Time returns the time vocabulary of every language the library reads:
// the CLDR tables merged with the hand table. The slice is built once
// and shared: callers must not modify it.
func Time() []Language { return timeLanguages }

// timeLanguages is filled from cldrLanguages and handTime.
var timeLanguages []Language
