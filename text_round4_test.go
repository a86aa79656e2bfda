package liveblog_test

import "testing"

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
