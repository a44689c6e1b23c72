package extract

import (
	"strings"

	"github.com/mentions/mentions/extract/internal/givennames"
	"github.com/mentions/mentions/pipeline"
)

// dropWorkTitles removes the spans inside the title of a work that a
// sentence introduces as such: "a book called The Deep Learning
// Revolution", "his book, The Computational Brain", "the course Learning
// How to Learn", "a paper titled A Theoretical Analysis of ...". Titles are
// none of our types, but a model trained on newswire reads their
// capitalised words as organisations or places, often in pieces ("Learning
// How" ORG, "Learn" PLACE). Podcasts discuss books and courses all the
// time. A title starts at a span right after a work noun (with only a
// determiner, a possessive or a comma between) or after "called",
// "titled", "entitled" or "named" with a work noun at most eight words
// before; it runs over capitalised words and the small words titles hold
// ("of", "to", "and", ...; not "with", "by", "in" or "on", after which
// come people and places: "The Computational Brain with Patricia
// Churchland", "... on the BBC World Service"), and over a subtitle after a comma ("The
// Importance of Being Educable, A New Theory of Human Uniqueness"). A
// title after "called", "titled", ... counts from its first word even
// when the model tagged only words inside it ("this book called Probably
// Approximately Correct, Nature's Algorithms for ...").
func dropWorkTitles(sentences []string, spans []pipeline.Span) []pipeline.Span {
	type region struct{ sentence, start, end int }
	var titles []region
	// a title the model did not tag at its start: "this book called
	// Probably Approximately Correct, Nature's Algorithms for ..."
	for si, s := range sentences {
		for _, verb := range []string{"called ", "titled ", "entitled ", "named "} {
			for off := 0; ; {
				i := strings.Index(s[off:], verb)
				if i < 0 {
					break
				}
				pos := off + i + len(verb)
				off = pos
				if pos < len(s) && s[pos] >= 'A' && s[pos] <= 'Z' {
					if ok, _, _ := introducedAsWork(s, pos); ok {
						titles = append(titles, region{si, pos, titleEnd(s, pos)})
					}
				}
			}
		}
	}
	for _, sp := range spans {
		s := sentences[sp.Sentence]
		ok, byVerb, comma := introducedAsWork(s, sp.Start)
		if !ok {
			continue
		}
		end := titleEnd(s, sp.Start)
		if !byVerb && finiteVerbs[wordAfter(s, end)] {
			continue // a subject after all
		}
		if comma && !appositiveTitle(s, sp.Start, end) {
			continue // "It's a great episode, Nathan.": a vocative
		}
		titles = append(titles, region{sp.Sentence, sp.Start, end})
	}
	if len(titles) == 0 {
		return spans
	}
	out := spans[:0]
	for _, sp := range spans {
		inside := false
		for _, r := range titles {
			if r.sentence == sp.Sentence && r.start <= sp.Start && sp.End <= r.end {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, sp)
		}
	}
	return out
}

// workNouns name works that have titles.
var workNouns = wordSet("book", "books", "textbook", "novel", "memoir", "biography", "course", "paper",
	"article", "essay", "film", "movie", "documentary", "album", "song", "series", "episode",
	"musical", "poem", "title", "subtitle", "blog", "lecture", "column", "newsletter")

// titleVerbs introduce a title after a work noun ("a book called ...").
var titleVerbs = wordSet("called", "titled", "entitled", "named")

