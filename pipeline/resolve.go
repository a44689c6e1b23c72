package pipeline

import (
	"slices"
	"strings"
	"unicode"
)

// Resolve joins the mentions of one transcript that name the same thing and
// fills each mention's Canonical with the written name of its group, leaving
// it "" when that is the mention's own Name:
//
//   - case, possessive and title variants join ("NATO" and "Nato",
//     "Putin's" and "Putin", "President Trump" and "Trump");
//   - a shorter person name joins the one fuller person name of the same
//     transcript that it fits, wherever in the transcript that name stands
//     ("Trump" and "Donald Trump"; "Zelensky" before "Vladimir Zelensky");
//     see Fits;
//   - a short form that fits two or more full names (two Thomases) is left
//     unresolved rather than guessed;
//   - a mention the extractor knows by another name (Mention.Known: the
//     recogniser's "Hasbola" for Hezbollah) joins that name's group as
//     that name.
//
// Types are kept apart: a PLACE never joins a PERSON. Resolve changes nothing
// but Canonical, and its result does not depend on the order of ms beyond
// tie-breaking by first appearance.
func Resolve(ms []Mention) {
	groups := make(map[[2]string]*nameGroup)
	var order []*nameGroup
	of := make([]*nameGroup, len(ms))
	for i, m := range ms {
		name := CleanName(m.Name, m.Type)
		if m.Known != "" {
			name = m.Known // "Hasbola" joins, and is shown as, Hezbollah
		}
		k := [2]string{NameKey(name), m.Type}
		if k[0] == "" {
			continue
		}
		g := groups[k]
		if g == nil {
			g = &nameGroup{typ: m.Type, words: strings.Fields(k[0]), forms: map[string]int{}}
			groups[k] = g
			order = append(order, g)
		}
		if g.forms[name] == 0 {
			g.formOrder = append(g.formOrder, name)
		}
		g.forms[name]++
		of[i] = g
	}
	for _, g := range order {
		if g.typ != Person {
			continue
		}
		var cands []*nameGroup
		for _, f := range order {
			if f != g && f.typ == Person && fitsWords(g.words, f.words) {
				cands = append(cands, f)
			}
		}
		// Keep only the fullest candidates: "Donald Trump" drops out
		// when "Donald J Trump" is a candidate too.
		var top []*nameGroup
		for _, c := range cands {
			maximal := true
			for _, d := range cands {
				if d != c && fitsWords(c.words, d.words) {
					maximal = false
					break
				}
			}
			if maximal {
				top = append(top, c)
			}
		}
		switch {
		case len(top) == 1:
			g.canon = top[0]
		case len(top) > 1:
			g.ambiguous = true
		}
	}
	for i := range ms {
		g := of[i]
		if g == nil {
			ms[i].Canonical = ""
			continue
		}
		ms[i].Ambiguous = g.ambiguous
		if g.canon != nil {
			g = g.canon
		}
		if c := g.display(); c != ms[i].Name {
			ms[i].Canonical = c
		} else {
			ms[i].Canonical = ""
		}
	}
}

// nameGroup is the mentions of one transcript sharing a NameKey and a type.
type nameGroup struct {
	typ       string
	words     []string
	forms     map[string]int // written form -> mentions
	formOrder []string       // written forms in order of first appearance
	canon     *nameGroup     // the fuller name this one joins, or nil
	ambiguous bool           // fits two or more fuller names: joins none
}

// display is the group's most frequent written form; ties go to the form
// with more capital letters ("NATO" over "Nato"), then to the first seen.
func (g *nameGroup) display() string {
	best := ""
	for _, f := range g.formOrder {
		if best == "" || g.forms[f] > g.forms[best] || (g.forms[f] == g.forms[best] && upper(f) > upper(best)) {
			best = f
		}
	}
	return best
}

