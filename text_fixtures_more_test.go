package liveblog_test

import (
	"testing"

	"github.com/liveblog-go/liveblog"
)

// A Spanish live page printing each day as a heading above its entries'
// clocks: the clocks take the heading's day, also when the page is read
// days later or with no reference time at all.
func TestTextDayHeadings(t *testing.T) {
	t.Parallel()
	want := []textWant{
		{time: "2024-06-04T07:10:00Z", title: "Reabren las carreteras del interior", text: "Las brigadas de limpieza"},
		{time: "2024-06-04T05:00:00Z", title: "Los colegios abren con normalidad", text: "Las clases se mantienen"},
		{time: "2024-06-03T20:00:00Z", title: "El agua entra en los bajos del paseo marítimo", text: "Los bomberos han achicado agua"},
		{time: "2024-06-03T16:00:00Z", title: "Primeros avisos por lluvias intensas", text: "Protección Civil ha enviado un aviso"},
	}
	for _, tc := range []textCase{
		{file: "tormenta-directo.browser.txt", now: "2024-06-04T10:00:00Z"},
		{file: "tormenta-directo.browser.txt", now: "2024-06-07T10:00:00Z"},
		{file: "tormenta-directo.browser.txt"},
		{file: "tormenta-directo.w3m.txt", now: "2024-06-04T10:00:00Z"},
		{file: "tormenta-directo.w3m.txt"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			tc.zone, tc.entries = "Europe/Madrid", want
			tc.title = "Tormentas en el Mediterráneo, en directo: el temporal deja calles inundadas en la costa"
			tc.lastText = "Protección Civil ha enviado un aviso a los móviles de la comarca por la previsión de lluvias fuertes."
			runTextCase(t, tc)
		})
	}
}

// Copies of two live pages in languages that print a time as "21h": a
// French regional paper (browser copy) and a Brazilian one (w3m). Their
// stamps are clocks, not "21 hours ago" (the copy's language, guessed
// from its words, settles it); the page's one date is when the blog
// began ("Publié le … à 14h02"), and its first post stands two minutes
// before it.
func TestTextHourClocksOfPagesThatBegin(t *testing.T) {
	t.Parallel()
	fr := []textWant{
		{time: "2024-06-09T19:00:00Z", title: "Les premiers résultats dans les communes", text: "Dans les petites communes"},
		{time: "2024-06-09T18:05:00Z", text: "Les bureaux de vote de la préfecture ont fermé à 20h."},
		{time: "2024-06-09T16:00:00Z", title: "La participation en hausse", text: "À 17 heures, la participation"},
		{time: "2024-06-09T14:12:00Z", text: "Une file d'attente s'est formée"},
		{time: "2024-06-09T12:00:00Z", title: "Bienvenue dans ce direct", text: "Bonjour à toutes et à tous."},
	}
	pt := []textWant{
		{time: "2024-10-07T00:00:00Z", title: "Prefeito eleito fala com apoiadores", text: "O candidato eleito discursou"},
		{time: "2024-10-06T23:30:00Z", text: "Com 98% das urnas apuradas"},
		{time: "2024-10-06T22:00:00Z", title: "Apuração começa em ritmo rápido", text: "A justiça eleitoral informou"},
		{time: "2024-10-06T21:15:00Z", text: "Fiscais relatam filas curtas"},
		{time: "2024-10-06T20:00:00Z", title: "Começa a nossa cobertura", text: "Boa tarde."},
	}
	for _, tc := range []textCase{
		{file: "soiree-electorale.browser.txt", zone: "Europe/Paris", entries: fr, datedBy: liveblog.DatedByPage,
			title:    "DIRECT. Élections européennes : suivez la soirée électorale dans l'estuaire",
			lastText: "Bonjour à toutes et à tous. Nous suivons cet après-midi et ce soir le scrutin dans les communes de l'estuaire."},
		{file: "soiree-electorale.browser.txt", zone: "Europe/Paris", now: "2024-06-09T21:00:00Z", entries: fr, datedBy: liveblog.DatedByOptions,
			title: "DIRECT. Élections européennes : suivez la soirée électorale dans l'estuaire"},
		{file: "soiree-electorale.browser.txt", zone: "Europe/Paris", now: "2024-06-12T08:00:00Z", entries: fr, datedBy: liveblog.DatedByPage,
			title: "DIRECT. Élections européennes : suivez la soirée électorale dans l'estuaire"},
		{file: "apuracao-ao-vivo.w3m.txt", zone: "America/Sao_Paulo", entries: pt,
			title:    "AO VIVO: acompanhe a apuração das eleições municipais no Vale",
			lastText: "Boa tarde. A partir de agora, acompanhamos aqui a apuração dos votos em todas as cidades do Vale."},
		{file: "apuracao-ao-vivo.w3m.txt", zone: "America/Sao_Paulo", now: "2024-10-09T12:00:00Z", entries: pt,
			title: "AO VIVO: acompanhe a apuração das eleições municipais no Vale"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			runTextCase(t, tc)
		})
	}
}

