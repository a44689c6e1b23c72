package claim

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Number words as numbers (README.md, "Number words"). featurizeFlags
// counts only digit tokens as numbers, so "Russia now retaining control
// of a fifth of its territory", "two million people", "half of all", "a
// third of", "dozens of", "tens of thousands" fire none of the flags num,
// quantity and numcompar (the first scores 0.22 with the shipped model).
// numWords (feature.go) makes spelled-out numbers count, in training and
// scoring alike; it is off by default and the shipped model is untouched.
//
// What counts (feature.go, numWordMode), fixed before the first run:
//   - cardinals (nwCardinals): two ... twenty, thirty ... ninety, and
//     hyphenated compounds of number words ("twenty-five"). "one" alone
//     never counts (mostly a pronoun: "one of the", "no one").
//   - big units (nwBigUnits): hundred, thousand, million, billion,
//     trillion, dozen and their plurals; "tens" before "of". A counted
//     one is a big unit for the quantity flag (and the class flag), as
//     wcBigUnit's words already are ("dozens" and "tens" are not).
//   - fractions (nwFractions): half, halves; third, quarter, fifth ...
//     tenth after "a", "one", a cardinal word or a digit number and
//     before "of" ("a fifth of"); their plurals after a cardinal word or
//     a digit number ("two thirds"); hyphenated compounds ending in one
//     ("two-thirds", "one-third").
//   - a run of adjacent number tokens (words or digits: "two million",
//     "2 million"; also a big unit after "of" after a number: "tens of
//     thousands", "hundreds of millions") is one number, as "2,000,000"
//     is one token.
//
// The candidates, fixed before the first run (four):
//   - A: cardinals, big units and fractions count as numbers (in every
//     flag that reads the count: num, quantity, numcompar, short).
//   - B: A + a flag "fraction" on a sentence with a fraction, and a
//     fraction makes the quantity flag fire as a percentage does.
//   - C: B + a counted cardinal word takes the unigram and bigram hash of
//     a digit number ("0", as digits are shaped) and is no word (no
//     suffix feature, not counted in the length), so "two million" has
//     the features of "2 million" (the word's own unigram is gone).
//   - D: B without the small cardinals: only big units and fractions
//     count (in case "two", "three" ... are mostly noise).
//
// The rule, fixed before the first run: each candidate trains the linear
// model of every fold (and of the full model) with its numWords, the
// rest as the shipped configuration (shippedKNN: similarity A with the
// CLEF-2020 test-gold positives in memory only, rescored by moreDataA),
// on the shipped model's 4-fold CV (cvSplits). The candidate with the
// best CV MAP qualifies only if (1) its CV MAP is at least the shipped
// model's CV MAP + 0.003 and (2) the nested estimate (for each fold, the
// best of the shipped model and the four candidates chosen on the other
// three folds, measured on this fold) is above the shipped model's CV
// MAP. ClaimBuster held-out best F1 and the seed sentence's score (a
// model trained on all the training data with the candidate, through
// TrainScorer) are reported, and choose nothing. The CLEF-2019 test is
// not run here; whether a qualifying candidate runs on it is the lead's
// decision.
//
// First run: no candidate qualifies. CV MAP: shipped 0.1868; A, B, C
// 0.1857; D 0.1863 (the best, needs 0.1898); nested 0.1856 (D chosen in
// one fold, the shipped model in three). ClaimBuster best F1 rises a
// little (0.739 → 0.741–0.745), and the seed example rises from 0.224 to
// 0.386 (A) and 0.56–0.58 (B, C, D): below the threshold 0.75 in all.
const numWordsExp = "number words"

// numWordCands are the declared candidates, the shipped model first.
var numWordCands = []struct {
	name string
	mode numWordMode
}{
	{"shipped (A + CLEF-2020 test-gold memory)", 0},
	{"A: number words count as numbers", nwCardinals | nwBigUnits | nwFractions},
	{"B: A + fraction flag, fractions make quantities", nwCardinals | nwBigUnits | nwFractions | nwFractionFlag},
	{"C: B + cardinal words hashed as digits", nwCardinals | nwBigUnits | nwFractions | nwFractionFlag | nwShape},
	{"D: B without small cardinals", nwBigUnits | nwFractions | nwFractionFlag},
}

