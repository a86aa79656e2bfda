package lexicon

// handTime is what live blogs print that CLDR lacks, per language, merged
// into the CLDR entry of the same Tag (see merge). Keep it small:
// everything CLDR has comes from CLDR. Forms follow the rules of
// Language (lower-case, NFC, one space between words).
//
// What it holds: number words for relative stamps printed without
// digits (exact counts only); abbreviated relative forms ("{0} mins
// ago", "vor {0} min."); the words printed around a stamp (Fillers);
// clock markers (ClockWords); day-number suffixes (Ordinals); phrases
// that say their count in words (Fixed); local zone abbreviations
// (Zones). Only the languages with such words have an entry.
var handTime = []Language{
	{
		Tag: "en",
		Past: [NumUnits][]string{
			{"{0} secs ago", "{0} sec ago", "{0} sec"},
			{"{0} mins ago", "{0} min ago", "{0} min", "{0} mins", "{0}min ago", "{0}mins ago", "{0}m"},
			{"{0} hrs ago", "{0} hr ago", "{0}hr ago", "{0}hrs ago", "{0} hr", "{0} hrs", "{0}h"},
			{"{0} days ago"},
			{"{0} wks ago", "{0} wk ago"},
		},
		DayBeforeYesterday: []string{"the day before yesterday", "day before yesterday"},
		Now:                []string{"just now", "right now", "moments ago", "a moment ago", "seconds ago"},
		Noon:               []string{"midday"},
		Counts: map[string]int{
			"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
			"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
			"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
		},
		Fillers:  []string{"updated", "posted", "published", "first", "last", "edited", "at", "on", "about", "around", "of", "the"},
		Ordinals: []string{"st", "nd", "rd", "th"},
	},
	{
		Tag: "de",
		Past: [NumUnits][]string{
			{"vor {0} sek.", "vor {0} sek"},
			{"vor {0} min.", "vor {0} min", "vor {0} minute"},
			{"vor {0} std.", "vor {0} std"},
			{"vor {0} tag"},
		},
		Counts:     map[string]int{"einer": 1, "einem": 1, "eine": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "zehn": 10, "zwölf": 12},
		Now:        []string{"gerade eben", "soeben"},
		Fillers:    []string{"aktualisiert", "veröffentlicht", "zuletzt", "stand", "update", "am", "um", "ab", "seit", "etwa"},
		ClockWords: []string{"uhr"},
		Zones:      map[string]string{"mez": "Europe/Berlin", "mesz": "Europe/Berlin"},
	},
	{
		Tag: "fr",
		Past: [NumUnits][]string{
			{"il y a {0} s", "il y a {0} sec"},
			{"il y a {0} min", "il y a {0} mn", "il y a {0}min"},
			{"il y a {0} h", "il y a {0}h"},
		},
		Counts:     map[string]int{"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10},
		Now:        []string{"à l’instant", "à l'instant", "il y a un instant"},
		Fillers:    []string{"mis à jour", "mise à jour", "publié", "modifié", "le", "à", "dernière"},
		ClockWords: []string{"h"},
		Ordinals:   []string{"er", "re"},
	},
	{
		Tag: "it",
		Past: [NumUnits][]string{
			{"{0} sec fa", "{0} secondi fa"},
			{"{0} min fa", "{0} min. fa", "{0} minuti fa"},
			{"{0} h fa", "{0} ore fa", "{0} ora fa"},
		},
		Counts:     map[string]int{"un": 1, "una": 1, "uno": 1, "un'": 1, "un’": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "dieci": 10},
		Now:        []string{"poco fa", "adesso"},
		Fillers:    []string{"aggiornato", "aggiornamento", "pubblicato", "il", "alle", "ultimo"},
		ClockWords: []string{"ore"},
	},
	{
		Tag: "es",
		Past: [NumUnits][]string{
			{"hace {0} seg", "hace {0} s"},
			{"hace {0} min", "hace {0} min."},
			{"hace {0} h", "hace {0} hrs", "hace {0} hr"},
		},
		Counts:     map[string]int{"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "diez": 10},
		Now:        []string{"hace un momento", "ahora mismo"},
		Fillers:    []string{"actualizado", "actualización", "publicado", "el", "a", "las", "la"},
		ClockWords: []string{"h", "hrs", "horas"},
	},
	{
		Tag: "pt",
		Past: [NumUnits][]string{
			{"{0} segundos atrás", "há {0}s"},
			{"{0} minutos atrás", "{0} minuto atrás", "{0} min atrás", "há {0}min", "há {0} mins"},
			{"{0} horas atrás", "{0} hora atrás", "{0}h atrás", "há {0}h"},
			{"{0} dias atrás", "{0} dia atrás"},
		},
		Counts:     map[string]int{"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "dez": 10},
		Now:        []string{"agora mesmo", "há pouco"},
		Fillers:    []string{"atualizado", "atualizada", "atualização", "publicado", "publicada", "em", "às", "a"},
		ClockWords: []string{"h", "horas"},
		Zones:      map[string]string{"brt": "America/Sao_Paulo"},
	},
	{
		Tag: "ru",
		Past: [NumUnits][]string{
			{"{0} сек назад"},
			{"{0} мин назад"},
			{"{0} ч. назад"},
		},
		Fixed: []FixedPast{
			{"секунду назад", Second, 1}, {"минуту назад", Minute, 1},
			{"час назад", Hour, 1}, {"неделю назад", Week, 1},
		},
		Counts:  map[string]int{"один": 1, "одна": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "пять": 5, "десять": 10},
		Now:     []string{"только что"},
		Fillers: []string{"обновлено", "опубликовано", "в", "г."},
		Zones:   map[string]string{"мск": "Europe/Moscow"},
	},
	{
		Tag: "pl",
		Past: [NumUnits][]string{
			{"{0} sek temu"},
			{"{0} min. temu"},
			{"{0} godz temu", "{0} h temu"},
		},
		Fixed: []FixedPast{
			{"minutę temu", Minute, 1}, {"godzinę temu", Hour, 1},
		},
		Counts:     map[string]int{"jeden": 1, "jedną": 1, "dwa": 2, "dwie": 2, "trzy": 3, "pięć": 5},
		Now:        []string{"przed chwilą", "właśnie"},
		Fillers:    []string{"aktualizacja", "zaktualizowano", "opublikowano", "o", "r."},
		ClockWords: []string{"godz.", "godz"},
	},
	{
		Tag: "nl",
		Past: [NumUnits][]string{
			{"{0} sec geleden", "{0} s geleden"},
			{"{0} min geleden", "{0} minuut geleden", "{0}m geleden"},
			{"{0} u geleden", "{0}u geleden"},
		},
		Counts:     map[string]int{"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "tien": 10},
		Now:        []string{"zojuist", "net"},
		Fillers:    []string{"bijgewerkt", "gepubliceerd", "laatste", "update", "om", "op"},
		ClockWords: []string{"uur"},
	},
	{
		Tag: "uk",
		Past: [NumUnits][]string{
			{"{0} сек тому"},
			{"{0} хв. тому"},
			{"{0} год. тому"},
		},
		Fixed: []FixedPast{
			{"хвилину тому", Minute, 1}, {"годину тому", Hour, 1},
		},
		Counts:  map[string]int{"один": 1, "одна": 1, "одну": 1, "два": 2, "дві": 2, "три": 3, "п'ять": 5, "пʼять": 5},
		Now:     []string{"щойно", "тільки що"},
		Fillers: []string{"оновлено", "опубліковано", "о", "р."},
	},
	{
		Tag: "cs",
		Past: [NumUnits][]string{
			{"před {0} sek."},
			{"před {0} min."},
			{"před {0} hod.", "před {0} hod"},
		},
		Fixed: []FixedPast{
			{"před minutou", Minute, 1}, {"před hodinou", Hour, 1}, {"před dnem", Day, 1},
		},
		Counts:     map[string]int{"jednou": 1, "jedna": 1, "dvěma": 2, "dvě": 2, "třemi": 3, "pěti": 5},
		Now:        []string{"právě teď", "před chvílí"},
		Fillers:    []string{"aktualizováno", "publikováno", "aktualizace", "v", "ve"},
		ClockWords: []string{"hod.", "hod", "h"},
	},
	{
		Tag: "sk",
		Past: [NumUnits][]string{
			{"pred {0} sek."},
			{"pred {0} min."},
			{"pred {0} hod.", "pred {0} hod"},
		},
		Fixed: []FixedPast{
			{"pred minútou", Minute, 1}, {"pred hodinou", Hour, 1},
		},
		Counts:     map[string]int{"jednou": 1, "dvoma": 2, "dvomi": 2, "troma": 3, "piatimi": 5},
		Now:        []string{"práve teraz", "pred chvíľou"},
		Fillers:    []string{"aktualizované", "publikované", "aktualizácia", "o"},
		ClockWords: []string{"hod.", "hod", "h"},
	},
	{
		Tag: "sv",
		Past: [NumUnits][]string{
			{"{0} sek sedan"},
			{"{0} min sedan", "för {0} min sedan"},
			{"{0} tim sedan", "för {0} tim sedan", "{0} timmar sedan", "{0} timme sedan"},
		},
		Counts:     map[string]int{"en": 1, "ett": 1, "två": 2, "tre": 3, "fem": 5, "tio": 10},
		Now:        []string{"just nu"},
		Fillers:    []string{"uppdaterad", "publicerad", "i", "den"},
		ClockWords: []string{"kl.", "kl"},
	},
	{
		Tag: "da",
		Past: [NumUnits][]string{
			{"{0} sek. siden"},
			{"{0} min. siden", "{0} minutter siden", "for {0} min siden", "{0} min siden"},
			{"{0} timer siden", "{0} time siden", "{0} t. siden"},
		},
		Counts:     map[string]int{"en": 1, "et": 1, "to": 2, "tre": 3, "fem": 5, "ti": 10},
		Now:        []string{"lige nu"},
		Fillers:    []string{"opdateret", "publiceret", "i", "den"},
		ClockWords: []string{"kl.", "kl"},
	},
	{
		Tag: "nb",
		Past: [NumUnits][]string{
			{"{0} sek siden"},
			{"{0} min siden", "{0} minutter siden", "for {0} min siden"},
			{"{0} timer siden", "{0} time siden", "{0} t siden"},
		},
		Counts:     map[string]int{"en": 1, "ett": 1, "et": 1, "to": 2, "tre": 3, "fem": 5, "ti": 10},
		Now:        []string{"akkurat nå"},
		Fillers:    []string{"oppdatert", "publisert", "sist", "i", "den"},
		ClockWords: []string{"kl.", "kl"},
	},
	{
		Tag:        "fi",
		Counts:     map[string]int{"yksi": 1, "kaksi": 2, "kolme": 3, "viisi": 5},
		Now:        []string{"juuri nyt", "hetki sitten"},
		Fillers:    []string{"päivitetty", "julkaistu", "päivitys"},
		ClockWords: []string{"klo"},
	},
	{
		Tag: "tr",
		Past: [NumUnits][]string{
			{"{0} sn önce"},
			{"{0} dk önce", "{0} dakika evvel"},
			{"{0} sa önce"},
		},
		Counts:     map[string]int{"bir": 1, "iki": 2, "üç": 3, "beş": 5, "on": 10},
		Now:        []string{"az önce", "şimdi"},
		Fillers:    []string{"güncellendi", "güncelleme", "yayınlandı", "yayınlanma", "son"},
		ClockWords: []string{"saat"},
		Zones:      map[string]string{"tsi": "Europe/Istanbul", "trt": "Europe/Istanbul"},
	},
	{
		Tag:        "ja",
		Now:        []string{"たった今", "今さっき"},
		Fillers:    []string{"更新", "公開", "配信", "投稿", "掲載"},
		ClockWords: []string{"時", "分", "秒"},
		Zones:      map[string]string{"jst": "Asia/Tokyo", "日本時間": "Asia/Tokyo"},
	},
	{
		Tag: "zh",
		Past: [NumUnits][]string{
			{"{0}秒钟之前"},
			{"{0}分钟之前", "{0}分前"},
			{"{0}小时之前", "{0}个小时前"},
		},
		Counts:     map[string]int{"两": 2, "十": 10},
		Now:        []string{"刚刚", "刚才"},
		Fillers:    []string{"更新", "发布", "发布时间", "更新时间", "于"},
		ClockWords: []string{"点", "时", "分", "秒"},
		Zones:      map[string]string{"北京时间": "Asia/Shanghai"},
	},
	{
		Tag: "zh-Hant",
		Past: [NumUnits][]string{
			{"{0}秒前"},
			{"{0}分鐘前", "{0}分前"},
			{"{0}小時前", "{0}個小時前"},
			{"{0}天前"},
		},
		Counts:     map[string]int{"兩": 2, "十": 10},
		Now:        []string{"剛剛", "剛才"},
		Fillers:    []string{"更新", "發布", "發佈", "發布時間", "更新時間", "於"},
		ClockWords: []string{"點", "時", "分", "秒"},
		Zones:      map[string]string{"台北時間": "Asia/Taipei", "香港時間": "Asia/Hong_Kong"},
	},
	{
		Tag: "ko",
		Past: [NumUnits][]string{
			{"{0} 초 전"},
			{"{0} 분 전"},
			{"{0} 시간 전"},
			{"{0} 일 전"},
		},
		Now:        []string{"방금", "방금 전"},
		Fillers:    []string{"입력", "수정", "업데이트", "기사입력", "최종수정"},
		ClockWords: []string{"시", "분"},
		Zones:      map[string]string{"kst": "Asia/Seoul"},
	},
	{
		Tag: "ar",
		Past: [NumUnits][]string{
			{"منذ {0} ثانية", "منذ {0} ثوان", "منذ {0} ثوانٍ"},
			{"منذ {0} دقيقة", "منذ {0} دقائق"},
			{"منذ {0} ساعة", "منذ {0} ساعات"},
			{"منذ {0} يوم", "منذ {0} أيام", "منذ {0} يومًا"},
		},
		Fixed: []FixedPast{
			{"منذ دقيقة", Minute, 1}, {"منذ دقيقتين", Minute, 2}, {"قبل دقيقة", Minute, 1},
			{"منذ ساعة", Hour, 1}, {"منذ ساعتين", Hour, 2}, {"قبل ساعة", Hour, 1},
			{"منذ يوم", Day, 1}, {"منذ يومين", Day, 2},
		},
		Now:     []string{"قبل قليل", "منذ قليل"},
		Fillers: []string{"آخر تحديث", "تحديث", "نشر", "بتاريخ", "الساعة", "بتوقيت"},
		Zones:   map[string]string{"غرينتش": "Etc/UTC", "مكة المكرمة": "Asia/Riyadh", "القدس": "Asia/Jerusalem"},
	},
	{
		Tag: "hi",
		Past: [NumUnits][]string{
			nil, nil,
			{"{0} घंटा पहले"},
		},
		Counts:     map[string]int{"एक": 1, "दो": 2, "तीन": 3, "पांच": 5, "पाँच": 5},
		Now:        []string{"अभी", "अभी-अभी"},
		Fillers:    []string{"अपडेट", "अपडेटेड", "प्रकाशित", "अपडेट किया गया"},
		ClockWords: []string{"बजे"},
	},
	{
		Tag: "bn",
		Past: [NumUnits][]string{
			nil, nil, nil, nil, nil, nil,
			{"{0} বছর আগে"},
		},
		Counts:  map[string]int{"এক": 1, "দুই": 2, "তিন": 3},
		Now:     []string{"এইমাত্র"},
		Fillers: []string{"আপডেট", "প্রকাশিত", "প্রকাশ", "সময়"},
	},
	{
		Tag: "ro",
		Past: [NumUnits][]string{
			{"acum {0} sec"},
			{"acum {0} min", "acum {0} min."},
			{"acum {0} h", "acum {0} ore"},
		},
		Counts:     map[string]int{"un": 1, "o": 1, "două": 2, "doi": 2, "trei": 3, "cinci": 5},
		Now:        []string{"chiar acum", "acum câteva momente"},
		Fillers:    []string{"actualizat", "actualizare", "publicat", "la"},
		ClockWords: []string{"ora"},
	},
	{
		Tag:     "hu",
		Counts:  map[string]int{"egy": 1, "két": 2, "három": 3, "öt": 5},
		Now:     []string{"épp most", "az imént"},
		Fillers: []string{"frissítve", "frissítés", "közzétéve", "frissült"},
	},
	{
		Tag: "el",
		Past: [NumUnits][]string{
			{"πριν {0} δευτερόλεπτα"},
			{"πριν {0} λεπτά", "πριν {0} λεπτό", "{0} λεπτά πριν"},
			{"πριν {0} ώρες", "πριν {0} ώρα", "{0} ώρες πριν"},
			{"πριν {0} ημέρες", "πριν {0} μέρες"},
		},
		Counts:  map[string]int{"ένα": 1, "μία": 1, "μια": 1, "δύο": 2, "τρία": 3, "τρεις": 3},
		Now:     []string{"μόλις τώρα"},
		Fillers: []string{"ενημερώθηκε", "ενημέρωση", "δημοσιεύθηκε", "δημοσίευση"},
	},
	{
		Tag: "he",
		Fixed: []FixedPast{
			{"לפני דקה", Minute, 1}, {"לפני שעה", Hour, 1}, {"לפני שעתיים", Hour, 2},
			{"לפני יום", Day, 1}, {"לפני יומיים", Day, 2}, {"לפני שבוע", Week, 1},
		},
		Now:     []string{"כרגע", "ממש עכשיו"},
		Fillers: []string{"עודכן", "עדכון", "פורסם", "בשעה"},
	},
	{
		Tag: "id",
		Past: [NumUnits][]string{
			{"{0} detik lalu"},
			{"{0} menit lalu", "{0} mnt lalu"},
			{"{0} jam lalu"},
			{"{0} hari lalu"},
		},
		Fixed: []FixedPast{
			{"sejam yang lalu", Hour, 1}, {"semenit yang lalu", Minute, 1}, {"sehari yang lalu", Day, 1},
		},
		Counts:     map[string]int{"satu": 1, "dua": 2, "tiga": 3, "lima": 5},
		Now:        []string{"baru saja"},
		Fillers:    []string{"diperbarui", "diterbitkan", "dipublikasikan", "pukul"},
		ClockWords: []string{"pukul"},
		Zones:      map[string]string{"wib": "Asia/Jakarta", "wita": "Asia/Makassar", "wit": "Asia/Jayapura"},
	},
	{
		Tag:        "vi",
		Counts:     map[string]int{"một": 1, "hai": 2, "ba": 3, "năm": 5},
		Now:        []string{"vừa xong", "mới đây"},
		Fillers:    []string{"cập nhật", "đăng", "đăng lúc", "ngày"},
		ClockWords: []string{"giờ"},
	},
	{
		Tag:     "th",
		Now:     []string{"เมื่อสักครู่", "เมื่อกี้"},
		Fillers: []string{"อัปเดต", "อัพเดท", "เผยแพร่", "แก้ไข"},
	},
	{
		Tag: "bg",
		Fixed: []FixedPast{
			{"преди минута", Minute, 1}, {"преди час", Hour, 1}, {"преди ден", Day, 1},
		},
		Counts:     map[string]int{"една": 1, "един": 1, "две": 2, "два": 2, "три": 3, "пет": 5},
		Now:        []string{"току-що"},
		Fillers:    []string{"обновено", "публикувано", "актуализирано", "в"},
		ClockWords: []string{"ч.", "ч"},
	},
	{
		Tag: "hr",
		Past: [NumUnits][]string{
			{"prije {0} sek"},
			{"prije {0} min."},
			{"prije {0} h", "prije {0} sata", "prije {0} sati"},
		},
		Counts:     map[string]int{"jedan": 1, "jednu": 1, "jedne": 1, "dva": 2, "dvije": 2, "tri": 3, "pet": 5},
		Now:        []string{"upravo sada", "prije nekoliko trenutaka"},
		Fillers:    []string{"ažurirano", "objavljeno", "u"},
		ClockWords: []string{"h", "sati", "sat"},
	},
	{
		Tag:        "sr",
		Counts:     map[string]int{"један": 1, "једну": 1, "два": 2, "две": 2, "три": 3},
		Now:        []string{"управо"},
		Fillers:    []string{"ажурирано", "објављено", "у"},
		ClockWords: []string{"ч", "ч.", "часова", "сати"},
	},
	{
		Tag:        "sr-Latn",
		Counts:     map[string]int{"jedan": 1, "jednu": 1, "dva": 2, "dve": 2, "tri": 3},
		Now:        []string{"upravo"},
		Fillers:    []string{"ažurirano", "objavljeno", "u"},
		ClockWords: []string{"č", "č.", "časova", "sati", "h"},
	},
	{
		Tag: "ca",
		Past: [NumUnits][]string{
			nil,
			{"fa {0} min."},
		},
		Counts:     map[string]int{"un": 1, "una": 1, "dos": 2, "dues": 2, "tres": 3, "cinc": 5},
		Now:        []string{"ara mateix", "fa un moment"},
		Fillers:    []string{"actualitzat", "actualització", "publicat", "a les", "el"},
		ClockWords: []string{"h"},
	},
}
