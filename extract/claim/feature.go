package claim

import "unicode/utf8"

// Feature hashing. Every feature is a 64-bit FNV-1a hash of a namespace byte
// and the lower-cased text it stands for, folded into the model's table by a
// mask. Hashing works on the bytes in place, so scoring allocates nothing per
// token.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Feature namespaces.
const (
	nsWord   = 'w' // unigram
	nsBigram = 'b' // bigram of adjacent tokens
	nsSuffix = 'x' // last three letters of a longer word
	nsFlag   = 'f' // sentence-level flag, such as "has a percentage"
	nsPrev   = 'p' // a feature of the previous sentence
	nsNext   = 'n' // a feature of the next sentence
	nsPos    = 'd' // the sentence's position in its document
)

// Hashes of the context namespaces, mixed with a neighbour's feature hash.
var (
	nsPrevMix = hashNS(nsPrev)
	nsNextMix = hashNS(nsNext)
	nsPosMix  = hashNS(nsPos)
)

// ctxMode says which features a sentence takes from its neighbours.
type ctxMode uint8

const (
	ctxNone  ctxMode = iota // the sentence alone
	ctxFull                 // every feature of the previous and next sentences
	ctxFlags                // the sentence-level flags of the previous and next sentences
	ctxPos                  // no neighbour features, only the position in the document
)

// context returns the features of a sentence that its neighbours see:
// feats, whose last flags entries are its sentence-level flags.
func (m ctxMode) context(feats []uint64, flags int) []uint64 {
	switch m {
	case ctxFull:
		return feats
	case ctxFlags:
		return feats[len(feats)-flags:]
	}
	return nil
}

// Positions of a sentence in its document, for posFeature.
const (
	posMiddle = iota
	posFirst
	posLast
	posAlone // a document of one sentence, as Score sees every sentence
)

// posFeature is the hashed feature of sentence i's position in a document
// of n sentences.
func posFeature(i, n int) uint64 {
	p := posMiddle
	switch {
	case n == 1:
		p = posAlone
	case i == 0:
		p = posFirst
	case i == n-1:
		p = posLast
	}
	return mix(nsPosMix, uint64(p))
}

// hashText hashes s lower-cased (ASCII) with ’ folded to ', digits folded
// to 0 when shape is set.
func hashText(h uint64, s string, shape bool) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case shape && c >= '0' && c <= '9':
			// collapse a run of digits to one 0
			if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
				continue
			}
			c = '0'
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99: // ’
			c = '\''
			i += 2
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashNS(ns byte) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(ns)
	h *= fnvPrime
	return h
}

// mix combines two hashes into a bigram hash.
func mix(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 ^ b
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 32
	return h
}

// wordHash is the hash of a token's text as used by the lexicons: lower
// case, ’ folded. It does not depend on the namespace.
func wordHash(s string) uint64 { return hashText(fnvOffset, s, false) }

// word classes used by sentence-level flags.
const (
	wcFirstSing uint32 = 1 << iota
	wcFirstPlur
	wcSecond
	wcHedge
	wcModal
	wcCompar
	wcSuperl
	wcBigUnit
	wcMoney
	wcPercent
	wcPast
	wcNeg
	wcReport
	wcFiller
	wcGreeting
	wcOpinion
	wcMonth
	wcBe
	wcWh
	wcCausal
)

