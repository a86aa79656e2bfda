package lexicon

import "slices"

// handTime is what live blogs print that CLDR lacks, per language, merged
// into the CLDR entry of the same Tag (see merge). Keep it small:
// everything CLDR has comes from CLDR. Forms follow the rules of
// Language (lower-case, NFC, one space between words).
//
// What it holds: month and weekday forms pages print that CLDR lacks
// ("sept.", "jänner", the Russian prepositional "сентябре"); the stamps
// of a post just made (Now: CLDR's word is the plain adverb); number
// words for relative stamps printed without digits (exact counts only);
// abbreviated and colloquial relative forms ("{0} mins ago", "vor {0}
// min.", "il ya {0} heures"); the words printed around a stamp
// (Fillers: "updated", "etwa", "约"); clock markers (ClockWords) and the
// clock patterns CLDR lacks ("H点mm分"); day-number suffixes (Ordinals);
// phrases that say their count in words (Fixed: "rok temu", a year ago,
// and what relative-time widgets such as moment.js print for the first
// 44 seconds, "a few seconds ago", counted as 44 seconds as dateparser
// does); the words joining the parts of a relative time (And); local
// zone abbreviations (Zones). Only the languages with such words have an
// entry.
var handTime = slices.Concat(handTimeAlphabets, handTimeAlphabets2, handTimeOtherScripts, handTimeMore)

