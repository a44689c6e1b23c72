package ner

import (
	"math"
	"sync"
)

// Model is a linear-chain named-entity tagger: an averaged structured
// perceptron over hashed features, decoded with Viterbi over BILOU labels.
// A Model is read-only once built and safe for concurrent use; each call
// takes its scratch buffers from a sync.Pool.
type Model struct {
	groups  int
	feats   *table    // feature hash -> row of weights
	weights []float32 // row*nLabels + label
	trans   [(nLabels + 1) * nLabels]float32
	gaz     *table  // hash of a lowercased token sequence -> category mask
	gazMax  int     // longest gazetteer entry, in tokens
	lex     *table  // hash of a lowercased token sequence -> mask of entity types seen in training
	lexMax  int     // longest lexicon entry, in tokens
	clus    *table  // lowercased word hash -> cluster path
	clusBit []uint8 // bits of each level of the cluster paths
	masked  [(nLabels + 1) * nLabels]float32
	pool    sync.Pool
}

// negInf is the score of a forbidden transition.
const negInf = -1e30

// prepare fills the derived fields after the weights are set.
func (m *Model) prepare() {
	for a := 0; a <= nLabels; a++ {
		for b := 0; b < nLabels; b++ {
			v := m.trans[a*nLabels+b]
			if !allowed(a, b) {
				v = negInf
			}
			m.masked[a*nLabels+b] = v
		}
	}
	m.pool.New = func() any { return &tagger{mem: map[uint64][1 + nTypes]uint16{}} }
}

// tagger holds the scratch buffers of one call.
type tagger struct {
	domain uint64 // the documents' domain, for groupDomain
	info   []tokInfo
	fs     []uint64
	ends   []int32
	scores []float32
	back   []int8
	ys     []int
	mem    map[uint64][1 + nTypes]uint16
	first  []int      // first-pass labels of the document's tokens
	sents  [][]string // the document's sentences as words
	offs   []int      // where each sentence's tokens start in toks
	toks   []Token
	words  []string
	spans  []span
}

func (m *Model) getTagger() *tagger {
	tg := m.pool.Get().(*tagger)
	clear(tg.mem)
	return tg
}

// analyzeSentence fills tg.info for words, using the document memory.
func (m *Model) analyzeSentence(tg *tagger, words []string) {
	n := len(words)
	if cap(tg.info) < n {
		tg.info = make([]tokInfo, n, 2*n)
	}
	tg.info = tg.info[:n]
	for i, w := range words {
		t := &tg.info[i]
		*t = tokInfo{}
		analyze(w, t)
		if m.groups&groupClusters != 0 && m.clus != nil {
			if r := m.clus.get(t.lower); r >= 0 {
				unpackClusters(r, m.clusBit, t)
			}
		}
	}
	if m.groups&groupGazetteer != 0 && m.gaz != nil {
		markGazetteer(m.gaz, m.gazMax, tg.info)
	}
	if m.groups&groupLexicon != 0 && m.lex != nil {
		markLexicon(m.lex, m.lexMax, tg.info)
	}
}

// fillMemory sets the memory value of every token from the document memory.
func (m *Model) fillMemory(tg *tagger) {
	if m.groups&groupMemory == 0 {
		return
	}
	for i := range tg.info {
		t := &tg.info[i]
		if t.cls < clsAllCaps {
			continue
		}
		if c, ok := tg.mem[t.lower]; ok {
			t.mem = memValue(c)
		}
	}
}

func memValue(c [1 + nTypes]uint16) uint8 {
	best, bt := uint16(0), -1
	for t := 0; t < nTypes; t++ {
		if c[1+t] > best {
			best, bt = c[1+t], t
		}
	}
	if bt < 0 {
		return 1
	}
	return uint8(2 + bt)
}

