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
			if len(text) == 4 && (text[:2] == "19" || text[:2] == "20") {
				years++
				th = hashText(fnvOffset, "<year>", false)
			} else {
				th = hashText(fnvOffset, text, true)
			}
		case tokWord:
			words++
			th = wordHash(text)
			classes |= wordClasses[th]
			if t.upper && i > 0 && toks[i-1].kind != tokPunct {
				caps++
			}
			if n := len(text); n > 5 && text[n-1] < utf8.RuneSelf {
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
	if numbers > 0 && classes&(wcPercent|wcMoney|wcBigUnit) != 0 {
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
	return out, len(out) - flagStart
}
