package claim

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// Tense and specificity (one declared CV round, as "Number words" in
// README.md). The sentence-level flags tell the model how long a sentence
// is, whether it has numbers, years, capitalised words and words of some
// classes, but not its tense (a claim that something happened, "we lost
// 70,000 factories", against a promise, "we will bring them back") nor
// how specific its words are. tenseSpec (tensespec.go) adds flags for
// both to featurizeFlags, in training and scoring alike; it is off by
// default and the shipped model is untouched.
//
// The family, fixed before the first run (tensespec.go; words are
// lower-cased word tokens, ’ folded to '):
//   - past: the sentence has a word of tsPast (common irregular simple
//     pasts, "voted", the negated was/were/did/had, and a few short
//     regular pasts: used, died, owed, sued, tied, lied) or a word of 5
//     letters or more ending in "ed" (the part after its last hyphen) not
//     in tsEdExceptions (need, indeed, hundred, united, speed, seed,
//     proceed, succeed, exceed, bed, red, shed, embed, breed, feed, greed,
//     weed, creed, bleed, naked, sacred, wicked, hatred, beloved, ...).
//   - perfect: has, have, had, hasn't, haven't or a word ending in 've,
//     followed within 2 tokens (the next or the one after) by such an -ed
//     word or an irregular participle of tsParticiples (been, done, gone,
//     seen, given, taken, made, said, ...).
//   - future: will, won't, gonna, a word ending in 'll, or "going to"
//     followed by a word.
//   - pastnum: past or perfect, and the sentence has a digit number (the
//     count behind the num flag is above 0).
//   - meanidf and rare, from specIDF (newSpecIDF) over the training
//     sentences of the model being trained: in CV those of the training
//     folds the linear model is trained on (the held-out fold, the
//     CLEF-2020 test-gold debates that are only in the memory and any
//     test set are not); for the full model all its training sentences.
//     A sentence is a document; df counts the sentences holding a
//     lower-cased non-stop word (tsStop: 102 function words and fillers);
//     idf = ln(N/df), N all training sentences; a word unseen in
//     training takes df 1 (idf ln N).
//     meanidf: the mean idf of the sentence's non-stop words, bucket 0
//     when it has none, else 1 to 4 by the quartiles (values at
//     floor(q·(n-1)) of the sorted list, q = 0.25, 0.5, 0.75; a mean
//     equal to a cut point goes below it) of that mean over the training
//     sentences that have a non-stop word.
//     rare: how many of its non-stop word tokens are unseen in training
//     or have an idf above the 90th percentile (same definition) of the
//     idf of every non-stop word token of the training sentences,
//     bucketed 0, 1, 2, 3+.
//
// meanidf and rare are added on every sentence (as num is), the tense
// flags only when set.
//
// The candidates, fixed before the first run:
//   - shipped (control, switch off)
//   - A: tense flags only (past, perfect, future, pastnum)
//   - B: specificity flags only (meanidf, rare)
//   - C: A + B
//   - D: C + "rarepast", the rare bucket when past is set
//
// The rule, fixed before the first run (as the earlier rounds): each
// candidate trains the linear model of every fold (and of the full model)
// with its flags, the rest as the shipped configuration (shippedKNN:
// similarity A with the CLEF-2020 test-gold positives in memory only,
// variants []simOpts{{minWords: 8}}, rescored by moreDataA), on the
// shipped model's 4-fold CV (cvSplits); every candidate's CV folds must
// equal the control's. The candidate with the best CV MAP qualifies only
// if (1) its CV MAP is at least the control's CV MAP + 0.003 and (2) the
// nested estimate (for each fold, the best of the control and the four
// candidates chosen on the other three folds, measured on this fold) is
// above the control's CV MAP. Reported for every row: CV MAP, CV 19, CV
// 20, CV P@10, ClaimBuster held-out best F1 (with its threshold); and the
// scores of the three seed sentences of numwords (a model trained on all
// the training data with the candidate, through TrainScorer), which
// choose nothing. The control's CV MAP must reproduce 0.1868. Nothing
// runs on the CLEF-2019 test here; whether a qualifying candidate runs on
// it is the lead's decision.
//
// First run: no candidate qualifies. CV MAP: shipped 0.1868 (reproduced);
// A 0.1873, B 0.1864, C 0.1871, D 0.1876 (the best, needs 0.1898);
// nested 0.1871 (D chosen in folds 0, 1 and 3, C in fold 2), above the
// control by 0.0003, so only condition (2) holds. CV P@10 falls from
// 0.203 to 0.201 for every candidate; ClaimBuster best F1 0.739 → 0.740–
// 0.745. Seed sentences (0.224 / 0.243 / 0.179 shipped): A 0.214 / 0.232
// / 0.169, B 0.242 / 0.257 / 0.194, C 0.231 / 0.246 / 0.183, D 0.234 /
// 0.249 / 0.185. The full model's statistics: N 64,538 sentences, 15,429
// words, meanidf cut points 5.01 / 5.67 / 6.35, rare above idf 8.51.
const tenseSpecExp = "tense spec"

