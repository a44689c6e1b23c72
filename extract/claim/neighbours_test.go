package claim

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
)

// Neighbours in the rescoring (README.md, "Neighbours' margins"). Context
// features inside the linear model raised CLEF-2020 test MAP but lowered
// CV MAP (README.md, "Selection"). Here the context enters after
// training, as the similarity does: a sentence's shipped margin a_i gains
// γ × g(neighbours), g the mean or the max of the shipped margins of the
// sentences just before and after it in the transcript (one, where there
// is one). Claims that fact-checkers pick come in runs of claim-like
// sentences; a lone number in small talk does not.
//
// The rule, fixed before this test was first run: the candidates are g ∈
// {mean, max} × γ ∈ {0.1, 0.2, 0.3, 0.5}, eight in all, on the shipped
// model's 4-fold CV (as in clustersim_test.go). The best by CV MAP
// qualifies only if (1) its CV MAP is at least the shipped model's +
// 0.003 and (2) the nested estimate (the shipped model among the
// candidates) is above the shipped model's CV MAP. A qualifying
// candidate is run once on the CLEF-2019 test and shipped whatever that
// gives; otherwise the 2019 test is not run.
//
// First run: "+ 0.5 × max of neighbours" qualifies (CV MAP 0.1962 against
// 0.1868, CV 19 0.2696 against 0.2614, CV 20 0.1671 against 0.1573;
// nested 0.1925). Its one run on the CLEF-2019 test (TestNeighboursTest,
// through a scorer that read the neighbours, trained as the shipped one):
// MAP 0.1325 against the shipped 0.1634, P@10 0.100 against 0.243; the
// CLEF-2020 test-gold figure fell too (0.4681 against 0.5310, not a fair
// measure, its positives being in memory). Against the rule, it was not
// shipped: both test sets say it ranks worse, and shipping it would have
// made the product worse to keep a rule made to stop the test from
// flattering a choice (README.md records this, and that keeping the old
// model is itself a choice made after seeing the test).
const neighboursExp = "neighbours"

func TestNeighboursSelection(t *testing.T) {
	if !strings.Contains(os.Getenv("CLAIMS_EXP"), neighboursExp) {
		t.Skip("experiment: CLAIMS_EXP='" + neighboursExp + "' runs it (about 20 s)")
	}
	ev := shippedKNN(t, []simOpts{{minWords: 8}}).cv
	shipped := make([][]float64, len(ev.docs))
	for d := range ev.docs {
		shipped[d] = make([]float64, len(ev.docs[d]))
		for i := range ev.docs[d] {
			shipped[d][i] = moreDataA.margin(ev.z[d][i], ev.sims[0][d][i])
		}
	}
	type cand struct {
		name  string
		max   bool
		gamma float64
	}
	cands := []cand{{"shipped (A + CLEF-2020 test-gold memory)", false, 0}}
	for _, mx := range []bool{false, true} {
		for _, g := range []float64{0.1, 0.2, 0.3, 0.5} {
			name := fmt.Sprintf("+ %g × mean of neighbours", g)
			if mx {
				name = fmt.Sprintf("+ %g × max of neighbours", g)
			}
			cands = append(cands, cand{name, mx, g})
		}
	}
	score := func(c cand) func(d, i int) float64 {
		return func(d, i int) float64 {
			a := shipped[d]
			if c.gamma == 0 {
				return a[i]
			}
			var g float64
			n := 0
			for _, j := range []int{i - 1, i + 1} {
				if j < 0 || j >= len(a) {
					continue
				}
				switch {
				case !c.max:
					g += a[j]
				case n == 0 || a[j] > g:
					g = a[j]
				}
				n++
			}
			if !c.max && n > 0 {
				g /= float64(n)
			}
			return a[i] + c.gamma*g
		}
	}
	aps := make([][]float64, len(cands))
	cvMAP := make([]float64, len(cands))
	t.Log("| configuration | CV MAP | CV 19 | CV 20 | CV P@10 |")
	for c, cd := range cands {
		sc := score(cd)
		m, m19, m20, p := rankByScore(ev.docs, ev.is19, sc)
		cvMAP[c] = m
		aps[c] = make([]float64, len(ev.docs))
		for d, doc := range ev.docs {
			aps[c][d], _, _ = rankDoc(doc, func(i int) float64 { return sc(d, i) })
		}
		t.Logf("| %s | %.4f | %.4f | %.4f | %.3f |", cd.name, m, m19, m20, p)
	}
	names := make([]string, len(cands))
	for c := range cands {
		names[c] = cands[c].name
	}
	selectionVerdict(t, names, cvMAP, aps, ev.fold)
}

// TestNeighboursTest is the qualifying candidate's one run on the
// CLEF-2019 test, beside the shipped model's, from one linear model
// trained on everything as the shipped one is (collectKNN).
func TestNeighboursTest(t *testing.T) {
	if !strings.Contains(os.Getenv("CLAIMS_EXP"), neighboursExp+" test") {
		t.Skip("experiment: CLAIMS_EXP='" + neighboursExp + " test' runs it, once the selection qualifies the candidate")
	}
	dir := claimsData(t)
	tc := TrainConfig{Dir: dir, withCLEF2020Test: true}
	tc.defaults()
	memOnly, err := clef2020TestNames(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs, weights := trainDocs(t, tc)
	test := clefSet(t, dir, pathCLEF2019Test)
	ev, err := collectKNN(docs, weights, test, tc, knnConfig{memOnly: memOnly}, []simOpts{{minWords: 8}})
	if err != nil {
		t.Fatal(err)
	}
	for _, gamma := range []float64{0, 0.5} {
		m, p10, rprec, per := testRanking(ev.docs, func(d, i int) float64 {
			a := func(j int) float64 { return moreDataA.margin(ev.z[d][j], ev.sims[0][d][j]) }
			if gamma == 0 {
				return a(i)
			}
			g := math.Inf(-1)
			if i > 0 {
				g = a(i - 1)
			}
			if i+1 < len(ev.docs[d]) {
				g = max(g, a(i+1))
			}
			return a(i) + gamma*g
		})
		name := "shipped"
		if gamma != 0 {
			name = "+ 0.5 × max of neighbours"
		}
		t.Logf("%s: CLEF-2019 test MAP %.4f P@10 %.3f R-prec %.4f; %s", name, m, p10, rprec, strings.Join(per, ", "))
	}
}
