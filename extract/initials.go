package extract

import (
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// personInitials retypes as a person an acronym that spells the initials
// of a person named in full in the same transcript: "MBS" after "Mohammed
// bin Salman", "JFK" after "John F. Kennedy", "AOC" after "Alexandria
// Ocasio-Cortez". The model reads a short run of capitals as an
// organisation, and a podcast that has named a man once may call him by
// his initials fifty times. Listed organisations and countries keep
// their type: "FBI" stays the bureau even beside a "Frank B. Irwin", and
// "CZ" (Czechia's code) stays a place beside "Changpeng Zhao".
func (x *Model) personInitials(sentences []string, spans []pipeline.Span) []pipeline.Span {
	people := map[string]bool{}
	for _, sp := range spans {
		if sp.Type == pipeline.Person {
			if in := initialsOf(sentences[sp.Sentence][sp.Start:sp.End]); in != "" {
				people[in] = true
			}
		}
	}
	if len(people) == 0 {
		return spans
	}
	for k, sp := range spans {
		name := sentences[sp.Sentence][sp.Start:sp.End]
		if sp.Type == pipeline.Person || !people[name] || isKnownOrg(name) || x.m.IsCountry(name) {
			continue
		}
		spans[k].Type = pipeline.Person
	}
	return spans
}

// initialsOf gives the initials, in capitals, of a name of two to four
// words ("Mohammed bin Salman" gives "MBS"; a hyphen parts words too),
// or "" for a name of one word, of more than four, or with a word that
// does not open with a Latin letter.
func initialsOf(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		c := w[0]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c < 'A' || c > 'Z' {
			return ""
		}
		b.WriteByte(c)
	}
	return b.String()
}
