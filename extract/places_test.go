package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestMisheardCities: a two-word "person" one letter from a city of the
// gazetteer is that city; a given name first, a role before or a name far
// from any city keeps the person. From BBC Global News, 2023-2024.
func TestMisheardCities(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence, span, want string
	}{
		{"Strikes hit Khan Yunus overnight.", "Khan Yunus", pipeline.Place},
		{"Families fled to Khan Unis.", "Khan Unis", pipeline.Place},
		{"Families fled to Khan Yunis.", "Khan Yunis", pipeline.Place},
		{"Then Karim Khan spoke.", "Karim Khan", pipeline.Person},
		{"Then Imran Khan spoke.", "Imran Khan", pipeline.Person},
		{"Ali Kahn spoke.", "Ali Kahn", pipeline.Person},
	}
	for _, tt := range tests {
		got := x.misheardCities([]string{tt.sentence}, []pipeline.Span{spanOf(t, []string{tt.sentence}, 0, tt.span, pipeline.Person)})
		if got[0].Type != tt.want {
			t.Errorf("misheardCities(%q) = %s, want %s", tt.span, got[0].Type, tt.want)
		}
	}
}

// TestListedPlaces: a one-word "person" between two places in a list is a
// place; a given name there, or one not joined by a comma or "and",
// stays. From BBC Global News, 2023-2024.
func TestListedPlaces(t *testing.T) {
	tests := []struct {
		sentence string
		spans    []string // text/TYPE, in order
		want     string   // the middle span's type after
	}{
		{"Drones were shot down over Moscow, Briansk, and Kaluga.", []string{"Moscow/PLACE", "Briansk/PERSON", "Kaluga/PLACE"}, pipeline.Place},
		{"Warnings were issued in St Lucia, Tobago and Barbados.", []string{"St Lucia/PLACE", "Tobago/PERSON", "Barbados/PLACE"}, pipeline.Place},
		{"Families in Gaza, Mariam and her son, left for Egypt.", []string{"Gaza/PLACE", "Mariam/PERSON", "Egypt/PLACE"}, pipeline.Person},
		{"From Kyiv Zelensky flew to Paris.", []string{"Kyiv/PLACE", "Zelensky/PERSON", "Paris/PLACE"}, pipeline.Person},
		{"Talks in New York, York and Leeds.", []string{"New York/PLACE", "York/PERSON", "Leeds/PLACE"}, pipeline.Person}, // overlapping spans: no panic, no list
	}
	for _, tt := range tests {
		var spans []pipeline.Span
		for _, st := range tt.spans {
			text, typ, _ := strings.Cut(st, "/")
			spans = append(spans, spanOf(t, []string{tt.sentence}, 0, text, typ))
		}
		if got := listedPlaces([]string{tt.sentence}, spans); got[1].Type != tt.want {
			t.Errorf("listedPlaces(%q) middle = %s, want %s", tt.sentence, got[1].Type, tt.want)
		}
	}
}

// TestPlacesAfterIn: a one-word "person" right after "in" or "at" is a
// place; a given name, a famous person, a surname of someone named in
// full, a possessive, "believe in" and a language are not. From BBC
// Global News, 2023-2024.
func TestPlacesAfterIn(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"They see no plan to protect people in Ruffa.",
		"Donald Trump spoke, and nothing changed in Trump's campaign or at Trump either.",
		"We believe in Oligui, and she sang in Punjabi at Sarah's house.",
	}
	spans := []pipeline.Span{
		spanOf(t, sentences, 0, "Ruffa", pipeline.Person),
		spanOf(t, sentences, 1, "Donald Trump", pipeline.Person),
		{Sentence: 1, Start: strings.LastIndex(sentences[1], "Trump"), End: strings.LastIndex(sentences[1], "Trump") + len("Trump"), Type: pipeline.Person},
		spanOf(t, sentences, 2, "Oligui", pipeline.Person),
		spanOf(t, sentences, 2, "Punjabi", pipeline.Person),
	}
	got := typedTexts(sentences, x.placesAfterIn(sentences, spans))
	want := []string{"Ruffa/PLACE", "Donald Trump/PERSON", "Trump/PERSON", "Oligui/PERSON", "Punjabi/PERSON"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("placesAfterIn = %q, want %q", got, want)
	}
}

// spanPass is a pass over one document's spans.
type spanPass func([]string, []pipeline.Span) []pipeline.Span

// passCase is one sentence, the span a model read in it with its type,
// and what the pass under test should make of it ("text/TYPE", in order).
type passCase struct {
	sentence, span, typ string
	want                []string
}

