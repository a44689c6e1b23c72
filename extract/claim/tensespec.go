package claim

import (
	"math"
	"slices"
	"strings"
)

// tenseSpec is which tense and specificity flags featurizeFlags adds (an
// experiment: tensespec_test.go). Zero, the default, adds none, as every
// shipped model was trained; a model file does not record it. Training
// and scoring both read it (and, under tsSpec, tenseSpecIDF), so it must
// be set before a model is trained, kept while that model scores, and not
// changed while any featurisation runs.
var tenseSpec tenseSpecMode

// tenseSpecIDF is the specificity statistics tsSpec reads: those of the
// training sentences of the model being trained and scored.
var tenseSpecIDF *specIDF

// tenseSpecMode says which tense and specificity flags are added.
type tenseSpecMode uint8

const (
	// tsTense adds the flags past, perfect, future and pastnum.
	tsTense tenseSpecMode = 1 << iota
	// tsSpec adds the flags meanidf and rare (tenseSpecIDF).
	tsSpec
	// tsRarePast adds the flag rarepast: the rare bucket when the
	// sentence has a past (the past flag's condition), under tsSpec.
	tsRarePast
)

// tsSetOf returns the set of the words of a space-separated list.
func tsSetOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// tsPast are simple pasts the -ed rule misses: common irregular ones,
// the negated forms of was, were, did and had, and short regular ones (4
// letters or fewer).
var tsPast = tsSetOf(`was were did had wasn't weren't didn't hadn't said made went took gave got came
	voted knew saw thought told became began brought bought built caught chose drove ate fell felt
	fought found flew forgot grew heard held kept led left lent lost meant met paid ran rose sent sold
	sat shot spent spoke stood stole struck swore taught threw understood won wore wrote broke drew
	drank forgave froze hid hung laid rode rang sang sank shook slept stuck swam tore woke bit blew bled
	fed fled dealt dug sought shrank slid spun sprang swept swung wept withdrew overcame undertook
	mistook arose awoke bore bred upheld withheld foresaw oversaw overtook used died owed sued tied lied`)

// tsEdExceptions are words of 5 letters or more ending in "ed" that are
// no past (the -ed rule reads the part after a word's last hyphen).
var tsEdExceptions = tsSetOf(`need indeed hundred united speed seed proceed succeed exceed bed red shed
	embed breed feed greed weed creed bleed steed tweed screed naked sacred wicked hatred kindred beloved
	infrared alfred mildred ahmed mohammed`)

// tsParticiples are irregular past participles (and "got", "had").
var tsParticiples = tsSetOf(`been done gone seen given taken made said known shown grown thrown written
	driven eaten fallen forgotten gotten got begun become come brought bought caught taught thought
	fought sought built sent spent lost left kept felt met paid sold told found heard held led won stood
	understood put cut hit let set broken chosen spoken stolen risen hidden beaten forgiven struck stuck
	run read cost quit spread hurt shut drawn flown blown worn torn sworn withdrawn overseen undertaken
	shaken fed bred fled dealt meant lent slept swept wept had`)

// tsHave are the auxiliaries of the perfect (besides any word ending in
// 've).
var tsHave = tsSetOf(`has have had hasn't haven't`)

// tsStop are the function words the specificity statistics leave out.
var tsStop = tsSetOf(`a an the and or but if of to in on at by for with from as into about than that
	this these those there here it its it's is are was were be been being am do does did have has had
	will would can could should may might must shall not no so just very all some any what which who
	whom whose when where why how i me my we us our you your he him his she her they them their i'm
	we're you're they're don't that's out up down over then now also because uh um oh`)

// edPast reports whether w (lower case) is a word of 5 letters or more
// ending in "ed" that is not an exception.
func edPast(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !tsEdExceptions[w]
}

// specIDF is the specificity statistics of a set of training sentences:
// the document frequency of each lower-cased non-stop word (a sentence is
// a document), the quartiles of the sentences' mean idf and the 90th
// percentile of the word tokens' idf.
type specIDF struct {
	n    int
	df   map[string]int
	cuts [3]float64 // quartiles of the mean idf of the sentences with a non-stop word
	rare float64    // 90th percentile of the idf of the non-stop word tokens
}

