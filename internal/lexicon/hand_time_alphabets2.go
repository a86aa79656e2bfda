package lexicon

// handTimeAlphabets2 is the rest of handTimeAlphabets: Hungarian, Greek,
// Indonesian, Vietnamese, Bulgarian, Croatian, Serbian and Catalan. See
// handTime.
var handTimeAlphabets2 = []Language{
	{
		Tag:    "hu",
		Fixed:  []FixedPast{{"néhány másodperce", Second, 44}, {"néhány másodperccel ezelőtt", Second, 44}},
		And:    []string{"és"},
		Counts: map[string]int{"egy": 1, "két": 2, "három": 3, "öt": 5},
		Now:    []string{"épp most", "az imént"},
		Fillers: []string{"körülbelül", "kb", "kb.", "frissítve", "frissítés", "közzétéve", "frissült",
			"publikálva", "megjelent", "létrehozva", "módosítva", "utolsó frissítés"},
		// "14 óra 5 perc", "14.05 óra", "14 órakor" (at 14 o'clock).
		ClockWords: []string{"óra", "órakor", "perc"},
		Patterns:   []string{"H 'óra' m 'perc'"},
	},
	{
		Tag:   "el",
		Fixed: []FixedPast{{"λίγα δευτερόλεπτα πριν", Second, 44}},
		And:   []string{"και"},
		Past: [NumUnits][]string{
			{"πριν {0} δευτερόλεπτα"},
			{"πριν {0} λεπτά", "πριν {0} λεπτό", "{0} λεπτά πριν"},
			{"πριν {0} ώρες", "πριν {0} ώρα", "{0} ώρες πριν"},
			{"πριν {0} ημέρες", "πριν {0} μέρες"},
		},
		Counts:  map[string]int{"ένα": 1, "μία": 1, "μια": 1, "δύο": 2, "τρία": 3, "τρεις": 3},
		Now:     []string{"μόλις τώρα"},
		Fillers: []string{"περίπου", "ενημερώθηκε", "ενημέρωση", "δημοσιεύθηκε", "δημοσίευση"},
	},
	{
		Tag: "id",
		And: []string{"dan"},
		Past: [NumUnits][]string{
			{"{0} detik lalu"},
			{"{0} menit lalu", "{0} mnt lalu"},
			{"{0} jam lalu"},
			{"{0} hari lalu"},
			{"{0} minggu lalu"},
			{"{0} bulan lalu"},
			{"{0} tahun lalu"},
		},
		Fixed: []FixedPast{{"beberapa detik yang lalu", Second, 44}, {"beberapa detik lalu", Second, 44},
			{"sejam yang lalu", Hour, 1}, {"semenit yang lalu", Minute, 1}, {"sehari yang lalu", Day, 1},
			{"seminggu yang lalu", Week, 1}, {"sebulan yang lalu", Month, 1}, {"setahun yang lalu", Year, 1},
			{"sejam lalu", Hour, 1}, {"semenit lalu", Minute, 1}, {"sehari lalu", Day, 1},
			{"seminggu lalu", Week, 1}, {"sebulan lalu", Month, 1}, {"setahun lalu", Year, 1},
		},
		DayBeforeYesterday: []string{"kemarin lusa"},
		Counts:             map[string]int{"satu": 1, "dua": 2, "tiga": 3, "lima": 5},
		Now:                []string{"baru saja"},
		Fillers:            []string{"sekitar", "kira-kira", "diperbarui", "diterbitkan", "dipublikasikan", "pukul"},
		ClockWords:         []string{"pukul"},
		Zones:              map[string]string{"wib": "Asia/Jakarta", "wita": "Asia/Makassar", "wit": "Asia/Jayapura"},
	},
	{
		Tag:   "vi",
		Fixed: []FixedPast{{"vài giây trước", Second, 44}},
		// "cách đây 12 phút" (12 minutes back from now), which news
		// sites print beside CLDR's "12 phút trước".
		Past: [NumUnits][]string{
			{"cách đây {0} giây"}, {"cách đây {0} phút"}, {"cách đây {0} giờ"}, {"cách đây {0} ngày"},
			{"cách đây {0} tuần"}, {"cách đây {0} tháng"}, {"cách đây {0} năm"},
		},
		And:        []string{"và"},
		Counts:     map[string]int{"một": 1, "hai": 2, "ba": 3, "năm": 5},
		Now:        []string{"vừa xong", "mới đây"},
		Fillers:    []string{"cập nhật", "đăng", "đăng lúc", "ngày", "khoảng"},
		ClockWords: []string{"giờ", "phút"},
		// "14 giờ 18 phút": the hour and minute words of a clock; "ngày 8
		// tháng 1 năm 2015", the long date ("năm", year, is also five).
		Patterns: []string{"H 'giờ' mm 'phút'", "'ngày' d 'tháng' M 'năm' y"},
	},
	{
		Tag: "bg",
		And: []string{"и"},
		// "25 ян 2016": January cut to two letters, as forums print it.
		Months: [12][]string{{"ян"}},
		Fixed: []FixedPast{{"преди няколко секунди", Second, 44}, {"преди седмица", Week, 1}, {"преди месец", Month, 1}, {"преди година", Year, 1},
			{"преди минута", Minute, 1}, {"преди час", Hour, 1}, {"преди ден", Day, 1},
			{"преди седмица", Week, 1},
		},
		Counts: map[string]int{"една": 1, "един": 1, "две": 2, "два": 2, "три": 3},
		Now:    []string{"току-що"},
		Fillers: []string{"приблизително", "обновено", "публикувано", "актуализирано", "в", "около",
			"обновена", "обновен", "публикувана", "публикуван", "актуализирана", "актуализиран"},
		ClockWords: []string{"ч.", "ч"},
	},
	{
		Tag: "hr",
		And: []string{"i"},
		// "studenog", the short genitive beside CLDR's "studenoga".
		Months: [12][]string{10: {"studenog", "studenog."}},
		Past: [NumUnits][]string{
			{"prije {0} sek"},
			{"prije {0} min."},
			{"prije {0} h", "prije {0} sata", "prije {0} sati"},
		},
		Fixed:      []FixedPast{{"prije par sekundi", Second, 44}, {"prije nekoliko sekundi", Second, 44}, {"prije mjesec dana", Month, 1}, {"prije godinu dana", Year, 1}, {"prije sat vremena", Hour, 1}, {"prije sat", Hour, 1}, {"prije minutu", Minute, 1}},
		Counts:     map[string]int{"jedan": 1, "jednu": 1, "jedne": 1, "dva": 2, "dvije": 2, "tri": 3},
		Now:        []string{"upravo sada", "prije nekoliko trenutaka"},
		Fillers:    []string{"oko", "otprilike", "ažurirano", "objavljeno", "u"},
		ClockWords: []string{"h", "sati", "sat"},
	},
	{
		Tag: "sr",
		// The genitive of "15. октобра 2025.", beside CLDR's nominative.
		Months: [12][]string{{"јануара"}, {"фебруара"}, {"марта"}, {"априла"}, {"маја"}, {"јуна"},
			{"јула"}, {"августа"}, {"септембра"}, {"октобра"}, {"новембра"}, {"децембра"}},
		And: []string{"и"},
		// "пре 1 сат", the singular beside CLDR's "пре {0} сата".
		Past:       [NumUnits][]string{2: {"пре {0} сат"}},
		Fixed:      []FixedPast{{"пре неколико секунди", Second, 44}, {"пре месец дана", Month, 1}, {"пре годину дана", Year, 1}, {"пре сат времена", Hour, 1}, {"пре сат", Hour, 1}, {"пре минут", Minute, 1}},
		Counts:     map[string]int{"један": 1, "једну": 1, "два": 2, "две": 2, "три": 3},
		Now:        []string{"управо"},
		Fillers:    []string{"око", "отприлике", "ажурирано", "објављено", "у"},
		ClockWords: []string{"ч", "ч.", "часова", "сати"},
	},
	{
		Tag: "sr-Latn",
		Months: [12][]string{{"januara"}, {"februara"}, {"marta"}, {"aprila"}, {"maja"}, {"juna"},
			{"jula"}, {"avgusta"}, {"septembra"}, {"oktobra"}, {"novembra"}, {"decembra"}},
		And:        []string{"i"},
		Past:       [NumUnits][]string{2: {"pre {0} sat"}},
		Fixed:      []FixedPast{{"pre nekoliko sekundi", Second, 44}, {"pre mesec dana", Month, 1}, {"pre godinu dana", Year, 1}, {"pre sat vremena", Hour, 1}, {"pre sat", Hour, 1}, {"pre minut", Minute, 1}},
		Counts:     map[string]int{"jedan": 1, "jednu": 1, "dva": 2, "dve": 2, "tri": 3},
		Now:        []string{"upravo"},
		Fillers:    []string{"oko", "otprilike", "ažurirano", "objavljeno", "u"},
		ClockWords: []string{"č", "č.", "časova", "sati", "h"},
	},
	{
		Tag:   "ca",
		Fixed: []FixedPast{{"fa uns segons", Second, 44}},
		And:   []string{"i"},
		Past: [NumUnits][]string{
			nil,
			{"fa {0} min."},
		},
		Counts:     map[string]int{"un": 1, "una": 1, "dos": 2, "dues": 2, "tres": 3, "cinc": 5},
		Now:        []string{"ara mateix", "fa un moment"},
		Fillers:    []string{"uns", "unes", "aproximadament", "actualitzat", "actualització", "publicat", "a les", "el", "de", "cap a"},
		ClockWords: []string{"h"},
	},
}
