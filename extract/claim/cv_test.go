package claim

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// cvRanking is leave-debates-out cross-validation on the training debates
// of cfg (see cvSplits); each fold is ranked by a model trained on the
// other folds plus all non-CLEF data.
func cvRanking(tb testing.TB, cfg TrainConfig, folds int) (mapv, p10, map19, map20 float64) {
	return cvRankingWith(tb, experiment{cfg: cfg}, folds)
}

// cvFold is one fold of cvSplits: the documents trained on, with their
// loss weights, and the held-out CLEF documents, each flagged when it is a
// CLEF-2019 file.
type cvFold struct {
	trd   [][]example
	trw   []float64
	ted   [][]example
	ted19 []bool
}

// cvSplits deals the training documents of cfg into folds. Debates are
// grouped by debateGroup: by date, except that the four CLEF-2020 files
// that transcribe a CLEF-2019 training debate under another date go with
// it, so both label editions of a debate are held out together (by date
// alone, each of the four pairs fell in two folds: 3,312 sentences of six
// words or more were trained on in one edition and held out in the
// other). The groups are dealt round-robin in date order. A
// ClaimBuster row that copies a sentence of a held-out debate
// (claimBusterOrigins: the 2012 and 2016 presidential debates) is left out
// of that fold's training; every other non-CLEF document is trained on in
// every fold, and a ClaimRank transcript only outside its debate's fold.
// CLAIMS_CV_GROUPS=date restores the grouping of the earlier README tables
// (by date alone, ClaimBuster trained on in every fold).
func cvSplits(tb testing.TB, cfg TrainConfig, folds int) []cvFold {
	tb.Helper()
	docs, weights, err := trainingDocs(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	legacy := os.Getenv("CLAIMS_CV_GROUPS") == "date"
	var clef2020Test map[string]bool
	if cfg.withCLEF2020Test {
		if clef2020Test, err = clef2020TestNames(cfg.Dir); err != nil {
			tb.Fatal(err)
		}
	}
	key := func(d []example) string {
		if len(d) == 0 || d[0].doc == "claimbuster" || !strings.HasPrefix(d[0].doc, "20") {
			return ""
		}
		if legacy {
			return d[0].doc[:8]
		}
		return debateGroup(d[0].doc)
	}
	// ClaimRank transcripts are CLEF training debates too: they go with
	// their debate's fold and are only trained on.
	crKey := func(d []example) string {
		if len(d) == 0 {
			return ""
		}
		return claimRankDates[d[0].doc]
	}
	var origins map[string]string
	if !legacy {
		origins = claimBusterOrigins(docs)
	}
	var dates []string
	seen := map[string]bool{}
	for _, d := range docs {
		if len(d) > 0 && clef2020Test[d[0].doc] {
			continue
		}
		if k := key(d); k != "" && !seen[k] {
			seen[k] = true
			dates = append(dates, k)
		}
	}
	sort.Strings(dates)
	fold := map[string]int{}
	for i, d := range dates {
		fold[d] = i % folds
	}
	out := make([]cvFold, folds)
	for f := range out {
		cf := &out[f]
		for i, d := range docs {
			if k := crKey(d); k != "" {
				if fd, ok := fold[k]; !ok || fd != f {
					cf.trd, cf.trw = append(cf.trd, d), append(cf.trw, weights[i])
				}
				continue
			}
			k := key(d)
			if len(d) > 0 && clef2020Test[d[0].doc] {
				k = "" // trained on in every fold (TrainConfig.withCLEF2020Test)
			}
			if k != "" && fold[k] == f {
				cf.ted = append(cf.ted, d)
				cf.ted19 = append(cf.ted19, i < 19)
				continue
			}
			if len(d) == 1 && d[0].doc == "claimbuster" && origins != nil {
				if g, ok := origins[normSentence(d[0].text)]; ok && fold[g] == f {
					continue
				}
			}
			cf.trd, cf.trw = append(cf.trd, d), append(cf.trw, weights[i])
		}
	}
	return out
}

// cvRankingWith is cvRanking for an experiment's model (an ensemble when
// v.second is set).
func cvRankingWith(tb testing.TB, v experiment, folds int) (mapv, p10, map19, map20 float64) {
	tb.Helper()
	cfg := v.cfg
	cfg.defaults()
	var all Ranking
	n := 0
	var cv19, cv20 float64
	var n19, n20 int
	for _, cf := range cvSplits(tb, cfg, folds) {
		score, err := v.train(cf.trd, cf.trw)
		if err != nil {
			tb.Fatal(err)
		}
		r, err := rankScored(cf.ted, score, 10)
		if err != nil {
			tb.Fatal(err)
		}
		for i, d := range r.PerDoc {
			if cf.ted19[i] {
				cv19 += d.AP
				n19++
			} else {
				cv20 += d.AP
				n20++
			}
		}
		all.MAP += r.MAP * float64(len(cf.ted))
		all.RPrec += r.P[10] * float64(len(cf.ted))
		n += len(cf.ted)
	}
	return all.MAP / float64(n), all.RPrec / float64(n), cv19 / float64(n19), cv20 / float64(n20)
}

// TestCrossValidation prints, for each configuration of experiments(),
// 4-fold leave-debates-out CV MAP on the training debates (also split by
// CLEF-2019 and CLEF-2020 files), CLEF-2020 test-gold MAP and ClaimBuster
// best F1: the figures variants are chosen on (README.md). It never looks
// at CLEF-2019 test. Slow (about a minute per configuration):
//
//	CLAIMS_DATA=$(realpath ../shared/data/claims) CLAIMS_EXP=1 go test ./extract/claim -run TestCrossValidation -v
//
// CLAIMS_EXP='text|text2' runs only the experiments whose name contains one
// of the texts.
func TestCrossValidation(t *testing.T) {
	dir := os.Getenv("CLAIMS_DATA")
	if dir == "" || os.Getenv("CLAIMS_EXP") == "" {
		t.Skip("set CLAIMS_DATA and CLAIMS_EXP")
	}
	exps := experiments()
	if f := os.Getenv("CLAIMS_EXP"); f != "1" {
		// CLAIMS_EXP='text|text2' runs only the experiments whose name
		// contains one of the texts
		only := strings.Split(f, "|")
		exps = slices.DeleteFunc(exps, func(v experiment) bool {
			return !slices.ContainsFunc(only, func(o string) bool { return strings.Contains(v.name, o) })
		})
	}
	lines := make([]string, len(exps))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, v := range exps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			v.cfg.Dir = dir
			start := time.Now()
			cvm, cvp, cv19, cv20 := cvRankingWith(t, v, 4)
			d, best, err := v.validate()
			if err != nil {
				t.Error(err)
				return
			}
			lines[i] = fmt.Sprintf("| %-34s | CV %.4f (19 %.4f 20 %.4f) P@10 %.3f | 2020 %.4f P@10 %.3f | CB %.3f | %s", v.name, cvm, cv19, cv20, cvp, d.MAP, d.P[10], best.F1, time.Since(start).Round(time.Second))
			fmt.Println(lines[i])
		}()
	}
	wg.Wait()
	fmt.Println("---")
	for _, l := range lines {
		fmt.Println(l)
	}
}

