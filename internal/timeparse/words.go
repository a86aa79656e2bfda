package timeparse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lang is a set of languages, one bit each; it restricts which words a
// Normalizer knows (Normalizer.Languages).
type lang uint8

const (
	lEN lang = 1 << iota
	lRU
	lDE
	lFR
	lIT
	lES
	lPL
	lAll lang = 1<<iota - 1
)

// langBit maps a BCP 47 tag ("de", "de-AT", "pl-PL") to its bit; 0 when
// the language is not one the Normalizer reads.
func langBit(tag string) lang {
	if len(tag) < 2 || (len(tag) > 2 && tag[2] != '-' && tag[2] != '_') {
		return 0
	}
	switch strings.ToLower(tag[:2]) {
	case "en":
		return lEN
	case "ru":
		return lRU
	case "de":
		return lDE
	case "fr":
		return lFR
	case "it":
		return lIT
	case "es":
		return lES
	case "pl":
		return lPL
	}
	return 0
}

// Units of relative stamps ("5 min ago").
const (
	uSecond uint8 = iota + 1
	uMinute
	uHour
	uDay
	uWeek
)

// Word flags: what else a word can be besides a month, weekday, unit,
// count or zone.
const (
	wFiller     uint16 = 1 << iota // ignored: "Updated", "at", "Uhr", "г."
	wPostMarker                    // "ago", "назад", "fa", "temu"
	wPreMarker                     // "vor", "hace"
	wOrdinal                       // "th" in "6th"
	wUhr                           // "Uhr": a German clock marker
	wH                             // "h": French clock separator or hours
	wJust                          // "just" in "just now"
	wNowJ                          // "now" after "just"
	wNow                           // one word that means just now: "soeben"
	wShift                         // "yesterday", "today": shift holds the days
	wIl                            // "il" of "il y a"
	wY                             // "y" of "il y a"
	wPhrase                        // first word of a zone phrase
)

// wordInfo is what one lower-case word can mean. A word can have several
// roles ("ago" is a marker in English and a month in Italian); each role
// has the languages it belongs to.
type wordInfo struct {
	month  uint8 // 1..12
	monthL lang
	wday   uint8 // weekday+1
	wdayL  lang
	unit   uint8
	unitL  lang
	num    uint8 // a count word: "an" in "an hour ago"
	numL   lang
	flags  uint16
	flagsL lang
	shift  int8  // days, with wShift
	ampm   uint8 // 1 am, 2 pm
	zone   uint8 // index into zoneDefs + 1
}

var wordIndex, wordTab = buildWords()

// lookupWord finds the lower-cased word w; it does not allocate.
func lookupWord(w string) (int, bool) {
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if len(b) == cap(b) {
				return 0, false
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if r == '’' {
			r = '\''
		} else {
			r = unicode.ToLower(r)
		}
		if len(b)+utf8.RuneLen(r) > cap(b) {
			return 0, false
		}
		b = utf8.AppendRune(b, r)
	}
	idx, ok := wordIndex[string(b)]
	return int(idx), ok
}

type wordTables struct {
	index map[string]uint16
	tab   []wordInfo
}

func (t *wordTables) get(w string) *wordInfo {
	if i, ok := t.index[w]; ok {
		return &t.tab[i]
	}
	t.index[w] = uint16(len(t.tab))
	t.tab = append(t.tab, wordInfo{})
	return &t.tab[len(t.tab)-1]
}

func (t *wordTables) each(words string, l lang, f func(*wordInfo, lang)) {
	for _, w := range strings.Fields(words) {
		f(t.get(w), l)
	}
}

// setMonth and friends refuse a word that would mean two different things
// in the same role: the tables are wrong then, and the package panics at
// initialisation, in the first test.
func setRole(cur *uint8, curL *lang, v uint8, l lang, w string) {
	if *cur != 0 && *cur != v {
		panic("liveblog: timestamp word table: conflicting meanings for " + w)
	}
	*cur = v
	*curL |= l
}

