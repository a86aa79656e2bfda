package liveblog_test

import "testing"

// A clock printed with its clock word ("16.40 uur", "18 h 20", "kl.
// 15.40") and then the headline, with no separator between: the word
// and the minutes after it belong to the stamp, not to the title.
func TestTextClockWordsWithTheStamp(t *testing.T) {
	t.Parallel()
	for _, tc := range []textCase{
		{file: "storm-henk.browser.txt", zone: "Europe/Amsterdam", now: "2024-06-03T15:00:00Z",
			title: "Storm Henk raast over het land: volg alles in ons liveblog",
			entries: []textWant{
				{time: "2024-06-03T14:40:00Z", title: "Afsluitdijk weer open voor vrachtwagens", text: "Rijkswaterstaat heeft de dijk"},
				{time: "2024-06-03T13:55:00Z", title: "Boom op spoor bij Amersfoort", text: "Tussen Amersfoort en Utrecht"},
				{time: "2024-06-03T12:05:00Z", title: "Windstoten tot 110 kilometer gemeten", text: "Op Vlieland is de hoogste"},
				{time: "2024-06-03T07:30:00Z", title: "Scholen in Zeeland sluiten eerder", text: "Basisscholen in een deel"},
			},
			lastText: "Basisscholen in een deel van Zeeland sturen de leerlingen om twaalf uur naar huis. Ouders zijn per mail ingelicht."},
		{file: "verglas-direct.lynx.txt", zone: "America/Toronto", now: "2025-02-03T23:40:00Z",
			title: "EN DIRECT | Verglas sur le Québec : suivez la situation",
			entries: []textWant{
				{time: "2025-02-03T23:20:00Z", title: "Hydro-Québec prévoit un retour graduel", text: "La société d'État affirme"},
				{time: "2025-02-03T21:45:00Z", title: "Les ponts de Montréal rouverts", text: "Le ministère des Transports"},
				{time: "2025-02-03T19:05:00Z", title: "Des écoles ferment leurs portes", text: "Trois centres de services"},
				{time: "2025-02-03T16:30:00Z", title: "Carambolage sur l'autoroute 20", text: "Une quinzaine de véhicules"},
			},
			lastText: "Une quinzaine de véhicules sont impliqués dans une collision près de Drummondville. Aucun blessé grave n'est signalé."},
		{file: "uvaer-direkte.w3m.txt", zone: "Europe/Oslo", now: "2024-10-14T15:00:00Z",
			title: "DIREKTE: Uvær over Vestlandet",
			entries: []textWant{
				{time: "2024-10-14T13:40:00Z", title: "Ferjesambandet innstilt", text: "Fjord1 melder at sambandet"},
				{time: "2024-10-14T12:05:00Z", title: "Trær over veien ved Voss", text: "Politiet opplyser at E16"},
				{time: "2024-10-14T10:30:00Z", title: "Flomvarsel oppjustert", text: "NVE har hevet farenivået"},
			},
			lastText: "NVE har hevet farenivået til oransje for flere vassdrag i Vestland. Elvene ventes å stige utover kvelden."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// A byline with the entry's time under the row of share buttons that
// ends the entry above ("Copy link" over "By Jane Doe, 14:05", "Link
// kopieren" over "Anna Schulze · vor 12 Minuten"), then the headline and
// the text: the byline opens its entry. Readers' comments printed the
// same way under an article are not a live blog.
func TestTextBylinesUnderShareRows(t *testing.T) {
	t.Parallel()
	for _, tc := range []textCase{
		{file: "wildfire-kelowna.browser.txt", zone: "America/Vancouver", now: "2024-09-04T22:00:00Z",
			title: "Wildfire near Kelowna: evacuation orders widen",
			entries: []textWant{
				{time: "2024-09-04T21:05:00Z", title: "Highway 97 closed in both directions", text: "The RCMP closed the highway", authors: []string{"Jane Doe"}},
				{time: "2024-09-04T20:20:00Z", title: "More homes placed on evacuation alert", text: "The regional district added", authors: []string{"Sam Okafor"}},
				{time: "2024-09-04T19:02:00Z", title: "Air quality warning issued", text: "Environment Canada says", authors: []string{"Jane Doe"}},
			},
			lastText: "Environment Canada says smoke will thicken over the valley through the afternoon.\n\nPeople with asthma should stay indoors where possible."},
		{file: "oder-hochwasser.lynx.txt", zone: "Europe/Berlin", now: "2024-09-16T12:00:00Z",
			title: "Hochwasser an der Oder: Pegel steigen weiter",
			entries: []textWant{
				{time: "2024-09-16T11:48:00Z", title: "Deich bei Ratzdorf wird verstärkt", text: "Hunderte Helfer füllen", authors: []string{"Anna Schulze"}},
				{time: "2024-09-16T10:00:00Z", title: "Schulen in Eisenhüttenstadt bleiben geschlossen", text: "Das Schulamt hat den Unterricht", authors: []string{"Jonas Weber"}},
				{time: "2024-09-16T08:00:00Z", title: "Bahnstrecke nach Polen gesperrt", text: "Die Deutsche Bahn hat", authors: []string{"Anna Schulze"}},
			},
			lastText: "Die Deutsche Bahn hat die Verbindung nach Słubice vorsorglich eingestellt. Ersatzbusse sind bestellt."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
	runShapeCase(t, shapeCase{file: "not-reacties.browser.txt", zone: "Europe/Amsterdam", now: "2024-05-02T12:00:00Z"})
	runShapeCase(t, shapeCase{file: "not-reacties.browser.txt", zone: "Europe/Amsterdam"})
}
