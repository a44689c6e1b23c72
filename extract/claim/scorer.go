package claim

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
)

// Scorer scores sentences for check-worthiness: a logistic regression over
// hashed features of the sentence (words, bigrams, numbers and quantities,
// comparatives, capitalised words, pronouns, hedges, length) and, when its
// model was trained with context, of its neighbours in the document (see
// ScoreDoc) and, when its model was trained with entity features, of the
// named entities in the sentence (see ScoreWith). A Scorer is read-only once
// built and safe for concurrent use.
type Scorer struct {
	bits uint8
	mask uint64
	ctx  ctxMode
	ents entMode
	wc   wordClusters
	// ctxScale multiplies the value of the neighbours' features.
	ctxScale float32
	spk      spkMode
	// spkScale multiplies the value of the speaker features.
	spkScale float32
	bias     float32
	w        []float32
	// sim, when set, adds β·(top similarity to the remembered positives)
	// to the margin (memory.go).
	sim *simMemory
}

// buffers recycles the per-call token and feature slices of Score.
type buffers struct {
	toks  []token
	feats []uint64
}

var bufPool = sync.Pool{New: func() any { return &buffers{toks: make([]token, 0, 64), feats: make([]uint64, 0, 256)} }}

func newScorer(bits uint8) *Scorer {
	return &Scorer{bits: bits, mask: 1<<bits - 1, w: make([]float32, 1<<bits)}
}

// Score returns the check-worthiness of sentence, from 0 to 1, scored
// alone: as a document of one sentence, without neighbours.
func (s *Scorer) Score(sentence string) float64 {
	var out [1]float64
	s.scoreDoc(func(int) string { return sentence }, nil, nil, out[:])
	return sigmoid(out[0])
}

// ScoreOne is Score for a sentence whose named entities are ents (byte
// offsets into sentence, in order).
func (s *Scorer) ScoreOne(sentence string, ents []Span) float64 {
	var out [1]float64
	s.scoreDoc(func(int) string { return sentence }, func(int) []Span { return ents }, nil, out[:])
	return sigmoid(out[0])
}

// UsesEntities reports whether the model reads named entities: when it
// does, ScoreWith and ScoreOne given the sentences' entities score better
// than ScoreDoc and Score, which see none.
func (s *Scorer) UsesEntities() bool { return s.ents != 0 }

// UsesSpeakers reports whether the model reads who says each sentence:
// when it does, ScoreTurns given the speakers scores better than ScoreWith.
func (s *Scorer) UsesSpeakers() bool { return s.spk != 0 }

// ScoreDoc returns the check-worthiness of each sentence of a document, in
// order, from 0 to 1. Each sentence is scored with its neighbours (the
// sentences just before and after it, and whether it opens or closes the
// document) when the model was trained with context; otherwise ScoreDoc
// gives the same scores as Score.
func (s *Scorer) ScoreDoc(sentences []string) []float64 {
	return s.ScoreWith(sentences, nil)
}

// ScoreWith is ScoreDoc for sentences whose named entities are known:
// ents[i] holds the entities of sentences[i] (byte offsets into it, in
// order, with the types pipeline.Person, pipeline.Place and pipeline.Org).
// ents may be nil, or shorter than sentences; a model trained without
// entity features ignores it.
func (s *Scorer) ScoreWith(sentences []string, ents [][]Span) []float64 {
	return s.ScoreTurns(sentences, nil, ents)
}

// ScoreTurns is ScoreWith for sentences whose speakers are known:
// speakers[i] says sentences[i] ("" when unknown). Only the turns and the
// speakers' roles in the document are read (who asks, who speaks most),
// never the names. speakers may be nil, or shorter than sentences; a model
// trained without speaker features ignores it, and a sentence without a
// speaker scores as if the model had none.
func (s *Scorer) ScoreTurns(sentences, speakers []string, ents [][]Span) []float64 {
	out := s.marginsTurns(sentences, speakers, ents)
	for i, z := range out {
		out[i] = sigmoid(z)
	}
	return out
}

// marginsTurns is ScoreTurns before the sigmoid: each sentence's margin.
func (s *Scorer) marginsTurns(sentences, speakers []string, ents [][]Span) []float64 {
	out := make([]float64, len(sentences))
	var spk [][]uint64
	if s.spk != 0 {
		spk = speakerFeatures(sentences, speakers, s.spk)
	}
	var ef func(int) []Span
	if s.ents != 0 && ents != nil {
		ef = func(i int) []Span {
			if i < len(ents) {
				return ents[i]
			}
			return nil
		}
	}
	s.scoreDoc(func(i int) string { return sentences[i] }, ef, spk, out)
	return out
}

