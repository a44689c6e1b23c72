package extract

import (
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestFamousPeople: famous people named by one word are persons, whatever
// the model typed them; the work in "Plato's Republic" is cut off; an
// untagged name is added where it stands alone, not in "Kant Street" nor
// in a name the model left whole; "the Turing test" is left to
// dropEponyms. Sentences from the talks in other-formats/ and BBC Global
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
	}
	spans := []pipeline.Span{
		spanOf(t, sentences, 0, "Turing", pipeline.Place),
		spanOf(t, sentences, 1, "Plato's Republic", pipeline.Place),
		spanOf(t, sentences, 1, "Searle", pipeline.Org),
		spanOf(t, sentences, 2, "Alan Turing", pipeline.Org),
	}
	got := typedTexts(sentences, x.famousPeople(sentences, spans))
	want := []string{"Turing/PERSON", "Plato/PERSON", "Searle/PERSON", "Alan Turing/PERSON", "Stalin/PERSON", "Descartes/PERSON"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("famousPeople = %q, want %q", got, want)
	}
}

// TestGivenNamePersons: a given name before a surname the model has not
// seen is a person's name, whatever type the model gave it; not before a
// common word, a site's or institution's head, a listed organisation or a
// place the gazetteer holds. From the talks in other-formats/ and BBC
// Global News.
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
	}
	for _, tt := range tests {
		sentence := "They met " + tt.span + " there."
		got := x.givenNamePersons([]string{sentence}, []pipeline.Span{spanOf(t, []string{sentence}, 0, tt.span, tt.typ)})
		if got[0].Type != tt.want {
			t.Errorf("givenNamePersons(%q as %s) = %s, want %s", tt.span, tt.typ, got[0].Type, tt.want)
		}
	}
}
