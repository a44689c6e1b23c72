package claim

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// Stemmed words (one declared CV round, as "Number words" and "Tense and
// specificity" in README.md). The word unigrams and bigrams see "vote",
// "voted", "votes" and "voting" as four unrelated words, and the suffix
// features (the last 3 letters of a word of 6 letters or more) join only
// some of them. stemFeatures (stem.go) adds features of the words' Porter
// stems to featurizeFlags, in training and scoring alike; it is off by
// default and the shipped model is untouched.
//
// The family, fixed before the first run (stem.go, feature.go):
//   - the stemmer: porterStem, the original Porter (1980) algorithm with
//     the paper's rules (TestPorterStem has the paper's examples). A word
//     token is lower-cased (ASCII) and stemmed; a word with a byte outside
//     a-z after lower-casing (a non-ASCII letter, a digit, an apostrophe:
//     "don't", "Trump's", a hyphen: "high-speed") or with fewer than 3
//     letters keeps itself as its stem, and so does a word the algorithm
//     leaves unchanged ("vote"). A word is "stemmed" when its stem differs
//     from the lower-cased word ("voted" → "vote", "they" → "thei").
//   - stem unigram: for a stemmed word, the hash of its stem in its own
//     namespace (nsStem 't': mix(hashNS('t'), wordHash(stem))), which
//     never collides with the word unigram's (namespace 'w').
//   - stem bigram: for each pair that featurizeFlags hashes as a word
//     bigram (adjacent tokens, "<s>" before the first, "</s>" after the
//     last; a comma has no unigram but breaks bigrams, as now), of which
//     at least one side is a stemmed word, the hash of (left side's stem,
//     right side's stem) in its own namespace (nsStemBigram 'u'); a side
//     that is not a stemmed word (a word that is its own stem, a number
//     shaped as now, a punctuation mark, "<s>", "</s>", an entity type
//     under entReplace) takes part as its own hash, as in the word bigram.
//   - numbers and punctuation keep their hashing; the sentence flags, the
//     word classes, the entity, cluster and context features, the
//     similarity memories and the feature values (1/sqrt(n) over each
//     block, n now counting the added features) are as shipped.
//
// The candidates, fixed before the first run:
//   - shipped (control, switch off)
//   - A: stem unigrams added
//   - B: stem unigrams and stem bigrams added
//   - C: B, and a stemmed word's word unigram and every word bigram with a
//     stemmed word on either side dropped (each replaced by the stem
//     bigram of the same pair); suffix features kept
//   - D: the brief's "B with the stem features' value halved" is not
//     possible without a format change: a feature is a bare hash and
//     every feature of a block has the same value 1/sqrt(n), in training
//     (fit, weighted) and scoring (Scorer.sum, scoreDoc) alike, so a
//     value per feature would need a new representation of features in
//     both. D is therefore the brief's fallback, "A with suffix features
//     dropped": stem unigrams added and no suffix features (nsSuffix) at
//     all.
//
// The rule, fixed before the first run (as the earlier rounds): each
// candidate trains the linear model of every fold (and of the full model)
// with its features, the rest as the shipped configuration (shippedKNN:
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
// A 0.1873 (the best, needs 0.1898), B 0.1855, C 0.1869, D 0.1861; nested
// 0.1825 (the control chosen in folds 0 and 1, C in fold 2, B in fold
// 3), below the control by 0.0043, so neither condition holds. CV 19:
// 0.2614 shipped, 0.2589–0.2656; CV 20: 0.1573 shipped, 0.1557–0.1576;
// CV P@10 falls from 0.203 to 0.193–0.201 for every candidate;
// ClaimBuster best F1 0.739 (at 0.80) → 0.741–0.746 (at 0.70–0.75). Seed
// sentences (0.224 / 0.243 / 0.179 shipped): A 0.261 / 0.284 / 0.206, B
// 0.216 / 0.242 / 0.177, C 0.256 / 0.277 / 0.199, D 0.217 / 0.239 /
// 0.169. About 2 minutes on 2 cores.
const stemWordsExp = "stem words"

// stemWordsCands are the declared candidates, the control first.
var stemWordsCands = []struct {
	name string
	mode stemMode
}{
	{"shipped (A + CLEF-2020 test-gold memory)", 0},
	{"A: stem unigrams", stemUni},
	{"B: stem unigrams and bigrams", stemUni | stemBi},
	{"C: B, stemmed words' unigrams and bigrams dropped", stemUni | stemBi | stemReplace},
	{"D: A, suffix features dropped", stemUni | stemNoSuffix},
}

// stemWordsSeed are the seed sentences numwords_test.go scored.
var stemWordsSeed = []string{
	"Russia now retaining control of a fifth of its territory.",
	"Russia now retaining control of a fifth of its territory",
	"All with Russia now retaining control of a fifth of its territory.",
}

