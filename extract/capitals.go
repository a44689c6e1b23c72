package extract

import (
	_ "embed"
	"sort"
	"strings"

	"github.com/mentions/mentions/extract/internal/givennames"
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

// misheardCities retypes as a place a two-word name the model read as a
// person that is a city of the gazetteer or one letter from one in its
// last word ("Khan Yunus", "Khan Unis" for Khan Yunis: the recogniser
// spells the Gaza city a dozen ways, and "Khan" reads as a surname). A given name
// first ("Ali Kahn") or a role before the name keeps the person.
func (x *Model) misheardCities(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		if sp.Type != pipeline.Person {
			continue
		}
		s := sentences[sp.Sentence]
		first, last, ok := strings.Cut(s[sp.Start:sp.End], " ")
		if !ok || strings.Contains(last, " ") || len(last) < 4 || !asciiWord(last) || !allCapitalised([]string{first, last}) ||
			givennames.Lookup(first) != givennames.Unknown || afterRole(s, sp.Start) {
			continue
		}
		if x.m.IsCity(first+" "+last) || x.oneEditCity(first, last) {
			spans[k].Type = pipeline.Place
		}
	}
	return spans
}

// oneEditCity reports whether first followed by a word one letter from
// last (one deleted, inserted or changed) is a city of the gazetteer.
func (x *Model) oneEditCity(first, last string) bool {
	w := []byte(strings.ToLower(last))
	try := func(v []byte) bool { return x.m.IsCity(first + " " + string(v)) }
	buf := make([]byte, 0, len(w)+1)
	for i := 0; i <= len(w); i++ {
		if i < len(w) && try(append(append(buf[:0], w[:i]...), w[i+1:]...)) {
			return true // deleted
		}
		for c := byte('a'); c <= 'z'; c++ {
			if try(append(append(append(buf[:0], w[:i]...), c), w[i:]...)) {
				return true // inserted
			}
			if i < len(w) && c != w[i] && try(append(append(append(buf[:0], w[:i]...), c), w[i+1:]...)) {
				return true // changed
			}
		}
	}
	return false
}

// listedPlaces retypes as a place a one-word "person" listed among places:
// "Burkina Faso, Marley and Niger" (the recogniser's Mali), "Israel, Gaza
// and Ruffa". Both of its neighbours in the list are places, joined to it
// by a comma, "and" or "or" alone; a given name or a famous person stays.
func listedPlaces(sentences []string, spans []pipeline.Span) []pipeline.Span {
	bySentence := map[int][]int{}
	for k, sp := range spans {
		bySentence[sp.Sentence] = append(bySentence[sp.Sentence], k)
	}
	joined := func(s string, a, b pipeline.Span) bool {
		gap := s[a.End:b.Start]
		return gap == ", " || gap == " and " || gap == ", and " || gap == " or " || gap == ", or "
	}
	for i, ks := range bySentence {
		s := sentences[i]
		sort.Slice(ks, func(a, b int) bool { return spans[ks[a]].Start < spans[ks[b]].Start })
		for j := 1; j+1 < len(ks); j++ {
			prev, sp, next := spans[ks[j-1]], spans[ks[j]], spans[ks[j+1]]
			name := s[sp.Start:sp.End]
			if sp.Type != pipeline.Person || prev.Type != pipeline.Place || next.Type != pipeline.Place ||
				strings.Contains(name, " ") || givennames.Lookup(name) != givennames.Unknown || famous[name] ||
				!joined(s, prev, sp) || !joined(s, sp, next) {
				continue
			}
			spans[ks[j]].Type = pipeline.Place
		}
	}
	return spans
}
