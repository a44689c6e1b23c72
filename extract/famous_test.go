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
