package extract

import (
	"fmt"
	"strings"

	"github.com/mentions/mentions/extract/ner"
	"github.com/mentions/mentions/pipeline"
)

// Model is our own entity extractor: the embedded averaged-perceptron model
// of package ner, with its spans cleaned and mapped to our types. MISC
// (nationalities, events, works) is dropped. It is safe for concurrent use.
type Model struct {
	m *ner.Model
	// skip names passes left out (export_test.go: a test measures what
	// each pass is worth by running without it).
	skip map[string]bool
}

var _ pipeline.Extractor = (*Model)(nil)

// NewModel returns the extractor over the embedded model, decoded once per
// process and shared.
func NewModel() (*Model, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load entity model: %w", err)
	}
	return &Model{m: m}, nil
}

// NewModelWith returns the extractor over another entity model: one
// trained for an experiment (mentions train -o FILE, then ner.Load).
func NewModelWith(m *ner.Model) *Model { return &Model{m: m} }

// nerTypes maps the model's CoNLL types to ours.
var nerTypes = map[string]string{
	"PER": pipeline.Person,
	"LOC": pipeline.Place,
	"ORG": pipeline.Org,
}

// Extract tags the sentences of one document together, so that how a word
// was tagged earlier in the transcript informs later sentences. A
// document written all in lower case, or without punctuation, is tagged
// as truecased (truecased): the model and the rules read capitals, which
// automatic captions lack or write for a few names only ("Vladimir
// kramnik"). One written all in capitals (broadcast closed captions) is
// truecased as if it were in lower case: capitals everywhere tell the
// model as little as none.
// Its spans keep the document's own text, with the cased form as the
// name they are known by (Span.Known: "trump" is shown as Trump).
func (x *Model) Extract(sentences []string) ([]pipeline.Span, int, error) {
	captions := unpunctuated(sentences)
	var cased []string
	switch {
	case capitalsDoc(sentences):
		cased = truecasedWith(asciiLower(sentences), x.placeName) // read as if in lower case
	case lowercaseDoc(sentences) || captions:
		cased = truecasedWith(sentences, x.placeName)
	default:
		if cased = caselessStretches(sentences, x.placeName); cased == nil {
			return x.extract(sentences, false)
		}
	}
	spans, tokens, err := x.extract(cased, captions)
	for k, sp := range spans {
		if c := cased[sp.Sentence][sp.Start:sp.End]; sp.Known == "" && c != sentences[sp.Sentence][sp.Start:sp.End] {
			spans[k].Known = c
		}
	}
	return spans, tokens, err
}

// placeName reports whether a lower-case run of words is a country,
// region or city of the gazetteer.
func (x *Model) placeName(run string) bool { return x.m.IsPlace(run) }

// extract is Extract on sentences as they are; captions says they are
// unpunctuated captions (dropCaptionWords).
func (x *Model) extract(sentences []string, captions bool) ([]pipeline.Span, int, error) {
	ents, tokens := x.m.Document(sentences)
	var spans []pipeline.Span
	for i, es := range ents {
		for _, e := range joinAbbreviated(sentences[i], es) {
			typ, ok := nerTypes[e.Type]
			if !ok {
				// MISC: kept only when an institution noun heads it
				// ("International Olympic Committee", "Telugu Desam Party").
				switch {
				case e.Type != "MISC":
					continue
				case headedByOrg(sentences[i][e.Start:e.End]):
					typ = pipeline.Org
				case x.miscPlace(sentences[i], e.Start, e.End):
					typ = pipeline.Place
				default:
					continue
				}
			}
			for _, p := range split(sentences[i], e.Start, e.End, typ) {
				if parts, ok := documentParts(sentences[i][p.Start:p.End]); ok {
					// a document: only a place it is named after is kept
					if place, ok := x.placeIn(sentences[i][p.Start:p.End], parts); ok {
						spans = append(spans, pipeline.Span{Sentence: i, Start: p.Start + place[0], End: p.Start + place[1], Type: pipeline.Place})
					}
					continue
				}
				if p.Modifier {
					if p.Type = x.typeOf(sentences[i][p.Start:p.End]); p.Type == "" {
						continue
					}
				}
				p.Type = x.retype(sentences[i], p.Start, p.End, p.Type)
				if p.Type == pipeline.Person {
					p.Start = withModalName(sentences[i], p.Start, p.End)
				}
				if place, person, ok := x.placeThenPerson(sentences[i], p.Start, p.End); ok {
					spans = append(spans, pipeline.Span{Sentence: i, Start: p.Start, End: place, Type: pipeline.Place},
						pipeline.Span{Sentence: i, Start: person, End: p.End, Type: pipeline.Person})
					continue
				}
				sp := pipeline.Span{Sentence: i, Start: p.Start, End: p.End, Type: p.Type}
				if p.Type == pipeline.Org {
					sp.Known, _ = x.misheardOrg(sentences[i][p.Start:p.End])
				}
				spans = append(spans, sp)
			}
		}
	}
	for _, p := range x.passes() {
		if !x.skip[p.name] {
			spans = p.run(sentences, spans)
		}
	}
	if captions {
		spans = dropCaptionWords(sentences, spans)
	}
	return spans, tokens, nil
}

