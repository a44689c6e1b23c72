package claim

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestSimIndex checks the similarity memory on a toy set: a copy scores 1,
// an unrelated sentence 0, the excluded group is never returned, and the
// two label editions of a debate (and its ClaimBuster copies) share a
// group.
func TestSimIndex(t *testing.T) {
	corpus := []string{
		"We have lost 70,000 factories since China entered the WTO.",
		"Our jobs are fleeing the country to Mexico.",
		"Thank you very much.",
		"Good evening and welcome.",
		"The deficit doubled under this administration.",
	}
	entries := corpus[:2]
	for _, o := range []simOpts{{}, {bigrams: true}, {dropStop: true}, {bigrams: true, dropStop: true}} {
		x := newSimIndex(corpus, append(entries, entries[0]), []int32{0, 1, 0}, o)
		if x.len() != 2 {
			t.Errorf("%+v: %d entries, want 2 (a copy in the same group is kept once)", o, x.len())
		}
		var top [3]float32
		x.top("we have LOST 70,000 factories since China entered the WTO", -1, top[:])
		if math.Abs(float64(top[0])-1) > 1e-5 || top[1] >= top[0] {
			t.Errorf("%+v: copy: top %v, want 1 first", o, top)
		}
		x.top("We have lost 70,000 factories since China entered the WTO.", 0, top[:])
		if top[0] >= 0.5 {
			t.Errorf("%+v: own group excluded: top %v, want the other entry only", o, top)
		}
		x.top("Good evening.", -1, top[:])
		if top[0] != 0 && o.dropStop {
			t.Errorf("%+v: unrelated: top %v, want 0", o, top)
		}
	}
	docs := [][]example{
		{{text: "We have lost 70,000 factories since China entered the WTO.", doc: "20160204_democrats_new_hampshire"}},
		{{text: "We have lost 70,000 factories since China entered the WTO.", doc: "20160209_msnbc_dem"}},
		{{text: "We have lost 70,000 factories since China entered the WTO!", doc: "claimbuster"}},
		{{text: "Thank you very much.", doc: "claimbuster"}},
		{{text: "Thank you very much!", doc: "claimbuster"}},
		{{text: "Thank you.", doc: "20170216_trump_press"}},
	}
	g := simGroups(docs)
	if g[0][0] != g[1][0] || g[2][0] != g[0][0] {
		t.Errorf("groups %v: the aliased debates and their ClaimBuster copy should share one", g)
	}
	if g[3][0] != g[4][0] || g[3][0] == g[5][0] || g[3][0] == g[0][0] {
		t.Errorf("groups %v: ClaimBuster copies share a group of their own; short sentences tie no debate", g)
	}
}

// BenchmarkSimLookup measures one lookup in the CLEF and the ClaimBuster
// memories of the full training data per sentence of the CLEF-2020
// test-gold debates: the shipped top-1 lookup (tokenising included), the
// MaxScore lookup tried instead (memory_prune_test.go), then the
// experiments' simIndex (top 5, a list of the entries touched) for
// several term options.
func BenchmarkSimLookup(b *testing.B) {
	dir := claimsData(b)
	docs, _ := trainDocs(b, TrainConfig{Dir: dir})
	test := clefSet(b, dir, pathCLEF2020Test)
	var sents []string
	for _, d := range test {
		for _, e := range d {
			sents = append(sents, e.text)
		}
	}
	s, err := DefaultScorer()
	if err != nil {
		b.Fatal(err)
	}
	plain := *s
	plain.sim = nil
	for _, sc := range []struct {
		name string
		s    *Scorer
	}{{"Score (shipped, lookup included)", s}, {"Score without memories", &plain}} {
		b.Run(sc.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				sc.s.Score(sents[i%len(sents)])
				i++
			}
		})
	}
	// the shipped lookup: top 1 of both memories (what scoring adds), and
	// the MaxScore lookup tried instead
	m, err := trainMemory(docs)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("shipped top1", func(b *testing.B) {
		b.ReportAllocs()
		var toks []token
		i := 0
		for b.Loop() {
			s := sents[i%len(sents)]
			toks = tokenize(s, toks[:0])
			m.margin(s, toks)
			i++
		}
	})
	groups := simGroups(docs)
	for _, o := range []simOpts{{minWords: 8}, {minWords: 6}, {minWords: 6, dropStop: true}, {minWords: 6, bigrams: true}} {
		mems := buildMemories(docs, groups, knnConfig{opts: o, mems: memCLEF | memCB})
		b.Run(fmt.Sprintf("minWords=%d,bigrams=%v,dropStop=%v", o.minWords, o.bigrams, o.dropStop), func(b *testing.B) {
			var top [simTopK]float32
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				for _, x := range mems {
					x.top(sents[i%len(sents)], -1, top[:])
				}
				i++
			}
			b.ReportMetric(float64(mems[0].len()), "clef-entries")
			b.ReportMetric(float64(mems[1].len()), "cb-entries")
		})
	}
}

