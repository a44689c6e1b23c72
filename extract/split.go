package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mentions/mentions/pipeline"
)

// roles are the titles that, inside a recognised span, separate a modifier
// from the person who holds the role: "US Secretary of Defence Pete
// Hegseth", "Bank of England Governor Andrew Bailey". They are a narrower
// set than titles, because a span is only cut where the words after them
// are surely a person's name.
var roles = map[string]bool{
	"president": true, "minister": true, "secretary": true, "senator": true, "governor": true,
	"mayor": true, "chancellor": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"leader": true, "ambassador": true, "correspondent": true, "editor": true,
	"reporter": true, "envoy": true, "commander": true, "king": true, "queen": true, "prince": true,
	"princess": true, "pope": true, "judge": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"chairman": true, "chairwoman": true, "ceo": true, "premier": true, "coach": true,
}

// institutions end names of organisations; a span ending in one is never
// cut into a person.
var institutions = map[string]bool{
	"court": true, "council": true, "party": true, "ministry": true, "office": true,
	"department": true, "committee": true, "commission": true, "agency": true, "bank": true,
	"service": true, "army": true, "force": true, "forces": true, "university": true,
	"assembly": true, "parliament": true, "senate": true, "house": true, "government": true,
}

// part is a cleaned piece of a recognised span. Modifier marks the words
// before a role ("US" in "US President Donald Trump"), whose type the
// caller decides.
type part struct {
	Start, End int
	Type       string
	Modifier   bool
}

// split cleans the span text[start:end] recognised as typ and cuts it at a
// role title inside it: the name after the role is a PERSON, the words
// before it a modifier. Without a role inside, it is Clean.
func split(text string, start, end int, typ string) []part {
	start, end = trimPunct(text, start, end)
	if isKnownOrg(text[start:end]) {
		// "Premier League" holds no premier; but a web address
		// ("BBC.co.uk") is still no mention. The type stays the
		// tagger's: our model's passes make a listed name an
		// organisation, prose's spans keep prose's type.
		if len(cleaned(text, start, end, pipeline.Org)) == 0 {
			return nil
		}
		return []part{{Start: start, End: end, Type: typ}}
	}
	words := wordsIn(text, start, end)
	// A span ending in a journalist's or envoy's role ("South Asia
	// Regional Editor", "Paris Correspondent") names whose role it is:
	// the words before the role, typed on their own.
	if n := trailingRole(text, words); n == len(words) && n > 0 && officeEnd(text, words) {
		return nil // "Defence Minister", "Attorney General": a title alone
	} else if n > 0 && n < len(words) {
		var out []part
		for _, p := range split(text, start, words[len(words)-n-1][1], typ) {
			p.Modifier = p.Modifier || p.Type != pipeline.Person
			out = append(out, p)
		}
		return out
	}
	// A span that starts inside a role ("Secretary of [Defence Pete
	// Hegseth]", a mistyped "[President Trump]") is the role holder.
	if j := roleRun(text, words); j > 0 && j < len(words) && nameLike(text, words[j:]) {
		role := roleBefore(text, words[0][0], true)
		for _, w := range words[:j] {
			role = role || roles[lowerWord(text[w[0]:w[1]])]
		}
		if role {
			return cleaned(text, words[j][0], end, pipeline.Person)
		}
	}
	for i := 1; i < len(words)-1; i++ {
		w := words[i]
		if !roles[lowerWord(text[w[0]:w[1]])] || titles(lowerWord(text[words[i-1][0]:words[i-1][1]])) {
			continue
		}
		// Skip the rest of the role: "Secretary of Defence", "Prime
		// Minister", "Secretary General".
		j := i + 1 + roleRun(text, words[i+1:])
		if j >= len(words) || !nameLike(text, words[j:]) {
			return cleaned(text, start, end, typ)
		}
		var out []part
		// The modifier loses the desk words of the role ("Chief
		// International" of "Chief International Correspondent").
		k := i - 1
		for k >= 0 && deskWords[lowerWord(text[words[k][0]:words[k][1]])] {
			k--
		}
		if k >= 0 {
			if ms, me, ok := CleanAs(text, words[0][0], words[k][1], typ); ok && !isDemonym(text[ms:me]) {
				out = append(out, part{Start: ms, End: me, Type: typ, Modifier: true})
			}
		}
		if ns, ne, ok := Clean(text, words[j][0], end); ok {
			out = append(out, part{Start: ns, End: ne, Type: pipeline.Person})
		}
		return out
	}
	out := cleaned(text, start, end, typ)
	if len(out) == 1 && typ != pipeline.Person && afterRole(text, out[0].Start) && nameLike(text, wordsIn(text, out[0].Start, out[0].End)) {
		out[0].Type = pipeline.Person
	}
	return out
}

func cleaned(text string, start, end int, typ string) []part {
	if s, e, ok := CleanAs(text, start, end, typ); ok {
		return []part{{Start: s, End: e, Type: typ}}
	}
	return nil
}

// nameLike reports whether words are all capitalised and do not end in an
// institution: what follows a role is then a person's name.
func nameLike(text string, words [][2]int) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(text[w[0]:w[1]])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	last := words[len(words)-1]
	return !institutions[lowerWord(text[last[0]:last[1]])]
}

