package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words of page furniture: how a page says it is live, the labels
// printed beside an entry's time, and the class names, texts and links
// of the parts of a page that are not entries. Class and id words are
// compared as parts of the value ("share-buttons" has "share").

// LiveWords are the words and phrases with which a page's title calls it
// live, lower-case; they count only as whole words.
var LiveWords = []string{
	"live", "liveticker", "liveblog", "live-ticker", "live-blog", "newsblog", "newsticker",
	"ticker", "latest updates", "as it happened", "minute by minute", "minuto a minuto",
	"minute par minute", "en continu", "en direct", "in diretta", "diretta", "en directo",
	"directo", "en vivo", "ao vivo", "na żywo", "relacja", "онлайн", "трансляция", "хроника",
	"прямой эфир", "пряма трансляція", "наживо",
	// Nordic, Catalan, Portuguese (pt-PT), Turkish, Central and South
	// Slavic, Hungarian, Arabic, Hindi, Japanese, Chinese. Where the
	// word alone is also an everyday one (Danish and Norwegian
	// "direkte" and Swedish "direkt" are German's "direct", Arabic "مباشرة" is "directly",
	// Japanese "ライブ" a concert), only the form a live page's title
	// takes is listed.
	"direkte:", "direkt:", "just nu", "en directe", "em direto", "ao minuto", "canlı", "canli", "živě", "uživo",
	"v živo", "на живо", "percről percre", "تغطية مباشرة", "بث مباشر", "لحظة بلحظة",
	"लाइव", "速報中", "随時更新", "ライブ中継", "【ライブ】", "图文直播", "滚动更新", "实时更新",
	// "Minute by minute" in more languages, and the Czech and Slovak
	// label "ONLINE:" (the colon: "online" alone is an everyday word).
	"minute für minute", "minuut voor minuut", "minut för minut", "minutt for minutt",
	"minut for minut", "minuta po minucie", "minutu po minutě", "minútu po minúte",
	"dakika dakika", "online:",
	// Korean "real time" and "live broadcast", Traditional Chinese,
	// Vietnamese, Indonesian, Romanian, Greek, Hebrew, Thai, Bengali,
	// Serbian Cyrillic and Slovak titles of live pages.
	"실시간", "생중계", "即時更新", "滾動更新", "圖文直播", "trực tiếp", "siaran langsung",
	"în direct", "ζωντανά", "בשידור חי", "עדכונים שוטפים", "מתעדכן", "ถ่ายทอดสด", "লাইভ", "уживо", "naživo",
}

// TitleSeparators are what sites put between a page's title and their
// name ("Storm Aline | Coastal Herald").
var TitleSeparators = []string{" | ", "｜", " - ", " – ", " — ", " · ", " :: ", " » "}

// SecondLevelDomains are the labels under which countries register
// names ("co.uk", "com.br", "ne.jp").
var SecondLevelDomains = NewWords("co", "com", "org", "net", "ac", "gov", "ne", "or", "gob", "gouv")

