package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/mentions/mentions/extract/internal/givennames"
	"github.com/mentions/mentions/pipeline"
)

// misheardCities retypes as a place a two-word name the model read as a
// person that is a city of the gazetteer or one letter from one in its
// last word ("Khan Yunus", "Khan Unis" for Khan Yunis: the recogniser
// spells the Gaza city a dozen ways, and "Khan" reads as a surname). A given name
// first ("Ali Kahn") or a role before the name keeps the person.
func (x *Model) misheardCities(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		if sp.Type != pipeline.Person {
			continue
		}
		s := sentences[sp.Sentence]
		first, last, ok := strings.Cut(s[sp.Start:sp.End], " ")
		if !ok || strings.Contains(last, " ") || len(last) < 4 || !asciiWord(last) || !allCapitalised([]string{first, last}) ||
			givennames.Lookup(first) != givennames.Unknown || afterRole(s, sp.Start) {
			continue
		}
		if x.m.IsCity(first+" "+last) || x.oneEditCity(first, last) {
			spans[k].Type = pipeline.Place
		}
	}
	return spans
}

// oneEditCity reports whether first followed by a word one letter from
// last (one deleted, inserted or changed) is a city of the gazetteer.
func (x *Model) oneEditCity(first, last string) bool {
	w := []byte(strings.ToLower(last))
	try := func(v []byte) bool { return x.m.IsCity(first + " " + string(v)) }
	buf := make([]byte, 0, len(w)+1)
	for i := 0; i <= len(w); i++ {
		if i < len(w) && try(append(append(buf[:0], w[:i]...), w[i+1:]...)) {
			return true // deleted
		}
		for c := byte('a'); c <= 'z'; c++ {
			if try(append(append(append(buf[:0], w[:i]...), c), w[i:]...)) {
				return true // inserted
			}
			if i < len(w) && c != w[i] && try(append(append(append(buf[:0], w[:i]...), c), w[i+1:]...)) {
				return true // changed
			}
		}
	}
	return false
}

// listedPlaces retypes as a place a one-word "person" listed among places:
// "Burkina Faso, Marley and Niger" (the recogniser's Mali), "Israel, Gaza
// and Ruffa". Both of its neighbours in the list are places, joined to it
// by a comma, "and" or "or" alone; a given name or a famous person stays.
func listedPlaces(sentences []string, spans []pipeline.Span) []pipeline.Span {
	bySentence := map[int][]int{}
	for k, sp := range spans {
		bySentence[sp.Sentence] = append(bySentence[sp.Sentence], k)
	}
	joined := func(s string, a, b pipeline.Span) bool {
		if a.End > b.Start {
			return false // overlapping spans are joined by nothing
		}
		gap := s[a.End:b.Start]
		return gap == ", " || gap == " and " || gap == ", and " || gap == " or " || gap == ", or "
	}
	for i, ks := range bySentence {
		s := sentences[i]
		sort.Slice(ks, func(a, b int) bool { return spans[ks[a]].Start < spans[ks[b]].Start })
		for j := 1; j+1 < len(ks); j++ {
			prev, sp, next := spans[ks[j-1]], spans[ks[j]], spans[ks[j+1]]
			name := s[sp.Start:sp.End]
			if sp.Type != pipeline.Person || prev.Type != pipeline.Place || next.Type != pipeline.Place ||
				strings.Contains(name, " ") || givennames.Lookup(name) != givennames.Unknown || famous[name] ||
				!joined(s, prev, sp) || !joined(s, sp, next) {
				continue
			}
			spans[ks[j]].Type = pipeline.Place
		}
	}
	return spans
}