// specWords returns the lower-cased non-stop words of s, tokens toks.
func specWords(s string, toks []token, out []string) []string {
	for _, t := range toks {
		if t.kind != tokWord {
			continue
		}
		if w := lower(s[t.start:t.end]); !tsStop[w] {
			out = append(out, w)
		}
	}
	return out
}

// newSpecIDF computes the statistics of the sentences of docs.
func newSpecIDF(docs [][]example) *specIDF {
	x := &specIDF{df: map[string]int{}}
	var toks []token
	var words []string
	seen := map[string]bool{}
	for _, d := range docs {
		for _, e := range d {
			x.n++
			toks = tokenize(e.text, toks[:0])
			words = specWords(e.text, toks, words[:0])
			clear(seen)
			for _, w := range words {
				if !seen[w] {
					seen[w] = true
					x.df[w]++
				}
			}
		}
	}
	var means, idfs []float64
	for _, d := range docs {
		for _, e := range d {
			toks = tokenize(e.text, toks[:0])
			words = specWords(e.text, toks, words[:0])
			if len(words) == 0 {
				continue
			}
			var sum float64
			for _, w := range words {
				v := x.idf(w)
				sum += v
				idfs = append(idfs, v)
			}
			means = append(means, sum/float64(len(words)))
		}
	}
	slices.Sort(means)
	slices.Sort(idfs)
	for i, q := range []float64{0.25, 0.5, 0.75} {
		x.cuts[i] = quantile(means, q)
	}
	x.rare = quantile(idfs, 0.9)
	return x
}

// quantile is the value at index floor(q*(n-1)) of sorted v (0 when empty).
func quantile(v []float64, q float64) float64 {
	if len(v) == 0 {
		return 0
	}
	return v[int(q*float64(len(v)-1))]
}

// idf is ln(N/df) of w; a word unseen in training takes df 1.
func (x *specIDF) idf(w string) float64 {
	return math.Log(float64(x.n) / float64(max(x.df[w], 1)))
}

// buckets returns the meanidf bucket of the words (0 for none, else 1 to
// 4 by the quartiles) and the rare bucket (how many words are unseen or
// above the 90th percentile: 0, 1, 2, 3+).
func (x *specIDF) buckets(words []string) (mean, rare int) {
	if len(words) == 0 {
		return 0, 0
	}
	var sum float64
	for _, w := range words {
		v := x.idf(w)
		sum += v
		if x.df[w] == 0 || v > x.rare {
			rare++
		}
	}
	m := sum / float64(len(words))
	mean = 4
	for i, c := range x.cuts {
		if m <= c {
			mean = i + 1
			break
		}
	}
	return mean, min(rare, 3)
}

// tenseSpecFlags adds the flags of tenseSpec for sentence s (tokens toks,
// numbers digit numbers) through flag.
func tenseSpecFlags(s string, toks []token, numbers int, flag func(name string, v int)) {
	w := make([]string, len(toks)) // lower-cased words, "" for other tokens
	for i, t := range toks {
		if t.kind == tokWord {
			w[i] = lower(s[t.start:t.end])
		}
	}
	var past, perfect, future bool
	for i, x := range w {
		if x == "" {
			continue
		}
		if tsPast[x] || edPast(x) {
			past = true
		}
		if tsHave[x] || strings.HasSuffix(x, "'ve") {
			for j := i + 1; j <= i+2 && j < len(w); j++ {
				if tsParticiples[w[j]] || edPast(w[j]) {
					perfect = true
				}
			}
		}
		switch {
		case x == "will" || x == "won't" || x == "gonna" || strings.HasSuffix(x, "'ll"):
			future = true
		case x == "going" && i+2 < len(w) && w[i+1] == "to" && w[i+2] != "":
			future = true
		}
	}
	if tenseSpec&tsTense != 0 {
		for _, f := range []struct {
			name string
			on   bool
		}{{"past", past}, {"perfect", perfect}, {"future", future}, {"pastnum", (past || perfect) && numbers > 0}} {
			if f.on {
				flag(f.name, 1)
			}
		}
	}
	if tenseSpec&tsSpec != 0 {
		if tenseSpecIDF == nil {
			panic("claim: tsSpec without tenseSpecIDF")
		}
		mean, rare := tenseSpecIDF.buckets(specWords(s, toks, nil))
		flag("meanidf", mean)
		flag("rare", rare)
		if tenseSpec&tsRarePast != 0 && past {
			flag("rarepast", rare)
		}
	}
}
