package lexicon

// handTimeMore is the hand table of the languages added after the first
// thirty-six, from CLDR alone otherwise: the stamp of a post just made
// (Now; CLDR's word is the plain adverb) and, where CLDR gives none, the
// word for the day before yesterday. See handTime.
var handTimeMore = []Language{
	// "траўня", May's older name beside CLDR's "мая"; "назад" beside
	// CLDR's "таму"; one hour or minute back without a count.
	{
		Tag: "be", Now: []string{"толькі што"}, Fillers: []string{"у", "ў", "абноўлена", "каля"},
		Months:    [12][]string{4: {"травень", "траўня"}},
		Yesterday: []string{"ўчора"},
		Past: [NumUnits][]string{
			{"{0} секунд назад", "{0} секунды назад"},
			{"{0} хвіл. таму", "{0} хвіл. назад", "{0} хвіліну назад", "{0} хвіліны назад", "{0} хвілін назад"},
			{"{0} гадз. таму", "{0} гадз. назад", "{0} гадзіну назад", "{0} гадзіны назад", "{0} гадзін назад"},
			{"{0} дзень назад", "{0} дні назад", "{0} дзён назад"},
		},
		Fixed: []FixedPast{{"гадзіну таму", Hour, 1}, {"гадзіну назад", Hour, 1}, {"хвіліну таму", Minute, 1}, {"хвіліну назад", Minute, 1}},
	},
	{Tag: "fil", Now: []string{"ngayon lang", "kanina lang"}},
	{Tag: "ms", Now: []string{"baru sahaja", "baru saja", "sebentar tadi"}},
	{Tag: "fa", Now: []string{"همین الان", "لحظاتی پیش"}},
	{Tag: "ur", Now: []string{"ابھی ابھی"}},
	{Tag: "lt", Now: []string{"ką tik"}},
	// "plkst." (pulksten, o'clock) goes before the clock; the months in
	// the locative of "2025. gada 15. oktobrī", as pages print dates.
	{
		Tag: "lv", Now: []string{"tikko"}, Fillers: []string{"plkst.", "plkst"},
		Months: [12][]string{{"janvārī"}, {"februārī"}, {"martā"}, {"aprīlī"}, {"maijā"}, {"jūnijā"},
			{"jūlijā"}, {"augustā"}, {"septembrī"}, {"oktobrī"}, {"novembrī"}, {"decembrī"}},
	},
	{Tag: "et", Now: []string{"just nüüd", "äsja"}},
	{Tag: "sl", Now: []string{"pravkar", "ravnokar"}},
	{Tag: "mk", Now: []string{"токму сега", "пред малку"}},
	{Tag: "sq", Now: []string{"pak më parë"}, DayBeforeYesterday: []string{"pardje"}},
	// "əvvəl" (before) beside CLDR's "öncə", as pages print it.
	{Tag: "az", Now: []string{"indicə", "elə indi"}, DayBeforeYesterday: []string{"srağagün"},
		Past: [NumUnits][]string{{"{0} saniyə əvvəl"}, {"{0} dəqiqə əvvəl"}, {"{0} saat əvvəl"}, {"{0} gün əvvəl"}, {"{0} həftə əvvəl"}, {"{0} ay əvvəl"}, {"{0} il əvvəl"}}},
	// წლის / წ. (of the year) after a year: "2011 წლის 17 მარტი".
	{Tag: "ka", Now: []string{"ახლახან"}, Fillers: []string{"წლის", "წ.", "წ"}},
	{Tag: "hy", Now: []string{"հենց նոր"}},
	{Tag: "kk", Now: []string{"жаңа ғана"}},
	{Tag: "ta", Now: []string{"சற்று முன்"}},
	{Tag: "te", Now: []string{"ఇప్పుడే"}},
	// "परवा" is also the day after tomorrow; a stamp is never in the
	// future.
	{Tag: "mr", Now: []string{"आत्ताच", "आताच"}, DayBeforeYesterday: []string{"परवा"}},
	{Tag: "gu", Now: []string{"હમણાં જ"}},
}
