package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"time"
)

// TrainConfig says what Train reads and how long it trains.
type TrainConfig struct {
	Train     []string   // CoNLL training files (IOB1 or IOB2 in the last column), read in order
	Docs      []Document // more training documents (IOB2 tags), after the files' ones
	Dev       string     // optional CoNLL file scored after every epoch
	Gazetteer string     // optional gazetteer table written by Gazetteer.Write
	Clusters  string     // optional word-cluster table written by Clusters.Write
	NoMemory  bool       // leave out the document-memory features
	NoLexicon bool       // leave out the features of entity strings seen in training
	TwoPass   bool       // tag each document twice, the second time with memory of the whole document
	Domains   bool       // give every feature a copy per domain: Train's files are newswire, Docs speech
	Epochs    int        // passes over the training data; 0 means 10
	Seed      uint64     // seeds the shuffling of documents
	Prune     float64    // drop features whose averaged weights are all below this; 0 means 0.01
	Progress  io.Writer  // optional progress log
}

// Train trains a model from the files named in cfg. The same data and
// configuration always give a byte-identical model file.
func Train(cfg TrainConfig) (*Model, error) {
	if cfg.Epochs == 0 {
		cfg.Epochs = 10
	}
	if cfg.Prune == 0 {
		cfg.Prune = 0.01
	}
	logf := func(format string, args ...any) {
		if cfg.Progress != nil {
			fmt.Fprintf(cfg.Progress, format, args...)
		}
	}
	var (
		docs []Document
		from []string // the file each document came from
		num  []int    // its number in that file, from 1
		dom  []uint64 // its domain
	)
	for _, p := range cfg.Train {
		ds, err := readCoNLLFile(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, ds...)
		for i := range ds {
			from = append(from, p)
			num = append(num, i+1)
			dom = append(dom, domainNews)
		}
	}
	for i, d := range cfg.Docs {
		docs = append(docs, d)
		from = append(from, "TrainConfig.Docs")
		num = append(num, i+1)
		dom = append(dom, domainSpeech)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no training documents in %q", cfg.Train)
	}
	var (
		dev []Document
		err error
	)
	if cfg.Dev != "" {
		if dev, err = readCoNLLFile(cfg.Dev); err != nil {
			return nil, err
		}
	}
	m := &Model{feats: newTable(1 << 20)}
	if cfg.Domains {
		m.groups |= groupDomain
	}
	if !cfg.NoMemory {
		m.groups |= groupMemory
		if cfg.TwoPass {
			m.groups |= groupTwoPass
		}
	}
	if cfg.Gazetteer != "" {
		g, err := ReadGazetteerFile(cfg.Gazetteer)
		if err != nil {
			return nil, err
		}
		m.gaz, m.gazMax = g.table()
		m.groups |= groupGazetteer
	}
	if cfg.Clusters != "" {
		c, err := ReadClustersFile(cfg.Clusters)
		if err != nil {
			return nil, err
		}
		m.clus = c.table()
		for _, b := range c.bits {
			m.clusBit = append(m.clusBit, uint8(b))
		}
		m.groups |= groupClusters
	}
	m.prepare()
	gold := make([][][]int, len(docs))
	for d, doc := range docs {
		gold[d] = make([][]int, len(doc))
		for s, sent := range doc {
			ys, ok := encodeBILOU(sent.Tags, nil)
			if !ok {
				return nil, fmt.Errorf("%s: document %d: unknown entity type in %q", from[d], num[d], sent.Tags)
			}
			gold[d][s] = ys
		}
	}
	// The lexicon of the training entities: while training, each document
	// sees the lexicon of the folds it is not in; the model keeps the whole.
	var folds []*table
	if !cfg.NoLexicon {
		m.groups |= groupLexicon
		for f := range lexFolds {
			t, n := buildLexicon(docs, gold, func(d int) bool { return d%lexFolds != f })
			folds = append(folds, t)
			m.lexMax = max(m.lexMax, n)
		}
	}
	tr := &trainer{m: m, c: 1}
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		began := time.Now()
		rng := rand.New(rand.NewPCG(cfg.Seed, uint64(epoch)))
		order := rng.Perm(len(docs))
		var errs, toks int
		for _, d := range order {
			if folds != nil {
				m.lex = folds[d%lexFolds]
			}
			tg := &tagger{domain: dom[d], mem: map[uint64][1 + nTypes]uint16{}}
			tg.first = tg.first[:0]
			for s, sent := range docs[d] {
				errs += tr.step(tg, sent.Words, gold[d][s], nil)
				toks += len(sent.Words)
				tg.first = append(tg.first, tg.ys...)
			}
			if m.groups&groupTwoPass == 0 {
				continue
			}
			off := 0
			for s, sent := range docs[d] {
				n := len(sent.Words)
				tr.step(tg, sent.Words, gold[d][s], tg.first[off:off+n])
				off += n
			}
		}
		logf("epoch %d: %d features, token errors %.2f%%, %v", epoch, len(tr.w)/nLabels, 100*float64(errs)/float64(toks), time.Since(began).Round(time.Millisecond))
		if dev != nil {
			s := tr.averaged(cfg.Prune, docs, gold).evaluate(dev)
			logf(", dev F1 %.2f", s.Overall.F1())
		}
		logf("\n")
	}
	out := tr.averaged(cfg.Prune, docs, gold)
	logf("kept %d features\n", out.feats.n)
	return out, nil
}

func readCoNLLFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ReadCoNLL(f, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// trainer is the state of averaged perceptron training: w are the current
// weights, u the sums of c times every update, so that the average is
// w - u/c.
type trainer struct {
	m      *Model
	w, u   []float32
	tw, tu [(nLabels + 1) * nLabels]float64
	c      float64
	rows   []int32
}

// step tags one sentence with the current weights, updates them when the
// result differs from gold, and returns the number of wrong tokens.
// As in tagSentence, first is nil in the first pass and holds the
// sentence's first-pass labels in the second.
func (tr *trainer) step(tg *tagger, words []string, gold []int, first []int) int {
	m := tr.m
	tg.ys = tg.ys[:0]
	if len(words) == 0 {
		return 0
	}
	m.analyzeSentence(tg, words)
	mem := m.groups&groupMemory != 0
	if mem && first != nil {
		tg.remember(first, -1)
	}
	m.fillMemory(tg)
	tg.fs, tg.ends = sentenceFeatures(tg.info, m.groups, first != nil, tg.domain, tg.fs[:0], tg.ends[:0])
	tr.rows = tr.rows[:0]
	for _, f := range tg.fs {
		tr.rows = append(tr.rows, m.feats.add(f))
	}
	if need := m.feats.n * nLabels; need > len(tr.w) {
		tr.w = append(tr.w, make([]float32, need-len(tr.w))...)
		tr.u = append(tr.u, make([]float32, need-len(tr.u))...)
	}
	n := len(words)
	if cap(tg.scores) < n*nLabels {
		tg.scores = make([]float32, n*nLabels, 2*n*nLabels)
	}
	tg.scores = tg.scores[:n*nLabels]
	clear(tg.scores)
	from := int32(0)
	for i, end := range tg.ends {
		s := tg.scores[i*nLabels : (i+1)*nLabels]
		for _, r := range tr.rows[from:end] {
			w := tr.w[int(r)*nLabels : int(r+1)*nLabels]
			for y := range s {
				s[y] += w[y]
			}
		}
		from = end
	}
	tg.back, tg.ys = viterbi(tg.scores, &m.masked, tg.back, tg.ys)
	pred := tg.ys
	wrong := 0
	from = 0
	for i, end := range tg.ends {
		p, g := pred[i], gold[i]
		if p != g {
			wrong++
			for _, r := range tr.rows[from:end] {
				tr.add(int(r)*nLabels+g, 1)
				tr.add(int(r)*nLabels+p, -1)
			}
		}
		pp, pg := start, start
		if i > 0 {
			pp, pg = pred[i-1], gold[i-1]
		}
		if pp != pg || p != g {
			tr.addTrans(pg*nLabels+g, 1)
			tr.addTrans(pp*nLabels+p, -1)
		}
		from = end
	}
	switch {
	case mem && first != nil:
		tg.remember(first, 1)
	case mem:
		tg.remember(pred, 1)
	}
	tr.c++
	return wrong
}

func (tr *trainer) add(i int, d float32) {
	tr.w[i] += d
	tr.u[i] += float32(tr.c) * d
}

func (tr *trainer) addTrans(i int, d float64) {
	tr.tw[i] += d
	tr.tu[i] += tr.c * d
	tr.m.trans[i] = float32(tr.tw[i])
	if tr.m.masked[i] > negInf {
		tr.m.masked[i] = float32(tr.tw[i])
	}
}

// averaged returns a model with the averaged weights, without the features
// whose weights are all smaller than prune in absolute value, and with the
// lexicon of all the training documents.
func (tr *trainer) averaged(prune float64, docs []Document, gold [][][]int) *Model {
	m := tr.m
	out := &Model{groups: m.groups, gaz: m.gaz, gazMax: m.gazMax, clus: m.clus, clusBit: m.clusBit}
	if m.groups&groupLexicon != 0 {
		out.lex, out.lexMax = buildLexicon(docs, gold, func(int) bool { return true })
	}
	keep := 0
	avg := make([]float32, nLabels)
	// Walk features in key order of the table slots: deterministic.
	type kr struct {
		key uint64
		row int32
	}
	var kept []kr
	var weights []float32
	for i, k := range m.feats.keys {
		if k == 0 {
			continue
		}
		r := int(m.feats.rows[i])
		big := false
		for y := 0; y < nLabels; y++ {
			v := float64(tr.w[r*nLabels+y]) - float64(tr.u[r*nLabels+y])/tr.c
			avg[y] = float32(v)
			if math.Abs(v) >= prune {
				big = true
			}
		}
		if !big {
			continue
		}
		kept = append(kept, kr{k, int32(keep)})
		weights = append(weights, avg...)
		keep++
	}
	out.feats = newTable(keep)
	for _, e := range kept {
		out.feats.put(e.key, e.row)
	}
	out.weights = weights
	for i := range out.trans {
		out.trans[i] = float32(tr.tw[i] - tr.tu[i]/tr.c)
	}
	out.prepare()
	return out
}

// score tags docs and scores the result against their gold tags.
func (m *Model) evaluate(docs []Document) Score {
	s := Score{ByType: map[string]Counts{}}
	for _, doc := range docs {
		words := make([][]string, len(doc))
		for i, sent := range doc {
			words[i] = sent.Words
		}
		pred := m.TagTokens(words)
		for i, sent := range doc {
			s.Add(sent.Tags, pred[i])
		}
	}
	return s
}
