package extract

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mentions/mentions/extract/internal/givennames"
	"github.com/mentions/mentions/pipeline"
)

// truecaseText is the truecasing table internal/mkcommon writes (the
// command is in its doc comment): lower-cased ASCII words and the one
// cased form news transcripts write them in nine times in ten.
//
//go:embed truecase.txt
var truecaseText string

// truecasePhrasesText is the phrase table internal/mkcommon writes with
// -phrases: runs of two or three lower-cased words and the form news
// writes them in, where the word table alone would be wrong ("supreme
// court", "the us").
//
//go:embed truecase_phrases.txt
var truecasePhrasesText string

var (
	truecasePhrases = caseTable(truecasePhrasesText)
	truecaseForms   = caseTable(truecaseText)
)

// caseTable reads a truecasing table: "lower<TAB>Form" lines, "#"
// comments; a form of another length than its key is skipped (casing
// must keep every byte offset).
func caseTable(text string) map[string]string {
	m := make(map[string]string, 8192)
	for _, line := range strings.Split(text, "\n") {
		if lw, form, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") && len(lw) == len(form) {
			m[lw] = form
		}
	}
	return m
}

// capitalsDoc reports whether a document is written all in capitals:
// 40 words or more with cased letters, fewer than one in fifty of them
// with a small letter.
func capitalsDoc(sentences []string) bool {
	words, small := 0, 0
	for _, s := range sentences {
		hasUpper, hasLower := false, false
		word := func() { // a word ends: count it
			if hasLower {
				small++
			}
			if hasLower || hasUpper {
				words++
			}
			hasUpper, hasLower = false, false
		}
		for _, r := range s {
			switch {
			case unicode.IsSpace(r):
				word()
			case unicode.IsLower(r):
				hasLower = true
			case unicode.IsUpper(r):
				hasUpper = true
			}
		}
		word()
		if small > 3 && small*50 >= words {
			return false // plainly not: most documents stop here
		}
	}
	return words >= 40 && small*50 < words
}

// asciiLower returns the sentences with their ASCII capitals in lower
// case, so that every byte offset stays valid.
func asciiLower(sentences []string) []string {
	out := make([]string, len(sentences))
	for i, s := range sentences {
		b := []byte(s)
		for k, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[k] = c + 'a' - 'A'
			}
		}
		out[i] = string(b)
	}
	return out
}

// lowercaseDoc reports whether the sentences of a document are written
// all in lower case (pipeline.Caseless).
func lowercaseDoc(sentences []string) bool {
	return pipeline.Caseless(sentences...)
}

// truecased returns the sentences of a caseless document as a cased
// transcript would write them. In order of precedence:
//   - initialisms in capitals ("u.s." → "U.S.");
//   - runs of two to five words of the phrase table or of the listed
//     organisations ("supreme court", "islamic revolutionary guard
//     corps");
//   - words of the truecasing table ("trump's" → "Trump's", "nato" →
//     "NATO"), famous people that are no dictionary word ("plato"),
//     listed organisations ("youtube"), a lone "i";
//   - given names that are no word ("tammy"), the unknown or famous word
//     after a given name as its surname ("laura koonsberg", "steven
//     pinker"), a given name that is a word only before such a surname
//     ("mark rutte", not "prices rose");
//   - such a surname alone anywhere in the document ("koonsberg said").
//
// Addresses and handles keep their case ("bbc.co.uk"). Only ASCII letters
// change case, so every byte offset stays valid for the original
// sentences.
func truecased(sentences []string) []string { return truecasedWith(sentences, nil) }

