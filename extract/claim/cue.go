package claim

// Reporting cues. A cue is a reporting verb form ("says", "warned"), a
// verb with a fixed particle ("talked about", "called for"), a frame with a
// gap ("described ... as"), or "according to". Word lists stand in for a
// part-of-speech tagger: they are fast, and they are measured on PolNeAR
// (see README.md).

// cueKind says how a cue takes its content.
type cueKind uint8

const (
	cueSay       cueKind = iota // SOURCE says (that) CONTENT; CONTENT, SOURCE said
	cueTell                     // SOURCE told OBJECT (that) CONTENT
	cueParticle                 // SOURCE talked about CONTENT; called for CONTENT
	cueDescribe                 // SOURCE described CONTENT as ...
	cueAccording                // according to SOURCE, CONTENT
	cueThink                    // SOURCE believes CONTENT: a belief, no report (verb drops it; the words still end a source's phrase)
	cueName                     // SOURCE called OBJECT COMPLEMENT ("called it a hoax")
)

// cueWord is what the lexicon knows of a verb form.
type cueWord struct {
	kind     cueKind
	particle string // required next word for cueParticle ("about", "for")
	base     bool   // a base form ("say", "tell"): needs a plural or modal subject
	// frame is the word that closes a cueDescribe frame around its
	// object: "as" unless set ("accused X of Y", "blamed X for Y").
	frame string
}