func upper(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// Fits reports whether the person name short can be a shorter way of
// writing the person name full: its last words ("Trump", "Donald Trump"), its
// first word alone ("Pete", "Pete Hegseth"), or its first and last words with
// middle names left out ("Donald Trump", "Donald J Trump"). Names are
// compared by NameKey; a name never fits itself.
func Fits(short, full string) bool {
	return fitsWords(strings.Fields(NameKey(CleanName(short, Person))), strings.Fields(NameKey(CleanName(full, Person))))
}

func fitsWords(s, f []string) bool {
	if len(s) == 0 || len(s) >= len(f) {
		return false
	}
	if slices.Equal(s, f[len(f)-len(s):]) {
		return true
	}
	if len(s) == 1 {
		return s[0] == f[0]
	}
	// First and last words equal, the rest an ordered subsequence.
	if s[0] != f[0] || s[len(s)-1] != f[len(f)-1] {
		return false
	}
	j := 1
	for _, w := range s[1 : len(s)-1] {
		for j < len(f)-1 && f[j] != w {
			j++
		}
		if j == len(f)-1 {
			return false
		}
		j++
	}
	return true
}

// titlePhrases are several-word titles that CleanName strips whole from the
// front of a person's name; single-word titles are in titleWords.
var titlePhrases = []string{
	"vice president", "prime minister", "foreign secretary", "defence secretary", "defense secretary",
	"home secretary", "secretary of state", "secretary general", "secretary-general", "field marshal",
	"supreme leader", "crown prince", "first lady",
}

// titleWords are words that name a role or an honorific rather than a
// person: they may precede a name without being part of it. Lower case,
// without a trailing period.
var titleWords = map[string]bool{
	"president": true, "pres": true, "vice": true, "prime": true, "minister": true, "mr": true,
	"mrs": true, "ms": true, "mx": true, "miss": true, "dr": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "king": true, "queen": true, "prince": true, "princess": true,
	"pope": true, "general": true, "gen": true, "colonel": true, "col": true, "senator": true,
	"sen": true, "congressman": true, "congresswoman": true, "representative": true, "rep": true,
	"governor": true, "gov": true, "mayor": true, "chancellor": true, "secretary": true,
	"defence": true, "defense": true, "foreign": true, "home": true, "justice": true, "judge": true,
	"chief": true, "commander": true, "ambassador": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "speaker": true, "leader": true, "premier": true, "sheikh": true,
	"ayatollah": true, "rabbi": true, "reverend": true, "rev": true, "father": true, "bishop": true,
	"archbishop": true, "cardinal": true, "professor": true, "prof": true, "captain": true,
	"capt": true, "lieutenant": true, "lt": true, "sergeant": true, "detective": true,
	"inspector": true, "coach": true, "correspondent": true, "editor": true, "reporter": true,
	"presenter": true, "former": true, "late": true, "deputy": true, "acting": true, "interim": true,
	"opposition": true, "supreme": true, "ceo": true, "chairman": true, "chairwoman": true,
	"chair": true, "director": true, "head": true, "envoy": true, "emir": true, "crown": true,
	"sultan": true, "president-elect": true, "frontrunner": true, "candidate": true,
	"attorney": true, "officer": true, "marshal": true, "admiral": true, "adm": true,
	"major": true, "senior": true, "presidential": true, "commissioner": true,
}

// IsTitle reports whether a word (any case, a trailing period ignored) is a
// title or role that may precede a name without being part of it.
func IsTitle(word string) bool {
	return titleWords[strings.ToLower(strings.TrimSuffix(word, "."))]
}

// CleanName returns a name without a possessive ending ("Putin's" is
// "Putin") or extra spaces and, for a PERSON, without leading titles
// ("President Trump" is "Trump"). A name that is nothing but a title is
// returned as it is.
func CleanName(name, typ string) string {
	s := strings.Join(strings.Fields(name), " ")
	s = strings.ReplaceAll(s, "\u2019", "'")
	for _, suf := range []string{"'s", "'S"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			s = s[:len(s)-len(suf)]
		}
	}
	if strings.HasSuffix(s, "s'") {
		s = s[:len(s)-1]
	}
	for typ == Person {
		stripped := false
		low := strings.ToLower(s)
		for _, t := range titlePhrases {
			if strings.HasPrefix(low, t+" ") {
				s = strings.TrimSpace(s[len(t)+1:])
				stripped = true
				break
			}
		}
		if first, rest, ok := strings.Cut(s, " "); !stripped && ok && IsTitle(first) {
			s = strings.TrimSpace(rest)
			stripped = true
		}
		if !stripped {
			break
		}
	}
	if s == "" {
		return strings.Join(strings.Fields(name), " ")
	}
	return s
}

// NameKey is the form under which names compare equal: lower case, single
// spaces, curly apostrophes straightened.
func NameKey(name string) string {
	s := strings.ReplaceAll(name, "\u2019", "'")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