// tenseSpecCands are the declared candidates, the control first.
var tenseSpecCands = []struct {
	name string
	mode tenseSpecMode
}{
	{"shipped (A + CLEF-2020 test-gold memory)", 0},
	{"A: tense flags", tsTense},
	{"B: specificity flags", tsSpec},
	{"C: A + B", tsTense | tsSpec},
	{"D: C + rarepast", tsTense | tsSpec | tsRarePast},
}

// tenseSpecSeed are the seed sentences numwords_test.go scored.
var tenseSpecSeed = []string{
	"Russia now retaining control of a fifth of its territory.",
	"Russia now retaining control of a fifth of its territory",
	"All with Russia now retaining control of a fifth of its territory.",
}

func TestTenseSpecSelection(t *testing.T) {
	if !strings.Contains(os.Getenv("CLAIMS_EXP"), tenseSpecExp) {
		t.Skip("experiment: CLAIMS_EXP='" + tenseSpecExp + "' runs it (several minutes)")
	}
	defer func() { tenseSpec, tenseSpecIDF = 0, nil }()
	dir := claimsData(t)
	memOnly, err := clef2020TestNames(dir)
	if err != nil {
		t.Fatal(err)
	}
	tc := TrainConfig{Dir: dir, withCLEF2020Test: true}
	def, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	// the statistics of the training sentences of each model, set while
	// it trains and scores
	around := func(trd [][]example, trw []float64, collect func()) {
		lind, _ := withoutDocs(trd, trw, memOnly)
		tenseSpecIDF = newSpecIDF(lind)
		defer func() { tenseSpecIDF = nil }()
		collect()
	}

	names := make([]string, len(tenseSpecCands))
	cvMAP := make([]float64, len(tenseSpecCands))
	aps := make([][]float64, len(tenseSpecCands))
	rows := make([]string, len(tenseSpecCands))
	seedRows := make([]string, len(tenseSpecCands))
	var fold []int
	var docNames []string
	for c, cd := range tenseSpecCands {
		tenseSpec = cd.mode
		names[c] = cd.name
		var ar func([][]example, []float64, func())
		if cd.mode&tsSpec != 0 {
			ar = around
		}
		run := runKNNAround(t, tc, knnConfig{memOnly: memOnly}, []simOpts{{minWords: 8}}, ar)
		var dn []string
		for _, d := range run.cv.docs {
			dn = append(dn, fmt.Sprintf("%s/%d", d[0].doc, len(d)))
		}
		if c == 0 {
			fold, docNames = run.cv.fold, dn
		} else if !slices.Equal(fold, run.cv.fold) || !slices.Equal(docNames, dn) {
			t.Fatalf("%s: the CV folds differ from the control's", cd.name)
		}
		m, m19, m20, p := run.cv.rank(0, moreDataA)
		cvMAP[c] = m
		aps[c] = run.cv.aps(0, moreDataA)
		cb := run.cb.bestF1(0, moreDataA)
		rows[c] = fmt.Sprintf("| %s | %.4f | %.4f | %.4f | %.3f | %.3f (at %.2f) |", cd.name, m, m19, m20, p, cb.F1, cb.Threshold)
		t.Log(rows[c])

		// the model trained on everything, as TrainScorer ships it (its
		// linear model trains on the full model's documents above)
		if cd.mode&tsSpec != 0 {
			docs, weights := trainDocs(t, tc)
			lind, _ := withoutDocs(docs, weights, memOnly)
			tenseSpecIDF = newSpecIDF(lind)
		}
		s, err := TrainScorer(TrainConfig{Dir: dir})
		if err != nil {
			t.Fatal(err)
		}
		var sc []string
		for _, x := range tenseSpecSeed {
			sc = append(sc, fmt.Sprintf("%.3f", s.Score(x)))
			if c == 0 {
				// the default training reproduces the embedded model
				if d, g := def.Score(x), s.Score(x); d != g {
					t.Errorf("TrainScorer's default scores %q %.6f, the embedded model %.6f", x, g, d)
				}
			}
		}
		tenseSpecIDF = nil
		seedRows[c] = fmt.Sprintf("| %s | %s |", cd.name, strings.Join(sc, " | "))
		t.Log(seedRows[c])
	}
	tenseSpec = 0

	t.Log("| configuration | CV MAP | CV 19 | CV 20 | CV P@10 | CB best F1 |")
	for _, r := range rows {
		t.Log(r)
	}
	t.Logf("| configuration | %q |", tenseSpecSeed)
	for _, r := range seedRows {
		t.Log(r)
	}
	selectionVerdict(t, names, cvMAP, aps, fold)
}

