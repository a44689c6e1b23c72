package extract

import (
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// webBrands types as organisations the brands a document's advertisements
// name by their web address. Podcast feeds read out adverts ("Start a
// free trial at Britbox.com", "visit backmarket.com"); the address itself
// is no mention (see webAddress), but it says that the same name elsewhere
// in the document is a company: "Discover new Britbox original series"
// (a person to a newswire model), "Each device sold on backmarket" (in
// lower case, so no name at all). A name written as the address's first
// part, or as words that join into it ("Blue Nile" for BlueNile.com),
// becomes ORG where the model typed it otherwise and is added, when
// capitalised, where it found nothing: in lower case it is as often the
// word ("finance", "noon", "green light"; the annotators did mark
// "backmarket" in lower case, which we miss). A place of two words keeps
// its type ("Tampa Bay" of tampabay.com). Addresses made of an ordinary word
// ("care.com", "Monday.com", any word of common.txt, day or month) name no
// brand we can tell from the word, and "Amazon" keeps its place-or-company
// rule.
func webBrands(sentences []string, spans []pipeline.Span) []pipeline.Span {
	brands := make(map[string]bool)
	for _, s := range sentences {
		if !strings.Contains(s, ".co") && !strings.Contains(s, ".org") && !strings.Contains(s, ".net") && !strings.Contains(s, ".io") {
			continue // no address: the common case, and cheap to rule out
		}
		for _, b := range addressBrands(s) {
			brands[b] = true
		}
	}
	if len(brands) == 0 {
		return spans
	}
	for i, sp := range spans {
		name := sentences[sp.Sentence][sp.Start:sp.End]
		if sp.Type != pipeline.Org && brands[joinedLower(name)] && !placeOrCompany[name] &&
			!(sp.Type == pipeline.Place && strings.Contains(name, " ")) { // "Tampa Bay" of tampabay.com
			spans[i].Type = pipeline.Org
		}
	}
	longest := 0
	for b := range brands {
		longest = max(longest, len(b))
	}
	var buf [64]byte
	for si, s := range sentences {
		for i := 0; i < len(s); {
			if !isWordByte(s[i]) {
				i++
				continue
			}
			wEnd := i
			for wEnd < len(s) && isWordByte(s[wEnd]) {
				wEnd++
			}
			if s[i] >= 'A' && s[i] <= 'Z' {
				if end, ok := brandAt(s, i, wEnd, brands, longest, buf[:0]); ok && !overlapsIn(spans, si, i, end) && !programme(s[i:end]) {
					spans = append(spans, pipeline.Span{Sentence: si, Start: i, End: end, Type: pipeline.Org})
				}
			}
			i = wEnd
		}
	}
	return spans
}

// brandAt returns where a brand starting with the word s[start:wEnd]
// ends: the word alone, or with the next one or two words after single
// spaces, lower-cased and joined, is a brand, and no web address follows
// ("Britbox", "Blue Nile"; not "Britbox.com"). key is scratch space; the
// lookup allocates nothing.
func brandAt(s string, start, wEnd int, brands map[string]bool, longest int, key []byte) (int, bool) {
	j, e := start, wEnd
	for n := 1; n <= 3; n++ {
		for k := j; k < e; k++ {
			c := s[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
		}
		if len(key) > longest {
			return 0, false
		}
		if brands[string(key)] {
			return e, !webAddress(s, e)
		}
		k := e
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k == e || k >= len(s) || !isWordByte(s[k]) {
			return 0, false
		}
		j, e = k, k
		for e < len(s) && isWordByte(s[e]) {
			e++
		}
	}
	return 0, false
}

// addressBrands returns the lower-cased first parts of the web addresses
// in s that name a brand ("britbox" of "Britbox.com"), leaving out
// ordinary words (see webBrands).
func addressBrands(s string) []string {
	var out []string
	for _, w := range wordsOf(s) {
		name := s[w[0]:w[1]]
		if !webAddress(s, w[1]) || len(name) < 4 {
			continue
		}
		if w[0] > 0 && (s[w[0]-1] == '.' || s[w[0]-1] == '/' || s[w[0]-1] == '@') {
			continue // "www.bbc.com", "news.bbc.co.uk": a subdomain or path
		}
		lw := strings.ToLower(name)
		if common[lw] || calendarWords[lw] || strings.IndexFunc(lw, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			continue
		}
		out = append(out, lw)
	}
	return out
}

// calendarWords are days and months: "Monday.com" names no brand we can
// find elsewhere in a transcript without finding every Monday.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true}

// wordsOf returns the byte ranges of the runs of letters and digits in s.
func wordsOf(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// joinedLower is name lower-cased without its spaces ("Blue Nile" →
// "bluenile").
func joinedLower(name string) string {
	return strings.ToLower(strings.ReplaceAll(name, " ", ""))
}
