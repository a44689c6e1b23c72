package claim

import (
	"math"
	"math/rand/v2"
)

// A non-linear check-worthiness model (experiments only; the shipped model
// is the linear Scorer). It reads the same hashed sentence features as the
// Scorer without context (block 0 of a weighted example, each feature valued
// 1/sqrt(n)) and puts one hidden layer between them and the margin:
//
//	a = b1 + sum_f x_f E[f]       (an embedding-bag sum: cost per active feature)
//	h = act(a)                    (ReLU or tanh, hidden units)
//	z = c + v·h [+ sum_f x_f w_f] (optionally a linear "wide" part)
//
// It is trained on the weighted logistic loss by Adagrad with a fixed PCG
// seed, so it is deterministic; several seeds' margins are averaged.

// mlpConfig says how the non-linear model is trained. Zero fields take the
// defaults of mlpConfig.defaults.
type mlpConfig struct {
	bits   uint8   // log2 of the embedding table's rows; default 20
	hidden int     // hidden units; default 32
	tanh   bool    // tanh instead of ReLU
	wide   bool    // add a linear part over the same features
	epochs int     // default 8
	rate   float64 // Adagrad rate; default 0.05
	l2     float64 // L2 per update on active parameters; default 1e-4
	init   float64 // embedding initial range ±init; default 0.1
	seed   uint64  // default 1
	seeds  int     // models whose margins are averaged; default 3
	// sgd uses plain SGD at rate instead of Adagrad (Adagrad's first step
	// on a feature is rate whatever the gradient's size, which lets rare
	// features memorise).
	sgd bool
	// avg returns the average of the iterates, as fit does for the
	// linear model.
	avg bool
}

func (c *mlpConfig) defaults() {
	if c.bits == 0 {
		c.bits = 20
	}
	if c.hidden == 0 {
		c.hidden = 32
	}
	if c.epochs == 0 {
		c.epochs = 8
	}
	if c.rate == 0 {
		c.rate = 0.05
	}
	if c.l2 == 0 {
		c.l2 = 1e-4
	}
	if c.init == 0 {
		c.init = 0.1
	}
	if c.seed == 0 {
		c.seed = 1
	}
	if c.seeds == 0 {
		c.seeds = 3
	}
}

// mlp is one trained network.
type mlp struct {
	cfg  mlpConfig
	mask uint64
	emb  []float32 // row f at emb[f*hidden:]
	b1   []float64
	v    []float64
	c    float64
	w    []float32 // wide weights (nil unless cfg.wide)
}

// mlpEnsemble is several networks whose margins are averaged.
type mlpEnsemble []*mlp

// margin is the ensemble's mean margin for the features of one sentence.
func (e mlpEnsemble) margin(feats []uint64) float64 {
	var z float64
	for _, m := range e {
		z += m.margin(feats, nil)
	}
	return z / float64(len(e))
}

// margin is the network's margin for feats; when a is not nil it receives
// the hidden pre-activations.
func (m *mlp) margin(feats []uint64, a []float64) float64 {
	hd := m.cfg.hidden
	if a == nil {
		a = make([]float64, hd)
	}
	copy(a, m.b1)
	x := featScale(len(feats))
	var wide float64
	for _, f := range feats {
		k := f & m.mask
		row := m.emb[int(k)*hd : int(k)*hd+hd]
		for j, e := range row {
			a[j] += float64(e) * x
		}
		if m.w != nil {
			wide += float64(m.w[k])
		}
	}
	z := m.c + wide*x
	for j, aj := range a {
		z += m.v[j] * m.act(aj)
	}
	return z
}

func (m *mlp) act(a float64) float64 {
	if m.cfg.tanh {
		return math.Tanh(a)
	}
	return max(a, 0)
}

// dact is the derivative of act at a.
func (m *mlp) dact(a float64) float64 {
	if m.cfg.tanh {
		t := math.Tanh(a)
		return 1 - t*t
	}
	if a > 0 {
		return 1
	}
	return 0
}

// fitMLP trains cfg.seeds networks on the sentence features (block 0) of
// set, seeds cfg.seed, cfg.seed+1, ...
func fitMLP(set []weighted, cfg mlpConfig) mlpEnsemble {
	return fitMLPOffset(set, cfg, nil)
}

// fitMLPOffset is fitMLP where example i's margin also has off[i] added
// (off may be nil): the network learns a correction to a fixed model.
func fitMLPOffset(set []weighted, cfg mlpConfig, off []float64) mlpEnsemble {
	cfg.defaults()
	var out mlpEnsemble
	for k := range cfg.seeds {
		c := cfg
		c.seed = cfg.seed + uint64(k)
		out = append(out, fitOneMLP(set, c, off))
	}
	return out
}

const adagradEps = 1e-8