var wordClasses = buildClasses(map[uint32][]string{
	wcFirstSing: {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"},
	wcFirstPlur: {"we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"},
	wcSecond:    {"you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself"},
	wcHedge: {"think", "believe", "maybe", "perhaps", "probably", "guess", "feel", "seems", "seem",
		"might", "hope", "possibly", "suppose", "sure", "frankly", "honestly"},
	wcModal: {"will", "would", "could", "should", "can", "must", "shall", "may", "might", "gonna", "going"},
	wcCompar: {"more", "less", "fewer", "higher", "lower", "bigger", "smaller", "larger", "greater",
		"than", "increase", "increased", "decrease", "decreased", "doubled", "tripled", "rose", "fell",
		"grew", "cut", "raised", "dropped", "up", "down", "times", "half", "twice", "percent"},
	wcSuperl: {"most", "least", "largest", "biggest", "highest", "lowest", "first", "only", "best",
		"worst", "record", "ever", "never", "every", "all", "none"},
	wcBigUnit:  {"million", "millions", "billion", "billions", "trillion", "trillions", "thousand", "thousands", "hundred", "hundreds", "dozen"},
	wcMoney:    {"$", "dollars", "dollar", "£", "€", "pounds", "euros", "tax", "taxes", "budget", "deficit", "debt", "gdp", "cost", "costs", "spending", "spend", "spent", "paid", "pay"},
	wcPercent:  {"%", "percent", "per", "percentage", "rate"},
	wcPast:     {"was", "were", "had", "did", "said", "went", "got", "made", "took", "gave", "came", "voted", "passed", "signed", "created", "lost", "won", "killed", "built"},
	wcNeg:      {"not", "no", "never", "don't", "doesn't", "didn't", "isn't", "wasn't", "won't", "can't", "nobody", "nothing"},
	wcReport:   {"said", "says", "say", "told", "according", "reported", "announced", "claimed", "stated", "warned", "insisted"},
	wcFiller:   {"uh", "um", "well", "okay", "ok", "yeah", "yes", "oh", "applause", "laughter", "crosstalk", "inaudible", "booing"},
	wcGreeting: {"thank", "thanks", "hello", "welcome", "congratulations", "evening", "morning", "goodnight", "appreciate", "pleasure", "honored", "honoured"},
	wcOpinion:  {"great", "wonderful", "terrible", "tremendous", "beautiful", "amazing", "horrible", "disaster", "incredible", "fantastic", "bad", "good", "love", "hate", "wrong", "right", "important", "should", "need", "needs"},
	wcMonth:    {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "year", "years", "yesterday", "today", "last", "since", "ago"},
	wcBe:       {"is", "are", "was", "were", "been", "be", "has", "have"},
	wcWh:       {"what", "why", "how", "who", "where", "when", "which", "do", "does", "did"},
	wcCausal:   {"because", "caused", "result", "led", "due"},
})

func buildClasses(m map[uint32][]string) map[uint64]uint32 {
	out := make(map[uint64]uint32)
	for c, words := range m {
		for _, w := range words {
			out[wordHash(w)] |= c
		}
	}
	return out
}

// numWords is which spelled-out numbers featurizeFlags counts as numbers
// (an experiment: numwords_test.go, README.md "Number words"). Zero, the
// default, counts digit tokens only, as every shipped model was trained;
// a model file does not record it. Training and scoring both read it, so
// it must be set before a model is trained, kept while that model
// scores, and not changed while any featurisation runs.
var numWords numWordMode

// numWordMode says which number words count as numbers.
type numWordMode uint8

const (
	// nwCardinals: two to twenty, thirty to ninety, and hyphenated
	// compounds of them ("twenty-five"). "one" alone never counts (it is
	// mostly a pronoun: "one of the", "no one"); it counts inside a
	// compound ("one-third") and it lets a fraction follow it.
	nwCardinals numWordMode = 1 << iota
	// nwBigUnits: hundred, thousand, million, billion, trillion, dozen
	// and their plurals, and "tens" before "of"; a counted one is a big
	// unit for the quantity flag (as wcBigUnit's words are).
	nwBigUnits
	// nwFractions: "half" and "halves"; third, quarter, fifth ... tenth
	// after "a", "one", a cardinal word or a digit number and before
	// "of" ("a fifth of"); their plurals after a cardinal word or a digit
	// number ("two thirds"); hyphenated compounds ending in one
	// ("two-thirds").
	nwFractions
	// nwFractionFlag adds the flag "fraction" to a sentence with a
	// fraction (under nwFractions), and lets a fraction make a quantity
	// as a percentage does.
	nwFractionFlag
	// nwShape gives a counted cardinal word (nwCardinals) the unigram and
	// bigram hash of a digit number ("0", as hashText shapes digits), no
	// suffix feature, and does not count it as a word, so "two million"
	// has the features of "2 million".
	nwShape
)

// Kinds of number words, for numWordKind.
const (
	nwkNone     uint8 = iota
	nwkOne            // "one": counts only inside a compound
	nwkCardinal       // two ... ninety
	nwkBig            // hundred ... trillion, dozen, and their plurals
	nwkTens           // "tens", a big unit before "of"
	nwkHalf           // half, halves
	nwkFrac           // third, quarter, fifth ... tenth
	nwkFracs          // their plurals
)

var numWordKinds = func() map[uint64]uint8 {
	m := map[uint64]uint8{wordHash("one"): nwkOne, wordHash("tens"): nwkTens,
		wordHash("half"): nwkHalf, wordHash("halves"): nwkHalf}
	for _, w := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		m[wordHash(w)] = nwkCardinal
	}
	for _, w := range []string{"hundred", "thousand", "million", "billion", "trillion", "dozen",
		"hundreds", "thousands", "millions", "billions", "trillions", "dozens"} {
		m[wordHash(w)] = nwkBig
	}
	for _, w := range []string{"third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"} {
		m[wordHash(w)] = nwkFrac
		m[wordHash(w+"s")] = nwkFracs
	}
	return m
}()