// truecasedWith is truecased that also capitalises, when gaz is set, the
// runs of two or three words that it reports a place of the gazetteer
// ("hunter valley", "gulf of mexico"), unless every word of the run is a
// common word. (Single words of the gazetteer were tried too: the
// lower-cased dev set fell from 0.853 to 0.841, so many are words.)
func truecasedWith(sentences []string, gaz func(string) bool) []string {
	out := make([]string, len(sentences))
	var surnames map[string]bool // the lower-case surnames cased after a given name
	for k, s := range sentences {
		b := []byte(s)
		caseInitialisms(b)
		casePhrases(b, gaz)
		givenEnd := -1 // where the last given name written capitalised ends
		for i := 0; i < len(b); {
			if !isLetter(b[i]) {
				i++
				continue
			}
			j := wordEndUTF8(b, i)
			w := s[i:j]
			if string(b[i:j]) != w || inAddress(b, i, j) {
				// cased by a phrase, or part of "bbc.co.uk", "@bbcworld"
			} else if form, ok := truecaseForms[strings.ToLower(w)]; ok && len(form) == len(w) {
				copy(b[i:j], form)
			} else if form, ok := famousLower()[w]; ok {
				copy(b[i:j], form) // "plato", "kasparov": famous people the news table lacks
			} else if form, ok := orgForms()[w]; ok && !strings.Contains(form, " ") {
				copy(b[i:j], form) // "youtube", "nvidia": listed organisations
			} else if w == "i" && (j == len(b) || b[j] != '-') {
				b[i] = 'I'
			} else if unknownWord(w) && givennames.Lookup(w) != givennames.Unknown && !givenWords[w] {
				b[i] -= 'a' - 'A' // "tammy": a given name
			} else if givenEnd >= 0 && givenEnd == i-1 && b[i-1] == ' ' && len(w) >= 3 && (unknownWord(w) || famous[capitalised(w)]) {
				b[i] -= 'a' - 'A' // "laura koonsberg", "steven pinker": a surname after a given name
			} else if givenWords[w] && j+1 < len(b) && b[j] == ' ' {
				if e := wordEnd(b, j+1); e-j-1 >= 3 && unknownWord(string(b[j+1:e])) {
					b[i] -= 'a' - 'A' // "mark rutte", not "prices rose"
				}
			}
			if b[i] >= 'A' && b[i] <= 'Z' && givennames.Lookup(w) != givennames.Unknown {
				givenEnd = j
			} else if givenEnd >= 0 && givenEnd == i-1 && b[i-1] == ' ' && b[i] >= 'A' && b[i] <= 'Z' && w[0] >= 'a' && len(w) >= 3 {
				if surnames == nil {
					surnames = map[string]bool{}
				}
				surnames[w] = true // "koonsberg" of "laura koonsberg"
			}
			i = j
		}
		caseParties(b)
		caseUS(b)
		out[k] = string(b)
	}
	if surnames != nil {
		caseSurnames(out, surnames)
	}
	return out
}

// partyNames are UK parties whose names are words too ("labour",
// "conservatives"), capitalised where the words around them make them
// the party (caseParties).
var partyNames = map[string]string{"labour": "Labour", "conservatives": "Conservatives", "conservative": "Conservative",
	"tories": "Tories"}

// partyNouns after a party's name make it the party: "labour leader",
// "conservative government".
var partyNouns = wordSet("party", "leader", "leaders", "leadership", "government", "governments", "mp", "mps",
	"candidate", "candidates", "voters", "members", "councillors", "manifesto", "conference", "majority",
	"minister", "ministers", "peer", "peers", "campaign", "victory", "win", "landslide", "administration")

// notParty after "the" and a party's word make it the common noun: "the
// labour market", "the conservative wing".
var notParty = wordSet("market", "markets", "force", "costs", "cost", "shortage", "shortages", "law", "laws",
	"movement", "rights", "day", "camp", "camps", "ward", "wing", "side", "justices", "majority", "view", "views",
	"base", "media", "estimate", "estimates", "approach", "one", "ones")

// caseParties capitalises in b the parties' names of partyNames that
// partyNouns follow, that follow a vote ("voted labour"), or that "the"
// opens, unless a noun follows that makes them a common noun (notParty:
// "the labour market").
func caseParties(b []byte) {
	for i := 0; i < len(b); {
		if !isLetter(b[i]) {
			i++
			continue
		}
		j := wordEnd(b, i)
		form, ok := partyNames[string(b[i:j])]
		if ok {
			next := ""
			if j+1 < len(b) && b[j] == ' ' {
				next = string(b[j+1 : wordEnd(b, j+1)])
			}
			prev := wordsBefore(string(b), i, 1)
			switch {
			case partyNouns[next], len(prev) == 1 && (prev[0] == "voted" || prev[0] == "vote" || prev[0] == "voting"),
				len(prev) == 1 && prev[0] == "the" && !notParty[next]:
				copy(b[i:j], form)
			}
		}
		i = j
	}
}

// usNouns after "us" make it the country: "us officials", "us-led".
var usNouns = wordSet("president", "presidential", "officials", "official", "forces", "troops", "military", "army",
	"navy", "government", "administration", "election", "elections", "congress", "senate", "senator", "senators",
	"state", "department", "secretary", "envoy", "ambassador", "embassy", "dollar", "economy", "stocks",
	"tariffs", "sanctions", "allies", "intelligence", "citizens", "citizen", "supreme", "border", "strikes",
	"policy", "soldiers", "companies", "firms", "led", "backed", "based", "funded", "brokered", "central",
	"federal", "defence", "defense", "treasury", "justice", "vice", "national", "capitol", "embassy", "authorities")

