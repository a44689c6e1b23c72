package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mentions/mentions/extract/internal/givennames"
	"github.com/mentions/mentions/pipeline"
)

// splitSurnamePairs splits two people named side by side by their
// surnames ("the Harris Trump debate", "the Biden-Harris ticket"), which a
// model reads as one name or, hyphenated, as none. A pair is split only
// when the document names both people in full elsewhere ("Kamala Harris",
// "Donald Trump") and by the surname alone, and neither word opens a full
// name there, so a real two-word name ("Martin Reynolds") is not cut for
// a "Michael Martin" in the same episode. New spans are appended;
// the pipeline sorts mentions by offset.
func splitSurnamePairs(sentences []string, spans []pipeline.Span) []pipeline.Span {
	// full names (two or more words) by their first and last words
	byLast := make(map[string]map[string]bool)
	byFirst := make(map[string]map[string]bool)
	alone := make(map[string]bool) // people named by one word
	add := func(m map[string]map[string]bool, k, name string) {
		if m[k] == nil {
			m[k] = make(map[string]bool)
		}
		m[k][name] = true
	}
	for _, sp := range spans {
		if sp.Type != pipeline.Person {
			continue
		}
		name := strings.TrimSuffix(sentences[sp.Sentence][sp.Start:sp.End], "'s")
		words := strings.Fields(name)
		if len(words) < 2 {
			alone[name] = true
			continue
		}
		add(byFirst, words[0], name)
		add(byLast, words[len(words)-1], name)
	}
	if len(byLast) < 2 {
		return spans
	}
	// other reports whether m[k] holds a name besides pair
	other := func(m map[string]map[string]bool, k, pair string) bool {
		for name := range m[k] {
			if name != pair {
				return true
			}
		}
		return false
	}
	pair := func(a, b string) bool {
		whole := a + " " + b
		return a != b && alone[a] && alone[b] && other(byLast, a, whole) && other(byLast, b, whole) && !other(byFirst, a, whole) && !other(byFirst, b, whole)
	}
	out := spans[:0:0]
	for _, sp := range spans {
		s := sentences[sp.Sentence]
		if sp.Type == pipeline.Person {
			name := s[sp.Start:sp.End]
			if cut := strings.IndexAny(name, " -"); cut > 0 && strings.IndexAny(name[cut+1:], " -") < 0 && pair(name[:cut], name[cut+1:]) {
				out = append(out, pipeline.Span{Sentence: sp.Sentence, Start: sp.Start, End: sp.Start + cut, Type: pipeline.Person},
					pipeline.Span{Sentence: sp.Sentence, Start: sp.Start + cut + 1, End: sp.End, Type: pipeline.Person})
				continue
			}
		}
		out = append(out, sp)
	}
	// hyphenated pairs the model left untagged
	for i, s := range sentences {
		for from := 0; ; {
			h := strings.IndexByte(s[from:], '-')
			if h < 0 {
				break
			}
			h += from
			from = h + 1
			a, b := capitalisedBefore(s, h), capitalisedAfter(s, h+1)
			if a < 0 || b < 0 || !pair(s[a:h], s[h+1:b]) || overlapsIn(out, i, a, b) {
				continue
			}
			out = append(out, pipeline.Span{Sentence: i, Start: a, End: h, Type: pipeline.Person},
				pipeline.Span{Sentence: i, Start: h + 1, End: b, Type: pipeline.Person})
		}
	}
	return out
}