// SaysLive reports whether s (a title, a headline, an address's words)
// holds one of LiveWords as a whole word, in any case: no letter right
// before or after it, unless the word and that letter are both of a
// script written without spaces ("【速報中】台風", "直播：").
func SaysLive(s string) bool {
	s = strings.ToLower(s)
	for _, w := range LiveWords {
		first, _ := utf8.DecodeRuneInString(w)
		last, _ := utf8.DecodeLastRuneInString(w)
		for from := 0; from < len(s); {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			i += from
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+len(w):])
			if (i == 0 || wordBoundary(before, first)) && (i+len(w) == len(s) || wordBoundary(after, last)) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// wordBoundary reports whether neighbour ends a word whose letter next
// to it is edge: it is no letter, or both are of a script written
// without spaces between words.
func wordBoundary(neighbour, edge rune) bool {
	return !unicode.IsLetter(neighbour) || NoSpaceScript(neighbour) && NoSpaceScript(edge)
}

// NoSpaceScript reports whether r is of a script written without spaces
// between words (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar).
func NoSpaceScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul,
		unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// KeyEventLabels are labels printed beside an entry's time that mark it
// as a key event, in the tree and in copied text alike.
var KeyEventLabels = NewWords(
	"key event", "key events", "key update", "breaking",
	"breaking news", "important", "highlight", "wichtig",
	"eilmeldung", "important update", "ultim'ora", "urgent", "importante",
	"à la une", "essentiel", "destacado", "ważne", "важно", "urgente", "pilne",
	"belangrijk", "viktigt", "vigtigt", "viktig", "tärkeä", "önemli", "důležité",
)

// PinnedLabels are labels that mark an entry pinned to the top, in the
// tree and in copied text alike.
var PinnedLabels = NewWords("pinned", "pinned post", "angepinnt", "épinglé", "fissato", "fijado", "fixado", "przypięty", "закреплено",
	"in evidenza")

// BadgeLabels are the labels printed before an entry's headline that are
// not part of it ("Breaking", "Key event:", "LIVE:", "Update:"); those
// among KeyEventLabels and PinnedLabels also set the entry's flag.
var BadgeLabels = NewWords(
	"key event", "key events", "key update", "breaking", "breaking news", "important", "highlight",
	"wichtig", "eilmeldung", "important update", "ultim'ora", "urgent", "urgente", "última hora", "ultima ora",
	"pinned", "pinned post", "angepinnt", "épinglé", "fissato", "fijado", "fixado", "przypięty", "закреплено",
	"live", "update", "updated", "new", "latest", "just in", "neu", "aktuell", "nuovo", "aggiornamento",
	"mise à jour", "actualización", "atualização", "en direct", "en vivo", "ao vivo", "in diretta",
	"na żywo", "pilne", "срочно", "breaking:",
)

// BylinePrefixes are the words that open a byline ("By Ann Lee").
var BylinePrefixes = NewWords("by", "von", "di", "par", "por")

// BylinePlaceWords join an author's name to the place a byline names
// ("Ann Lee in London", "Marie Roux à Bruxelles", "Jan Nowak w Kijowie").
var BylinePlaceWords = NewWords("in", "en", "à", "em", "w", "aus")

// NameConnectors are the lower-case words a person's name or a credit
// may hold between capitalised words ("Ann and Tom", "Ursula von der").
var NameConnectors = NewWords("and", "und", "e", "et", "y", "de", "van", "von")

// BylineClasses mark author elements by class or id.
var BylineClasses = NewWords("author", "byline", "contributor", "writer", "authors",
	"autor", "autore", "auteur", "firma", "signature", "reporter")

// TitleClasses mark entry-title elements by class.
var TitleClasses = NewWords("title", "headline", "heading", "ttl", "hed", "tit",
	"titel", "titre", "titolo", "titulo", "título", "tytul", "baslik")

// PublishedClasses mark an hAtom element holding the posting time.
var PublishedClasses = NewWords("published", "dtstart")

// RegionClasses mark blocks whose timestamped items are not a live blog:
// comments, sidebars, related and promoted stories, navigation.
var RegionClasses = NewWords(
	"comment", "comments", "sidebar", "related",
	"recommended", "popular", "trending", "teaser",
	"teasers", "promo", "nav", "navigation", "menu",
	"footer", "recirculation", "outbrain", "taboola",
	"replies", "reply", "discussion", "mostread",
	"kommentar", "kommentare", "commentaire", "commentaires",
	"commento", "commenti", "comentario", "comentarios",
	"komentarze", "комментарии",
)

// ChromeClasses mark page furniture inside an entry ("share-buttons",
// "ad_slot").
var ChromeClasses = NewWords(
	"share", "sharing", "social", "advert",
	"advertisement", "ad", "ads", "adslot",
	"dfp", "newsletter", "related", "readmore",
	"hidden", "sronly", "toolbar", "comments",
	"consent", "actions",
)

// ScreenReaderClasses are the class names (lower-cased, without "-" and
// "_") that CSS frameworks and news sites use for text only screen
// readers announce: Bootstrap and Tailwind's sr-only, WordPress's
// screen-reader-text, visually-hidden, the BBC's gs-u-vh.
var ScreenReaderClasses = NewWords(
	"sronly", "srtext", "screenreadertext", "screenreaderonly",
	"screenreader", "visuallyhidden", "visuallyhiddentext",
	"hiddenvisually", "vh", "uvh", "gsuvh",
	"offscreen", "a11yhidden", "a11yonly", "showforsr",
	"elementinvisible", "readeronly",
)

// ChromeTexts are whole blocks of page furniture.
var ChromeTexts = NewWords(
	"advertisement", "advertising", "anzeige",
	"werbung", "pubblicità", "publicité", "publicidad",
	"реклама", "reklama", "share", "share this",
	// "Advertisement" in the languages of the sixth round of pages and
	// in Norwegian and Danish.
	"publicitate", "διαφήμιση", "hirdetés", "iklan", "โฆษณา", "publicitat",
	"বিজ্ঞাপন", "विज्ञापन", "تبلیغات", "reklam", "annonse", "annonce",
	"read more", "show more", "show less",
	"copy link", "link copied", "continue reading",
	// The line an ad slot leaves in the text, and share rows by their caption.
	"story continues below", "story continues below advertisement", "article continues below",
	"article continues after advertisement", "continue reading below", "scroll to continue with content",
	"share this post", "share this update", "share this entry", "share this article",
	// A post's link back to the top of the page.
	"back to top", "nach oben", "zurück nach oben", "retour en haut", "haut de page",
	"torna su", "volver arriba", "voltar ao topo", "naar boven", "do góry", "наверх",
	// "Share" in the other languages of live blogs.
	"teilen", "partager", "condividi", "compartir", "compartilhar",
	"delen", "dela", "del", "jaa", "udostępnij", "sdílet", "zdieľať",
	"поделиться", "поділитися", "paylaş", "megosztás", "distribuie",
	"κοινοποίηση", "שתף", "مشاركة", "bagikan", "chia sẻ", "共享", "分享", "シェア", "공유",
)

// ReadMorePrefixes start teaser blocks that point elsewhere.
var ReadMorePrefixes = Prefixes{
	"read more:", "read more -", "read more –", "read more ›", "related:",
	"see also:", "also read:", "more on this story:", "mehr zum thema:",
	"lesen sie auch:", "leggi anche:", "à lire aussi:", "lire aussi:",
	"читайте также:", "czytaj też:", "czytaj także:", "lee también:",
}

// ReadMoreLeads open a teaser block that points elsewhere when a
// separator or a capitalised title follows them ("Also Read | Title",
// "Lire aussi Le budget en cinq chiffres"); see ReadMoreLead.
var ReadMoreLeads = Prefixes{
	"also read", "read also", "read more", "see also", "more on this",
	"à lire aussi", "a lire aussi", "lire aussi", "à lire", "lesen sie auch", "auch interessant",
	"mehr zum thema", "leggi anche", "lee también", "te puede interesar", "leia também",
	"lees ook", "lees meer", "czytaj też", "czytaj także", "czytaj więcej", "zobacz też",
	"zobacz także", "читайте также", "читайте також", "devamını oku", "ayrıca oku",
}

// ReadMoreLead reports whether s opens with one of ReadMoreLeads followed
// by a separator (":", "|", "-", "–", "—", "›", "»") or by a space and a
// capital letter: a teaser, where "Also read the report" is a sentence.
func ReadMoreLead(s string) bool {
	p := ReadMoreLeads.Of(s)
	if p == "" {
		return false
	}
	i := 0
	for n := utf8.RuneCountInString(p); n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	rest := strings.TrimLeft(s[i:], " \u00a0")
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune(":|-–—›»", r) {
		return true
	}
	return len(rest) < len(s)-i && unicode.IsUpper(r)
}

// RightsNotices are the phrases of a publisher's rights notice, a block
// of page furniture wherever it stands ("Copyright 2019 The Agency. All
// rights reserved.", "© Agentur, alle Rechte vorbehalten").
var RightsNotices = NewPhrases(
	"all rights reserved", "alle rechte vorbehalten", "tutti i diritti riservati",
	"tous droits réservés", "todos los derechos reservados",
	"todos os direitos reservados", "wszelkie prawa zastrzeżone",
	"все права защищены", "усі права захищені", "alle rechten voorbehouden",
	"minden jog fenntartva", "všechna práva vyhrazena", "všetky práva vyhradené",
	"tüm hakları saklıdır", "alle rettigheder forbeholdes", "alla rättigheter förbehållna",
	"kaikki oikeudet pidätetään", "toate drepturile rezervate",
	"جميع الحقوق محفوظة", "版权所有", "版權所有", "無断転載を禁じます", "無断転載禁止",
	"무단전재 및 재배포 금지", "무단 전재 및 재배포 금지", "με επιφύλαξη παντός δικαιώματος",
)

// RightsPrefixes start a rights notice ("Copyright 2024 The Agency",
// "© dpa-infocom, dpa:…", and "(c) 2024 …", as text browsers print the
// sign where the display charset lacks it).
var RightsPrefixes = Prefixes{"©", "(c) 19", "(c) 20", "copyright 19", "copyright 20", "copyright:", "copyright©", "copyright ©", "copyright (c)"}

// IsRightsNotice reports whether a block or line is a publisher's rights
// notice or an agency's credit line: short, and opening with one of
// RightsPrefixes or saying one of RightsNotices. An agency's rolling
// update ends with one, a German ticker's entries with a dpa credit;
// prose about copyright ("Copyright holders say…") is not one.
func IsRightsNotice(s string) bool {
	return len(s) <= maxRightsNotice && (RightsPrefixes.Of(s) != "" || RightsNotices.In(s))
}

// maxRightsNotice is the longest text IsRightsNotice reads, in bytes: a
// notice is a line or two.
const maxRightsNotice = 320

// ShareLabelPrefixes start the labels of share buttons ("Share on
// Facebook").
var ShareLabelPrefixes = Prefixes{
	"share ", "share on", "share via", "share this", "tweet this", "teilen", "auf facebook teilen",
	"condividi", "partager", "compartir", "udostępnij", "поделиться", "email this",
}

// ShareLinks are parts of the addresses of share dialogs, lower-case: a
// link holding one is a button, not content.
var ShareLinks = []string{
	"facebook.com/sharer", "facebook.com/dialog/share", "twitter.com/intent/", "x.com/intent/",
	"linkedin.com/sharearticle", "api.whatsapp.com/send", "wa.me/?", "t.me/share", "reddit.com/submit",
	"pinterest.com/pin/create",
}

// TimeAttributes are the attributes that hold an entry's time on some
// sites.
var TimeAttributes = NewWords(
	"data-timestamp", "data-time", "data-post-time", "data-posted", "data-published",
	"data-publish-time", "data-date", "data-datetime", "data-created", "data-sort-time",
)

// EntryTimeAttrParts are parts of data-* attribute names that hold an
// entry's own time; NotEntryTimeAttrParts name an edit or expiry time
// instead.
var (
	EntryTimeAttrParts    = []string{"time", "date", "timestamp", "publish", "posted", "created", "epoch"}
	NotEntryTimeAttrParts = []string{"update", "modif", "edit", "expir", "end", "refresh", "now", "server", "current"}
)

// EditTimeParts, in a time element's class, data-testid or itemprop, say
// it shows when the entry was last changed ("lastpublished-timestamp",
// "post__updated", itemprop=dateModified), not when it was posted.
var EditTimeParts = []string{"last", "update", "modif", "edit"}

// PublishedMetaKeys and ModifiedMetaKeys are the <meta> names, properties
// and itemprops that give a page's dates, most specific first. Open Graph
// writes them with and without the og: prefix; Dublin Core and plain
// name="date" are common on European sites, where name="date" moves with
// every new entry of a ticker: it is the page's last change.
var (
	PublishedMetaKeys = []string{
		"article:published_time", "og:article:published_time", "og:published_time", "article:published",
		"datepublished", "dc.date.issued", "dc.date.created", "dc.date", "dcterms.issued", "dcterms.created",
		"publish-date", "publishdate", "publish_date", "pubdate", "pub_date", "sailthru.date", "parsely-pub-date",
		"article.published", "cxenseparse:recs:publishtime",
	}
	ModifiedMetaKeys = []string{
		"article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified",
		"datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "article.updated",
		"lastmod", "date",
	}
)

// MatchPeriods are the words sports commentary prints in place of the
// match clock for a phase of play ("HT", "Full-time", "Halbzeit").
var MatchPeriods = NewWords(
	"ht", "ft", "half-time", "halftime", "half time", "full-time", "fulltime", "full time", "aet",
	"halbzeit", "abpfiff", "anpfiff", "mi-temps", "descanso", "intervalo", "intervallo", "fine",
	"перерыв", "przerwa", "rust", "pauze",
)

// HalfTimePeriods are the MatchPeriods that name the break between the
// halves: they stand after the first half's stoppage time, the others
// after everything.
var HalfTimePeriods = NewWords(
	"ht", "half-time", "halftime", "half time", "halbzeit", "mi-temps", "descanso", "intervalo", "intervallo",
	"перерыв", "przerwa", "rust", "pauze",
)

// MatchClockClasses are class-name words of the element holding a match
// clock, an over and ball, or a lap: they make a bare "14.2" or "23" one.
var MatchClockClasses = NewWords(
	"min", "minute", "minutes", "clock", "matchtime", "gametime", "over", "overs", "ovr", "ball",
	"lap", "laps", "runde", "giro", "tour", "spielminute",
)

// LapWords are the words before a lap number ("Lap 23/58", "Runde 12").
var LapWords = NewWords("lap", "runde", "tour", "giro", "vuelta", "volta", "okrążenie", "круг", "kolo")

// RollingTimesNotes are the notes with which an agency's rolling-update
// article ("The Latest") says that its bare clock paragraphs are local
// times: with two or more such paragraphs, they open its updates.
var RollingTimesNotes = []string{
	"all times local", "all times are local", "all times et", "all times eastern", "all times pt",
	"all times pacific", "all times edt", "all times est", "all times pdt", "all times gmt", "all times bst",
	"alle zeiten", "toutes les heures", "todas las horas", "horário local", "ora locale",
}

// OlderPageLinks and NewerPageLinks are the texts (or labels) of links
// to the adjoining pages of a paginated live blog, which runs newest
// first: "older posts" leads back in time. They are compared whole, once
// arrows and punctuation are stripped; "oldest" and "latest" (the ends
// of the blog, not its neighbours) are in neither.
var (
	OlderPageLinks = NewWords(
		"older", "older posts", "older entries", "older updates", "older news",
		"older page", "earlier", "earlier posts", "earlier updates", "earlier entries",
		"show older posts", "load older posts", "see older posts", "previous updates",
		"ältere beiträge", "ältere einträge", "ältere meldungen", "frühere beiträge",
		"plus anciens", "articles plus anciens", "messages plus anciens", "billets plus anciens",
		"post meno recenti", "meno recenti", "aggiornamenti precedenti",
		"más antiguos", "entradas anteriores", "entradas antiguas",
		"starsze wpisy", "starsze", "eerdere berichten", "oudere berichten",
	)
	NewerPageLinks = NewWords(
		"newer", "newer posts", "newer entries", "newer updates", "newer news",
		"newer page", "later posts", "later updates", "show newer posts", "load newer posts",
		"neuere beiträge", "neuere einträge", "neuere meldungen",
		"plus récents", "articles plus récents", "messages plus récents", "billets plus récents",
		"post più recenti", "più recenti",
		"más recientes", "entradas recientes", "entradas más recientes",
		"nowsze wpisy", "nowsze", "nieuwere berichten", "recentere berichten",
	)
)

// NextPageLinks and PreviousPageLinks are the texts of a pager's "next"
// and "previous" links. On a newest-first blog "next" leads to older
// posts; they count only inside a pager (a nav, an element whose class
// or id names pagination, AMP's <div pagination>).
var (
	NextPageLinks     = NewWords("next", "next page", "weiter", "nächste seite", "suivant", "page suivante", "successivo", "pagina successiva", "siguiente", "página siguiente", "następna", "volgende")
	PreviousPageLinks = NewWords("previous", "prev", "previous page", "zurück", "vorherige seite", "précédent", "page précédente", "precedente", "pagina precedente", "anterior", "página anterior", "poprzednia", "vorige")
)

// PagerParts, in a class or id value, mark an element holding a pager.
var PagerParts = NewWords("pagination", "pager", "paging", "paginator", "pagenav", "pages")