// pass is one rule run over a document's spans after the model has tagged
// it: it may add, drop, retype or reshape spans.
type pass struct {
	name string
	run  func(sentences []string, spans []pipeline.Span) []pipeline.Span
}

// passes are the rules in the order they run. Order matters where one
// rule reads what another wrote: orgFor and the place rules settle types
// before famousPeople and the surname rules look names up, and the drops
// of works, products and programmes come after every rule that could
// have made such a span a name.
func (x *Model) passes() []pass {
	return []pass{
		{"orgFor", orgFor},
		{"orgCitiesAfterIn", x.orgCitiesAfterIn},
		{"givenNamePersons", x.givenNamePersons},
		{"misheardCities", x.misheardCities},
		{"listedPlaces", listedPlaces},
		{"placesAfterIn", x.placesAfterIn},
		{"knownOrgSpans", knownOrgSpans},
		{"capitalsAsPlaces", capitalsAsPlaces},
		{"dropStormNames", dropStormNames},
		{"famousPeople", x.famousPeople},
		{"drCongo", drCongo},
		{"compoundNames", x.compoundNames},
		{"leaderNames", x.leaderNames},
		{"surnamesEverywhere", x.surnamesEverywhere},
		{"webBrands", webBrands},
		{"theWest", theWest},
		{"platformX", platformX},
		{"dropWorkTitles", dropWorkTitles},
		{"dropListedWorks", dropListedWorks},
		{"dropAcademicFields", dropAcademicFields},
		{"placePairs", x.placePairs},
		{"saintsPlaces", saintsPlaces},
		{"compassPlaces", x.compassPlaces},
		{"geoSuffixes", geoSuffixes},
		{"titledOrgs", titledOrgs},
		{"countryBodies", x.countryBodies},
		{"campusNames", x.campusNames},
		{"placeParticles", x.placeParticles},
		{"withDemonym", x.withDemonym},
		{"splitSurnamePairs", splitSurnamePairs},
		{"joinNameParticles", joinNameParticles},
		{"splitFrom", splitFrom},
		{"dropProgrammes", dropProgrammes},
		{"dropProducts", dropProducts},
		{"dropEponyms", x.dropEponyms},
		{"dropDoctrines", dropDoctrines},
		{"dropDayNames", dropDayNames},
		{"groupNames", groupNames},
		{"placeGivenNames", x.placeGivenNames},
		{"undottedAcronyms", undottedAcronyms},
		{"personInitials", x.personInitials},
	}
}