// scoreDoc writes the margins (scores before the sigmoid) of the len(out)
// sentences that text returns, with the entities ents returns (nil: none)
// and the speaker features spk (nil: none), into out. It featurises each
// sentence once and sums its weights in each role (itself, previous
// neighbour, next neighbour), so context costs three table reads per
// feature and no allocation. A model with memories adds each sentence's
// β·similarity to its own part: every scoring path goes through here, so
// Score and ScoreDoc agree.
func (s *Scorer) scoreDoc(text func(int) string, ents func(int) []Span, spk [][]uint64, out []float64) {
	b := bufPool.Get().(*buffers)
	defer bufPool.Put(b)
	n := len(out)
	// Sentence j's margin is bias + own[j] + asPrev[j-1] + asNext[j+1] +
	// pos[j]; it is finished once sentence j+1 is read.
	var ownJ, prevJ, asPrevJ float64 // own[j], asPrev[j-1], asPrev[j] for j = i-1
	for i := 0; i <= n; i++ {
		var own, asPrev, asNext float64
		if i < n {
			t := text(i)
			b.toks = tokenize(t, b.toks[:0])
			var es []Span
			if ents != nil {
				es = ents(i)
			}
			var flags int
			b.feats, flags = featurizeFlags(t, b.toks, es, s.ents, s.wc, b.feats[:0])
			own = s.sum(b.feats, 0) * featScale(len(b.feats))
			if s.sim != nil {
				own += s.sim.margin(t, b.toks)
			}
			if s.ctx != ctxNone {
				cf := s.ctx.context(b.feats, flags)
				xc := featScale(len(cf)) * float64(s.ctxScale)
				asPrev = s.sum(cf, nsPrevMix) * xc
				asNext = s.sum(cf, nsNextMix) * xc
			}
		}
		if i > 0 {
			j := i - 1
			z := float64(s.bias) + ownJ + prevJ + asNext
			if s.ctx != ctxNone {
				z += float64(s.w[posFeature(j, n)&s.mask])
			}
			if spk != nil {
				z += s.sum(spk[j], 0) * featScale(len(spk[j])) * float64(s.spkScale)
			}
			out[j] = z
			prevJ = asPrevJ
		}
		ownJ, asPrevJ = own, asPrev
	}
}

// sum adds the weights of feats, each first mixed with ns unless ns is 0.
func (s *Scorer) sum(feats []uint64, ns uint64) float64 {
	var z float64
	if ns == 0 {
		for _, f := range feats {
			z += float64(s.w[f&s.mask])
		}
		return z
	}
	for _, f := range feats {
		z += float64(s.w[mix(ns, f)&s.mask])
	}
	return z
}

// featScale is the value of each feature of a sentence with n features:
// 1/sqrt(n), so that long sentences do not win on length alone.
func featScale(n int) float64 {
	if n == 0 {
		return 0
	}
	return 1 / math.Sqrt(float64(n))
}

func sigmoid(z float64) float64 {
	if z < -40 {
		return 0
	}
	return 1 / (1 + math.Exp(-z))
}

// Model file: a magic line, then a gzip stream of the table size in bits,
// the context mode and its scale (v2 to v6; v1 models have none), the
// entity mode (v3 to v6; a model without entity, cluster, speaker or
// similarity features is written as v2), the word-cluster mode (v4 to v6;
// v4 is written only for a model with cluster features), the speaker mode
// and its scale (v5 and v6; v5 is written only for a model with speaker
// features), the bias, the number of non-zero weights and, for each, the
// gap from the previous index (uvarint) and the weight as a float32.
//
// v6 (written only for a model with memories of checked claims, and the
// only version that has them) follows the weights with the memories:
// their term options (a byte: 1 bigrams, 2 stop words dropped; 4 is no
// term option but says the memories hold the CLEF-2020 test-gold
// positives), the idf of
// an unseen term (float32), the number of terms of the idf table (uint32)
// and, for each in increasing hash order, the gap from the previous hash
// (uvarint) and its idf (float32); then the number of memories (a byte)
// and, for each, its β (float32), its number of entries (uint32) and, for
// each entry, its number of distinct terms (uvarint) and, for each in
// increasing order, the gap from the previous term's index in the idf
// table (uvarint; the first is the index) and its count (uvarint). Only
// hashes and counts are stored, never a sentence's text: the entries'
// weights and postings are rebuilt on loading, by the same arithmetic as
// when training.
const (
	magic   = "mentions claim scorer v2\n"
	magicV1 = "mentions claim scorer v1\n"
	magicV3 = "mentions claim scorer v3\n"
	magicV4 = "mentions claim scorer v4\n"
	magicV5 = "mentions claim scorer v5\n"
	magicV6 = "mentions claim scorer v6\n"
)

// modelVersion is the format version a model is written in: the lowest
// that holds everything it uses.
func (s *Scorer) modelVersion() int {
	switch {
	case s.sim != nil:
		return 6
	case s.spk != 0:
		return 5
	case s.wc.mode != 0:
		return 4
	case s.ents != 0:
		return 3
	}
	return 2
}