func buildWords() (map[string]uint16, []wordInfo) {
	t := &wordTables{index: make(map[string]uint16, 1024)}
	months := []struct {
		l     lang
		names [12]string
	}{
		{lEN, [12]string{"january jan", "february feb", "march mar", "april apr", "may", "june jun",
			"july jul", "august aug", "september sep sept", "october oct", "november nov", "december dec"}},
		{lRU, [12]string{"январь января январе янв", "февраль февраля феврале фев февр", "март марта марте мар",
			"апрель апреля апреле апр", "май мая мае", "июнь июня июне июн", "июль июля июле июл",
			"август августа августе авг", "сентябрь сентября сентябре сен сент", "октябрь октября октябре окт",
			"ноябрь ноября ноябре ноя нояб", "декабрь декабря декабре дек"}},
		{lDE, [12]string{"januar jänner jan", "februar feber feb", "märz maerz mär mrz", "april apr", "mai",
			"juni jun", "juli jul", "august aug", "september sep sept", "oktober okt", "november nov", "dezember dez"}},
		{lFR, [12]string{"janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin",
			"juillet juil", "août aout", "septembre sept", "octobre oct", "novembre nov", "décembre decembre déc"}},
		{lIT, [12]string{"gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu",
			"luglio lug", "agosto ago", "settembre set sett", "ottobre ott", "novembre nov", "dicembre dic"}},
		{lES, [12]string{"enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun",
			"julio jul", "agosto ago", "septiembre setiembre sep sept", "octubre oct", "noviembre nov", "diciembre dic"}},
		{lPL, [12]string{"styczeń stycznia styczniu sty", "luty lutego lutym lut", "marzec marca marcu mar",
			"kwiecień kwietnia kwietniu kwi", "maj maja maju", "czerwiec czerwca czerwcu cze",
			"lipiec lipca lipcu lip", "sierpień sierpnia sierpniu sie", "wrzesień września wrześniu wrz",
			"październik października październiku paź", "listopad listopada listopadzie lis",
			"grudzień grudnia grudniu gru"}},
	}
	for _, m := range months {
		for i, names := range m.names {
			for _, w := range strings.Fields(names) {
				wi := t.get(w)
				setRole(&wi.month, &wi.monthL, uint8(i+1), m.l, w)
			}
		}
	}
	// Weekdays, Sunday first as in time.Weekday.
	wdays := []struct {
		l     lang
		names [7]string
	}{
		{lEN, [7]string{"sunday sun", "monday mon", "tuesday tue tues", "wednesday wed",
			"thursday thu thur thurs", "friday fri", "saturday sat"}},
		{lRU, [7]string{"воскресенье вс", "понедельник пн", "вторник вт", "среда среду ср",
			"четверг чт", "пятница пятницу пт", "суббота субботу сб"}},
		{lDE, [7]string{"sonntag so", "montag mo", "dienstag di", "mittwoch mi", "donnerstag do",
			"freitag fr", "samstag sonnabend sa"}},
		{lFR, [7]string{"dimanche dim", "lundi lun", "mardi", "mercredi mer", "jeudi jeu", "vendredi ven", "samedi sam"}},
		{lIT, [7]string{"domenica dom", "lunedì lunedi lun", "martedì martedi", "mercoledì mercoledi mer",
			"giovedì giovedi gio", "venerdì venerdi ven", "sabato sab"}},
		{lES, [7]string{"domingo dom", "lunes lun", "martes", "miércoles miercoles mié mie", "jueves jue",
			"viernes vie", "sábado sabado sáb sab"}},
		{lPL, [7]string{"niedziela niedzielę niedz", "poniedziałek pon", "wtorek wt", "środa środę śr",
			"czwartek czw", "piątek pt", "sobota sobotę sob"}},
	}
	for _, d := range wdays {
		for i, names := range d.names {
			for _, w := range strings.Fields(names) {
				wi := t.get(w)
				setRole(&wi.wday, &wi.wdayL, uint8(i+1), d.l, w)
			}
		}
	}
	units := []struct {
		l     lang
		names [5]string // second, minute, hour, day, week
	}{
		{lEN, [5]string{"s sec secs second seconds", "m min mins minute minutes", "h hr hrs hour hours",
			"d day days", "w wk week weeks"}},
		{lRU, [5]string{"секунду секунды секунд сек", "минуту минуты минут мин", "час часа часов ч",
			"день дня дней", "неделю недели недель"}},
		{lDE, [5]string{"sekunde sekunden sek", "minute minuten min", "stunde stunden std",
			"tag tagen tage", "woche wochen"}},
		{lFR, [5]string{"seconde secondes", "minute minutes min mn", "heure heures h", "jour jours",
			"semaine semaines"}},
		{lIT, [5]string{"secondo secondi", "minuto minuti min", "ora ore", "giorno giorni",
			"settimana settimane"}},
		{lES, [5]string{"segundo segundos seg", "minuto minutos min", "hora horas", "día días dia dias",
			"semana semanas"}},
		{lPL, [5]string{"sekunda sekundy sekund sekundę", "minuta minuty minut minutę min",
			"godzina godziny godzin godzinę godz", "dzień dni", "tydzień tygodnie tygodni"}},
	}
	for _, u := range units {
		for i, names := range u.names {
			for _, w := range strings.Fields(names) {
				wi := t.get(w)
				setRole(&wi.unit, &wi.unitL, uint8(i+1), u.l, w)
			}
		}
	}
	// "un'ora fa": the article and the unit are one word.
	for _, w := range []string{"un'ora"} {
		wi := t.get(w)
		setRole(&wi.unit, &wi.unitL, uHour, lIT, w)
		setRole(&wi.num, &wi.numL, 1, lIT, w)
	}
	nums := []struct {
		l     lang
		words string
	}{
		{lEN, "a an one"}, {lDE, "einer einem eine einen"}, {lFR, "un une"},
		{lIT, "un una uno"}, {lES, "un una"},
	}
	for _, nw := range nums {
		for _, w := range strings.Fields(nw.words) {
			wi := t.get(w)
			setRole(&wi.num, &wi.numL, 1, nw.l, w)
		}
	}
	flag := func(words string, l lang, f uint16) {
		t.each(words, l, func(wi *wordInfo, l lang) { wi.flags |= f; wi.flagsL |= l })
	}
	flag("posted at on updated update last first published modified edited as of", lEN, wFiller)
	flag("aktualisiert veröffentlicht zuletzt stand um am uhr den vom erstellt geändert aktualisierung", lDE, wFiller)
	flag("обновлено опубликовано обновлен обновление изменено последнее в во г года год от дата публикации", lRU, wFiller)
	flag("le à a mis jour publié publie modifié modifie dernière derniere du mise actualisé", lFR, wFiller)
	flag("ore alle il del agg aggiornato aggiornamento pubblicato ultimo modificato", lIT, wFiller)
	flag("de del a las la el actualizado actualización publicado hs", lES, wFiller)
	flag("o godz aktualizacja opublikowano zaktualizowano r roku dnia", lPL, wFiller)
	flag("ago", lEN, wPostMarker)
	flag("назад", lRU, wPostMarker)
	flag("fa", lIT, wPostMarker)
	flag("temu", lPL, wPostMarker)
	flag("vor", lDE, wPreMarker)
	flag("hace", lES, wPreMarker)
	flag("il", lFR, wIl)
	flag("y", lFR, wY)
	flag("th st nd rd", lEN, wOrdinal)
	flag("er", lFR, wOrdinal)
	flag("uhr", lDE, wUhr)
	flag("h", lAll, wH)
	flag("just", lEN, wJust)
	flag("now", lEN, wNowJ)
	flag("только", lRU, wJust)
	flag("что", lRU, wNowJ)
	flag("gerade", lDE, wJust)
	flag("eben", lDE, wNowJ)
	flag("soeben", lDE, wNow)
	flag("l'instant", lFR, wNow)
	flag("proprio", lIT, wJust)
	flag("ora", lIT, wNowJ)
	flag("ahora", lES, wJust)
	flag("mismo", lES, wNowJ)
	flag("przed", lPL, wJust)
	flag("chwilą chwila", lPL, wNowJ)
	shifts := []struct {
		l         lang
		yesterday string
		today     string
		dayBefore string
	}{
		{lEN, "yesterday", "today", ""},
		{lRU, "вчера", "сегодня", "позавчера"},
		{lDE, "gestern", "heute", "vorgestern"},
		{lFR, "hier", "aujourd'hui", "avant-hier"},
		{lIT, "ieri", "oggi", "l'altroieri"},
		{lES, "ayer", "hoy", "anteayer"},
		{lPL, "wczoraj", "dzisiaj dziś dzis", "przedwczoraj"},
	}
	for _, s := range shifts {
		for days, words := range []string{s.today, s.yesterday, s.dayBefore} {
			t.each(words, s.l, func(wi *wordInfo, l lang) {
				wi.flags |= wShift
				wi.flagsL |= l
				wi.shift = int8(-days)
			})
		}
	}
	t.each("am", lAll, func(wi *wordInfo, _ lang) { wi.ampm = 1 })
	t.each("pm", lAll, func(wi *wordInfo, _ lang) { wi.ampm = 2 })
	for i, z := range zoneDefs {
		for _, w := range strings.Fields(z.words) {
			wi := t.get(w)
			if wi.zone != 0 {
				panic("liveblog: timestamp zone table: duplicate word " + w)
			}
			wi.zone = uint8(i + 1)
		}
	}
	for _, ph := range zonePhrases {
		wi := t.get(ph.words[0])
		wi.flags |= wPhrase
		wi.flagsL |= lAll
		for _, w := range ph.words[1:] {
			t.get(w) // known, with no role of its own
		}
	}
	t.get("p") // of "p.m."; "a" and "m" have roles already
	t.get("t") // of 2021-09-06T14:18
	return t.index, t.tab
}
