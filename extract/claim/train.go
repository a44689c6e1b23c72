package claim

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strings"

	"github.com/mentions/mentions/extract/ner"
)

// TrainConfig says what TrainScorer learns from and how. Zero fields take
// the defaults documented on each; the defaults are the configuration of the
// embedded model.
type TrainConfig struct {
	// Dir is the claims data folder (shared/data/claims) holding
	// clef2019-task1, clef2020-task5 and claimbuster.
	Dir string
	// NoCLEF2020 leaves out CLEF-2020 task 5 v2.0 training. When it is
	// used, the two debates that duplicate CLEF-2019 test files
	// (20181015_60_min, 20160311_GOP_miami) are always left out.
	NoCLEF2020 bool
	// NoClaimBuster leaves out the training split of ClaimBuster's
	// kfold_25ncs.json (its held-out split is never trained on).
	NoClaimBuster bool
	// WithClaimRank adds CW-USPD-2016 (ClaimRank), a sentence being
	// positive when any of nine fact-checkers checked it. Measured: lower
	// cross-validation MAP, binary or weighted by votes, so off by
	// default.
	WithClaimRank bool
	// WithCLEF2019Test adds the CLEF-2019 test debates to training. Leave
	// it off for any model reported on that test set.
	WithCLEF2019Test bool
	// Bits is log2 of the feature table size; default 20.
	Bits uint8
	// Epochs of SGD; default 32.
	Epochs int
	// Rate is the SGD learning rate; default 0.1.
	Rate float64
	// L2 is the L2 penalty per update on active weights; default 1e-3.
	L2 float64
	// PositiveWeight multiplies the loss of check-worthy examples;
	// default 10.
	PositiveWeight float64
	// CBWeight multiplies the loss of ClaimBuster examples; default 2.
	CBWeight float64
	// Seed fixes the shuffling; default 1.
	Seed uint64
	// Seeds is how many models, trained with seeds Seed, Seed+1, ...,
	// are averaged into one; default 5.
	Seeds int
	// NoSimilarity leaves out the memories of checked claims: the model
	// then scores by its features alone, as every model did before format
	// v6. By default the training positives of 8 words or more are
	// remembered (CLEF and ClaimBuster apart, hashed terms only) and a
	// sentence's margin gains 6 × its top similarity to the CLEF memory
	// plus 0.5 × its top similarity to the ClaimBuster memory (README.md,
	// "Similarity to checked claims": variant A, chosen on validation).
	NoSimilarity bool
	// NoCLEF2020TestMemory leaves the CLEF-2020 task 5 test-gold debates
	// out of the memories. By default their positives are remembered
	// (and their sentences count in the idf), though the linear model is
	// never trained on them: chosen on validation ("More data" in
	// README.md). A model so trained is no longer measured fairly on
	// that set; Scorer.RemembersCLEF2020Test says so.
	NoCLEF2020TestMemory bool

	// context is which features a sentence takes from its neighbours;
	// default ctxNone.
	context ctxMode
	// ctxScale multiplies the value of the neighbours' features; default 1.
	ctxScale float64
	// ctxMix, when positive (and context is set), trains each seed twice,
	// without and with context, and averages the two weight tables,
	// giving the context model weight ctxMix: w = (w0 + ctxMix*wc) /
	// (1+ctxMix). The result is one context model, scored as any other.
	ctxMix float64
	// entities is which entity features the model reads; default none.
	entities entMode
	// clusters is which word-cluster features the model reads; default
	// none.
	clusters clusMode
	// crGraded weighs each ClaimRank positive by its number of
	// fact-checkers' votes (1 to 9), under WithClaimRank.
	crGraded bool
	// crWeight multiplies the loss of ClaimRank examples; default 1.
	crWeight float64
	// withCLEF2020Test adds the CLEF-2020 task 5 test-gold debates to
	// training (an experiment: "More data" in README.md). They share no
	// debate with any other CLEF file; cross-validation trains on them in
	// every fold and never holds them out.
	withCLEF2020Test bool
	// speakers is which speaker and turn features the model reads;
	// default none.
	speakers spkMode
	// spkScale multiplies the value of the speaker features; default 1.
	spkScale float64
}

