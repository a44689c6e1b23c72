package extract

import (
	_ "embed"
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// capitalsText lists the world's capitals; internal/mkcapitals writes it
// from the country data (the command is in its doc comment).
//
//go:embed capitals.txt
var capitalsText string

var capitals = nameSet(capitalsText)

// personalCapitals are capitals that are as often a person's first name or
// surname ("Victoria", "Santiago Peña", "Stanley"): the model's PERSON
// stands for them.
var personalCapitals = wordSet("Victoria", "Santiago", "Hamilton", "Sofia", "Douglas", "Stanley",
	"Kingston", "Adamstown", "Jamestown", "Paris", "Lima", "Ottawa", "Male")

// capitalsAsPlaces retypes as a place a capital the model read as a person:
// news names a government by its capital ("Kyiv says it's created a
// humanitarian corridor", "aid for Kyiv"), and a model trained on 1996
// newswire, which spelt it "Kiev", takes "Kyiv" there for a person half
// the time. A capital after a title ("Mr Bern") or before another
// capitalised word ("Riyadh al-Maliki" as misheard) stays a person, and
// so does one that ends a longer person's name in the same document
// ("Denzel Washington" ... "Washington").
func capitalsAsPlaces(sentences []string, spans []pipeline.Span) []pipeline.Span {
	surnames := surnamesOf(sentences, spans)
	for k, sp := range spans {
		s := sentences[sp.Sentence]
		name := s[sp.Start:sp.End]
		if sp.Type != pipeline.Person || !capitals[name] || personalCapitals[name] || surnames[name] ||
			afterRole(s, sp.Start) || capitalAfter(s, sp.End) {
			continue
		}
		spans[k].Type = pipeline.Place
	}
	return spans
}

// surnamesOf returns the last words of the person names of two or more
// words among spans: a one-word name among them may be that person's.
func surnamesOf(sentences []string, spans []pipeline.Span) map[string]bool {
	surnames := map[string]bool{}
	for _, sp := range spans {
		if sp.Type != pipeline.Person {
			continue
		}
		name := sentences[sp.Sentence][sp.Start:sp.End]
		if i := strings.LastIndexByte(name, ' '); i > 0 {
			surnames[name[i+1:]] = true
		}
	}
	return surnames
}

// capitalAfter reports whether a capitalised word follows byte offset end
// of s after one space or hyphen: the name goes on ("Riyadh al-Maliki"
// does not; "Riyadh Mansour" does).
func capitalAfter(s string, end int) bool {
	if end+1 >= len(s) || s[end] != ' ' && s[end] != '-' {
		return false
	}
	c := s[end+1]
	return c >= 'A' && c <= 'Z'
}

// nameSet reads a list file: one name a line, "#" comments and blank
// lines skipped.
func nameSet(text string) map[string]bool {
	m := make(map[string]bool)
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}