// numWordSeed is the example from the seed transcript (not a test
// set): as the READMEs quote it (0.22 with the shipped model is this
// string, with its full stop), without the full stop, and as the seed's
// sentence splitters give it.
var numWordSeed = []string{
	"Russia now retaining control of a fifth of its territory.",
	"Russia now retaining control of a fifth of its territory",
	"All with Russia now retaining control of a fifth of its territory.",
}

func TestNumberWordsSelection(t *testing.T) {
	if !strings.Contains(os.Getenv("CLAIMS_EXP"), numWordsExp) {
		t.Skip("experiment: CLAIMS_EXP='" + numWordsExp + "' runs it (several minutes)")
	}
	defer func() { numWords = 0 }()
	dir := claimsData(t)
	seed := seedSentences(t)
	def, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}

	names := make([]string, len(numWordCands))
	cvMAP := make([]float64, len(numWordCands))
	aps := make([][]float64, len(numWordCands))
	rows := make([]string, len(numWordCands))
	seedRows := make([]string, len(numWordCands))
	var fold []int
	var docNames []string
	var flagged0 []bool
	for c, cd := range numWordCands {
		numWords = cd.mode
		names[c] = cd.name
		run := shippedKNN(t, []simOpts{{minWords: 8}})
		var dn []string
		for _, d := range run.cv.docs {
			dn = append(dn, fmt.Sprintf("%s/%d", d[0].doc, len(d)))
		}
		if c == 0 {
			fold, docNames = run.cv.fold, dn
		} else if !slices.Equal(fold, run.cv.fold) || !slices.Equal(docNames, dn) {
			t.Fatalf("%s: the CV folds differ from the shipped model's", cd.name)
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
		for _, x := range numWordSeed {
			sc = append(sc, fmt.Sprintf("%.3f", s.Score(x)))
		}
		if c == 0 {
			// the default training reproduces the embedded model
			for _, x := range numWordSeed {
				if d, g := def.Score(x), s.Score(x); d != g {
					t.Errorf("TrainScorer's default scores %q %.6f, the embedded model %.6f", x, g, d)
				}
			}
		}
		// the seed transcript's sentences flagged at DefaultThreshold
		var n int
		var changed []string
		for i, x := range seed {
			v := s.Score(x)
			f := v >= DefaultThreshold
			if f {
				n++
			}
			if c == 0 {
				flagged0 = append(flagged0, f)
			} else if f != flagged0[i] {
				changed = append(changed, fmt.Sprintf("%q %.2f", x, v))
			}
		}
		seedRows[c] = fmt.Sprintf("| %s | %s | %d of %d | %s |", cd.name, strings.Join(sc, " | "), n, len(seed), strings.Join(changed, "; "))
		t.Log(seedRows[c])
	}
	numWords = 0

	t.Log("| configuration | CV MAP | CV 19 | CV 20 | CV P@10 | CB best F1 |")
	for _, r := range rows {
		t.Log(r)
	}
	t.Logf("| configuration | %q | seed flagged at %.2f | flags changed |", numWordSeed, DefaultThreshold)
	for _, r := range seedRows {
		t.Log(r)
	}
	selectionVerdict(t, names, cvMAP, aps, fold)
}

