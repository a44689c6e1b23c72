package claim

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// mlpExp is the non-linear model of an experiment: alone (alpha 0), or
// with its margin averaged with the experiment's linear model,
// (z_lin + alpha*z_mlp) / (1 + alpha).
type mlpExp struct {
	cfg   mlpConfig
	alpha float64
	// residual trains the network on top of the fixed linear model's
	// margin; the score is sigmoid(z_lin + z_mlp).
	residual bool
}

// train fits the network (and the linear model under cfg when blended) on
// docs and returns its scoring of a document.
func (m *mlpExp) train(docs [][]example, weights []float64, cfg TrainConfig) (func(doc []example) ([]float64, error), error) {
	plain := cfg
	plain.context, plain.speakers, plain.entities, plain.clusters = ctxNone, 0, 0, 0
	set, err := examplesOf(docs, weights, plain)
	if err != nil {
		return nil, err
	}
	if m.residual {
		lin, err := fitSeeds(set, plain)
		if err != nil {
			return nil, err
		}
		off := make([]float64, len(set))
		for i, ex := range set {
			f := ex.feats[:ex.end[0]]
			off[i] = float64(lin.bias) + lin.sum(f, 0)*featScale(len(f))
		}
		net := fitMLPOffset(set, m.cfg, off)
		return func(doc []example) ([]float64, error) {
			p, err := scoreExamples(lin, doc)
			if err != nil {
				return nil, err
			}
			q := net.margins(doc)
			for i := range p {
				p[i] = sigmoid(logit(p[i]) + q[i])
			}
			return p, nil
		}, nil
	}
	net := fitMLP(set, m.cfg)
	if m.alpha == 0 {
		return func(doc []example) ([]float64, error) { return net.score(doc), nil }, nil
	}
	lin, err := fitSeeds(set, plain)
	if err != nil {
		return nil, err
	}
	return func(doc []example) ([]float64, error) {
		p, err := scoreExamples(lin, doc)
		if err != nil {
			return nil, err
		}
		q := net.score(doc)
		for i := range p {
			p[i] = sigmoid((logit(p[i]) + m.alpha*logit(q[i])) / (1 + m.alpha))
		}
		return p, nil
	}, nil
}

// TestMLPDeterministic checks that the network trains to the same scores
// twice and learns a separable toy problem.
func TestMLPDeterministic(t *testing.T) {
	docs := [][]example{}
	for i := range 40 {
		docs = append(docs, []example{
			{text: "Unemployment fell to 3.5% last year.", label: true, doc: "a"},
			{text: "Thank you very much, good evening.", doc: "a"},
			{text: "We spent $4 billion on roads in 2019.", label: true, doc: "a"},
			{text: "Well, I think so.", doc: "a"},
		}[i%4:i%4+1])
	}
	weights := make([]float64, len(docs))
	for i := range weights {
		weights[i] = 1
	}
	cfg := TrainConfig{}
	cfg.defaults()
	set, err := examplesOf(docs, weights, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, tanh := range []bool{false, true} {
		c := mlpConfig{bits: 12, hidden: 8, epochs: 5, seeds: 2, tanh: tanh, wide: tanh, avg: tanh}
		test := []example{docs[0][0], docs[1][0], docs[2][0], docs[3][0]}
		p := fitMLP(set, c).score(test)
		q := fitMLP(set, c).score(test)
		if !slices.Equal(p, q) {
			t.Fatalf("tanh %v: not deterministic: %v vs %v", tanh, p, q)
		}
		if !(p[0] > p[1] && p[2] > p[3] && p[0] > p[3] && p[2] > p[1]) {
			t.Errorf("tanh %v: toy ranking wrong: %v", tanh, p)
		}
	}
}

// TestMLPVariants runs the non-linear variants chosen on validation once on
// the CLEF-2019 test (README.md, "A non-linear scorer"), with CLEF-2020
// test and ClaimBuster held-out figures:
//
//	CLAIMS_DATA=$(realpath ../shared/data/claims) CLAIMS_VARIANTS='mlp' go test ./extract/claim -run TestMLPVariants -v
func TestMLPVariants(t *testing.T) {
	dir := os.Getenv("CLAIMS_DATA")
	if dir == "" {
		t.Skip("set CLAIMS_DATA to the claims data folder")
	}
	only := strings.Split(os.Getenv("CLAIMS_VARIANTS"), "|")
	for _, v := range mlpFinalVariants() {
		if !slices.ContainsFunc(only, func(o string) bool { return strings.Contains(v.name, o) }) {
			continue
		}
		cfg := v.cfg
		cfg.Dir = dir
		cfg.defaults()
		docs, weights, err := trainingDocs(cfg)
		if err != nil {
			t.Fatal(err)
		}
		score, err := v.mlp.train(docs, weights, cfg)
		if err != nil {
			t.Fatal(err)
		}
		var rs []Ranking
		for _, sub := range []string{pathCLEF2019Test, pathCLEF2020Test} {
			test, err := readCLEFDir(filepath.Join(dir, sub), nil)
			if err != nil {
				t.Fatal(err)
			}
			r, err := rankScored(test, score, 10)
			if err != nil {
				t.Fatal(err)
			}
			rs = append(rs, r)
		}
		_, held, err := readClaimBuster(filepath.Join(dir, pathClaimBuster))
		if err != nil {
			t.Fatal(err)
		}
		scores := make([]float64, len(held))
		for i := range held {
			sc, err := score(held[i : i+1])
			if err != nil {
				t.Fatal(err)
			}
			scores[i] = sc[0]
		}
		at := classify(scores, held, 0.45)
		best := bestThreshold(scores, held)
		t.Logf("| %-34s | %.4f | %.3f | %.3f | %.4f | %.3f | %.3f (at %.2f) |", v.name, rs[0].MAP, rs[0].P[10], rs[0].RPrec, rs[1].MAP, at.F1, best.F1, best.Threshold)
		for _, d := range rs[0].PerDoc {
			t.Logf("    %s AP %.3f", d.Doc, d.AP)
		}
	}
}

// mlpFinalVariants are the non-linear variants run on the CLEF-2019 test.
func mlpFinalVariants() []experiment {
	return []experiment{
		{name: "mlp residual relu h32 ep2 rate 0.01", mlp: &mlpExp{cfg: mlpConfig{epochs: 2, rate: 0.01}, residual: true}},
		{name: "mlp wide relu h16 sgd 0.1 ep32 avg L2 1e-3", mlp: &mlpExp{cfg: mlpConfig{sgd: true, rate: 0.1, epochs: 32, wide: true, avg: true, l2: 1e-3, hidden: 16}}},
	}
}