type experiment struct {
	name string
	cfg  TrainConfig
	// second, when set, is a second model averaged with the first (see
	// ensemble_test.go).
	second *secondModel
	// mlp, when set, is a non-linear model, alone or blended with the
	// linear one (mlp_test.go).
	mlp *mlpExp
}

// train trains the experiment's model on docs (cfg.Dir unused) and
// returns its scoring of a document.
func (v experiment) train(docs [][]example, weights []float64) (func(doc []example) ([]float64, error), error) {
	cfg := v.cfg
	cfg.defaults()
	if v.mlp != nil {
		return v.mlp.train(docs, weights, cfg)
	}
	set, err := examplesOf(docs, weights, cfg)
	if err != nil {
		return nil, err
	}
	s, err := fitSeeds(set, cfg)
	if err != nil {
		return nil, err
	}
	if v.second == nil {
		return func(doc []example) ([]float64, error) { return scoreExamples(s, doc) }, nil
	}
	return v.second.train(s, docs, weights, cfg)
}

// validate trains the experiment's model on all training data and
// measures it on CLEF-2020 test-gold and ClaimBuster's held-out fifth.
func (v experiment) validate() (Ranking, Classification, error) {
	cfg := v.cfg
	cfg.defaults()
	docs, weights, err := trainingDocs(cfg)
	if err != nil {
		return Ranking{}, Classification{}, err
	}
	score, err := v.train(docs, weights)
	if err != nil {
		return Ranking{}, Classification{}, err
	}
	test, err := readCLEFDir(filepath.Join(cfg.Dir, pathCLEF2020Test), nil)
	if err != nil {
		return Ranking{}, Classification{}, err
	}
	d, err := rankScored(test, score, 10)
	if err != nil {
		return d, Classification{}, err
	}
	_, held, err := readClaimBuster(filepath.Join(cfg.Dir, pathClaimBuster))
	if err != nil {
		return d, Classification{}, err
	}
	scores := make([]float64, len(held))
	for i := range held {
		sc, err := score(held[i : i+1])
		if err != nil {
			return d, Classification{}, err
		}
		scores[i] = sc[0]
	}
	return d, bestThreshold(scores, held), nil
}