// checkPass runs pass on each case's one span and compares the spans it
// gives back with the case's.
func checkPass(t *testing.T, name string, pass spanPass, tests []passCase) {
	t.Helper()
	for _, tt := range tests {
		sentences := []string{tt.sentence}
		got := typedTexts(sentences, pass(sentences, []pipeline.Span{spanOf(t, sentences, 0, tt.span, tt.typ)}))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s(%q in %q) = %q, want %q", name, tt.span, tt.sentence, got, tt.want)
		}
	}
}

// TestSaintsPlaces: a saint's landmark cut at the possessive is one place.
func TestSaintsPlaces(t *testing.T) {
	checkPass(t, "saintsPlaces", saintsPlaces, []passCase{
		{"Pope Leo celebrated mass in St Peter's Square.", "Peter", pipeline.Person, []string{"St Peter's Square/PLACE"}},
		{"Pope Leo celebrated mass in St Peter's Square.", "St Peter", pipeline.Person, []string{"St Peter's Square/PLACE"}},
		{"The choir sang in St Paul’s Cathedral on Sunday.", "Paul", pipeline.Person, []string{"St Paul’s Cathedral/PLACE"}},
		{"Mass in St Peter's Square and at Paul’s house.", "Peter", pipeline.Person, []string{"St Peter's Square/PLACE"}}, // a curly apostrophe later
		{"Peter's book sold well.", "Peter", pipeline.Person, []string{"Peter/PERSON"}},                                   // no saint
		{"St Peter's brother was a fisherman.", "St Peter", pipeline.Person, []string{"St Peter/PERSON"}},                 // no landmark
	})
}

// TestOrgCitiesAfterIn: a city the model read as its club is a place
// after "in" or "from", not before a body's noun or after "to".
func TestOrgCitiesAfterIn(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	checkPass(t, "orgCitiesAfterIn", x.orgCitiesAfterIn, []passCase{
		{"Our political correspondent Rob Watson is in Liverpool.", "Liverpool", pipeline.Org, []string{"Liverpool/PLACE"}},
		{"Dan Johnson sent this report from Liverpool in Northern England.", "Liverpool", pipeline.Org, []string{"Liverpool/PLACE"}},
		{"So this new update now from Surrey police.", "Surrey", pipeline.Org, []string{"Surrey/ORG"}},
		{"Klopp said goodbye to Liverpool supporters.", "Liverpool", pipeline.Org, []string{"Liverpool/ORG"}},
		{"He moved to Liverpool last summer.", "Liverpool", pipeline.Org, []string{"Liverpool/ORG"}},
		{"A prisoner with links to drugs gangs in the city of Marseille was freed.", "Marseille", pipeline.Org, []string{"Marseille/PLACE"}},
		{"He is a fan of Marseille and of Lyon.", "Marseille", pipeline.Org, []string{"Marseille/ORG"}},
	})
}

// TestCompassPlaces: a compass adjective before a country or city is cut
// off, as the gold sets write it; names of their own and regions of a
// continent stay whole. Sentences from the corpus.
func TestCompassPlaces(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	checkPass(t, "compassPlaces", x.compassPlaces, []passCase{
		{"Rami Ruhayem in Tire in Southern Lebanon.", "Southern Lebanon", pipeline.Place, []string{"Lebanon/PLACE"}},
		{"Russian forces have advanced in the Northeastern Harkiv region.", "Northeastern Harkiv", pipeline.Place, []string{"Harkiv/PLACE"}},
		{"Wildfires are burning in Western Canada.", "Western Canada", pipeline.Place, []string{"Canada/PLACE"}},
		{"Belfast is the capital of Northern Ireland.", "Northern Ireland", pipeline.Place, []string{"Northern Ireland/PLACE"}},
		{"Perth is in Western Australia.", "Western Australia", pipeline.Place, []string{"Western Australia/PLACE"}},
		{"Prices have risen across Eastern Europe.", "Eastern Europe", pipeline.Place, []string{"Eastern Europe/PLACE"}},
		{"He flew to Central America.", "Central America", pipeline.Place, []string{"Central America/PLACE"}},
	})
}

// TestGeoSuffixes: a lower-case geographic noun after a name joins it as
// one place, as the gold sets write it; not after "a", not a coast.
func TestGeoSuffixes(t *testing.T) {
	checkPass(t, "geoSuffixes", geoSuffixes, []passCase{
		{"Smoke drifted over the Adirondack mountains.", "Adirondack", pipeline.Org, []string{"Adirondack mountains/PLACE"}},
		{"Traffic stopped on the George Washington bridge.", "George Washington", pipeline.Person, []string{"George Washington bridge/PLACE"}},
		{"Aid trucks entered the Gaza strip on Sunday.", "Gaza", pipeline.Place, []string{"Gaza strip/PLACE"}},
		{"They were fishing in a New York lake.", "New York", pipeline.Place, []string{"New York/PLACE"}},
		{"Floods hit Ecuador's Pacific coast.", "Pacific", pipeline.Place, []string{"Pacific/PLACE"}},
		{"The Gaza stripes were painted.", "Gaza", pipeline.Place, []string{"Gaza/PLACE"}},
	})
}

