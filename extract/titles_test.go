package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestDropWorkTitles: spans inside a title the sentence introduces as a
// work's are dropped, others kept. Sentences from the podcasts and BBC
// Global News; the spans are what a newswire model might find in them.
func TestDropWorkTitles(t *testing.T) {
	tests := []struct {
		sentence string
		spans    []string // span texts, each found at its first whole-word occurrence
		kept     []string
	}{
		{"Terry has written a book called The Deep Learning Revolution.",
			[]string{"Terry", "Deep Learning Revolution"}, []string{"Terry"}},
		{"We also talk about his online Coursera course with Barbara Oakley called Learning How to Learn and it's the most popular online course ever.",
			[]string{"Coursera", "Barbara Oakley", "Learning How", "Learn"}, []string{"Coursera", "Barbara Oakley"}},
		{"Like his book, The Computational Brain with Patricia Churchland literally helped alter my life path.",
			[]string{"Computational Brain", "Patricia Churchland"}, []string{"Patricia Churchland"}},
		{"So he has a new book that is just about to come out called The Importance of Being Educable, A New Theory of Human Uniqueness.",
			[]string{"Importance of Being Educable", "New Theory of Human Uniqueness"}, nil},
		{"And the book was called Computational Neuroscience by Patricia Churchland and Terence Sejnowski.",
			[]string{"Computational Neuroscience", "Patricia Churchland", "Terence Sejnowski"}, []string{"Patricia Churchland", "Terence Sejnowski"}},
		{"Killian Murphy on his starring role in the multiple Oscar nominated film Oppenheimer.",
			[]string{"Killian Murphy", "Oscar", "Oppenheimer"}, []string{"Killian Murphy", "Oscar"}},
		{"That report by Faye Nurse, and you can watch the full documentary Betrayal at Birth on the BBC World Service YouTube channel.",
			[]string{"Faye Nurse", "Betrayal", "BBC World Service"}, []string{"Faye Nurse", "BBC World Service"}},
		// a title the model did not tag at its start (Mindscape, 2024)
		{"He wrote this book called Probably Approximately Correct, Nature's Algorithms for Learning and Prospering in a Complex World.",
			[]string{"Nature", "Algorithms for Learning and Prospering"}, nil},
		{"He's written a new book called Around the World in 80 Games.",
			[]string{"World"}, nil},
		// not titles
		{"Of course Rwanda has played a role in wars that have seen governments change in Congo.",
			[]string{"Rwanda", "Congo"}, []string{"Rwanda", "Congo"}},
		{"And so on paper Serbia is continuing with a process.",
			[]string{"Serbia"}, []string{"Serbia"}},
		{"In the book Chloe does say the hair saved her.",
			[]string{"Chloe"}, []string{"Chloe"}},
		{"But in 2009, while rehearsing for the seventh film, David was badly injured.",
			[]string{"David"}, []string{"David"}},
		{"I wrote the script in response to an article Steven Pinker wrote for Popular Science magazine.",
			[]string{"Steven Pinker", "Popular Science"}, []string{"Steven Pinker", "Popular Science"}},
		{"It's a great episode, Nathan.",
			[]string{"Nathan"}, []string{"Nathan"}},
		{"The source speaks for itself, starting with the title page, where the composer is named Wolfgang Mozart.",
			[]string{"Wolfgang Mozart"}, []string{"Wolfgang Mozart"}},
	}
	for _, tt := range tests {
		if got := keptBy(t, dropWorkTitles, tt.sentence, tt.spans); !slices.Equal(got, tt.kept) {
			t.Errorf("dropWorkTitles(%q) kept %q, want %q", tt.sentence, got, tt.kept)
		}
	}
}

