package lexicon

// handTimeOtherScripts is the hand table of the languages written in
// other scripts: Japanese, Chinese, Korean, Arabic, Hindi, Bengali,
// Hebrew and Thai. See handTime.
var handTimeOtherScripts = []Language{
	{
		Tag:   "ja",
		Fixed: []FixedPast{{"数秒前", Second, 44}},
		// Months back glued to the count ("53か月前", "2ヶ月前"): CLDR
		// has "{0} か月前" with a space.
		Past: [NumUnits][]string{5: {"{0}か月前", "{0}ヶ月前", "{0}ケ月前", "{0}カ月前", "{0}ヵ月前", "{0} ヶ月前", "{0} カ月前"}},
		Now:  []string{"たった今", "今さっき"},
		// "現在" after a clock: as of ("15時現在"); "約", "およそ" (about)
		// before a count, "頃", "ごろ" (around) after a clock.
		Fillers:    []string{"更新", "公開", "配信", "投稿", "掲載", "現在", "約", "およそ", "頃", "ごろ"},
		ClockWords: []string{"時", "分", "秒"},
		Zones:      map[string]string{"jst": "Asia/Tokyo", "日本時間": "Asia/Tokyo"},
	},
	{
		Tag:   "zh",
		PM:    []string{"晚上", "傍晚", "晚"},
		AM:    []string{"早上", "早晨", "清晨", "凌晨"},
		Fixed: []FixedPast{{"几秒前", Second, 44}},
		Past: [NumUnits][]string{
			{"{0}秒钟之前"},
			{"{0}分钟之前", "{0}分前"},
			{"{0}小时之前", "{0}个小时前"},
		},
		Counts:     map[string]int{"一": 1, "二": 2, "三": 3, "两": 2, "十": 10},
		Now:        []string{"刚刚", "刚才"},
		Fillers:    []string{"更新", "发布", "发布时间", "更新时间", "于", "约", "大约"},
		ClockWords: []string{"点", "时", "分", "秒"},
		// The hour, minute and second markers of clocks as Chinese pages
		// print them (CLDR's zh clocks are "HH:mm").
		Patterns: []string{"H点mm分", "H时mm分", "H时mm分ss秒"},
		Zones:    map[string]string{"北京时间": "Asia/Shanghai"},
	},
	{
		Tag:   "zh-Hant",
		PM:    []string{"晚上", "傍晚", "晚間", "晚"},
		AM:    []string{"早上", "早晨", "清晨", "凌晨"},
		Fixed: []FixedPast{{"幾秒前", Second, 44}},
		Past: [NumUnits][]string{
			{"{0}秒前"},
			{"{0}分鐘前", "{0}分前"},
			{"{0}小時前", "{0}個小時前"},
			{"{0}天前"},
		},
		Counts:     map[string]int{"一": 1, "二": 2, "三": 3, "兩": 2, "十": 10},
		Now:        []string{"剛剛", "剛才"},
		Fillers:    []string{"更新", "發布", "發佈", "發布時間", "更新時間", "於", "約", "大約"},
		ClockWords: []string{"點", "時", "分", "秒"},
		Patterns:   []string{"H點mm分", "H時mm分"},
		Zones:      map[string]string{"台北時間": "Asia/Taipei", "香港時間": "Asia/Hong_Kong"},
	},
	{
		Tag:    "ko",
		Counts: map[string]int{"한": 1, "두": 2, "세": 3, "네": 4},
		PM:     []string{"저녁"},
		AM:     []string{"새벽", "아침"},
		Fixed:  []FixedPast{{"몇 초 전", Second, 44}},
		Past: [NumUnits][]string{
			{"{0} 초 전"},
			{"{0} 분 전"},
			{"{0} 시간 전"},
			{"{0} 일 전"},
		},
		Now: []string{"방금", "방금 전"},
		// 승인 (approved), 등록 (registered), 송고 (filed): the labels of
		// the news CMSs' bylines ("승인 2025.10.15 14:18").
		Fillers:    []string{"입력", "수정", "업데이트", "기사입력", "최종수정", "승인", "기사승인", "등록", "송고", "송고시간"},
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
		Yesterday: []string{"يوم أمس"},
		// Arabic pages print "الآن" (now) alone as the stamp of the newest post.
		Now:     []string{"قبل قليل", "منذ قليل", "الآن"},
		Fillers: []string{"آخر تحديث", "تحديث", "نشر", "بتاريخ", "الساعة", "بتوقيت", "تاريخ النشر", "تاريخ التحديث"},
		// The morning and evening words with their tanween ("11:00 صباحاً").
		AM:    []string{"صباحاً", "صباحا", "صباحًا"},
		PM:    []string{"مساءً", "مساء", "مساءا", "مساءً"},
		Zones: map[string]string{"غرينتش": "Etc/UTC", "مكة المكرمة": "Asia/Riyadh", "القدس": "Asia/Jerusalem"},
	},
	{
		Tag: "hi",
		// Spellings pages print beside CLDR's: फरवरी without the nukta,
		// the half m of सितम्बर, नवम्बर, दिसम्बर, अक्तूबर.
		Months:   [12][]string{1: {"फरवरी"}, 8: {"सितम्बर"}, 9: {"अक्तूबर", "अक्टूबर"}, 10: {"नवम्बर"}, 11: {"दिसम्बर"}},
		Patterns: []string{"B h:mm"},
		PM:       []string{"अपराह्न", "दोपहर", "शाम"},
		AM:       []string{"पूर्वाह्न", "सुबह"},
		Fixed:    []FixedPast{{"कुछ ही क्षण पहले", Second, 44}},
		And:      []string{"और"},
		// "पूर्व", the formal word for "ago".
		Past: [NumUnits][]string{
			{"{0} सेकंड पूर्व"},
			{"{0} मिनट पूर्व"},
			{"{0} घंटा पहले", "{0} घंटा पूर्व", "{0} घंटे पूर्व"},
			{"{0} दिन पूर्व"},
			{"{0} सप्ताह पूर्व"},
		},
		Counts:     map[string]int{"एक": 1, "दो": 2, "तीन": 3, "पांच": 5, "पाँच": 5},
		Now:        []string{"अभी", "अभी-अभी"},
		Fillers:    []string{"सन्", "अपडेट", "अपडेटेड", "प्रकाशित", "अपडेट किया गया", "लगभग"},
		ClockWords: []string{"बजे"},
	},
	{
		Tag: "bn",
		// Spellings pages print beside CLDR's (long ী, ষ্ট).
		Months:     [12][]string{{"জানুয়ারী"}, {"ফেব্রুয়ারী"}, 7: {"আগষ্ট"}},
		ClockWords: []string{"টা"},
		Patterns:   []string{"B h:mm"},
		Ordinals:   []string{"লা", "রা", "ঠা", "ই", "শে"},
		// এএম, পিএম: AM and PM spelt in Bengali letters.
		PM:    []string{"বিকেল", "সন্ধ্যা", "পিএম"},
		AM:    []string{"সকাল", "এএম"},
		Fixed: []FixedPast{{"কয়েক সেকেন্ড আগে", Second, 44}},
		And:   []string{"এবং"},
		// ঘন্টা, a common spelling of CLDR's ঘণ্টা.
		Past: [NumUnits][]string{
			nil, nil,
			{"{0} ঘন্টা আগে"},
			nil, nil, nil,
			{"{0} বছর আগে"},
		},
		Counts:  map[string]int{"এক": 1, "দুই": 2, "তিন": 3},
		Now:     []string{"এইমাত্র"},
		Fillers: []string{"সাল", "আপডেট", "প্রকাশিত", "প্রকাশ", "সময়", "প্রায়"},
	},
	{
		Tag: "he",
		Fixed: []FixedPast{{"לפני מספר שניות", Second, 44},
			{"לפני דקה", Minute, 1}, {"לפני שעה", Hour, 1}, {"לפני שעתיים", Hour, 2},
			{"לפני יום", Day, 1}, {"לפני יומיים", Day, 2}, {"לפני שבוע", Week, 1},
		},
		Now:     []string{"כרגע", "ממש עכשיו"},
		Fillers: []string{"עודכן", "עדכון", "פורסם", "בשעה"},
	},
	{
		Tag: "th",
		// The short names of everyday speech and headlines ("15 ต.ค." is
		// CLDR's abbreviation, "15 ตุลา" the colloquial one).
		Months: [12][]string{{"มกรา"}, {"กุมภา"}, {"มีนา"}, {"เมษา"}, {"พฤษภา"}, {"มิถุนา"},
			{"กรกฎา"}, {"สิงหา"}, {"กันยา"}, {"ตุลา"}, {"พฤศจิกา"}, {"ธันวา"}},
		Fixed:    []FixedPast{{"ไม่กี่วินาทีที่แล้ว", Second, 44}},
		EraYears: 543,
		And:      []string{"และ"},
		Past: [NumUnits][]string{
			nil, nil,
			{"{0} ชั่วโมงที่แล้ว", "{0} ชม.ที่แล้ว"},
		},
		Yesterday: []string{"เมื่อวานนี้"},
		Now:       []string{"เมื่อสักครู่", "เมื่อกี้"},
		// ที่ (the) in "วันศุกร์ที่ 10", ประมาณ (about).
		// เมื่อ (on, when) before a date: "เมื่อ 9 กุมภาพันธ์".
		Fillers: []string{"เดือน", "อัปเดต", "อัพเดท", "เผยแพร่", "แก้ไข", "ที่", "ประมาณ", "เมื่อ"},
	},
}