// placesAfterIn retypes as a place a one-word "person" right after "in" or
// "at" ("in Garza", "in Ruffa", "here in Corrigo": the recogniser's Gaza,
// Rafah and Korhogo, which the model, never having seen them, reads as
// people). A given name, a famous person, the surname of someone the
// document names in full ("in Trump's", "at Trump" after "Donald Trump"),
// a possessive, "believe in" and a language ("in Punjabi", shaped like a
// demonym: isDemonym) keep the person (the last is no mention at all).
func (x *Model) placesAfterIn(sentences []string, spans []pipeline.Span) []pipeline.Span {
	surnames := surnamesOf(sentences, spans)
	for k, sp := range spans {
		s := sentences[sp.Sentence]
		name := s[sp.Start:sp.End]
		if sp.Type != pipeline.Person || strings.ContainsAny(name, " '’") || givennames.Lookup(name) != givennames.Unknown ||
			famous[name] || surnames[name] || x.m.IsDemonym(name) || isDemonym(name) || capitalAfter(s, sp.End) || strings.HasPrefix(s[sp.End:], "'") || strings.HasPrefix(s[sp.End:], "’") {
			continue
		}
		before := s[:sp.Start]
		if !(strings.HasSuffix(before, " in ") || strings.HasSuffix(before, " at ")) || strings.HasSuffix(before, "believe in ") {
			continue
		}
		spans[k].Type = pipeline.Place
	}
	return spans
}

// saintsLandmarks are the places named for a saint in the possessive.
var saintsLandmarks = wordSet("Square", "Basilica", "Cathedral", "Church", "Chapel", "Abbey", "Hospital",
	"College", "Park", "Bay", "Island", "School", "Bridge")

// saintsPlaces makes a place of a saint's landmark that the model cut at
// the possessive ("St Peter" of "St Peter's Square", typed a person):
// the span runs from "St", "St." or "Saint" to the landmark noun.
func saintsPlaces(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		s := sentences[sp.Sentence]
		after := sp.End // where the landmark noun starts
		switch {
		case strings.HasPrefix(s[sp.End:], "'s "):
			after += len("'s ")
		case strings.HasPrefix(s[sp.End:], "’s "):
			after += len("’s ")
		default:
			continue
		}
		w := s[after:]
		if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			w = w[:i]
		}
		if !saintsLandmarks[w] {
			continue
		}
		start := sp.Start
		name := s[sp.Start:sp.End]
		if !(strings.HasPrefix(name, "St ") || strings.HasPrefix(name, "St. ") || strings.HasPrefix(name, "Saint ")) {
			before := s[:sp.Start]
			switch {
			case strings.HasSuffix(before, "St "):
				start -= len("St ")
			case strings.HasSuffix(before, "St. "):
				start -= len("St. ")
			case strings.HasSuffix(before, "Saint "):
				start -= len("Saint ")
			default:
				continue
			}
		}
		spans[k].Start = start
		spans[k].End = after + len(w)
		spans[k].Type = pipeline.Place
	}
	return spans
}

// orgFollowers after a city make it a body's modifier ("Surrey police",
// "Liverpool supporters"), not the place.
var orgFollowers = wordSet("police", "council", "university", "fans", "supporters", "players", "manager",
	"club", "team", "squad", "city", "county", "airport", "station", "hospital", "court", "football", "united")

// settlementWords before "of" name a place ("the city of Marseille").
var settlementWords = wordSet("city", "town", "village", "port", "capital", "province", "region", "state", "district")

// orgCitiesAfterIn retypes as a place a one-word "organisation" that is a
// city of the gazetteer right after "in", "from", "near" or "outside"
// ("Rob Watson in Liverpool", "a report from Liverpool"): a model that
// learnt football results reads English cities as their clubs. A
// capitalised word or a body's noun after it keeps the organisation
// ("from Surrey police"); "to" and "at" are left alone ("goodbye to
// Liverpool", "played at Tottenham").
func (x *Model) orgCitiesAfterIn(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		s := sentences[sp.Sentence]
		name := s[sp.Start:sp.End]
		if sp.Type != pipeline.Org || strings.Contains(name, " ") || !x.m.IsCity(name) || isKnownOrg(name) ||
			capitalAfter(s, sp.End) || orgFollowers[wordAfter(s, sp.End)] {
			continue
		}
		if prev := wordsBefore(s, sp.Start, 1); len(prev) == 1 && (prev[0] == "in" || prev[0] == "from" || prev[0] == "near" || prev[0] == "outside") {
			spans[k].Type = pipeline.Place
		} else if prev := wordsBefore(s, sp.Start, 2); len(prev) == 2 && prev[0] == "of" && settlementWords[prev[1]] {
			spans[k].Type = pipeline.Place // "the city of Marseille"
		}
	}
	return spans
}