// seedSentences reads the seed transcript's sentences from the pipeline's
// golden file (index, times, segments, text per line), or none when it is
// absent.
func seedSentences(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "pipeline", "testdata", "seed.sentences.golden"))
	if err != nil {
		t.Logf("no seed sentences: %v", err)
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if cols := strings.SplitN(sc.Text(), "\t", 4); len(cols) == 4 {
			out = append(out, cols[3])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// numFlag is the hash of flag("num", v) as featurizeFlags makes it.
func numFlag(name string, v int) uint64 {
	return mix(hashText(hashNS(nsFlag), name, false), uint64(v))
}

// TestNumberWords checks what numWords counts, and that off (the
// default) it changes nothing.
func TestNumberWords(t *testing.T) {
	defer func() { numWords = 0 }()
	all := nwCardinals | nwBigUnits | nwFractions | nwFractionFlag
	cases := []struct {
		s         string
		mode      numWordMode
		num       int // the num flag's bucket: 0, 1, 2, 3 for 0, 1, 2, 3+ numbers
		fraction  bool
		quantity  bool
		numcompar bool
	}{
		{"Russia now retaining control of a fifth of its territory", 0, 0, false, false, false},
		{"Russia now retaining control of a fifth of its territory", all, 1, true, true, false},
		{"Russia now retaining control of a fifth of its territory", nwCardinals | nwBigUnits | nwFractions, 1, false, false, false},
		{"two million people lost their jobs", 0, 0, false, false, false},
		{"two million people lost their jobs", all, 1, false, true, false},
		{"two million people lost their jobs", nwBigUnits | nwFractions, 1, false, true, false},
		{"2 million people lost their jobs", all, 1, false, true, false},
		{"half of all Americans pay no tax", all, 1, true, true, true},
		{"a third of the budget", all, 1, true, true, false},
		{"a third party candidate", all, 0, false, false, false},
		{"dozens of people", all, 1, false, true, false},
		{"tens of thousands of troops", all, 1, false, true, false},
		{"tens of thousands of troops", 0, 0, false, false, false},
		{"two-thirds of voters and twenty-five states", all, 2, true, true, false},
		{"two thirds of voters", all, 1, true, true, false},
		{"one of the people said no one came", all, 0, false, false, false},
		{"one third of the country", all, 1, true, true, false},
		{"three times more than two years ago", all, 2, false, false, true},
		{"three times more than two years ago", nwBigUnits | nwFractions, 0, false, false, false},
	}
	for _, c := range cases {
		numWords = c.mode
		toks := tokenize(c.s, nil)
		out, _ := featurizeFlags(c.s, toks, nil, 0, wordClusters{}, nil)
		has := func(h uint64) bool { return slices.Contains(out, h) }
		if !has(numFlag("num", c.num)) {
			t.Errorf("%q (mode %b): num flag is not bucket %d", c.s, c.mode, c.num)
		}
		if has(numFlag("fraction", 1)) != c.fraction {
			t.Errorf("%q (mode %b): fraction flag %v, want %v", c.s, c.mode, !c.fraction, c.fraction)
		}
		if has(numFlag("quantity", 1)) != c.quantity {
			t.Errorf("%q (mode %b): quantity flag %v, want %v", c.s, c.mode, !c.quantity, c.quantity)
		}
		if has(numFlag("numcompar", 1)) != c.numcompar {
			t.Errorf("%q (mode %b): numcompar flag %v, want %v", c.s, c.mode, !c.numcompar, c.numcompar)
		}
	}

	// under nwShape a cardinal word has the features of a digit number
	numWords = all | nwShape
	a := featurize("two million people", tokenize("two million people", nil), nil)
	b := featurize("2 million people", tokenize("2 million people", nil), nil)
	if !slices.Equal(a, b) {
		t.Errorf("under nwShape, %q and %q differ in features", "two million people", "2 million people")
	}

	// off, the features are the shipped model's: the same with the
	// option's code in place as with a mode that counts nothing here
	numWords = 0
	for _, s := range []string{"Russia now retaining control of a fifth of its territory", "5% of defence spending is critical"} {
		x := featurize(s, tokenize(s, nil), nil)
		numWords = nwCardinals
		y := featurize(s, tokenize(s, nil), nil)
		numWords = 0
		if !slices.Equal(x, y) {
			t.Errorf("%q: features differ with a mode that counts none of its words", s)
		}
	}
}
