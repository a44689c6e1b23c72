package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestDropAcademicFields: organisations read inside an academic post and
// its field are dropped or cut back; people and places, and the
// institution the post is at, are kept. Sentences from BBC Global News
// episodes and the Disintegrator podcast.
func TestDropAcademicFields(t *testing.T) {
	tests := []struct {
		sentence string
		spans    []string // "text TYPE", each at its first whole-word occurrence
		want     []string
	}{
		{"Bratton is Professor of Philosophy of Technology and Speculative Design at the University of California, San Diego.",
			[]string{"Bratton PERSON", "Professor of Philosophy of Technology ORG", "Speculative Design ORG", "University of California ORG"},
			[]string{"Bratton PERSON", "University of California ORG"}},
		{"He's also Professor of Digital Design at the European Graduate School and Visiting Professor at NYU Shanghai.",
			[]string{"Professor of Digital Design ORG", "European Graduate School and Visiting Professor ORG", "NYU Shanghai ORG"},
			[]string{"European Graduate School ORG", "NYU Shanghai ORG"}},
		{"Miles Allen, Professor of Geosystem Science and Director of the Oxford Net Zero Initiative, first to Miles Allen.",
			[]string{"Miles Allen PERSON", "Geosystem Science ORG", "Oxford Net Zero Initiative ORG"},
			[]string{"Miles Allen PERSON", "Oxford Net Zero Initiative ORG"}},
		{"I'm a Harvard Professor yeah.",
			[]string{"Harvard Professor ORG"}, []string{"Harvard ORG"}},
		{"She is a Harvard Visiting Professor now.",
			[]string{"Harvard Visiting Professor ORG"}, []string{"Harvard ORG"}},
		// the holder after the field, and a place after "in", are kept
		{"Professor of Geography Justin Mankin there.",
			[]string{"Justin Mankin PERSON"}, []string{"Justin Mankin PERSON"}},
		{"He was a visiting professor in Uganda.",
			[]string{"Uganda PLACE"}, []string{"Uganda PLACE"}},
	}
	for _, tt := range tests {
		var spans []pipeline.Span
		for _, st := range tt.spans {
			text, typ := splitLast(st)
			i := wholeWordIndex(tt.sentence, text)
			if i < 0 {
				t.Fatalf("%q not in %q", text, tt.sentence)
			}
			spans = append(spans, pipeline.Span{Start: i, End: i + len(text), Type: typ})
		}
		var got []string
		for _, sp := range dropAcademicFields([]string{tt.sentence}, spans) {
			got = append(got, tt.sentence[sp.Start:sp.End]+" "+sp.Type)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("dropAcademicFields(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// splitLast cuts "text TYPE" at its last space.
func splitLast(s string) (string, string) {
	i := strings.LastIndexByte(s, ' ')
	return s[:i], s[i+1:]
}