// keptBy runs pass over one sentence with ORG spans at the first
// whole-word occurrence of each of texts, and returns the texts it keeps.
func keptBy(t *testing.T, pass func([]string, []pipeline.Span) []pipeline.Span, sentence string, texts []string) []string {
	t.Helper()
	var spans []pipeline.Span
	for _, w := range texts {
		i := wholeWordIndex(sentence, w)
		if i < 0 {
			t.Fatalf("%q not in %q", w, sentence)
		}
		spans = append(spans, pipeline.Span{Start: i, End: i + len(w), Type: pipeline.Org})
	}
	var kept []string
	for _, sp := range pass([]string{sentence}, spans) {
		kept = append(kept, sentence[sp.Start:sp.End])
	}
	return kept
}

// TestDropListedWorks: titles listed after "seasons of", "series like",
// ... are no mentions; an author in the possessive, and what follows the
// list, are. Sentences from BBC Global News.
func TestDropListedWorks(t *testing.T) {
	tests := []struct {
		sentence string
		spans    []string
		kept     []string
	}{
		{"Stream the UK's most brilliant series, including new and upcoming seasons of Shetland, Father Brown and Death in Paradise, plus new originals like Payback, Irving Welsh's Crime and Archie, the story of Hollywood's greatest leading man, Carrie Grant.",
			[]string{"UK", "Shetland", "Father Brown", "Death", "Paradise", "Payback", "Irving Welsh", "Archie", "Hollywood", "Carrie Grant"},
			[]string{"UK", "Irving Welsh", "Hollywood", "Carrie Grant"}},
		{"Stream the UK's most brilliant series, including new and upcoming seasons of Shetland, Father Brown and Death in Paradise, plus new originals like payback, Irving Welsh's crime, and Archie, the story of Hollywood's greatest leading man, Carrie Grant.",
			[]string{"Shetland", "Irving Welsh", "Archie", "Carrie Grant"}, []string{"Irving Welsh", "Carrie Grant"}},
		{"People might know her from programmes like Game of Thrones.",
			[]string{"Game of Thrones"}, nil},
		// no list: the first item runs on as a sentence
		{"The singer Jennifer Lopez known for hits like this has cancelled her US tour.",
			[]string{"Jennifer Lopez", "US"}, []string{"Jennifer Lopez", "US"}},
		{"Internationally famous for films like My Neighbor Totoro and The Tale of the Princess Kaguya Studio Ghibli has revolutionized the world of animation",
			[]string{"Studio Ghibli"}, []string{"Studio Ghibli"}},
	}
	for _, tt := range tests {
		if got := keptBy(t, dropListedWorks, tt.sentence, tt.spans); !slices.Equal(got, tt.kept) {
			t.Errorf("dropListedWorks(%q) kept %q, want %q", tt.sentence, got, tt.kept)
		}
	}
}

// wholeWordIndex returns the first index of w in s not followed by a
// letter, or -1.
func wholeWordIndex(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		if e := off + i + len(w); e == len(s) || !isLetter(s[e]) {
			return off + i
		}
		off += i + 1
	}
}

// TestTitledOrgs: a military title before a name that is no word is a
// person's title, even when the model typed the two an organisation.
func TestTitledOrgs(t *testing.T) {
	tests := []struct {
		sentence, span, want string
	}{
		{"General Shago visited the troops.", "General Shago", "Shago/PERSON"},
		{"Soldiers loyal to General Soleimani attacked.", "General Soleimani", "Soleimani/PERSON"},
		{"General Motors said sales fell.", "General Motors", "General Motors/ORG"},
		{"The General Assembly voted.", "General Assembly", "General Assembly/ORG"},
		{"The Justice Department said so.", "Justice Department", "Justice Department/ORG"},
	}
	for _, tt := range tests {
		sentences := []string{tt.sentence}
		got := typedTexts(sentences, titledOrgs(sentences, []pipeline.Span{spanOf(t, sentences, 0, tt.span, pipeline.Org)}))
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("titledOrgs(%q in %q) = %q, want %q", tt.span, tt.sentence, got, tt.want)
		}
	}
}
