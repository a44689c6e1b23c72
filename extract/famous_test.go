package extract

import (
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestFamousPeople: famous people named by one word are persons, whatever
// the model typed them; the work in "Plato's Republic" is cut off; an
// untagged name is added where it stands alone, not in "Kant Street" nor
// in a name the model left whole, but after "the" ("the Hinton paper");
// "the Turing test" is left to dropEponyms. Sentences from the talks in other-formats/ and BBC Global
// News.
func TestFamousPeople(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"Church and Turing discovered that these are equivalent.",
		"Think of Plato's Republic and of what Searle said about it.",
		"It was banned by Stalin, they met on Kant Street, and Alan Turing came.",
		"Descartes wrote it.",
		"That was before the Hinton paper.",
	}
	spans := []pipeline.Span{
		spanOf(t, sentences, 0, "Turing", pipeline.Place),
		spanOf(t, sentences, 1, "Plato's Republic", pipeline.Place),
		spanOf(t, sentences, 1, "Searle", pipeline.Org),
		spanOf(t, sentences, 2, "Alan Turing", pipeline.Org),
	}
	got := typedTexts(sentences, x.famousPeople(sentences, spans))
	want := []string{"Turing/PERSON", "Plato/PERSON", "Searle/PERSON", "Alan Turing/PERSON", "Stalin/PERSON", "Descartes/PERSON", "Hinton/PERSON"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("famousPeople = %q, want %q", got, want)
	}
}

// TestGivenNamePersons: a given name before a surname the model has not
// seen is a person's name, whatever type the model gave it; not before a
// common word, a site's or institution's head, a listed organisation or a
// place the gazetteer holds; a given name alone read as an organisation
// is a person, unless the gazetteer holds it or it is a party to a case.
// From the talks in other-formats/ and BBC Global News.
func TestGivenNamePersons(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		span, typ, want string
	}{
		{"Leonard Barr", pipeline.Place, pipeline.Person},
		{"Camilla Mills", pipeline.Org, pipeline.Person},
		{"Victoria Falls", pipeline.Place, pipeline.Place},
		{"Alexandra Palace", pipeline.Place, pipeline.Place},
		{"Mary University", pipeline.Org, pipeline.Org},
		{"Eli Lilly", pipeline.Org, pipeline.Org},
		{"JD Power", pipeline.Org, pipeline.Org},
		{"Santiago Chile", pipeline.Place, pipeline.Place},
		{"Imogen", pipeline.Org, pipeline.Person},    // "as Imogen [Foulkes] in Geneva told me"
		{"Chelsea", pipeline.Org, pipeline.Org},      // a place too: the club as often
		{"Victoria", pipeline.Place, pipeline.Place}, // alone, only organisations are retyped
		{"Wade", pipeline.Org, pipeline.Org},         // a party to a case
	}
	for _, tt := range tests {
		sentence := "They met " + tt.span + " there."
		switch tt.span {
		case "Imogen":
			sentence = "But as Imogen in Geneva told me, it helps."
		case "Wade":
			sentence = "They overturned Roe v Wade last year."
		}
		got := x.givenNamePersons([]string{sentence}, []pipeline.Span{spanOf(t, []string{sentence}, 0, tt.span, tt.typ)})
		if got[0].Type != tt.want {
			t.Errorf("givenNamePersons(%q as %s) = %s, want %s", tt.span, tt.typ, got[0].Type, tt.want)
		}
	}
}

// TestDropCaptionWords: in unpunctuated captions, one-word names that are
// lower-case dictionary words go; names, names that are also words
// ("Knight"), acronyms and longer names stay. With punctuation nothing
// goes. From the captions of a chess podcast (Lex Fridman, episode 330).
func TestDropCaptionWords(t *testing.T) {
	filler := strings.Repeat("and then we played another game ", 40)
	sentences := []string{
		"you and Magnus played a private game in Moscow and the Knight took the Rooks before Checkmate",
		"Chess is hard at LAX and in the United States " + filler,
	}
	var spans []pipeline.Span
	for _, n := range []struct {
		sent      int
		text, typ string
	}{
		{0, "Magnus", pipeline.Person}, {0, "Moscow", pipeline.Place}, {0, "Knight", pipeline.Person},
		{0, "Rooks", pipeline.Org}, {0, "Checkmate", pipeline.Org}, {1, "Chess", pipeline.Org},
		{1, "LAX", pipeline.Org}, {1, "United States", pipeline.Place},
	} {
		spans = append(spans, spanOf(t, sentences, n.sent, n.text, n.typ))
	}
	got := typedTexts(sentences, dropCaptionWords(sentences, append([]pipeline.Span(nil), spans...)))
	want := []string{"Magnus/PERSON", "Moscow/PLACE", "Knight/PERSON", "LAX/ORG", "United States/PLACE"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("dropCaptionWords = %q, want %q", got, want)
	}
	punctuated := []string{sentences[0] + ".", strings.ReplaceAll(sentences[1], "game ", "game. ")}
	if got := dropCaptionWords(punctuated, append([]pipeline.Span(nil), spans...)); len(got) != len(spans) {
		t.Errorf("dropCaptionWords on punctuated text kept %d of %d spans", len(got), len(spans))
	}
}