var (
	hashA  = wordHash("a")
	hashOf = wordHash("of")
)

// numWordKind is the kind of word w (lower-cased hash h). A hyphenated
// word whose parts are all number words is a compound: a fraction
// (nwkFracs) when its last part is one, else a cardinal (nwkCardinal) or,
// when its last part is a big unit, nwkBig.
func numWordKind(w string, h uint64) uint8 {
	if k := numWordKinds[h]; k != nwkNone {
		return k
	}
	k, parts := nwkNone, 0
	for i := 0; i <= len(w); {
		j := i
		for j < len(w) && w[j] != '-' {
			j++
		}
		if j == len(w) && parts == 0 {
			return nwkNone // no hyphen
		}
		k = numWordKinds[wordHash(w[i:j])]
		if k == nwkNone || k == nwkTens {
			return nwkNone
		}
		parts++
		i = j + 1
	}
	switch k {
	case nwkHalf, nwkFrac, nwkFracs:
		return nwkFracs
	case nwkBig:
		return nwkBig
	}
	return nwkCardinal
}

// numberWord reports whether toks[i], a word of s, counts as a number
// under numWords, and its kind (numWordKind; fractions nwkHalf, nwkFrac
// and nwkFracs).
func numberWord(s string, toks []token, i int) (bool, uint8) {
	text := s[toks[i].start:toks[i].end]
	k := numWordKind(text, wordHash(text))
	if k == nwkNone {
		return false, k
	}
	// prevNum: the previous token is a digit number or a cardinal word;
	// prevA: it is "a" or "one"; next: the hash of the next token
	prevNum, prevA := false, false
	if i > 0 {
		p := toks[i-1]
		pt := s[p.start:p.end]
		ph := wordHash(pt)
		prevNum = p.kind == tokNumber || p.kind == tokWord && numWordKind(pt, ph) == nwkCardinal
		prevA = p.kind == tokWord && (ph == hashA || numWordKinds[ph] == nwkOne)
	}
	var next uint64
	if i+1 < len(toks) {
		next = wordHash(s[toks[i+1].start:toks[i+1].end])
	}
	switch k {
	case nwkCardinal:
		return numWords&nwCardinals != 0, k
	case nwkBig:
		return numWords&nwBigUnits != 0, k
	case nwkTens:
		return numWords&nwBigUnits != 0 && next == hashOf, k
	case nwkHalf:
		return numWords&nwFractions != 0, k
	case nwkFrac:
		return numWords&nwFractions != 0 && (prevNum || prevA) && next == hashOf, k
	case nwkFracs:
		hyphen := false
		for j := 0; j < len(text); j++ {
			hyphen = hyphen || text[j] == '-'
		}
		return numWords&nwFractions != 0 && (hyphen || prevNum), k
	}
	return false, k // "one"
}

// bucket returns the index of the first bound that n does not exceed, or
// len(bounds).
func bucket(n int, bounds ...int) int {
	for i, b := range bounds {
		if n <= b {
			return i
		}
	}
	return len(bounds)
}

// featurize appends the hashed features of sentence s (tokens toks) to out.
// Indices are raw 64-bit hashes; the model folds them into its table.
func featurize(s string, toks []token, out []uint64) []uint64 {
	out, _ = featurizeFlags(s, toks, nil, 0, wordClusters{}, out)
	return out
}

