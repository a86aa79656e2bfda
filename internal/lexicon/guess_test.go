package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGuessLanguage(t *testing.T) {
	t.Parallel()
	tests := []struct{ want, text string }{
		{"fr", "Les bureaux de vote de la préfecture ont fermé à 20h. Les assesseurs commencent à ouvrir les enveloppes dans la salle des fêtes, sous le regard de quelques curieux qui sont restés pour le dépouillement."},
		{"en", "The council has opened the leisure centre for families who have had to leave their homes, and volunteers are handing out blankets. It is the second time this year that the river has burst its banks."},
		{"de", "Die Polizei hat die Straße in beiden Richtungen gesperrt, nachdem ein Lastwagen auf die Brücke gefahren ist. Auch der Busverkehr wird umgeleitet, teilte die Stadt mit, und es ist nicht klar, wann die Sperre endet."},
		{"es", "El ayuntamiento ha abierto el polideportivo para las familias que han tenido que dejar sus casas, y los voluntarios reparten mantas. Es la segunda vez este año que el río se desborda por la lluvia."},
		{"it", "Il sindaco ha aperto la palestra della scuola per le famiglie che hanno dovuto lasciare le loro case, e i volontari distribuiscono coperte. Non è la prima volta che il fiume esce dagli argini con la pioggia."},
		{"ru", "Власти открыли спортивный центр для семей, которые были вынуждены покинуть свои дома, и волонтёры раздают одеяла. Это уже второй раз за год, когда река выходит из берегов, и в городе не хватает мест."},
		{"ja", "市は川の氾濫を受けて、体育館を避難所として開放しました。ボランティアが毛布を配っています。"},
		{"ko", "시는 강이 범람하자 체육관을 대피소로 열었습니다. 자원봉사자들이 담요를 나눠주고 있습니다."},
		{"zh", "市政府因河水泛滥开放体育馆作为避难所，志愿者正在分发毛毯。"},
		{"el", "Ο δήμος άνοιξε το γυμναστήριο για τις οικογένειες που έπρεπε να φύγουν από τα σπίτια τους."},
		{"", "Storm update 14:05"},                  // too little to tell
		{"", strings.Repeat("og det er ikke ", 10)}, // Danish or Norwegian: no clear lead
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, GuessLanguage(tt.text), "%.40q", tt.text)
	}
}

func TestStopWordsAreLowerCaseAndKnownTags(t *testing.T) {
	t.Parallel()
	known := map[string]bool{}
	for _, l := range Time() {
		known[l.Tag] = true
	}
	for tag, words := range StopWords {
		assert.True(t, known[tag], "%s is a lexicon language", tag)
		for _, w := range words {
			assert.Equal(t, strings.ToLower(w), w, "%s: %q", tag, w)
		}
	}
	assert.LessOrEqual(t, len(StopWords), 64, "the index keeps languages as bits of a uint64")
}