// knnEval holds what one evaluation set needs for rescoring: its documents,
// the model's margin for each sentence and, per term variant, each
// sentence's top similarities to the CLEF memory and the ClaimBuster memory
// of the training data.
type knnEval struct {
	docs [][]example
	is19 []bool // CV only: a CLEF-2019 file
	fold []int  // CV only: the fold holding the file out
	z    [][]float64
	sims [][][][]float32 // [variant][doc][sentence] -> CLEF top 5, then ClaimBuster top 5
}

// collectKNN trains the model of base (plain, or with dense similarity
// features) on the training documents (but those base.memOnly names,
// which only join the memories) and fills an evaluation of test with
// its margins and each variant's similarities.
func collectKNN(trd [][]example, trw []float64, test [][]example, tc TrainConfig, base knnConfig, variants []simOpts) (*knnEval, error) {
	lind, linw := trd, trw
	if base.memOnly != nil {
		lind, linw = withoutDocs(trd, trw, base.memOnly)
	}
	m, err := trainKNN(lind, linw, tc, base)
	if err != nil {
		return nil, err
	}
	ev := &knnEval{docs: test, sims: make([][][][]float32, len(variants))}
	for _, d := range test {
		ev.z = append(ev.z, m.margins(d))
	}
	groups := simGroups(trd)
	for v, o := range variants {
		mems := buildMemories(trd, groups, knnConfig{opts: o, mems: memCLEF | memCB})
		for _, d := range test {
			ds := make([][]float32, len(d))
			for i, e := range d {
				ds[i] = make([]float32, 2*simTopK)
				for k, x := range mems {
					x.top(e.text, -1, ds[i][k*simTopK:(k+1)*simTopK])
				}
			}
			ev.sims[v] = append(ev.sims[v], ds)
		}
	}
	return ev, nil
}

// rescore is how similarity is added to the margin: z + bCLEF*f(CLEF sims)
// + bCB*f(ClaimBuster sims), f the mean over the top k of max(0, sim -
// hinge): with a hinge, only near matches count. Under joint, both
// memories are one (their top lists merged; a cosine does not depend on
// the memory, the idf being the same) weighted bCLEF.
type rescore struct {
	k          int
	hinge      float64
	bCLEF, bCB float64
	joint      bool
}

func (r rescore) margin(z float64, s []float32) float64 {
	var c, b float64
	if r.joint {
		i, j := 0, simTopK
		for range r.k {
			v := s[i]
			if s[j] > v {
				v = s[j]
				j++
			} else {
				i++
			}
			c += max(float64(v)-r.hinge, 0)
		}
		return z + r.bCLEF*c/float64(r.k)
	}
	for i := range r.k {
		c += max(float64(s[i])-r.hinge, 0)
		b += max(float64(s[simTopK+i])-r.hinge, 0)
	}
	return z + (r.bCLEF*c+r.bCB*b)/float64(r.k)
}

// rank returns MAP over the documents of ev (and over its CLEF-2019 and
// CLEF-2020 files when is19 is set) and mean P@10, scores rescored under r
// with variant v's similarities.
func (ev *knnEval) rank(v int, r rescore) (mapv, map19, map20, p10 float64) {
	return rankByScore(ev.docs, ev.is19, func(d, i int) float64 { return r.margin(ev.z[d][i], ev.sims[v][d][i]) })
}

// rankByScore ranks every document's sentences by score and returns MAP and
// mean P@10 over the documents, and MAP over the CLEF-2019 and CLEF-2020
// ones apart when is19 says which is which.
func rankByScore(docs [][]example, is19 []bool, score func(d, i int) float64) (mapv, map19, map20, p10 float64) {
	var n19, n20 int
	for d, doc := range docs {
		ap, _, pk := rankDoc(doc, func(i int) float64 { return score(d, i) })
		mapv += ap
		p10 += pk
		if is19 != nil {
			if is19[d] {
				map19 += ap
				n19++
			} else {
				map20 += ap
				n20++
			}
		}
	}
	if n19 > 0 {
		map19 /= float64(n19)
	}
	if n20 > 0 {
		map20 /= float64(n20)
	}
	n := float64(len(docs))
	return mapv / n, map19, map20, p10 / n
}