// compassWords open a description of part of a place, not its name:
// "Southern Lebanon", "Northeastern Ukraine".
var compassWords = wordSet("Northern", "Southern", "Eastern", "Western", "Northeastern", "Northwestern",
	"Southeastern", "Southwestern", "Central")

// continents and the like after a compass word make a region's name
// ("Eastern Europe", "Central Asia", "Northern Africa", "Central
// America"), which the gold sets keep whole.
var continents = wordSet("Europe", "Asia", "Africa", "America", "Americas", "Australia", "Hemisphere",
	"Mediterranean", "Pacific", "Atlantic", "Arctic", "Antarctica")

// compassPlaces trims a capitalised compass adjective from a place that
// the gazetteer does not hold whole when what follows is a country, a
// city or a region it holds: "Southern Lebanon" → Lebanon, "Western
// Canada" → Canada, as the annotators of every gold set wrote them
// (they write "northern Gaza" → Gaza already). "Northern Ireland",
// "Western Australia", "Western Cape" are names of their own.
func (x *Model) compassPlaces(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		s := sentences[sp.Sentence]
		name := s[sp.Start:sp.End]
		sp1 := strings.IndexByte(name, ' ')
		if sp.Type != pipeline.Place || sp1 < 0 || !compassWords[name[:sp1]] {
			continue
		}
		rest := withoutPossessive(name[sp1+1:])
		if first, _, _ := strings.Cut(rest, " "); continents[first] || x.m.IsPlace(withoutPossessive(name)) {
			continue
		}
		if x.m.IsCountry(rest) || x.m.IsPlace(rest) && unknownWord(strings.ToLower(rest)) {
			spans[k].Start += sp1 + 1 // (a place that is a word, "Western Union", is no place)
		}
	}
	return spans
}

// featureNouns written in lower case after a name make one place with it:
// "Adirondack mountains", "Okanagan valley", "George Washington bridge",
// "Atacama desert", as the gold sets write them. (Descriptive "coast",
// "sea", "bay" and "island" are left out: "Ecuador's Pacific coast", "a
// Caribbean island"; so is a noun after "a": "a New York lake".)
var featureNouns = wordSet("mountains", "mountain", "valley", "river", "bridge", "lake", "desert", "strip",
	"canal", "peninsula", "strait", "forest", "square", "glacier")

// geoSuffixes extends a span by the lower-case geographic noun right after
// it, and makes it a place (see featureNouns).
func geoSuffixes(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		s := sentences[sp.Sentence]
		name := s[sp.Start:sp.End]
		if sp.End+1 >= len(s) || s[sp.End] != ' ' || strings.HasSuffix(name, "s'") || name != withoutPossessive(name) {
			continue
		}
		e := sp.End + 1
		for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
			e++
		}
		if e < len(s) && (isLetter(s[e]) || s[e] == '-' || s[e] == '\'') || !featureNouns[s[sp.End+1:e]] {
			continue
		}
		if prev := wordsBefore(s, sp.Start, 2); len(prev) > 0 && (prev[0] == "a" || prev[0] == "an") || len(prev) > 1 && (prev[1] == "a" || prev[1] == "an") {
			continue
		}
		spans[k].End, spans[k].Type = e, pipeline.Place
	}
	return spans
}