// TestTenseSpecFlags checks the flags tenseSpec adds, and that off (the
// default) it adds none.
func TestTenseSpecFlags(t *testing.T) {
	defer func() { tenseSpec, tenseSpecIDF = 0, nil }()
	train := [][]example{{
		{text: "The economy grew and the deficit fell."},
		{text: "The economy is strong."},
		{text: "We will cut taxes for the middle class."},
		{text: "Thank you very much."},
		{text: "The the the."},
	}}
	tenseSpecIDF = newSpecIDF(train)
	x := tenseSpecIDF
	if x.n != 5 || x.df["economy"] != 2 || x.df["the"] != 0 {
		t.Errorf("n %d, df economy %d, df the %d: want 5, 2, 0 (a stop word)", x.n, x.df["economy"], x.df["the"])
	}
	all := tsTense | tsSpec | tsRarePast
	cases := []struct {
		s                              string
		past, perfect, future, pastnum bool
	}{
		{"We lost 70,000 factories since China entered the WTO.", true, false, false, true},
		{"We have created 15 million jobs.", true, true, false, true},
		{"I've been to Iowa.", false, true, false, false},
		{"He has not said that.", true, true, false, false},
		{"We will bring them back.", false, false, true, false},
		{"We're going to build a wall.", false, false, true, false},
		{"Where are you going to?", false, false, false, false},
		{"We'll see.", false, false, true, false},
		{"The United States needs a high-speed train.", false, false, false, false},
		{"The deal was signed in 2015.", true, false, false, true},
		{"A hundred people", false, false, false, false},
	}
	has := func(out []uint64, name string, v int) bool { return slices.Contains(out, numFlagHash(name, v)) }
	for _, c := range cases {
		tenseSpec = all
		out, _ := featurizeFlags(c.s, tokenize(c.s, nil), nil, 0, wordClusters{}, nil)
		for _, f := range []struct {
			name string
			want bool
		}{{"past", c.past}, {"perfect", c.perfect}, {"future", c.future}, {"pastnum", c.pastnum}} {
			if got := has(out, f.name, 1); got != f.want {
				t.Errorf("%q: %s %v, want %v", c.s, f.name, got, f.want)
			}
		}
		words := specWords(c.s, tokenize(c.s, nil), nil)
		mean, rare := x.buckets(words)
		if !has(out, "meanidf", mean) || !has(out, "rare", rare) || has(out, "rarepast", rare) != c.past {
			t.Errorf("%q: the specificity flags are not meanidf %d, rare %d (rarepast when past)", c.s, mean, rare)
		}
		// off, the features are the shipped model's
		tenseSpec = 0
		off, _ := featurizeFlags(c.s, tokenize(c.s, nil), nil, 0, wordClusters{}, nil)
		if len(off) >= len(out) || !slices.Equal(off, out[:len(off)]) {
			t.Errorf("%q: the flags on are not the features off plus flags", c.s)
		}
	}
	if m, r := x.buckets(nil); m != 0 || r != 0 {
		t.Errorf("no word: buckets %d %d, want 0 0", m, r)
	}
	if _, r := x.buckets([]string{"zanzibar", "quux", "economy", "blorp"}); r != 3 {
		t.Errorf("three unseen words: rare %d, want 3", r)
	}
}

// numFlagHash is the hash of flag(name, v) as featurizeFlags makes it.
func numFlagHash(name string, v int) uint64 {
	return mix(hashText(hashNS(nsFlag), name, false), uint64(v))
}
