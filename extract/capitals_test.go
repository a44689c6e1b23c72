package extract

import (
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestCapitalsAsPlaces: a capital read as a person is a place, unless a
// title stands before it, a capitalised word goes on after it, it is a
// common first name, or it ends a longer person's name in the document.
// The sentences are from the BBC Global News corpus, where the model gave
// "Kyiv" PERSON 16 times and PLACE 15 times.
func TestCapitalsAsPlaces(t *testing.T) {
	tests := []struct {
		sentences []string
		person    []string // the PERSON spans the model gave, in order, one per sentence
		want      []string // their types after the pass
	}{
		{[]string{"Kyiv says it's created a humanitarian corridor to allow the movement of ships."}, []string{"Kyiv"}, []string{pipeline.Place}},
		{[]string{"After politicians there agreed a last-minute budget, which excluded any new aid for Kyiv."}, []string{"Kyiv"}, []string{pipeline.Place}},
		{[]string{"The Mayor of London is the most powerful, directly elected politician in Britain."}, []string{"London"}, []string{pipeline.Place}},
		{[]string{"Mr Bern said he was deeply sorry."}, []string{"Bern"}, []string{pipeline.Person}},
		{[]string{"Victoria said she was delighted."}, []string{"Victoria"}, []string{pipeline.Person}},
		{[]string{"Foreign minister Riyadh Mansour spoke first."}, []string{"Riyadh"}, []string{pipeline.Person}},
		{[]string{"Denzel Washington stars in it.", "Washington said he loved the part."}, []string{"Denzel Washington", "Washington"}, []string{pipeline.Person, pipeline.Person}},
		{[]string{"Boris Johnson spoke today."}, []string{"Boris Johnson"}, []string{pipeline.Person}},
	}
	for _, tt := range tests {
		var spans []pipeline.Span
		for i, name := range tt.person {
			start := strings.Index(tt.sentences[i], name)
			spans = append(spans, pipeline.Span{Sentence: i, Start: start, End: start + len(name), Type: pipeline.Person})
		}
		got := capitalsAsPlaces(tt.sentences, spans)
		for i := range got {
			if got[i].Type != tt.want[i] {
				t.Errorf("%q in %q: %s, want %s", tt.person[i], tt.sentences[i], got[i].Type, tt.want[i])
			}
		}
	}
}

// TestCapitalsList: the generated list holds the capitals by their
// current English names and no comment lines.
func TestCapitalsList(t *testing.T) {
	for _, name := range []string{"Kyiv", "Abu Dhabi", "London", "Nairobi"} {
		if !capitals[name] {
			t.Errorf("%q missing from capitals.txt", name)
		}
	}
	for name := range capitals {
		if strings.HasPrefix(name, "#") {
			t.Errorf("comment read as a capital: %q", name)
		}
	}
}
