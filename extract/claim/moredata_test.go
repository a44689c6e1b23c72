package claim

import (
	"os"
	"strings"
	"testing"
)

// More data (README.md, "More data: CLEF-2020 test-gold in training"). The
// shipped model (variant A) is trained on the CLEF-2019 and CLEF-2020
// training debates and ClaimBuster; the 20 CLEF-2020 test-gold debates
// served as a development set and were never trained on. They share no
// sentence of six words or more with any other CLEF file (the 2019 test
// included) beyond 0.9% of a debate, and one ClaimBuster row ("This is the
// United States of America."). Training on them is the usual last step
// once choices are made on a development set (the entity model was
// trained on CoNLL train+testa the same way).
//
// The rule, fixed before this test was first run: the candidate (A, with
// the test-gold debates trained on at weight 1 and their positives in
// the CLEF memory; nothing else changed) qualifies if its 4-fold CV MAP
// (cvSplits, the test-gold debates trained on in every fold, never held
// out) is at least A's in the same run. If it qualifies it is trained on
// everything, run once on the CLEF-2019 test (TestMoreDataTest) and
// shipped whatever that gives: the test chooses nothing. The threshold
// stays DefaultThreshold. CLEF-2020 test MAP cannot be reported for the
// candidate (it is trained on).
//
// First run: the candidate does not qualify (CV MAP 0.1827 against A's
// 0.1867; ClaimBuster best F1 0.727 against 0.738). The test-gold debates
// are sparse (0.63% positives against 1.1–2.7% in training), and the
// linear model seems to suffer from the extra negatives. So a second
// candidate was declared before its first run, under the same rule: the
// test-gold positives join the CLEF memory only, the linear model
// trained as A's (knnConfig.memOnly).
const moreDataExp = "more data"

// moreDataA is variant A's rescoring over the first (≥ 8 words) memory
// variant of runKNN.
var moreDataA = rescore{k: 1, bCLEF: 6, bCB: 0.5}

func TestMoreDataSelection(t *testing.T) {
	if !strings.Contains(os.Getenv("CLAIMS_EXP"), moreDataExp) {
		t.Skip("experiment: CLAIMS_EXP='" + moreDataExp + "' runs it (about 4 min)")
	}
	dir := claimsData(t)
	variants := []simOpts{{minWords: 8}}
	a := runKNN(t, TrainConfig{Dir: dir}, knnConfig{}, variants)
	more := runKNN(t, TrainConfig{Dir: dir, withCLEF2020Test: true}, knnConfig{}, variants)
	memOnly, err := clef2020TestNames(dir)
	if err != nil {
		t.Fatal(err)
	}
	mem := runKNN(t, TrainConfig{Dir: dir, withCLEF2020Test: true}, knnConfig{memOnly: memOnly}, variants)
	t.Log("| configuration | CV MAP | CV 19 | CV 20 | CV P@10 | CB best F1 |")
	runs := []struct {
		name string
		run  knnRun
	}{{"A (shipped before)", a}, {"A + CLEF-2020 test-gold in training", more}, {"A + CLEF-2020 test-gold positives in the memory only (shipped)", mem}}
	cvMAP := make([]float64, len(runs))
	for i, r := range runs {
		m, m19, m20, p := r.run.cv.rank(0, moreDataA)
		cb := r.run.cb.bestF1(0, moreDataA)
		cvMAP[i] = m
		t.Logf("| %s | %.4f | %.4f | %.4f | %.3f | %.3f (at %.2f) |", r.name, m, m19, m20, p, cb.F1, cb.Threshold)
	}
	for i, r := range runs[1:] {
		if cvMAP[i+1] >= cvMAP[0] {
			t.Logf("%s qualifies (CV MAP %.4f ≥ %.4f): run TestMoreDataTest once", r.name, cvMAP[i+1], cvMAP[0])
		} else {
			t.Logf("%s does not qualify (CV MAP %.4f < %.4f): the 2019 test is not run for it", r.name, cvMAP[i+1], cvMAP[0])
		}
	}
}

