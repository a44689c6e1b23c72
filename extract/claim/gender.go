package claim

import (
	"github.com/mentions/mentions/extract/internal/givennames"
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// gender is what a transcript tells of a person's grammatical gender, for
// resolving "he" and "she" to the nearest person who fits.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// pronounGender is the gender of a personal pronoun source.
func pronounGender(p string) gender {
	switch lower(p) {
	case "he", "he's", "he'd", "he'll":
		return genderMale
	case "she", "she's", "she'd", "she'll":
		return genderFemale
	}
	return genderUnknown
}

// fits reports whether a person of gender g can be the referent of a
// pronoun of gender p: unknown fits anything.
func fits(g, p gender) bool { return g == genderUnknown || p == genderUnknown || g == p }

// maleTitles and femaleTitles, right before a name, tell its gender ("Mr
// Hines", "Queen Camilla", "spokeswoman Maria Nela Prada").
var (
	maleTitles = setOf("mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "spokesman", "chairman",
		"congressman", "businessman", "sheikh", "uncle", "grandfather", "son", "husband")
	femaleTitles = setOf("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "sister", "mother",
		"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "aunt", "grandmother",
		"daughter", "wife")
)

// maleNames and femaleNames are common first names, in many languages,
// that are not also given to the other sex (no "Jordan", "Alex", "Sam",
// "Taylor", "Andrea"). Hand-written from general knowledge. A name in
// neither is looked up in the longer list of internal/givennames (about
// 2,980 names with their sex), which came later: over the corpus it
// changed 178 of 9,330 pronoun resolutions, most of them a "he" that had
// gone to "Jenny" or "Vanessa" and a "she" that had gone to "Russell
// Brand"; the dev pronouns did not change.
var (
	maleNames = setOf("donald", "joe", "vladimir", "volodymyr", "benjamin", "emmanuel", "keir", "rishi", "boris",
		"david", "james", "john", "michael", "robert", "william", "richard", "thomas", "mark", "paul",
		"peter", "george", "steven", "stephen", "andrew", "anthony", "antony", "kevin", "brian",
		"edward", "jeremy", "nick", "nicholas", "olaf", "friedrich", "xi", "narendra", "recep",
		"sergei", "sergey", "dmitry", "alexei", "alexey", "yevgeny", "mohammed", "muhammad", "ahmed",
		"ali", "hassan", "hussein", "omar", "ibrahim", "abdul", "yahya", "ismail", "mahmoud", "yoav",
		"isaac", "bashar", "jens", "mike", "mitch", "marco", "pete", "elon", "jeff", "bill", "barack",
		"ron", "jd", "tim", "tom", "matt", "matthew", "daniel", "jonathan", "simon", "oliver", "jack",
		"harry", "charles", "henry", "frank", "gary", "lula", "javier", "luis", "jose", "juan",
		"carlos", "pedro", "nicolas", "gustavo", "jair", "cyril", "hun", "fumio", "shigeru", "lloyd",
		"antonio", "justin", "scott", "greg", "rahul", "imran", "shehbaz", "nawaz", "viktor",
		"andrzej", "giorgio", "sebastian", "gordon", "rupert", "vaughan", "hugh", "fergus", "ivan",
		"igor", "oleg", "yuri", "andriy", "dmytro", "oleksandr", "mykola", "pavel", "jacob", "hamid",
		"abdullah", "khalid", "faisal", "salman", "tayyip", "jimmy", "ronald", "dwight", "franklin",
		"abraham", "theodore", "woodrow", "lyndon", "gerald", "winston", "tony", "bernie", "chuck",
		"mitt", "ted", "rudy", "adam", "luke", "ben", "dan", "jake", "liam", "noah", "ethan", "hunter",
		"eric", "roger", "vincent", "felix")
	femaleNames = setOf("kamala", "hillary", "nancy", "ursula", "giorgia", "angela", "theresa", "liz", "elizabeth",
		"mary", "anne", "ann", "sarah", "sara", "emma", "olivia", "sophia", "sophie", "anna", "maria",
		"marie", "catherine", "katherine", "kate", "camilla", "diana", "jennifer", "jessica", "laura",
		"lucy", "rachel", "rebecca", "susan", "margaret", "helen", "karen", "nikki", "tulsi", "kristi",
		"pam", "marjorie", "alexandria", "ilhan", "yulia", "olena", "olga", "natalia", "tatiana",
		"svetlana", "maia", "sanna", "jacinda", "claudia", "dilma", "cristina", "michelle", "melania",
		"ivanka", "jill", "hannah", "victoria", "caroline", "charlotte", "lyse", "katya", "yolande",
		"yolanda", "valerie", "celia", "stephanie", "bethany", "zoe", "alison",
		"samira", "janet", "judy", "carrie", "holly", "ella", "emily", "amy", "amanda", "julia",
		"juliet", "louise", "lisa", "linda", "barbara", "patricia", "elena", "irina", "fatima",
		"aisha", "malala", "hasina", "benazir", "indira", "golda", "beyonce", "rihanna", "adele",
		"madonna", "oprah", "serena", "naomi", "greta", "ruth", "clara", "mona", "leila", "layla",
		"yasmin", "nadia", "dina", "noa", "shira", "orla", "siobhan", "niamh", "mairead", "gwen",
		"pauline", "christine", "francoise", "marine", "segolene", "annalena", "jane", "joan",
		"joanna", "rosie", "daisy", "grace", "alice", "megan", "kirsty", "lorna", "morag",
		"fiona", "katrina")
)

// personGender tells the gender of the person mention m of doc: a
// gendered title right before it, else its first name on the lists, also
// through the fuller name it resolves to ("Harris" for "Kamala Harris").
func personGender(doc *pipeline.Document, m pipeline.Mention) gender {
	if m.Sentence < len(doc.Sentences) {
		sent := doc.Sentences[m.Sentence]
		if at := m.Offset - sent.Offset; at > 0 && at <= len(sent.Text) {
			before := strings.TrimRight(sent.Text[:at], " ")
			w := lower(before[strings.LastIndexByte(before, ' ')+1:])
			switch {
			case maleTitles[w]:
				return genderMale
			case femaleTitles[w]:
				return genderFemale
			}
		}
	}
	name := m.Name
	if m.Canonical != "" {
		name = m.Canonical
	}
	first, _, _ := strings.Cut(name, " ")
	switch f := lower(first); {
	case maleNames[f]:
		return genderMale
	case femaleNames[f]:
		return genderFemale
	}
	switch givennames.Lookup(first) {
	case givennames.Male:
		return genderMale
	case givennames.Female:
		return genderFemale
	}
	return genderUnknown
}