// bodyHeads end the name of a government body.
var bodyHeads = wordSet("Department", "Office", "Court", "Service", "Guard", "Ministry", "Agency", "Commission",
	"Council", "Administration", "Bureau", "Committee", "Representatives", "Reserve")

// countryBodies splits a country from the government body its name
// modifies: "US Justice Department" → US (a place, as "the US President"
// gives it) and Justice Department, "UK Home Office" → UK and Home
// Office, as the gold sets write them. A body of one word stays whole
// ("US Army"), and so do forces named with their country ("Israel
// Defense Forces").
func (x *Model) countryBodies(sentences []string, spans []pipeline.Span) []pipeline.Span {
	return splitSpans(spans, func(sp pipeline.Span) (pipeline.Span, pipeline.Span, bool) {
		first, ok := x.countryBody(sentences[sp.Sentence], sp)
		if !ok {
			return sp, sp, false
		}
		cut := sp.Start + len(first)
		return pipeline.Span{Sentence: sp.Sentence, Start: sp.Start, End: cut, Type: pipeline.Place},
			pipeline.Span{Sentence: sp.Sentence, Start: cut + 1, End: sp.End, Type: pipeline.Org, Known: sp.Known}, true
	})
}

// splitSpans replaces each span that split divides by the two spans it
// returns. It copies the spans only when one splits: most documents have
// none.
func splitSpans(spans []pipeline.Span, split func(pipeline.Span) (pipeline.Span, pipeline.Span, bool)) []pipeline.Span {
	var out []pipeline.Span
	for k, sp := range spans {
		first, second, ok := split(sp)
		if !ok {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]pipeline.Span, 0, len(spans)+1), spans[:k]...)
		}
		out = append(out, first, second)
	}
	if out == nil {
		return spans
	}
	return out
}

// countryBody reports whether sp is a country and a government body of
// two words or more (see countryBodies), and returns the country.
func (x *Model) countryBody(s string, sp pipeline.Span) (string, bool) {
	first, rest, ok := strings.Cut(s[sp.Start:sp.End], " ")
	if sp.Type != pipeline.Org || !ok {
		return "", false
	}
	words := strings.Fields(withoutPossessive(rest))
	return first, len(words) >= 2 && bodyHeads[words[len(words)-1]] && (x.m.IsCountry(first) || first == "U.S." || first == "U.K.")
}

// campusNames extends "University of California" over the campus city
// after a comma ("University of California, San Diego"), one
// organisation to the annotators, when the city follows with nothing but
// lower case or punctuation after it.
func (x *Model) campusNames(sentences []string, spans []pipeline.Span) []pipeline.Span {
	out := spans[:0]
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		s := sentences[sp.Sentence]
		name := s[sp.Start:sp.End]
		if sp.Type != pipeline.Org || !strings.HasPrefix(name, "University of ") || !strings.HasPrefix(s[sp.End:], ", ") {
			out = append(out, sp)
			continue
		}
		// the city: capitalised words after the comma, up to two
		i, e := sp.End+2, sp.End+2
		for n := 0; n < 2 && i < len(s) && s[i] >= 'A' && s[i] <= 'Z'; n++ {
			j := i
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			e = j
			if j >= len(s) || s[j] != ' ' {
				break
			}
			i = j + 1
		}
		city := s[sp.End+2 : e]
		if city == "" || !x.m.IsCity(city) || capitalAfter(s, e) {
			out = append(out, sp)
			continue
		}
		sp.End = e
		out = append(out, sp)
		// a span the model gave the city alone is part of the campus now
		if k+1 < len(spans) && spans[k+1].Sentence == sp.Sentence && spans[k+1].Start >= sp.Start && spans[k+1].End <= e {
			k++
		}
	}
	return out
}

