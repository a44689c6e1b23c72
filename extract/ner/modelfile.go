package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// The model file is gzip-compressed. Inside: the magic "MNER", a format
// version, the feature groups, the longest gazetteer and lexicon entries,
// the bits of each level of the cluster paths, the transition scores, then
// four hash tables (features, gazetteer, clusters, lexicon) with their keys
// sorted and delta-encoded. Feature weights are quantised to int16 with one scale.

const (
	magic         = "MNER"
	formatVersion = 2
)

//go:embed model/ner.bin.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model embedded in the package, decoded on first use
// and shared: it is safe for concurrent use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(bytes.NewReader(embedded))
	})
	return defaultModel, defaultErr
}

// Write writes the model in its compact file format. The same model always
// gives the same bytes.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := encoder{w: bw}
	e.bytes([]byte(magic))
	e.uvarint(formatVersion)
	e.uvarint(uint64(m.groups))
	e.uvarint(uint64(m.gazMax))
	e.uvarint(uint64(m.lexMax))
	e.uvarint(uint64(len(m.clusBit)))
	for _, b := range m.clusBit {
		e.uvarint(uint64(b))
	}
	for _, v := range m.trans {
		e.uint32(math.Float32bits(v))
	}
	// Features.
	keys, rows := sortedEntries(m.feats)
	var maxAbs float32
	for _, v := range m.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = maxAbs / math.MaxInt16
	}
	e.uint32(math.Float32bits(scale))
	e.keys(keys)
	for _, r := range rows {
		for _, v := range m.weights[int(r)*nLabels : int(r+1)*nLabels] {
			q := int16(math.Round(float64(v / scale)))
			e.varint(int64(q))
		}
	}
	for _, t := range []*table{m.gaz, m.clus, m.lex} {
		keys, rows := sortedEntries(t)
		e.keys(keys)
		for _, r := range rows {
			e.uvarint(uint64(r))
		}
	}
	if e.err != nil {
		return fmt.Errorf("write model: %w", e.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// sortedEntries returns the keys of t in ascending order with their rows.
func sortedEntries(t *table) ([]uint64, []int32) {
	if t == nil {
		return nil, nil
	}
	type kr struct {
		k uint64
		r int32
	}
	es := make([]kr, 0, t.n)
	for i, k := range t.keys {
		if k != 0 {
			es = append(es, kr{k, t.rows[i]})
		}
	}
	slices.SortFunc(es, func(a, b kr) int {
		switch {
		case a.k < b.k:
			return -1
		case a.k > b.k:
			return 1
		}
		return 0
	})
	keys := make([]uint64, len(es))
	rows := make([]int32, len(es))
	for i, e := range es {
		keys[i], rows[i] = e.k, e.r
	}
	return keys, rows
}

// Load reads a model written by Write.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	d := decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	var mg [4]byte
	d.bytes(mg[:])
	if d.err == nil && string(mg[:]) != magic {
		return nil, errors.New("load model: not a model file")
	}
	if v := d.uvarint(); d.err == nil && v != formatVersion {
		return nil, fmt.Errorf("load model: format version %d, want %d", v, formatVersion)
	}
	m := &Model{groups: int(d.uvarint()), gazMax: int(d.uvarint()), lexMax: int(d.uvarint())}
	nBits, total := d.uvarint(), uint64(0)
	if nBits > maxClusterLevels {
		return nil, fmt.Errorf("load model: %d cluster levels, want at most %d", nBits, maxClusterLevels)
	}
	for range nBits {
		b := d.uvarint()
		total += b
		m.clusBit = append(m.clusBit, uint8(b))
	}
	if total > maxPathBits {
		return nil, fmt.Errorf("load model: %d cluster path bits, want at most %d", total, maxPathBits)
	}
	for i := range m.trans {
		m.trans[i] = math.Float32frombits(d.uint32())
	}
	scale := math.Float32frombits(d.uint32())
	keys := d.keys()
	m.feats = newTable(len(keys))
	m.weights = make([]float32, len(keys)*nLabels)
	for i, k := range keys {
		m.feats.put(k, int32(i))
		for y := 0; y < nLabels; y++ {
			m.weights[i*nLabels+y] = float32(d.varint()) * scale
		}
	}
	for _, dst := range []**table{&m.gaz, &m.clus, &m.lex} {
		keys := d.keys()
		if len(keys) == 0 {
			continue
		}
		t := newTable(len(keys))
		for _, k := range keys {
			t.put(k, int32(d.uvarint()))
		}
		*dst = t
	}
	if d.err != nil {
		return nil, fmt.Errorf("load model: %w", d.err)
	}
	m.prepare()
	return m, nil
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
	err error
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *encoder) uvarint(v uint64) { e.bytes(e.buf[:binary.PutUvarint(e.buf[:], v)]) }
func (e *encoder) varint(v int64)   { e.bytes(e.buf[:binary.PutVarint(e.buf[:], v)]) }
func (e *encoder) uint32(v uint32) {
	binary.LittleEndian.PutUint32(e.buf[:4], v)
	e.bytes(e.buf[:4])
}

// keys writes ascending keys as a count and deltas.
func (e *encoder) keys(ks []uint64) {
	e.uvarint(uint64(len(ks)))
	prev := uint64(0)
	for _, k := range ks {
		e.uvarint(k - prev)
		prev = k
	}
}

type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) bytes(b []byte) {
	if d.err == nil {
		_, d.err = io.ReadFull(d.r, b)
	}
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	d.err = err
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.r)
	d.err = err
	return v
}

func (d *decoder) uint32() uint32 {
	var b [4]byte
	d.bytes(b[:])
	return binary.LittleEndian.Uint32(b[:])
}

func (d *decoder) keys() []uint64 {
	n := d.uvarint()
	if d.err != nil {
		return nil
	}
	if n > 1<<26 {
		d.err = fmt.Errorf("table of %d entries is too large", n)
		return nil
	}
	ks := make([]uint64, n)
	prev := uint64(0)
	for i := range ks {
		prev += d.uvarint()
		ks[i] = prev
	}
	return ks
}