// remember adds delta (1 or -1) to the document memory's counts for the
// labels of the sentence in tg.info.
func (tg *tagger) remember(ys []int, delta int) {
	for i, y := range ys {
		t := &tg.info[i]
		if t.cls < clsAllCaps {
			continue
		}
		c := tg.mem[t.lower]
		k := 0
		if y != 0 {
			k = 1 + labelType(y)
		}
		if v := int(c[k]) + delta; v >= 0 && v <= math.MaxUint16 {
			c[k] = uint16(v)
		}
		tg.mem[t.lower] = c
	}
}

// markGazetteer sets the gaz bits of every token covered by a gazetteer
// entry: bit 4*category + position (B, I, L, U).
func markGazetteer(gaz *table, maxLen int, ti []tokInfo) {
	n := len(ti)
	for i := 0; i < n; i++ {
		if ti[i].cls == clsPunct || ti[i].cls == clsNumber {
			continue
		}
		h := ti[i].lower
		for l := 1; l <= maxLen && i+l <= n; l++ {
			if l > 1 {
				h = hashSeq(h, ti[i+l-1].lower)
			}
			r := gaz.get(h)
			if r < 0 {
				continue
			}
			for mask := uint32(r); mask != 0; mask &= mask - 1 {
				c := uint32(trailingZeros(mask))
				if l == 1 {
					ti[i].gaz |= 1 << (4*c + posU)
					continue
				}
				ti[i].gaz |= 1 << (4*c + posB)
				for k := i + 1; k < i+l-1; k++ {
					ti[k].gaz |= 1 << (4*c + posI)
				}
				ti[i+l-1].gaz |= 1 << (4*c + posL)
			}
		}
	}
}

// score fills tg.scores with the emission scores of the features in tg.fs.
func (m *Model) score(tg *tagger) {
	n := len(tg.ends)
	if cap(tg.scores) < n*nLabels {
		tg.scores = make([]float32, n*nLabels, 2*n*nLabels)
	}
	tg.scores = tg.scores[:n*nLabels]
	clear(tg.scores)
	from := int32(0)
	for i, end := range tg.ends {
		s := tg.scores[i*nLabels : (i+1)*nLabels : (i+1)*nLabels]
		for _, f := range tg.fs[from:end] {
			r := m.feats.get(f)
			if r < 0 {
				continue
			}
			w := m.weights[int(r)*nLabels : int(r)*nLabels+nLabels : int(r)*nLabels+nLabels]
			for y := range s {
				s[y] += w[y]
			}
		}
		from = end
	}
}

// viterbi returns the best label sequence for the emission scores, under
// the transition scores trans (with forbidden transitions at negInf).
func viterbi(scores []float32, trans *[(nLabels + 1) * nLabels]float32, back []int8, ys []int) ([]int8, []int) {
	n := len(scores) / nLabels
	ys = ys[:0]
	if n == 0 {
		return back, ys
	}
	if cap(back) < n*nLabels {
		back = make([]int8, n*nLabels, 2*n*nLabels)
	}
	back = back[:n*nLabels]
	var prev, cur [nLabels]float32
	for y := 0; y < nLabels; y++ {
		prev[y] = scores[y] + trans[start*nLabels+y]
	}
	for i := 1; i < n; i++ {
		s := scores[i*nLabels : (i+1)*nLabels]
		b := back[i*nLabels : (i+1)*nLabels]
		for y := 0; y < nLabels; y++ {
			best, arg := float32(negInf*4), 0
			for x := 0; x < nLabels; x++ {
				if v := prev[x] + trans[x*nLabels+y]; v > best {
					best, arg = v, x
				}
			}
			cur[y] = best + s[y]
			b[y] = int8(arg)
		}
		prev = cur
	}
	best, arg := float32(negInf*4), 0
	for y := 0; y < nLabels; y++ {
		if allowedEnd(y) && prev[y] > best {
			best, arg = prev[y], y
		}
	}
	for range n {
		ys = append(ys, 0)
	}
	ys[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*nLabels+arg])
		ys[i-1] = arg
	}
	return back, ys
}

