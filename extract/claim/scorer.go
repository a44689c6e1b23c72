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
// hashed features of the sentence alone (words, bigrams, numbers and
// quantities, comparatives, capitalised words, pronouns, hedges, length).
// A Scorer is read-only once built and safe for concurrent use.
type Scorer struct {
	bits uint8
	mask uint64
	bias float32
	w    []float32
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

// Score returns the check-worthiness of sentence, from 0 to 1.
func (s *Scorer) Score(sentence string) float64 {
	b := bufPool.Get().(*buffers)
	b.toks = tokenize(sentence, b.toks[:0])
	b.feats = featurize(sentence, b.toks, b.feats[:0])
	z := s.margin(b.feats)
	bufPool.Put(b)
	return sigmoid(z)
}

func (s *Scorer) margin(feats []uint64) float64 {
	var z float64
	for _, f := range feats {
		z += float64(s.w[f&s.mask])
	}
	return float64(s.bias) + z*featScale(len(feats))
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
// the bias, the number of non-zero weights and, for each, the gap from the
// previous index (uvarint) and the weight as a float32.
const magic = "mentions claim scorer v1\n"

// Write writes the model to w.
func (s *Scorer) Write(w io.Writer) error {
	if _, err := io.WriteString(w, magic); err != nil {
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
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write scorer: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write scorer: %w", err)
	}
	return nil
}

// LoadScorer reads a model written by Write.
func LoadScorer(r io.Reader) (*Scorer, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
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