// experiments is the last batch of configurations (README.md, "Speaker
// and turn features; ensembles"); earlier batches were edited out.
func experiments() []experiment {
	tr := spkTurn | spkRole
	all := tr | spkCross
	mix := func(a float64) TrainConfig { return TrainConfig{context: ctxFull, ctxScale: 0.5, ctxMix: a} }
	with := func(c TrainConfig, f func(*TrainConfig)) TrainConfig { f(&c); return c }
	return append([]experiment{
		{name: "default (baseline)", cfg: TrainConfig{}},
		{name: "default, seeds 6-10", cfg: TrainConfig{Seed: 6}},
		{name: "default, L2 3e-3", cfg: TrainConfig{L2: 3e-3}},
		// speaker and turn features
		{name: "speakers turn", cfg: TrainConfig{speakers: spkTurn}},
		{name: "speakers role", cfg: TrainConfig{speakers: spkRole}},
		{name: "speakers turn+role", cfg: TrainConfig{speakers: tr}},
		{name: "speakers turn+role, seeds 6-10", cfg: TrainConfig{speakers: tr, Seed: 6}},
		{name: "speakers turn+role x0.5", cfg: TrainConfig{speakers: tr, spkScale: 0.5}},
		{name: "speakers turn+role x2", cfg: TrainConfig{speakers: tr, spkScale: 2}},
		{name: "speakers all", cfg: TrainConfig{speakers: all}},
		{name: "speakers all x0.5", cfg: TrainConfig{speakers: all, spkScale: 0.5}},
		{name: "speakers all x2", cfg: TrainConfig{speakers: all, spkScale: 2}},
		{name: "speakers turn+role, L2 3e-3", cfg: TrainConfig{speakers: tr, L2: 3e-3}},
		{name: "speakers turn+role, L2 3e-3, seeds 6-10", cfg: TrainConfig{speakers: tr, L2: 3e-3, Seed: 6}},
		{name: "speakers turn+role, L2 1e-2", cfg: TrainConfig{speakers: tr, L2: 1e-2}},
		{name: "speakers role, L2 3e-3", cfg: TrainConfig{speakers: spkRole, L2: 3e-3}},
		{name: "speakers role, L2 3e-3, seeds 6-10", cfg: TrainConfig{speakers: spkRole, L2: 3e-3, Seed: 6}},
		{name: "speakers role, L2 3e-3, CB 1.5", cfg: TrainConfig{speakers: spkRole, L2: 3e-3, CBWeight: 1.5}},
		// a second model, margins averaged (ensemble_test.go)
		{name: "ens default + flag pairs a0.5", second: &secondModel{mode: pairFlags, alpha: 0.5}},
		{name: "ens default + flag pairs a1", second: &secondModel{mode: pairFlags, alpha: 1}},
		{name: "ens default + words+flag pairs a1", second: &secondModel{mode: pairFlags | pairWords, alpha: 1}},
		{name: "ens default + pairs,spk×flags a0.5", second: &secondModel{mode: pairFlags | pairSpk | pairSpkFlags, spk: tr, alpha: 0.5}},
		{name: "ens spk t+r + pairs,spk×flags a0.5", cfg: TrainConfig{speakers: tr}, second: &secondModel{mode: pairFlags | pairSpk | pairSpkFlags, spk: tr, alpha: 0.5}},
		{name: "ens default + no-CB LR a0.5", second: &secondModel{other: &TrainConfig{}, noCB: true, alpha: 0.5}},
		{name: "ens default + no-CB LR a1", second: &secondModel{other: &TrainConfig{}, noCB: true, alpha: 1}},
		{name: "ens default + context full x0.5 a0.5", second: &secondModel{other: &TrainConfig{context: ctxFull, ctxScale: 0.5}, alpha: 0.5}},
		// the same, as one model: weight tables averaged (ctxMix)
		{name: "ctx mix 0.3", cfg: mix(0.3)},
		{name: "ctx mix 0.5 (full x0.5)", cfg: mix(0.5)},
		{name: "ctx mix 0.5, seeds 6-10", cfg: with(mix(0.5), func(c *TrainConfig) { c.Seed = 6 })},
		{name: "ctx mix 0.5, seeds 11-15", cfg: with(mix(0.5), func(c *TrainConfig) { c.Seed = 11 })},
		{name: "ctx mix 0.7", cfg: mix(0.7)},
		{name: "ctx mix 1", cfg: mix(1)},
		{name: "ctx mix 0.5, full x0.3", cfg: with(mix(0.5), func(c *TrainConfig) { c.ctxScale = 0.3 })},
		{name: "ctx mix 0.5, full x1", cfg: with(mix(0.5), func(c *TrainConfig) { c.ctxScale = 1 })},
		{name: "ctx mix 0.5, flags x0.5", cfg: with(mix(0.5), func(c *TrainConfig) { c.context = ctxFlags })},
		{name: "ctx mix 0.5, L2 3e-3", cfg: with(mix(0.5), func(c *TrainConfig) { c.L2 = 3e-3 })},
		{name: "ctx mix 0.5, L2 3e-3, seeds 6-10", cfg: with(mix(0.5), func(c *TrainConfig) { c.L2, c.Seed = 3e-3, 6 })},
		{name: "ctx mix 0.5, L2 3e-3, seeds 11-15", cfg: with(mix(0.5), func(c *TrainConfig) { c.L2, c.Seed = 3e-3, 11 })},
		{name: "ctx mix 0.5 + speakers turn+role", cfg: with(mix(0.5), func(c *TrainConfig) { c.speakers = tr })},
		{name: "ctx mix 0.5 + speakers role, L2 3e-3", cfg: with(mix(0.5), func(c *TrainConfig) { c.speakers, c.L2 = spkRole, 3e-3 })},
	}, mlpExperiments()...)
}

