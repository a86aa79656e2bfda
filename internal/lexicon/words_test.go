package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWordsHasFoldsCase(t *testing.T) {
	t.Parallel()
	w := NewWords("share", "pubblicità", "реклама")
	for _, s := range []string{"share", "SHARE", "Share", "PUBBLICITÀ", "Pubblicità", "РЕКЛАМА"} {
		assert.True(t, w.Has(s), s)
	}
	for _, s := range []string{"", "shar", "shares", "share ", strings.Repeat("share", 20), "PUBBLICITA"} {
		assert.False(t, w.Has(s), s)
	}
	assert.False(t, Words{}.Has("share"), "the zero value is empty")
}

func TestPrefixesOfFoldsCase(t *testing.T) {
	t.Parallel()
	p := Prefixes{"read more:", "читайте также:", "à lire aussi:"}
	tests := map[string]string{
		"Read more: the story so far": "read more:",
		"READ MORE: x":                "read more:",
		"Читайте также: другое":       "читайте также:",
		"À LIRE AUSSI: la suite":      "à lire aussi:",
		"Read mor":                    "",
		"Reading more: not a teaser":  "",
		"":                            "",
		"Readers say more: no teaser": "",
	}
	for in, want := range tests {
		assert.Equal(t, want, p.Of(in), in)
	}
}

func TestHasAndOfDoNotAllocate(t *testing.T) {
	w := NewWords("share", "continue reading")
	p := Prefixes{"read more:", "lesen sie auch:"}
	allocs := testing.AllocsPerRun(100, func() {
		_ = w.Has("Continue Reading")
		_ = p.Of("Lesen Sie auch: ein längerer Absatz, der weitergeht")
	})
	assert.Zero(t, allocs)
}

func TestPhrasesIn(t *testing.T) {
	p := NewPhrases("all rights reserved", "все права защищены")
	assert.True(t, p.In("Copyright 2024 Example. ALL RIGHTS RESERVED."))
	assert.True(t, p.In("© Пример. Все права защищены"))
	assert.False(t, p.In("all rights reserve"))
	assert.False(t, p.In(""))
	assert.Zero(t, testing.AllocsPerRun(50, func() { _ = p.In("Nothing Of The Sort Here, At Some Length") }))
}

func TestSaysLive(t *testing.T) {
	for _, s := range []string{
		"Russia-Ukraine war live: talks resume",
		"DIREKTE: Valgvake i fylket",
		"JUST NU: Snöstorm stänger vägar",
		"CANLI | Seçim sonuçları",
		"【速報中】台風5号 東海地方に接近",
		"台风登陆 图文直播",
		"Lokalvalg 2023 – DIREKTE: Valgvake",
		"تغطية مباشرة | أمطار غزيرة",
		"Eleições: acompanhe ao minuto",
		"Паводок на реке: прямой эфир",
		"Негода в області: наживо",
	} {
		assert.True(t, SaysLive(s), "%q", s)
	}
	for _, s := range []string{
		"Oliver Twist at the Old Vic",
		"How to deliver a speech",
		"Livestock prices rise",
		"Just a number",
		"Direkte Demokratie: So lief der Bürgerentscheid",
		"人気バンドが東京でライブ開催",
		"ينتقل مباشرة إلى النهائي",
		"速報値が発表された",                     // a preliminary figure, not "reporting live"
		"Прямая речь: интервью с мэром", // "direct speech"
		"",
	} {
		assert.False(t, SaysLive(s), "%q", s)
	}
}

func TestHasPart(t *testing.T) {
	w := NewWords("share", "ad", "readmore")
	for _, v := range []string{"share-buttons", "post ad_slot", "shareArticle", "socialShare", "readMore", "articleAdSlot"} {
		assert.True(t, w.HasPart(v), "%q", v)
	}
	for _, v := range []string{"shares", "headline", "shareholder-news", "SHAREPOINT", "iPad", "readMoreLink"} {
		assert.False(t, w.HasPart(v), "%q", v)
	}
}

func TestReadMoreLead(t *testing.T) {
	for _, s := range []string{
		"Also Read | What the new regime means",
		"ALSO READ: Gold prices fall",
		"Lire aussi Le budget en cinq chiffres",
		"À lire aussi – Les écoles fermées",
		"Czytaj także » Nowe przepisy",
		"Читайте также: Новые правила",
	} {
		assert.True(t, ReadMoreLead(s), "%q", s)
	}
	for _, s := range []string{
		"Also read the committee's report before voting.",
		"Lire aussi les témoignages des habitants, c'est comprendre",
		"Read more",
		"Alsoread | x",
		"",
	} {
		assert.False(t, ReadMoreLead(s), "%q", s)
	}
}