// cueWords maps lower-case verb forms to their cue behaviour.
var cueWords = func() map[string]cueWord {
	m := make(map[string]cueWord)
	say := func(kind cueKind, forms ...string) {
		for i, f := range forms {
			m[f] = cueWord{kind: kind, base: i == 0}
		}
	}
	// base form first, then the others
	say(cueSay, "say", "says", "said", "saying")
	say(cueSay, "warn", "warns", "warned", "warning")
	say(cueSay, "insist", "insists", "insisted", "insisting")
	say(cueSay, "claim", "claims", "claimed", "claiming")
	say(cueSay, "argue", "argues", "argued", "arguing")
	say(cueSay, "add", "adds", "added", "adding")
	say(cueSay, "note", "notes", "noted", "noting")
	say(cueSay, "state", "states", "stated", "stating")
	say(cueSay, "explain", "explains", "explained", "explaining")
	say(cueSay, "announce", "announces", "announced", "announcing")
	say(cueSay, "suggest", "suggests", "suggested", "suggesting")
	say(cueSay, "report", "reports", "reported", "reporting")
	say(cueSay, "write", "writes", "wrote", "writing", "written")
	say(cueSay, "acknowledge", "acknowledges", "acknowledged", "acknowledging")
	say(cueSay, "admit", "admits", "admitted", "admitting")
	say(cueSay, "confirm", "confirms", "confirmed", "confirming")
	say(cueSay, "deny", "denies", "denied", "denying")
	say(cueSay, "predict", "predicts", "predicted", "predicting")
	say(cueSay, "promise", "promises", "promised", "promising")
	say(cueSay, "vow", "vows", "vowed", "vowing")
	say(cueSay, "pledge", "pledges", "pledged", "pledging")
	say(cueSay, "reiterate", "reiterates", "reiterated", "reiterating")
	say(cueSay, "stress", "stresses", "stressed", "stressing")
	say(cueSay, "emphasise", "emphasises", "emphasised", "emphasising")
	say(cueSay, "emphasize", "emphasizes", "emphasized", "emphasizing")
	say(cueSay, "estimate", "estimates", "estimated", "estimating")
	say(cueSay, "reveal", "reveals", "revealed", "revealing")
	say(cueSay, "allege", "alleges", "alleged", "alleging")
	say(cueSay, "declare", "declares", "declared", "declaring")
	say(cueSay, "assert", "asserts", "asserted", "asserting")
	say(cueSay, "tweet", "tweets", "tweeted", "tweeting")
	say(cueSay, "contend", "contends", "contended", "contending")
	say(cueSay, "concede", "concedes", "conceded", "conceding")
	say(cueSay, "show", "shows", "showed", "showing", "shown")
	say(cueSay, "find", "finds", "found")
	say(cueSay, "indicate", "indicates", "indicated", "indicating")
	say(cueSay, "ask", "asks", "asked")
	say(cueSay, "respond", "responds", "responded")
	say(cueSay, "recall", "recalls", "recalled")
	say(cueSay, "agree", "agrees", "agreed")
	say(cueSay, "mention", "mentions", "mentioned", "mentioning")
	// "has hinted that he may challenge them"; not "hint", "hints": as
	// often nouns ("some hint on what the result would be")
	m["hinted"] = cueWord{kind: cueSay}
	m["hinting"] = cueWord{kind: cueSay}
	say(cueTell, "tell", "tells", "told", "telling")
	say(cueTell, "inform", "informs", "informed", "informing")
	say(cueTell, "assure", "assures", "assured", "assuring")
	say(cueTell, "remind", "reminds", "reminded", "reminding")
	say(cueTell, "urge", "urges", "urged", "urging")
	// "two far-right ministers have threatened to bring down his
	// coalition", "he had instructed his supporters not to": threats and
	// orders are speech the gold sets count
	// (a threat is speech only before its infinitive: "the storm
	// threatened the coast" is none; see verb)
	say(cueSay, "threaten", "threatens", "threatened", "threatening")
	say(cueSay, "instruct", "instructs", "instructed", "instructing")
	// "ordered that children remain at home", "ordered him to fly back";
	// not "order", "orders": as often nouns ("whole life orders")
	m["ordered"] = cueWord{kind: cueTell}
	m["ordering"] = cueWord{kind: cueTell}
	say(cueDescribe, "describe", "describes", "described", "describing")
	say(cueDescribe, "portray", "portrays", "portrayed", "portraying")
	frame := func(prep string, forms ...string) {
		for i, f := range forms {
			m[f] = cueWord{kind: cueDescribe, frame: prep, base: i == 0}
		}
	}
	frame("of", "accuse", "accuses", "accused", "accusing")
	frame("for", "blame", "blames", "blamed", "blaming")
	frame("for", "criticise", "criticises", "criticised", "criticising")
	frame("for", "criticize", "criticizes", "criticized", "criticizing")
	frame("for", "praise", "praises", "praised", "praising")
	frame("to", "compare", "compares", "compared", "comparing")
	frame("as", "welcome", "welcomes", "welcomed", "welcoming")
	say(cueDescribe, "hail", "hails", "hailed", "hailing")
	say(cueSay, "condemn", "condemns", "condemned", "condemning")
	say(cueSay, "denounce", "denounces", "denounced", "denouncing")
	say(cueSay, "demand", "demands", "demanded", "demanding")
	say(cueSay, "complain", "complains", "complained", "complaining")
	say(cueSay, "conclude", "concludes", "concluded", "concluding")
	say(cueSay, "recount", "recounts", "recounted", "recounting")
	say(cueSay, "cite", "cites", "cited", "citing")
	say(cueSay, "dismiss", "dismisses", "dismissed", "dismissing")
	// the verbs of talks about ideas ("he outlines a new geopolitical
	// theory", "He proposes that ...", "advocating a form of positive
	// biopolitics")
	say(cueSay, "propose", "proposes", "proposed", "proposing")
	say(cueSay, "outline", "outlines", "outlined", "outlining")
	say(cueSay, "advocate", "advocates", "advocated", "advocating")
	say(cueSay, "question", "questioned") // not "questions", "questioning": as often nouns ("unanswered questions over")
	say(cueThink, "believe", "believes", "believed")
	say(cueThink, "think", "thinks", "thought")
	say(cueThink, "hope", "hopes", "hoped")
	say(cueThink, "expect", "expects", "expected")
	say(cueThink, "fear", "fears", "feared")
	part := func(particle string, forms ...string) {
		for i, f := range forms {
			m[f] = cueWord{kind: cueParticle, particle: particle, base: i == 0}
		}
	}
	part("about", "talk", "talks", "talked", "talking")
	part("about", "speak", "speaks", "spoke", "spoken", "speaking")
	part("for", "call", "calls", "called", "calling") // without "for": see namingCall
	part("out", "point", "points", "pointed", "pointing")
	part("to", "refer", "refers", "referred", "referring") // "what you're referring to is an essay"
	return m
}()

// auxWords may stand between a source and its cue and belong to the cue:
// they keep its tense and modality ("has said", "would later say").
var auxWords = setOf("has", "have", "had", "will", "would", "could", "should", "may", "might",
	"must", "can", "did", "does", "do", "is", "was", "were", "are", "be", "been", "also",
	"later", "earlier", "then", "now", "previously", "repeatedly", "again", "just", "already", "reportedly", "once",
	"often", "always", "never", "recently", "publicly", "privately", "not", "once", "only", "still",
	"hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "isn't",
	"wasn't", "aren't", "weren't", "can't", "couldn't", "shouldn't", "certainly", "clearly",
	"now", "still", "even", "actually", "apparently", "openly", "increasingly", "all", "both",
	// adverbs without -ly that stand between a subject and its verb:
	// "Beijing has long claimed", "when they first told us", "he's so far
	// denied", "it's perhaps confirmed"
	"long", "first", "ever", "almost", "sometimes", "perhaps", "so", "far", "cannot", "am",
	// "It further explains that", "he further reiterated"; "He too says"
	"further", "too",
	// "He kept telling me", "She keeps saying": a repeated report
	"kept", "keeps",
	// "Critics though suggest ..."
	"though")

