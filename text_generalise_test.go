package liveblog_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

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

// List items a text browser wrapped over several lines, the lines after
// the first indented to the item's text (lynx "     * " and "    1. ",
// w3m "  • " and " 1. "), and short paragraphs of a copy too small to
// measure each indentation's margin: each item and paragraph is one
// block again, whatever the case of the word its next line starts with.
func TestTextWrappedListItems(t *testing.T) {
	t.Parallel()
	const hotline = "Fahrgäste mit gebuchten Tickets können diese bis Sonntag flexibel nutzen. Die Bahn hat dafür eine kostenlose Hotline geschaltet, die rund um die Uhr erreichbar ist.\n\n" +
		"1. Tickets behalten ihre Gültigkeit bis eine Woche nach Streikende, auch für Verbindungen im Nahverkehr und mit Zuschlag.\n\n" +
		"2. Sitzplatzreservierungen können kostenlos storniert werden, auch online und in der App."
	bahn := []textWant{
		{time: "2024-03-07T14:42:00Z", title: "Bahn richtet Sonderhotline ein", text: "Fahrgäste mit gebuchten Tickets"},
		{time: "2024-03-07T12:05:00Z", title: "Gewerkschaftschef verteidigt Ausstand", text: "Der Vorsitzende sagte"},
		{time: "2024-03-07T09:20:00Z", title: "Volle Bahnsteige in Frankfurt", text: "Am Hauptbahnhof warten"},
	}
	const walls = "Strażacy i żołnierze przez całą noc umacniali wał przy ulicy Nadrzecznej. Burmistrz poinformował, że sytuacja jest stabilna.\n\n" +
		"W akcji bierze udział ponad 300 strażaków z całego województwa, w tym 12 jednostek z Opola.\n\n" +
		"Na miejsce dotarło 40 000 worków z piaskiem, kolejne 2 ciężarówki są w drodze z Wałbrzycha."
	const evac = "Mieszkańcy najniżej położonych ulic zostali przewiezieni do szkoły podstawowej. Gmina zapewnia posiłki i opiekę medyczną.\n\n" +
		"1. Punkt zbiórki działa przy remizie strażackiej do godziny 20, potem przy urzędzie gminy.\n\n" +
		"2. Informacje dla mieszkańców są podawane pod numerem alarmowym gminy przez całą dobę."
	powodz := []textWant{
		{time: "2024-09-16T14:30:00Z", title: "Wały w Oławie wytrzymują", text: "Strażacy i żołnierze"},
		{time: "2024-09-16T12:10:00Z", title: "Ewakuacja w Lewinie Brzeskim", text: "Mieszkańcy najniżej"},
		{time: "2024-09-16T09:45:00Z", title: "Zamknięte drogi krajowe", text: "Zamknięty jest odcinek"},
	}
	const lastPowodz = "Zamknięty jest odcinek drogi krajowej nr 94 między Brzegiem a Oławą. Objazdy prowadzą przez autostradę A4."
	for _, tc := range []textCase{
		{file: "bahnstreik.w3m.txt", zone: "Europe/Berlin", now: "2024-03-07T15:00:00Z", title: "Liveblog: Bahnstreik legt Fernverkehr lahm",
			entries: bahn, texts: map[int]string{0: hotline}},
		{file: "bahnstreik.lynx.txt", zone: "Europe/Berlin", now: "2024-03-07T15:00:00Z", title: "Liveblog: Bahnstreik legt Fernverkehr lahm",
			entries: bahn, texts: map[int]string{0: hotline}},
		{file: "powodz-relacja.lynx.txt", zone: "Europe/Warsaw", now: "2024-09-16T15:00:00Z", title: "Powódź na Dolnym Śląsku. Relacja na żywo",
			entries: powodz, texts: map[int]string{0: walls, 1: evac}, lastText: lastPowodz},
		{file: "powodz-relacja.w3m.txt", zone: "Europe/Warsaw", now: "2024-09-16T15:00:00Z", title: "Powódź na Dolnym Śląsku. Relacja na żywo",
			entries: powodz, texts: map[int]string{0: walls, 1: evac}, lastText: lastPowodz},
		{file: "incendio-gredos.lynx.txt", zone: "Europe/Madrid", now: "2024-08-12T17:00:00Z", title: "DIRECTO | Incendio forestal en la sierra de Gredos",
			entries: []textWant{
				{time: "2024-08-12T16:40:00Z", title: "Los bomberos estabilizan el flanco norte", text: "El jefe de extinción"},
				{time: "2024-08-12T15:15:00Z", title: "Desalojada una urbanización en El Barraco", text: "La Guardia Civil"},
				{time: "2024-08-12T13:50:00Z", title: "Cortada la N-502", text: "Tráfico ha cerrado"},
			},
			texts: map[int]string{0: "El jefe de extinción ha explicado que el viento ha girado hacia el oeste y eso ha permitido asegurar el perímetro cercano a las casas.\n\n" +
				"Se mantienen cuatro hidroaviones trabajando sobre la zona hasta la puesta de sol.\n\n" +
				"Dos brigadas llegan desde Extremadura para el turno de noche."}},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// lynx centres the page's headline and wraps it: the first line full at
// the margin, the rest centred under it ("        con tutti gli
// aggiornamenti"). The headline is one line again; w3m, which does not
// centre, gives the same page. The entries' paragraphs, too few at their
// indentation to measure its margin, are joined as well.
func TestTextCentredHeadlines(t *testing.T) {
	t.Parallel()
	maltempo := []textWant{
		{time: "2024-10-19T15:25:00Z", title: "Faenza, la protezione civile chiede ai residenti dei piani terra di salire ai piani alti entro stasera", text: "Il sindaco ha firmato"},
		{time: "2024-10-19T14:05:00Z", title: "Chiusa l'autostrada A14 tra Imola e Faenza per l'acqua sulla carreggiata in direzione sud",
			text: "Autostrade per l'Italia consiglia di uscire a Imola e proseguire sulla via Emilia. Si registrano"},
		{time: "2024-10-19T12:40:00Z", title: "Treni sospesi", text: "La circolazione ferroviaria"},
	}
	const lastMaltempo = "La circolazione ferroviaria tra Bologna e Rimini è sospesa. Sono previsti bus sostitutivi solo nel tardo pomeriggio."
	for _, tc := range []textCase{
		{file: "maltempo-diretta.lynx.txt", entries: maltempo, lastText: lastMaltempo},
		{file: "maltempo-diretta.w3m.txt", entries: maltempo, lastText: lastMaltempo},
	} {
		t.Run(tc.file, func(t *testing.T) {
			tc.zone, tc.now = "Europe/Rome", "2024-10-19T16:00:00Z"
			tc.title = "Maltempo in Emilia-Romagna, esondano il Lamone e il Senio: la diretta di oggi con tutti gli aggiornamenti"
			runTextCase(t, tc)
		})
	}
	runTextCase(t, textCase{file: "povodne-orlicko.lynx.txt", zone: "Europe/Prague", now: "2024-09-16T15:00:00Z",
		title: "ONLINE: Povodně na Orlicku. Hladina Tiché Orlice v Týništi stoupá, hasiči stavějí zábrany",
		entries: []textWant{
			{time: "2024-09-16T13:20:00Z", title: "Evakuace v Častolovicích", text: "Obyvatelé dvaceti domů"},
			{time: "2024-09-16T11:45:00Z", title: "Uzavřená silnice na Kostelec", text: "Policie uzavřela silnici"},
			{time: "2024-09-16T09:05:00Z", title: "Hladina dále stoupá", text: "Vodoměrná stanice"},
		},
		lastText: "Vodoměrná stanice v Týništi hlásí stav 245 centimetrů. Meteorologové očekávají kulminaci v noci na úterý."})
}

// An index of the site's latest stories (a time and a headline each, no
// text) is no live blog, printed alone or after the stream under a
// heading of its own ("Senaste nytt", "Outras notícias"): there it adds
// no entries and leaves the last entry's text alone. A stream whose
// oldest entries are headlines alone ("Kick-off") keeps them: they
// follow the text of the entry above, under no heading.
func TestTextIndexOfLatestStories(t *testing.T) {
	t.Parallel()
	for _, tc := range []textCase{
		{file: "stormen-babet.browser.txt", zone: "Europe/Stockholm", now: "2023-10-20T16:30:00Z",
			title: "Direkt: Stormen Babet drar in över Götaland",
			entries: []textWant{
				{time: "2023-10-20T15:45:00Z", title: "Färjetrafiken till Danmark ställs in", text: "Stena Line meddelar"},
				{time: "2023-10-20T14:20:00Z", title: "Träd över vägen vid Kungsbacka", text: "Trafikverket har stängt"},
				{time: "2023-10-20T12:05:00Z", title: "Skolor stänger tidigare", text: "Flera kommuner i Halland"},
			},
			lastText: "Flera kommuner i Halland skickar hem eleverna vid lunch. Fritids håller öppet som vanligt."},
		{file: "chuvas-ao-vivo.w3m.txt", zone: "America/Sao_Paulo", now: "2024-05-03T21:00:00Z",
			title: "Ao vivo: chuvas no Rio Grande do Sul deixam cidades isoladas",
			entries: []textWant{
				{time: "2024-05-03T19:40:00Z", title: "Ponte na BR-386 é interditada", text: "A Polícia Rodoviária Federal"},
				{time: "2024-05-03T18:10:00Z", title: "Porto Alegre abre novos abrigos", text: "A prefeitura abriu"},
				{time: "2024-05-03T16:25:00Z", title: "Aeroporto suspende voos", text: "O aeroporto Salgado Filho"},
			},
			lastText: "O aeroporto Salgado Filho suspendeu pousos e decolagens até a noite por causa do alagamento da pista."},
		{file: "cup-final-short.browser.txt", zone: "Europe/London", now: "2024-05-18T16:30:00Z",
			title: "Cup final live: Rovers v United as it happened",
			entries: []textWant{
				{time: "2024-05-18T16:02:00Z", title: "Full time: Rovers 2-1 United", text: "Rovers hold on"},
				{time: "2024-05-18T15:48:00Z", title: "Goal! Rovers 2-1 United", text: "A header from the corner"},
				{time: "2024-05-18T14:31:00Z", title: "Half-time: Rovers 1-1 United", text: "An even half"},
				{time: "2024-05-18T14:00:00Z", text: "Kick-off"},
				{time: "2024-05-18T13:52:00Z", text: "The teams are out"},
				{time: "2024-05-18T13:40:00Z", text: "Both line-ups confirmed"},
			},
			lastText: "Both line-ups confirmed"},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
	runShapeCase(t, shapeCase{file: "not-latest-news.browser.txt", zone: "Europe/London", now: "2024-11-05T12:00:00Z"})
	runShapeCase(t, shapeCase{file: "not-latest-news.browser.txt", zone: "Europe/London"})
}

// A browser copy of a page whose entries print the time on a line, the
// headline on the next, then the paragraphs, with a blank line between
// every two (innerText of paragraphs with margins): read with or
// without a reference time, dated by the page's own date.
func TestTextBlankLinedTimeTitleParagraphs(t *testing.T) {
	t.Parallel()
	storm := []textWant{
		{time: "2023-10-21T17:45:00Z", title: "Beredskabet bygger dige ved havnen", text: "Frivillige og beredskabsfolk"},
		{time: "2023-10-21T16:10:00Z", title: "Veje lukket i midtbyen", text: "Politiet har spærret"},
		{time: "2023-10-21T14:30:00Z", title: "DMI opjusterer varslet", text: "Meteorologerne regner"},
	}
	myrsky := []textWant{
		{time: "2024-11-02T13:20:00Z", title: "Sähkö palannut Turun keskustaan", text: "Sähköyhtiön mukaan"},
		{time: "2024-11-02T11:05:00Z", title: "Junaliikenne Porin radalla keskeytetty", text: "Rataosuudelle kaatui"},
		{time: "2024-11-02T09:40:00Z", title: "Pelastuslaitos varoittaa liikkumasta metsissä", text: "Puita kaatuu edelleen"},
	}
	const stormTitle = "LIVE Stormflod i Sønderjylland: Vandet stiger i Aabenraa"
	const myrskyTitle = "Seuraamme hetki hetkeltä: Myrsky katkaisi sähköt kymmeniltätuhansilta"
	for _, tc := range []textCase{
		{file: "stormflod-aabenraa.browser.txt", zone: "Europe/Copenhagen", now: "2023-10-21T18:00:00Z", title: stormTitle, entries: storm,
			texts: map[int]string{0: "Frivillige og beredskabsfolk fylder sandsække på kajen. Kommunen har stillet lastbiler til rådighed.\n\nVandstanden ventes at toppe ved midnat."}},
		{file: "stormflod-aabenraa.browser.txt", zone: "Europe/Copenhagen", title: stormTitle, entries: storm, datedBy: liveblog.DatedByPage,
			lastText: "Meteorologerne regner nu med en vandstand på op til 1,9 meter over normalen i Aabenraa Fjord."},
		{file: "myrsky-seuranta.browser.txt", zone: "Europe/Helsinki", now: "2024-11-02T14:00:00Z", title: myrskyTitle, entries: myrsky},
		{file: "myrsky-seuranta.browser.txt", zone: "Europe/Helsinki", title: myrskyTitle, entries: myrsky, datedBy: liveblog.DatedByPage,
			lastText: "Puita kaatuu edelleen, ja pelastuslaitos pyytää välttämään turhaa liikkumista."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// Posts printed as the items of a numbered list, each opening with a
// bare clock and its headline (lynx "    1. 14:05 Trains resume…", w3m
// " 1. 18.30 Pompierii…"): entries. A numbered chronology in an article,
// a clock and a headline an item and no text, is not a live blog.
func TestTextNumberedItemsOpeningWithClocks(t *testing.T) {
	t.Parallel()
	melbourne := []textWant{
		{time: "2024-02-13T03:05:00Z", title: "Trains resume on the Frankston line", text: "Metro says services"},
		{time: "2024-02-13T01:40:00Z", title: "SES received 900 calls for help", text: "Most of the calls"},
		{time: "2024-02-12T23:15:00Z", title: "Power restored to half of homes", text: "The distributor says"},
	}
	const lastMelbourne = "The distributor says crews will work through the night to reconnect the rest."
	for _, tc := range []textCase{
		{file: "melbourne-storms.lynx.txt", zone: "Australia/Melbourne", now: "2024-02-13T05:00:00Z", title: "Live: Melbourne storms cut power to thousands",
			entries: melbourne, lastText: lastMelbourne},
		{file: "melbourne-storms.w3m.txt", zone: "Australia/Melbourne", now: "2024-02-13T05:00:00Z", title: "Live: Melbourne storms cut power to thousands",
			entries: melbourne, lastText: lastMelbourne},
		{file: "inundatii-galati.w3m.txt", zone: "Europe/Bucharest", now: "2024-09-14T16:00:00Z", title: "LIVE Inundații în Galați: apele Siretului cresc în continuare",
			entries: []textWant{
				{time: "2024-09-14T15:30:00Z", title: "Pompierii evacuează un cartier din Șendreni", text: "Peste 200 de persoane"},
				{time: "2024-09-14T13:45:00Z", title: "Drumul național DN 25 a fost închis", text: "Poliția rutieră"},
				{time: "2024-09-14T11:10:00Z", title: "Prefectul convoacă comitetul pentru situații de urgență", text: "Ședința are loc"},
			},
			lastText: "Ședința are loc la sediul prefecturii, iar primarii au fost chemați să participe."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
	for _, tc := range []shapeCase{
		{file: "not-chronologie.w3m.txt", zone: "Europe/Berlin", now: "2024-06-04T18:00:00Z"},
		{file: "not-chronologie.lynx.txt", zone: "Europe/Berlin"},
	} {
		t.Run(tc.file, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// Relative stamps on a line of their own ("il y a 12 minutes", "8
// dakika önce"), dated from the copy's capture time. A stamp that opens
// in lower case is no sentence going on from the line above: a browser
// copy is not taken for a wrapped one, nor the stamp joined to the
// paragraph above it.
func TestTextRelativeStampLines(t *testing.T) {
	t.Parallel()
	for _, tc := range []textCase{
		{file: "tempete-ciaran.browser.txt", zone: "Europe/Paris", now: "2023-11-02T10:00:00Z",
			title: "EN DIRECT - Tempête Ciaran : des rafales à plus de 150 km/h en Bretagne",
			entries: []textWant{
				{time: "2023-11-02T09:48:00Z", title: "Le trafic SNCF reprend partiellement en Bretagne", text: "Les TER circulent"},
				{time: "2023-11-02T09:00:00Z", title: "Un arbre tombe sur une voiture à Brest", text: "Le conducteur, légèrement blessé"},
				{time: "2023-11-02T07:00:00Z", title: "Enedis mobilise 3 000 techniciens", text: "Le gestionnaire du réseau"},
			},
			texts:    map[int]string{0: "Les TER circulent de nouveau entre Rennes et Saint-Brieuc, avec des retards importants. Les autres lignes restent fermées."},
			lastText: "Le gestionnaire du réseau prévient que certains foyers pourraient rester sans courant plusieurs jours."},
		{file: "orman-yangini.w3m.txt", zone: "Europe/Istanbul", now: "2024-07-01T12:00:00Z",
			title: "CANLI | İzmir'de orman yangını: ekipler müdahale ediyor",
			entries: []textWant{
				{time: "2024-07-01T11:52:00Z", title: "Havadan müdahale yeniden başladı", text: "Rüzgarın hafiflemesiyle"},
				{time: "2024-07-01T10:00:00Z", title: "İki mahalle tahliye edildi", text: "Valilik, tedbir amaçlı"},
				{time: "2024-07-01T07:00:00Z", title: "Yangın ormanlık alanda başladı", text: "İlk ihbar sabah"},
			},
			lastText: "İlk ihbar sabah saatlerinde geldi. Yangının çıkış nedeni henüz belli değil."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// Entries grouped under day lines ("lunes, 13 de mayo de 2024" over the
// night's clocks, "domingo, 12 de mayo de 2024" over the evening's): each
// clock takes its group's day, the first group's too when its day line
// stands under the byline, where a page prints its own date.
func TestTextDayLinesOverClocks(t *testing.T) {
	t.Parallel()
	elecciones := []textWant{
		{time: "2024-05-12T22:40:00Z", title: "El candidato ganador comparece ante sus seguidores", text: "El líder de la lista"},
		{time: "2024-05-12T22:05:00Z", title: "Escrutado el 99 % de los votos", text: "Con casi todas las mesas"},
		{time: "2024-05-12T21:10:00Z", title: "La participación supera el 57 %", text: "Es una cifra algo inferior"},
		{time: "2024-05-12T19:30:00Z", title: "Primeros sondeos a pie de urna", text: "Las encuestas dan"},
	}
	wybory := []textWant{
		{time: "2024-04-07T23:15:00Z", title: "PKW podaje frekwencję", text: "Według Państwowej Komisji"},
		{time: "2024-04-07T22:30:00Z", title: "Sztaby czekają na oficjalne wyniki", text: "W sztabach wyborczych"},
		{time: "2024-04-07T20:40:00Z", title: "Pierwsze komentarze liderów", text: "Liderzy partii"},
		{time: "2024-04-07T19:00:00Z", title: "Exit poll: remis w sejmikach", text: "Według sondażu exit poll"},
	}
	const eleccionesTitle = "Elecciones en Cataluña, en directo: escrutinio y reacciones"
	const wyboryTitle = "Wybory samorządowe 2024. Relacja na żywo z wieczoru wyborczego"
	for _, tc := range []textCase{
		{file: "eleccions-directo.browser.txt", zone: "Europe/Madrid", title: eleccionesTitle, entries: elecciones},
		{file: "eleccions-directo.browser.txt", zone: "Europe/Madrid", now: "2024-05-13T08:00:00Z", title: eleccionesTitle, entries: elecciones},
		{file: "eleccions-directo.browser.txt", zone: "Europe/Madrid", now: "2024-05-20T08:00:00Z", title: eleccionesTitle, entries: elecciones},
		{file: "wieczor-wyborczy.lynx.txt", zone: "Europe/Warsaw", title: wyboryTitle, entries: wybory},
		{file: "wieczor-wyborczy.lynx.txt", zone: "Europe/Warsaw", now: "2024-04-08T06:00:00Z", title: wyboryTitle, entries: wybory},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// Flags printed on a line of their own, under the entry's clock
// ("Urgente") or above it ("Viktigt", "Fixado"), where the line ends
// the entry above in the copy: the entry's key-event or pinned flag, in
// no entry's text. An "Atualizado às 11:55" line is no entry.
func TestTextFlagLines(t *testing.T) {
	t.Parallel()
	greve := []textWant{
		{time: "2024-03-05T11:00:00Z", title: "Como se locomover durante a greve", text: "A SPTrans reforçou"},
		{time: "2024-03-05T14:42:00Z", title: "Justiça determina funcionamento mínimo", text: "O Tribunal Regional do Trabalho", key: true},
		{time: "2024-03-05T13:15:00Z", title: "Estações fechadas na Linha Azul", text: "Os portões das estações"},
		{time: "2024-03-05T12:05:00Z", title: "Trânsito acima da média", text: "A CET registra"},
	}
	snow := []textWant{
		{time: "2024-01-03T13:50:00Z", title: "E6 stängd norr om Helsingborg", text: "Trafikverket har stängt", key: true},
		{time: "2024-01-03T12:20:00Z", title: "Pågatågen ställs in", text: "Skånetrafiken ställer in"},
		{time: "2024-01-03T10:05:00Z", title: "SMHI utfärdar röd varning", text: "Varningen gäller", key: true},
		{time: "2024-01-03T08:30:00Z", title: "Skolor håller stängt", text: "Flera kommuner"},
	}
	const pagatag = "Skånetrafiken ställer in all tågtrafik resten av dagen. Ersättningsbussar sätts in där det går."
	for _, tc := range []textCase{
		{file: "greve-metro.browser.txt", zone: "America/Sao_Paulo", now: "2024-03-05T15:00:00Z", title: "AO VIVO: Greve dos metroviários em São Paulo",
			entries: greve, texts: map[int]string{1: "O Tribunal Regional do Trabalho determinou que 80% dos trens circulem nos horários de pico, sob pena de multa diária."}},
		{file: "snokaos-skane.lynx.txt", zone: "Europe/Stockholm", now: "2024-01-03T15:00:00Z", title: "Direkt: Snökaos i Skåne – följ utvecklingen",
			entries: snow, texts: map[int]string{1: pagatag}},
		{file: "snokaos-skane.w3m.txt", zone: "Europe/Stockholm", now: "2024-01-03T15:00:00Z", title: "Direkt: Snökaos i Skåne – följ utvecklingen",
			entries: snow, texts: map[int]string{1: pagatag}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			runTextCase(t, tc)
			if tc.file == "greve-metro.browser.txt" {
				blog := parseTextFixture(t, tc)
				assert.True(t, blog.Entries[0].Pinned, "the 'Fixado' entry is pinned")
			}
		})
	}
}

// parseTextFixture parses a text fixture as runTextCase does.
func parseTextFixture(t *testing.T, tc textCase) *liveblog.Blog {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "text", tc.file))
	require.NoError(t, err)
	opts := liveblog.Options{URL: tc.url, Location: loadZone(t, tc.zone)}
	if tc.now != "" {
		opts.Now, err = time.Parse(time.RFC3339, tc.now)
		require.NoError(t, err)
	}
	blog, err := liveblog.NewParser(opts).Parse(bytes.NewReader(data))
	require.NoError(t, err)
	return blog
}

// Pages that print each entry's headline above its time ("Scuole
// chiuse a Pozzuoli" over "18:20" over the text): the headline is the
// entry's title, not the last line of the entry above, nor the page's
// summary's.
func TestTextHeadlinesAboveStamps(t *testing.T) {
	t.Parallel()
	limburg := []textWant{
		{time: "2021-07-14T19:15:00Z", title: "Dijkwachten op pad langs de Maas", text: "Het waterschap heeft"},
		{time: "2021-07-14T17:40:00Z", title: "Camping in Valkenburg ontruimd", text: "Ruim driehonderd gasten"},
		{time: "2021-07-14T15:05:00Z", title: "Treinverkeer tussen Maastricht en Heerlen gestaakt", text: "Door wateroverlast"},
	}
	const lastLimburg = "Door wateroverlast op het spoor rijden er voorlopig geen treinen. NS zet bussen in tussen de grotere stations."
	const camping = "Ruim driehonderd gasten moesten hun tent of caravan achterlaten. Ze worden opgevangen in een sporthal in het centrum."
	for _, tc := range []textCase{
		{file: "campi-flegrei.browser.txt", zone: "Europe/Rome", now: "2024-05-21T17:00:00Z",
			title: "Terremoto ai Campi Flegrei, la diretta: scossa di magnitudo 4.4",
			entries: []textWant{
				{time: "2024-05-21T16:20:00Z", title: "Scuole chiuse a Pozzuoli", text: "Il sindaco ha firmato"},
				{time: "2024-05-21T14:45:00Z", title: "Verifiche sugli edifici pubblici", text: "I vigili del fuoco"},
				{time: "2024-05-21T12:10:00Z", title: "Prima riunione del comitato operativo", text: "La Protezione civile"},
			},
			texts:    map[int]string{0: "Il sindaco ha firmato l'ordinanza di chiusura per tutte le scuole di ogni ordine e grado per consentire le verifiche sugli edifici."},
			lastText: "La Protezione civile ha convocato il comitato a Roma. Il capo dipartimento riferirà in serata."},
		{file: "limburg-regen.lynx.txt", zone: "Europe/Amsterdam", now: "2021-07-14T20:00:00Z", title: "Liveblog: hevige regen zet Limburg onder water",
			entries: limburg, texts: map[int]string{1: camping}, lastText: lastLimburg},
		{file: "limburg-regen.w3m.txt", zone: "Europe/Amsterdam", now: "2021-07-14T20:00:00Z", title: "Liveblog: hevige regen zet Limburg onder water",
			entries: limburg, texts: map[int]string{1: camping}, lastText: lastLimburg},
	} {
		t.Run(tc.file, func(t *testing.T) {
			runTextCase(t, tc)
			blog := parseTextFixture(t, tc)
			assert.NotContains(t, blog.Summary, tc.entries[0].title, "the first headline is no part of the summary")
		})
	}
}

// Streams printed oldest first: under a day line that the stream runs
// past midnight from (the clocks after midnight are the next day's,
// read with or without a reference time), under a day line it keeps to,
// and on a single day with no day line.
func TestTextOldestFirstStreams(t *testing.T) {
	t.Parallel()
	noc := []textWant{
		{time: "2023-10-07T20:10:00Z", title: "Sečteno 40 procent okrsků", text: "Podle průběžných výsledků"},
		{time: "2023-10-07T21:30:00Z", title: "Premiér uznal porážku", text: "Předseda vlády"},
		{time: "2023-10-07T22:15:00Z", title: "Sečteny všechny okrsky", text: "Statistický úřad"},
		{time: "2023-10-07T23:05:00Z", title: "Vítěz mluví k příznivcům", text: "Lídr vítězného hnutí"},
	}
	budget := []textWant{
		{time: "2024-03-06T11:30:00Z", title: "Chancellor arrives at Downing Street", text: "The Chancellor left"},
		{time: "2024-03-06T12:31:00Z", title: "Statement begins", text: "The Chancellor opened"},
		{time: "2024-03-06T12:58:00Z", title: "National insurance cut by two pence", text: "Employee national insurance"},
		{time: "2024-03-06T13:40:00Z", title: "Opposition leader responds", text: "The Labour leader said"},
	}
	budsjett := []textWant{
		{time: "2024-10-07T07:05:00Z", title: "Finansministeren ankommer Stortinget", text: "Finansministeren kom gående"},
		{time: "2024-10-07T08:00:00Z", title: "Framleggingen er i gang", text: "Statsråden åpnet"},
		{time: "2024-10-07T09:40:00Z", title: "Skattelettelser for lavtlønte", text: "Personfradraget økes"},
		{time: "2024-10-07T10:30:00Z", title: "Opposisjonen kritiserer budsjettet", text: "Opposisjonslederen mener"},
	}
	const budsjettTitle = "Statsbudsjettet direkte: Finansministeren legger fram budsjettet"
	const nocTitle = "ONLINE: Volební noc v Česku minutu po minutě"
	const budgetTitle = "Budget 2024 live: Chancellor delivers statement to MPs"
	for _, tc := range []textCase{
		{file: "volebni-noc.w3m.txt", zone: "Europe/Prague", title: nocTitle, entries: noc},
		{file: "volebni-noc.w3m.txt", zone: "Europe/Prague", now: "2023-10-08T06:00:00Z", title: nocTitle, entries: noc},
		{file: "budget-oldest-first.browser.txt", zone: "Europe/London", title: budgetTitle, entries: budget},
		// Under a day line, on that day only: not moved to the next.
		{file: "statsbudsjett-direkte.browser.txt", zone: "Europe/Oslo", title: budsjettTitle, entries: budsjett},
		{file: "statsbudsjett-direkte.browser.txt", zone: "Europe/Oslo", now: "2024-10-07T12:00:00Z", title: budsjettTitle, entries: budsjett},
		{file: "budget-oldest-first.browser.txt", zone: "Europe/London", now: "2024-03-06T14:00:00Z", title: budgetTitle, entries: budget,
			lastText: "The Labour leader said the measures would not make up for years of higher taxes and stagnant wages."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runTextCase(t, tc) })
	}
}
