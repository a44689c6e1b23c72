package extract

import (
	"slices"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestWebBrands: a name that a document's advert gives as a web address
// is an organisation elsewhere in the document. Sentences from BBC Global
// News adverts.
func TestWebBrands(t *testing.T) {
	tests := []struct {
		name      string
		sentences []string
		spans     []pipeline.Span
		want      []string // "text TYPE", in order of sentence and offset
	}{
		{
			name:      "retyped and added",
			sentences: []string{"Discover new Britbox original series.", "Start a free trial at Britbox.com.", "Britbox has TV everyone should be watching."},
			spans:     []pipeline.Span{{Sentence: 0, Start: 13, End: 20, Type: pipeline.Person}},
			want:      []string{"Britbox ORG", "Britbox ORG"},
		},
		{
			name:      "words joined into the address",
			sentences: []string{"Shop at Blue Nile today.", "Go to BlueNile.com."},
			want:      []string{"Blue Nile ORG"},
		},
		{
			name:      "lower case is left alone",
			sentences: []string{"Each device sold on backmarket is tested.", "Visit backmarket.com."},
		},
		{
			name:      "an ordinary word names no brand",
			sentences: []string{"See you on Monday.", "Try Monday.com free."},
		},
		{
			name:      "a place of two words keeps its type",
			sentences: []string{"Fans in Tampa Bay cheered.", "Read more at tampabay.com."},
			spans:     []pipeline.Span{{Sentence: 0, Start: 8, End: 17, Type: pipeline.Place}},
			want:      []string{"Tampa Bay PLACE"},
		},
	}
	for _, tt := range tests {
		got := webBrands(tt.sentences, slices.Clone(tt.spans))
		slices.SortFunc(got, func(a, b pipeline.Span) int {
			if a.Sentence != b.Sentence {
				return a.Sentence - b.Sentence
			}
			return a.Start - b.Start
		})
		var texts []string
		for _, sp := range got {
			texts = append(texts, tt.sentences[sp.Sentence][sp.Start:sp.End]+" "+sp.Type)
		}
		if !slices.Equal(texts, tt.want) {
			t.Errorf("%s: webBrands = %q, want %q", tt.name, texts, tt.want)
		}
	}
}