// collective nouns take a plural verb in British English ("Police say",
// "the team say"), so they may head the subject of a base-form cue.
var collective = setOf("police", "people", "staff", "crew", "public", "military", "team",
	"family", "majority", "army", "government", "media", "some", "many", "most", "both", "all")

// institutions take a plural verb in British English as collective
// nouns do ("the Russian defence ministry say").
var institutions = setOf("ministry", "office", "agency", "organisation", "organization", "council",
	"committee", "department", "company", "firm", "charity", "union", "embassy", "commission",
	"authority", "administration", "party", "club", "federation", "board")

// bodyNouns are singular heads of a phrase naming one who speaks for an
// institution ("a conservation centre in Spain", "the ministry in Kyiv").
var bodyNouns = setOf("centre", "center", "court", "ministry", "office", "agency", "group", "organisation",
	"organization", "council", "committee", "department", "company", "firm", "charity", "union",
	"spokesman", "spokeswoman", "spokesperson", "official", "minister", "governor", "mayor",
	"embassy", "hospital", "university", "institute", "commission", "authority", "prosecutor")

// notPlural end in "s" without being plural nouns.
var notPlural = setOf("this", "his", "its", "thus", "was", "has", "does", "is", "us", "yes",
	"always", "perhaps", "various", "whereas", "less", "unless", "across", "news", "series")

// pronouns that may be a source. First and second person are not listed:
// in a transcript "I said" and "you said" are the speakers themselves, not
// a report of someone else's words.
var thirdPronouns = setOf("he", "she", "they", "it", "him", "her", "them")

// personPronouns refer to one person and are resolved against PERSON
// mentions.
var personPronouns = setOf("he", "she")

// firstSecond are sources we do not report (see thirdPronouns).
var firstSecond = setOf("i", "we", "you", "i've", "we've", "you've", "i'd", "we'd", "i'll", "we'll",
	"we're", "you're", "i'm", "you'd", "you'll")

// determiners open a noun phrase.
var determiners = setOf("the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
	"its", "our", "my", "your", "some", "many", "several", "most", "both", "all", "other", "another",
	"one", "two", "three", "four", "five", "few", "each", "every", "no", "any", "top", "senior", "former")

// npStop ends a noun phrase when scanning left from a cue: clause words,
// prepositions, verbs and adverbs that cannot be part of a source.
var npStop = setOf("and", "or", "but", "that", "as", "when", "while", "whilst", "because", "if", "since",
	"after", "before", "so", "then", "where", "which", "what", "how", "why", "whom", "whose",
	"to", "in", "on", "at", "by", "for", "with", "from", "into", "about", "than", "like", "over",
	"is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "not",
	"also", "even", "just", "only", "still", "yet", "here", "there", "now", "well", "yes", "no",
	"can", "could", "should", "may", "might", "must", "do", "does", "did", "it's", "that's",
	"there's", "said", "says", "told", "including", "against", "during", "under", "until", "despite",
	"ultimately", "finally", "meanwhile", "however", "though", "although", "unless", "whether",
	"seeing", "see", "saw", "hear", "heard", "watching", "let", "make", "made", "get", "got",
	"asked", "ask", "let's", "think", "know", "believe", "want", "wants", "thing",
	"things", "something", "anything", "everything", "nothing", "worth")

// wh words before a source make a free relative ("what he said"): the
// content is not in the sentence.
var whWords = setOf("what", "what's", "how", "whatever")

// objectAdverbs after a cue say nothing about content ("says all the time").
var contentFillers = setOf("all", "the", "time", "again", "often", "repeatedly", "so", "it",
	"this", "that", "yesterday", "today", "recently", "earlier", "later", "before", "too",
	"as", "well", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "morning", "evening", "night", "week", "in", "a", "statement", "interview", "last",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "month", "year", "weekend")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// namingObjects open the object of a naming "called": "called it a
// hoax", "called the allegations slander".
var namingObjects = setOf("it", "this", "them", "him", "her", "these", "those",
	"the", "his", "their", "its")

// indefinites open a source that a naming "called" may instead describe:
// "a group called the Feminist Movement" (see namingCall).
var indefinites = setOf("a", "an", "another", "one")

// notComplement cannot open the complement of a naming "called": a
// particle or preposition makes it another verb ("called him back",
// "called them on Monday").
var notComplement = setOf("for", "on", "to", "in", "off", "up", "out", "back", "at", "and", "but",
	"or", "from", "with", "about", "by", "after", "over", "into", "during", "again", "yesterday",
	"today", "last", "this", "that", "when", "while", "because", "if", "who", "which", "where")
