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
		the      []string // names between "the" and "podcast"
	}{
		{"Search for World of Secrets wherever you get your BBC podcasts.", []string{"World of Secrets"}, nil},
		{"Search for the Global Story, wherever you get your BBC podcasts.", []string{"Global Story"}, nil},
		{"To find out, listen to Good Bad Billionaire wherever you get your podcasts.", []string{"Good Bad Billionaire"}, nil},
		{"The Global Jigsaw is the podcast helping you make sense of them.", []string{"Global Jigsaw"}, nil},
		{"Welcome to the Bright Side, a new kind of daily podcast from Hello Sunshine.", []string{"Bright Side"}, nil},
		// the podcast's own name (Cognitive Revolution, 2023)
		{"Hello and welcome back to the Cognitive Revolution.", []string{"Cognitive Revolution"}, nil},
		{"Welcome to the Global News Podcast from the BBC World Service.", []string{"Global News Podcast"}, nil},
		// not so
		{"Welcome to the Donald Trump show.", nil, nil},
		{"Good evening everyone, and welcome to the District Instructional Materials Review Committee.", nil, nil},
		{"Joanna Robinson is a podcaster and the author of a book.", nil, nil},
		{"Jean McKenzie, a few hours after we record this podcast, a rocket will launch.", nil, nil},
		{"You can hear more on our podcast.", nil, nil},
		// between "the" and "podcast"
		{"But there will be a new edition of the Global News podcast later.", nil, []string{"Global News"}},
		{"This is the Lex Fridman podcast.", nil, []string{"Lex Fridman"}}, // a person's name, kept by dropProgrammes
		{"Kalki presents My Indian Life is the BBC World Service podcast.", nil, nil},
		// named after the word
		{"I'm Katya Adler, host of the brand new BBC World Service podcast, The Global Story.", []string{"Global Story"}, nil},
	}
	for _, tt := range tests {
		got, the := programmeNames(tt.sentence)
		if !slices.Equal(got, tt.want) || !slices.Equal(the, tt.the) {
			t.Errorf("programmeNames(%q) = %q, %q, want %q, %q", tt.sentence, got, the, tt.want, tt.the)
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

// TestFindUs: a "Find us wherever ..." sentence makes the name opening the
// sentence before it a programme's. From BBC Global News adverts, 2023.
func TestFindUs(t *testing.T) {
	sentences := []string{
		"The Global Story brings you fresh takes and smart perspectives from BBC Journalists around the world.",
		"Find us wherever you get your BBC podcasts.",
		"Later, the Global Story team met in London.",
	}
	spans := []pipeline.Span{
		spanOf(t, sentences, 0, "Global Story", pipeline.Org),
		spanOf(t, sentences, 0, "BBC", pipeline.Org),
		spanOf(t, sentences, 2, "Global Story", pipeline.Org),
		spanOf(t, sentences, 2, "London", pipeline.Place),
	}
	got := typedTexts(sentences, dropProgrammes(sentences, spans))
	want := []string{"BBC/ORG", "London/PLACE"}
	if !slices.Equal(got, want) {
		t.Errorf("dropProgrammes = %q, want %q", got, want)
	}
	if findUs("We found us a place wherever you get your coffee.") {
		t.Error("findUs read a sentence that sends no one to a podcast")
	}
}

// TestSplitFrom: an organisation's span over " from " is two names, and
// the programme among them goes. From a BBC Global News advert, 2024.
func TestSplitFrom(t *testing.T) {
	sentences := []string{
		"Welcome to the Bright Side, a new kind of daily podcast from Hello Sunshine.",
		"Listen to the Bright Side from Hello Sunshine wherever you get your podcasts.",
	}
	spans := []pipeline.Span{
		spanOf(t, sentences, 0, "Bright Side", pipeline.Place),
		spanOf(t, sentences, 0, "Hello Sunshine", pipeline.Org),
		spanOf(t, sentences, 1, "Bright Side from Hello Sunshine", pipeline.Org),
	}
	got := typedTexts(sentences, dropProgrammes(sentences, splitFrom(sentences, spans)))
	want := []string{"Hello Sunshine/ORG", "Hello Sunshine/ORG"}
	if !slices.Equal(got, want) {
		t.Errorf("dropProgrammes(splitFrom) = %q, want %q", got, want)
	}
}
