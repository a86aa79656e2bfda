package lexicon

// The word lists the plain-text reader (internal/textread, behind the
// root package's "text" extractor) reads copied pages with. Every entry is lower-case; the
// reader compares case-folded. A list names page furniture by what it
// says, never by one site's wording: each word here is printed by many
// sites in its language.

// TextCommentMarkers are lines that open a page's comment section in
// copied text. Once the live stream has begun, nothing after such a line
// is an entry; a "Comments" button above the stream is not one.
var TextCommentMarkers = []string{
	"to participate in the discussion", "log in or register",
	"comments", "add a comment", "leave a comment", "show comments",
	"view comments", "read comments", "join the discussion",
	"kommentare", "kommentar schreiben",
	"commenti", "leggi i commenti", "i commenti dei lettori",
	"commentaires", "comentarios", "comentários", "komentarze",
	"комментарии", "reacties", "kommentarer", "kommentit", "yorumlar",
	"komentáře", "comentaris",
}

// TextChrome are whole lines of page furniture that are never entry
// text: feed controls, share buttons, advertising labels.
var TextChrome = []string{
	"table of contents", "new first", "old first", "new firstold first",
	"newest first", "oldest first", "latest first", "newest", "oldest",
	"newestnewest", "oldestoldest", "previous", "next",
	"load more", "show more", "show latest", "see more", "read more",
	"load more posts", "show more posts", "load more articles", "more articles",
	// "Load more" and "Show more" in the lexicon's other languages.
	"mehr laden", "mehr anzeigen", "weitere beiträge laden", "weitere artikel laden",
	"carica altri", "carica altro", "carica altri articoli", "mostra altri", "mostra altro",
	"charger plus", "afficher plus", "voir plus", "cargar más", "ver más", "mostrar más",
	"carregar mais", "ver mais", "meer laden", "toon meer", "laad meer",
	"pokaż więcej", "załaduj więcej", "показать ещё", "показать еще", "загрузить ещё",
	"visa fler", "visa mer", "vis flere", "vis mere", "načíst další", "zobrazit další",
	"daha fazla göster", "daha fazla yükle",
	"live", "live updates", "refresh", "back to top", "copy link",
	"share", "share link", "share this", "share this post",
	"share on facebook", "share on twitter", "share on x", "share on whatsapp",
	"share this article", "deel dit artikel", "partager cet article", "artikel teilen",
	"condividi l'articolo", "compartir artículo", "compartilhe", "del artikeln", "del artiklen",
	"share via email", "share by email",
	// "Share" in the lexicon's other languages.
	"partager", "teilen", "condividi", "compartir", "compartilhar", "delen",
	"udostępnij", "поделиться", "dela", "del", "jaa", "paylaş", "sdílet",
	"distribuie", "megosztás", "zdieľať", "podijeli", "поділитися", "κοινοποίηση",
	"bagikan", "chia sẻ", "シェア", "分享", "공유", "مشاركة", "שתף",
	// "Copy link" in the lexicon's other languages.
	"link kopieren", "copier le lien", "copia link", "copia il link", "copiar enlace",
	"copiar link", "link kopiëren", "kopieer link", "kopiuj link", "kopiera länk",
	"kopier lenke", "kopier link", "kopioi linkki", "linki kopyala", "копировать ссылку",
	"tweet", "tweeter", "twittern", "twittear", "mail",
	"facebook", "twitter", "whatsapp", "reddit", "linkedin", "telegram",
	"pinterest", "e-mail", "email", "print", "x",
	"advertisement", "advertising", "sponsored", "anzeige", "werbung",
	"pubblicità", "publicité", "publicidad", "reklama", "реклама",
	"publicitate", "διαφήμιση", "hirdetés", "iklan", "โฆษณา", "publicitat",
	"বিজ্ঞাপন", "विज्ञापन", "تبلیغات", "reklam", "annonse", "annonce",
	"image:", "photo:", "video", "video loading", "bild", "foto",
	"(", ")", "|", ">", "<",
}

// TimeRangeJoiners stand between the two times of a range ("10:00 am -
// 11:00 am", "14.00 bis 15.30 Uhr", "de 10h à 12h"): the times of a
// programme or a timetable, never of a live blog's entry.
var TimeRangeJoiners = []string{"-", "–", "—", "~", "〜", "～", "to", "until", "till", "bis", "à", "a", "al", "tot", "do", "til"}

// TextUpdatedWords mark a printed time as the page's (or an entry's)
// last edit, not as an entry of its own: "Updated at 12.08", "updated"
// on the line above an epoch, "Aggiornato alle 16:58".
var TextUpdatedWords = []string{
	"updated", "last updated", "update", "aktualisiert", "zuletzt aktualisiert",
	"aggiornato", "aggiornato alle", "ultimo aggiornamento",
	"mis à jour", "mise à jour", "actualizado", "actualización",
	"atualizado", "atualização", "обновлено", "zaktualizowano", "aktualizacja",
	"bijgewerkt", "uppdaterad", "opdateret", "oppdatert",
}

