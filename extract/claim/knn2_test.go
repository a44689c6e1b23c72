package claim

import (
	"fmt"
	"hash/fnv"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// A second round of similarity rescorings on top of variant A (README.md,
// "Negatives and neighbourhoods"): a memory of the CLEF training
// NEGATIVES (a contrastive term), the mean of the top k of the positive
// memory instead of its top 1, and a kNN vote (the fraction of positives
// among the top k of the positives and negatives together; the idf is the
// same for both memories, so their cosines compare). Experiments only:
// nothing here is shipped.

// knn2K is how many similarities each memory keeps per sentence.
const knn2K = 10

// knn2Eval is one evaluation set: its documents, the plain model's margins
// and, per sentence, the top knn2K similarities to the CLEF positives, the
// ClaimBuster positives and the CLEF negatives (in that order), all of
// >= 8 words, unigrams, stop words kept (A's memories).
type knn2Eval struct {
	docs [][]example
	is19 []bool
	fold []int
	z    [][]float64
	sims [][][]float32
}

// knn2Opts are A's term options, used for the negatives too.
var knn2Opts = simOpts{minWords: 8}

// knn2NegStride subsamples the negative memory: a negative is kept when
// the FNV hash of its text is 0 modulo the stride (CLAIMS_NEG_STRIDE,
// default 1: all of them).
func knn2NegStride() uint32 {
	if v, err := strconv.Atoi(os.Getenv("CLAIMS_NEG_STRIDE")); err == nil && v > 1 {
		return uint32(v)
	}
	return 1
}

// knn2Memories builds A's two positive memories and the memory of the
// CLEF negatives of trd (idf over every sentence of trd, a copy within a
// group kept once).
func knn2Memories(trd [][]example, stride uint32) (pos []*simIndex, neg *simIndex) {
	groups := simGroups(trd)
	pos = buildMemories(trd, groups, knnConfig{opts: knn2Opts, mems: memCLEF | memCB})
	// the negatives: the same documents with the CLEF labels flipped
	// (ClaimBuster rows left out by memCLEF)
	flip := make([][]example, len(trd))
	for i, d := range trd {
		flip[i] = make([]example, len(d))
		for j, e := range d {
			e.label = !e.label
			if e.label && stride > 1 {
				h := fnv.New32a()
				h.Write([]byte(e.text))
				e.label = h.Sum32()%stride == 0
			}
			flip[i][j] = e
		}
	}
	neg = buildMemories(flip, groups, knnConfig{opts: knn2Opts, mems: memCLEF})[0]
	return pos, neg
}

// collectKNN2 trains the plain linear model on trd and fills an
// evaluation of test with its margins and similarities.
func collectKNN2(trd [][]example, trw []float64, test [][]example, tc TrainConfig, stride uint32) (*knn2Eval, error) {
	m, err := trainKNN(trd, trw, tc, knnConfig{})
	if err != nil {
		return nil, err
	}
	ev := &knn2Eval{docs: test}
	for _, d := range test {
		ev.z = append(ev.z, m.margins(d))
	}
	pos, neg := knn2Memories(trd, stride)
	mems := []*simIndex{pos[0], pos[1], neg}
	fmt.Printf("knn2 memories: CLEF positives %d, CB positives %d, CLEF negatives %d; %d test documents\n", pos[0].len(), pos[1].len(), neg.len(), len(test))
	for _, d := range test {
		ds := make([][]float32, len(d))
		for i, e := range d {
			s := make([]float32, 3*knn2K)
			for k, x := range mems {
				x.top(e.text, -1, s[k*knn2K:(k+1)*knn2K])
			}
			ds[i] = s
		}
		ev.sims = append(ev.sims, ds)
	}
	return ev, nil
}

// rescore2 is z + bPos*mean(top kPos CLEF positives) + bCB*top1(ClaimBuster
// positives) - bNeg*mean(top kNeg CLEF negatives) + bVote*vote, vote the
// fraction of positives among the top voteK of the CLEF positives and
// negatives together (entries at similarity 0 never counted). A is
// {kPos: 1, bPos: 6, bCB: 0.5}.
type rescore2 struct {
	kPos      int
	bPos, bCB float64
	kNeg      int
	bNeg      float64
	negHinge  float64 // only max(0, neg sim - negHinge) counts
	voteK     int
	bVote     float64
}

func (r rescore2) margin(z float64, s []float32) float64 {
	p, n := s[:knn2K], s[2*knn2K:]
	var sp, sn float64
	for i := range r.kPos {
		sp += float64(p[i])
	}
	for i := range r.kNeg {
		sn += max(float64(n[i])-r.negHinge, 0)
	}
	if r.kPos > 0 {
		z += r.bPos * sp / float64(r.kPos)
	}
	if r.kNeg > 0 {
		z -= r.bNeg * sn / float64(r.kNeg)
	}
	z += r.bCB * float64(s[knn2K])
	if r.voteK > 0 {
		i, j, votes := 0, 0, 0
		for range r.voteK {
			if p[i] >= n[j] {
				if p[i] == 0 {
					break
				}
				votes++
				i++
			} else {
				j++
			}
			if i == knn2K || j == knn2K {
				break
			}
		}
		z += r.bVote * float64(votes) / float64(r.voteK)
	}
	return z
}

func (ev *knn2Eval) aps(r rescore2) []float64 {
	out := make([]float64, len(ev.docs))
	for d, doc := range ev.docs {
		out[d], _, _ = rankDoc(doc, func(i int) float64 { return r.margin(ev.z[d][i], ev.sims[d][i]) })
	}
	return out
}

// rank is MAP (and over the CLEF-2019 and CLEF-2020 files when is19 is
// set) and mean P@10 under r.
func (ev *knn2Eval) rank(r rescore2) (mapv, map19, map20, p10 float64) {
	return rankByScore(ev.docs, ev.is19, func(d, i int) float64 { return r.margin(ev.z[d][i], ev.sims[d][i]) })
}

func (ev *knn2Eval) bestF1(r rescore2) Classification {
	scores := make([]float64, len(ev.docs))
	held := make([]example, len(ev.docs))
	for d, doc := range ev.docs {
		scores[d] = sigmoid(r.margin(ev.z[d][0], ev.sims[d][0]))
		held[d] = doc[0]
	}
	return bestThreshold(scores, held)
}

func (ev *knn2Eval) slice(lo, hi int) *knn2Eval {
	return &knn2Eval{docs: ev.docs[lo:hi], z: ev.z[lo:hi], sims: ev.sims[lo:hi]}
}

// knn2Run is the 4 CV folds merged, CLEF-2020 test-gold and ClaimBuster
// held-out (the last two from the model of all the training data).
type knn2Run struct {
	cv, dev, cb *knn2Eval
}

// runKNN2 collects knn2Run, two trainings at a time.
func runKNN2(tb testing.TB, tc TrainConfig, stride uint32) knn2Run {
	tb.Helper()
	tc.defaults()
	folds, docs, weights, dev, cbDocs := knnData(tb, tc)
	evs := make([]*knn2Eval, len(folds)+1)
	errs := make([]error, len(evs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for f := range evs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if f < len(folds) {
				evs[f], errs[f] = collectKNN2(folds[f].trd, folds[f].trw, folds[f].ted, tc, stride)
				if evs[f] != nil {
					evs[f].is19 = folds[f].ted19
				}
			} else {
				evs[f], errs[f] = collectKNN2(docs, weights, append(slices.Clip(dev), cbDocs...), tc, stride)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			tb.Fatal(err)
		}
	}
	cv := &knn2Eval{}
	for f, ev := range evs[:len(folds)] {
		cv.docs = append(cv.docs, ev.docs...)
		cv.is19 = append(cv.is19, ev.is19...)
		for range ev.docs {
			cv.fold = append(cv.fold, f)
		}
		cv.z = append(cv.z, ev.z...)
		cv.sims = append(cv.sims, ev.sims...)
	}
	full := evs[len(folds)]
	return knn2Run{cv: cv, dev: full.slice(0, len(dev)), cb: full.slice(len(dev), len(full.docs))}
}

func (run knn2Run) row(name string, r rescore2) string {
	m, m19, m20, p := run.cv.rank(r)
	d, _, _, dp := run.dev.rank(r)
	cb := run.cb.bestF1(r)
	return fmt.Sprintf("| %-44s | %.4f | %.4f | %.4f | %.3f | %.4f | %.3f | %.3f |", name, m, m19, m20, p, d, dp, cb.F1)
}

// knn2Cand is one rescoring of the grid.
type knn2Cand struct {
	name string
	r    rescore2
}

// knn2A is variant A, the shipped rescoring.
var knn2A = knn2Cand{"A: CLEF top1 6, CB 0.5", rescore2{kPos: 1, bPos: 6, bCB: 0.5}}

// knn2Grid is the second round's grid: (1) A minus bNeg times the mean of
// the top 1 or 3 CLEF negatives, for CLEF β 4, 6 or 8, and the difference
// form β·(top1 pos − top1 neg); (2) the mean of the top 3 or 5 CLEF
// positives in place of the top 1; (3) a kNN vote over the top 3, 5 or 10
// of the positives and negatives together, added to A or in place of the
// CLEF term.
func knn2Grid() []knn2Cand {
	var out []knn2Cand
	for _, bp := range []float64{4, 6, 8} {
		for _, kn := range []int{1, 3} {
			for _, bn := range []float64{0.25, 0.5, 1, 1.5, 2, 3, 4, 6} {
				out = append(out, knn2Cand{fmt.Sprintf("neg: CLEF top1 %g, CB 0.5, neg top%d %g", bp, kn, bn),
					rescore2{kPos: 1, bPos: bp, bCB: 0.5, kNeg: kn, bNeg: bn}})
			}
		}
	}
	// added after the first run: only near copies of a negative count
	for _, h := range []float64{0.5, 0.7, 0.9} {
		for _, bn := range []float64{0.5, 1, 2, 4, 8} {
			out = append(out, knn2Cand{fmt.Sprintf("neg hinge: A, neg top1 %g above %g", bn, h),
				rescore2{kPos: 1, bPos: 6, bCB: 0.5, kNeg: 1, bNeg: bn, negHinge: h}})
		}
	}
	for _, b := range []float64{2, 4, 8, 10, 12} { // β 6 is in the loop above
		out = append(out, knn2Cand{fmt.Sprintf("diff: %g·(pos1 − neg1), CB 0.5", b), rescore2{kPos: 1, bPos: b, bCB: 0.5, kNeg: 1, bNeg: b}})
	}
	for _, kp := range []int{3, 5} {
		for _, bp := range []float64{4, 6, 8, 10, 12} {
			for _, bc := range []float64{0, 0.5, 1} {
				out = append(out, knn2Cand{fmt.Sprintf("topk: CLEF top%d %g, CB %g", kp, bp, bc), rescore2{kPos: kp, bPos: bp, bCB: bc}})
			}
		}
	}
	for _, vk := range []int{3, 5, 10} {
		for _, bv := range []float64{0.25, 0.5, 1, 2, 3} {
			out = append(out, knn2Cand{fmt.Sprintf("vote: A + vote top%d %g", vk, bv), rescore2{kPos: 1, bPos: 6, bCB: 0.5, voteK: vk, bVote: bv}})
			out = append(out, knn2Cand{fmt.Sprintf("vote: vote top%d %g, CB 0.5", vk, bv), rescore2{bCB: 0.5, voteK: vk, bVote: bv}})
		}
	}
	return out
}

// knn2Finalist applies the finalist rule, fixed before the CLEF-2019 test
// was run: of the grid's configurations whose CLEF-2020 test MAP is not
// below A's and whose CV MAP beats A's by 0.003 or more, the best CV MAP;
// none when none qualifies.
func knn2Finalist(run knn2Run, grid []knn2Cand) (knn2Cand, bool) {
	aCV, _, _, _ := run.cv.rank(knn2A.r)
	aDev, _, _, _ := run.dev.rank(knn2A.r)
	best, bestCV, ok := knn2Cand{}, 0.0, false
	for _, c := range grid {
		cv, _, _, _ := run.cv.rank(c.r)
		dev, _, _, _ := run.dev.rank(c.r)
		if dev >= aDev && cv >= aCV+0.003 && cv > bestCV {
			best, bestCV, ok = c, cv, true
		}
	}
	return best, ok
}

// knn2Chosen is what knn2Finalist chose on the selection run (README.md,
// "Negatives and neighbourhoods"), written here before the CLEF-2019 test
// was run; ok false when nothing qualified. Nothing did (the best CV MAP
// of the grid, top 3 of the CLEF positives at β 10, beat A by 0.0001), so
// the CLEF-2019 test was not run.
var knn2Chosen = struct {
	c  knn2Cand
	ok bool
}{}

// TestKNN2Selection prints the second round's grid on validation: 4-fold
// CV (cvSplits), CLEF-2020 test-gold and ClaimBuster held-out. It never
// looks at the CLEF-2019 test.
//
//	CLAIMS_DATA=$(realpath ../shared/data/claims) CLAIMS_EXP='knn2' go test ./extract/claim -run TestKNN2Selection -v -timeout 60m
func TestKNN2Selection(t *testing.T) {
	dir := os.Getenv("CLAIMS_DATA")
	if dir == "" || !strings.Contains(os.Getenv("CLAIMS_EXP"), "knn2") {
		t.Skip("set CLAIMS_DATA and CLAIMS_EXP=knn2")
	}
	start := time.Now()
	stride := knn2NegStride()
	run := runKNN2(t, TrainConfig{Dir: dir}, stride)
	fmt.Printf("knn2: collected in %s (negative stride %d)\n", time.Since(start).Round(time.Second), stride)
	head := "| configuration | CV MAP | CV 19 | CV 20 | CV P@10 | 2020 MAP | 2020 P@10 | CB best F1 |"
	base := knn2Cand{"default (no similarity)", rescore2{}}
	grid := knn2Grid()
	fmt.Println("full grid:\n" + head)
	fmt.Println(run.row(base.name, base.r))
	fmt.Println(run.row(knn2A.name, knn2A.r))
	for _, c := range grid {
		fmt.Println(run.row(c.name, c.r))
	}
	// how the top similarities differ between held-out positives and
	// negatives
	var sum [2][3]float64
	var cnt [2]float64
	var negWins [2]float64
	for d, doc := range run.cv.docs {
		for i, e := range doc {
			c := 0
			if e.label {
				c = 1
			}
			s := run.cv.sims[d][i]
			sum[c][0] += float64(s[0])
			sum[c][1] += float64(s[knn2K])
			sum[c][2] += float64(s[2*knn2K])
			cnt[c]++
			if s[2*knn2K] > s[0] {
				negWins[c]++
			}
		}
	}
	for c, l := range []string{"negatives", "positives"} {
		fmt.Printf("CV held-out %s (%d): mean top1 CLEF pos %.3f, CB pos %.3f, CLEF neg %.3f; neg top1 > pos top1 in %.1f%%\n",
			l, int(cnt[c]), sum[c][0]/cnt[c], sum[c][1]/cnt[c], sum[c][2]/cnt[c], 100*negWins[c]/cnt[c])
	}
	aps := make([][]float64, len(grid))
	cvm := make([]float64, len(grid))
	for c, x := range grid {
		aps[c] = run.cv.aps(x.r)
		for _, a := range aps[c] {
			cvm[c] += a / float64(len(aps[c]))
		}
	}
	order := make([]int, len(grid))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return cvm[order[i]] > cvm[order[j]] })
	fmt.Println("best 20 by CV MAP:\n" + head)
	fmt.Println(run.row(knn2A.name, knn2A.r))
	for _, c := range order[:min(20, len(order))] {
		fmt.Println(run.row(grid[c].name, grid[c].r))
	}
	// the best of each family
	for _, fam := range []string{"neg:", "neg hinge:", "diff:", "topk:", "vote: A +", "vote: vote"} {
		for _, c := range order {
			if strings.HasPrefix(grid[c].name, fam) {
				fmt.Println("best of", fam, run.row(grid[c].name, grid[c].r))
				break
			}
		}
	}
	// nested selection over the grid and A: for each fold, the
	// configuration with the best MAP on the other three folds
	cands := append([]knn2Cand{knn2A}, grid...)
	aAP := run.cv.aps(knn2A.r)
	allAPs := append([][]float64{aAP}, aps...)
	ns := nestedMAP(run.cv.fold, allAPs, aAP)
	ns.print(func(i int) string { return cands[i].name }, "A")
	if c, ok := knn2Finalist(run, grid); ok {
		fmt.Println("finalist:", run.row(c.name, c.r))
	} else {
		fmt.Println("finalist: none qualifies (CV >= A + 0.003 and 2020 MAP >= A's)")
	}
}

