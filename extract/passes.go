package extract

import (
	"strings"

	"github.com/mentions/mentions/extract/ner"
	"github.com/mentions/mentions/pipeline"
)

// joinAbbreviated joins two entities of one type that the tokenizer split
// at the period of a short place-name abbreviation: "St. Petersburg" comes
// out of the model as "St" and "Petersburg", two places.
func joinAbbreviated(sentence string, es []ner.Entity) []ner.Entity {
	out := es[:0]
	for _, e := range es {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			gap := sentence[prev.End:e.Start]
			if prev.Type == e.Type && strings.TrimSpace(gap) == "." && placeAbbrev[lowerLastWord(sentence[prev.Start:prev.End])] {
				prev.End = e.End
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// placeAbbrev are the abbreviations that open place names ("St. Louis",
// "Mt. Everest", "Ft. Worth").
var placeAbbrev = map[string]bool{"st": true, "mt": true, "ft": true}

func lowerLastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// orgHeads are nouns that make the name they end or head an institution's:
// "Lueros Community Hospital", "Levy School of Business", "University of
// Nairobi". A model trained on news often calls them places. Words that
// also head place names ("bank" of "West Bank", "union" of "Soviet Union")
// are not here.
var orgHeads = map[string]bool{
	"hospital": true, "university": true, "college": true, "school": true, "institute": true,
	"ministry": true, "party": true, "council": true, "committee": true, "commission": true,
	"agency": true, "foundation": true, "corporation": true, "association": true, "academy": true,
	"department": true, "court": true, "parliament": true, "assembly": true, "police": true,
	"company": true, "bureau": true, "society": true, "museum": true,
	// company names' last words ("Mint Mobile", "Qatar Airways", "Wagner
	// Group", "Sound Ventures"); "Games" is left out: "Olympic Games"
	"mobile": true, "airlines": true, "airways": true, "motors": true, "group": true, "inc": true,
	"ltd": true, "corp": true, "technologies": true, "labs": true, "pharmaceuticals": true,
	"holdings": true, "insurance": true, "studios": true, "entertainment": true, "records": true,
	"ventures": true, "partners": true, "enterprises": true, "industries": true, "telecom": true,
}

// forHeads open an institution's name before "for": "Centre for the
// Governance of AI", "Institute for Fiscal Studies", "Campaign for Nuclear
// Disarmament".
var forHeads = wordSet("centre", "center", "institute", "foundation", "council", "commission", "committee",
	"office", "alliance", "coalition", "campaign", "fund", "society", "association", "agency", "network",
	"department", "ministry", "school", "academy", "union", "league", "movement", "partnership", "initiative")

// orgFor extends an organisation's span back over the capitalised head and
// "for" (and "the") that open its name, where the model began the name
// after them: it read "Governance of AI" in "the Centre for the
// Governance of AI".
func orgFor(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		s := sentences[sp.Sentence]
		if sp.Type != pipeline.Org {
			continue
		}
		before := strings.TrimSuffix(s[:sp.Start], "the ")
		before, ok := strings.CutSuffix(before, " for ")
		if !ok {
			continue
		}
		i := strings.LastIndexByte(before, ' ') + 1
		head := before[i:]
		if head == "" || head[0] < 'A' || head[0] > 'Z' || !forHeads[strings.ToLower(head)] || overlapsIn(spans, sp.Sentence, i, i+len(head)) {
			continue
		}
		spans[k].Start = i
	}
	return spans
}

// headedByOrg reports whether a span's words include an institution noun
// after its first word, or as its first word followed by "of" ("University
// of Nairobi").
func headedByOrg(name string) bool {
	words := strings.Fields(name)
	for i, w := range words {
		lw := lowerWord(w)
		if !orgHeads[lw] {
			continue
		}
		if i > 0 || (len(words) > 2 && lowerWord(words[1]) == "of") {
			return true
		}
	}
	return false
}

// placeHeads are geographic nouns that end a place's name ("Red Sea",
// "Gaza Strip", "Ivory Coast") or open it before "of" ("Strait of
// Gibraltar", "Gulf of Mexico"). "Bank" and "Channel" are left out:
// "World Bank", "Discovery Channel".
var placeHeads = map[string]bool{
	"sea": true, "ocean": true, "strait": true, "straits": true, "gulf": true, "river": true,
	"mountains": true, "lake": true, "peninsula": true, "canal": true, "valley": true,
	"desert": true, "islands": true, "strip": true, "coast": true, "bay": true,
	// areas and administrative divisions ("Bay Area", "Kursk Region",
	// "Idlib Province", "Orange County"), typed ORG by the model at times
	"area": true, "region": true, "province": true, "county": true, "district": true,
	"highlands": true, "plateau": true, "hills": true, "basin": true, "delta": true,
	// landmarks, which the annotators count as places ("Dover Castle",
	// "Tehran Airport", "Yasuni National Park", "Maria Square")
	"island": true, "mountain": true, "volcano": true, "park": true, "airport": true, "castle": true,
	"square": true, "tower": true,
}

// headedByPlace reports whether a span of two or more words is a place by
// its geographic noun: the last word, or the first followed by "of". An
// institution noun anywhere (headedByOrg) wins: "Caspian Sea Commission".
func headedByPlace(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || headedByOrg(name) {
		return false
	}
	if placeHeads[lowerWord(words[len(words)-1])] {
		return true
	}
	if first := lowerWord(words[0]); first == "mount" || first == "mt." || first == "mt" {
		return true // "Mount Everest", typed a person at times
	}
	return len(words) > 2 && placeHeads[lowerWord(words[0])] && lowerWord(words[1]) == "of"
}

// stormWords name the weather systems whose given names a model takes for
// people ("Typhoon Yagi", "Hurricane Milton"). "Storm" counts only
// capitalised: "the worst storm Britain has seen" names no storm.
func stormWord(w string) bool {
	switch lowerWord(w) {
	case "typhoon", "hurricane", "cyclone":
		return true
	}
	return strings.TrimRight(w, ".,") == "Storm"
}

// dropStormNames removes the names given to storms: a span right after
// "Typhoon", "Hurricane", "Storm" or "Cyclone", and every span of the same
// text elsewhere in the document ("Yagi has killed..."). The annotation
// rules count people, places and organisations, and a storm is none.
func dropStormNames(sentences []string, spans []pipeline.Span) []pipeline.Span {
	var storms map[string]bool
	for _, sp := range spans {
		name := sentences[sp.Sentence][sp.Start:sp.End]
		before := strings.Fields(sentences[sp.Sentence][:sp.Start])
		first, rest, two := strings.Cut(name, " ")
		switch {
		case len(before) > 0 && stormWord(before[len(before)-1]):
		case two && stormWord(first): // the model took "Storm" in: "Storm Darragh"
			name = rest
		default:
			continue
		}
		if storms == nil {
			storms = make(map[string]bool)
		}
		storms[name] = true
	}
	if storms == nil {
		return spans
	}
	out := spans[:0]
	for _, sp := range spans {
		name := sentences[sp.Sentence][sp.Start:sp.End]
		if first, rest, two := strings.Cut(name, " "); two && stormWord(first) {
			name = rest
		}
		if !storms[name] {
			out = append(out, sp)
		}
	}
	return out
}

// withModalName returns where a person's name starting at start (and
// ending at end) really starts when "Will" before it is the first name,
// not the modal. The model reads a capitalised "Will" as the modal, so
// "Will Ross, the BBC's Africa editor, told me" comes out as "Ross". It is
// the name after a journalist's role ("our Africa editor Will Ross told
// me"), and opening a sentence unless the sentence is a question whose
// verb follows the name ("Will Trump win?"): "Will Ross, so what is life
// like?" addresses him.
func withModalName(sentence string, start, end int) int {
	head := strings.TrimRight(sentence[:start], " ")
	if !strings.HasSuffix(head, "Will") {
		return start
	}
	will := len(head) - len("Will")
	if will > 0 && sentence[will-1] != ' ' {
		return start // "Goodwill"
	}
	before := wordsBefore(sentence, will, 1)
	if len(before) == 1 && before[0] != "," && before[0] != "." {
		if roles[before[0]] || deskWords[before[0]] {
			return will // "our Africa editor Will Ross"
		}
		return start // "And Will Ross told us more": the modal may be meant
	}
	if !strings.HasSuffix(strings.TrimRight(sentence, " \"'”’)"), "?") {
		return will
	}
	rest := strings.TrimPrefix(strings.TrimLeft(sentence[end:], " "), ",")
	if addressWords[wordAfter(rest, 0)] {
		return will // "Will Ross so what is life like?", "Will Ross, what happens next?"
	}
	return start // "Will Kamala Harris, who else ..., be able to win?"
}

// addressWords after a name that opens a question show that the name is
// spoken to, not the subject of a modal "Will".
var addressWords = wordSet("so", "what", "how", "why", "where", "when", "is", "are", "thank", "thanks")

// theWest adds "West" as a place where a sentence says "the West" for
// the geopolitical bloc ("sanctions from the West", "the West barely
// hears about it"), which a model trained on news leaves out or folds
// into a longer name. "the West Bank", "the West African nation": a
// capitalised word after it makes "West" part of another name, which
// the model handles. "The West" opening a sentence counts, and so does
// one lower-case word between ("the collective West", "the wealthy
// West").
func theWest(sentences []string, spans []pipeline.Span) []pipeline.Span {
	return addWord(sentences, spans, "West", pipeline.Place, func(s string, start, end int) bool {
		if w := wordsBefore(s, start, 2); len(w) == 2 && w[1] == "the" && isLetter(w[0][0]) && w[0][0] >= 'a' && w[0][0] <= 'z' && !strings.ContainsAny(w[0], "'") {
			start -= len(w[0]) + 1 // "the wealthy West", "the collective West"
			if start < 0 || s[start] < 'a' || s[start] > 'z' {
				return false
			}
		}
		the := start - len("the ")
		if the < 0 || !strings.EqualFold(s[the:start], "the ") || the > 0 && isLetter(s[the-1]) {
			return false // not "the West", or "bathe West"
		}
		rest := strings.TrimLeft(s[end:], " ")
		return rest == "" || rest[0] < 'A' || rest[0] > 'Z' // not "the West Bank"
	})
}

// addWord adds a span of type typ for each whole-word occurrence of word
// in the sentences (not inside a longer word, not before a hyphen) that
// keep accepts and that no span already covers. The spans come back out
// of order: the pipeline sorts mentions by offset.
func addWord(sentences []string, spans []pipeline.Span, word, typ string, keep func(s string, start, end int) bool) []pipeline.Span {
	for i, s := range sentences {
		for off := 0; ; {
			j := strings.Index(s[off:], word)
			if j < 0 {
				break
			}
			start := off + j
			end := start + len(word)
			off = end
			if start > 0 && isLetter(s[start-1]) || end < len(s) && (isLetter(s[end]) || s[end] == '-') {
				continue // "Western", "MIT X-Pro"
			}
			if keep(s, start, end) && !overlapsIn(spans, i, start, end) {
				spans = append(spans, pipeline.Span{Sentence: i, Start: start, End: end, Type: typ})
			}
		}
	}
	return spans
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// overlapsIn reports whether a span of sentence i overlaps [start, end).
func overlapsIn(spans []pipeline.Span, i, start, end int) bool {
	for _, sp := range spans {
		if sp.Sentence == i && sp.Start < end && start < sp.End {
			return true
		}
	}
	return false
}

// placeOrCompany are names that are a company bare and a place after
// "the" or before a geographic noun: "Amazon said" (the company) but "the
// Amazon", "Amazon rainforest". The model types them one way everywhere.
var placeOrCompany = map[string]bool{"Amazon": true}

// geoNouns after a placeOrCompany name make it the place.
var geoNouns = map[string]bool{"rainforest": true, "river": true, "basin": true, "region": true, "jungle": true, "forest": true}

// placeOrCompanyType returns the type of the placeOrCompany name at
// sentence[start:end], or "" when the span is no such name.
func placeOrCompanyType(sentence string, start, end int) string {
	if !placeOrCompany[sentence[start:end]] {
		return ""
	}
	rest := strings.Fields(sentence[end:])
	if len(rest) > 0 {
		next := strings.Trim(rest[0], ".,;:!?'’")
		if geoNouns[strings.ToLower(next)] {
			return pipeline.Place
		}
		if next != "" && next[0] >= 'A' && next[0] <= 'Z' {
			return pipeline.Org // "the Amazon Music app"
		}
	}
	before := strings.Fields(sentence[:start])
	if len(before) > 0 && strings.EqualFold(before[len(before)-1], "the") {
		return pipeline.Place
	}
	return pipeline.Org
}

// docNouns head the names of documents, laws and treaties ("Paris
// Agreement", "Constitution of India", "Geneva Conventions", "Inflation
// Reduction Act") and of events such as conventions and wars ("Star
// Wars", "Vietnam War"): none of our types. A model trained on news calls
// many of them organisations.
var docNouns = map[string]bool{
	"declaration": true, "treaty": true, "act": true, "agreement": true, "accord": true,
	"accords": true, "charter": true, "constitution": true, "protocol": true, "convention": true,
	"conventions": true, "war": true, "wars": true,
}

// documentParts reports whether name is a document's name by its head
// noun (the last word, or any before "of"), and returns the parts
// of it that may name a place, in the order to try: what follows "of"
// ("Constitution of India"), else the words before the head ("Northern
// Ireland Protocol"), then the first word alone ("Geneva Conventions").
// Each part is a byte range into name.
func documentParts(name string) (parts [][2]int, ok bool) {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil, false
	}
	last := lowerWord(words[len(words)-1])
	if !docNouns[last] && headedByOrg(name) {
		return nil, false // "Democratic National Convention Committee"
	}
	for k := 0; k+2 < len(words); k++ {
		if docNouns[lowerWord(words[k])] && lowerWord(words[k+1]) == "of" {
			// "Constitution of India", "Universal Declaration of Human Rights"
			i := strings.Index(name, " "+words[k]+" of ")
			if i < 0 {
				i = 0
			} else {
				i++
			}
			i += len(words[k]) + len(" of ")
			return [][2]int{{i, len(name)}}, true
		}
	}
	switch {
	case docNouns[last]:
		end := strings.LastIndexByte(name, ' ')
		parts = append(parts, [2]int{0, end})
		if first := strings.IndexByte(name, ' '); first < end {
			parts = append(parts, [2]int{0, first})
		}
		return parts, true
	}
	return nil, false
}

// platformX adds the social network X where a sentence names it as one:
// "on X", "the platform X", "X, formerly Twitter". A one-letter name is
// otherwise too ambiguous ("Malcolm X", "Generation X", "X-ray") for the
// model to tag. Whisper writes it in lower case too, as podcasts close:
// "find us on x at global news pod"; then only "on x" before "at", "we",
// a comma or the sentence's end counts ("on x axis" does not).
func platformX(sentences []string, spans []pipeline.Span) []pipeline.Span {
	spans = addWord(sentences, spans, "x", pipeline.Org, func(s string, start, end int) bool {
		if !strings.HasSuffix(s[:start], " on ") && !strings.HasSuffix(s[:start], " On ") {
			return false
		}
		after := strings.TrimSpace(s[end:])
		return after == "" || after[0] == ',' || after[0] == '.' || strings.HasPrefix(after, "at ") || strings.HasPrefix(after, "we ")
	})
	return addWord(sentences, spans, "X", pipeline.Org, func(s string, start, end int) bool {
		if start > 0 && s[start-1] != ' ' || end < len(s) && s[end] == '\'' {
			return false // "(X", "X's"
		}
		words := strings.Fields(s[:start])
		prev := ""
		if len(words) > 0 {
			prev = strings.ToLower(words[len(words)-1])
		}
		after := strings.TrimLeft(s[end:], ", ")
		return platformBefore[prev] || strings.HasPrefix(strings.ToLower(after), "formerly")
	})
}

// platformBefore are the words before "X" that make it the platform.
var platformBefore = map[string]bool{"on": true, "platform": true, "site": true, "app": true, "network": true}

// withDemonym extends an organisation's span over the nationality right
// before it ("Swiss Air Force", "Russian Navy", "Brazilian Supreme
// Court"): the cleaning drops a nationality before a title, and the
// model often leaves it out, but the nationality is what makes a generic
// institution a name. The word must be capitalised, look like a
// nationality and not be a country ("Iran Navy" stays a place and an
// organisation), nor a word more often written in lower case ("These",
// "Search"), and no other span may hold it. Only a generic institution is
// extended: "Pakistani Taliban" and "Palestinian Hamas" stay as they are.
func (x *Model) withDemonym(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for i, sp := range spans {
		if sp.Type != pipeline.Org {
			continue
		}
		s := sentences[sp.Sentence]
		if sp.Start < 2 || s[sp.Start-1] != ' ' {
			continue
		}
		ws := sp.Start - 1
		for ws > 0 && isLetter(s[ws-1]) {
			ws--
		}
		word := s[ws : sp.Start-1]
		if ws > 0 && s[ws-1] != ' ' || !isDemonym(word) || common[strings.ToLower(word)] || x.m.IsCountry(word) ||
			!genericInstitution(s[sp.Start:sp.End]) || overlapsIn(spans, sp.Sentence, ws, sp.Start-1) {
			continue
		}
		spans[i].Start = ws
	}
	return spans
}

// institutionWords make up the names of generic state institutions, which
// a nationality turns into a name ("Air Force", "Supreme Court", "Ministry
// of Defence").
var institutionWords = map[string]bool{"Air": true, "Force": true, "Forces": true, "Army": true, "Navy": true,
	"Marines": true, "Parliament": true, "Supreme": true, "Court": true, "Ministry": true, "Defence": true,
	"Defense": true, "Foreign": true, "Interior": true, "Health": true, "Office": true, "Coast": true,
	"Guard": true, "Central": true, "Bank": true, "Football": true, "Association": true, "Red": true,
	"Cross": true, "Armed": true, "Congress": true, "Senate": true, "Government": true, "Police": true,
	"of": true, "Federation": true, "Embassy": true, "Military": true}

// genericInstitution reports whether every word of name is one of
// institutionWords.
func genericInstitution(name string) bool {
	for _, w := range strings.Fields(name) {
		if !institutionWords[w] {
			return false
		}
	}
	return true
}

// dropEponyms removes a name that only lends itself to a term: a disease
// or syndrome after the possessive or a person's name ("Parkinson's
// disease", "Crohn's disease"; not a place's: "Africa's disease
// [control centre]"), and a one-word name, not a country,
// before a technical noun ("the Turing test", "a Turing machine", "the
// Richter scale"). None of them mentions the person; the model types
// them as people, places or organisations alike. A country or an
// organisation before such a noun is kept ("EU law", "the One China
// principle", "SpaceX test").
func (x *Model) dropEponyms(sentences []string, spans []pipeline.Span) []pipeline.Span {
	surnames := surnamesOf(sentences, spans)
	out := spans[:0]
	for _, sp := range spans {
		s := sentences[sp.Sentence]
		rest, possessive := strings.CutPrefix(s[sp.End:], "'s")
		if !possessive {
			rest, possessive = strings.CutPrefix(s[sp.End:], "’s")
		}
		noun := wordAfter(rest, 0)
		name := s[sp.Start:sp.End]
		switch {
		case (noun == "disease" || noun == "syndrome") && (possessive && sp.Type != pipeline.Place || sp.Type == pipeline.Person):
			continue
		case possessive && diseaseEponyms[name] && !surnames[name] && !capitalAfter(s, sp.End+len("'s")):
			continue // "he had Alzheimer's", "Alzheimer's researchers"; not "Alzheimer's Society"
		case eponymNouns[noun] && !possessive && sp.Type != pipeline.Org && !strings.Contains(name, " ") && !x.m.IsCountry(name):
			continue
		}
		out = append(out, sp)
	}
	return out
}

// dropDoctrines removes one-word names of doctrines and faiths ending in
// "-ism" ("Buddhism", "Zionism", "Marxism", "Starmerism"): a newswire model
// types them places, people or organisations, but no person, place or
// organisation is named so. Over the corpus, every one of the 33 such
// spans was wrong.
func dropDoctrines(sentences []string, spans []pipeline.Span) []pipeline.Span {
	out := spans[:0]
	for _, sp := range spans {
		name := sentences[sp.Sentence][sp.Start:sp.End]
		w := withoutPossessive(name)
		if !strings.Contains(w, " ") && len(w) > 5 && (strings.HasSuffix(w, "ism") || strings.HasSuffix(w, "isms")) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// weekdays name the days that close the names of days and events:
// "Black Friday", "Super Tuesday", "Bloody Sunday".
var weekdays = wordSet("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

// dayOpeners open the names of days and events before a weekday.
var dayOpeners = wordSet("Black", "Cyber", "Super", "Good", "Bloody", "Ash", "Palm", "Easter", "Remembrance",
	"Boxing", "Giving", "Holy", "Maundy", "Shrove")

// dropDayNames removes a name that opens the name of a day or an event
// ("Black" of "Black Friday" an organisation, "Super" of "Super
// Tuesday", "Valentine" of "Valentine's Day"): the annotation rules count
// no days or events. Only the
// listed openers: a name before a weekday is most often a place or a
// person with a date after it ("in Jerusalem Thursday", "Nancy Friday").
func dropDayNames(sentences []string, spans []pipeline.Span) []pipeline.Span {
	out := spans[:0]
	for _, sp := range spans {
		s := sentences[sp.Sentence]
		if rest := strings.Replace(s[sp.End:], "’", "'", 1); strings.HasPrefix(rest, "'s Day") && (len(rest) == 6 || !isLetter(rest[6])) {
			continue // "Valentine's Day", "Mother's Day", "St Patrick's Day": a day ("Ohio's Dayton" stays)
		}
		if name := s[sp.Start:sp.End]; dayOpeners[name] && strings.HasPrefix(s[sp.End:], " ") {
			if w := strings.TrimRight(strings.Fields(s[sp.End:] + " x")[0], ".,;:!?'’s"); weekdays[w] {
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// diseaseEponyms name a disease by themselves in the possessive, with or
// without "disease" after them.
var diseaseEponyms = wordSet("Alzheimer", "Parkinson", "Huntington", "Crohn", "Asperger", "Tourette", "Hodgkin")

// eponymNouns make the one-word name before them part of a term.
var eponymNouns = wordSet("test", "tests", "machine", "machines", "scale", "paradox", "theorem", "theorems", "equation",
	"equations", "principle", "thesis", "conjecture", "complete", "completeness", "transform", "distribution")

// groupNames types as ORG a one-word name read as a person that the
// document calls a group ("the Wagner group", "Wagner mercenaries"),
// wherever the document names it alone: a model trained on 1996 news reads "Wagner" as the composer,
// "Wagner has been given the rights to the largest gold mine" as a
// person.
func groupNames(sentences []string, spans []pipeline.Span) []pipeline.Span {
	var groups map[string]bool
	for _, sp := range spans {
		s := sentences[sp.Sentence]
		name := s[sp.Start:sp.End]
		if strings.Contains(name, " ") || sp.Type != pipeline.Person {
			continue // a place's group ("the Ramstein group") stays a place
		}
		if groupNouns[wordAfter(s, sp.End)] {
			if groups == nil {
				groups = make(map[string]bool)
			}
			groups[name] = true
		}
	}
	for i, sp := range spans {
		if sp.Type == pipeline.Person && groups[sentences[sp.Sentence][sp.Start:sp.End]] {
			spans[i].Type = pipeline.Org
		}
	}
	return spans
}

// groupNouns after a name make it a group's.
var groupNouns = wordSet("group", "mercenaries", "militia")

// leaderNouns after "the X" make X the person who leads or led it: "the
// Biden administration", "the Trump campaign". ("era" draws adjectives:
// "the Soviet era", "the Victorian era".)
var leaderNouns = wordSet("administration", "presidency", "campaign")

// partyWords before a leaderNouns word name a party or creed, not its
// leader ("the Labour campaign", "the Communist administration").
var partyWords = wordSet("Democrat", "Labour", "Tory", "Communist", "Socialist", "Nationalist")

// (x *Model) leaderNames adds a person for a capitalised word the model
// left untagged between "the" and a leaderNouns word ("the Biden
// administration has weaponized ..."), when it is no place the gazetteer
// holds and no listed organisation ("the US administration", "the
// Taliban administration").
func (x *Model) leaderNames(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for i, s := range sentences {
		for off := 0; ; {
			j := strings.Index(s[off:], "the ")
			if j < 0 {
				break
			}
			start := off + j + len("the ")
			off = start
			if start-len("the ") > 0 && isLetter(s[start-len("the ")-1]) {
				continue // "bathe ..."
			}
			end := start
			for end < len(s) && isLetter(s[end]) {
				end++
			}
			if end == start || s[start] < 'A' || s[start] > 'Z' || end-start < 3 || !leaderNouns[wordAfter(s, end)] {
				continue
			}
			name := s[start:end]
			if strings.ToUpper(name) == name || x.m.InGazetteer(name) || isKnownOrg(name) || common[strings.ToLower(name)] ||
				notNames[name] || isDemonym(name) || partyWords[name] || overlapsIn(spans, i, start, end) {
				continue
			}
			spans = append(spans, pipeline.Span{Sentence: i, Start: start, End: end, Type: pipeline.Person})
		}
	}
	return spans
}

// compoundHeads after a hyphen make the name before it a mention of its
// own: "the US-led task force", "the Hamas-run health ministry", "a
// London-based charity".
var compoundHeads = wordSet("led", "backed", "run", "based", "funded", "brokered", "controlled", "held",
	"occupied", "made", "sponsored", "allied", "owned", "approved", "winning", "born", "friendly", "linked",
	"aligned", "affiliated", "supported", "specific")

// (x *Model) compoundNames adds the country, capital or listed
// organisation that opens a hyphenated compound (compoundHeads), which
// the model reads as one adjective: a place ("US-led") or an
// organisation ("Hamas-run"). A nationality ("Iranian-backed") is no
// mention, as the annotation rules say.
func (x *Model) compoundNames(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for i, s := range sentences {
		for off := 0; ; {
			j := strings.IndexByte(s[off:], '-')
			if j < 0 {
				break
			}
			dash := off + j
			off = dash + 1
			if !compoundHeads[wordAfter(s, dash+1)] || dash == 0 || !isLetter(s[dash-1]) {
				continue
			}
			start := dash
			for start > 0 && isLetter(s[start-1]) {
				start--
			}
			name := s[start:dash]
			if name[0] < 'A' || name[0] > 'Z' || allNotNames(name) || overlapsIn(spans, i, start, dash) {
				continue
			}
			switch {
			case isKnownOrg(name):
				spans = append(spans, pipeline.Span{Sentence: i, Start: start, End: dash, Type: pipeline.Org})
			case (x.m.IsCountry(name) || capitals[name]) && !x.m.IsDemonym(name):
				spans = append(spans, pipeline.Span{Sentence: i, Start: start, End: dash, Type: pipeline.Place})
			}
		}
	}
	return spans
}

// drCongo extends a "Congo" place span over a "DR" before it: the BBC's
// "DR Congo", whose "DR" the model leaves out.
func drCongo(sentences []string, spans []pipeline.Span) []pipeline.Span {
	for k, sp := range spans {
		s := sentences[sp.Sentence]
		if sp.Type == pipeline.Place && s[sp.Start:sp.End] == "Congo" && sp.Start >= 3 && s[sp.Start-3:sp.Start] == "DR " &&
			(sp.Start == 3 || !isLetter(s[sp.Start-4])) {
			spans[k].Start -= 3
		}
	}
	return spans
}
