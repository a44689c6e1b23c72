package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestSplitSurnamePairs: two people side by side by their surnames are two
// mentions only when the document names each in full and alone. Sentences
// from BBC Global News episodes of July and September 2024.
func TestSplitSurnamePairs(t *testing.T) {
	context := []string{
		"Vice President Kamala Harris spoke in Atlanta.",
		"Former President Donald Trump held a rally.",
		"Harris said she was ready and Trump said he was too.",
	}
	tests := []struct {
		name     string
		sentence string
		person   string // the span the model gave, if any
		want     []string
	}{
		{"side by side", "They were all glued to the Harris Trump debate.", "Harris Trump", []string{"Harris", "Trump"}},
		{"hyphenated, untagged", "Voters feel abandoned by the Harris-Trump era.", "", []string{"Harris", "Trump"}},
		{"hyphenated, tagged", "Voters feel abandoned by the Harris-Trump era.", "Harris-Trump", []string{"Harris", "Trump"}},
		{"a full name of its own", "We heard from Kamala Trump.", "Kamala Trump", []string{"Kamala Trump"}},
		{"one of them never named alone", "That report by Donald Harris.", "Donald Harris", []string{"Donald Harris"}},
		{"an ordinary hyphen", "The Franco-Prussian war.", "", nil},
	}
	for _, tt := range tests {
		sentences := append(slices.Clone(context), tt.sentence)
		spans := []pipeline.Span{
			spanOf(t, sentences, 0, "Kamala Harris", pipeline.Person),
			spanOf(t, sentences, 1, "Donald Trump", pipeline.Person),
			spanOf(t, sentences, 2, "Harris", pipeline.Person),
			spanOf(t, sentences, 2, "Trump", pipeline.Person),
		}
		if tt.person != "" {
			spans = append(spans, spanOf(t, sentences, 3, tt.person, pipeline.Person))
		}
		var got []string
		for _, sp := range splitSurnamePairs(sentences, spans) {
			if sp.Sentence == 3 {
				got = append(got, sentences[3][sp.Start:sp.End])
			}
		}
		slices.SortFunc(got, func(a, b string) int { return strings.Index(tt.sentence, a) - strings.Index(tt.sentence, b) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: splitSurnamePairs gave %q, want %q", tt.name, got, tt.want)
		}
	}
}

// typedSpans returns the spans "text/TYPE" of the one sentence given, as
// a model would have read them.
func typedSpans(t *testing.T, sentences []string, model []string) []pipeline.Span {
	t.Helper()
	var spans []pipeline.Span
	for _, m := range model {
		text, typ, _ := strings.Cut(m, "/")
		spans = append(spans, spanOf(t, sentences, 0, text, typ))
	}
	return spans
}

// spanOf returns a span of type typ over the first text in sentence i.
func spanOf(t *testing.T, sentences []string, i int, text, typ string) pipeline.Span {
	t.Helper()
	at := strings.Index(sentences[i], text)
	if at < 0 {
		t.Fatalf("%q not in %q", text, sentences[i])
	}
	return pipeline.Span{Sentence: i, Start: at, End: at + len(text), Type: typ}
}

// typedTexts returns each span's text and type, "text/TYPE", in order.
func typedTexts(sentences []string, spans []pipeline.Span) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, sentences[sp.Sentence][sp.Start:sp.End]+"/"+sp.Type)
	}
	return out
}

// TestSurnamesEverywhere: a surname the model tagged alone somewhere is a
// person wherever the document repeats it untagged; not in a web address,
// after "anti-", after "the", or inside a longer name. Sentences from the
// BBC corpus (2024).
func TestSurnamesEverywhere(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"Israel's defence minister Yoav Galant spoke today.",
		"Galant said the operation would go on.",
		"Mr. Netanyahu replied to Mr. Galant on social media.",
		"Head to Galant.com for the anti-Galant campaign, the Galant Street office.",
	}
	spans := []pipeline.Span{
		spanOf(t, sentences, 0, "Yoav Galant", pipeline.Person),
		spanOf(t, sentences, 1, "Galant", pipeline.Person),
		spanOf(t, sentences, 2, "Netanyahu", pipeline.Person),
	}
	got := typedTexts(sentences, x.surnamesEverywhere(sentences, spans))
	want := []string{"Yoav Galant/PERSON", "Galant/PERSON", "Netanyahu/PERSON", "Galant/PERSON"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("surnamesEverywhere = %q, want %q", got, want)
	}
}

// TestPartOfFullName: a first name or surname of someone named in full
// twice is that person where the model typed it a place; a place's name
// that the gazetteer holds is not. From BBC Global News, 2024.
func TestPartOfFullName(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"Hunter Biden has been found guilty on all three counts.",
		"The jury heard that Hunter Biden lied on the form.",
		"Hunter was addicted to crack cocaine at the time.",
		"Florida Man is a meme, and Florida Man appears again, but Florida is a state.",
	}
	spans := []pipeline.Span{
		spanOf(t, sentences, 0, "Hunter Biden", pipeline.Person),
		spanOf(t, sentences, 1, "Hunter Biden", pipeline.Person),
		spanOf(t, sentences, 2, "Hunter", pipeline.Place),
		spanOf(t, sentences, 3, "Florida Man", pipeline.Person),
	}
	spans = append(spans, pipeline.Span{Sentence: 3, Start: strings.LastIndex(sentences[3], "Florida"), End: strings.LastIndex(sentences[3], "Florida") + len("Florida"), Type: pipeline.Place})
	second := strings.Index(sentences[3][20:], "Florida Man") + 20
	spans = append(spans, pipeline.Span{Sentence: 3, Start: second, End: second + len("Florida Man"), Type: pipeline.Person})
	got := typedTexts(sentences, x.surnamesEverywhere(sentences, spans))
	want := []string{"Hunter Biden/PERSON", "Hunter Biden/PERSON", "Hunter/PERSON", "Florida Man/PERSON", "Florida/PLACE", "Florida Man/PERSON"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("surnamesEverywhere = %q, want %q", got, want)
	}
}

