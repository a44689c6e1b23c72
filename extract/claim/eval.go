package claim

import (
	"fmt"
	"path/filepath"
)

// RankingAt measures s on the CLEF check-worthiness debates under
// dir/sub (such as "clef2019-task1/test_annotated"): MAP, R-precision and
// P@k per debate, averaged over debates.
func RankingAt(s *Scorer, dir, sub string, ks ...int) (Ranking, error) {
	docs, err := readCLEFDir(filepath.Join(dir, sub), nil)
	if err != nil {
		return Ranking{}, fmt.Errorf("rank %s: %w", sub, err)
	}
	r, err := rankDocs(s, docs, ks...)
	if err != nil {
		return Ranking{}, fmt.Errorf("rank %s: %w", sub, err)
	}
	return r, nil
}

// CLEF2019Test measures s on the CLEF-2019 task 1 annotated test set.
func CLEF2019Test(s *Scorer, dir string) (Ranking, error) {
	return RankingAt(s, dir, pathCLEF2019Test, 1, 5, 10, 20, 50)
}

// CLEF2020Test measures s on the CLEF-2020 task 5 gold test set. Models
// trained on CLEF-2020 v2.0 training are fair here; the 2019 sets share no
// debate with it.
func CLEF2020Test(s *Scorer, dir string) (Ranking, error) {
	return RankingAt(s, dir, pathCLEF2020Test, 1, 5, 10, 20, 50)
}

// ClaimBusterHeldOut measures s on the held-out fifth of ClaimBuster's
// kfold_25ncs.json (sentence_id divisible by 5): precision, recall and F1
// at threshold, and at the threshold that maximises F1 there.
func ClaimBusterHeldOut(s *Scorer, dir string, threshold float64) (at, best Classification, err error) {
	_, held, err := readClaimBuster(filepath.Join(dir, pathClaimBuster))
	if err != nil {
		return at, best, fmt.Errorf("claimbuster: %w", err)
	}
	scores := make([]float64, len(held))
	for i, e := range held {
		if s.ents != 0 {
			ents, err := docEntities(held[i : i+1])
			if err != nil {
				return at, best, fmt.Errorf("claimbuster: %w", err)
			}
			scores[i] = s.ScoreOne(e.text, ents[0])
		} else {
			scores[i] = s.Score(e.text)
		}
	}
	return classify(scores, held, threshold), bestThreshold(scores, held), nil
}