// featurizeFlags is featurize that also reads the sentence's entities ents
// under mode and the word clusters of wc, and returns how many of the
// appended features, at the end, are sentence-level flags.
func featurizeFlags(s string, toks []token, ents []Span, mode entMode, wc wordClusters, out []uint64) ([]uint64, int) {
	hw := hashNS(nsWord)
	hb := hashNS(nsBigram)
	hx := hashNS(nsSuffix)
	prev := hashText(fnvOffset, "<s>", false)
	var classes uint32
	var words, numbers, years, caps int
	e := 0 // the first entity that may cover the token, under entReplace

	fractions, lastNum := 0, -2 // lastNum: the last token counted as a number
	for i, t := range toks {
		text := s[t.start:t.end]
		var th uint64
		if mode&entReplace != 0 {
			for e < len(ents) && ents[e].End <= t.start {
				e++
			}
			if e < len(ents) && ents[e].Start < t.end {
				if c := typeCode(ents[e].Type); c != 0 {
					// the entity's tokens are one token of its type
					if i > 0 && ents[e].Start < toks[i-1].end {
						continue
					}
					if t.upper && i > 0 && toks[i-1].kind != tokPunct {
						caps++
					}
					th = typeHashes[c]
					out = append(out, mix(hw, th), mix(hb, mix(prev, th)))
					prev = th
					continue
				}
			}
		}
		switch t.kind {
		case tokNumber:
			numbers++
			lastNum = i
			if len(text) == 4 && (text[:2] == "19" || text[:2] == "20") {
				years++
				th = hashText(fnvOffset, "<year>", false)
			} else {
				th = hashText(fnvOffset, text, true)
			}
		case tokWord:
			th = wordHash(text)
			classes |= wordClasses[th]
			if t.upper && i > 0 && toks[i-1].kind != tokPunct {
				caps++
			}
			shaped := false
			if numWords != 0 {
				if count, k := numberWord(s, toks, i); count {
					// a run of number words (or digits and number
					// words: "2 million"; or big units joined by "of":
					// "tens of thousands") is one number
					ofRun := i >= 2 && lastNum == i-2 && k == nwkBig && wordHash(s[toks[i-1].start:toks[i-1].end]) == hashOf
					if lastNum != i-1 && !ofRun {
						numbers++
					}
					lastNum = i
					switch k {
					case nwkHalf, nwkFrac, nwkFracs:
						fractions++
					case nwkBig, nwkTens:
						classes |= wcBigUnit // "dozens", "tens" are not in the class
					case nwkCardinal:
						if numWords&nwShape != 0 {
							// the features of a digit number, which is
							// no word
							th, shaped = hashText(fnvOffset, "0", false), true
						}
					}
				}
			}
			if !shaped {
				words++
			}
			if n := len(text); n > 5 && text[n-1] < utf8.RuneSelf && !shaped {
				out = append(out, hashText(hx, text[n-3:], false))
			}
		default:
			th = hashText(fnvOffset, text, false)
			classes |= wordClasses[th]
		}
		if t.kind == tokPunct && text == "," {
			// commas are frequent and uninformative as unigrams, but
			// they still break bigrams
			prev = th
			continue
		}
		out = append(out, mix(hw, th), mix(hb, mix(prev, th)))
		prev = th
	}
	out = append(out, mix(hb, mix(prev, hashText(fnvOffset, "</s>", false))))
	out = entityFeatures(s, toks, ents, mode, out)
	out = wc.features(s, toks, out)
	flagStart := len(out)

	flag := func(name string, v int) {
		out = append(out, mix(hashText(hashNS(nsFlag), name, false), uint64(v)))
	}
	flag("len", bucket(words, 2, 4, 6, 9, 13, 18, 25, 35))
	flag("num", bucket(numbers, 0, 1, 2))
	flag("year", bucket(years, 0, 1))
	flag("caps", bucket(caps, 0, 1, 2, 4))
	for c := uint32(1); c != 0 && c <= wcCausal; c <<= 1 {
		if classes&c != 0 {
			flag("class", int(c))
		}
	}
	if numbers > 0 && classes&(wcPercent|wcMoney|wcBigUnit) != 0 || fractions > 0 && numWords&nwFractionFlag != 0 {
		flag("quantity", 1)
	}
	if numbers > 0 && classes&wcCompar != 0 {
		flag("numcompar", 1)
	}
	if n := len(toks); n > 0 {
		last := s[toks[n-1].start:toks[n-1].end]
		flag("end", int(last[0]))
	}
	if words <= 4 && numbers == 0 {
		flag("short", int(classes&(wcFiller|wcGreeting|wcSecond)))
	}
	if fractions > 0 && numWords&nwFractionFlag != 0 {
		flag("fraction", 1)
	}
	return out, len(out) - flagStart
}