// Write writes the model to w.
func (s *Scorer) Write(w io.Writer) error {
	v := s.modelVersion()
	head := map[int]string{2: magic, 3: magicV3, 4: magicV4, 5: magicV5, 6: magicV6}[v]
	if _, err := io.WriteString(w, head); err != nil {
		return fmt.Errorf("write scorer: %w", err)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write scorer: %w", err)
	}
	bw := bufio.NewWriter(zw)
	nz := 0
	for _, v := range s.w {
		if v != 0 {
			nz++
		}
	}
	var buf [binary.MaxVarintLen64]byte
	bw.WriteByte(s.bits)
	bw.WriteByte(byte(s.ctx))
	binary.Write(bw, binary.LittleEndian, s.ctxScale)
	if v >= 3 {
		bw.WriteByte(byte(s.ents))
	}
	if v >= 4 {
		bw.WriteByte(byte(s.wc.mode))
	}
	if v >= 5 {
		bw.WriteByte(byte(s.spk))
		binary.Write(bw, binary.LittleEndian, s.spkScale)
	}
	binary.Write(bw, binary.LittleEndian, s.bias)
	binary.Write(bw, binary.LittleEndian, uint32(nz))
	last := 0
	for i, v := range s.w {
		if v == 0 {
			continue
		}
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(i-last))])
		binary.Write(bw, binary.LittleEndian, v)
		last = i
	}
	if v >= 6 {
		s.sim.write(bw)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write scorer: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write scorer: %w", err)
	}
	return nil
}

// RemembersCLEF2020Test reports whether s's memories of checked claims
// hold the positives of the CLEF-2020 test-gold debates, so that a
// measurement on that set is not a fair one.
func (s *Scorer) RemembersCLEF2020Test() bool { return s.sim != nil && s.sim.clef2020Test }

// LoadScorer reads a model written by Write, of any format version.
func LoadScorer(r io.Reader) (*Scorer, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, errors.New("load scorer: not a claim scorer model")
	}
	v := map[string]int{magicV1: 1, magic: 2, magicV3: 3, magicV4: 4, magicV5: 5, magicV6: 6}[string(head)]
	if v == 0 {
		return nil, errors.New("load scorer: not a claim scorer model")
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("load scorer: %w", err)
	}
	defer zr.Close()
	zb := bufio.NewReader(zr)
	bits, err := zb.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("load scorer: %w", err)
	}
	if bits < 8 || bits > 26 {
		return nil, fmt.Errorf("load scorer: table of 2^%d weights out of range", bits)
	}
	s := newScorer(bits)
	if v >= 2 {
		c, err := zb.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("load scorer: %w", err)
		}
		if s.ctx = ctxMode(c); s.ctx > ctxPos {
			return nil, fmt.Errorf("load scorer: unknown context mode %d", c)
		}
		if err := binary.Read(zb, binary.LittleEndian, &s.ctxScale); err != nil {
			return nil, fmt.Errorf("load scorer: %w", err)
		}
	}
	if v >= 3 {
		e, err := zb.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("load scorer: %w", err)
		}
		if s.ents = entMode(e); (s.ents == 0 && v == 3) || s.ents >= entReplace<<1 {
			return nil, fmt.Errorf("load scorer: unknown entity mode %d", e)
		}
	}
	if v >= 4 {
		c, err := zb.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("load scorer: %w", err)
		}
		if c == 0 && v == 4 {
			return nil, errors.New("load scorer: v4 model without cluster features")
		}
		if s.wc, err = clustersOf(clusMode(c)); err != nil {
			return nil, fmt.Errorf("load scorer: %w", err)
		}
	}
	if v >= 5 {
		c, err := zb.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("load scorer: %w", err)
		}
		if s.spk = spkMode(c); (s.spk == 0 && v == 5) || s.spk >= spkCross<<1 {
			return nil, fmt.Errorf("load scorer: unknown speaker mode %d", c)
		}
		if err := binary.Read(zb, binary.LittleEndian, &s.spkScale); err != nil {
			return nil, fmt.Errorf("load scorer: %w", err)
		}
	}
	var nz uint32
	if err := binary.Read(zb, binary.LittleEndian, &s.bias); err != nil {
		return nil, fmt.Errorf("load scorer: %w", err)
	}
	if err := binary.Read(zb, binary.LittleEndian, &nz); err != nil {
		return nil, fmt.Errorf("load scorer: %w", err)
	}
	idx := 0
	for range nz {
		gap, err := binary.ReadUvarint(zb)
		if err != nil {
			return nil, fmt.Errorf("load scorer: %w", err)
		}
		idx += int(gap)
		if idx >= len(s.w) {
			return nil, errors.New("load scorer: weight index out of range")
		}
		if err := binary.Read(zb, binary.LittleEndian, &s.w[idx]); err != nil {
			return nil, fmt.Errorf("load scorer: %w", err)
		}
	}
	if v >= 6 {
		if s.sim, err = readSimMemory(zb); err != nil {
			return nil, fmt.Errorf("load scorer: %w", err)
		}
	}
	return s, nil
}

//go:embed model/checkworthy.model
var embeddedModel string

var defaultScorer = sync.OnceValues(func() (*Scorer, error) {
	return LoadScorer(strings.NewReader(embeddedModel))
})

// DefaultScorer returns the scorer embedded in the binary, trained by
// `mentions train-claims`. It is decoded once and shared.
func DefaultScorer() (*Scorer, error) { return defaultScorer() }