// Pages that label every entry's time ("Posted at 01:12", "Publicado a
// las 23:40"): the label is not a page's publication line when every
// entry has one. An English paper (lynx, the page's date in its byline)
// and a Spanish one (browser copy, the date alone above the stream),
// both across or up to midnight.
func TestTextLabelledEntryStamps(t *testing.T) {
	t.Parallel()
	en := []textWant{
		{time: "2024-07-07T00:12:00Z", title: "Recount ordered in the harbour ward", text: "The returning officer has agreed"},
		{time: "2024-07-06T23:47:00Z", title: "Turnout down on last time", text: "Turnout across the county was 58 per cent"},
		{time: "2024-07-06T22:55:00Z", title: "First result declared", text: "The first ward to declare"},
		{time: "2024-07-06T21:01:00Z", title: "Polls have closed", text: "Polls closed at 10pm"},
	}
	es := []textWant{
		{time: "2023-05-28T21:40:00Z", title: "Los socialistas ganan en la capital", text: "Con el 97% escrutado"},
		{time: "2023-05-28T20:15:00Z", title: "El escrutinio avanza rápido", text: "A esta hora ya se ha contado"},
		{time: "2023-05-28T19:05:00Z", title: "Los colegios cierran", text: "Los colegios electorales han cerrado"},
		{time: "2023-05-28T18:10:00Z", title: "La participación, en el 58%", text: "La participación a las seis de la tarde"},
	}
	for _, tc := range []textCase{
		{file: "count-night.lynx.txt", zone: "Europe/London", entries: en, datedBy: liveblog.DatedByPage,
			title:    "Election night live: results as they come in",
			lastText: "Polls closed at 10pm and the ballot boxes are now on their way to the count."},
		{file: "count-night.lynx.txt", zone: "Europe/London", now: "2024-07-07T02:00:00Z", entries: en, datedBy: liveblog.DatedByOptions,
			title: "Election night live: results as they come in"},
		{file: "recuento-directo.browser.txt", zone: "Europe/Madrid", entries: es, datedBy: liveblog.DatedByPage,
			title:    "Elecciones autonómicas, en directo: el recuento minuto a minuto",
			lastText: "La participación a las seis de la tarde se situaba en el 58%, dos puntos por debajo de la anterior cita."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) {
			runTextCase(t, tc)
		})
	}
}