// TestMoreDataTest is the qualifying candidate's one run on the CLEF-2019
// test, with A's figures beside it from the same code.
func TestMoreDataTest(t *testing.T) {
	if !strings.Contains(os.Getenv("CLAIMS_EXP"), moreDataExp+" test") {
		t.Skip("experiment: CLAIMS_EXP='" + moreDataExp + " test' runs it, once the selection qualifies the candidate")
	}
	dir := claimsData(t)
	for _, c := range []struct {
		name string
		cfg  TrainConfig
	}{{"A (shipped before)", TrainConfig{Dir: dir, NoCLEF2020TestMemory: true}}, {"A + CLEF-2020 test-gold positives in the memory only (shipped)", TrainConfig{Dir: dir}}} {
		s, err := TrainScorer(c.cfg)
		if err != nil {
			t.Fatal(err)
		}
		r, err := CLEF2019Test(s, dir)
		if err != nil {
			t.Fatal(err)
		}
		cb, best, err := ClaimBusterHeldOut(s, dir, DefaultThreshold)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: CLEF-2019 test MAP %.4f P@10 %.3f R-prec %.4f; ClaimBuster held-out at %.2f: P %.3f R %.3f F1 %.3f (best %.3f at %.2f)",
			c.name, r.MAP, r.P[10], r.RPrec, DefaultThreshold, cb.Precision, cb.Recall, cb.F1, best.F1, best.Threshold)
		for _, d := range r.PerDoc {
			t.Logf("  %s AP %.3f", d.Doc, d.AP)
		}
	}
}

// ClaimRank in the memory (README.md, "More data"). CW-USPD-2016
// (ClaimRank) marks the sentences any of nine fact-checking outlets
// checked in eight 2016–17 transcripts; as training data it lowered CV MAP
// (TrainConfig.WithClaimRank). Its positives (any outlet) have not been
// tried as memory entries: "sentences someone checked" is what the CLEF
// memory holds. The rule, fixed before the first run: the candidate (the
// shipped model, with ClaimRank's positives of 8 words or more in the
// CLEF memory and its sentences in the idf; the linear model unchanged)
// qualifies if its 4-fold CV MAP beats the shipped model's in the same
// run by at least 0.002 (ClaimRank transcripts are held out with their
// debate's fold, cvSplits). A qualifying candidate is run once on the
// CLEF-2019 test and shipped whatever that gives.
//
// First run: it does not qualify (CV MAP 0.1801 against 0.1868; CV 19
// 0.2503, CV 20 0.1523; ClaimBuster best F1 0.752 against 0.739), so the
// 2019 test was not run.
const claimRankMemExp = "claimrank memory"

func TestClaimRankMemorySelection(t *testing.T) {
	if !strings.Contains(os.Getenv("CLAIMS_EXP"), claimRankMemExp) {
		t.Skip("experiment: CLAIMS_EXP='" + claimRankMemExp + "' runs it (about 2 min)")
	}
	dir := claimsData(t)
	variants := []simOpts{{minWords: 8}}
	memOnly, err := clef2020TestNames(dir)
	if err != nil {
		t.Fatal(err)
	}
	shipped := runKNN(t, TrainConfig{Dir: dir, withCLEF2020Test: true}, knnConfig{memOnly: memOnly}, variants)
	withCR := map[string]bool{}
	for name := range memOnly {
		withCR[name] = true
	}
	for name := range claimRankDates {
		withCR[name] = true
	}
	cr := runKNN(t, TrainConfig{Dir: dir, withCLEF2020Test: true, WithClaimRank: true}, knnConfig{memOnly: withCR}, variants)
	t.Log("| configuration | CV MAP | CV 19 | CV 20 | CV P@10 | CB best F1 |")
	var cvMAP [2]float64
	for i, r := range []struct {
		name string
		run  knnRun
	}{{"shipped (A + test-gold memory)", shipped}, {"shipped + ClaimRank positives in the memory", cr}} {
		m, m19, m20, p := r.run.cv.rank(0, moreDataA)
		cb := r.run.cb.bestF1(0, moreDataA)
		cvMAP[i] = m
		t.Logf("| %s | %.4f | %.4f | %.4f | %.3f | %.3f (at %.2f) |", r.name, m, m19, m20, p, cb.F1, cb.Threshold)
	}
	if cvMAP[1] >= cvMAP[0]+0.002 {
		t.Logf("the candidate qualifies (CV MAP %.4f ≥ %.4f + 0.002)", cvMAP[1], cvMAP[0])
	} else {
		t.Logf("the candidate does not qualify (CV MAP %.4f < %.4f + 0.002): the 2019 test is not run", cvMAP[1], cvMAP[0])
	}
}
