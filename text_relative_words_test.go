package liveblog_test

import "testing"

// Copied pages whose entries are dated by relative stamps, some of them
// with the count in words: "an hour ago" among "38 minutes ago" and "2
// hours ago", Hebrew "לפני שעה" and "לפני שעתיים" (an hour, two hours:
// no digit) among "לפני 5 דקות". All are one stream's stamps: a lynx
// copy sets the word stamp under a wrapped paragraph, and the Hebrew
// title ("עדכונים שוטפים", running updates) calls the page live as the
// tree reads it.
func TestTextRelativeStampsInWords(t *testing.T) {
	t.Parallel()
	hebrew := []textWant{
		{time: "2024-01-10T11:55:00Z", title: "כביש החוף נסגר לתנועה", text: "המשטרה הודיעה"},
		{time: "2024-01-10T11:00:00Z", title: "אלפי בתים ללא חשמל", text: "חברת החשמל מסרה"},
		{time: "2024-01-10T10:00:00Z", title: "הלימודים בוטלו בשלוש מועצות", text: "ראשי המועצות"},
		{time: "2024-01-10T09:00:00Z", title: "אזהרה מפני רוחות חזקות", text: "השירות המטאורולוגי"},
	}
	const hebrewTitle = "עדכונים שוטפים: סערת חורף בצפון"
	morwen := []textWant{
		{time: "2024-11-02T11:56:00Z", title: "Harbour ferry cancelled", text: "The operator says"},
		{time: "2024-11-02T11:22:00Z", title: "Trees down on the coast road", text: "Council crews are clearing"},
		{time: "2024-11-02T11:00:00Z", title: "Flood warning for the river", text: "The agency has issued"},
		{time: "2024-11-02T10:00:00Z", title: "Schools send pupils home", text: "Three primary schools"},
		{time: "2024-11-02T09:00:00Z", title: "Gusts reach 110 km/h", text: "The weather station"},
		{time: "2024-11-02T07:00:00Z", title: "Amber warning in force", text: "Forecasters say"},
	}
	for _, tc := range []textCase{
		{file: "he-storm-relative-words.browser.txt", zone: "Asia/Jerusalem", now: "2024-01-10T12:00:00Z", title: hebrewTitle, entries: hebrew},
		{file: "he-storm-relative-words.lynx.txt", zone: "Asia/Jerusalem", now: "2024-01-10T12:00:00Z", title: hebrewTitle, entries: hebrew},
		{file: "storm-morwen-relative.lynx.txt", zone: "Europe/London", now: "2024-11-02T12:00:00Z",
			title: "Storm Morwen live: winds batter the coast", entries: morwen,
			lastText: "Forecasters say the storm will bring damaging winds to the whole coast until the evening."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}