// usGivers before "us" make it the pronoun even before a usNouns word:
// "they gave us weapons", "sent us troops".
var usGivers = wordSet("give", "gave", "given", "giving", "send", "sent", "show", "showed", "shown", "offer",
	"offered", "tell", "told", "bring", "brought", "let", "help", "helped", "make", "made", "for", "to", "with",
	"of", "against", "join", "joined", "leave", "left", "call", "called", "ask", "asked")

// caseUS writes in capitals "us" as the country before a noun it
// modifies ("us officials", "us-led"), unless a verb or preposition that
// takes the pronoun comes before ("sent us troops").
func caseUS(b []byte) {
	s := string(b)
	for i := 0; i+2 < len(b); i++ {
		if b[i] != 'u' || b[i+1] != 's' || i > 0 && isLetter(b[i-1]) || isLetter(b[i+2]) || b[i+2] != ' ' && b[i+2] != '-' {
			continue
		}
		if !usNouns[wordAfter(s, i+3)] {
			continue
		}
		if prev := wordsBefore(s, i, 1); len(prev) == 1 && usGivers[prev[0]] {
			continue
		}
		b[i], b[i+1] = 'U', 'S'
	}
}

// caseSurnames capitalises in sentences the surnames the truecaser cased
// after a given name, alone, before or after the full name ("koonsberg
// said"), unless a lower-case-only or common word that is not famous.
func caseSurnames(sentences []string, surnames map[string]bool) {
	for k, s := range sentences {
		b := []byte(s)
		changed := false
		for i := 0; i < len(b); {
			if !isLetter(b[i]) {
				i++
				continue
			}
			j := wordEnd(b, i)
			if w := s[i:j]; surnames[w] && (unknownWord(w) || famous[capitalised(w)]) && !inAddress(b, i, j) {
				b[i] -= 'a' - 'A'
				changed = true
			}
			i = j
		}
		if changed {
			sentences[k] = string(b)
		}
	}
}

// givenWordsText lists the given names that are lower-case words too
// (internal/mkdict -givenwords writes it).
//
//go:embed givenwords.txt
var givenWordsText string

var givenWords = nameSet(givenWordsText)

// unknownWord reports whether a lower-case word is in neither the
// dictionary nor the common words: a name, when it is one. A word with
// letters beyond ASCII ("gödel") is in neither.
func unknownWord(w string) bool {
	if w == "" || strings.ToLower(w) != w || !asciiWord(w) && !lettersUTF8(w) {
		return false
	}
	return !dictWords()[w] && !common[w]
}

// inAddress reports whether the word b[i:j] is part of a web or e-mail
// address or a handle: a dot or "@" joins it to a letter or digit, or
// "@" opens it.
func inAddress(b []byte, i, j int) bool {
	if i > 0 && (b[i-1] == '@' || b[i-1] == '.' && i > 1 && isAlnum(b[i-2])) {
		return true
	}
	return j+1 < len(b) && (b[j] == '.' || b[j] == '@') && isAlnum(b[j+1])
}

