package claim

import "math"

// A second, differently biased model for ensembles (experiments only): a
// logistic regression over conjunctions of the sentence-level flags (and
// optionally the words, and conjunctions of speaker features with flags),
// trained like the first model; the ensemble's margin is
// (z1 + alpha*z2) / (1 + alpha).

// pairMode says which features the second model reads.
type pairMode uint8

const (
	pairFlags    pairMode = 1 << iota // the flags and their pairwise conjunctions
	pairWords                         // the sentence's own word features (block 0)
	pairSpkFlags                      // each speaker feature × each flag
	pairSpk                           // the speaker features themselves
)

type secondModel struct {
	mode  pairMode
	alpha float64
	// pairScale multiplies the value of the conjunctions; default 1.
	pairScale float64
	// spk is the speaker mode the second model reads (pairSpk,
	// pairSpkFlags).
	spk spkMode
	// l2, when set, replaces the first model's L2.
	l2 float64
	// other, when set, makes the second model an ordinary Scorer trained
	// under this config (mode is then unused); noCB leaves ClaimBuster out
	// of its training.
	other *TrainConfig
	noCB  bool
}

var nsPairMix = hashNS('q')

// features returns each sentence's blocks for the second model: words in
// block 0, flag conjunctions in block 1, speaker × flag in block 2, speaker
// features in block 4.
func (m *secondModel) features(doc []example) []weighted {
	texts := make([]string, len(doc))
	speakers := make([]string, len(doc))
	for i, e := range doc {
		texts[i], speakers[i] = e.text, e.speaker
	}
	var spk [][]uint64
	if m.mode&(pairSpk|pairSpkFlags) != 0 {
		spk = speakerFeatures(texts, speakers, m.spk)
	}
	out := make([]weighted, len(doc))
	var toks []token
	for i, e := range doc {
		toks = tokenize(e.text, toks[:0])
		own, nf := featurizeFlags(e.text, toks, nil, 0, wordClusters{}, nil)
		fl := own[len(own)-nf:]
		var f []uint64
		if m.mode&pairWords != 0 {
			f = append(f, own...)
		} else {
			f = append(f, fl...)
		}
		out[i].end[0] = int32(len(f))
		if m.mode&pairFlags != 0 {
			for a := range fl {
				for b := a + 1; b < len(fl); b++ {
					f = append(f, mix(mix(nsPairMix, fl[a]), fl[b]))
				}
			}
		}
		out[i].end[1] = int32(len(f))
		if spk != nil && m.mode&pairSpkFlags != 0 {
			for _, h := range spk[i] {
				for _, g := range fl {
					f = append(f, mix(mix(nsPairMix, h), g))
				}
			}
		}
		out[i].end[2] = int32(len(f))
		out[i].end[3] = int32(len(f))
		if spk != nil && m.mode&pairSpk != 0 {
			f = append(f, spk[i]...)
		}
		out[i].end[4] = int32(len(f))
		out[i].feats = f
	}
	return out
}

// margin is the second model's margin for ex.
func (m *secondModel) margin(s *Scorer, ex weighted) float64 {
	z := float64(s.bias)
	start := int32(0)
	for b, end := range ex.end {
		x := featScale(int(end - start))
		if b == blockPrev || b == blockNext {
			x *= m.pairScale
		}
		for _, f := range ex.feats[start:end] {
			z += float64(s.w[f&s.mask]) * x
		}
		start = end
	}
	return z
}

// train fits the second model on docs and returns the ensemble's scoring
// with first, the first model.
func (m *secondModel) train(first *Scorer, docs [][]example, weights []float64, cfg TrainConfig) (func(doc []example) ([]float64, error), error) {
	if m.other != nil {
		return m.trainOther(first, docs, weights)
	}
	if m.pairScale == 0 {
		m.pairScale = 1
	}
	c := cfg
	c.ctxScale, c.spkScale = m.pairScale, 1
	if m.l2 != 0 {
		c.L2 = m.l2
	}
	var set []weighted
	for i, doc := range docs {
		for j, ex := range m.features(doc) {
			ex.label, ex.weight = doc[j].label, weights[i]
			if ex.label {
				ex.weight *= cfg.PositiveWeight
				if cfg.crGraded && doc[j].votes > 1 {
					ex.weight *= float64(doc[j].votes)
				}
			}
			set = append(set, ex)
		}
	}
	second, err := fitSeeds(set, c)
	if err != nil {
		return nil, err
	}
	return func(doc []example) ([]float64, error) {
		exs := m.features(doc)
		return m.blend(first, doc, func(i int) float64 { return m.margin(second, exs[i]) })
	}, nil
}

// blend scores doc with first and averages each sentence's margin with the
// second model's, weighted alpha.
func (m *secondModel) blend(first *Scorer, doc []example, margin func(i int) float64) ([]float64, error) {
	p, err := scoreExamples(first, doc)
	if err != nil {
		return nil, err
	}
	for i := range p {
		p[i] = sigmoid((logit(p[i]) + m.alpha*margin(i)) / (1 + m.alpha))
	}
	return p, nil
}

// logit inverts sigmoid, clamped away from 0 and 1.
func logit(p float64) float64 {
	p = math.Min(math.Max(p, 1e-300), 1-1e-16)
	return math.Log(p / (1 - p))
}

// trainOther fits an ordinary Scorer under m.other on docs (without
// ClaimBuster under noCB) and returns the ensemble's scoring with first.
func (m *secondModel) trainOther(first *Scorer, docs [][]example, weights []float64) (func(doc []example) ([]float64, error), error) {
	c := *m.other
	c.defaults()
	var d2 [][]example
	var w2 []float64
	for i, d := range docs {
		if m.noCB && len(d) > 0 && d[0].doc == "claimbuster" {
			continue
		}
		d2, w2 = append(d2, d), append(w2, weights[i])
	}
	set, err := examplesOf(d2, w2, c)
	if err != nil {
		return nil, err
	}
	second, err := fitSeeds(set, c)
	if err != nil {
		return nil, err
	}
	return func(doc []example) ([]float64, error) {
		q, err := scoreExamples(second, doc)
		if err != nil {
			return nil, err
		}
		return m.blend(first, doc, func(i int) float64 { return logit(q[i]) })
	}, nil
}
