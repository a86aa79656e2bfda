package lexicon

import "slices"

// Time returns the time vocabulary of every language the library reads,
// in order of preference: where a word means different things in two
// languages, the one listed first wins unless the caller names the
// page's languages. It is the CLDR tables merged with the hand table.
// The slice is built once and shared: callers must not modify it.
func Time() []Language { return timeLanguages }

// timeLanguages is the vocabulary Time returns.
var timeLanguages = merge(cldrLanguages, handTime)

// merge returns the CLDR languages with the hand table's forms added to
// the entry of the same Tag: slices are appended (a form already there
// is not repeated), maps are united. A hand entry whose Tag CLDR lacks is
// appended as it is. Neither input is modified.
func merge(cldr, hand []Language) []Language {
	out := make([]Language, len(cldr), len(cldr)+len(hand))
	copy(out, cldr)
	for _, h := range hand {
		i := slices.IndexFunc(out, func(l Language) bool { return l.Tag == h.Tag })
		if i < 0 {
			out = append(out, h)
			continue
		}
		l := &out[i]
		for m := range l.Months {
			l.Months[m] = union(l.Months[m], h.Months[m])
		}
		for d := range l.Weekdays {
			l.Weekdays[d] = union(l.Weekdays[d], h.Weekdays[d])
		}
		for u := range l.Past {
			l.Past[u] = union(l.Past[u], h.Past[u])
		}
		l.AM, l.PM = union(l.AM, h.AM), union(l.PM, h.PM)
		l.Noon, l.Midnight = union(l.Noon, h.Noon), union(l.Midnight, h.Midnight)
		l.Today, l.Yesterday = union(l.Today, h.Today), union(l.Yesterday, h.Yesterday)
		l.DayBeforeYesterday = union(l.DayBeforeYesterday, h.DayBeforeYesterday)
		l.Now = union(l.Now, h.Now)
		l.Fillers = union(l.Fillers, h.Fillers)
		l.ClockWords = union(l.ClockWords, h.ClockWords)
		l.Ordinals = union(l.Ordinals, h.Ordinals)
		l.And = union(l.And, h.And)
		l.Patterns = union(l.Patterns, h.Patterns)
		l.Literals = union(l.Literals, h.Literals)
		for _, f := range h.Fixed {
			if !slices.Contains(l.Fixed, f) {
				l.Fixed = append(slices.Clip(l.Fixed), f)
			}
		}
		l.Counts = unite(l.Counts, h.Counts)
		l.Zones = unite(l.Zones, h.Zones)
		if l.Digits == "" {
			l.Digits = h.Digits
		}
		if l.DateOrder == "" {
			l.DateOrder = h.DateOrder
		}
		l.EraYears = max(l.EraYears, h.EraYears)
	}
	return out
}

// union returns a followed by the forms of b it lacks, in a new slice
// when it adds any (a may be shared with the CLDR table).
func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(slices.Clip(a), s)
		}
	}
	return a
}

// unite returns a map with the entries of a and b (b wins), a new one
// when b has any.
func unite[V any](a, b map[string]V) map[string]V {
	if len(b) == 0 {
		return a
	}
	m := make(map[string]V, len(a)+len(b))
	for k, v := range a {
		m[k] = v
	}
	for k, v := range b {
		m[k] = v
	}
	return m
}

// Everywhere holds the time words read on pages of every language: the
// 12-hour markers "am" and "pm" and the hour separator "h" (14h18,
// 14:05 h), whose place its pattern gives.
var Everywhere = Language{
	AM: []string{"am"}, PM: []string{"pm"},
	ClockWords: []string{"h"},
	Patterns:   []string{"H'h'mm"},
	Literals:   []string{"h"},
}

// TagAliases maps language tags that name one of Time's languages
// differently to its Tag: a script implied by the region (Chinese of
// Taiwan, Hong Kong and Macau is written in Traditional characters), the
// macrolanguage and the other written form of Norwegian, the withdrawn
// codes of Hebrew and Indonesian, and Tagalog, which CLDR writes as
// Filipino.
var TagAliases = map[string]string{
	"zh-TW": "zh-Hant", "zh-HK": "zh-Hant", "zh-MO": "zh-Hant",
	"no": "nb", "nn": "nb",
	"iw": "he", "in": "id",
	"tl": "fil",
}
