package lexicon

import (
	"maps"
	"slices"
	"unicode"
	"unicode/utf8"
)

// StopWords are the commonest words of running text in each language
// whose script it shares with others: what GuessLanguage counts. The
// languages with a script of their own are told by it (see scripts).
var StopWords = map[string][]string{
	"en":      {"the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "are", "has", "have", "from", "this", "said", "at", "by", "it"},
	"de":      {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "ein", "eine", "dem", "auch", "für", "wurde", "im", "nach"},
	"fr":      {"le", "la", "les", "des", "et", "est", "dans", "une", "du", "pour", "que", "qui", "sur", "pas", "au", "avec", "sont", "ont", "été", "ce"},
	"es":      {"el", "los", "las", "de", "que", "y", "en", "del", "una", "por", "con", "para", "es", "se", "al", "como", "más", "fue", "su", "ha"},
	"it":      {"il", "della", "che", "di", "e", "la", "le", "del", "per", "una", "sono", "con", "non", "dei", "nel", "alla", "gli", "è", "ha", "anche"},
	"pt":      {"o", "os", "as", "da", "do", "que", "e", "em", "uma", "para", "com", "não", "dos", "das", "no", "na", "foi", "ao", "se", "é"},
	"nl":      {"de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "met", "zijn", "voor", "er", "ook", "aan", "bij", "wordt", "heeft", "naar"},
	"ca":      {"el", "la", "els", "les", "de", "i", "que", "a", "en", "del", "per", "amb", "una", "no", "es", "al", "són", "va", "ha", "més"},
	"ro":      {"și", "de", "în", "la", "cu", "pe", "nu", "care", "este", "o", "a", "din", "pentru", "sunt", "mai", "au", "fost", "că", "se", "un"},
	"pl":      {"i", "w", "na", "się", "z", "nie", "do", "że", "jest", "to", "o", "jak", "po", "przez", "od", "za", "są", "oraz", "czy", "już"},
	"cs":      {"a", "se", "na", "je", "v", "že", "to", "s", "z", "do", "o", "jsou", "by", "jako", "ale", "pro", "také", "který", "byl", "už"},
	"sk":      {"a", "sa", "na", "je", "v", "že", "to", "s", "z", "do", "o", "sú", "by", "ako", "ale", "pre", "aj", "ktorý", "bol", "už"},
	"hr":      {"i", "je", "u", "na", "da", "se", "su", "za", "od", "s", "ne", "koji", "kao", "iz", "će", "bio", "što", "ali", "o", "to"},
	"sr-Latn": {"i", "je", "u", "na", "da", "se", "su", "za", "od", "sa", "ne", "koji", "kao", "iz", "će", "bio", "što", "ali", "o", "to"},
	"hu":      {"a", "az", "és", "hogy", "nem", "is", "egy", "van", "meg", "már", "de", "volt", "ki", "el", "csak", "mint", "ez", "még", "pedig", "után"},
	"sv":      {"och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "inte", "om", "ett", "var", "de", "men", "från"},
	"da":      {"og", "at", "det", "som", "en", "på", "er", "af", "for", "med", "til", "den", "har", "ikke", "om", "et", "var", "de", "men", "fra"},
	"nb":      {"og", "at", "det", "som", "en", "på", "er", "av", "for", "med", "til", "den", "har", "ikke", "om", "et", "var", "de", "men", "fra"},
	"fi":      {"ja", "on", "ei", "että", "se", "oli", "hän", "myös", "ovat", "kun", "mutta", "tai", "niin", "joka", "sen", "kuin", "jo", "vain", "nyt", "mukaan"},
	"tr":      {"ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "ama", "sonra", "olan", "en", "kadar", "değil", "her", "ise", "ki"},
	"id":      {"dan", "yang", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada", "juga", "ke", "ada", "adalah", "oleh", "dalam", "telah", "karena", "sudah"},
	"vi":      {"và", "của", "là", "có", "được", "trong", "cho", "với", "không", "này", "các", "những", "một", "người", "đã", "khi", "để", "từ", "đến", "tại"},
	"ru":      {"и", "в", "не", "на", "что", "с", "по", "это", "как", "а", "из", "к", "у", "за", "о", "от", "было", "он", "она", "для"},
	"uk":      {"і", "в", "не", "на", "що", "з", "по", "це", "як", "а", "із", "до", "у", "за", "від", "було", "він", "вона", "для", "та"},
	"bg":      {"и", "в", "не", "на", "че", "с", "по", "това", "как", "а", "от", "за", "да", "се", "са", "е", "беше", "той", "тя", "към"},
	"sr":      {"и", "је", "у", "на", "да", "се", "су", "за", "од", "са", "не", "који", "као", "из", "ће", "био", "што", "али", "о", "то"},
}

// scripts are the languages a script alone tells. Japanese is the
// exception: its kana tell it, and its Han characters count with them.
var scripts = []struct {
	tag   string
	table *unicode.RangeTable
}{
	{"ja", unicode.Hiragana}, {"ja", unicode.Katakana}, {"ko", unicode.Hangul},
	{"zh", unicode.Han}, {"th", unicode.Thai}, {"ar", unicode.Arabic},
	{"he", unicode.Hebrew}, {"hi", unicode.Devanagari}, {"bn", unicode.Bengali},
	{"el", unicode.Greek},
}

// stopTags and stopIndex index StopWords: each word, the languages (bits
// of stopTags, in sorted order so that ties break the same way) it is
// common in.
var stopTags, stopIndex = indexStopWords()

func indexStopWords() ([]string, map[string]uint64) {
	tags := slices.Sorted(maps.Keys(StopWords))
	index := make(map[string]uint64)
	for i, tag := range tags {
		for _, w := range StopWords[tag] {
			index[w] |= 1 << i
		}
	}
	return tags, index
}

// maxGuessBytes is how much of a text GuessLanguage reads.
const maxGuessBytes = 16 << 10

// firstScriptRune is below every rune of scripts (Greek is the first):
// Latin letters need no script lookup.
const firstScriptRune = 0x370

// GuessLanguage returns the language of running text as a tag of
// StopWords or scripts ("fr", "ja"), or "" when the text does not say
// clearly: a script only one language writes, when it holds most of the
// letters (Japanese: kana with Han), else the language whose common words
// occur most, at least eight times and a third more often than the
// runner-up's. It reads the first 16 KB. It is for text that declares no
// language, such as a page copied from a browser: a hint for reading its
// stamps ("14h" is a clock in French).
func GuessLanguage(text string) string {
	if len(text) > maxGuessBytes {
		text = text[:maxGuessBytes]
	}
	var inScript [len(scriptTags)]int
	letters := 0
	counts := make([]int, len(stopTags))
	var buf [32]byte
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		start := i
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			letters++
			if r >= firstScriptRune {
				for _, s := range scripts {
					if unicode.Is(s.table, r) {
						inScript[slices.Index(scriptTags[:], s.tag)]++
						break
					}
				}
			}
			i += size
		}
		countStopWord(text[start:i], buf[:0], counts)
	}
	for k, tag := range scriptTags {
		n := inScript[k]
		if tag == "ja" && n > 0 {
			n += inScript[slices.Index(scriptTags[:], "zh")]
		}
		if n > 0 && 2*n > letters {
			return tag
		}
	}
	return topLanguage(counts)
}

// scriptTags are the distinct tags of scripts, Japanese before Chinese.
var scriptTags = [...]string{"ja", "ko", "zh", "th", "ar", "he", "hi", "bn", "el"}

// countStopWord adds word, lowered into buf, to the counts of the
// languages it is a common word of.
func countStopWord(word string, buf []byte, counts []int) {
	if len(word) > cap(buf) {
		return
	}
	for _, c := range word {
		buf = utf8.AppendRune(buf, unicode.ToLower(c))
	}
	bits := stopIndex[string(buf)]
	for k := range stopTags {
		if bits&(1<<k) != 0 {
			counts[k]++
		}
	}
}

// topLanguage returns the tag with the most counts, when it leads
// clearly (see GuessLanguage), else "".
func topLanguage(counts []int) string {
	best, second := 0, 0
	for k, n := range counts {
		if n > counts[best] {
			best = k
		}
	}
	for k, n := range counts {
		if k != best && n > second {
			second = n
		}
	}
	if counts[best] < 8 || 3*counts[best] < 4*second {
		return ""
	}
	return stopTags[best]
}
