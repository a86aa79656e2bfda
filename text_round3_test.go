package liveblog_test

import "testing"

// A wire service's "The Latest" page (a bare "4:40 p.m." over each
// item, "___" between them, "By The Associated Press" under the
// headline) and a Spanish page with "Por Lucía Ferrández Gil" under its
// headline: the author's line is no candidate for the page title, which
// it would win on a tie as the later line.
func TestTextBylineUnderHeadlineIsNoTitle(t *testing.T) {
	t.Parallel()
	gulf := []textWant{
		{time: "2024-08-27T21:40:00Z", text: "Utility crews say about 180,000 customers"},
		{time: "2024-08-27T19:15:00Z", text: "The National Weather Service says"},
		{time: "2024-08-27T16:30:00Z", text: "Gov. Dale Whitcombe has asked"},
		{time: "2024-08-27T14:00:00Z", text: "Schools in three coastal counties are closed"},
	}
	dana := []textWant{
		{time: "2024-09-12T11:05:00Z", text: "La Confederación Hidrográfica eleva el aviso"},
		{time: "2024-09-12T09:40:00Z", text: "Tráfico mantiene cortadas seis carreteras"},
		{time: "2024-09-12T07:15:00Z", text: "La Consejería de Educación suspende"},
	}
	const gulfTitle = "The Latest: Storm knocks out power across the Gulf Coast"
	const danaTitle = "Última hora de la DANA en Murcia: cortes de carreteras y clases suspendidas"
	const danaLast = "La Consejería de Educación suspende las clases presenciales en once municipios durante toda la jornada."
	for _, tc := range []textCase{
		{file: "latest-gulf-storm.lynx.txt", zone: "America/Chicago", now: "2024-08-27T22:00:00Z", title: gulfTitle, entries: gulf},
		{file: "latest-gulf-storm.w3m.txt", zone: "America/Chicago", now: "2024-08-27T22:00:00Z", title: gulfTitle, entries: gulf},
		// Without a reference time: the "Updated 4:52 PM CDT, August
		// 27, 2024" line dates the clocks.
		{file: "latest-gulf-storm.w3m.txt", zone: "America/Chicago", title: gulfTitle, entries: gulf},
		{file: "dana-murcia.lynx.txt", zone: "Europe/Madrid", now: "2024-09-12T12:00:00Z", title: danaTitle, entries: dana, lastText: danaLast},
		{file: "dana-murcia.browser.txt", zone: "Europe/Madrid", title: danaTitle, entries: dana, lastText: danaLast},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// An ordinary article copied with the site's rail of latest stories
// after it ("Latest news", "Neueste Artikel": a headline, a one-line
// teaser and "2 hours ago" / "vor 2 Stunden" each) is not a live blog:
// the article above outweighs the teasers. Live blogs with a summary of
// four points above short posts, or a long standfirst above posts of a
// few lines, keep their entries.
func TestTextArticleWithLatestRail(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "not-article-latest-rail.browser.txt", zone: "Europe/London", now: "2024-11-05T12:00:00Z"},
		{file: "not-article-latest-rail.browser.txt", zone: "Europe/London"},
		{file: "not-article-latest-rail.lynx.txt", zone: "Europe/London", now: "2024-11-05T12:00:00Z"},
		{file: "not-artikel-neueste.lynx.txt", zone: "Europe/Berlin", now: "2024-05-14T12:00:00Z"},
		{file: "not-artikel-neueste.w3m.txt", zone: "Europe/Berlin"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
	for _, tc := range []textCase{
		{file: "budget-summary.browser.txt", zone: "Europe/London", now: "2025-10-29T12:00:00Z",
			title: "Budget 2025 live: chancellor sets out tax plans",
			entries: []textWant{
				{time: "2025-10-29T11:52:00Z", title: "Chancellor leaves Downing Street", text: "She held up the red box"},
				{time: "2025-10-29T11:40:00Z", title: "Pound edges up before the speech", text: "Sterling rose slightly"},
				{time: "2025-10-29T11:21:00Z", title: "Opposition sets out its response", text: "The shadow chancellor said"},
				{time: "2025-10-29T10:58:00Z", title: "Cabinet meets to approve budget", text: "Ministers gathered in Downing Street"},
				{time: "2025-10-29T10:34:00Z", title: "Small firms want business rates relief", text: "A lobby group for small employers"},
				{time: "2025-10-29T10:05:00Z", title: "Good morning", text: "Welcome to our coverage"},
			},
			lastText: "Welcome to our coverage of budget day. We will bring you every announcement as it happens."},
		{file: "sciopero-toscana.w3m.txt", zone: "Europe/Rome", now: "2024-11-08T12:00:00Z",
			title: "Sciopero dei trasporti, la diretta: treni e bus fermi in Toscana",
			entries: []textWant{
				{time: "2024-11-08T11:45:00Z", text: "A Firenze Santa Maria Novella il tabellone"},
				{time: "2024-11-08T10:20:00Z", text: "A Livorno i traghetti per le isole"},
				{time: "2024-11-08T08:05:00Z", text: "Terminata la prima fascia di garanzia"},
			},
			lastText: "Terminata la prima fascia di garanzia: da ora in poi a Pisa circolano solo tre linee urbane su venti.\n\nL'azienda dei trasporti invita a usare la bici."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// A conference programme over several days, each under its day line
// ("Tuesday, 11 March", "Vendredi 14 juin"), every slot on the quarter
// hour and earliest first within its day, is not a live blog even when
// it links to a live stream ("Watch live", "Suivre les conférences en
// direct"). A live blog told oldest first under day headings, whose
// posts land on any minute, and one told newest first, are read.
func TestTextProgrammeOverDays(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "not-summit-programme.browser.txt", zone: "Europe/London", now: "2025-03-11T12:00:00Z"},
		{file: "not-summit-programme.browser.txt", zone: "Europe/London"},
		{file: "not-programme-rencontres.lynx.txt", zone: "Europe/Paris", now: "2024-06-13T10:00:00Z"},
		{file: "not-programme-rencontres.lynx.txt", zone: "Europe/Paris"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
	protest := []textWant{
		{time: "2024-03-05T08:40:00Z", title: "Zablokowana droga S8 pod Wyszkowem", text: "Kilkadziesiąt ciągników stoi"},
		{time: "2024-03-05T06:15:00Z", title: "Pierwsze ciągniki ruszyły", text: "Od rana rolnicy zbierają się"},
		{time: "2024-03-04T20:05:00Z", title: "Minister zaprasza na rozmowy", text: "Minister rolnictwa zaproponował"},
		{time: "2024-03-04T15:30:00Z", title: "Rolnicy zapowiadają blokady", text: "Organizatorzy podali listę"},
	}
	const protestLast = "Organizatorzy podali listę ponad stu miejsc, w których we wtorek staną ciągniki."
	for _, tc := range []textCase{
		{file: "boerenprotest-liveblog.browser.txt", zone: "Europe/Amsterdam", now: "2024-03-13T11:00:00Z",
			title: "Liveblog: boerenprotest in Den Haag",
			entries: []textWant{
				{time: "2024-03-12T13:00:00Z", title: "Eerste trekkers vertrekken uit Twente", text: "Een colonne van ruim veertig"},
				{time: "2024-03-12T13:37:00Z", title: "Vertraging op de A1", text: "Door de colonne staat er"},
				{time: "2024-03-12T15:15:00Z", title: "Gemeente wijst extra parkeerplaats aan", text: "Den Haag heeft naast"},
				{time: "2024-03-13T07:30:00Z", title: "Malieveld stroomt vol", text: "Op het Malieveld staan"},
				{time: "2024-03-13T08:12:00Z", title: "Minister spreekt boeren toe", text: "De minister van Landbouw"},
				{time: "2024-03-13T10:48:00Z", title: "Eerste boeren gaan naar huis", text: "Na de toespraak"},
			},
			lastText: "Na de toespraak zijn de eerste trekkers weer vertrokken richting Brabant."},
		{file: "protest-rolnikow.browser.txt", zone: "Europe/Warsaw", now: "2024-03-05T10:00:00Z",
			title: "Protest rolników. Blokady dróg w całym kraju", entries: protest, lastText: protestLast},
		{file: "protest-rolnikow.browser.txt", zone: "Europe/Warsaw",
			title: "Protest rolników. Blokady dróg w całym kraju", entries: protest, lastText: protestLast},
		{file: "protest-rolnikow.w3m.txt", zone: "Europe/Warsaw", now: "2024-03-05T10:00:00Z",
			title: "Protest rolników. Blokady dróg w całym kraju", entries: protest, lastText: protestLast},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// Shapes and languages read as they are, kept as guards: embedded
// posts quoted inside an entry ("— Helen Marsh (@HelenMarshMP) July 5,
// 2024") open no entry and do not date one; relative stamps alone
// ("vor 38 Min.", "منذ 45 دقيقة") against the reference time; a clock
// over a bold lead with share buttons between the entries (Russian);
// a rights notice in Arabic ends the last entry.
func TestTextQuotedPostsAndRelativeStamps(t *testing.T) {
	t.Parallel()
	counts := []textWant{
		{time: "2024-07-05T00:42:00Z", title: "Minister holds seat by 212 votes", text: "After two recounts"},
		{time: "2024-07-05T00:15:00Z", title: "Turnout down in the north", text: "Early figures from six northern counts"},
		{time: "2024-07-04T23:48:00Z", title: "First declaration of the night", text: "Riverside South was first"},
		{time: "2024-07-04T22:30:00Z", title: "Exit poll points to a hung parliament", text: "The broadcasters' exit poll"},
	}
	const countsLast = "The broadcasters' exit poll puts the two largest parties within ten seats of each other, with neither near a majority.\n\n" +
		"If this exit poll is right we are in for a long week. Nobody should call anything before the big cities declare."
	unwetter := []textWant{
		{time: "2024-06-02T07:54:00Z", title: "Feuerwehr meldet über 300 Einsätze", text: "Allein im Landkreis Lörrach"},
		{time: "2024-06-02T07:22:00Z", title: "Bahnstrecke bei Müllheim gesperrt", text: "Wegen eines Erdrutsches"},
		{time: "2024-06-02T07:00:00Z", title: "Schulen bleiben geschlossen", text: "In drei Gemeinden"},
		{time: "2024-06-02T05:00:00Z", title: "Pegel am Rhein steigt", text: "Der Pegel in Basel"},
	}
	const unwetterLast = "Der Pegel in Basel ist über Nacht um fast einen Meter gestiegen. Die Schifffahrt ist vorerst eingestellt."
	pavodok := []textWant{
		{time: "2024-04-08T09:35:00Z", text: "В Орске открыли ещё два пункта"},
		{time: "2024-04-08T08:10:00Z", text: "Уровень воды поднялся на 12 сантиметров"},
		{time: "2024-04-08T06:50:00Z", text: "Движение по мосту через реку"},
		{time: "2024-04-08T05:05:00Z", text: "Губернатор провёл оперативное совещание"},
	}
	const pavodokLast = "Губернатор провёл оперативное совещание и попросил жителей низин не возвращаться домой до отбоя тревоги."
	for _, tc := range []textCase{
		{file: "count-tweets.browser.txt", zone: "Europe/London", now: "2024-07-05T01:50:00Z",
			title: "Election night live: results as counts come in", entries: counts, lastText: countsLast},
		{file: "count-tweets.lynx.txt", zone: "Europe/London", now: "2024-07-05T01:50:00Z",
			title: "Election night live: results as counts come in", entries: counts, lastText: countsLast},
		{file: "unwetter-relativ.lynx.txt", zone: "Europe/Berlin", now: "2024-06-02T08:00:00Z",
			title: "Unwetter im Süden: Straßen überflutet, Keller laufen voll", entries: unwetter, lastText: unwetterLast},
		{file: "unwetter-relativ.w3m.txt", zone: "Europe/Berlin", now: "2024-06-02T08:00:00Z",
			title: "Unwetter im Süden: Straßen überflutet, Keller laufen voll", entries: unwetter, lastText: unwetterLast},
		{file: "pavodok-onlain.w3m.txt", zone: "Asia/Yekaterinburg", now: "2024-04-08T10:00:00Z",
			title: "Паводок на Урале: вода подошла к жилым домам", entries: pavodok, lastText: pavodokLast},
		{file: "pavodok-onlain.browser.txt", zone: "Asia/Yekaterinburg", now: "2024-04-08T10:00:00Z",
			title: "Паводок на Урале: вода подошла к жилым домам", entries: pavodok, lastText: pavodokLast},
		{file: "asifa-ramliya.browser.txt", zone: "Asia/Riyadh", now: "2024-04-08T10:00:00Z",
			title: "مباشر: عاصفة رملية تضرب المنطقة الشرقية",
			entries: []textWant{
				{time: "2024-04-08T09:50:00Z", title: "تعليق الدراسة في ثلاث محافظات", text: "أعلنت إدارة التعليم"},
				{time: "2024-04-08T09:15:00Z", title: "تأخير رحلات في المطار", text: "قالت هيئة الطيران"},
				{time: "2024-04-08T08:00:00Z", title: "الدفاع المدني يدعو إلى الحذر", text: "طلب الدفاع المدني"},
			},
			lastText: "طلب الدفاع المدني من السائقين تجنب الطرق السريعة إلا للضرورة."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// A forum thread ("Today at 09:14", "Heute, 08:51": each post dated,
// oldest first under its poster's handle, "dave_k" or "motorfritz",
// "Reply" and "Quote" under it) is not a live blog when the page does
// not call itself live. Live pages told oldest first ("Direkt:",
// "Liveticker:") keep their entries, as does a short page of dated
// posts in order under no handles (batch/testdata/pages/harbour.txt).
func TestTextThreadOldestFirst(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "not-forum-thread.browser.txt", zone: "Europe/London", now: "2024-11-05T12:00:00Z"},
		{file: "not-forum-thread.browser.txt", zone: "Europe/London"},
		{file: "not-forum-thread.lynx.txt", zone: "Europe/London", now: "2024-11-05T12:00:00Z"},
		{file: "not-gartenforum.w3m.txt", zone: "Europe/Berlin", now: "2024-05-04T10:00:00Z"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
	for _, tc := range []textCase{
		{file: "nobel-direkt.browser.txt", zone: "Europe/Stockholm", now: "2024-10-10T13:00:00Z",
			title: "Direkt: Nobelpriset i litteratur tillkännages",
			entries: []textWant{
				{time: "2024-10-10T07:12:00Z", title: "Spekulationerna går varma", text: "Spelbolagen har tre författare"},
				{time: "2024-10-10T09:47:00Z", title: "Akademien samlas", text: "Ledamöterna anlände"},
				{time: "2024-10-10T11:02:00Z", title: "Årets pristagare är klar", text: "Ständiga sekreteraren"},
				{time: "2024-10-10T12:38:00Z", title: "Förlaget trycker nya upplagor", text: "Pristagarens svenska förlag"},
			},
			lastText: "Pristagarens svenska förlag meddelar att tre titlar trycks om under veckan."},
		{file: "tarif-liveticker.lynx.txt", zone: "Europe/Berlin", now: "2024-03-20T13:00:00Z",
			title: "Liveticker: Tarifverhandlungen im Nahverkehr gehen in die dritte Runde",
			entries: []textWant{
				{time: "2024-03-20T08:03:00Z", title: "Verhandlungen beginnen", text: "Beide Seiten sind pünktlich"},
				{time: "2024-03-20T10:26:00Z", title: "Erste Pause", text: "Nach gut zwei Stunden"},
				{time: "2024-03-20T12:51:00Z", title: "Arbeitgeber legen neues Angebot vor", text: "Das Angebot sieht"},
			},
			lastText: "Das Angebot sieht eine Erhöhung in zwei Stufen vor. Die Gewerkschaft will es zunächst intern beraten."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// A section's index of story cards, each a headline over a one-line
// teaser and closed by its time ("18 minutes ago", "2 ore fa"), then
// "Load more" ("Carica altri articoli"): read with the stamps opening
// entries, the last stamp opens an empty one, which no live blog's last
// post is. The budget live blog of short posts above (its last post
// with text) keeps its entries.
func TestTextIndexOfClosedCards(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "not-local-news-index.browser.txt", zone: "Europe/London", now: "2024-11-05T12:00:00Z"},
		{file: "not-local-news-index.browser.txt", zone: "Europe/London"},
		{file: "not-local-news-index.lynx.txt", zone: "Europe/London", now: "2024-11-05T12:00:00Z"},
		{file: "not-cronaca-indice.w3m.txt", zone: "Europe/Rome", now: "2024-11-08T12:00:00Z"},
		{file: "not-cronaca-indice.w3m.txt", zone: "Europe/Rome"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}

// A list of key events with their times ("10:20 Un TGV sur trois en
// circulation") above a pinned post whose label stands on a line of its
// own ("Épinglé", "Pinned") over its stamp: the label belongs to the
// pinned post, so the list's last item is still a headline alone, and
// the list adds no entries nor dates the stream a day back. The pinned
// post comes first, the stream after it newest first.
func TestTextKeyEventsOverPinnedPost(t *testing.T) {
	t.Parallel()
	greve := []textWant{
		{time: "2024-03-07T05:00:00Z", title: "Les prévisions de trafic pour la journée", text: "La SNCF prévoit un TGV sur trois"},
		{time: "2024-03-07T10:42:00Z", title: "Le ministre appelle au dialogue", text: "Le ministre des Transports"},
		{time: "2024-03-07T09:20:00Z", title: "Un TGV sur trois en circulation", text: "Les prévisions de la SNCF"},
		{time: "2024-03-07T08:05:00Z", title: "Les syndicats appellent à reconduire la grève", text: "L'intersyndicale propose"},
		{time: "2024-03-07T06:30:00Z", title: "Trafic quasi nul en Île-de-France", text: "Sur les RER B et D"},
	}
	const greveLast = "Sur les RER B et D, seuls quelques trains circulent aux heures de pointe."
	for _, tc := range []textCase{
		{file: "greve-sncf-direct.w3m.txt", zone: "Europe/Paris", now: "2024-03-07T11:00:00Z",
			title: "EN DIRECT - Grève SNCF : le trafic très perturbé ce jeudi", entries: greve, lastText: greveLast},
		{file: "greve-sncf-direct.browser.txt", zone: "Europe/Paris", now: "2024-03-07T11:00:00Z",
			title: "EN DIRECT - Grève SNCF : le trafic très perturbé ce jeudi", entries: greve, lastText: greveLast},
		{file: "heatwave-keyevents.lynx.txt", zone: "Europe/London", now: "2024-07-19T15:00:00Z",
			title: "Heatwave live: temperatures climb across the south",
			entries: []textWant{
				{time: "2024-07-19T07:00:00Z", title: "How to stay cool today", text: "Drink water through the day"},
				{time: "2024-07-19T14:26:00Z", title: "Warmest day of the year so far", text: "The Met Office recorded"},
				{time: "2024-07-19T13:48:00Z", title: "Rail speed limits imposed on main lines", text: "Trains will run more slowly"},
				{time: "2024-07-19T12:15:00Z", title: "Beaches busy along the coast", text: "Car parks at the largest beaches"},
				{time: "2024-07-19T10:02:00Z", title: "Hospitals report rise in heat cases", text: "Two hospital trusts said"},
			},
			lastText: "Two hospital trusts said emergency departments had seen more patients with heat exhaustion than usual."},
	} {
		t.Run(tc.file, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// A clock and the date printed after it in two inline spans, which a
// browser copy runs together ("11:529 novembre 2024", "14:059. März
// 2024"): the minutes are two digits, the day goes with the date. And a
// clock inline with its text ("16:20 | Рятувальники …"), kept as a
// guard in Ukrainian.
func TestTextClockGluedToDate(t *testing.T) {
	t.Parallel()
	for _, tc := range []textCase{
		{file: "terremoto-marche.browser.txt", zone: "Europe/Rome", now: "2024-11-09T12:00:00Z",
			title: "Terremoto nelle Marche, la diretta: scossa di magnitudo 4.1",
			entries: []textWant{
				{time: "2024-11-09T10:52:00Z", title: "Scuole chiuse a Camerino", text: "Il sindaco ha disposto"},
				{time: "2024-11-09T09:31:00Z", title: "Vigili del fuoco al lavoro", text: "Sono oltre cento"},
				{time: "2024-11-09T07:47:00Z", title: "Epicentro vicino a Muccia", text: "L'istituto di geofisica"},
			},
			lastText: "L'istituto di geofisica ha localizzato l'epicentro a dieci chilometri di profondità."},
		{file: "sturmtief-sachsen.browser.txt", zone: "Europe/Berlin", now: "2024-03-09T14:00:00Z",
			title: "Liveblog: Sturmtief über Sachsen",
			entries: []textWant{
				{time: "2024-03-09T13:05:00Z", title: "S-Bahn nach Meißen fährt wieder", text: "Die Strecke ist nach zwei Stunden"},
				{time: "2024-03-09T11:48:00Z", title: "Baum stürzt auf Auto", text: "In Radebeul wurde"},
				{time: "2024-03-09T09:12:00Z", title: "Zoo bleibt geschlossen", text: "Der Zoo Dresden"},
			},
			lastText: "Der Zoo Dresden öffnet heute wegen der Sturmwarnung nicht."},
		// The date with the clock dates the entries without a
		// reference time.
		{file: "sturmtief-sachsen.browser.txt", zone: "Europe/Berlin",
			title: "Liveblog: Sturmtief über Sachsen",
			entries: []textWant{
				{time: "2024-03-09T13:05:00Z", title: "S-Bahn nach Meißen fährt wieder", text: "Die Strecke ist nach zwei Stunden"},
				{time: "2024-03-09T11:48:00Z", title: "Baum stürzt auf Auto", text: "In Radebeul wurde"},
				{time: "2024-03-09T09:12:00Z", title: "Zoo bleibt geschlossen", text: "Der Zoo Dresden"},
			}},
		{file: "negoda-karpaty.lynx.txt", zone: "Europe/Kyiv", now: "2024-06-10T14:00:00Z",
			title: "Негода у Карпатах: підтоплено десятки сіл",
			entries: []textWant{
				{time: "2024-06-10T13:20:00Z", text: "Рятувальники евакуювали 40 мешканців"},
				{time: "2024-06-10T12:05:00Z", text: "На трасі до Ясіні зійшов зсув"},
				{time: "2024-06-10T10:40:00Z", text: "Рівень води в Тисі"},
				{time: "2024-06-10T08:15:00Z", text: "В області оголосили"},
			},
			lastText: "В області оголосили надзвичайну ситуацію регіонального рівня."},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runTextCase(t, tc) })
	}
}

// Pages read as they are, kept as negative guards: an app's release
// notes (a version and its date over each list of changes) and an
// article telling a night's rescue with its clocks in the prose ("at
// 18:42", "By 19:15") are not live blogs.
func TestTextReleaseNotesAndTimedProse(t *testing.T) {
	t.Parallel()
	for _, tc := range []shapeCase{
		{file: "not-release-notes.browser.txt", zone: "Europe/London", now: "2024-03-05T12:00:00Z"},
		{file: "not-release-notes.browser.txt", zone: "Europe/London"},
		{file: "not-rescue-prose.browser.txt", zone: "Europe/London", now: "2024-10-15T09:00:00Z"},
		{file: "not-rescue-prose.w3m.txt", zone: "Europe/London"},
	} {
		t.Run(tc.file+"@"+tc.now, func(t *testing.T) { runShapeCase(t, tc) })
	}
}