// mlpExperiments is the non-linear batch (README.md, "A non-linear
// scorer"); it is part of experiments() under names starting "mlp".
func mlpExperiments() []experiment {
	return []experiment{
		{name: "mlp relu h32 ep8", mlp: &mlpExp{}},
		{name: "mlp relu h32 ep4 rate 0.02", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.02}}},
		{name: "mlp relu h32 sgd 0.1 ep16", mlp: &mlpExp{cfg: mlpConfig{sgd: true, rate: 0.1, epochs: 16}}},
		{name: "mlp tanh h32 sgd 0.1 ep16", mlp: &mlpExp{cfg: mlpConfig{sgd: true, rate: 0.1, epochs: 16, tanh: true}}},
		{name: "mlp wide relu h32 sgd 0.1 ep16", mlp: &mlpExp{cfg: mlpConfig{sgd: true, rate: 0.1, epochs: 16, wide: true}}},
		{name: "mlp blend a0.5 relu h32 ep8", mlp: &mlpExp{alpha: 0.5}},
		{name: "mlp2 relu h32 ep4 rate 0.01", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.01}}},
		{name: "mlp2 relu h32 ep4 rate 0.02 L2 1e-3", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.02, l2: 1e-3}}},
		{name: "mlp2 relu h32 ep4 rate 0.02 avg", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.02, avg: true}}},
		{name: "mlp2 relu h32 ep8 avg", mlp: &mlpExp{cfg: mlpConfig{avg: true}}},
		{name: "mlp2 wide relu h32 ep4 rate 0.02", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.02, wide: true}}},
		{name: "mlp2 wide relu sgd 0.1 ep32 avg", mlp: &mlpExp{cfg: mlpConfig{sgd: true, rate: 0.1, epochs: 32, wide: true, avg: true}}},
		{name: "mlp2 blend a0.5 relu h32 ep4 rate 0.02", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.02}, alpha: 0.5}},
		{name: "mlp2 blend a0.3 relu h32 ep4 rate 0.02", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.02}, alpha: 0.3}},
		{name: "mlp3 residual relu h32 ep2 rate 0.01", mlp: &mlpExp{cfg: mlpConfig{epochs: 2, rate: 0.01}, residual: true}},
		{name: "mlp3 residual relu h32 ep4 rate 0.003", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.003}, residual: true}},
		{name: "mlp4 residual relu h32 ep4 rate 0.03", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.03}, residual: true}},
		{name: "mlp4 residual relu h32 ep8 rate 0.05", mlp: &mlpExp{cfg: mlpConfig{epochs: 8, rate: 0.05}, residual: true}},
		{name: "mlp4 residual relu h32 ep2 rate 0.01, seeds 4-6", mlp: &mlpExp{cfg: mlpConfig{epochs: 2, rate: 0.01, seed: 4}, residual: true}},
		{name: "mlp3 relu h64 ep4 rate 0.01", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.01, hidden: 64}}},
		{name: "mlp3 relu h16 ep4 rate 0.01", mlp: &mlpExp{cfg: mlpConfig{epochs: 4, rate: 0.01, hidden: 16}}},
		{name: "mlp3 wide relu h16 sgd 0.1 ep32 avg L2 1e-3", mlp: &mlpExp{cfg: mlpConfig{sgd: true, rate: 0.1, epochs: 32, wide: true, avg: true, l2: 1e-3, hidden: 16}}},
	}
}