func fitOneMLP(set []weighted, cfg mlpConfig, off []float64) *mlp {
	hd := cfg.hidden
	rows := 1 << cfg.bits
	rng := rand.New(rand.NewPCG(cfg.seed, 0x6d6c702d6e6574))
	m := &mlp{cfg: cfg, mask: uint64(rows - 1), emb: make([]float32, rows*hd), b1: make([]float64, hd), v: make([]float64, hd)}
	for i := range m.emb {
		m.emb[i] = float32((2*rng.Float64() - 1) * cfg.init)
	}
	for j := range m.v {
		m.v[j] = (2*rng.Float64() - 1) / math.Sqrt(float64(hd))
	}
	if !cfg.tanh {
		for j := range m.b1 {
			m.b1[j] = 0.01
		}
	}
	var gEmb []float32
	if !cfg.sgd {
		gEmb = make([]float32, rows*hd)
	}
	gB1 := make([]float64, hd)
	gV := make([]float64, hd)
	var gC float64
	var gW []float32
	if cfg.wide {
		m.w = make([]float32, rows)
		if !cfg.sgd {
			gW = make([]float32, rows)
		}
	}
	order := make([]int, len(set))
	for i := range order {
		order[i] = i
	}
	a := make([]float64, hd)
	da := make([]float64, hd)
	// delta is the update for gradient d with Adagrad accumulator acc
	// (unused under sgd).
	delta := func(d float64, acc *float64) float64 {
		if cfg.sgd {
			return cfg.rate * d
		}
		*acc += d * d
		return cfg.rate * d / math.Sqrt(*acc+adagradEps)
	}
	// Under avg, the parameters returned are the average of every step's
	// iterate, by the trick of fit: u accumulates t*delta and the average
	// is p - u/t.
	var uEmb, uW []float64
	var uB1, uV []float64
	var uC float64
	if cfg.avg {
		uEmb = make([]float64, rows*hd)
		uB1, uV = make([]float64, hd), make([]float64, hd)
		if cfg.wide {
			uW = make([]float64, rows)
		}
	}
	t := 1.0
	for range cfg.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := set[i]
			feats := ex.feats[:ex.end[0]]
			if len(feats) == 0 {
				continue
			}
			z := m.margin(feats, a)
			if off != nil {
				z += off[i]
			}
			y := 0.0
			if ex.label {
				y = 1
			}
			g := (sigmoid(z) - y) * ex.weight
			x := featScale(len(feats))
			for j, aj := range a {
				da[j] = g * m.v[j] * m.dact(aj)
				dv := delta(g*m.act(aj)+cfg.l2*m.v[j], &gV[j])
				db := delta(da[j], &gB1[j])
				m.v[j] -= dv
				m.b1[j] -= db
				if cfg.avg {
					uV[j] -= t * dv
					uB1[j] -= t * db
				}
			}
			dc := delta(g, &gC)
			m.c -= dc
			if cfg.avg {
				uC -= t * dc
			}
			for _, f := range feats {
				k := int(f & m.mask)
				row := m.emb[k*hd : k*hd+hd]
				for j := range row {
					d := da[j]*x + cfg.l2*float64(row[j])
					var acc float64
					if !cfg.sgd {
						acc = float64(gEmb[k*hd+j])
					}
					dd := delta(d, &acc)
					if !cfg.sgd {
						gEmb[k*hd+j] = float32(acc)
					}
					row[j] -= float32(dd)
					if cfg.avg {
						uEmb[k*hd+j] -= t * dd
					}
				}
				if m.w != nil {
					d := g*x + cfg.l2*float64(m.w[k])
					var acc float64
					if !cfg.sgd {
						acc = float64(gW[k])
					}
					dd := delta(d, &acc)
					if !cfg.sgd {
						gW[k] = float32(acc)
					}
					m.w[k] -= float32(dd)
					if cfg.avg {
						uW[k] -= t * dd
					}
				}
			}
			t++
		}
	}
	if cfg.avg {
		for i, u := range uEmb {
			m.emb[i] -= float32(u / t)
		}
		for j := range hd {
			m.v[j] -= uV[j] / t
			m.b1[j] -= uB1[j] / t
		}
		m.c -= uC / t
		for k, u := range uW {
			m.w[k] -= float32(u / t)
		}
	}
	return m
}

// score returns the probability of each sentence of doc under the
// ensemble; the network reads no context, so a sentence scores the same
// alone and inside its document.
func (e mlpEnsemble) score(doc []example) []float64 {
	out := e.margins(doc)
	for i, z := range out {
		out[i] = sigmoid(z)
	}
	return out
}

// margins returns the ensemble's margin for each sentence of doc.
func (e mlpEnsemble) margins(doc []example) []float64 {
	exs := docExamples(nil, doc, ctxNone, 0, wordClusters{}, 0, 1, 1, false)
	out := make([]float64, len(exs))
	for i, ex := range exs {
		out[i] = e.margin(ex.feats[:ex.end[0]])
	}
	return out
}