// TestNamesAloneEverywhere: a name the document only ever says alone,
// read as a person twice by the model, is a person wherever else it is
// said; once is not enough, nor a word also read as an organisation, nor
// the first part of an Arabic name. From the captions of a chess podcast
// (Lex Fridman, episode 330) and BBC Global News, 2023-2024.
func TestNamesAloneEverywhere(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"it gave Magnus a chance to understand my style",
		"you and Magnus played a private game",
		"whether it's myself or Magnus or other top players",
		"Hans was there, and Hans again, and Fox reported it.",
		"Fox and Wagner, and Fox, and Muhammad said so.",
		"Muhammad agreed, and Muhammad bin Salman too, with Amy.",
		"Amy is overwhelmed.",
	}
	spans := []pipeline.Span{
		spanOf(t, sentences, 0, "Magnus", pipeline.Person),
		spanOf(t, sentences, 2, "Magnus", pipeline.Person),
		spanOf(t, sentences, 3, "Hans", pipeline.Person),
		spanOf(t, sentences, 3, "Fox", pipeline.Person),
		spanOf(t, sentences, 4, "Fox", pipeline.Org),
		spanOf(t, sentences, 4, "Muhammad", pipeline.Person),
		spanOf(t, sentences, 5, "Muhammad", pipeline.Person),
		spanOf(t, sentences, 6, "Amy", pipeline.Person),
	}
	got := typedTexts(sentences, x.surnamesEverywhere(sentences, spans))
	want := []string{"Magnus/PERSON", "Magnus/PERSON", "Hans/PERSON", "Fox/PERSON", "Fox/ORG", "Muhammad/PERSON",
		"Muhammad/PERSON", "Amy/PERSON", "Magnus/PERSON"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("surnamesEverywhere = %q, want %q", got, want)
	}
}

// TestJoinNameParticles: the parts of an Arabic name tagged apart are one
// person, and a last part opened by "al-" belongs to it. Sentences from
// the BBC corpus (2023-24) and a news sentence of 2025.
func TestJoinNameParticles(t *testing.T) {
	tests := []struct {
		sentence string
		model    []string // the model's spans, "text/TYPE"
		want     []string
	}{
		{"Saudi Crown Prince Mohammed bin Salman met him.", []string{"Mohammed/PERSON", "Salman/PERSON"}, []string{"Mohammed bin Salman/PERSON"}},
		{"He met Osama bin Laden's son.", []string{"Osama/PERSON", "Laden/PERSON"}, []string{"Osama bin Laden/PERSON"}},
		{"General Abdel Fattah al-Burhan said so.", []string{"Abdel Fattah/PERSON"}, []string{"Abdel Fattah al-Burhan/PERSON"}},
		{"Sheikh Tamim bin Hamad Al Thani arrived.", []string{"Tamim/PERSON", "Hamad Al Thani/PERSON"}, []string{"Tamim bin Hamad Al Thani/PERSON"}},
		{"Abdelaziz bin Turkey al-Faisal spoke.", []string{"Abdelaziz/PERSON", "Turkey/PLACE"}, []string{"Abdelaziz bin Turkey al-Faisal/PERSON"}},
		{"Trump was in Doha bin the evening.", []string{"Trump/PERSON", "Doha/PLACE"}, []string{"Trump/PERSON", "Doha/PLACE"}}, // no particle after the person
		{"Ahmed al-sharaa spoke.", []string{"Ahmed/PERSON"}, []string{"Ahmed/PERSON"}},                                         // no capital after "al-"
	}
	for _, tt := range tests {
		sentences := []string{tt.sentence}
		spans := typedSpans(t, sentences, tt.model)
		if got := typedTexts(sentences, joinNameParticles(sentences, spans)); !slices.Equal(got, tt.want) {
			t.Errorf("joinNameParticles(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestPlaceGivenNames: a place that is a given name joins the person the
// model read after it; a country before a full name, and a place after a
// preposition, stay apart. Sentences from the corpus.
func TestPlaceGivenNames(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence string
		model    []string // the model's spans, "text/TYPE"
		want     []string
	}{
		{"His wife, Victoria Mary Clark said, Shane will always be the light.", []string{"Victoria/PLACE", "Mary Clark/PERSON"}, []string{"Victoria Mary Clark/PERSON"}},
		{"She spoke to Victoria Uwon Kundo from a new evacuation site.", []string{"Victoria/PLACE", "Uwon Kundo/PERSON"}, []string{"Victoria Uwon Kundo/PERSON"}},
		{"This edition was mixed by Sydney Dundin.", []string{"Sydney/PLACE", "Dundin/PERSON"}, []string{"Sydney Dundin/PERSON"}},
		{"He met the President of Israel Isaac Herzog.", []string{"Israel/PLACE", "Isaac Herzog/PERSON"}, []string{"Israel/PLACE", "Isaac Herzog/PERSON"}},
		{"Phil Mercer in Sydney Katie Watson reports.", []string{"Phil Mercer/PERSON", "Sydney/PLACE", "Katie Watson/PERSON"}, []string{"Phil Mercer/PERSON", "Sydney/PLACE", "Katie Watson/PERSON"}},
	}
	for _, tt := range tests {
		sentences := []string{tt.sentence}
		spans := typedSpans(t, sentences, tt.model)
		if got := typedTexts(sentences, x.placeGivenNames(sentences, spans)); !slices.Equal(got, tt.want) {
			t.Errorf("placeGivenNames(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
