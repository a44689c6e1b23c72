package extract

import (
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// TestDropCaptionWords: in unpunctuated captions, one-word names that are
// lower-case dictionary words go; names, names that are also words
// ("Knight"), acronyms and longer names stay. Punctuated text is no
// captions. From the captions of a chess podcast (Lex Fridman, episode 330).
func TestDropCaptionWords(t *testing.T) {
	filler := strings.Repeat("and then we played another game ", 40)
	sentences := []string{
		"you and Magnus played a private game in Moscow and the Knight took the Rooks before Checkmate",
		"Chess is hard at LAX and in the United States " + filler,
	}
	var spans []pipeline.Span
	for _, n := range []struct {
		sent      int
		text, typ string
	}{
		{0, "Magnus", pipeline.Person}, {0, "Moscow", pipeline.Place}, {0, "Knight", pipeline.Person},
		{0, "Rooks", pipeline.Org}, {0, "Checkmate", pipeline.Org}, {1, "Chess", pipeline.Org},
		{1, "LAX", pipeline.Org}, {1, "United States", pipeline.Place},
	} {
		spans = append(spans, spanOf(t, sentences, n.sent, n.text, n.typ))
	}
	got := typedTexts(sentences, dropCaptionWords(sentences, append([]pipeline.Span(nil), spans...)))
	want := []string{"Magnus/PERSON", "Moscow/PLACE", "Knight/PERSON", "LAX/ORG", "United States/PLACE"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("dropCaptionWords = %q, want %q", got, want)
	}
	if !unpunctuated(sentences) {
		t.Errorf("unpunctuated(captions) = false, want true")
	}
	punctuated := []string{sentences[0] + ".", strings.ReplaceAll(sentences[1], "game ", "game. ")}
	if unpunctuated(punctuated) {
		t.Errorf("unpunctuated(punctuated text) = true, want false")
	}
}
