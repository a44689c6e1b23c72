package claim

// Stemmed words (an experiment, stemwords_test.go): the Porter stemmer and
// the features featurizeFlags adds from it when stemFeatures is set. Off
// (zero, the default) nothing here runs and the features are the shipped
// model's.

// porterStem returns the stem of word by the original Porter (1980)
// algorithm ("An algorithm for suffix stripping", Program 14(3)), with
// the rules of the paper (step 2 has ABLI -> ABLE, not the later BLI ->
// BLE, and no LOGI -> LOG). word is lower-case ASCII; a word with any
// byte outside a-z (a capital, a non-ASCII letter, a digit, an
// apostrophe or a hyphen) or with fewer than 3 letters is returned
// unchanged. In each step only the rule with the longest matching suffix
// is tried: when its condition fails, the step changes nothing.
func porterStem(word string) string {
	if len(word) < 3 {
		return word
	}
	for i := 0; i < len(word); i++ {
		if word[i] < 'a' || word[i] > 'z' {
			return word
		}
	}
	p := porter{b: []byte(word)}
	p.step1a()
	p.step1b()
	p.step1c()
	p.step2()
	p.step3()
	p.step4()
	p.step5()
	return string(p.b)
}

// porter is a word being stemmed.
type porter struct{ b []byte }

// cons reports whether b[i] is a consonant: a letter other than a, e, i,
// o, u, and other than a y preceded by a consonant.
func (p *porter) cons(i int) bool {
	switch p.b[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !p.cons(i-1)
	}
	return true
}

// measure is m of b[:n], the number of VC sequences in [C](VC)^m[V].
func (p *porter) measure(n int) int {
	m, i := 0, 0
	for i < n && p.cons(i) {
		i++
	}
	for i < n {
		for i < n && !p.cons(i) {
			i++
		}
		if i == n {
			break
		}
		for i < n && p.cons(i) {
			i++
		}
		m++
	}
	return m
}

// hasVowel reports whether b[:n] has a vowel (*v*).
func (p *porter) hasVowel(n int) bool {
	for i := range n {
		if !p.cons(i) {
			return true
		}
	}
	return false
}

// doubleCons reports whether b[:n] ends in a double consonant (*d).
func (p *porter) doubleCons(n int) bool {
	return n >= 2 && p.b[n-1] == p.b[n-2] && p.cons(n-1)
}

// cvc reports whether b[:n] ends consonant-vowel-consonant, the last not
// w, x or y (*o).
func (p *porter) cvc(n int) bool {
	if n < 3 || !p.cons(n-1) || p.cons(n-2) || !p.cons(n-3) {
		return false
	}
	c := p.b[n-1]
	return c != 'w' && c != 'x' && c != 'y'
}

func (p *porter) ends(s string) bool {
	n := len(p.b)
	return n >= len(s) && string(p.b[n-len(s):]) == s
}

// stem is the length of b without suffix s.
func (p *porter) stem(s string) int { return len(p.b) - len(s) }

// replace replaces suffix s by r.
func (p *porter) replace(s, r string) {
	p.b = append(p.b[:p.stem(s)], r...)
}

// porterRule is a suffix and its replacement.
type porterRule struct {
	suffix, repl string
}

// longest returns the rule of rules with the longest suffix that b ends
// in, or false.
func (p *porter) longest(rules []porterRule) (porterRule, bool) {
	var best porterRule
	found := false
	for _, r := range rules {
		if p.ends(r.suffix) && (!found || len(r.suffix) > len(best.suffix)) {
			best, found = r, true
		}
	}
	return best, found
}

func (p *porter) step1a() {
	switch {
	case p.ends("sses"):
		p.replace("sses", "ss")
	case p.ends("ies"):
		p.replace("ies", "i")
	case p.ends("ss"):
	case p.ends("s"):
		p.replace("s", "")
	}
}

func (p *porter) step1b() {
	var s string
	switch {
	case p.ends("eed"):
		if p.measure(p.stem("eed")) > 0 {
			p.replace("eed", "ee")
		}
		return
	case p.ends("ed"):
		s = "ed"
	case p.ends("ing"):
		s = "ing"
	default:
		return
	}
	if !p.hasVowel(p.stem(s)) {
		return
	}
	p.replace(s, "")
	n := len(p.b)
	switch {
	case p.ends("at"), p.ends("bl"), p.ends("iz"):
		p.b = append(p.b, 'e')
	case p.doubleCons(n):
		if c := p.b[n-1]; c != 'l' && c != 's' && c != 'z' {
			p.b = p.b[:n-1]
		}
	case p.measure(n) == 1 && p.cvc(n):
		p.b = append(p.b, 'e')
	}
}

func (p *porter) step1c() {
	if p.ends("y") && p.hasVowel(p.stem("y")) {
		p.b[len(p.b)-1] = 'i'
	}
}