// tagSentence tags words with the model; the labels are in tg.ys. In the
// first pass (first == nil) it adds the result to the document memory; in
// the second, first holds the sentence's first-pass labels, which are
// taken out of the memory while the sentence is tagged.
func (m *Model) tagSentence(tg *tagger, words []string, first []int) {
	m.analyzeSentence(tg, words)
	mem := m.groups&groupMemory != 0
	if mem && first != nil {
		tg.remember(first, -1)
	}
	m.fillMemory(tg)
	tg.fs, tg.ends = sentenceFeatures(tg.info, m.groups, first != nil, tg.domain, tg.fs[:0], tg.ends[:0])
	m.score(tg)
	tg.back, tg.ys = viterbi(tg.scores, &m.masked, tg.back, tg.ys)
	switch {
	case mem && first != nil:
		tg.remember(first, 1)
	case mem:
		tg.remember(tg.ys, 1)
	}
}

// tagDocument tags the sentences of a document, calling emit with each
// sentence's final labels in order.
func (m *Model) tagDocument(tg *tagger, sents [][]string, emit func(i int, ys []int)) {
	if m.groups&groupTwoPass == 0 {
		for i, words := range sents {
			if len(words) > 0 {
				m.tagSentence(tg, words, nil)
				emit(i, tg.ys)
			}
		}
		return
	}
	tg.first = tg.first[:0]
	for _, words := range sents {
		if len(words) > 0 {
			m.tagSentence(tg, words, nil)
			tg.first = append(tg.first, tg.ys...)
		}
	}
	off := 0
	for i, words := range sents {
		if len(words) > 0 {
			m.tagSentence(tg, words, tg.first[off:off+len(words)])
			off += len(words)
			emit(i, tg.ys)
		}
	}
}

// TagTokens tags the pre-tokenised sentences of one document and returns
// IOB2 tags per token.
func (m *Model) TagTokens(doc [][]string) [][]string {
	tg := m.getTagger()
	defer m.pool.Put(tg)
	tg.domain = domainNews
	out := make([][]string, len(doc))
	m.tagDocument(tg, doc, func(i int, ys []int) {
		out[i] = iob2(ys, make([]string, 0, len(ys)))
	})
	for i := range out {
		if out[i] == nil {
			out[i] = []string{}
		}
	}
	return out
}

// Entity is a recognised span: byte offsets into the sentence text given.
type Entity struct {
	Start, End int
	Type       string // "PER", "LOC", "ORG" or "MISC"
}

// Document tags the sentences of one document in order (later sentences see
// how words were tagged in earlier ones) and returns the entities of each
// sentence and the number of tokens tagged.
func (m *Model) Document(sentences []string) (ents [][]Entity, tokens int) {
	tg := m.getTagger()
	defer m.pool.Put(tg)
	tg.domain = domainSpeech
	ents = make([][]Entity, len(sentences))
	tg.toks, tg.words, tg.offs = tg.toks[:0], tg.words[:0], tg.offs[:0]
	var one []Token
	for _, s := range sentences {
		tg.offs = append(tg.offs, len(tg.toks))
		one = Tokenize(s, one)
		tg.toks = append(tg.toks, one...)
		for _, t := range one {
			tg.words = append(tg.words, s[t.Start:t.End])
		}
	}
	tg.offs = append(tg.offs, len(tg.toks))
	tg.sents = tg.sents[:0]
	for i := range sentences {
		tg.sents = append(tg.sents, tg.words[tg.offs[i]:tg.offs[i+1]])
	}
	m.tagDocument(tg, tg.sents, func(i int, ys []int) {
		tg.spans = labelSpans(ys, tg.spans)
		if len(tg.spans) == 0 {
			return
		}
		toks := tg.toks[tg.offs[i]:tg.offs[i+1]]
		es := make([]Entity, len(tg.spans))
		for k, sp := range tg.spans {
			es[k] = Entity{toks[sp.start].Start, toks[sp.end-1].End, sp.typ}
		}
		ents[i] = es
	})
	clear(tg.words)
	clear(tg.sents)
	return ents, len(tg.toks)
}