// retype corrects the type typ the model gave sentence[start:end] where
// the name's own words say otherwise.
func (x *Model) retype(sentence string, start, end int, typ string) string {
	name := sentence[start:end]
	switch {
	case headedByOrg(name):
		return pipeline.Org // "Levy School of Business", typed a place
	case headedByPlace(name) && !(typ == pipeline.Person && surnamePark(name)):
		return pipeline.Place // "Strait of Gibraltar", "Red Sea": typed ORG or PERSON
	}
	if _, ok := x.misheardOrg(name); ok && typ != pipeline.Org && !afterRole(sentence, start) {
		return pipeline.Org // "Hasbola says": Hezbollah as the recogniser spelt it
	}
	if retypeOrgs[name] {
		return pipeline.Org // "Facebook is now owned by Meta", typed a person or a place
	}
	if t := placeOrCompanyType(sentence, start, end); t != "" {
		return t // "Amazon said" against "the Amazon"
	}
	if x.countryAcronym(name) {
		return pipeline.Place // "the DRC", "the UAE": countries, whatever the model said
	}
	if typ == pipeline.Person && len(name) >= 5 && !strings.Contains(name, " ") && x.m.IsCountry(name) && !personalCountries[name] {
		return pipeline.Place // "Guyana says it remains vigilant": a country read as a person
	}
	if typ != pipeline.Person && x.initialsName(name) {
		return pipeline.Person // "JD Vance", "JK Rowling": initials in capitals read as an acronym
	}
	if typ != pipeline.Person && strings.HasPrefix(sentence[end:], " administration") && x.presidentName(name) {
		return pipeline.Person // "the Biden administration": a president's, typed a place at times
	}
	return typ
}

// misheardOrg reports whether name, one word of six letters or more that
// the gazetteer does not hold, is a listed organisation's name or a
// variant of it: the same consonant skeleton (misheardOrgs), hyphenated
// where that is. org is the listed name when name is a variant, "" when
// it is the listed name itself (in any case).
func (x *Model) misheardOrg(name string) (org string, ok bool) {
	if len(name) < 6 || strings.Contains(name, " ") || x.m.InGazetteer(name) {
		return "", false
	}
	org, ok = misheardOrgs[consonantSkeleton(name)]
	// a hyphenated name is misheard hyphenated ("Al-Shabab"); "Alkadi"
	// is someone's name, not al-Qaeda's
	if !ok || strings.Contains(org, "-") != strings.Contains(name, "-") {
		return "", false
	}
	if strings.EqualFold(org, name) {
		return "", true // the listed name itself
	}
	return org, true
}

// retypeOrgs are companies whose name is also a common word ("meta"), so
// they are not on the list of organisations that adds the names the model
// missed; when the model does read one as a name, it is the company,
// whatever type it gave (Meta: 14 ORG, 10 PERSON, 6 PLACE over the
// corpus before).
var retypeOrgs = wordSet("Meta")

// surnamePark reports whether name is two words ending in "Park", which
// the model's PERSON may rightly read as a Korean surname ("Max Park").
func surnamePark(name string) bool {
	first, last, ok := strings.Cut(name, " ")
	return ok && first != "" && last == "Park"
}

// initialsName reports whether name is two capital letters then one
// capitalised word that the model reads alone as a person: a name with
// initials ("JD Vance", "FW de Klerk" misheard). Three letters are too
// often an organisation or a ship's prefix ("HBO Max", "USS Carney"), and
// so are the two-letter abbreviations in notInitials, countries and
// listed organisations.
func (x *Model) initialsName(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || len(first) != 2 || first[0] < 'A' || first[0] > 'Z' || first[1] < 'A' || first[1] > 'Z' {
		return false
	}
	if notInitials[first] || strings.Contains(rest, " ") || x.m.IsCountry(first) || isKnownOrg(first) || isKnownOrg(name) {
		return false
	}
	return x.typeOf(rest) == pipeline.Person
}

// notInitials are two-letter abbreviations that open names of things
// ("RV Falcon", a research vessel; "TV Azteca").
var notInitials = map[string]bool{"RV": true, "MV": true, "SS": true, "TV": true, "AI": true, "EU": true,
	"UN": true, "FC": true, "AC": true, "DC": true, "BP": true, "GE": true, "HP": true, "LG": true, "PC": true,
	"ST": true, "MS": true, "HQ": true, "CO": true}

// personalCountries are countries whose name is also a common first name
// or surname ("Jordan", "Chad", "Georgia", "Tom Holland"): the model's
// PERSON stands for them.
var personalCountries = map[string]bool{"Jordan": true, "Chad": true, "Georgia": true, "Holland": true,
	"France": true, "India": true, "Israel": true, "Kenya": true, "Chile": true, "Sudan": true}