// beforeTitle may stand between a work noun and its title.
var beforeTitle = wordSet("the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "new", "latest", "first")

// titleSmallWords may stand inside a title between capitalised words.
var titleSmallWords = wordSet("of", "to", "for", "and", "the", "a", "an", "how", "what", "is", "are", "or")

// introducedAsWork reports whether the text before byte offset start of s
// introduces a work's title, and whether it does so by a verb ("a book
// called ..."), after which the title may be the sentence's subject too.
func introducedAsWork(s string, start int) (ok, byVerb, comma bool) {
	words := wordsBefore(s, start, 10)
	k := 0
	for k < len(words) && (beforeTitle[words[k]] || words[k] == ",") {
		comma = comma || words[k] == ","
		k++
	}
	if k < len(words) && workNouns[words[k]] {
		if k+1 < len(words) && (words[k] == "course" && words[k+1] == "of" || words[k] == "paper" && words[k+1] == "on") {
			return false, false, false // "of course Rwanda", "on paper Serbia"
		}
		return true, false, comma
	}
	if k < len(words) && titleVerbs[words[k]] {
		for _, w := range words[k+1:] {
			if workNouns[w] && w != "title" { // "the title page, where the composer is named ..."
				return true, true, false
			}
			if w == "." {
				break
			}
		}
	}
	return false, false, false
}

// appositiveTitle reports whether s[start:end], set off by a comma after
// its work noun, reads as a title rather than a name spoken to or about:
// it opens with an article ("his new film, The Holdovers"), runs to three
// words or more, or is closed by a comma ("the film, Saltburn, directed
// by ...").
func appositiveTitle(s string, start, end int) bool {
	first := wordAfter(s, start)
	if before := wordsBefore(s, start, 1); len(before) == 1 && before[0] != "," {
		first = before[0] // the model's span leaves the article out
	}
	if first == "the" || first == "a" || first == "an" || len(strings.Fields(s[start:end])) >= 3 {
		return true
	}
	rest := strings.TrimLeft(s[end:], " ")
	return strings.HasPrefix(rest, ",")
}

// finiteVerbs after a name make it a sentence's subject: "In the book
// Chloe does say ...", "the seventh film, David was badly injured"; or
// the author in a relative clause: "an article Steven Pinker wrote for
// Popular Science".
var finiteVerbs = wordSet("is", "was", "are", "were", "has", "had", "have", "does", "did", "will", "would",
	"can", "could", "must", "should", "may", "might", "says", "said", "told", "tells",
	"wrote", "writes", "published", "argues", "argued", "describes", "explains")

// wordAfter returns the lower-cased word at or after byte offset i of s,
// skipping spaces, or "" when punctuation or the end comes first.
func wordAfter(s string, i int) string {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	j := i
	for j < len(s) && (isWordByte(s[j]) || s[j] == '\'') {
		j++
	}
	return strings.ToLower(s[i:j])
}

// wordsBefore returns up to n lower-cased words (and commas and full
// stops, as "," and ".") before byte offset end of s, nearest first.
func wordsBefore(s string, end, n int) []string {
	var out []string
	i := end
	for len(out) < n && i > 0 {
		c := s[i-1]
		switch {
		case c == ' ':
			i--
		case c == ',' || c == '.' || c == ':' || c == ';' || c == '?' || c == '!':
			out = append(out, string(c))
			if c != ',' {
				out[len(out)-1] = "."
			}
			i--
		case isWordByte(c) || c == '\'' || c == '-':
			j := i
			for j > 0 && (isWordByte(s[j-1]) || s[j-1] == '\'' || s[j-1] == '-') {
				j--
			}
			out = append(out, strings.ToLower(s[j:i]))
			i = j
		default:
			return out
		}
	}
	return out
}

// titleEnd returns where the title starting at byte offset start of s
// ends (see dropWorkTitles).
func titleEnd(s string, start int) int {
	end := start
	i := start
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i < len(s) && s[i] == ',' && end > start {
			// a subtitle: ", A New Theory of ..."
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
				i = j
				continue
			}
			break
		}
		j := i
		for j < len(s) && (isWordByte(s[j]) || s[j] == '\'' || s[j] == '-') {
			j++
		}
		if j == i {
			break
		}
		w := s[i:j]
		if !(w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9' || titleSmallWords[strings.ToLower(w)]) {
			break
		}
		if w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9' {
			end = j // a title ends on a content word, not "of" or "and"
		}
		i = j
	}
	return end
}

// wordSet is a set of words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// listCues open a list of works in advertisements and reviews: "new and
// upcoming seasons of Shetland, Father Brown and Death in Paradise, plus
// new originals like Payback, Irving Welsh's Crime and Archie".
var listCues = []string{"seasons of ", "originals like ", "series like ", "series such as ", "shows like ",
	"dramas like ", "films like ", "movies like ", "titles like ", "hits like ", "favourites like ",
	"favorites like ", "programmes like ", "programs like ", "podcasts like "}