func (c *TrainConfig) defaults() {
	if c.Bits == 0 {
		c.Bits = 20
	}
	if c.Epochs == 0 {
		c.Epochs = 32
	}
	if c.Rate == 0 {
		c.Rate = 0.1
	}
	if c.L2 == 0 {
		c.L2 = 1e-3
	}
	if c.PositiveWeight == 0 {
		c.PositiveWeight = 10
	}
	if c.CBWeight == 0 {
		c.CBWeight = 2
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.Seeds == 0 {
		c.Seeds = 5
	}
	if c.ctxScale == 0 {
		c.ctxScale = 1
	}
	if c.crWeight == 0 {
		c.crWeight = 1
	}
	if c.spkScale == 0 {
		c.spkScale = 1
	}
}

// clef2020Overlap names the CLEF-2020 training debates that are CLEF-2019
// test debates (the second under another name).
var clef2020Overlap = map[string]bool{"20181015_60_min": true, "20160311_GOP_miami": true}

// Data paths under TrainConfig.Dir.
const (
	pathCLEF2019Train = "clef2019-task1/training"
	pathCLEF2019Test  = "clef2019-task1/test_annotated"
	pathCLEF2020Train = "clef2020-task5/v2.0/training"
	pathCLEF2020Test  = "clef2020-task5/test-gold"
	pathClaimRank     = "claimrank-cw-uspd-2016"
	pathClaimBuster   = "claimbuster/two_class/kfold_25ncs.json"
)

// weighted is a training example with its loss weight. Its features come
// in blocks (the sentence, its previous and next neighbours, its position,
// its speaker and turn),
// each feature valued 1/sqrt(length of its block); end[b] is where block b
// ends in feats.
type weighted struct {
	feats  []uint64
	end    [nBlocks]int32
	label  bool
	weight float64
}

const nBlocks = 5

// Blocks whose values carry their own scale.
const (
	blockPrev    = 1
	blockNext    = 2
	blockSpeaker = 4
)

// docExamples appends to set the examples of one document (a debate, or a
// single ClaimBuster sentence), each with its context under mode. Positives
// weigh w*pos (times their votes when graded), negatives w.
func docExamples(set []weighted, doc []example, mode ctxMode, em entMode, wc wordClusters, sm spkMode, w, pos float64, graded bool) []weighted {
	var spk [][]uint64
	if sm != 0 {
		texts := make([]string, len(doc))
		speakers := make([]string, len(doc))
		for i, e := range doc {
			texts[i], speakers[i] = e.text, e.speaker
		}
		spk = speakerFeatures(texts, speakers, sm)
	}
	own := make([][]uint64, len(doc))
	flags := make([]int, len(doc))
	var toks []token
	for i, e := range doc {
		toks = tokenize(e.text, toks[:0])
		own[i], flags[i] = featurizeFlags(e.text, toks, e.ents, em, wc, nil)
	}
	for i, e := range doc {
		ex := weighted{label: e.label, weight: w}
		if e.label {
			ex.weight *= pos
			if graded && e.votes > 1 {
				ex.weight *= float64(e.votes)
			}
		}
		f := append([]uint64(nil), own[i]...)
		ex.end[0] = int32(len(f))
		if mode != ctxNone {
			if i > 0 {
				for _, h := range mode.context(own[i-1], flags[i-1]) {
					f = append(f, mix(nsPrevMix, h))
				}
			}
			ex.end[1] = int32(len(f))
			if i+1 < len(doc) {
				for _, h := range mode.context(own[i+1], flags[i+1]) {
					f = append(f, mix(nsNextMix, h))
				}
			}
			ex.end[2] = int32(len(f))
			f = append(f, posFeature(i, len(doc)))
		} else {
			ex.end[1], ex.end[2] = ex.end[0], ex.end[0]
		}
		ex.end[3] = int32(len(f))
		if spk != nil {
			f = append(f, spk[i]...)
		}
		ex.end[4] = int32(len(f))
		ex.feats = f
		set = append(set, ex)
	}
	return set
}

// trainingDocs loads the documents cfg asks for, each with its loss weight.
// A ClaimBuster sentence is a document of its own: it comes without context.
func trainingDocs(cfg TrainConfig) (docs [][]example, weights []float64, err error) {
	dirs := []struct {
		path string
		skip map[string]bool
		use  bool
	}{
		{pathCLEF2019Train, nil, true},
		{pathCLEF2020Train, clef2020Overlap, !cfg.NoCLEF2020},
		{pathCLEF2019Test, nil, cfg.WithCLEF2019Test},
		{pathCLEF2020Test, nil, cfg.withCLEF2020Test},
	}
	for _, d := range dirs {
		if !d.use {
			continue
		}
		dd, err := readCLEFDir(filepath.Join(cfg.Dir, d.path), d.skip)
		if err != nil {
			return nil, nil, err
		}
		for _, doc := range dd {
			docs, weights = append(docs, doc), append(weights, 1)
		}
	}
	if cfg.WithClaimRank {
		dd, err := readClaimRankDir(filepath.Join(cfg.Dir, pathClaimRank))
		if err != nil {
			return nil, nil, err
		}
		for _, doc := range dd {
			docs, weights = append(docs, doc), append(weights, cfg.crWeight)
		}
	}
	if !cfg.NoClaimBuster {
		train, _, err := readClaimBuster(filepath.Join(cfg.Dir, pathClaimBuster))
		if err != nil {
			return nil, nil, err
		}
		for i := range train {
			docs, weights = append(docs, train[i:i+1]), append(weights, cfg.CBWeight)
		}
	}
	if cfg.entities != 0 {
		if err := tagDocs(docs); err != nil {
			return nil, nil, err
		}
	}
	return docs, weights, nil
}

// tagDocs tags the named entities of every sentence of docs, each document
// as one (so earlier sentences inform later ones, as in the pipeline).
func tagDocs(docs [][]example) error {
	for _, doc := range docs {
		texts := make([]string, len(doc))
		for i, e := range doc {
			texts[i] = e.text
		}
		ents, err := Tag(texts)
		if err != nil {
			return fmt.Errorf("tag entities: %w", err)
		}
		for i := range doc {
			doc[i].ents, doc[i].tagged = ents[i], true
		}
	}
	return nil
}

// docEntities returns the named entities of each sentence of doc, tagging
// it unless it was tagged already.
func docEntities(doc []example) ([][]Span, error) {
	if len(doc) > 0 && !doc[0].tagged {
		d := append([]example(nil), doc...)
		if err := tagDocs([][]example{d}); err != nil {
			return nil, err
		}
		doc = d
	}
	ents := make([][]Span, len(doc))
	for i, e := range doc {
		ents[i] = e.ents
	}
	return ents, nil
}

// clustersOf returns the word clusters a model under cfg reads.
func clustersOf(mode clusMode) (wordClusters, error) {
	if mode == 0 {
		return wordClusters{}, nil
	}
	m, err := ner.Default()
	if err != nil {
		return wordClusters{}, fmt.Errorf("word clusters: %w", err)
	}
	return wordClusters{mode: mode, m: m}, nil
}

// examplesOf featurises docs for training under cfg.
func examplesOf(docs [][]example, weights []float64, cfg TrainConfig) ([]weighted, error) {
	wc, err := clustersOf(cfg.clusters)
	if err != nil {
		return nil, err
	}
	var set []weighted
	for i, doc := range docs {
		set = docExamples(set, doc, cfg.context, cfg.entities, wc, cfg.speakers, weights[i], cfg.PositiveWeight, cfg.crGraded)
	}
	if len(set) == 0 {
		return nil, errors.New("no training examples")
	}
	return set, nil
}

// TrainScorer trains a check-worthiness scorer on the corpora cfg names. It
// is deterministic: the same data and config give the same model.
func TrainScorer(cfg TrainConfig) (*Scorer, error) {
	cfg.defaults()
	memTest := !cfg.NoSimilarity && !cfg.NoCLEF2020TestMemory
	mc := cfg
	mc.withCLEF2020Test = cfg.withCLEF2020Test || memTest
	memDocs, weights, err := trainingDocs(mc)
	if err != nil {
		return nil, fmt.Errorf("train scorer: %w", err)
	}
	docs := memDocs
	if !cfg.withCLEF2020Test && memTest {
		// the linear model without them, in the order the experiment's
		// collectKNN trained on
		names, err := clef2020TestNames(cfg.Dir)
		if err != nil {
			return nil, fmt.Errorf("train scorer: %w", err)
		}
		docs, weights = withoutDocs(memDocs, weights, names)
	}
	set, err := examplesOf(docs, weights, cfg)
	if err != nil {
		return nil, fmt.Errorf("train scorer: %w", err)
	}
	s, err := fitSeeds(set, cfg)
	if err != nil {
		return nil, fmt.Errorf("train scorer: %w", err)
	}
	if !cfg.NoSimilarity {
		if s.sim, err = trainMemory(memDocs); err != nil {
			return nil, fmt.Errorf("train scorer: %w", err)
		}
		s.sim.clef2020Test = mc.withCLEF2020Test
	}
	return s, nil
}

// clef2020TestNames names the CLEF-2020 test-gold debates under dir.
func clef2020TestNames(dir string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, pathCLEF2020Test, "*.tsv"))
	if err != nil {
		return nil, err
	}
	names := make(map[string]bool, len(files))
	for _, f := range files {
		names[strings.TrimSuffix(filepath.Base(f), ".tsv")] = true
	}
	return names, nil
}