// capitalisedBefore returns where the capitalised word of letters ending
// at end starts, or -1.
func capitalisedBefore(s string, end int) int {
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	if start == end {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(s[start:]); !unicode.IsUpper(r) {
		return -1
	}
	return start
}

// capitalisedAfter returns where the capitalised word of letters starting
// at start ends, or -1. A possessive ending stays outside.
func capitalisedAfter(s string, start int) int {
	r, _ := utf8.DecodeRuneInString(s[start:])
	if !unicode.IsUpper(r) {
		return -1
	}
	end := start
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return end
}

// surnamesEverywhere adds a person wherever the document repeats, alone,
// the surname of a person it names in full and the model left the word
// untagged: podcasts discuss "Geoffrey Hinton" and then "Hinton" for an
// hour, and a model trained on newswire misses many of the later ones.
// A name the document says alone, never in full, counts once the model
// has read it as a person alone twice and never as part of a place or an
// organisation: a chess podcast's "Magnus" was found 8 times in 81.
// A surname counts only if it is capitalised, not in capitals, of three
// letters or more, no common word ("Brown", "Rice" as written lower-case
// in common.txt), no place the gazetteer holds and no listed
// organisation; an occurrence counts only capitalised and not run into
// another capitalised word ("Hinton Street") nor after "the" ("the
// King" after "Travis King"); days, months, titles and the words of
// notNames are no surnames. First, a first name or surname of someone the
// document names in full twice or more, where the model typed it alone as
// a place or an organisation, is that person, unless the gazetteer holds
// it ("Hunter" of "Hunter Biden"; not "Florida" of a misread "Florida
// Man").
func (x *Model) surnamesEverywhere(sentences []string, spans []pipeline.Span) []pipeline.Span {
	alone := map[string]int{} // one-word person spans: the model reads the word as a name here
	for _, sp := range spans {
		if name := sentences[sp.Sentence][sp.Start:sp.End]; sp.Type == pipeline.Person && !strings.Contains(name, " ") {
			alone[withoutPossessive(name)]++
		}
	}
	// a first name or surname of someone the document names in full at
	// least twice, typed a place or an organisation when alone, is that
	// person ("Hunter Biden ... Hunter", a place to the model)
	fullCount := map[string]int{}
	for _, sp := range spans {
		if name := sentences[sp.Sentence][sp.Start:sp.End]; sp.Type == pipeline.Person && strings.Count(name, " ") == 1 {
			fullCount[name]++
		}
	}
	part := map[string]bool{}
	for name, n := range fullCount {
		if n < 2 {
			continue
		}
		first, last, _ := strings.Cut(name, " ")
		part[first], part[last] = true, true
	}
	for k, sp := range spans {
		w := sentences[sp.Sentence][sp.Start:sp.End]
		if sp.Type != pipeline.Person && part[w] && !x.m.InGazetteer(w) && !isKnownOrg(w) && !common[strings.ToLower(w)] {
			spans[k].Type = pipeline.Person
		}
	}
	otherTyped := map[string]bool{} // words of spans typed a place or an organisation
	for _, sp := range spans {
		if sp.Type != pipeline.Person {
			for _, w := range strings.Fields(sentences[sp.Sentence][sp.Start:sp.End]) {
				otherTyped[withoutPossessive(w)] = true
			}
		}
	}
	seen := map[string]bool{}
	var names []string
	for _, sp := range spans {
		if sp.Type != pipeline.Person {
			continue
		}
		name := sentences[sp.Sentence][sp.Start:sp.End]
		i := strings.LastIndexByte(name, ' ')
		w := withoutPossessive(name[i+1:])
		if i < 0 && (alone[w] < 2 || otherTyped[w]) || seen[w] {
			continue // a name only ever said alone counts once read so twice ("Magnus"), and never as something else ("Wagner")
		}
		seen[w] = true
		lw := strings.ToLower(w)
		if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w || !asciiWord(w) || stormWord(w) ||
			common[lw] || titles(lw) || calendarWords[lw] || notNames[w] || notNames[strings.TrimSuffix(w, "s")] ||
			x.m.InGazetteer(w) || isKnownOrg(w) || alone[w] == 0 {
			continue
		}
		names = append(names, w)
	}
	for _, w := range names {
		spans = addWord(sentences, spans, w, pipeline.Person, func(s string, start, end int) bool {
			if end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.' && end+1 < len(s) && isLetter(s[end+1])) {
				return false // "ReBag10", "ReBag.com"
			}
			if start > 0 && s[start-1] == '-' {
				return false // "anti-Trump", "Biden-Harris" (splitSurnamePairs' business)
			}
			return !capitalAfter(s, end) && !capitalBefore(s, start) && !afterThe(s, start) && !nameParticleAfter(s, end)
		})
	}
	return spans
}

// nameParticleAfter reports whether a particle that joins the parts of an
// Arabic name follows byte offset end of s: "Muhammad bin Salman" is not
// "Muhammad" alone.
func nameParticleAfter(s string, end int) bool {
	rest := s[end:]
	for _, p := range []string{" bin ", " ibn ", " bint ", " al-", " el-"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// afterThe reports whether "the " stands right before byte offset start
// of s: "the King", "the Mars rover" are no surnames.
func afterThe(s string, start int) bool {
	return start >= 4 && strings.EqualFold(s[start-4:start], "the ") && (start == 4 || !isLetter(s[start-5]))
}

// asciiWord reports whether w is ASCII letters, hyphens and apostrophes
// only.
func asciiWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) && w[i] != '-' && w[i] != '\'' {
			return false
		}
	}
	return true
}

// capitalBefore reports whether a capitalised word ends right before byte
// offset start of s, after one space: the word is part of a longer name.
func capitalBefore(s string, start int) bool {
	if start < 2 || s[start-1] != ' ' || !isLetter(s[start-2]) {
		return false
	}
	k := start - 2
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	return s[k] >= 'A' && s[k] <= 'Z' && k > 0 // a sentence's first word is capitalised anyway
}

