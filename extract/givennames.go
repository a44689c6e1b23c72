package extract

import (
	"strings"

	"github.com/mentions/mentions/extract/internal/givennames"
	"github.com/mentions/mentions/pipeline"
)

// givenNamePersons makes a person of a two-word name typed a place or an
// organisation whose first word is a given name and whose second is a
// capitalised word that is no common word and no institution's or place's
// head: the recogniser misspells surnames ("Leonard Barr" for Bernard
// Baars, "Violeta Para"), and a model that has not seen the surname goes
// by the shape. "Victoria Falls", "Alice Springs" (common words), "Mary
// University" (a head), "Alexandra Palace" (a site) and places the
// gazetteer holds stay as they are. A given name alone that the model
// read as an organisation is a person too (givenNameAlone).
func (x *Model) givenNamePersons(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		if sp.Type == pipeline.Person {
			continue
		}
		name := sentences[sp.Sentence][sp.Start:sp.End]
		if sp.Type == pipeline.Org && x.givenNameAlone(sentences[sp.Sentence], sp.Start, name) {
			spans[k].Type = pipeline.Person // "as Imogen [Foulkes] in Geneva told me"
			continue
		}
		first, last, ok := strings.Cut(name, " ")
		if !ok || strings.Contains(last, " ") || givennames.Lookup(first) == givennames.Unknown ||
			!allCapitalised([]string{first, last}) || strings.ToUpper(first) == first || strings.ToUpper(last) == last {
			continue
		}
		lw := lowerWord(last)
		if common[lw] || orgHeads[lw] || placeHeads[lw] || forHeads[lw] || siteHeads[lw] || x.m.InGazetteer(name) || x.m.InGazetteer(last) ||
			isKnownOrg(name) || isKnownOrg(last) || products[name] {
			continue
		}
		spans[k].Type = pipeline.Person
	}
	return spans
}

// givenNameAlone reports whether name, which starts at byte start of s,
// is a given name alone that the model took for an organisation: not a
// place the gazetteer holds ("Chelsea", the club as often), a listed
// organisation or product, nor a party to a case ("Roe v Wade").
func (x *Model) givenNameAlone(s string, start int, name string) bool {
	if strings.Contains(name, " ") || givennames.Lookup(name) == givennames.Unknown || strings.ToUpper(name) == name ||
		x.m.InGazetteer(name) || isKnownOrg(name) || products[name] {
		return false
	}
	before := strings.TrimSuffix(s[:start], " ")
	return !strings.HasSuffix(before, " v") && !strings.HasSuffix(before, " v.") && !strings.HasSuffix(before, " vs") && !strings.HasSuffix(before, " vs.")
}

// siteHeads end the names of buildings, sites and events named after
// someone ("Alexandra Palace", "Sydney Zoo", "Sophie Stadium"); surnames
// that are common nouns of other kinds ("Rob Cross", "Scott Mills") are
// left to be names.
var siteHeads = wordSet("zoo", "aquarium", "garden", "gardens", "library", "stadium", "arena", "bridge", "city",
	"town", "township", "village", "street", "strasse", "road", "avenue", "field", "palace", "house", "hall",
	"theatre", "theater", "hotel", "church", "cathedral", "mosque", "temple", "synagogue", "station", "port",
	"crossing", "dam", "base", "camp", "prison", "market", "mall", "shoal", "reef", "diner", "studio", "revolution",
	"cup", "awards", "festival", "prize", "trophy", "open", "games", "line", "building", "centre", "center")