// presidentName reports whether name, before "administration", can be
// the name of the person who leads it: not a country ("the US
// administration"), not a listed organisation ("the UCLA
// administration") and no abbreviation in capitals.
func (x *Model) presidentName(name string) bool {
	if x.m.IsCountry(name) || isKnownOrg(name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		if len(w) > 1 && strings.ToUpper(w) == w {
			return false
		}
	}
	return true
}

// placeThenPerson reports whether text[start:end] is a place followed by a
// person's name with no role between them, as when speech drops the title:
// "the US [Defence Secretary] Pete Hegseth". The model reads such a run as
// one name; each part read alone tells the two apart. It returns where the
// place ends and the person starts. Only spans of three or more words are
// tried, and the place must be one word in capitals ("US", "UK", "UAE"):
// a capitalised word the model reads as a place alone may be a first name
// ("Costanza Ola Chami").
func (x *Model) placeThenPerson(text string, start, end int) (placeEnd, personStart int, ok bool) {
	words := wordsIn(text, start, end)
	if len(words) < 3 {
		return 0, 0, false
	}
	first := text[words[0][0]:words[0][1]]
	if len(first) < 2 || strings.ToUpper(first) != first || x.typeOf(first) != pipeline.Place {
		return 0, 0, false
	}
	rest := text[words[1][0]:end]
	if !nameLike(text, words[1:]) || x.typeOf(rest) != pipeline.Person {
		return 0, 0, false
	}
	return words[0][1], words[1][0], true
}

// countryAcronym reports whether name is one word of three or more
// capitals that the gazetteer lists as a country ("DRC", "UAE").
// Capitalised names that are also countries ("Jordan", "Chad") are left to
// the model, and so are two-letter codes, which are as often other
// abbreviations ("DJ", "CF").
func (x *Model) countryAcronym(name string) bool {
	return len(name) >= 3 && strings.IndexByte(name, ' ') < 0 && strings.ToUpper(name) == name &&
		strings.ToLower(name) != name && x.m.IsCountry(name)
}

// placeIn returns the first of parts (byte ranges into name) that the
// model reads alone as a place.
func (x *Model) placeIn(name string, parts [][2]int) ([2]int, bool) {
	for _, r := range parts {
		if x.typeOf(name[r[0]:r[1]]) == pipeline.Place {
			return r, true
		}
	}
	return [2]int{}, false
}

// typeOf tags a modifier cut from a longer span ("US" of "US Secretary of
// Defence Pete Hegseth") on its own, and returns its type when the model
// reads it whole as one of ours, else "".
func (x *Model) typeOf(text string) string {
	ents, _ := x.m.Document([]string{text})
	if len(ents) == 1 && len(ents[0]) == 1 && ents[0][0].Start == 0 && ents[0][0].End == len(text) {
		return nerTypes[ents[0][0].Type]
	}
	return ""
}

// miscPlace reports whether a MISC span of the model names a place: a
// nationality before a region or a geographic feature ("Iraqi
// Kurdistan", "Ethiopian Highlands", "the English Channel"). (Unknown
// single names after "in" were tried too: "in Bungie", but as often "in
// Hebrew", "in Afghans", "in Pokémon".)
func (x *Model) miscPlace(s string, start, end int) bool {
	first, rest, multi := strings.Cut(s[start:end], " ")
	if !multi || rest == "" || rest[0] < 'A' || rest[0] > 'Z' || !x.m.IsDemonym(first) && !isDemonym(first) {
		return false
	}
	if regionNouns[rest[strings.LastIndexByte(rest, ' ')+1:]] {
		return true
	}
	// a region: of the gazetteer, or a land in "-stan" ("Kurdistan",
	// "Waziristan"), which the gazetteer of countries and cities lacks
	return !strings.Contains(rest, " ") && (strings.HasSuffix(rest, "stan") || x.m.IsPlace(rest) && !x.m.IsCity(rest) && !x.m.IsCountry(rest))
}

// regionNouns end the names of regions and geographic features that a
// nationality opens ("Scottish Highlands", "Indian Himalayas").
var regionNouns = wordSet("Highlands", "Himalayas", "Midlands", "Channel", "Sea", "Ocean", "Gulf",
	"Mountains", "Alps", "Desert", "Plateau", "Valley", "Basin", "Coast", "Peninsula", "Islands",
	"Isles", "Riviera", "Steppe", "Lowlands", "Hills")