func TestStemWordsSelection(t *testing.T) {
	if !strings.Contains(os.Getenv("CLAIMS_EXP"), stemWordsExp) {
		t.Skip("experiment: CLAIMS_EXP='" + stemWordsExp + "' runs it (several minutes)")
	}
	defer func() { stemFeatures = 0 }()
	dir := claimsData(t)
	def, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}

	names := make([]string, len(stemWordsCands))
	cvMAP := make([]float64, len(stemWordsCands))
	aps := make([][]float64, len(stemWordsCands))
	rows := make([]string, len(stemWordsCands))
	seedRows := make([]string, len(stemWordsCands))
	var fold []int
	var docNames []string
	for c, cd := range stemWordsCands {
		stemFeatures = cd.mode
		names[c] = cd.name
		run := shippedKNN(t, []simOpts{{minWords: 8}})
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

		// the model trained on everything, as TrainScorer ships it
		s, err := TrainScorer(TrainConfig{Dir: dir})
		if err != nil {
			t.Fatal(err)
		}
		var sc []string
		for _, x := range stemWordsSeed {
			sc = append(sc, fmt.Sprintf("%.3f", s.Score(x)))
			if c == 0 {
				// the default training reproduces the embedded model
				if d, g := def.Score(x), s.Score(x); d != g {
					t.Errorf("TrainScorer's default scores %q %.6f, the embedded model %.6f", x, g, d)
				}
			}
		}
		seedRows[c] = fmt.Sprintf("| %s | %s |", cd.name, strings.Join(sc, " | "))
		t.Log(seedRows[c])
	}
	stemFeatures = 0

	t.Log("| configuration | CV MAP | CV 19 | CV 20 | CV P@10 | CB best F1 |")
	for _, r := range rows {
		t.Log(r)
	}
	t.Logf("| configuration | %q |", stemWordsSeed)
	for _, r := range seedRows {
		t.Log(r)
	}
	selectionVerdict(t, names, cvMAP, aps, fold)
}

// TestStemFeatures checks the features stemFeatures adds and drops, and
// that off (the default) it changes nothing.
func TestStemFeatures(t *testing.T) {
	defer func() { stemFeatures = 0 }()
	feats := func(mode stemMode, s string) []uint64 {
		stemFeatures = mode
		defer func() { stemFeatures = 0 }()
		return featurize(s, tokenize(s, nil), nil)
	}
	hw, hb, hx := hashNS(nsWord), hashNS(nsBigram), hashNS(nsSuffix)
	w := wordHash
	uni := func(s string) uint64 { return mix(hw, w(s)) }
	big := func(a, b string) uint64 { return mix(hb, mix(w(a), w(b))) }
	sUni := func(s string) uint64 { return mix(nsStemMix, w(s)) }
	sBig := func(a, b string) uint64 { return mix(nsStemBigramMix, mix(w(a), w(b))) }
	suffix := func(s string) uint64 { return hashText(hx, s, false) }

	// "We Voted for elections, 2 days ago." Stemmed: voted (vote),
	// elections (elect), days (dai). Not: we (2 letters), for, ago.
	const s = "We Voted for elections, 2 days ago."
	off := feats(0, s)
	// the shipped features, in featurizeFlags's order
	want := []uint64{
		uni("we"), big("<s>", "we"),
		uni("voted"), big("we", "voted"),
		uni("for"), big("voted", "for"),
		suffix("ons"), uni("elections"), big("for", "elections"),
		mix(hw, hashText(fnvOffset, "2", true)), mix(hb, mix(w(","), hashText(fnvOffset, "2", true))),
		uni("days"), mix(hb, mix(hashText(fnvOffset, "2", true), w("days"))),
		uni("ago"), big("days", "ago"),
		uni("."), big("ago", "."),
		big(".", "</s>"),
	}
	if len(off) < len(want) || !slices.Equal(off[:len(want)], want) {
		t.Fatalf("off: the word features are not the shipped ones")
	}
	flags := off[len(want):]
	stemUnis := []uint64{sUni("vote"), sUni("elect"), sUni("dai")}
	stemBigs := []uint64{
		sBig("we", "vote"), sBig("vote", "for"), sBig("for", "elect"),
		mix(nsStemBigramMix, mix(hashText(fnvOffset, "2", true), w("dai"))), sBig("dai", "ago"),
	}
	dropped := []uint64{
		uni("voted"), uni("elections"), uni("days"),
		big("we", "voted"), big("voted", "for"), big("for", "elections"),
		mix(hb, mix(hashText(fnvOffset, "2", true), w("days"))), big("days", "ago"),
	}
	sorted := func(x []uint64) []uint64 { x = slices.Clone(x); slices.Sort(x); return x }
	without := func(x, drop []uint64) []uint64 {
		return slices.DeleteFunc(slices.Clone(x), func(h uint64) bool { return slices.Contains(drop, h) })
	}
	for _, c := range []struct {
		mode stemMode
		want []uint64
	}{
		{stemUni, slices.Concat(want, stemUnis)},
		{stemUni | stemBi, slices.Concat(want, stemUnis, stemBigs)},
		{stemUni | stemBi | stemReplace, slices.Concat(without(want, dropped), stemUnis, stemBigs)},
		{stemUni | stemNoSuffix, slices.Concat(without(want, []uint64{suffix("ons")}), stemUnis)},
	} {
		got := feats(c.mode, s)
		// the flags come last, unchanged
		if !slices.Equal(got[len(got)-len(flags):], flags) {
			t.Errorf("mode %b: the flags differ", c.mode)
		}
		if g, w := sorted(got[:len(got)-len(flags)]), sorted(c.want); !slices.Equal(g, w) {
			t.Errorf("mode %b: %d features, want %d (or other ones)", c.mode, len(g), len(w))
		}
	}

	// a sentence without a stemmed word has the same features on and off
	// (but under D, its suffixes)
	for _, x := range []string{"We vote for Ukraine's high-speed train", "I am 99% sure"} {
		for _, mode := range []stemMode{stemUni, stemUni | stemBi, stemUni | stemBi | stemReplace} {
			if !slices.Equal(feats(0, x), feats(mode, x)) {
				t.Errorf("%q, mode %b: the features differ from the shipped ones", x, mode)
			}
		}
	}
}
