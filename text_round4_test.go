package liveblog_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liveblog-go/liveblog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A byline whose stamp follows the author on one line dates the page,
// as "By Ann Lee, 29 August 2024, 09:00" does, when no reference time
// is given: a Korean name, title and "입력" label before the date (lynx
// puts the byline's spans on one line; the browser copy too), an Arabic
// name in a script without capitals, and as guards of the rules that
// already read them, a Czech "Jan Novák | 29. 8. 2024 9:00" and a
// Spanish desk "Redacción · 29/08/2024 09:00".
func TestTextCreditLineDatesPage(t *testing.T) {
	t.Parallel()
	ko := []textWant{
		{time: "2024-08-29T13:40:00+09:00", text: "광양천 수위가 경계 수위를 넘어"},
		{time: "2024-08-29T12:15:00+09:00", text: "기상청은 오후 늦게까지"},
		{time: "2024-08-29T11:05:00+09:00", text: "순천과 여수를 잇는 국도"},
		{time: "2024-08-29T09:30:00+09:00", text: "전남 지역 초등학교 스무 곳이"},
	}
	ar := []textWant{
		{time: "2024-08-29T13:30:00+03:00", text: "أعلنت هيئة الطيران المدني"},
		{time: "2024-08-29T11:45:00+03:00", text: "أغلقت الشرطة الطريق الساحلي"},
		{time: "2024-08-29T10:10:00+03:00", text: "قررت وزارة التعليم"},
	}
	cs := []textWant{
		{time: "2024-08-29T14:05:00+02:00", text: "Hasiči dokončili stavbu"},
		{time: "2024-08-29T12:50:00+02:00", text: "Do tělocvičny základní školy"},
		{time: "2024-08-29T11:20:00+02:00", text: "Meteorologové varují"},
	}
	es := []textWant{
		{time: "2024-08-29T13:25:00+02:00", text: "El Infoca da por estabilizado"},
		{time: "2024-08-29T12:10:00+02:00", text: "Cuatro helicópteros"},
		{time: "2024-08-29T10:40:00+02:00", text: "La carretera A-1051"},
		{time: "2024-08-29T09:15:00+02:00", text: "El alcalde pide"},
	}
	const koTitle = "남부 집중호우, 하천 범람 우려…주민 대피 잇따라"
	const arTitle = "مباشر: عاصفة رملية تضرب المدن الساحلية وتعليق الرحلات الجوية"
	for _, tc := range []textCase{
		{file: "jiphoou-byline.lynx.txt", zone: "Asia/Seoul", title: koTitle, entries: ko, datedBy: "page"},
		{file: "jiphoou-byline.browser.txt", zone: "Asia/Seoul", title: koTitle, entries: ko, datedBy: "page"},
		// A reference time a week later: the page's own date still wins.
		{file: "jiphoou-byline.lynx.txt", zone: "Asia/Seoul", now: "2024-09-05T00:00:00Z", title: koTitle, entries: ko, datedBy: "page"},
		{file: "raml-sahil-byline.browser.txt", zone: "Asia/Riyadh", title: arTitle, entries: ar, datedBy: "page",
			lastText: "قررت وزارة التعليم تعليق الدراسة في المدارس الحكومية حتى نهاية الأسبوع."},
		{file: "povodne-byline.lynx.txt", zone: "Europe/Prague", title: "ONLINE: Povodně na Jesenicku, hasiči evakuují obce u řeky", entries: cs, datedBy: "page"},
		{file: "incendio-gador-byline.w3m.txt", zone: "Europe/Madrid", title: "Directo | Incendio forestal en la sierra de Gádor: desalojadas dos pedanías", entries: es, datedBy: "page"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// Football commentary copied as text whose entries carry only the match
// clock ("90+3'", "HT", "90.+2'"), no time of day: an English page that
// says live, its minutes newest first over each entry's text (lynx
// numbers the ordered list's items, the browser copy does not), a
// German "Live-Ticker", and a Spanish narration with each minute inline
// before its text, oldest first, on a page that does not say live. Each
// entry has its Clock and a zero Time. Match reports with minutes in prose ("in the 78th minute", "(64.)"), a
// scorer list ("Bello 12', Kowal 78'") and a timeline of minutes over
// names ("12' Goal, Bello", "64' 1:0 Arslan") are no live blogs, nor a
// report whose key moments are sentences after their minutes, under
// four paragraphs that outweigh them.
func TestTextMatchClockCommentary(t *testing.T) {
	t.Parallel()
	type want struct{ clock, text string }
	en := []want{
		{"FT", "Full time! Harbourside go through on penalties after a 2-1 win on the night."},
		{"90+3'", "Millbrook throw everyone forward for a corner, but the keeper punches clear."},
		{"78'", "GOAL! Harbourside 2-1 Millbrook. Tomasz Kowal heads in at the near post from a deep free kick."},
		{"67'", "Yellow card for Reece Dunmore after a late challenge on the halfway line."},
		{"HT", "Half time here, and it is level at 1-1 on the night."},
		{"45+2'", "Millbrook equalise through Owen Prater, who turns sharply and fires low into the corner."},
		{"12'", "GOAL! Harbourside take the lead with a curling shot from the edge of the area by Ade Bello."},
	}
	de := []want{
		{"90.+2'", "Abpfiff in Waldheim. Die Eintracht gewinnt das Derby knapp mit 1:0."},
		{"81'", "Gelbe Karte für Jonas Pfeiffer, der den Konter mit einem Foul stoppt."},
		// lynx wraps "… zum" over "1:0.", which reads as a clock.
		{"64'", "Tor für Waldheim! Mehmet Arslan trifft nach einer Ecke per Kopf zum 1:0."},
		{"38'", "Brückstadt hat die erste große Chance, doch der Schuss streicht knapp am Pfosten vorbei."},
		{"1'", "Der Ball rollt. Waldheim spielt in Grün, die Gäste ganz in Weiß."},
	}
	es := []want{
		{"1'", "Arranca el partido en Valdeluz con el campo muy pesado por la lluvia de la mañana."},
		{"23'", "Primera ocasión clara del Ribera: cabezazo de Iker Salvatierra que ataja el portero local."},
		{"45+1'", "Gol del Valdeluz. Dani Orcajo aprovecha un rechace dentro del área y marca a placer."},
		{"58'", "Empata el Ribera con un disparo lejano de Rubén Alcázar que se cuela por la escuadra."},
		{"90+4'", "Final del partido. Reparto de puntos en un encuentro muy disputado."},
	}
	const esTitle = "CD Valdeluz - Atlético Ribera, jornada 12 de Segunda RFEF"
	const enTitle = "Harbourside v Millbrook live: Championship play-off semi-final"
	const deTitle = "Live-Ticker: Eintracht Waldheim gegen SV Brückstadt, 27. Spieltag"
	for _, tc := range []struct {
		file, zone, title string
		entries           []want
	}{
		{"playoff-commentary.lynx.txt", "Europe/London", enTitle, en},
		{"playoff-commentary.browser.txt", "Europe/London", enTitle, en},
		{"derby-ticker.lynx.txt", "Europe/Berlin", deTitle, de},
		{"derby-ticker.w3m.txt", "Europe/Berlin", deTitle, de},
		// Inline "23' Text…", oldest first, on a page that does not
		// say live: the minutes run one way.
		{"valdeluz-narracion.browser.txt", "Europe/Madrid", esTitle, es},
		{"valdeluz-narracion.w3m.txt", "Europe/Madrid", esTitle, es},
	} {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(filepath.Join("testdata", "text", tc.file))
			require.NoError(t, err)
			blog, err := liveblog.NewParser(liveblog.Options{Location: loadZone(t, tc.zone)}).Parse(strings.NewReader(string(data)))
			require.NoError(t, err)
			assert.Equal(t, "text", blog.Extractor)
			assert.Equal(t, tc.title, blog.Title)
			require.Len(t, blog.Entries, len(tc.entries))
			for i, w := range tc.entries {
				e := blog.Entries[i]
				assert.Equalf(t, w.clock, e.Clock, "entry %d: clock", i)
				assert.Truef(t, e.Time.IsZero(), "entry %d: time %v, want none", i, e.Time)
				assert.Equalf(t, w.text, e.Text, "entry %d: text", i)
			}
		})
	}
	for _, tc := range []shapeCase{
		{file: "not-match-report.lynx.txt", zone: "Europe/London"},
		{file: "not-match-report.lynx.txt", zone: "Europe/London", now: "2024-05-14T21:00:00Z"},
		{file: "not-spielbericht.w3m.txt", zone: "Europe/Berlin"},
		{file: "not-spielbericht.lynx.txt", zone: "Europe/Berlin"},
		// Four paragraphs of report over its "Key moments", each a
		// sentence after its minute, oldest first.
		{file: "not-report-key-moments.browser.txt", zone: "Europe/London"},
		{file: "not-report-key-moments.w3m.txt", zone: "Europe/London"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// A wire service's "The Latest" page prints "___" between its items:
// a correction note after the last one ("This item has been corrected
// …", "Esta nota fue corregida …") is the page's, not the last item's
// text. English (lynx, w3m) and Spanish "Lo último" (lynx, browser).
func TestTextCorrectionAfterLastRule(t *testing.T) {
	t.Parallel()
	gulf := []textWant{
		{time: "2024-08-27T21:40:00Z", text: "Utility crews say about 180,000 customers"},
		{time: "2024-08-27T19:15:00Z", text: "The National Weather Service says"},
		{time: "2024-08-27T16:30:00Z", text: "Gov. Dale Whitcombe has asked"},
		{time: "2024-08-27T14:00:00Z", text: "Schools in three coastal counties are closed"},
	}
	veracruz := []textWant{
		{time: "2024-10-03T23:45:00Z", text: "La compañía eléctrica informa"},
		{time: "2024-10-03T21:10:00Z", text: "Protección Civil abrió cuatro albergues"},
		{time: "2024-10-03T17:30:00Z", text: "Las autoridades suspendieron las clases"},
	}
	const gulfTitle = "The Latest: Storm knocks out power across the Gulf Coast"
	const gulfLast = "Schools in three coastal counties are closed for the day. Officials say shelters at two high schools have room for about 1,200 people."
	const vTitle = "Lo último: Lluvias dejan sin luz a miles en Veracruz"
	const vLast = "Las autoridades suspendieron las clases en 25 municipios ante el pronóstico de más lluvias por la tarde."
	for _, tc := range []textCase{
		{file: "latest-gulf-storm.lynx.txt", zone: "America/Chicago", now: "2024-08-27T22:00:00Z", title: gulfTitle, entries: gulf, lastText: gulfLast},
		{file: "latest-gulf-storm.w3m.txt", zone: "America/Chicago", title: gulfTitle, entries: gulf, lastText: gulfLast},
		{file: "lo-ultimo-veracruz.lynx.txt", zone: "America/Mexico_City", title: vTitle, entries: veracruz, lastText: vLast},
		{file: "lo-ultimo-veracruz.browser.txt", zone: "America/Mexico_City", now: "2024-10-04T01:00:00Z", title: vTitle, entries: veracruz, lastText: vLast},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runTextCase(t, tc) })
	}
}
