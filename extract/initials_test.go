package extract

import (
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestPersonInitials: an acronym spelling the initials of a person named
// in the transcript becomes that person; without the full name, or when it
// is a listed organisation or a country, it keeps the model's type.
// Sentences from BBC Global News.
func TestPersonInitials(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		person, acronym, typ, want string
	}{
		{"Mohammed bin Salman", "MBS", pipeline.Org, pipeline.Person},
		{"John F. Kennedy", "JFK", pipeline.Org, pipeline.Person},
		{"Alexandria Ocasio-Cortez", "AOC", pipeline.Place, pipeline.Person},
		{"", "MBS", pipeline.Org, pipeline.Org},                   // never named in full
		{"Mohammed Salman", "MBS", pipeline.Org, pipeline.Org},    // other initials
		{"Frank Bill Irwin", "FBI", pipeline.Org, pipeline.Org},   // a listed organisation
		{"Ursula Kendrick", "UK", pipeline.Place, pipeline.Place}, // a country
		{"Salman", "S", pipeline.Org, pipeline.Org},               // one word has no initials
	}
	for _, tt := range tests {
		sentences := []string{
			"The crown prince, " + tt.person + ", has consolidated power.",
			"Since then " + tt.acronym + " has been the most powerful man in the kingdom.",
		}
		var spans []pipeline.Span
		if tt.person != "" {
			start := strings.Index(sentences[0], tt.person)
			spans = append(spans, pipeline.Span{Sentence: 0, Start: start, End: start + len(tt.person), Type: pipeline.Person})
		}
		start := strings.Index(sentences[1], tt.acronym)
		spans = append(spans, pipeline.Span{Sentence: 1, Start: start, End: start + len(tt.acronym), Type: tt.typ})
		got := x.personInitials(sentences, spans)
		if typ := got[len(got)-1].Type; typ != tt.want {
			t.Errorf("personInitials(%q, %q %s) = %s, want %s", tt.person, tt.acronym, tt.typ, typ, tt.want)
		}
	}
}