// placeParticles join a place's name over a particle and a capitalised
// word ("Rio Grande do Sul", "Mato Grosso do Sul"), or over "New" before
// it ("New South Wales"), when the gazetteer holds the whole.
func (x *Model) placeParticles(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		if sp.Type != pipeline.Place {
			continue
		}
		s := sentences[sp.Sentence]
		if sp.Start >= 4 && s[sp.Start-4:sp.Start] == "New " && x.m.IsPlace(s[sp.Start-4:sp.End]) {
			spans[k].Start -= 4 // "New South Wales"
			continue
		}
		rest := s[sp.End:]
		for _, p := range []string{" do ", " da ", " de ", " dos ", " das ", " del ", " di ", " du "} {
			if !strings.HasPrefix(rest, p) || len(rest) <= len(p) || rest[len(p)] < 'A' || rest[len(p)] > 'Z' {
				continue
			}
			e := sp.End + len(p)
			for e < len(s) && isLetter(s[e]) {
				e++
			}
			if x.m.IsPlace(s[sp.Start:e]) {
				spans[k].End = e
			}
			break
		}
	}
	return spans
}

// placePairs splits a span of two places written side by side into the
// two: "US Taiwan" (of "US Taiwan relations"), "Calais France", "Chad
// Sudan border", which the model reads as one name and the gold sets
// write as two. The second must be a country and the first a country or
// a city of three letters or more (or "US", "UK"), and the two together
// no place the gazetteer holds.
func (x *Model) placePairs(sentences []string, spans []pipeline.Span) []pipeline.Span {
	return splitSpans(spans, func(sp pipeline.Span) (pipeline.Span, pipeline.Span, bool) {
		cut, ok := x.placePair(sentences[sp.Sentence][sp.Start:sp.End])
		if !ok || sp.Type == pipeline.Person {
			return sp, sp, false
		}
		return pipeline.Span{Sentence: sp.Sentence, Start: sp.Start, End: sp.Start + cut, Type: pipeline.Place},
			pipeline.Span{Sentence: sp.Sentence, Start: sp.Start + cut + 1, End: sp.End, Type: pipeline.Place}, true
	})
}

// placePair reports whether name is two places (see placePairs) and
// returns where the first ends.
func (x *Model) placePair(name string) (int, bool) {
	first, second, ok := strings.Cut(name, " ")
	if !ok || strings.Contains(second, " ") || x.m.IsPlace(name) {
		return 0, false
	}
	// (a place that is also a word, "Island", "Union", "Central", is left
	// whole: "Vancouver Island", "Central Israel")
	name1 := func(w string) bool { return len(w) >= 3 && unknownWord(strings.ToLower(w)) }
	country := func(w string) bool { return w == "US" || w == "UK" || name1(w) && x.m.IsCountry(w) }
	if !country(second) || !(country(first) || name1(first) && x.m.IsCity(first)) {
		return 0, false
	}
	return len(first), true
}

// undottedAcronyms adds "U.S" and "U.N" written without their last full
// stop ("between Australia and the U.S the Biden administration", "U.S
// military"), which the tokenizer cuts to a bare "U" and the model so
// misses: the US a place, the UN an organisation.
func undottedAcronyms(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for i, s := range sentences {
		for from := 0; ; {
			k := strings.Index(s[from:], ".")
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			if k < 1 || k+1 >= len(s) {
				continue
			}
			a, b := s[k-1]|0x20, s[k+1]|0x20
			typ := ""
			switch {
			case a == 'u' && b == 's':
				typ = pipeline.Place
			case a == 'u' && b == 'n' && s[k-1] == 'U':
				typ = pipeline.Org
			default:
				continue
			}
			start, end := k-1, k+2
			if start > 0 && isLetter(s[start-1]) || end < len(s) && (isLetter(s[end]) || s[end] == '.') {
				continue // "U.S.", "bus.Stop", an address
			}
			if !overlapsIn(spans, i, start, end) {
				spans = append(spans, pipeline.Span{Sentence: i, Start: start, End: end, Type: typ})
			}
		}
	}
	return spans
}