// withoutDocs returns docs and their weights but the documents names holds.
func withoutDocs(docs [][]example, weights []float64, names map[string]bool) ([][]example, []float64) {
	var od [][]example
	var ow []float64
	for i, d := range docs {
		if len(d) == 0 || !names[d[0].doc] {
			od, ow = append(od, d), append(ow, weights[i])
		}
	}
	return od, ow
}

// trainMemory builds the shipped memories from the training documents
// exactly as the experiments built variant A (TestKNNVariants): every
// positive of 8 words or more, the CLEF documents' in one memory and
// ClaimBuster's in the other, unigrams with stop words kept, idf over
// every training sentence, a sentence repeated within its group
// (simGroups: both label editions of a debate share one) kept once. The
// rescoring is not trained: its weights were chosen out of fold, which is
// what makes it work (a trained dense version lowered CV MAP).
func trainMemory(docs [][]example) (*simMemory, error) {
	groups := simGroups(docs)
	var srcs []*simSource
	var betas []float32
	for _, m := range []struct {
		mem  int
		beta float32
	}{{memCLEF, simBetaCLEF}, {memCB, simBetaCB}} {
		// a memory without entries (NoClaimBuster) is left out
		for _, src := range buildSimSources(docs, groups, knnConfig{opts: simOpts{minWords: simMinWords}, mems: m.mem}) {
			srcs, betas = append(srcs, src), append(betas, m.beta)
		}
	}
	if len(srcs) == 0 {
		return nil, errors.New("similarity memory: no positive of 8 words or more to remember")
	}
	return newSimMemory(srcs, betas), nil
}

