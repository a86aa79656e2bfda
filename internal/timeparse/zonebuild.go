package timeparse

import (
	"strings"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// addZones records the zones every language reads.
func (t *table) addZones(zones []lexicon.Zone) {
	for _, z := range zones {
		def := zoneDef{name: z.Name, off: z.Offset, iana: z.IANA, dst: z.DST, utc: z.UTC, monthFirst: z.MonthFirst}
		switch z.Rule {
		case "us":
			def.rule = ruleUS
		case "eu":
			def.rule = ruleEU
		}
		t.zones = append(t.zones, def)
		for _, w := range strings.Fields(z.Words) {
			wi := t.use(w, t.all)
			if wi.zone != 0 {
				panic("timeparse: zone table: duplicate word " + w)
			}
			wi.zone = uint16(len(t.zones))
		}
	}
}

// addLocalZones records a language's own zone words ("tsi", "北京时间",
// "مكة المكرمة"): the IANA zone they name, read in every language like
// every zone. A word the zone table already has keeps its meaning.
func (t *table) addLocalZones(zones map[string]string, l langSet) {
	for w, iana := range zones {
		words := splitWords(w)
		if len(words) == 0 {
			continue
		}
		if len(words) == 1 {
			if id, ok := t.index[fold(words[0])]; ok && t.words[id].zone != 0 {
				continue
			}
		}
		idx := -1
		for i := range t.zones {
			if t.zones[i].local && t.zones[i].iana == iana {
				idx = i
			}
		}
		if idx < 0 {
			t.zones = append(t.zones, zoneDef{name: strings.ToUpper(w), iana: iana, local: true})
			idx = len(t.zones) - 1
		}
		if len(words) == 1 {
			t.use(words[0], t.all|l).zone = uint16(idx + 1)
			continue
		}
		t.addPhrase(words, phrase{kind: phZone, val: int16(idx), langs: t.all})
	}
}

// zoneIdx returns the index of the zone named name; it panics on a name
// missing from the zones, at initialisation.
func (t *table) zoneIdx(name string) int {
	for i, z := range t.zones {
		if z.name == name {
			return i
		}
	}
	panic("timeparse: no zone " + name)
}
