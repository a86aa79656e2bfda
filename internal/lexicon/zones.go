package lexicon

// Zone is one time-zone abbreviation that pages print.
type Zone struct {
	// Name is the abbreviation as the tz database spells it, to compare
	// with the publisher's zone ("IST" in Europe/Dublin is +01:00).
	Name string
	// Words are the lower-case spellings that mean this zone, one space
	// apart ("cet mez").
	Words string
	// Offset is the fixed offset in seconds east of UTC (the standard
	// one for a generic zone).
	Offset int
	// IANA, when set, makes the abbreviation generic ("ET"): its offset
	// is the IANA zone's at that date, daylight saving included.
	IANA string
	// DST is the daylight-saving offset of a generic zone, and Rule when
	// it applies ("us" or "eu"), for systems without a tz database.
	DST  int
	Rule string
	// UTC marks GMT and UTC, which may take an offset: "GMT+3".
	UTC bool
	// MonthFirst marks the zones of the country that writes numeric dates
	// month first (the US: 9/6/2021 is September 6): a stamp that prints
	// one reads its slashed date that way.
	MonthFirst bool
}

// ZonePhrase is a zone printed in words ("British Summer Time").
type ZonePhrase struct {
	// Words is the phrase, lower-case, one space between words.
	Words string
	// Zone is the Name of the Zone it stands for.
	Zone string
}

const hour = 3600

// Zones are the zone abbreviations the time engine reads. An
// abbreviation missing here is an error, never a zero offset.
var Zones = []Zone{
	{Name: "UTC", Words: "utc ut z", UTC: true},
	{Name: "GMT", Words: "gmt", UTC: true},
	{Name: "BST", Words: "bst", Offset: 1 * hour},
	{Name: "IST", Words: "ist", Offset: 5*hour + 1800},
	{Name: "CET", Words: "cet mez", Offset: 1 * hour},
	{Name: "CEST", Words: "cest mesz", Offset: 2 * hour},
	{Name: "EET", Words: "eet oez", Offset: 2 * hour},
	{Name: "EEST", Words: "eest oesz", Offset: 3 * hour},
	{Name: "WET", Words: "wet", Offset: 0},
	{Name: "WEST", Words: "west", Offset: 1 * hour},
	{Name: "MSK", Words: "msk мск", Offset: 3 * hour, IANA: "Europe/Moscow", DST: 3 * hour},
	{Name: "EST", Words: "est", Offset: -5 * hour, MonthFirst: true},
	{Name: "EDT", Words: "edt", Offset: -4 * hour, MonthFirst: true},
	{Name: "CST", Words: "cst", Offset: -6 * hour, MonthFirst: true},
	{Name: "CDT", Words: "cdt", Offset: -5 * hour, MonthFirst: true},
	{Name: "MST", Words: "mst", Offset: -7 * hour, MonthFirst: true},
	{Name: "MDT", Words: "mdt", Offset: -6 * hour, MonthFirst: true},
	{Name: "PST", Words: "pst", Offset: -8 * hour, MonthFirst: true},
	{Name: "PDT", Words: "pdt", Offset: -7 * hour, MonthFirst: true},
	{Name: "AKST", Words: "akst", Offset: -9 * hour, MonthFirst: true},
	{Name: "AKDT", Words: "akdt", Offset: -8 * hour, MonthFirst: true},
	{Name: "HST", Words: "hst", Offset: -10 * hour, MonthFirst: true},
	{Name: "AEST", Words: "aest", Offset: 10 * hour},
	{Name: "AEDT", Words: "aedt", Offset: 11 * hour},
	{Name: "ACST", Words: "acst", Offset: 9*hour + 1800},
	{Name: "ACDT", Words: "acdt", Offset: 10*hour + 1800},
	{Name: "AWST", Words: "awst", Offset: 8 * hour},
	{Name: "NZST", Words: "nzst", Offset: 12 * hour},
	{Name: "NZDT", Words: "nzdt", Offset: 13 * hour},
	{Name: "JST", Words: "jst", Offset: 9 * hour},
	{Name: "KST", Words: "kst", Offset: 9 * hour},
	{Name: "HKT", Words: "hkt", Offset: 8 * hour},
	{Name: "SGT", Words: "sgt", Offset: 8 * hour},
	{Name: "PKT", Words: "pkt", Offset: 5 * hour},
	{Name: "WIB", Words: "wib", Offset: 7 * hour},
	{Name: "SAST", Words: "sast", Offset: 2 * hour},
	{Name: "EAT", Words: "eat", Offset: 3 * hour},
	{Name: "WAT", Words: "wat", Offset: 1 * hour},
	{Name: "CAT", Words: "cat", Offset: 2 * hour},
	{Name: "IDT", Words: "idt", Offset: 3 * hour},
	{Name: "ET", Words: "et", Offset: -5 * hour, DST: -4 * hour, IANA: "America/New_York", Rule: "us", MonthFirst: true},
	{Name: "CT", Words: "ct", Offset: -6 * hour, DST: -5 * hour, IANA: "America/Chicago", Rule: "us", MonthFirst: true},
	{Name: "MT", Words: "mt", Offset: -7 * hour, DST: -6 * hour, IANA: "America/Denver", Rule: "us", MonthFirst: true},
	{Name: "PT", Words: "pt", Offset: -8 * hour, DST: -7 * hour, IANA: "America/Los_Angeles", Rule: "us", MonthFirst: true},
	{Name: "UK", Words: "uk", Offset: 0, DST: 1 * hour, IANA: "Europe/London", Rule: "eu"},
}