var porterStep2 = []porterRule{
	{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
	{"izer", "ize"}, {"abli", "able"}, {"alli", "al"}, {"entli", "ent"},
	{"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"},
	{"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"},
	{"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
}

var porterStep3 = []porterRule{
	{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
	{"ical", "ic"}, {"ful", ""}, {"ness", ""},
}

var porterStep4 = []porterRule{
	{"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""},
	{"able", ""}, {"ible", ""}, {"ant", ""}, {"ement", ""}, {"ment", ""},
	{"ent", ""}, {"ion", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""},
	{"iti", ""}, {"ous", ""}, {"ive", ""}, {"ize", ""},
}

// steps23 applies the rule of rules with the longest matching suffix when
// its stem has m > 0.
func (p *porter) steps23(rules []porterRule) {
	if r, ok := p.longest(rules); ok && p.measure(p.stem(r.suffix)) > 0 {
		p.replace(r.suffix, r.repl)
	}
}

func (p *porter) step2() { p.steps23(porterStep2) }
func (p *porter) step3() { p.steps23(porterStep3) }

// step4 removes the longest matching suffix of porterStep4 when its stem
// has m > 1 (and, for ion, ends in s or t).
func (p *porter) step4() {
	r, ok := p.longest(porterStep4)
	if !ok {
		return
	}
	n := p.stem(r.suffix)
	if p.measure(n) <= 1 {
		return
	}
	if r.suffix == "ion" && (n == 0 || p.b[n-1] != 's' && p.b[n-1] != 't') {
		return
	}
	p.b = p.b[:n]
}

func (p *porter) step5() {
	// 5a
	if p.ends("e") {
		n := p.stem("e")
		if m := p.measure(n); m > 1 || m == 1 && !p.cvc(n) {
			p.b = p.b[:n]
		}
	}
	// 5b
	if n := len(p.b); p.measure(n) > 1 && p.doubleCons(n) && p.b[n-1] == 'l' {
		p.b = p.b[:n-1]
	}
}

// stemMode selects the stemmed-word features featurizeFlags adds.
type stemMode uint8

const (
	stemUni      stemMode = 1 << iota // a stem unigram for a word whose stem differs from it
	stemBi                            // a stem bigram for a pair of which a word's stem differs
	stemReplace                       // a stemmed word has no word unigram or bigram
	stemNoSuffix                      // no suffix features
)

// stemFeatures is the experiment's switch, read by featurizeFlags; zero
// (the shipped model) adds nothing.
var stemFeatures stemMode

// Namespaces of the stem features.
const (
	nsStem       = 't' // the stem of a word whose stem differs from it
	nsStemBigram = 'u' // a bigram of stems
)

var (
	nsStemMix       = hashNS(nsStem)
	nsStemBigramMix = hashNS(nsStemBigram)
)

// stemState carries the previous token through featurizeFlags's loop
// when stemFeatures is set.
type stemState struct {
	prev    uint64 // the previous token's stem hash (its hash if not a word)
	stemmed bool   // the previous token is a word whose stem differs from it
	buf     []byte
}

// stemOf returns the hash of word's stem (lower-cased) and whether the
// stem differs from the lower-cased word.
func (st *stemState) stemOf(word string, th uint64) (uint64, bool) {
	st.buf = st.buf[:0]
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		st.buf = append(st.buf, c)
	}
	lw := string(st.buf)
	if s := porterStem(lw); s != lw {
		return wordHash(s), true
	}
	return th, false
}

// token appends the features of a token (hash th; stemmed when its stem
// differs from it, sh the stem's hash) after the previous one (hash prev)
// under mode: the word unigram and bigram, then the stem bigram and
// unigram.
func (st *stemState) token(out []uint64, mode stemMode, hw, hb, prev, th, sh uint64, stemmed bool) []uint64 {
	if mode&stemReplace == 0 || !stemmed {
		out = append(out, mix(hw, th))
	}
	out = st.bigram(out, mode, hb, prev, th, sh, stemmed)
	if mode&stemUni != 0 && stemmed {
		out = append(out, mix(nsStemMix, sh))
	}
	return out
}

// bigram appends the word bigram (prev, th) and the stem bigram of the
// previous token and this one (th, or sh when stemmed), under mode, and
// makes this token the previous one.
func (st *stemState) bigram(out []uint64, mode stemMode, hb, prev, th, sh uint64, stemmed bool) []uint64 {
	if !stemmed {
		sh = th
	}
	either := stemmed || st.stemmed
	if mode&stemReplace == 0 || !either {
		out = append(out, mix(hb, mix(prev, th)))
	}
	if mode&stemBi != 0 && either {
		out = append(out, mix(nsStemBigramMix, mix(st.prev, sh)))
	}
	st.prev, st.stemmed = sh, stemmed
	return out
}
