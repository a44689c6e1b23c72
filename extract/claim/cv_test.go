package claim

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// cvRanking is leave-debates-out cross-validation on the training debates
// of cfg: debates are grouped by date (the CLEF-2019 and CLEF-2020 files of
// one debate share it), the dates dealt round-robin into folds; each fold is
// ranked by a model trained on the other folds plus all non-CLEF data.
func cvRanking(tb testing.TB, cfg TrainConfig, folds int) (mapv, p10, map19, map20 float64) {
	tb.Helper()
	cfg.defaults()
	docs, weights, err := trainingDocs(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	key := func(d []example) string {
		if len(d) == 0 || d[0].doc == "claimbuster" || !strings.HasPrefix(d[0].doc, "20") {
			return ""
		}
		return d[0].doc[:8]
	}
	// ClaimRank transcripts are CLEF training debates too: they go with
	// their debate's fold and are only trained on.
	crKey := func(d []example) string {
		if len(d) == 0 {
			return ""
		}
		return claimRankDates[d[0].doc]
	}
	var dates []string
	seen := map[string]bool{}
	for _, d := range docs {
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
	var all Ranking
	n := 0
	var cv19, cv20 float64
	var n19, n20 int
	for f := range folds {
		var trd, ted [][]example
		var trw []float64
		var ted19 []bool
		for i, d := range docs {
			if k := crKey(d); k != "" {
				if fd, ok := fold[k]; !ok || fd != f {
					trd, trw = append(trd, d), append(trw, weights[i])
				}
				continue
			}
			k := key(d)
			if k != "" && fold[k] == f {
				ted = append(ted, d)
				ted19 = append(ted19, i < 19)
				continue
			}
			trd, trw = append(trd, d), append(trw, weights[i])
		}
		set, err := examplesOf(trd, trw, cfg)
		if err != nil {
			tb.Fatal(err)
		}
		s, err := fitSeeds(set, cfg)
		if err != nil {
			tb.Fatal(err)
		}
		r, err := rankDocs(s, ted, 10)
		if err != nil {
			tb.Fatal(err)
		}
		for i, d := range r.PerDoc {
			if ted19[i] {
				cv19 += d.AP
				n19++
			} else {
				cv20 += d.AP
				n20++
			}
		}
		all.MAP += r.MAP * float64(len(ted))
		all.RPrec += r.P[10] * float64(len(ted))
		n += len(ted)
	}
	return all.MAP / float64(n), all.RPrec / float64(n), cv19 / float64(n19), cv20 / float64(n20)
}

// claimRankDates maps ClaimRank transcripts to the dates of the CLEF
// debates they transcribe (clinton_acceptance_speech is in no CLEF set).
var claimRankDates = map[string]string{
	"04_10_2016_ann":                "20161005",
	"09_10_2016_ann":                "20161010",
	"19_10_2016_ann":                "20161019",
	"26_09_2016_ann":                "20160926",
	"9th_democratic_ann":            "20160414",
	"clinton_acceptance_speech_ann": "20160728",
	"trump_acceptance_speech_ann":   "20160722",
	"trump_inauguration_ann":        "20170120",
}

// TestCrossValidation prints, for each configuration of experiments(),
// 4-fold leave-debates-out CV MAP on the training debates (also split by
// CLEF-2019 and CLEF-2020 files), CLEF-2020 test-gold MAP and ClaimBuster
// best F1: the figures variants are chosen on (README.md). It never looks
// at CLEF-2019 test. Slow (about a minute per configuration):
//
//	CLAIMS_DATA=$(realpath ../shared/data/claims) CLAIMS_EXP=1 go test ./extract/claim -run TestCrossValidation -v
func TestCrossValidation(t *testing.T) {
	dir := os.Getenv("CLAIMS_DATA")
	if dir == "" || os.Getenv("CLAIMS_EXP") == "" {
		t.Skip("set CLAIMS_DATA and CLAIMS_EXP")
	}
	exps := experiments()
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
			cvm, cvp, cv19, cv20 := cvRanking(t, v.cfg, 4)
			s, err := TrainScorer(v.cfg)
			if err != nil {
				t.Error(err)
				return
			}
			d, err := CLEF2020Test(s, dir)
			if err != nil {
				t.Error(err)
				return
			}
			_, best, err := ClaimBusterHeldOut(s, dir, 0.5)
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
}

func experiments() []experiment {
	graded := TrainConfig{WithClaimRank: true, crGraded: true}
	half := graded
	half.crWeight = 0.5
	clHalf := half
	clHalf.clusters = clusUni << 2
	return []experiment{
		{"clusters 64 uni+bi", TrainConfig{clusters: clusUni<<1 | clusBi<<1}},
		{"clusters 512 uni+bi", TrainConfig{clusters: clusUni<<2 | clusBi<<2}},
		{"clusters 2048 uni+bi", TrainConfig{clusters: clusUni<<3 | clusBi<<3}},
		{"clusters all levels uni+bi", TrainConfig{clusters: 0xff}},
		{"clusters 512 uni + 16 bi", TrainConfig{clusters: clusUni<<2 | clusBi}},
		{"clusters 64 uni", TrainConfig{clusters: clusUni << 1}},
		{"clusters 512 uni", TrainConfig{clusters: clusUni << 2}},
		{"clusters 2048 uni", TrainConfig{clusters: clusUni << 3}},
		{"clusters 512+2048 uni", TrainConfig{clusters: clusUni<<2 | clusUni<<3}},
		{"clusters 512 uni, L2 3e-3", TrainConfig{clusters: clusUni << 2, L2: 3e-3}},
		{"claimrank binary", TrainConfig{WithClaimRank: true}},
		{"claimrank graded", graded},
		{"claimrank graded, weight 0.5", half},
		{"clusters 512 uni, claimrank graded 0.5", clHalf},
	}
}