// ZonePhrases are the zones printed in words.
var ZonePhrases = []ZonePhrase{
	{"coordinated universal time", "UTC"},
	{"universal time", "UTC"},
	{"greenwich mean time", "GMT"},
	{"british summer time", "BST"},
	{"gmt daylight time", "BST"}, // Windows' name of the UK's summer time
	{"gmt standard time", "GMT"},
	{"india standard time", "IST"},
	{"eastern standard time", "EST"},
	{"eastern daylight time", "EDT"},
	{"eastern time", "ET"},
	{"central standard time", "CST"},
	{"central daylight time", "CDT"},
	{"central time", "CT"},
	{"mountain standard time", "MST"},
	{"mountain daylight time", "MDT"},
	{"mountain time", "MT"},
	{"pacific standard time", "PST"},
	{"pacific daylight time", "PDT"},
	{"pacific time", "PT"},
	{"moscow time", "MSK"},
	{"uk time", "UK"},
	// The English long names of CLDR that JavaScript's Date prints after
	// the offset: "GMT+0200 (Central European Summer Time)".
	{"central european standard time", "CET"},
	{"central european summer time", "CEST"},
	{"eastern european standard time", "EET"},
	{"eastern european summer time", "EEST"},
	{"western european standard time", "WET"},
	{"western european summer time", "WEST"},
	{"moscow standard time", "MSK"},
	{"israel daylight time", "IDT"},
	{"south africa standard time", "SAST"},
	{"east africa time", "EAT"},
	{"west africa standard time", "WAT"},
	{"central africa time", "CAT"},
	{"pakistan standard time", "PKT"},
	{"western indonesia time", "WIB"},
	{"singapore standard time", "SGT"},
	{"hong kong standard time", "HKT"},
	{"japan standard time", "JST"},
	{"korean standard time", "KST"},
	{"australian eastern standard time", "AEST"},
	{"australian eastern daylight time", "AEDT"},
	{"australian central standard time", "ACST"},
	{"australian central daylight time", "ACDT"},
	{"australian western standard time", "AWST"},
	{"new zealand standard time", "NZST"},
	{"new zealand daylight time", "NZDT"},
	{"alaska standard time", "AKST"},
	{"alaska daylight time", "AKDT"},
	{"hawaii-aleutian standard time", "HST"},
}

