package extract

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mentions/mentions/pipeline"
)

// famousText lists famous people by the one word speech calls them by
// ("Aristotle", "Kant", "Turing"); hand-written, see its header.
//
//go:embed famous.txt
var famousText string

var famous = nameSet(famousText)

// famousPeople makes the famous people a talk names by one word persons.
// Talks and podcasts on ideas cite them alone ("from Turing to Searle",
// "as Descartes argued"), and a model trained on 1996 newswire has seen
// few of them: it types them places or organisations ("Turing" a place,
// "Searle" an organisation) or misses them.
//
// A span that is a listed name, alone or in the possessive, becomes a
// person; a span that opens with a listed name in the possessive is cut to
// the name ("Plato's Republic": the work is no mention, the person is);
// a span of two capitalised words that ends in one is a person too
// ("Alan Turing"), unless the first is in capitals ("MK Stalin" may be
// anyone) or the gazetteer holds the two ("Milton Keynes").
// A listed name the model left untagged is added where it stands alone:
// capitalised, not run into another capitalised word ("Kant Street",
// "Immanuel Kant" is the model's); also after "the", where a famous name
// is most often a modifier naming the person ("the Hinton paper", "the
// Reagan era"). Terms named after
// people ("the Turing test") are dropEponyms' business, later.
func (x *Model) famousPeople(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		s := sentences[sp.Sentence]
		name := s[sp.Start:sp.End]
		if w, ok := possessiveName(name); ok && famous[w] {
			if len(w) < len(name) && (name[len(w)] == '\'' || strings.HasPrefix(name[len(w):], "’")) {
				spans[k].End = sp.Start + len(w) // "Plato's Republic" → "Plato"
			}
			spans[k].Type = pipeline.Person
		} else if words := strings.Fields(name); len(words) == 2 && famous[words[1]] && allCapitalised(words) &&
			strings.ToUpper(words[0]) != words[0] && !x.m.InGazetteer(name) {
			spans[k].Type = pipeline.Person // "Alan Turing", typed an organisation
		}
	}
	for i, s := range sentences {
		for start := 0; start < len(s); {
			r, size := utf8.DecodeRuneInString(s[start:])
			if !unicode.IsLetter(r) {
				start += size
				continue
			}
			end := start + size
			for end < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[end:])
				if !unicode.IsLetter(r2) && r2 != '-' {
					break
				}
				end += s2
			}
			if unicode.IsUpper(r) && famous[s[start:end]] && !capitalAfter(s, end) && !capitalBefore(s, start) &&
				!overlapsIn(spans, i, start, end) {
				spans = append(spans, pipeline.Span{Sentence: i, Start: start, End: end, Type: pipeline.Person})
			}
			start = end
		}
	}
	return spans
}

// possessiveName returns the name a span holds when it is one word, or
// one word in the possessive, possibly heading more words ("Plato",
// "Plato's", "Plato's Republic").
func possessiveName(name string) (string, bool) {
	if i := strings.IndexAny(name, "'’"); i > 0 {
		rest := name[i:]
		if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			name = name[:i]
		}
	}
	if strings.ContainsAny(name, " '’") {
		return "", false
	}
	return name, true
}

// allCapitalised reports whether every word starts with a capital letter.
func allCapitalised(words []string) bool {
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
