package claim

import (
	"encoding/json"
	"fmt"
	"os"
)

// ClaimBuster's two-class pools carry no fold ids, so the held-out split is
// ours: a sentence is held out when its sentence_id is divisible by
// claimBusterFolds (every fifth id, about 20%), whatever the file order.
const claimBusterFolds = 5

// cbHeldOut reports whether a ClaimBuster sentence id is in the held-out split.
func cbHeldOut(id int) bool { return id%claimBusterFolds == 0 }

// readClaimBuster reads a ClaimBuster two-class JSON file (an array of
// {sentence_id, label, text}) and splits it into training and held-out
// examples.
func readClaimBuster(path string) (train, heldOut []example, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var rows []struct {
		ID    int    `json:"sentence_id"`
		Label int    `json:"label"`
		Text  string `json:"text"`
	}
	if err := json.Unmarshal(data, &rows); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, r := range rows {
		ex := example{text: r.Text, label: r.Label == 1, doc: "claimbuster"}
		if cbHeldOut(r.ID) {
			heldOut = append(heldOut, ex)
		} else {
			train = append(train, ex)
		}
	}
	return train, heldOut, nil
}

// Classification is precision, recall and F1 of the positive class at a
// score threshold.
type Classification struct {
	Threshold         float64
	TP, FP, FN, TN    int
	Precision, Recall float64
	F1                float64
}

// classify scores examples and counts outcomes at threshold.
func classify(scores []float64, ex []example, threshold float64) Classification {
	c := Classification{Threshold: threshold}
	for i, e := range ex {
		pred := scores[i] >= threshold
		switch {
		case pred && e.label:
			c.TP++
		case pred:
			c.FP++
		case e.label:
			c.FN++
		default:
			c.TN++
		}
	}
	c.Precision, c.Recall, c.F1 = prf(c.TP, c.FP, c.FN)
	return c
}

// prf returns precision, recall and F1 from counts, 0 when undefined.
func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// bestThreshold returns the classification with the highest F1 over
// thresholds 0.05, 0.10, ... 0.95.
func bestThreshold(scores []float64, ex []example) Classification {
	var best Classification
	for t := 5; t < 100; t += 5 {
		c := classify(scores, ex, float64(t)/100)
		if c.F1 > best.F1 {
			best = c
		}
	}
	return best
}
