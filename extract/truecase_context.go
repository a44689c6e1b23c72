package extract

import (
	"strings"
	"sync"
)

// The truecaser's rules that read a word with the words around it: the
// runs of the phrase table and of listed names, initialisms, the UK
// parties whose names are words, and "us" the country. truecasedWith
// (truecase.go) applies them before the word by word rules.

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