// TestKNN2Test runs knn2Chosen once on the CLEF-2019 test, with A and the
// plain model beside it, from one model trained on all the training data:
//
//	CLAIMS_DATA=$(realpath ../shared/data/claims) CLAIMS_EXP='knn2 test' go test ./extract/claim -run TestKNN2Test -v
func TestKNN2Test(t *testing.T) {
	dir := os.Getenv("CLAIMS_DATA")
	if dir == "" || !strings.Contains(os.Getenv("CLAIMS_EXP"), "knn2 test") {
		t.Skip("set CLAIMS_DATA and CLAIMS_EXP='knn2 test'")
	}
	if !knn2Chosen.ok {
		t.Skip("no finalist qualified on validation")
	}
	tc := TrainConfig{Dir: dir}
	tc.defaults()
	docs, weights := trainDocs(t, tc)
	test := clefSet(t, dir, pathCLEF2019Test)
	ev, err := collectKNN2(docs, weights, test, tc, knn2NegStride())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []knn2Cand{{"default (no similarity)", rescore2{}}, knn2A, knn2Chosen.c} {
		mapv, p10, rprec, per := testRanking(ev.docs, func(d, i int) float64 { return c.r.margin(ev.z[d][i], ev.sims[d][i]) })
		t.Logf("| %-44s | %.4f | %.3f | %.3f |", c.name, mapv, p10, rprec)
		t.Logf("    per debate AP: %s", strings.Join(per, ", "))
	}
}
