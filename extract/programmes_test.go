package extract

import (
	"slices"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestProgrammeNames: what a sentence presents as a podcast's name.
// Sentences from BBC Global News adverts and episodes.
func TestProgrammeNames(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"Search for World of Secrets wherever you get your BBC podcasts.", []string{"World of Secrets"}},
		{"Search for the Global Story, wherever you get your BBC podcasts.", []string{"Global Story"}},
		{"To find out, listen to Good Bad Billionaire wherever you get your podcasts.", []string{"Good Bad Billionaire"}},
		{"The Global Jigsaw is the podcast helping you make sense of them.", []string{"Global Jigsaw"}},
		{"Welcome to the Bright Side, a new kind of daily podcast from Hello Sunshine.", []string{"Bright Side"}},
		// the podcast's own name (Cognitive Revolution, 2023)
		{"Hello and welcome back to the Cognitive Revolution.", []string{"Cognitive Revolution"}},
		{"Welcome to the Global News Podcast from the BBC World Service.", []string{"Global News Podcast"}},
		// not so
		{"Welcome to the Donald Trump show.", nil},
		{"Good evening everyone, and welcome to the District Instructional Materials Review Committee.", nil},
		{"Joanna Robinson is a podcaster and the author of a book.", nil},
		{"Jean McKenzie, a few hours after we record this podcast, a rocket will launch.", nil},
		{"You can hear more on our podcast.", nil},
	}
	for _, tt := range tests {
		if got := programmeNames(tt.sentence); !slices.Equal(got, tt.want) {
			t.Errorf("programmeNames(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestDropProgrammes: a programme's name goes wherever the document
// repeats it; the company it comes from, and one-word names, stay.
func TestDropProgrammes(t *testing.T) {
	sentences := []string{
		"Welcome to the Bright Side, a new kind of daily podcast from Hello Sunshine.",
		"Bring a little optimism into your life with the Bright Side.",
		"Fukushima, a powerful podcast series from the BBC World Service, tells the story.",
		"Japan began releasing water from Fukushima today.",
	}
	spans := []pipeline.Span{
		spanOf(t, sentences, 0, "Bright Side", pipeline.Place),
		spanOf(t, sentences, 0, "Hello Sunshine", pipeline.Org),
		spanOf(t, sentences, 1, "Bright Side", pipeline.Place),
		spanOf(t, sentences, 2, "Fukushima", pipeline.Place),
		spanOf(t, sentences, 3, "Japan", pipeline.Place),
		spanOf(t, sentences, 3, "Fukushima", pipeline.Place),
	}
	got := typedTexts(sentences, dropProgrammes(sentences, spans))
	if want := []string{"Hello Sunshine/ORG", "Fukushima/PLACE", "Japan/PLACE", "Fukushima/PLACE"}; !slices.Equal(got, want) {
		t.Errorf("dropProgrammes kept %q, want %q", got, want)
	}
}