func isAlnum(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' }

// wordEndUTF8 returns where the word starting at b[i] ends: letters,
// those beyond ASCII too ("gödel"), and hyphens between letters.
func wordEndUTF8(b []byte, i int) int {
	for i < len(b) {
		if isLetter(b[i]) || b[i] == '-' && i+1 < len(b) && isLetter(b[i+1]) {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}

// lettersUTF8 reports whether w is letters only.
func lettersUTF8(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// caseInitialisms writes in capitals two to four single letters each
// followed by a dot ("u.s.", "u.k." → "U.S.", "U.K."), but for "a.m.",
// "p.m.", "e.g." and "i.e.".
func caseInitialisms(b []byte) {
	for i := 0; i+3 < len(b); i++ {
		if !isLetter(b[i]) || i > 0 && (isLetter(b[i-1]) || b[i-1] == '.') {
			continue
		}
		n := 0
		for k := i; n < 5 && k+1 < len(b) && isLetter(b[k]) && b[k+1] == '.'; k += 2 {
			n++
		}
		if end := i + 2*n; n < 2 || n > 4 || end < len(b) && isLetter(b[end]) {
			continue
		}
		switch strings.ToLower(string(b[i : i+2*n])) {
		case "a.m.", "p.m.", "e.g.", "i.e.":
			continue
		}
		for k := i; k < i+2*n; k += 2 {
			if 'a' <= b[k] && b[k] <= 'z' {
				b[k] -= 'a' - 'A'
			}
		}
		i += 2*n - 1
	}
}

// wordEnd returns where the word of letters starting at b[i] ends.
func wordEnd(b []byte, i int) int {
	for i < len(b) && isLetter(b[i]) {
		i++
	}
	return i
}

// casePhrases writes in b the runs of two to five words, one space apart,
// that the phrase table or the listed organisations hold, or, when gaz is
// set, runs of two or three that it reports a place, the longest first,
// left to right.
func casePhrases(b []byte, gaz func(string) bool) {
	var words [][2]int // the words of b, letters and inner hyphens
	for i := 0; i < len(b); {
		if !isLetter(b[i]) {
			i++
			continue
		}
		j := i
		for j < len(b) && (isLetter(b[j]) || b[j] == '-' && j+1 < len(b) && isLetter(b[j+1])) {
			j++
		}
		words = append(words, [2]int{i, j})
		i = j
	}
	var key []byte
	for k := 0; k < len(words); k++ {
		for n := 5; n >= 2; n-- {
			if k+n > len(words) {
				continue
			}
			joined := true
			for m := k + 1; m < k+n; m++ {
				if words[m][0] != words[m-1][1]+1 || b[words[m-1][1]] != ' ' {
					joined = false
				}
			}
			if !joined {
				continue
			}
			start, end := words[k][0], words[k+n-1][1]
			key = append(key[:0], b[start:end]...)
			for i, c := range key {
				if 'A' <= c && c <= 'Z' {
					key[i] = c + 'a' - 'A'
				}
			}
			form, ok := "", false
			if n <= 3 {
				form, ok = truecasePhrases[string(key)]
			}
			if !ok {
				form, ok = orgForms()[string(key)]
			}
			if !ok && gaz != nil && n <= 3 && gaz(string(key)) && !allCommon(string(key)) {
				form, ok = capitalisedRun(string(key)), true
			}
			if ok && len(form) == end-start {
				copy(b[start:end], form)
				k += n - 1
				break
			}
		}
	}
}

// capitalised returns an ASCII word with its first letter in capitals.
func capitalised(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// allCommon reports whether every word of a run is a common or
// lower-case-only word ("the west bank" is not: "bank" is common, but
// the run is checked whole by the gazetteer first).
func allCommon(run string) bool {
	for _, w := range strings.Fields(run) {
		if unknownWord(w) {
			return false
		}
	}
	return true
}

// capitalisedRun capitalises each word of a run but the small words of
// names ("gulf of mexico" → "Gulf of Mexico").
func capitalisedRun(run string) string {
	b := []byte(run)
	for i := 0; i < len(b); i++ {
		if (i == 0 || b[i-1] == ' ') && 'a' <= b[i] && b[i] <= 'z' {
			e := wordEnd(b, i)
			if w := string(b[i:e]); i == 0 || !smallNameWords[w] {
				b[i] -= 'a' - 'A'
			}
		}
	}
	return string(b)
}

// smallNameWords stay in lower case inside a place's name.
var smallNameWords = wordSet("of", "the", "and", "de", "del", "la", "le", "al", "el", "du", "da", "on", "upon")

// orgForms maps the listed organisations (orgs.txt) of ASCII letters,
// lower-cased, to their written form, leaving out the single words that
// are lower-case words of the dictionary or of common.txt.
var orgForms = sync.OnceValue(func() map[string]string {
	dict := dictWords()
	m := make(map[string]string)
	for _, names := range knownOrgs {
		for _, name := range names {
			lw := strings.ToLower(name)
			if len(lw) != len(name) || !asciiPhrase(name) || !strings.Contains(name, " ") && (dict[lw] || common[lw]) {
				continue
			}
			m[lw] = name
		}
	}
	return m
})

// asciiPhrase reports whether s is ASCII words (letters and inner
// hyphens) one space apart.
func asciiPhrase(s string) bool {
	for _, w := range strings.Split(s, " ") {
		if w == "" {
			return false
		}
		for i := 0; i < len(w); i++ {
			if c := w[i]; !isLetter(c) && !(c == '-' && i > 0 && i < len(w)-1) {
				return false
			}
		}
	}
	return true
}

// famousLower maps the ASCII names of famous.txt, lower-cased, to their
// written form, leaving out those that are also lower-case words of the
// dictionary or of common.txt.
var famousLower = sync.OnceValue(func() map[string]string {
	dict := dictWords()
	m := make(map[string]string, len(famous))
	for name := range famous {
		lw := strings.ToLower(name)
		if asciiWord(name) && len(lw) == len(name) && !dict[lw] && !common[lw] {
			m[lw] = name
		}
	}
	return m
})