// testRanking ranks every document of docs by score, as the CLEF scorer
// does, and returns MAP, mean P@10, mean R-precision and each document's
// AP as "name AP", for the test-set tables.
func testRanking(docs [][]example, score func(d, i int) float64) (mapv, p10, rprec float64, per []string) {
	for d, doc := range docs {
		ap, rp, pk := rankDoc(doc, func(i int) float64 { return score(d, i) })
		mapv, rprec, p10 = mapv+ap, rprec+rp, p10+pk
		per = append(per, fmt.Sprintf("%s %.3f", doc[0].doc, ap))
	}
	n := float64(len(docs))
	return mapv / n, p10 / n, rprec / n, per
}

// rankDoc ranks one document's sentences by score and returns its AP,
// R-precision and P@10.
func rankDoc(doc []example, score func(i int) float64) (ap, rprec, p10 float64) {
	scores := make([]float64, len(doc))
	labels := make([]bool, len(doc))
	for i, e := range doc {
		scores[i] = score(i)
		labels[i] = e.label
	}
	ap, rprec, pk := rankMetrics(rankOrder(scores), labels, []int{10})
	return ap, rprec, pk[0]
}

// histogram tabulates the held-out sentences of ev by their top
// similarity to each memory under variant v: how many, and how many are
// positives, per bucket; and the MAP of ranking by that similarity alone.
func (ev *knnEval) histogram(v int, name string) string {
	var b strings.Builder
	for m, mem := range []string{"CLEF", "ClaimBuster"} {
		var n, pos [10]int
		var mapv float64
		for d, doc := range ev.docs {
			scores := make([]float64, len(doc))
			labels := make([]bool, len(doc))
			for i, e := range doc {
				s := ev.sims[v][d][i][m*simTopK]
				scores[i], labels[i] = float64(s), e.label
				k := bucketSim(s)
				n[k]++
				if e.label {
					pos[k]++
				}
			}
			ap, _, _ := rankMetrics(rankOrder(scores), labels, nil)
			mapv += ap
		}
		fmt.Fprintf(&b, "%s, %s memory: MAP by top similarity alone %.4f; top1 bucket: sentences/positives (rate)", name, mem, mapv/float64(len(ev.docs)))
		for k := range n {
			if n[k] > 0 {
				fmt.Fprintf(&b, " | <%.1f: %d/%d (%.3f)", float64(k+1)/10, n[k], pos[k], float64(pos[k])/float64(n[k]))
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// aps returns the AP of each document of ev, rescored under r with
// variant v's similarities.
func (ev *knnEval) aps(v int, r rescore) []float64 {
	out := make([]float64, len(ev.docs))
	for d, doc := range ev.docs {
		out[d], _, _ = rankDoc(doc, func(i int) float64 { return r.margin(ev.z[d][i], ev.sims[v][d][i]) })
	}
	return out
}

// bestF1 is ClaimBuster held-out best F1 (each row a document of ev) under
// r with variant v.
func (ev *knnEval) bestF1(v int, r rescore) Classification {
	scores := make([]float64, len(ev.docs))
	held := make([]example, len(ev.docs))
	for d, doc := range ev.docs {
		scores[d] = sigmoid(r.margin(ev.z[d][0], ev.sims[v][d][0]))
		held[d] = doc[0]
	}
	return bestThreshold(scores, held)
}

// knnRun is the evaluations of one model: the 4 CV folds merged into one
// knnEval, CLEF-2020 test-gold and ClaimBuster held-out, all with the
// model trained on the full training data.
type knnRun struct {
	cv, dev, cb *knnEval
}

// runKNN collects the CV, CLEF-2020 test and ClaimBuster evaluations of
// base under tc, two folds or trainings at a time.
func runKNN(tb testing.TB, tc TrainConfig, base knnConfig, variants []simOpts) knnRun {
	tb.Helper()
	tc.defaults()
	folds, docs, weights, dev, cbDocs := knnData(tb, tc)
	evs := make([]*knnEval, len(folds)+1)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	var firstErr error
	for f := range evs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var ev *knnEval
			var err error
			if f < len(folds) {
				ev, err = collectKNN(folds[f].trd, folds[f].trw, folds[f].ted, tc, base, variants)
				if ev != nil {
					ev.is19 = folds[f].ted19
				}
			} else {
				// the full model: evaluated on the 2020 test and
				// ClaimBuster's held-out rows together
				ev, err = collectKNN(docs, weights, append(slices.Clip(dev), cbDocs...), tc, base, variants)
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil && firstErr == nil {
				firstErr = err
			}
			evs[f] = ev
		}()
	}
	wg.Wait()
	if firstErr != nil {
		tb.Fatal(firstErr)
	}
	cv := &knnEval{sims: make([][][][]float32, len(variants))}
	for f, ev := range evs[:len(folds)] {
		cv.docs = append(cv.docs, ev.docs...)
		cv.is19 = append(cv.is19, ev.is19...)
		for range ev.docs {
			cv.fold = append(cv.fold, f)
		}
		cv.z = append(cv.z, ev.z...)
		for v := range variants {
			cv.sims[v] = append(cv.sims[v], ev.sims[v]...)
		}
	}
	full := evs[len(folds)]
	split := func(lo, hi int) *knnEval {
		e := &knnEval{docs: full.docs[lo:hi], z: full.z[lo:hi], sims: make([][][][]float32, len(variants))}
		for v := range variants {
			e.sims[v] = full.sims[v][lo:hi]
		}
		return e
	}
	return knnRun{cv: cv, dev: split(0, len(dev)), cb: split(len(dev), len(full.docs))}
}

// knnRow formats one configuration's figures as the README tables do.
func (run knnRun) row(name string, v int, r rescore) string {
	m, m19, m20, p := run.cv.rank(v, r)
	d, _, _, dp := run.dev.rank(v, r)
	cb := run.cb.bestF1(v, r)
	return fmt.Sprintf("| %-54s | %.4f | %.4f | %.4f | %.3f | %.4f | %.3f | %.3f |", name, m, m19, m20, p, d, dp, cb.F1)
}

// simVariants are the term variants of the rescoring sweep.
var simVariants = []simOpts{
	{},
	{minWords: 4},
	{minWords: 6},
	{minWords: 8},
	{minWords: 6, dropStop: true},
	{minWords: 6, bigrams: true},
	{minWords: 6, bigrams: true, dropStop: true},
}

func simName(o simOpts) string {
	n := "uni"
	if o.bigrams {
		n = "uni+bi"
	}
	if o.dropStop {
		n += ", no stop"
	} else {
		n += ", stop kept"
	}
	if o.minWords > 0 {
		n += fmt.Sprintf(", >=%d words", o.minWords)
	}
	return n
}

// knnCand is one rescoring configuration: variant v of simVariants and r.
type knnCand struct {
	name string
	v    int
	r    rescore
}

// rescoreGrid is every rescoring of the sweep: each term variant, top 1, 3
// or 5, hinge 0, 0.3 or 0.5, each pair of weights and each weight of the
// joint memory.
func rescoreGrid() []knnCand {
	betas := []float64{0, 0.5, 1, 2, 3, 4, 6, 8, 12, 16}
	var out []knnCand
	for v, o := range simVariants {
		for _, k := range []int{1, 3, 5} {
			for _, h := range []float64{0, 0.3, 0.5} {
				for _, bc := range betas {
					for _, bb := range betas {
						if bc == 0 && bb == 0 {
							continue
						}
						out = append(out, knnCand{fmt.Sprintf("%s, top%d-%.1f, CLEF %g CB %g", simName(o), k, h, bc, bb), v, rescore{k: k, hinge: h, bCLEF: bc, bCB: bb}})
					}
					if bc != 0 {
						out = append(out, knnCand{fmt.Sprintf("%s, top%d-%.1f, joint %g", simName(o), k, h, bc), v, rescore{k: k, hinge: h, bCLEF: bc, joint: true}})
					}
				}
			}
		}
	}
	return out
}

// knnFinalists are the rescorings chosen on validation (README.md), by
// rules fixed before the CLEF-2019 test was run: the best CV MAP among the
// configurations whose CLEF-2020 test MAP is not below the default's, and
// the best CLEF-2020 test MAP among those that beat the default's CV MAP by
// 0.004 or more.
func knnFinalists() []knnCand {
	return []knnCand{
		{"knn A: uni, stop kept, >=8 words, top1, CLEF 6 CB 0.5", 3, rescore{k: 1, bCLEF: 6, bCB: 0.5}},
		{"knn B: uni, stop kept, >=6 words, top5, CLEF 8 CB 2", 2, rescore{k: 5, bCLEF: 8, bCB: 2}},
	}
}

// TestKNNVariants runs the finalists once on the CLEF-2019 test (README.md,
// "Similarity to checked claims"), with CLEF-2020 test and ClaimBuster
// held-out figures (F1 at the Finder's threshold 0.45 and the best), from
// one model trained on all the training data:
//
//	CLAIMS_DATA=$(realpath ../shared/data/claims) CLAIMS_VARIANTS='knn' go test ./extract/claim -run TestKNNVariants -v
func TestKNNVariants(t *testing.T) {
	dir := os.Getenv("CLAIMS_DATA")
	f := os.Getenv("CLAIMS_VARIANTS")
	if dir == "" || f == "" {
		t.Skip("set CLAIMS_DATA and CLAIMS_VARIANTS")
	}
	only := strings.Split(f, "|")
	cands := append([]knnCand{{"knn default (no similarity)", 0, rescore{k: 1}}}, knnFinalists()...)
	cands = slices.DeleteFunc(cands, func(c knnCand) bool {
		return !slices.ContainsFunc(only, func(o string) bool { return strings.Contains(c.name, o) })
	})
	if len(cands) == 0 {
		t.Skip("no variant matches CLAIMS_VARIANTS")
	}
	tc := TrainConfig{Dir: dir}
	tc.defaults()
	docs, weights, err := trainingDocs(tc)
	if err != nil {
		t.Fatal(err)
	}
	var sets [][][]example
	for _, sub := range []string{pathCLEF2019Test, pathCLEF2020Test} {
		d, err := readCLEFDir(filepath.Join(dir, sub), nil)
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, d)
	}
	_, held, err := readClaimBuster(filepath.Join(dir, pathClaimBuster))
	if err != nil {
		t.Fatal(err)
	}
	var cbDocs [][]example
	for i := range held {
		cbDocs = append(cbDocs, held[i:i+1])
	}
	all := slices.Concat(sets[0], sets[1], cbDocs)
	ev, err := collectKNN(docs, weights, all, tc, knnConfig{}, simVariants)
	if err != nil {
		t.Fatal(err)
	}
	part := func(lo, hi int) *knnEval {
		e := &knnEval{docs: ev.docs[lo:hi], z: ev.z[lo:hi], sims: make([][][][]float32, len(simVariants))}
		for v := range simVariants {
			e.sims[v] = ev.sims[v][lo:hi]
		}
		return e
	}
	n19, n20 := len(sets[0]), len(sets[1])
	t19, t20, cb := part(0, n19), part(n19, n19+n20), part(n19+n20, len(all))
	for _, c := range cands {
		mapv, p10, rprec, per := testRanking(t19.docs, func(d, i int) float64 { return c.r.margin(t19.z[d][i], t19.sims[c.v][d][i]) })
		d, _, _, _ := t20.rank(c.v, c.r)
		scores := make([]float64, len(cb.docs))
		for i := range cb.docs {
			scores[i] = sigmoid(c.r.margin(cb.z[i][0], cb.sims[c.v][i][0]))
		}
		at, best := classify(scores, held, 0.45), bestThreshold(scores, held)
		t.Logf("| %-56s | %.4f | %.3f | %.3f | %.4f | %.3f | %.3f (at %.2f) |", c.name, mapv, p10, rprec, d, at.F1, best.F1, best.Threshold)
		t.Logf("    per debate AP: %s", strings.Join(per, ", "))
	}
}

// TestKNNSelection prints the similarity experiments of README.md
// ("Similarity to checked claims"): 4-fold CV (cvSplits), CLEF-2020
// test-gold and ClaimBuster held-out figures. It never looks at the
// CLEF-2019 test.
//
//	CLAIMS_DATA=$(realpath ../shared/data/claims) CLAIMS_EXP='knn' go test ./extract/claim -run TestKNNSelection -v -timeout 60m
//
// 'knn rescore' runs the rescoring sweep over the plain model (one
// training per fold), 'knn dense' the models with similarity features
// (CLAIMS_EXP filters by name as in TestCrossValidation).
func TestKNNSelection(t *testing.T) {
	dir := os.Getenv("CLAIMS_DATA")
	f := os.Getenv("CLAIMS_EXP")
	if dir == "" || f == "" {
		t.Skip("set CLAIMS_DATA and CLAIMS_EXP")
	}
	only := strings.Split(f, "|")
	want := func(name string) bool {
		return f == "1" || slices.ContainsFunc(only, func(o string) bool { return strings.Contains(name, o) })
	}
	tc := TrainConfig{Dir: dir}
	head := "| configuration | CV MAP | CV 19 | CV 20 | CV P@10 | 2020 MAP | 2020 P@10 | CB best F1 |"
	if want("knn rescore") {
		start := time.Now()
		run := runKNN(t, tc, knnConfig{}, simVariants)
		fmt.Printf("knn rescore: collected in %s\n", time.Since(start).Round(time.Second))
		for v, o := range simVariants {
			fmt.Print(run.cv.histogram(v, simName(o)))
		}
		grid := rescoreGrid()
		base := knnCand{"default (no similarity)", 0, rescore{k: 1}}
		aps := make([][]float64, len(grid))
		cvm := make([]float64, len(grid))
		for c, x := range grid {
			aps[c] = run.cv.aps(x.v, x.r)
			for _, a := range aps[c] {
				cvm[c] += a / float64(len(aps[c]))
			}
		}
		fmt.Println("full grid:\n" + head)
		fmt.Println(run.row(base.name, base.v, base.r))
		for _, x := range grid {
			fmt.Println(run.row(x.name, x.v, x.r))
		}
		order := make([]int, len(grid))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(i, j int) bool { return cvm[order[i]] > cvm[order[j]] })
		fmt.Println("best 25 by CV MAP:\n" + head)
		fmt.Println(run.row(base.name, base.v, base.r))
		for _, c := range order[:min(25, len(order))] {
			fmt.Println(run.row(grid[c].name, grid[c].v, grid[c].r))
		}
		// Nested selection: for each fold, the configuration with the best
		// MAP on the other three folds' files, measured on this fold's. It
		// estimates what choosing among the grid gains, net of the luck of
		// the choice.
		ns := nestedMAP(run.cv.fold, aps, run.cv.aps(base.v, base.r))
		ns.print(func(i int) string { return grid[i].name }, "default")
	}
	if want("knn confirm") {
		// the finalists on a linear model of other seeds
		for _, seed := range []uint64{6, 11} {
			c := tc
			c.Seed = seed
			run := runKNN(t, c, knnConfig{}, simVariants)
			fmt.Println(head)
			for _, x := range append([]knnCand{{"default (no similarity)", 0, rescore{k: 1}}}, knnFinalists()...) {
				fmt.Println(run.row(fmt.Sprintf("%s, seeds %d-%d", x.name, seed, seed+4), x.v, x.r))
			}
		}
	}
	for _, e := range knnDenseExperiments() {
		if !want(e.name) {
			continue
		}
		start := time.Now()
		run := runKNN(t, tc, e.cfg, simVariants[:1])
		fmt.Println(run.row(e.name, 0, rescore{k: 1}), time.Since(start).Round(time.Second))
	}
}

// knnDenseExperiment is a model with similarity features.
type knnDenseExperiment struct {
	name string
	cfg  knnConfig
}

// knnDenseExperiments is the batch of models with dense similarity
// features (README.md, "Similarity to checked claims").
func knnDenseExperiments() []knnDenseExperiment {
	return []knnDenseExperiment{
		// every positive remembered, even "(APPLAUSE)"
		{"knn dense1 CLEF+CB, uni, stop kept", knnConfig{dense: true, mems: memCLEF | memCB}},
		{"knn dense1 CLEF, uni, stop kept", knnConfig{dense: true, mems: memCLEF}},
		{"knn dense1 CLEF+CB, uni, no stop", knnConfig{dense: true, mems: memCLEF | memCB, opts: simOpts{dropStop: true}}},
		{"knn dense1 CLEF+CB, uni, stop kept, mean3", knnConfig{dense: true, mems: memCLEF | memCB, mean3: true}},
		// positives of 6 or 8 words or more
		{"knn dense2 CLEF, >=6 words", knnConfig{dense: true, mems: memCLEF, opts: simOpts{minWords: 6}}},
		{"knn dense2 CLEF, >=8 words", knnConfig{dense: true, mems: memCLEF, opts: simOpts{minWords: 8}}},
		{"knn dense2 CLEF+CB, >=6 words", knnConfig{dense: true, mems: memCLEF | memCB, opts: simOpts{minWords: 6}}},
		{"knn dense2 CLEF, >=6 words, mean3", knnConfig{dense: true, mems: memCLEF, mean3: true, opts: simOpts{minWords: 6}}},
		{"knn dense2 CLEF, >=6 words, x0.5", knnConfig{dense: true, mems: memCLEF, scale: 0.5, opts: simOpts{minWords: 6}}},
		{"knn dense2 CLEF, >=6 words, x2", knnConfig{dense: true, mems: memCLEF, scale: 2, opts: simOpts{minWords: 6}}},
	}
}

// nested is the result of nestedMAP.
type nested struct {
	chosen            [4]int     // the candidate chosen for each fold
	foldMAP, foldBase [4]float64 // MAP of the choice and of the baseline on each fold
	mapAll, baseAll   float64    // MAP over all held-out documents
}

// nestedMAP estimates what choosing among candidates gains, net of the
// luck of the choice: for each of the four folds it takes the candidate
// (a row of aps: AP per held-out document) with the best AP on the other
// folds' documents, and measures it on this fold's. base is the
// baseline's AP per document.
func nestedMAP(fold []int, aps [][]float64, base []float64) nested {
	var ns nested
	var sum, sumBase float64
	for f := range 4 {
		best, bestM := -1, -1.0
		for c := range aps {
			var m float64
			for d, a := range aps[c] {
				if fold[d] != f {
					m += a
				}
			}
			if m > bestM {
				best, bestM = c, m
			}
		}
		var on, onBase float64
		n := 0
		for d := range fold {
			if fold[d] == f {
				on += aps[best][d]
				onBase += base[d]
				n++
			}
		}
		ns.chosen[f] = best
		ns.foldMAP[f], ns.foldBase[f] = on/float64(n), onBase/float64(n)
		sum += on
		sumBase += onBase
	}
	ns.mapAll, ns.baseAll = sum/float64(len(fold)), sumBase/float64(len(fold))
	return ns
}

// trainDocs loads the training documents of tc (defaults applied) with
// their loss weights.
func trainDocs(tb testing.TB, tc TrainConfig) ([][]example, []float64) {
	tb.Helper()
	tc.defaults()
	docs, weights, err := trainingDocs(tc)
	if err != nil {
		tb.Fatal(err)
	}
	return docs, weights
}

// clefSet reads the debates of one CLEF folder under dir (pathCLEF2019Test,
// pathCLEF2020Test).
func clefSet(tb testing.TB, dir, sub string) [][]example {
	tb.Helper()
	docs, err := readCLEFDir(filepath.Join(dir, sub), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// print writes which candidate the nested selection chose in each fold
// (name names candidate i) and the pooled MAP, beside the baseline's.
func (ns nested) print(name func(i int) string, base string) {
	for f := range ns.chosen {
		fmt.Printf("nested fold %d: chose %q: fold MAP %.4f (%s %.4f)\n", f, name(ns.chosen[f]), ns.foldMAP[f], base, ns.foldBase[f])
	}
	fmt.Printf("nested CV MAP %.4f (%s %.4f)\n", ns.mapAll, base, ns.baseAll)
}

// knnData loads what the similarity experiments evaluate on: the 4 CV
// folds, all the training documents with their weights, the CLEF-2020
// test-gold debates and ClaimBuster's held-out rows, each a document of
// one.
func knnData(tb testing.TB, tc TrainConfig) (folds []cvFold, docs [][]example, weights []float64, dev, cbDocs [][]example) {
	tb.Helper()
	folds = cvSplits(tb, tc, 4)
	docs, weights, err := trainingDocs(tc)
	if err != nil {
		tb.Fatal(err)
	}
	dev, err = readCLEFDir(filepath.Join(tc.Dir, pathCLEF2020Test), nil)
	if err != nil {
		tb.Fatal(err)
	}
	_, held, err := readClaimBuster(filepath.Join(tc.Dir, pathClaimBuster))
	if err != nil {
		tb.Fatal(err)
	}
	cbDocs = make([][]example, len(held))
	for i := range held {
		cbDocs[i] = held[i : i+1]
	}
	return folds, docs, weights, dev, cbDocs
}