// dropListedWorks removes the spans inside the titles listed after a
// listCue: the items run to a comma, "and" or "plus"; the first item may
// be one word written lower-case ("originals like payback"), each later
// one starts with a capital, and the list ends at the first that does not
// ("... and Archie, the story of Hollywood's greatest leading man, Carrie
// Grant": Carrie Grant stays), or at an item of more than six words,
// which is no title but the sentence going on. A name in the possessive
// inside a title is its author and stays ("Irving Welsh's Crime"). The
// BBC Global News advertisements alone repeat one such list in about 400
// episodes, where the model reads Shetland and Paradise as places, Father
// Brown and Archie as people.
func dropListedWorks(sentences []string, spans []pipeline.Span) []pipeline.Span {
	type region struct{ sentence, start, end int }
	var items []region
	for si, s := range sentences {
		for _, cue := range listCues {
			for off := 0; ; {
				i := strings.Index(s[off:], cue)
				if i < 0 {
					break
				}
				pos := off + i + len(cue)
				off = pos
				if i > 0 && isLetter(s[off-len(cue)-1]) {
					continue // inside a longer word
				}
				for first := true; pos < len(s); first = false {
					for pos < len(s) && s[pos] == ' ' {
						pos++
					}
					if pos >= len(s) || !first && (s[pos] < 'A' || s[pos] > 'Z') {
						break
					}
					end := itemEnd(s, pos)
					if n := len(strings.Fields(s[pos:end])); n > 6 || first && n > 1 && (s[pos] < 'A' || s[pos] > 'Z') {
						break // no list after all ("hits like this has cancelled her US tour")
					}
					items = append(items, region{si, pos, end})
					pos = end
					pos = skipListGlue(s, pos)
					if pos < 0 {
						break
					}
				}
			}
		}
	}
	if len(items) == 0 {
		return spans
	}
	out := spans[:0]
	for _, sp := range spans {
		s := sentences[sp.Sentence]
		drop := false
		for _, r := range items {
			if r.sentence == sp.Sentence && r.start <= sp.Start && sp.End <= r.end &&
				!strings.HasPrefix(s[sp.End:], "'s") && !strings.HasPrefix(s[sp.End:], "’s") {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, sp)
		}
	}
	return out
}

// itemEnd returns where the list item starting at byte offset i of s
// ends: at a comma, a sentence's end, " and " or " plus ".
func itemEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		switch s[j] {
		case ',', '.', ';', ':', '!', '?':
			if s[j] == '.' && j+1 < len(s) && s[j+1] != ' ' {
				continue // "Britbox.com"
			}
			return j
		case ' ':
			if strings.HasPrefix(s[j:], " and ") || strings.HasPrefix(s[j:], " plus ") {
				return j
			}
		}
	}
	return len(s)
}

// skipListGlue skips the comma, "and" or "plus" after a list item at byte
// offset i of s and returns where the next item starts, or -1 when the
// list ends there.
func skipListGlue(s string, i int) int {
	comma := false
	if i < len(s) && s[i] == ',' {
		comma = true
		i++
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	switch {
	case strings.HasPrefix(s[i:], "and "):
		return i + len("and ")
	case strings.HasPrefix(s[i:], "plus "):
		return -1 // "plus new originals like ...": another cue, another list
	case comma:
		return i
	}
	return -1
}

// militaryTitles are titles a model takes for the start of an
// organisation's name ("General Motors", "General Assembly") even before
// a surname ("General Shago", "General Soleimani" typed ORG).
var militaryTitles = wordSet("General", "Colonel", "Justice", "Admiral")

// titledOrgs makes a person of an organisation or place of two words, a
// title and then a name that is no word ("General Shago" → Shago,
// "General Soleimani"): "General Motors", "General Assembly", "Justice
// Department" stay, their second word being a word.
func titledOrgs(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		if sp.Type == pipeline.Person {
			continue
		}
		name := sentences[sp.Sentence][sp.Start:sp.End]
		title, rest, ok := strings.Cut(name, " ")
		if !ok || !militaryTitles[title] || strings.Contains(rest, " ") || len(rest) < 3 || !(rest[0] >= 'A' && rest[0] <= 'Z') || strings.ToUpper(rest) == rest {
			continue
		}
		if lw := strings.ToLower(withoutPossessive(rest)); !unknownWord(lw) && givennames.Lookup(rest) == givennames.Unknown || isKnownOrg(rest) {
			continue
		}
		spans[k].Start += len(title) + 1
		spans[k].Type = pipeline.Person
	}
	return spans
}