// CountryZones maps country codes (as domains and language regions write
// them, lower-case) to their zones, the one most news is published in
// first. Country-code domains used as generic names (.io, .tv, .co, .me)
// are not listed.
var CountryZones = map[string][]string{
	"uk": {"Europe/London"}, "gb": {"Europe/London"}, "ie": {"Europe/Dublin"},
	"de": {"Europe/Berlin"}, "at": {"Europe/Vienna"}, "ch": {"Europe/Zurich"},
	"fr": {"Europe/Paris"}, "be": {"Europe/Brussels"}, "nl": {"Europe/Amsterdam"},
	"lu": {"Europe/Luxembourg"}, "it": {"Europe/Rome"}, "es": {"Europe/Madrid"},
	"pt": {"Europe/Lisbon"}, "pl": {"Europe/Warsaw"}, "cz": {"Europe/Prague"},
	"sk": {"Europe/Bratislava"}, "hu": {"Europe/Budapest"}, "ro": {"Europe/Bucharest"},
	"bg": {"Europe/Sofia"}, "gr": {"Europe/Athens"}, "dk": {"Europe/Copenhagen"},
	"se": {"Europe/Stockholm"}, "no": {"Europe/Oslo"}, "fi": {"Europe/Helsinki"},
	"ee": {"Europe/Tallinn"}, "lv": {"Europe/Riga"}, "lt": {"Europe/Vilnius"},
	"ua": {"Europe/Kyiv", "Europe/Kiev"}, "by": {"Europe/Minsk"}, "hr": {"Europe/Zagreb"},
	"si": {"Europe/Ljubljana"}, "rs": {"Europe/Belgrade"}, "tr": {"Europe/Istanbul"},
	"il": {"Asia/Jerusalem"}, "in": {"Asia/Kolkata"}, "pk": {"Asia/Karachi"},
	"bd": {"Asia/Dhaka"}, "lk": {"Asia/Colombo"}, "np": {"Asia/Kathmandu"},
	"jp": {"Asia/Tokyo"}, "kr": {"Asia/Seoul"}, "cn": {"Asia/Shanghai"},
	"hk": {"Asia/Hong_Kong"}, "tw": {"Asia/Taipei"}, "sg": {"Asia/Singapore"},
	"my": {"Asia/Kuala_Lumpur"}, "ph": {"Asia/Manila"}, "th": {"Asia/Bangkok"},
	"vn": {"Asia/Ho_Chi_Minh"}, "ae": {"Asia/Dubai"}, "sa": {"Asia/Riyadh"},
	"qa": {"Asia/Qatar"}, "ir": {"Asia/Tehran"}, "eg": {"Africa/Cairo"},
	"ng": {"Africa/Lagos"}, "gh": {"Africa/Accra"}, "ke": {"Africa/Nairobi"},
	"za": {"Africa/Johannesburg"}, "nz": {"Pacific/Auckland"},
	"ar": {"America/Argentina/Buenos_Aires"}, "cl": {"America/Santiago"},
	"pe": {"America/Lima"}, "ve": {"America/Caracas"},
	"us": {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix", "America/Anchorage", "Pacific/Honolulu"},
	"ca": {"America/Toronto", "America/Winnipeg", "America/Edmonton", "America/Vancouver", "America/Halifax", "America/St_Johns"},
	"au": {"Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide", "Australia/Darwin", "Australia/Perth"},
	"br": {"America/Sao_Paulo", "America/Manaus"},
	"mx": {"America/Mexico_City", "America/Tijuana", "America/Cancun"},
	"ru": {"Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok"},
}

// LanguageZones maps languages whose news is published, nearly all of it,
// in one zone (or in countries that share its clock) to that zone.
// Languages spoken across many zones (en, es, pt, ar) are not listed.
var LanguageZones = map[string]string{
	"de": "Europe/Berlin", "fr": "Europe/Paris", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
	"pl": "Europe/Warsaw", "cs": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
	"ro": "Europe/Bucharest", "bg": "Europe/Sofia", "el": "Europe/Athens", "da": "Europe/Copenhagen",
	"sv": "Europe/Stockholm", "nb": "Europe/Oslo", "nn": "Europe/Oslo", "no": "Europe/Oslo",
	"fi": "Europe/Helsinki", "et": "Europe/Tallinn", "lv": "Europe/Riga", "lt": "Europe/Vilnius",
	"uk": "Europe/Kyiv", "hr": "Europe/Zagreb", "sl": "Europe/Ljubljana", "sr": "Europe/Belgrade",
	"tr": "Europe/Istanbul", "he": "Asia/Jerusalem", "ja": "Asia/Tokyo", "ko": "Asia/Seoul",
	"zh": "Asia/Shanghai", "th": "Asia/Bangkok", "vi": "Asia/Ho_Chi_Minh", "fa": "Asia/Tehran",
	"hi": "Asia/Kolkata", "ca": "Europe/Madrid", "eu": "Europe/Madrid", "gl": "Europe/Madrid",
	"ru": "Europe/Moscow",
}