// TestCountryBodies: a country before a government body of two words or
// more is a place of its own; one-word bodies and named forces stay.
func TestCountryBodies(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	checkPass(t, "countryBodies", x.countryBodies, []passCase{
		{"The US Justice Department charged him.", "US Justice Department", pipeline.Org, []string{"US/PLACE", "Justice Department/ORG"}},
		{"The UK Home Office said so.", "UK Home Office", pipeline.Org, []string{"UK/PLACE", "Home Office/ORG"}},
		{"The US Army said so.", "US Army", pipeline.Org, []string{"US Army/ORG"}},
		{"The Israel Defense Forces said so.", "Israel Defense Forces", pipeline.Org, []string{"Israel Defense Forces/ORG"}},
	})
}

// TestCampusNames: "University of California" runs on over its campus
// city after a comma, which the model read apart.
func TestCampusNames(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{"He teaches at the University of California, San Diego, in the cognitive science department."}
	spans := []pipeline.Span{spanOf(t, sentences, 0, "University of California", pipeline.Org), spanOf(t, sentences, 0, "San Diego", pipeline.Place)}
	got := typedTexts(sentences, x.campusNames(sentences, spans))
	if want := []string{"University of California, San Diego/ORG"}; !slices.Equal(got, want) {
		t.Errorf("campusNames = %q, want %q", got, want)
	}
	sentences = []string{"A study by the University of Michigan, Artem Absilioff said, found it."}
	spans = []pipeline.Span{spanOf(t, sentences, 0, "University of Michigan", pipeline.Org)}
	if got := typedTexts(sentences, x.campusNames(sentences, spans)); !slices.Equal(got, []string{"University of Michigan/ORG"}) {
		t.Errorf("campusNames = %q: a person after the comma is no campus", got)
	}
}

// TestPlaceParticles: a place's name runs on over a particle ("Rio Grande
// do Sul") or back over "New" ("New South Wales") when the gazetteer
// holds the whole.
func TestPlaceParticles(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	checkPass(t, "placeParticles", x.placeParticles, []passCase{
		{"Floods hit the state of Rio Grande do Sul this week.", "Rio Grande", pipeline.Place, []string{"Rio Grande do Sul/PLACE"}},
		{"Fires are burning in New South Wales.", "South Wales", pipeline.Place, []string{"New South Wales/PLACE"}},
		{"The Rio Grande da Vida is no place.", "Rio Grande", pipeline.Place, []string{"Rio Grande/PLACE"}},
	})
}

// TestMiscPlace: a span the model calls MISC is a place when a nationality
// opens a region or a geographic feature, not otherwise.
func TestMiscPlace(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want bool
	}{
		{"Iraqi Kurdistan", true},
		{"Ethiopian Highlands", true},
		{"English Channel", true},
		{"Roman Catholic", false},
		{"Olympic Games", false},
		{"Van Allen", false},
		{"Bungie", false}, // alone: as often a language or a people
	}
	for _, tt := range tests {
		s := "They met in " + tt.name + " on Monday."
		if got := x.miscPlace(s, len("They met in "), len("They met in ")+len(tt.name)); got != tt.want {
			t.Errorf("miscPlace(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPlacePair: two places side by side are two; a name holding a place
// that is also a word is one.
func TestPlacePair(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		cut  int // 0: not two places
	}{
		{"US Taiwan", 2},
		{"Calais France", 6},
		{"Chad Sudan", 4},
		{"Vancouver Island", 0},
		{"Central Israel", 0},
		{"New York", 0},
		{"Guinea Bissau", 0},
	}
	for _, tt := range tests {
		cut, ok := x.placePair(tt.name)
		if !ok {
			cut = 0
		}
		if cut != tt.cut {
			t.Errorf("placePair(%q) = %d, want %d", tt.name, cut, tt.cut)
		}
	}
}

// TestUndottedAcronyms: "U.S" and "U.N" without their last full stop are
// the US and the UN; "U.S." and words that merely hold the letters are
// left to the model.
func TestUndottedAcronyms(t *testing.T) {
	sentences := []string{
		"Ties between Australia and the U.S the Biden administration is starting to mend.",
		"following a report in the u.s media",
		"The U.N said so.",
		"The U.S. said so, and so did bus.Stop and Tu.Sa.",
	}
	got := typedTexts(sentences, undottedAcronyms(sentences, nil))
	want := []string{"U.S/PLACE", "u.s/PLACE", "U.N/ORG"}
	if !slices.Equal(got, want) {
		t.Errorf("undottedAcronyms = %q, want %q", got, want)
	}
}