// TextPublishedWords mark a printed time as when the page was first
// published: page furniture that dates the page, not an entry.
var TextPublishedWords = []string{
	"first published", "published", "posted", "veröffentlicht",
	"erstellt", "pubblicato", "publié", "publicado", "опубликовано",
	"opublikowano", "gepubliceerd", "publicerad",
}

// TextBylinePrefixes open an author line: "By Jane Doe", "Von Max
// Muster", "di Mario Rossi".
var TextBylinePrefixes = []string{
	"by", "von", "di", "de", "par", "por", "door", "av", "af", "od", "автор",
	"written by", "reported by", "text:", "autor:", "autore:",
}

// TextNameParticles are the lower-case words a person's name may hold
// between its capitalised ones ("Ursula von der Leyen", "Ana de la
// Cruz").
var TextNameParticles = []string{
	"von", "van", "der", "den", "de", "del", "della", "di", "da", "la", "le",
	"du", "dos", "das", "bin", "ibn", "al", "el", "ter", "ten", "y",
}

// TextLiveWords are the words a live blog's headline carries in the
// languages read ("Russia-Ukraine war live: …", "Nahost-Ticker: …"),
// compared word by word; a word here also matches as the last part of
// a hyphenated word ("Nahost-Ticker").
var TextLiveWords = []string{
	"live", "liveblog", "live-blog", "ticker", "liveticker", "newsticker",
	"highlights", "diretta", "direct", "directo", "direto", "vivo", "żywo", "онлайн", "трансляция",
	"minuto", "relacja",
}

// TextAsides are words that, printed alone before a stamp or a
// headline, label a list of links rather than entries: "Key events",
// "Punti chiave", "Das Wichtigste".
var TextAsides = []string{
	"key events", "punti chiave", "das wichtigste", "l'essentiel",
	"lo más importante", "most viewed", "most popular", "most read",
	"recommended", "related", "more on this story", "top stories",
	"read more", "you might also like", "das könnte sie auch interessieren",
	// "Read also" and "related articles" in the lexicon's languages.
	"read also", "see also", "also read", "related articles", "related stories",
	"more on this topic", "leggi anche", "lire aussi", "à lire aussi",
	"à lire également", "lee también", "lea también", "leia também",
	"veja também", "lesen sie auch", "mehr zum thema", "lees ook",
	"czytaj też", "czytaj także", "читайте также", "читайте також",
	"přečtěte si také", "další články", "prečítajte si aj", "ďalšie články", "läs också", "læs også",
	"les også", "lue myös", "ilgili haberler", "citește și", "baca juga",
	"xem thêm", "διαβάστε επίσης", "pročitajte i", "прочетете още",
	// "Most read" and "Latest news" over a list of the site's stories.
	"meistgelesen", "più letti", "i più letti", "les plus lus", "lo más leído",
	"lo más visto", "meest gelezen", "najczęściej czytane", "mest läst", "mest lest",
	"mest læste", "luetuimmat", "en çok okunanlar", "nejčtenější",
	"latest news", "latest stories", "more news", "neueste artikel", "ultime notizie",
	"dernières infos", "dernières actualités", "últimas noticias", "laatste nieuws",
	"ostatnie wiadomości", "senaste nytt", "siste nytt", "seneste nyt", "uusimmat",
	"sur le même sujet", "sullo stesso argomento", "sobre el mismo tema", "sobre o mesmo tema",
	"potrebbe interessarti", "potrebbe interessarti anche", "vous aimerez aussi",
	"te puede interesar", "também pode gostar", "das könnte dich auch interessieren",
	"関連記事", "関連ニュース", "相关新闻", "相关阅读", "相關新聞", "관련 기사",
	"관련기사", "اقرأ أيضا", "קראו עוד", "और पढ़ें",
}

// TextListMarkers are the characters text browsers print before a list
// item ("*" and "+" in lynx, "•" and "□" in w3m, "◦" for nested lists).
var TextListMarkers = []string{"*", "+", "•", "◦", "▪", "·", "‣", "□"}

// TextImageMarks are the characters a text browser prints in place of a
// small image with empty alt text (w3m prints "●" for an avatar or an
// icon): removed from the start of a line, which stays no list item.
var TextImageMarks = []string{"●"}

// TextBrowserLines are the starts of lines a text browser prints for
// page machinery, not text ("IFRAME: https://…" in lynx).
var TextBrowserLines = []string{"IFRAME:", "FRAME:"}

// TextLinkListHeadings are the headings under which a text browser lists
// the addresses of a page's links after its text (lynx -dump without
// -nolist prints "References", then "1. https://…" a line).
var TextLinkListHeadings = []string{"References", "Visible links", "Visible links:", "Hidden links:"}

// TextBrowserMarkers are the placeholders text browsers print for
// controls and images, removed from a line wherever they stand.
var TextBrowserMarkers = []string{
	"(BUTTON)", "[ ]", "[X]", "(*)", "( )", "[image]", "[IMG]", "[INLINE]", "[LINK]",
}