// wordsIn returns the [start, end) offsets of the space-separated words of
// text[start:end].
func wordsIn(text string, start, end int) [][2]int {
	var out [][2]int
	for i := start; i < end; {
		for i < end && text[i] == ' ' {
			i++
		}
		j := i
		for j < end && text[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// lowerWord lower-cases a word and drops a trailing period or possessive.
// A word in capitals is an acronym, not a title, and stays as it is
// ("DR Congo", "MS"), except "CEO", the one role written that way.
func lowerWord(w string) string {
	w = withoutPossessive(w)
	w = strings.TrimRight(w, ".,")
	if len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w && w != "CEO" {
		return w
	}
	return strings.ToLower(w)
}

// afterRole reports whether the span starting at start directly follows a
// role title ("Secretary of Defence [Pete Hegseth]", "Mr [Smith]"): the name
// of whoever holds a role is a person's, whatever type the span was given.
// A role that ends in "of" or "for" names a place or body instead
// ("President of [France]").
func afterRole(text string, start int) bool { return roleBefore(text, start, false) }

// roleBefore looks back from start for a role title. inRole says the span
// itself begins with role words, so a preceding "of" continues the role
// ("Secretary of [Defence Pete Hegseth]") rather than ending it.
func roleBefore(text string, start int, inRole bool) bool {
	words := wordsIn(text, 0, start)
	for k, n := len(words)-1, 0; k >= 0 && n < 5; k, n = k-1, n+1 {
		w := text[words[k][0]:words[k][1]]
		if strings.ContainsAny(w, ",;:") {
			return false
		}
		lw := lowerWord(w)
		switch {
		case roles[lw]:
			return true
		case n == 0 && !inRole && (lw == "of" || lw == "for" || lw == "the"):
			return false
		case roleWord(lw):
		default:
			return false
		}
	}
	return false
}

// roleWord reports whether a lower-cased word can be part of a role title:
// "Secretary of State", "Minister for Foreign Affairs".
func roleWord(lw string) bool {
	return titles(lw) || lw == "of" || lw == "for" || lw == "the" || lw == "defence" || lw == "defense" ||
		lw == "state" || lw == "foreign" || lw == "affairs" || lw == "health" || lw == "interior"
}

// roleRun returns how many of the leading words are role words.
func roleRun(text string, words [][2]int) int {
	n := 0
	for n < len(words) && roleWord(lowerWord(text[words[n][0]:words[n][1]])) {
		n++
	}
	return n
}

// trailingRoles are the roles a modifier comes before ("our Paris
// correspondent", "the UN envoy"); a span never ends in one.
var trailingRoles = map[string]bool{
	"correspondent": true, "editor": true, "reporter": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "envoy": true, "ambassador": true,
	"analyst": true, "producer": true, "presenter": true, "advisor": true, "adviser": true,
	"rapporteur": true, "coordinator": true, // "UN Special Rapporteur", "UN humanitarian coordinator"
	"general": true, // only after generalOffices: "Attorney General", not "Dollar General"
	// offices: "the US President", "the Florida Governor" name the
	// office's place; "the Defence Minister" alone is a title
	"president": true, "governor": true, "minister": true, "senator": true, "mayor": true,
	"leader": true, "chief": true, "secretary": true, "chancellor": true, "commander": true,
}

// officeEnd reports whether the span's last word is an office or
// "General" after one (not a journalist's role, whose bare title the
// model rarely tags).
func officeEnd(text string, words [][2]int) bool {
	switch lowerWord(text[words[len(words)-1][0]:words[len(words)-1][1]]) {
	case "president", "governor", "minister", "senator", "mayor", "leader", "chief", "secretary", "chancellor", "commander", "general":
		return true
	}
	return false
}

// generalOffices come before "General" in a role ("US Attorney General",
// "UN Secretary General").
var generalOffices = map[string]bool{"attorney": true, "secretary": true, "surgeon": true, "inspector": true,
	"solicitor": true}

// deskWords describe a journalist's beat or rank ("Chief International
// Correspondent", "World Affairs Editor").
var deskWords = map[string]bool{
	"regional": true, "senior": true, "chief": true, "international": true, "political": true,
	"diplomatic": true, "security": true, "economics": true, "economic": true, "business": true,
	"science": true, "technology": true, "culture": true, "arts": true, "sports": true,
	"world": true, "special": true, "deputy": true, "bureau": true, "correspondent": true,
	"media": true, "environment": true, "education": true, "legal": true, "news": true,
	"national": true, // "National Security Advisor"
}

// trailingRole returns how many words end the span as a role: the role
// and the capitalised common words before it ("Regional Editor", "Chief
// International Correspondent").
func trailingRole(text string, words [][2]int) int {
	if len(words) == 0 || !trailingRoles[lowerWord(text[words[len(words)-1][0]:words[len(words)-1][1]])] {
		return 0
	}
	n := 1
	if lowerWord(text[words[len(words)-1][0]:words[len(words)-1][1]]) == "general" {
		if len(words) < 2 || !generalOffices[lowerWord(text[words[len(words)-2][0]:words[len(words)-2][1]])] {
			return 0
		}
		n = 2
	}
	for n < len(words) {
		w := text[words[len(words)-n-1][0]:words[len(words)-n-1][1]]
		lw := lowerWord(w)
		if !deskWords[lw] && !roleWord(lw) && !common[lw] {
			break
		}
		n++
	}
	return n
}
