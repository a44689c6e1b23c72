package extract

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mentions/mentions/pipeline"
)

// orgsText is the list of well-known organisations (see the file's header
// for why and how it was chosen).
//
//go:embed orgs.txt
var orgsText string

// knownOrgs indexes the list by first word: first word → the names
// starting with it, longest first, so a scan tries "Google DeepMind"
// before "Google".
var knownOrgs = func() map[string][]string {
	m := make(map[string][]string)
	var lines []string
	for _, line := range strings.Split(orgsText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, line)
		if t := titleAcronym(line); t != "" {
			lines = append(lines, t)
		}
	}
	for _, line := range lines {
		first, _, _ := strings.Cut(line, " ")
		names := append(m[first], line)
		for i := len(names) - 1; i > 0 && len(names[i]) > len(names[i-1]); i-- {
			names[i], names[i-1] = names[i-1], names[i]
		}
		m[first] = names
	}
	return m
}()

// knownLower indexes the listed names of two or more words, lower-cased
// once here, by their first word, for the lower-case matches of knownAt
// (which run on every lower-case word that opens a listed name, "the"
// among them).
var knownLower = func() map[string][]string {
	m := make(map[string][]string)
	for _, names := range knownOrgs {
		for _, n := range names {
			if first, _, ok := strings.Cut(n, " "); ok {
				k := strings.ToLower(first)
				m[k] = append(m[k], strings.ToLower(n))
			}
		}
	}
	for _, names := range m {
		slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) }) // longest first
	}
	return m
}()

// titleAcronym returns an acronym of four capitals or more as the BBC and
// Whisper often write it ("UNRWA" → "Unrwa", "UNICEF" → "Unicef"), or ""
// for any other name.
func titleAcronym(name string) string {
	if len(name) < 4 || !asciiWord(name) || strings.ToUpper(name) != name || strings.Contains(name, "-") {
		return ""
	}
	return name[:1] + strings.ToLower(name[1:])
}

// isKnownOrg reports whether name is on the list, exactly as written.
func isKnownOrg(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	for _, n := range knownOrgs[first] {
		if n == name {
			return true
		}
	}
	return false
}

// knownOrgSpans types as ORG the spans that are exactly a listed
// organisation, and adds the listed organisations the model missed, where
// they overlap no span it found, or where the spans it found all lie
// inside a listed name of two or more words and none is a person ("UC"
// and "San Diego" give way to "UC San Diego"). A listed name of one word
// that opens a sentence is added only when it is no common word
// (common.txt: "Target"): "TikTok has pushed back", "Boeing's
// capsule experienced helium leaks" (about 110 corpus sentences, none
// wrong on reading); a name of two or more ("Hugging Face is a
// fascinating company"), or with a digit or in capitals ("G7 leaders
// agree"), is a name anywhere. A leading "the"
// stays out, as the annotators write the names ("New York Times").
func knownOrgSpans(sentences []string, spans []pipeline.Span) []pipeline.Span {
	first := 0
	dropped := false // some spans were replaced by a listed name (Type "")
	for i, s := range sentences {
		last := first
		for last < len(spans) && spans[last].Sentence == i {
			last++
		}
		mine := spans[first:last]
		for j := range mine {
			name := s[mine[j].Start:mine[j].End]
			if isKnownOrg(name) || possessiveKnown(s[mine[j].End:], name) {
				mine[j].Type = pipeline.Org // also "McDonald" before "'s": the chain is listed as "McDonald's"
			}
		}
		for off := 0; off < len(s); {
			end := off
			for end < len(s) && s[end] != ' ' {
				end++
			}
			if n := knownAt(s, off, end); n > 0 && !webAddress(s, off+n) {
				multi := strings.Contains(s[off:off+n], " ")
				at := off
				if strings.HasPrefix(s[off:off+n], "The ") || strings.HasPrefix(s[off:off+n], "the ") {
					at += 4
				}
				switch {
				case (off > 0 || multi || unambiguous(s[off:off+n]) && !verbAfter(s, off+n)) && !overlaps(mine, off, off+n):
					spans = append(spans, pipeline.Span{Sentence: i, Start: at, End: off + n, Type: pipeline.Org})
				case multi && insideOnly(mine, off, off+n):
					// the model cut a listed name into pieces ("UC" and
					// "San Diego", two places): the name replaces them
					for j := range mine {
						if mine[j].Start >= off && mine[j].End <= off+n {
							mine[j].Type = ""
						}
					}
					spans = append(spans, pipeline.Span{Sentence: i, Start: at, End: off + n, Type: pipeline.Org})
					dropped = true
				}
				end = off + n // go on after the name's last word
				for end < len(s) && s[end] != ' ' {
					end++
				}
			}
			off = end + 1
		}
		first = last
	}
	if dropped {
		out := spans[:0]
		for _, sp := range spans {
			if sp.Type != "" {
				out = append(out, sp)
			}
		}
		spans = out
	}
	return spans // out of order now: the pipeline sorts mentions by offset
}