// nameParticles join the parts of an Arabic name ("Mohammed bin Salman",
// "Osama bin Laden") or open its last part ("Abdel Fattah al-Burhan"); a
// model trained on 1996 news tags the parts apart, or leaves the last out.
var nameParticles = wordSet("bin", "bint", "ibn")

// joinNameParticles extends a person's span over a particle and the
// capitalised word after it ("Mohammed" + " bin Salman", "Abdel Fattah" +
// " al-Burhan"), and merges into it the spans that start inside the
// extension ("Tamim bin Hamad" and "Hamad Al Thani").
func joinNameParticles(sentences []string, spans []pipeline.Span) []pipeline.Span {
	type ext struct{ k, from int } // the extended span, where its extension starts
	var exts []ext
	for k, sp := range spans {
		if sp.Type != pipeline.Person {
			continue
		}
		if end := particleRun(sentences[sp.Sentence], sp.End); end > sp.End {
			exts = append(exts, ext{k, sp.End})
			spans[k].End = end
		}
	}
	if exts == nil {
		return spans
	}
	drop := make(map[int]bool)
	for _, x := range exts {
		ext := &spans[x.k]
		for k, sp := range spans {
			if k != x.k && !drop[k] && sp.Sentence == ext.Sentence && sp.Start > x.from && sp.Start < ext.End {
				ext.End = max(ext.End, sp.End)
				drop[k] = true
			}
		}
	}
	out := spans[:0]
	for k, sp := range spans {
		if !drop[k] {
			out = append(out, sp)
		}
	}
	return out
}

// particleRun returns where the particles and names after byte offset
// end of s stop: " bin Salman", " al-Burhan", " bin Hamad al-Thani".
func particleRun(s string, end int) int {
	for {
		rest := s[end:]
		if !strings.HasPrefix(rest, " ") {
			return end
		}
		fields := strings.Fields(rest[1:])
		if len(fields) == 0 || !strings.HasPrefix(rest[1:], fields[0]) {
			return end // one space, then a word
		}
		w := fields[0]
		next := end + 1
		switch {
		case nameParticles[strings.ToLower(w)]:
			next += len(w) + 1 // " bin ", then the name
		case len(w) > 3 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")):
			next += 3 // " al-", the name joined to it
		default:
			return end
		}
		if next >= len(s) || s[next] < 'A' || s[next] > 'Z' {
			return end
		}
		e := next
		for e < len(s) && (isLetter(s[e]) || s[e] == '-' || s[e] == '\'') {
			e++
		}
		end = withoutPossessiveEnd(s, next, e)
	}
}

// withoutPossessiveEnd returns e, or where a possessive ending of
// s[start:e] begins.
func withoutPossessiveEnd(s string, start, e int) int {
	return start + len(withoutPossessive(s[start:e]))
}

// placeGivenNames joins a place that is also a given name to the person
// right after it, when the model cut one name in two: "Georgia Ball",
// "Victoria Mary Clark", "Israel Katz". A country before a full name
// stays apart ("the President of Israel Isaac Herzog"), and so does a
// place after a preposition ("in Victoria Daniel Andrews said").
func (x *Model) placeGivenNames(sentences []string, spans []pipeline.Span) []pipeline.Span {
	drop := map[int]bool{}
	for k, pl := range spans {
		if pl.Type != pipeline.Place {
			continue
		}
		s := sentences[pl.Sentence]
		name := s[pl.Start:pl.End]
		if strings.Contains(name, " ") || givennames.Lookup(name) == givennames.Unknown || strings.ToUpper(name) == name {
			continue
		}
		if prev := wordsBefore(s, pl.Start, 1); len(prev) == 1 && placePreps[prev[0]] {
			continue
		}
		for j, pe := range spans {
			if pe.Type != pipeline.Person || pe.Sentence != pl.Sentence || pe.Start != pl.End+1 || s[pl.End] != ' ' {
				continue
			}
			words := len(strings.Fields(s[pe.Start:pe.End]))
			if words > 2 || words == 2 && x.m.IsCountry(name) {
				break
			}
			spans[j].Start = pl.Start
			drop[k] = true
			break
		}
	}
	if len(drop) == 0 {
		return spans
	}
	out := spans[:0]
	for k, sp := range spans {
		if !drop[k] {
			out = append(out, sp)
		}
	}
	return out
}

// placePreps before a place make it the place ("in Victoria"); "to" is
// left out, as often "talking to Victoria Uon Kondo".
var placePreps = wordSet("in", "from", "of", "at", "near", "across", "outside", "into")
