package extract

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mentions/mentions/extract/internal/givennames"
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

// givenNamePersons makes a person of a two-word name typed a place or an
// organisation whose first word is a given name and whose second is a
// capitalised word that is no common word and no institution's or place's
// head: the recogniser misspells surnames ("Leonard Barr" for Bernard
// Baars, "Violeta Para"), and a model that has not seen the surname goes
// by the shape. "Victoria Falls", "Alice Springs" (common words), "Mary
// University" (a head), "Alexandra Palace" (a site) and places the
// gazetteer holds stay as they are. A given name alone that the model
// read as an organisation is a person too (givenNameAlone).
func (x *Model) givenNamePersons(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		if sp.Type == pipeline.Person {
			continue
		}
		name := sentences[sp.Sentence][sp.Start:sp.End]
		if sp.Type == pipeline.Org && x.givenNameAlone(sentences[sp.Sentence], sp.Start, name) {
			spans[k].Type = pipeline.Person // "as Imogen [Foulkes] in Geneva told me"
			continue
		}
		first, last, ok := strings.Cut(name, " ")
		if !ok || strings.Contains(last, " ") || givennames.Lookup(first) == givennames.Unknown ||
			!allCapitalised([]string{first, last}) || strings.ToUpper(first) == first || strings.ToUpper(last) == last {
			continue
		}
		lw := lowerWord(last)
		if common[lw] || orgHeads[lw] || placeHeads[lw] || forHeads[lw] || siteHeads[lw] || x.m.InGazetteer(name) || x.m.InGazetteer(last) ||
			isKnownOrg(name) || isKnownOrg(last) || products[name] {
			continue
		}
		spans[k].Type = pipeline.Person
	}
	return spans
}

// givenNameAlone reports whether name, which starts at byte start of s,
// is a given name alone that the model took for an organisation: not a
// place the gazetteer holds ("Chelsea", the club as often), a listed
// organisation or product, nor a party to a case ("Roe v Wade").
func (x *Model) givenNameAlone(s string, start int, name string) bool {
	if strings.Contains(name, " ") || givennames.Lookup(name) == givennames.Unknown || strings.ToUpper(name) == name ||
		x.m.InGazetteer(name) || isKnownOrg(name) || products[name] {
		return false
	}
	before := strings.TrimSuffix(s[:start], " ")
	return !strings.HasSuffix(before, " v") && !strings.HasSuffix(before, " v.") && !strings.HasSuffix(before, " vs") && !strings.HasSuffix(before, " vs.")
}

// siteHeads end the names of buildings, sites and events named after
// someone ("Alexandra Palace", "Sydney Zoo", "Sophie Stadium"); surnames
// that are common nouns of other kinds ("Rob Cross", "Scott Mills") are
// left to be names.
var siteHeads = wordSet("zoo", "aquarium", "garden", "gardens", "library", "stadium", "arena", "bridge", "city",
	"town", "township", "village", "street", "strasse", "road", "avenue", "field", "palace", "house", "hall",
	"theatre", "theater", "hotel", "church", "cathedral", "mosque", "temple", "synagogue", "station", "port",
	"crossing", "dam", "base", "camp", "prison", "market", "mall", "shoal", "reef", "diner", "studio", "revolution",
	"cup", "awards", "festival", "prize", "trophy", "open", "games", "line", "building", "centre", "center")

// dictWordsGz lists the words an English dictionary has only in lower
// case; internal/mkdict writes it (the command and the licence are in its
// doc comment).
//
//go:embed dictwords.txt.gz
var dictWordsGz []byte

// dictWords is dictWordsGz read, on first use.
var dictWords = sync.OnceValue(func() map[string]bool {
	zr, err := gzip.NewReader(bytes.NewReader(dictWordsGz))
	if err != nil {
		panic("extract: dictwords.txt.gz: " + err.Error()) // embedded at build time: a bad file is a build error
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		panic("extract: dictwords.txt.gz: " + err.Error())
	}
	return nameSet(string(data))
})

// unpunctuated reports whether a document has next to no sentence
// punctuation: automatic captions (YouTube's, for one), which also
// capitalise ordinary words at random.
func unpunctuated(sentences []string) bool {
	words, marks := 0, 0
	for _, s := range sentences {
		words += len(strings.Fields(s))
		marks += strings.Count(s, ".") + strings.Count(s, "?") + strings.Count(s, "!")
	}
	return words >= 200 && marks*200 < words
}

// dropCaptionWords removes, in an unpunctuated document, the one-word
// names that the dictionary knows in lower case alone: automatic captions
// capitalise "Chess", "Checkmate", "Rooks", and the model reads them as
// names. Words that are also names ("Knight", "White"), words the
// dictionary lacks ("Magnus", "Berlin"), listed organisations ("Discord",
// "Meta"), acronyms ("LAX") and names of more than one word ("United States", "Federal
// Reserve") stay.
func dropCaptionWords(sentences []string, spans []pipeline.Span) []pipeline.Span {
	if !unpunctuated(sentences) {
		return spans
	}
	dict := dictWords()
	out := spans[:0]
	for _, sp := range spans {
		w := strings.TrimSuffix(strings.TrimSuffix(sentences[sp.Sentence][sp.Start:sp.End], "'s"), "’s")
		if !strings.Contains(w, " ") && strings.ToUpper(w) != w && dict[strings.ToLower(w)] && !isKnownOrg(w) && !products[w] {
			continue
		}
		out = append(out, sp)
	}
	return out
}