// possessiveKnown reports whether name, followed by rest, is a listed
// name written with its "'s" ("McDonald" before "'s" or "’s"), which the
// list holds with a straight apostrophe.
func possessiveKnown(rest, name string) bool {
	return (strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")) && isKnownOrg(name+"'s")
}

// unambiguous reports whether a listed one-word name can be no ordinary
// word at a sentence's start: it holds a digit ("G7"), is an acronym of
// three or more capitals ("NATO", "BRICS"), or is no common word
// ("TikTok", "Boeing"; not "Target"). knownOrgSpans also asks that no
// verb's object follows ("Zoom in on the map").
func unambiguous(name string) bool {
	if strings.ContainsAny(name, "0123456789") {
		return true
	}
	if len(name) >= 3 && strings.ToUpper(name) == name && strings.ToLower(name) != name {
		return true
	}
	return !common[strings.ToLower(name)]
}

// verbObjects are words that follow a verb opening a sentence ("Zoom in
// on the map", "Google it"), not a name.
var verbObjects = wordSet("in", "on", "out", "up", "down", "off", "into", "it", "the", "a", "an", "your",
	"my", "this", "that", "me", "us", "them", "through", "over", "back", "around")

// verbAfter reports whether a verbObjects word follows byte offset end of
// s, after a space.
func verbAfter(s string, end int) bool {
	return end < len(s) && s[end] == ' ' && verbObjects[wordAfter(s, end)]
}

// insideOnly reports whether some spans overlap [start, end) and every
// one that does lies inside it: pieces of one name, none running past it.
func insideOnly(spans []pipeline.Span, start, end int) bool {
	n := 0
	for _, sp := range spans {
		if sp.Start < end && start < sp.End {
			if sp.Start < start || sp.End > end || sp.Type == pipeline.Person {
				return false
			}
			n++
		}
	}
	return n > 0
}

// indefinite words before a listed name written in lower case make it a
// common noun.
var indefinite = wordSet("a", "an", "another", "second", "third", "one", "every", "each", "any")

// afterIndefinite reports whether the word before byte offset off of s
// is one of indefinite.
func afterIndefinite(s string, off int) bool {
	prev := wordsBefore(s, off, 1)
	return len(prev) == 1 && indefinite[prev[0]]
}

// headWord reports whether the name ending at byte offset end of s heads
// its phrase: punctuation or a function word follows, not a noun it
// modifies.
func headWord(s string, end int) bool {
	w := wordAfter(s, end)
	return w == "" || afterHead[w]
}

// genericHead reports whether a listed name ends in a noun that is also
// a common one for a kind of institution ("orthodox church", "home
// office"); "a hugging face" is still the company.
func genericHead(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return institutions[last] || last == "church" || last == "school" || last == "hospital"
}

var afterHead = wordSet("is", "was", "were", "are", "has", "had", "and", "or", "in", "on", "at", "of", "that",
	"which", "who", "with", "for", "to", "near", "where", "by", "from")

// knownAt returns the length of the listed organisation that starts at the
// word s[off:end], or 0. The name must end at a word boundary ("Googled"
// does not count; "Google's" and "Google," do).
func knownAt(s string, off, end int) int {
	w := strings.TrimRight(s[off:end], ".,;:!?\"')’")
	w = withoutPossessive(w)
	r, size := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[size:])
	camel := unicode.IsLower(r) && unicode.IsUpper(r2) // "eBay", "iHeartRadio"
	if unicode.IsLower(r) && !strings.HasPrefix(w, "al-") && !camel {
		// Whisper writes some names in lower case ("hugging face"): a
		// listed name of two or more words still counts, written all in
		// lower case; one word ("apple", "meta") is too often a word
		for _, n := range knownLower[w] {
			if after := off + len(n); after <= len(s) && n == s[off:after] && (after == len(s) || !isWordByte(s[after])) {
				if genericHead(n) && headWord(s, after) && afterIndefinite(s, off) {
					return 0 // "a second orthodox church were attacked": a common noun
				}
				return len(n) // "a red crescent worker": the organisation's
			}
		}
		return 0
	}
	if !unicode.IsUpper(r) && !strings.HasPrefix(w, "al-") && !camel {
		return 0
	}
	for _, n := range knownOrgs[w] {
		if strings.HasPrefix(s[off:], n) {
			if after := off + len(n); after == len(s) || !isWordByte(s[after]) {
				return len(n)
			}
		}
	}
	return 0
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b >= 0x80
}

func overlaps(spans []pipeline.Span, start, end int) bool {
	for _, sp := range spans {
		if sp.Start < end && start < sp.End {
			return true
		}
	}
	return false
}

// misheardOrgs indexes the listed one-word names of six letters or more
// by their consonant skeleton (consonantSkeleton), for the speech
// recogniser's spellings of them: "Hasbola", "Hasbullah" and "Hisbalah"
// are all Hezbollah's skeleton "hsbl" (over the BBC corpus about 170
// such mentions, typed a person or a place by the model).
var misheardOrgs = func() map[string]string {
	m := make(map[string]string)
	for _, names := range knownOrgs {
		for _, n := range names {
			if len(n) < 6 || strings.ContainsAny(n, " 0123456789") || strings.ToUpper(n) == n {
				continue
			}
			if k := consonantSkeleton(n); len(k) >= 4 {
				m[k] = n
			}
		}
	}
	return m
}()

// consonantSkeleton is word lower-cased with its first letter kept, the
// vowels, h, w and y after it dropped, z read as s and c, q as k, and
// doubled letters made single: the part of a name that survives
// mishearing ("Hezbollah", "Hasbullah" → "hsbl"). Letters only; "" when
// word holds anything else.
func consonantSkeleton(word string) string {
	var b []byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			if c == '-' || c == '\'' {
				continue
			}
			return ""
		}
		if i > 0 {
			switch c {
			case 'a', 'e', 'i', 'o', 'u', 'h', 'w', 'y':
				continue
			case 'z':
				c = 's'
			case 'c', 'q':
				c = 'k'
			}
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}