// handTimeAlphabets is the hand table of the languages written in the
// Latin, Cyrillic and Greek alphabets.
var handTimeAlphabets = []Language{
	{
		Tag: "en",
		// "less than a minute ago": 45 seconds, as dateparser reads it.
		Fixed:    []FixedPast{{"a few seconds ago", Second, 44}, {"less than a minute ago", Second, 45}},
		And:      []string{"and"},
		Months:   [12][]string{8: {"sept", "sept."}},
		Weekdays: [7][]string{2: {"tues", "tues."}, 4: {"thur", "thur.", "thurs", "thurs."}},
		Past: [NumUnits][]string{
			{"{0} secs ago", "{0} sec ago", "{0} sec"},
			{"{0} mins ago", "{0} min ago", "{0} min", "{0} mins", "{0}min ago", "{0}mins ago", "{0}m"},
			{"{0} hrs ago", "{0} hr ago", "{0}hr ago", "{0}hrs ago", "{0} hr", "{0} hrs", "{0}h"},
			{"{0} days ago"},
			{"{0} wks ago", "{0} wk ago"},
			{"{0} mos ago", "{0} mo ago", "{0} mon ago", "{0}mon ago"},
			{"{0} yrs ago", "{0} yr ago", "{0}yrs ago", "{0}yr ago"},
		},
		DayBeforeYesterday: []string{"the day before yesterday", "day before yesterday"},
		Now:                []string{"just now", "right now", "moments ago", "a moment ago", "seconds ago"},
		Noon:               []string{"midday"},
		Counts: map[string]int{
			"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
			"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
			"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
		},
		Fillers: []string{"updated", "update", "posted", "published", "first", "last", "edited", "modified",
			"at", "on", "about", "around", "as", "of", "the", "by"},
		Ordinals: []string{"st", "nd", "rd", "th"},
	},
	{
		Tag:    "de",
		Fixed:  []FixedPast{{"vor ein paar sekunden", Second, 44}, {"vor wenigen sekunden", Second, 44}},
		And:    []string{"und"},
		Months: [12][]string{{"jänner"}, {"feber"}, {"maerz", "mrz", "mrz."}},
		// Three-letter weekdays, as some German pages print them.
		Weekdays: [7][]string{{"son"}, {"mon"}, {"die"}, {"mit"}, {"don"}, {"fre"}, {"sonnabend", "sam"}},
		Past: [NumUnits][]string{
			{"vor {0} sek.", "vor {0} sek"},
			{"vor {0} min.", "vor {0} min", "vor {0} minute"},
			{"vor {0} std.", "vor {0} std", "vor {0} h", "vor {0}h"},
			{"vor {0} tag", "vor {0} tage"},
		},
		Counts: map[string]int{"einer": 1, "einem": 1, "eine": 1, "einen": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "zehn": 10, "zwölf": 12},
		Now:    []string{"gerade eben", "soeben"},
		Fillers: []string{"rund", "knapp", "ca", "ca.", "aktualisiert", "aktualisierung", "veröffentlicht", "erstellt", "geändert", "zuletzt", "stand",
			"update", "am", "um", "ab", "seit", "etwa", "uhr", "den", "vom"},
		ClockWords: []string{"uhr"},
		Zones:      map[string]string{"mez": "Europe/Berlin", "mesz": "Europe/Berlin"},
	},
	{
		Tag:    "fr",
		Fixed:  []FixedPast{{"il y a quelques secondes", Second, 44}, {"il y a moins d'une minute", Minute, 1}, {"il y a moins d’une minute", Minute, 1}},
		And:    []string{"et"},
		Months: [12][]string{1: {"fevrier", "fevr", "fevr.", "fév", "fév."}, 7: {"aout"}, 11: {"decembre"}},
		// "il ya", a common misspelling of "il y a".
		Past: [NumUnits][]string{
			{"il y a {0} s", "il y a {0}s", "il y a moins de {0}s", "il y a {0} sec", "il y a moins de {0} seconde", "il y a moins de {0} secondes", "il ya {0} seconde", "il ya {0} secondes"},
			{"il y a {0} min", "il y a {0} mn", "il y a moins de {0} minute", "il y a moins de {0} minutes", "il y a moins de {0} min", "il y a {0}min", "il ya {0} minute", "il ya {0} minutes", "il ya {0} min"},
			{"il y a {0} h", "il y a {0}h", "il y a moins de {0} heure", "il y a moins de {0} heures", "il y a moins de {0} h", "il ya {0} heure", "il ya {0} heures", "il ya {0} h"},
			{"il ya {0} jour", "il ya {0} jours"},
			{"il ya {0} semaine", "il ya {0} semaines"},
			{"il ya {0} mois"},
			{"il ya {0} an", "il ya {0} ans"},
		},
		Counts: map[string]int{"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10},
		Now:    []string{"à l’instant", "à l'instant", "l'instant", "il y a un instant"},
		Fillers: []string{"de", "près", "mis à jour", "mise à jour", "mis", "mise", "jour", "publié", "publie", "modifié", "modifie",
			"actualisé", "le", "à", "a", "du", "dernière", "derniere", "environ"},
		ClockWords: []string{"h"},
		Ordinals:   []string{"er", "re"},
		// "14h18 (heure de Paris)": the publisher's clock named.
		Zones: map[string]string{"heure de paris": "Europe/Paris", "heure française": "Europe/Paris", "heure de france": "Europe/Paris"},
	},
	{
		Tag:                "it",
		And:                []string{"e"},
		Months:             [12][]string{8: {"sett", "sett."}},
		Weekdays:           [7][]string{1: {"lunedi"}, 2: {"martedi"}, 3: {"mercoledi"}, 4: {"giovedi"}, 5: {"venerdi"}},
		DayBeforeYesterday: []string{"l'altroieri", "l’altroieri"},
		Fixed:              []FixedPast{{"alcuni secondi fa", Second, 44}, {"pochi secondi fa", Second, 44}, {"un'ora fa", Hour, 1}, {"un’ora fa", Hour, 1}},
		Past: [NumUnits][]string{
			{"{0} sec fa", "{0} secondi fa"},
			{"{0} min fa", "{0} min. fa", "{0} minuti fa"},
			{"{0} h fa", "{0} ore fa", "{0} ora fa"},
		},
		Counts: map[string]int{"un": 1, "una": 1, "uno": 1, "un'": 1, "un’": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "dieci": 10},
		Now:    []string{"poco fa", "adesso", "proprio ora"},
		Fillers: []string{"aggiornato", "aggiornamento", "agg", "pubblicato", "modificato", "il", "del", "alle",
			"ore", "ultimo", "circa"},
		ClockWords: []string{"ore"},
		Zones:      map[string]string{"ora italiana": "Europe/Rome"},
	},
	{
		Tag:      "es",
		Fixed:    []FixedPast{{"hace unos segundos", Second, 44}, {"hace unos instantes", Second, 44}},
		And:      []string{"y"},
		Months:   [12][]string{8: {"setiembre", "sep", "sep."}},
		Weekdays: [7][]string{3: {"miercoles", "mie", "mie."}, 6: {"sabado", "sab", "sab."}},
		Past: [NumUnits][]string{
			{"hace {0} seg", "hace {0} s"},
			{"hace {0} min", "hace {0} min."},
			{"hace {0} h", "hace {0} hrs", "hace {0} hr"},
			{"hace {0} dia", "hace {0} dias"},
		},
		Counts:     map[string]int{"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "diez": 10},
		Now:        []string{"hace un momento", "ahora mismo"},
		Fillers:    []string{"unos", "unas", "aproximadamente", "actualizado", "actualización", "publicado", "el", "a", "las", "la", "de", "del", "hs", "cerca", "alrededor"},
		ClockWords: []string{"h", "hrs", "horas"},
		Zones:      map[string]string{"hora peninsular": "Europe/Madrid", "hora de madrid": "Europe/Madrid"},
	},
	{
		Tag:   "pt",
		Fixed: []FixedPast{{"há segundos", Second, 44}, {"há poucos segundos", Second, 44}, {"há alguns segundos", Second, 44}},
		And:   []string{"e"},
		Past: [NumUnits][]string{
			{"{0} segundos atrás", "{0} segundo atrás", "há {0}s"},
			{"{0} minutos atrás", "{0} minuto atrás", "{0} min atrás", "há {0}min", "há {0} mins"},
			{"{0} horas atrás", "{0} hora atrás", "{0}h atrás", "há {0}h"},
			{"{0} dias atrás", "{0} dia atrás"},
			{"{0} semanas atrás", "{0} semana atrás"},
			{"{0} meses atrás", "{0} mês atrás"},
			{"{0} anos atrás", "{0} ano atrás"},
		},
		Counts:     map[string]int{"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5},
		Now:        []string{"agora mesmo", "há pouco"},
		Fillers:    []string{"aproximadamente", "uns", "umas", "atualizado", "atualizada", "atualização", "publicado", "publicada", "em", "às", "a", "cerca"},
		ClockWords: []string{"h", "horas"},
		Zones:      map[string]string{"brt": "America/Sao_Paulo"},
	},
	{
		Tag: "ru",
		And: []string{"и"},
		// The prepositional case ("в сентябре") and short forms pages print.
		Months: [12][]string{{"январе"}, {"феврале", "фев", "фев."}, {"марте"}, {"апреле"}, {"мае"}, {"июне"},
			{"июле"}, {"августе"}, {"сентябре", "сен", "сен."}, {"октябре"}, {"ноябре", "ноя", "ноя."}, {"декабре"}},
		// The accusative ("в среду") and the three-letter weekdays of
		// older forum software ("Пнд, 07 янв.").
		Weekdays: [7][]string{{"вск", "вск."}, {"пнд", "пнд."}, {"втр", "втр."}, {"среду", "срд", "срд."},
			{"чтв", "чтв."}, {"пятницу", "птн", "птн."}, {"субботу", "сбт", "сбт."}},
		Past: [NumUnits][]string{
			{"{0} сек назад"},
			{"{0} мин назад"},
			{"{0} ч. назад"},
		},
		Fixed: []FixedPast{{"несколько секунд назад", Second, 44}, {"месяц назад", Month, 1}, {"год назад", Year, 1},
			{"секунду назад", Second, 1}, {"минуту назад", Minute, 1},
			{"час назад", Hour, 1}, {"неделю назад", Week, 1},
		},
		Counts: map[string]int{"один": 1, "одна": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "пять": 5, "десять": 10},
		Now:    []string{"только что"},
		Fillers: []string{"примерно", "почти", "обновлено", "обновлен", "обновление", "опубликовано", "изменено", "последнее", "в", "во",
			"г.", "г", "года", "год", "от", "дата", "публикации", "около"},
		Zones: map[string]string{"мск": "Europe/Moscow"},
	},
	{
		Tag: "pl",
		And: []string{"i"},
		// The locative case ("we wrześniu").
		Months: [12][]string{{"styczniu"}, {"lutym"}, {"marcu"}, {"kwietniu"}, {"maju"}, {"czerwcu"}, {"lipcu"},
			{"sierpniu"}, {"wrześniu"}, {"październiku"}, {"listopadzie"}, {"grudniu"}},
		Weekdays: [7][]string{{"niedzielę"}, 3: {"środę"}, 6: {"sobotę"}},
		Today:    []string{"dzis"},
		Past: [NumUnits][]string{
			{"{0} sek temu", "{0} sekunda temu"},
			{"{0} min. temu", "{0} minuta temu"},
			{"{0} godz temu", "{0} h temu", "{0} godzina temu"},
		},
		Fixed: []FixedPast{{"kilka sekund temu", Second, 44}, {"miesiąc temu", Month, 1}, {"rok temu", Year, 1},
			{"tydzień temu", Week, 1}, {"minutę temu", Minute, 1}, {"godzinę temu", Hour, 1},
		},
		Counts: map[string]int{"jeden": 1, "jedną": 1, "dwa": 2, "dwie": 2, "trzy": 3, "pięć": 5},
		Now:    []string{"przed chwilą", "przed chwila", "właśnie"},
		Fillers: []string{"aktualizacja", "zaktualizowano", "opublikowano", "o", "r.", "r", "roku", "dnia", "godz", "godz.", "około",
			"data publikacji", "data utworzenia", "data aktualizacji", "data dodania"},
		ClockWords: []string{"godz.", "godz"},
	},
	{
		Tag:   "nl",
		Fixed: []FixedPast{{"een paar seconden geleden", Second, 44}},
		And:   []string{"en"},
		Past: [NumUnits][]string{
			{"{0} sec geleden", "{0} s geleden"},
			{"{0} min geleden", "{0} minuut geleden", "{0}m geleden"},
			{"{0} u geleden", "{0}u geleden"},
		},
		Counts:     map[string]int{"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "tien": 10},
		Now:        []string{"zojuist", "net"},
		Fillers:    []string{"ongeveer", "circa", "ca", "ca.", "bijgewerkt", "gepubliceerd", "laatste", "update", "om", "op"},
		ClockWords: []string{"uur"},
	},
	{
		Tag: "uk",
		And: []string{"і", "й", "та"},
		Past: [NumUnits][]string{
			{"{0} сек тому"},
			{"{0} хв. тому"},
			{"{0} год. тому"},
		},
		Fixed: []FixedPast{{"декілька секунд тому", Second, 44}, {"кілька секунд тому", Second, 44}, {"місяць тому", Month, 1}, {"рік тому", Year, 1},
			{"тиждень тому", Week, 1}, {"хвилину тому", Minute, 1}, {"годину тому", Hour, 1},
		},
		Counts:    map[string]int{"один": 1, "одна": 1, "одну": 1, "два": 2, "дві": 2, "три": 3, "п'ять": 5, "пʼять": 5},
		Yesterday: []string{"вчора"},
		// The three-letter and longer cut names of calendars and forums
		// ("21 чер 2013", "17 верес 2015", "вів о 14:04").
		Months: [12][]string{{"січ"}, {"лют"}, {"бер", "берез"}, {"кві"}, {"тра"}, {"чер"}, {"лип"}, {"сер"},
			{"вер", "верес"}, {"жов"}, {"лис", "листоп"}, {"гру"}},
		Weekdays: [7][]string{{"нед"}, {"пон", "понед"}, {"вів", "вівтор"}, {"серед"}, {"чет"},
			{"п'ятниця", "п’ятниця", "пят", "п'ят", "п’ят"}, {"суб"}},
		Now:     []string{"щойно", "тільки що"},
		Fillers: []string{"близько", "приблизно", "майже", "оновлено", "опубліковано", "о", "р.", "року"},
	},
	{
		Tag:      "cs",
		And:      []string{"a"},
		Weekdays: [7][]string{4: {"čtv", "čtv."}},
		// "čer", "črc": the cut names of June and July some pages print
		// beside CLDR's "čvn", "čvc".
		Months: [12][]string{5: {"čer"}, 6: {"črc"}},
		Past: [NumUnits][]string{
			{"před {0} sek."},
			{"před {0} min."},
			{"před {0} hod.", "před {0} hod"},
		},
		Fixed: []FixedPast{{"před pár sekundami", Second, 44}, {"před několika sekundami", Second, 44}, {"před měsícem", Month, 1}, {"před rokem", Year, 1},
			{"před týdnem", Week, 1}, {"před minutou", Minute, 1}, {"před hodinou", Hour, 1}, {"před dnem", Day, 1},
		},
		Counts:     map[string]int{"jednou": 1, "jedna": 1, "dvěma": 2, "dvě": 2, "třemi": 3, "pěti": 5},
		Now:        []string{"právě teď", "před chvílí"},
		Fillers:    []string{"aktualizováno", "publikováno", "aktualizace", "v", "ve", "asi", "přibližně"},
		ClockWords: []string{"hod.", "hod", "h"},
	},
	{
		Tag: "sk",
		And: []string{"a"},
		Past: [NumUnits][]string{
			{"pred {0} sek."},
			{"pred {0} min."},
			{"pred {0} hod.", "pred {0} hod"},
		},
		Fixed: []FixedPast{{"pred pár sekundami", Second, 44}, {"pred mesiacom", Month, 1}, {"pred rokom", Year, 1},
			{"pred týždňom", Week, 1}, {"pred minútou", Minute, 1}, {"pred hodinou", Hour, 1},
		},
		Counts:     map[string]int{"jednou": 1, "dvoma": 2, "dvomi": 2, "troma": 3, "piatimi": 5},
		Now:        []string{"práve teraz", "pred chvíľou"},
		Fillers:    []string{"asi", "približne", "aktualizované", "publikované", "aktualizácia", "o"},
		ClockWords: []string{"hod.", "hod", "h"},
	},
	{
		Tag:   "sv",
		Fixed: []FixedPast{{"för några sekunder sedan", Second, 44}},
		And:   []string{"och"},
		Past: [NumUnits][]string{
			{"{0} sek sedan"},
			{"{0} min sedan", "för {0} min sedan"},
			{"{0} tim sedan", "för {0} tim sedan", "{0} timmar sedan", "{0} timme sedan"},
		},
		Counts:             map[string]int{"en": 1, "ett": 1, "två": 2, "tre": 3, "fem": 5, "tio": 10},
		Today:              []string{"idag"},
		Yesterday:          []string{"igår"},
		DayBeforeYesterday: []string{"förrgår"},
		Now:                []string{"nyss", "alldeles nyss", "just nu"},
		Fillers:            []string{"ungefär", "uppdaterad", "publicerad", "i", "den", "kl", "kl.", "cirka", "ca"},
		ClockWords:         []string{"kl.", "kl"},
	},
	{
		Tag:   "da",
		Fixed: []FixedPast{{"få sekunder siden", Second, 44}, {"for få sekunder siden", Second, 44}},
		And:   []string{"og"},
		Past: [NumUnits][]string{
			{"{0} sek. siden"},
			{"{0} min. siden", "{0} minutter siden", "for {0} min siden", "{0} min siden"},
			{"{0} timer siden", "{0} time siden", "{0} t. siden"},
		},
		Counts:     map[string]int{"en": 1, "et": 1, "to": 2, "tre": 3, "fem": 5},
		Yesterday:  []string{"igår"},
		Now:        []string{"lige nu"},
		Fillers:    []string{"ca.", "omkring", "opdateret", "publiceret", "i", "den", "d.", "kl", "kl.", "cirka", "ca"},
		ClockWords: []string{"kl.", "kl"},
	},
	{
		Tag:   "nb",
		Fixed: []FixedPast{{"noen sekunder siden", Second, 44}, {"for noen sekunder siden", Second, 44}},
		And:   []string{"og"},
		Past: [NumUnits][]string{
			{"{0} sek siden"},
			{"{0} min siden", "{0} minutter siden", "for {0} min siden"},
			{"{0} timer siden", "{0} time siden", "{0} t siden"},
			{"for {0} dager siden", "for {0} dag siden", "{0} dager siden", "{0} dag siden"},
			{"for {0} uker siden", "for {0} uke siden", "{0} uker siden", "{0} uke siden"},
		},
		Counts:     map[string]int{"en": 1, "ett": 1, "et": 1, "to": 2, "tre": 3, "fem": 5},
		Now:        []string{"nå nettopp", "akkurat nå"},
		Fillers:    []string{"ca.", "omtrent", "oppdatert", "publisert", "sist", "i", "den", "kl", "kl.", "cirka", "ca"},
		ClockWords: []string{"kl.", "kl"},
	},
	{
		Tag:                "fi",
		And:                []string{"ja"},
		Fixed:              []FixedPast{{"muutama sekunti sitten", Second, 44}, {"tunti sitten", Hour, 1}, {"minuutti sitten", Minute, 1}, {"viikko sitten", Week, 1}},
		DayBeforeYesterday: []string{"toissapäivänä"},
		// The abbreviations pages print beside CLDR's ("3 vk", "5 pv").
		Past: [NumUnits][]string{
			nil, nil, nil,
			{"{0} pvä sitten", "{0} p. sitten"},
			{"{0} vko sitten"},
			nil,
			{"{0} vv. sitten", "{0} vv sitten"},
		},
		Counts:     map[string]int{"yksi": 1, "kaksi": 2, "kolme": 3, "viisi": 5},
		Now:        []string{"juuri nyt", "hetki sitten"},
		Fillers:    []string{"päivitetty", "julkaistu", "päivitys", "klo", "noin"},
		ClockWords: []string{"klo"},
	},
	{
		Tag:   "tr",
		Fixed: []FixedPast{{"birkaç saniye önce", Second, 44}},
		And:   []string{"ve"},
		Past: [NumUnits][]string{
			{"{0} sn önce"},
			{"{0} dk önce", "{0} dakika evvel"},
			{"{0} sa önce"},
		},
		Counts: map[string]int{"bir": 1, "iki": 2, "üç": 3, "beş": 5, "on": 10},
		Now:    []string{"az önce", "şimdi"},
		Fillers: []string{"güncellendi", "güncelleme", "yayınlandı", "yayınlanma", "son", "saat", "yaklaşık",
			"giriş tarihi", "güncelleme tarihi", "güncellenme tarihi", "yayın tarihi", "yayınlanma tarihi", "oluşturulma tarihi"},
		ClockWords: []string{"saat"},
		Zones:      map[string]string{"tsi": "Europe/Istanbul", "trt": "Europe/Istanbul"},
	},
	{
		Tag:   "ro",
		Fixed: []FixedPast{{"câteva secunde în urmă", Second, 44}, {"acum câteva secunde", Second, 44}},
		And:   []string{"și", "şi"},
		// "acum" before the count, as CLDR has it, or "în urmă" after it.
		Past: [NumUnits][]string{
			{"acum {0} sec", "{0} secundă în urmă", "{0} secunde în urmă", "{0} de secunde în urmă"},
			{"acum {0} min", "acum {0} min.", "{0} minut în urmă", "{0} minute în urmă", "{0} de minute în urmă", "{0} min în urmă"},
			{"acum {0} h", "acum {0} ore", "{0} oră în urmă", "{0} ore în urmă", "{0} de ore în urmă"},
			{"{0} zi în urmă", "{0} zile în urmă", "{0} de zile în urmă"},
			{"{0} săptămână în urmă", "{0} săptămâni în urmă", "{0} de săptămâni în urmă"},
			{"{0} lună în urmă", "{0} luni în urmă", "{0} de luni în urmă"},
			{"{0} an în urmă", "{0} ani în urmă", "{0} de ani în urmă"},
		},
		Counts: map[string]int{"un": 1, "o": 1, "două": 2, "doi": 2, "trei": 3, "cinci": 5},
		Now:    []string{"chiar acum", "acum câteva momente"},
		Today:  []string{"astăzi", "astazi"},
		Fillers: []string{"circa", "actualizat", "actualizare", "publicat", "la", "ora", "aproximativ",
			"data publicării", "data publicarii", "data actualizării", "data actualizarii"},
		ClockWords: []string{"ora"},
	},
}
