package extract

import (
	"testing"

	"github.com/mentions/mentions/pipeline"
)

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
