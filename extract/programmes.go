package extract

import (
	"slices"
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// dropProgrammes removes the names of podcasts and programmes that a
// document presents as such somewhere, wherever else it repeats them.
// Podcast feeds advertise other podcasts ("Search for World of Secrets
// wherever you get your BBC podcasts", "The Global Jigsaw is the podcast
// helping you make sense of them", "Welcome to the Bright Side, a new
// kind of daily podcast from Hello Sunshine"); a programme is none of
// our types, but a newswire model reads its capitalised words as an
// organisation or a place, in every sentence it appears in. The company
// after "from" ("Hello Sunshine") is not the programme and stays, and so
// does a one-word name: a podcast named after a place ("Fukushima, a
// powerful podcast series") leaves the place's mentions in the news.
func dropProgrammes(sentences []string, spans []pipeline.Span) []pipeline.Span {
	var names map[string]bool
	for i, s := range sentences {
		if !strings.Contains(s, "podcast") && !strings.Contains(s, "elcome") {
			continue // the common case, cheap to rule out
		}
		shows, named := programmeNames(s)
		if len(shows) == 0 && i > 0 && findUs(s) {
			if n := openingName(sentences[i-1]); n != "" {
				shows = append(shows, n) // "The Global Story brings you ... Find us wherever you get your BBC podcasts."
			}
		}
		for _, n := range shows {
			if names == nil {
				names = make(map[string]bool)
			}
			names[n] = true
		}
		for _, n := range named {
			if names == nil {
				names = make(map[string]bool)
			}
			if _, ok := names[n]; !ok {
				names[n] = false // a person's name stays: "the Lex Fridman podcast"
			}
		}
	}
	if len(names) == 0 {
		return spans
	}
	out := spans[:0]
	for _, sp := range spans {
		name := sentences[sp.Sentence][sp.Start:sp.End]
		anyType, ok := names[strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the ")]
		if !strings.Contains(name, " ") || !ok || !anyType && sp.Type == pipeline.Person {
			out = append(out, sp)
		}
	}
	return out
}

// programmeNames returns the names sentence s presents as a podcast's:
// the capitalised run before "wherever you get your (BBC) podcasts"
// after "for" or "to", before "is the/a ... podcast" or ", the/a ...
// podcast" (see podcastNameEnd), between "the" and "podcast" ("the
// Global News podcast"; not a listed organisation's: "the New York
// Times podcast"), after "podcast (,) The" ("... podcast, The Global
// Story"), or after "welcome (back) to the". A leading "The" is left
// out.
func programmeNames(s string) (out, theNames []string) {
	if i := strings.Index(s, " wherever you get your"); i > 0 {
		if s[i-1] == ',' {
			i-- // "Search for the Global Story, wherever ..."
		}
		if n, start := nameEndingAt(s, i); n != "" {
			if w := wordsBefore(s, start, 1); len(w) == 1 && (w[0] == "for" || w[0] == "to") {
				out = append(out, n)
			}
		}
	}
	for _, cue := range []string{"elcome to the ", "elcome back to the "} {
		// "Hello and welcome to the Cognitive Revolution": the show's own
		// name (a broadcaster comes without "the": "here on BBC News")
		i := strings.Index(s, cue)
		if i <= 0 {
			continue
		}
		n := nameStartingAt(s, i+len(cue))
		after := i + len(cue) + len(n)
		// the name must end the phrase ("the Donald Trump show" is not
		// Donald Trump's programme) and not be an institution's
		next := wordAfter(s, after)
		ends := after >= len(s) || s[after] == ',' || s[after] == '.' || next == "podcast" || next == "from"
		if ends && strings.Contains(n, " ") && !isKnownOrg(n) && !headedByOrg(n) && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	for off := 0; ; {
		i := strings.Index(s[off:], "podcast")
		if i < 0 {
			break
		}
		i += off
		off = i + len("podcast")
		if off < len(s) && isLetter(s[off]) && s[off] != 's' {
			continue // "podcaster"
		}
		if end := podcastNameEnd(s, i); end > 0 {
			if n, _ := nameEndingAt(s, end); n != "" && !slices.Contains(out, n) {
				out = append(out, n)
			}
		} else if n := thePodcastName(s, i); n != "" && !slices.Contains(theNames, n) {
			theNames = append(theNames, n) // "a new edition of the Global News podcast"
		}
		if n := namedAfterPodcast(s, off); n != "" && !slices.Contains(out, n) {
			out = append(out, n) // "the BBC World Service podcast, The Global Story"
		}
	}
	return out, theNames
}

// thePodcastName returns the capitalised run between "the" and the
// "podcast" at byte offset i of s ("the Global News podcast"), unless it
// is or starts with a listed organisation ("the BBC World Service
// podcast", "the New York Times podcast"), or heads one; else "".
func thePodcastName(s string, i int) string {
	n, _ := nameEndingAt(s, i)
	if n == "" || !theBefore(s, strings.LastIndex(s[:i], n)) || headedByOrg(n) {
		return ""
	}
	first, _, _ := strings.Cut(n, " ")
	if isKnownOrg(n) || isKnownOrg(first) {
		return ""
	}
	return n
}

// findUs reports whether s sends the listener to a podcast without naming
// it: "Find us wherever you get your BBC podcasts", "Listen now wherever
// you get your podcasts".
func findUs(s string) bool {
	i := strings.Index(s, " wherever you get your")
	if i < 0 {
		return false
	}
	before := strings.ToLower(strings.TrimSpace(s[:i]))
	return before == "find us" || before == "listen now" || before == "listen" || before == "subscribe now" ||
		strings.HasSuffix(before, " find us") || strings.HasSuffix(before, " listen now")
}

// openingName returns the capitalised run of two words or more that opens
// s, without a leading "The", unless it is an institution's: the
// programme a "Find us ..." sentence after it sends the listener to.
func openingName(s string) string {
	start := 0
	if strings.HasPrefix(s, "The ") {
		start = len("The ")
	}
	n := nameStartingAt(s, start)
	if !strings.Contains(n, " ") || isKnownOrg(n) || headedByOrg(n) {
		return ""
	}
	return n
}

// namedAfterPodcast returns the name a podcast is given right after the
// word, at byte offset end of s: "podcast The Global Story", "podcast,
// The Global Story" (a capitalised run of two words or more after "The"),
// or "".
func namedAfterPodcast(s string, end int) string {
	rest := strings.TrimPrefix(s[end:], ",")
	if !strings.HasPrefix(rest, " The ") {
		return ""
	}
	start := len(s) - len(rest) + len(" The ")
	n := nameStartingAt(s, start)
	if !strings.Contains(n, " ") || isKnownOrg(n) || headedByOrg(n) {
		return ""
	}
	return n
}

// theBefore reports whether the word before byte offset start of s is
// "the" (or the name's own "The" opens s[start:]).
func theBefore(s string, start int) bool {
	if strings.HasPrefix(s[start:], "The ") {
		return true
	}
	w := wordsBefore(s, start, 1)
	return len(w) == 1 && w[0] == "the"
}

// podcastNameEnd returns where the name ends that the words before the
// "podcast" at byte offset i describe: "X, a new kind of daily podcast",
// "X is the podcast": back over at most four lower-case words that may
// describe it to "the" or "a", then a comma or "is" right before it. It
// returns -1 when the words are not so.
func podcastNameEnd(s string, i int) int {
	pos := i
	for n := 0; n < 5; n++ {
		j := pos
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && isWordByte(s[k-1]) {
			k--
		}
		if k == j || s[k] < 'a' || s[k] > 'z' {
			return -1 // no word, or a capitalised one: no description
		}
		w := s[k:j]
		if notDescription[w] {
			return -1 // "Jean McKenzie, a few hours after we record this podcast"
		}
		if w == "the" || w == "a" {
			b := k
			for b > 0 && s[b-1] == ' ' {
				b--
			}
			if b > 0 && s[b-1] == ',' {
				return b - 1 // "X, a ... podcast"
			}
			if b >= 3 && s[b-3:b] == " is" {
				return b - 3 // "X is the podcast"
			}
			return -1
		}
		pos = k
	}
	return -1
}

// notDescription are words that do not describe a podcast before the
// word: a clause runs there instead.
var notDescription = wordSet("we", "you", "they", "i", "he", "she", "this", "that", "these", "after", "before",
	"when", "while", "record", "recorded", "listen", "our", "your", "my", "his", "her", "their", "to", "on", "in")

// nameStartingAt returns the capitalised run of words (with "of" and
// "and" between them) that starts at byte offset start of s, or "".
func nameStartingAt(s string, start int) string {
	end := start
	for _, w := range wordsIn(s, start, len(s)) {
		word := strings.TrimRight(s[w[0]:w[1]], ".,;:!?")
		if word == "" || !(word[0] >= 'A' && word[0] <= 'Z') && word != "of" && word != "and" {
			break
		}
		if word[0] >= 'A' && word[0] <= 'Z' {
			end = w[0] + len(word)
		}
		if len(word) < w[1]-w[0] {
			break // punctuation ends it
		}
	}
	return s[start:end]
}

// nameEndingAt returns the capitalised run of words (with "of", "the",
// "and" between them) that ends at byte offset end of s, without a
// leading "The", and where the run starts; "" when there is none.
func nameEndingAt(s string, end int) (string, int) {
	for end > 0 && s[end-1] == ' ' {
		end--
	}
	start := end
	words := 0
	for start > 0 {
		j := start
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && (isWordByte(s[k-1]) || s[k-1] == '\'') {
			k--
		}
		if k == j {
			break
		}
		w := s[k:j]
		if !(w[0] >= 'A' && w[0] <= 'Z') && w != "of" && w != "the" && w != "and" {
			break
		}
		start, words = k, words+1
	}
	name := s[start:end]
	for strings.HasPrefix(name, "of ") || strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "and ") {
		_, name, _ = strings.Cut(name, " ")
	}
	name = strings.TrimPrefix(name, "The ")
	if words == 0 || name == "" || !(name[0] >= 'A' && name[0] <= 'Z') {
		return "", start
	}
	return name, start
}

// splitFrom cuts an organisation's span that runs over " from " into the
// two names it joins: "Bright Side from Hello Sunshine" is a podcast and
// the company that makes it (an advertisement's "the Bright Side, a new
// kind of daily podcast from Hello Sunshine"), so that dropProgrammes can
// drop the one and keep the other.
func splitFrom(sentences []string, spans []pipeline.Span) []pipeline.Span {
	n := len(spans)
	for k := 0; k < n; k++ {
		sp := spans[k]
		if sp.Type != pipeline.Org {
			continue
		}
		name := sentences[sp.Sentence][sp.Start:sp.End]
		i := strings.Index(name, " from ")
		if i <= 0 || i+len(" from ") >= len(name) || name[i+len(" from ")] < 'A' || name[i+len(" from ")] > 'Z' {
			continue
		}
		spans[k].End = sp.Start + i
		spans = append(spans, pipeline.Span{Sentence: sp.Sentence, Start: sp.Start + i + len(" from "), End: sp.End, Type: pipeline.Org})
	}
	return spans
}