// fitSeeds fits one model per seed Seed, Seed+1, ... Seed+Seeds-1 and
// averages their weights: the shuffling order alone moves MAP by ±0.006,
// and the average of a linear model's runs is a steadier linear model.
func fitSeeds(set []weighted, cfg TrainConfig) (*Scorer, error) {
	s := newScorer(cfg.Bits)
	s.ctx = cfg.context
	s.ctxScale = float32(cfg.ctxScale)
	s.ents = cfg.entities
	s.spk = cfg.speakers
	s.spkScale = float32(cfg.spkScale)
	wc, err := clustersOf(cfg.clusters)
	if err != nil {
		return nil, err
	}
	s.wc = wc
	sum := make([]float64, len(s.w))
	var bias float64
	mixed := cfg.ctxMix > 0 && cfg.context != ctxNone
	var plain []weighted
	if mixed {
		plain = withoutContext(set)
	}
	for k := range cfg.Seeds {
		c := cfg
		c.Seed = cfg.Seed + uint64(k)
		w, b := fit(set, c)
		if mixed {
			w0, b0 := fit(plain, c)
			a := cfg.ctxMix
			for i := range w {
				w[i] = (w0[i] + a*w[i]) / (1 + a)
			}
			b = (b0 + a*b) / (1 + a)
		}
		for i, v := range w {
			sum[i] += v
		}
		bias += b
	}
	n := float64(cfg.Seeds)
	for i, v := range sum {
		v /= n
		if math.Abs(v) < 2e-3 {
			v = 0 // prune: keeps the model file small
		}
		s.w[i] = float32(v)
	}
	s.bias = float32(bias / n)
	return s, nil
}

// withoutContext returns the examples of set with their neighbour and
// position blocks left out.
func withoutContext(set []weighted) []weighted {
	out := make([]weighted, len(set))
	for i, ex := range set {
		f := append(ex.feats[:ex.end[0]:ex.end[0]], ex.feats[ex.end[3]:ex.end[4]]...)
		out[i] = ex
		out[i].feats = f
		for b := 1; b < 4; b++ {
			out[i].end[b] = ex.end[0]
		}
		out[i].end[4] = int32(len(f))
	}
	return out
}

// fit runs averaged SGD on the logistic loss and returns the averaged
// weights and bias. Averaging uses the usual trick: u accumulates
// step-weighted updates and the average is w - u/t.
func fit(set []weighted, cfg TrainConfig) ([]float64, float64) {
	mask := uint64(1)<<cfg.Bits - 1
	w := make([]float64, mask+1)
	u := make([]float64, mask+1)
	var bias, ubias float64
	order := make([]int, len(set))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6d656e74696f6e73))
	t := 1.0
	var scale [nBlocks]float64
	for range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := set[i]
			z := bias
			start := int32(0)
			for b, end := range ex.end {
				scale[b] = featScale(int(end - start))
				switch b {
				case blockPrev, blockNext:
					scale[b] *= cfg.ctxScale
				case blockSpeaker:
					scale[b] *= cfg.spkScale
				}
				var zb float64
				for _, f := range ex.feats[start:end] {
					zb += w[f&mask]
				}
				z += zb * scale[b]
				start = end
			}
			y := 0.0
			if ex.label {
				y = 1
			}
			g := (sigmoid(z) - y) * ex.weight
			start = 0
			for b, end := range ex.end {
				gx := g * scale[b]
				for _, f := range ex.feats[start:end] {
					k := f & mask
					d := cfg.Rate * (gx + cfg.L2*w[k])
					w[k] -= d
					u[k] -= t * d
				}
				start = end
			}
			d := cfg.Rate * g
			bias -= d
			ubias -= t * d
			t++
		}
	}
	for i := range w {
		w[i] -= u[i] / t
	}
	return w, bias - ubias/t
}