// Pages that label every entry's time ("Posted 16:40", "Pubblicato alle
// 16:40") and print an edit time on the line under some ("Updated
// 16:52"): each labelled run opens one entry, the edit time no entry of
// its own. The lynx copy signs off with "(c) 2024 …", a rights line.
func TestTextPostedAndUpdatedPairs(t *testing.T) {
	t.Parallel()
	for _, tc := range []textCase{
		{file: "valley-floods-posted.lynx.txt", zone: "Europe/London", now: "2024-02-10T18:00:00Z",
			title: "Flood warnings: live updates from the valley",
			entries: []textWant{
				{time: "2024-02-10T16:40:00Z", title: "River gauge at Millbridge passes record", text: "The gauge by the old mill read 4.2 metres"},
				{time: "2024-02-10T15:55:00Z", title: "Footbridge closed to walkers", text: "Police have closed the footbridge"},
				{time: "2024-02-10T15:10:00Z", title: "Schools send pupils home early", text: "Three primary schools in the lower valley"},
				{time: "2024-02-10T14:22:00Z", title: "Sandbags handed out at the depot", text: "The council depot on Quarry Lane"},
			},
			lastText: "The council depot on Quarry Lane is giving out sandbags until dark, ten to a household."},
		{file: "alluvione-pubblicato.browser.txt", zone: "Europe/Rome", now: "2024-11-05T17:00:00Z",
			title: "Maltempo, la diretta: fiume in piena nella bassa valle",
			entries: []textWant{
				{time: "2024-11-05T15:40:00Z", title: "Ponte chiuso al traffico", text: "La polizia locale ha chiuso il ponte"},
				{time: "2024-11-05T14:55:00Z", title: "Scuole chiuse nel pomeriggio", text: "Tre scuole elementari"},
				{time: "2024-11-05T14:10:00Z", title: "Sacchi di sabbia al magazzino comunale", text: "Il comune distribuisce sacchi di sabbia"},
			},
			lastText: "Il comune distribuisce sacchi di sabbia fino al tramonto, dieci per famiglia."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// w3m copies of pages whose relative stamps open with a word in lower
// case ("hace 12 minutos", "před 9 minutami") on the line under the
// previous entry's wrapped paragraph, with no blank line between: the
// stamp line is no continuation of the paragraph. The Czech page's
// "Další články" (more articles) ends the last entry.
func TestTextLowerCaseRelativeStampsAfterWrappedText(t *testing.T) {
	t.Parallel()
	for _, tc := range []textCase{
		{file: "temporal-directo-hace.w3m.txt", zone: "Europe/Madrid", now: "2024-10-20T12:00:00Z",
			title: "Temporal en la costa: última hora en directo",
			entries: []textWant{
				{time: "2024-10-20T11:48:00Z", title: "Cortada la carretera del puerto", text: "La Guardia Civil ha cortado la carretera"},
				{time: "2024-10-20T11:13:00Z", title: "Suspendidas las clases en cuatro municipios", text: "Los ayuntamientos de la comarca"},
				{time: "2024-10-20T10:00:00Z", title: "Más de cien avisos al 112", text: "El centro de emergencias ha recibido"},
				{time: "2024-10-20T09:00:00Z", title: "Aemet eleva el aviso a naranja", text: "La agencia meteorológica prevé rachas"},
			},
			lastText: "La agencia meteorológica prevé rachas de hasta 110 kilómetros por hora en el litoral y olas de seis metros durante toda la jornada de hoy y buena parte de mañana."},
		{file: "boure-online-pred.w3m.txt", zone: "Europe/Prague", now: "2024-10-20T12:00:00Z",
			title: "ONLINE: Silná bouře zasáhla Čechy, na severu padají stromy",
			entries: []textWant{
				{time: "2024-10-20T11:51:00Z", title: "Vlaky mezi Prahou a Kolínem stojí", text: "Na trať u Úval spadl vzrostlý strom"},
				{time: "2024-10-20T11:22:00Z", title: "Bez proudu je dvacet tisíc domácností", text: "Energetici pracují na opravách"},
				{time: "2024-10-20T10:00:00Z", title: "Hasiči vyjeli k více než třem stům zásahů", text: "Nejvíce práce mají jednotky"},
				{time: "2024-10-20T08:00:00Z", title: "Meteorologové vydali výstrahu nejvyššího stupně", text: "Nárazy větru mohou na horách"},
			},
			lastText: "Nárazy větru mohou na horách dosáhnout až 140 kilometrů za hodinu, lidé by neměli chodit do lesů a měli by si uklidit volně ležící předměty na zahradách."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// Copies of two East Asian breaking-news pages: a Japanese one whose
// stamps are "18時32分" and a Korean one with plain clocks, each dated by
// a line above the stream, each followed by a "related articles" list
// (関連記事, 관련 기사) that is not the last entry's text. Sentences
// without spaces are running text too.
func TestTextEastAsianPagesEndAtRelatedLinks(t *testing.T) {
	t.Parallel()
	ja := []textWant{
		{time: "2024-08-29T09:32:00Z", title: "鉄道の運転見合わせ続く", text: "在来線の一部区間で"},
		{time: "2024-08-29T08:05:00Z", text: "気象庁は大雨特別警報を発表しました。"},
		{time: "2024-08-29T06:48:00Z", title: "避難所を開設", text: "市は小学校など12か所に"},
	}
	ko := []textWant{
		{time: "2024-07-10T09:32:00Z", title: "하천 수위 경보 발령", text: "시는 하천 수위가"},
		{time: "2024-07-10T08:05:00Z", text: "기상청은 오늘 밤까지"},
		{time: "2024-07-10T06:48:00Z", title: "도로 통제", text: "일부 지하차도와"},
	}
	for _, tc := range []textCase{
		{file: "taifu-sokuho.browser.txt", zone: "Asia/Tokyo", entries: ja, datedBy: liveblog.DatedByPage,
			title: "台風10号 最新情報（随時更新）", lastText: "市は小学校など12か所に避難所を開設しました。"},
		{file: "hoguu-sokbo.browser.txt", zone: "Asia/Seoul", entries: ko, datedBy: liveblog.DatedByPage,
			title: "집중호우 실시간 상황", lastText: "일부 지하차도와 하천변 도로의 차량 통행이 통제됐다."},
	} {
		t.Run(tc.file, func(t *testing.T) {
			runTextCase(t, tc)
		})
	}
}
