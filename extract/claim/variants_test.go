package claim

import (
	"fmt"
	"os"
	"testing"
)

// TestTrainVariants retrains the scorer variants recorded in README.md and
// logs their measurements. It is slow-ish (seconds) and needs the shared
// data, so it runs only when CLAIMS_DATA names the claims data folder:
//
//	CLAIMS_DATA=../shared/data/claims go test ./extract/claim -run TestTrainVariants -v
func TestTrainVariants(t *testing.T) {
	dir := os.Getenv("CLAIMS_DATA")
	if dir == "" {
		t.Skip("set CLAIMS_DATA to the claims data folder to run the training variants")
	}
	type variant struct {
		name string
		cfg  TrainConfig
	}
	variants := []variant{
		{"default (CLEF19+CLEF20+CB)", TrainConfig{}},
		{"CLEF19 only", TrainConfig{NoCLEF2020: true, NoClaimBuster: true}},
		{"CLEF19+CLEF20", TrainConfig{NoClaimBuster: true}},
		{"CLEF19+CB", TrainConfig{NoCLEF2020: true}},
		{"default+ClaimRank", TrainConfig{WithClaimRank: true}},
	}
	for _, seed := range []uint64{2, 3} {
		variants = append(variants, variant{fmt.Sprintf("default seed %d", seed), TrainConfig{Seed: seed}})
	}
	for _, v := range variants {
		v.cfg.Dir = dir
		s, err := TrainScorer(v.cfg)
		if err != nil {
			t.Fatal(err)
		}
		r, err := CLEF2019Test(s, dir)
		if err != nil {
			t.Fatal(err)
		}
		d, err := CLEF2020Test(s, dir)
		if err != nil {
			t.Fatal(err)
		}
		at, best, err := ClaimBusterHeldOut(s, dir, 0.5)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("| %-28s | %.4f | %.3f | %.3f | %.4f | %.3f | %.3f (at %.2f) |", v.name, r.MAP, r.P[10], r.RPrec, d.MAP, at.F1, best.F1, best.Threshold)
	}
}
