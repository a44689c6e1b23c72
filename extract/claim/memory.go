package claim

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
)

// Similarity to checked claims, as shipped (README.md, "Similarity to
// checked claims", variant A). The model remembers the training positives
// of at least simMinWords words in two memories, CLEF (every non-ClaimBuster
// document) and ClaimBuster, and the margin of a sentence becomes
//
//	z + Σ_m β_m · top1_m(sentence)
//
// top1_m being the highest TF-IDF cosine of the sentence to an entry of
// memory m (unigrams, stop words kept, idf over every training sentence).
// The experiments' simIndex computes the same similarities (it keeps the
// top 5, and can leave out a group); simMemory keeps the top one and is
// laid out for speed: term ids instead of hashes in the postings, the
// postings of all terms in one array, dense accumulators.

// The shipped rescoring, chosen out of sample (knnFinalists, "A").
const (
	simMinWords  = 8
	simBetaCLEF  = 6
	simBetaCB    = 0.5
	maxSimMemory = 8 // most memories a model file may hold
)

// simMemory is the similarity part of a Scorer: the idf of every term of
// the training corpus (terms are 64-bit hashes; no text is kept) and one
// or more memories, each with its weight β. It is read-only once built.
type simMemory struct {
	opts simOpts
	// clef2020Test says the memories hold the positives of the CLEF-2020
	// test-gold debates (TrainConfig.NoCLEF2020TestMemory).
	clef2020Test bool
	unseen       float32 // idf of a term absent from the training corpus
	// hashes are the corpus terms in increasing order, idf their idf; a
	// term's id is its index here, so ids follow hash order.
	hashes []uint64
	idf    []float32
	id     map[uint64]int32
	mems   []memIndex
	pool   sync.Pool // *memScratch
}

// memIndex is one memory: its entries' terms and counts (what the model
// file stores) and their postings.
type memIndex struct {
	beta float32
	// counts are the entries' terms (ids, increasing) and counts.
	counts [][]idCount
	// term t's postings are pe[poff[t]:poff[t+1]] (entries in increasing
	// order), with the entries' weights for t in pw.
	poff []int32
	pe   []int32
	pw   []float32
}

// idCount is one distinct term of an entry, by id, and its count.
type idCount struct {
	id int32
	tf int32
}

// memScratch is the per-lookup state of a simMemory, pooled so a lookup
// allocates nothing.
type memScratch struct {
	terms []uint64
	q     []qTerm
	acc   [][]float32 // per memory, per entry: dot products, zero between lookups
}

// qTerm is one distinct term of a query: its hash, id (-1: unseen) and
// weight.
type qTerm struct {
	h  uint64
	id int32
	w  float32
}

// newSimMemory builds the shipped memory from sources that share one idf
// table (buildSimSources builds them so), weighted betas.
func newSimMemory(srcs []*simSource, betas []float32) *simMemory {
	m := &simMemory{opts: srcs[0].opts, unseen: srcs[0].unseen}
	m.hashes = make([]uint64, 0, len(srcs[0].idf))
	for h := range srcs[0].idf {
		m.hashes = append(m.hashes, h)
	}
	slices.Sort(m.hashes)
	m.idf = make([]float32, len(m.hashes))
	for i, h := range m.hashes {
		m.idf[i] = srcs[0].idf[h]
	}
	m.index()
	for k, src := range srcs {
		counts := make([][]idCount, len(src.entries))
		for e, ent := range src.entries {
			for _, c := range ent {
				counts[e] = append(counts[e], idCount{m.id[c.h], c.tf})
			}
		}
		m.mems = append(m.mems, memIndex{beta: betas[k], counts: counts})
	}
	m.build()
	return m
}

// index fills id from hashes.
func (m *simMemory) index() {
	m.id = make(map[uint64]int32, len(m.hashes))
	for i, h := range m.hashes {
		m.id[h] = int32(i)
	}
}

// build computes every memory's weights and postings from its counts and
// readies the scratch pool. Weights are computed as simSource.entryVector
// computes them (tfidf, then normalise), so they are the experiments' to
// the bit.
func (m *simMemory) build() {
	for k := range m.mems {
		m.mems[k].invert(m.idf)
	}
	m.pool.New = func() any {
		sc := &memScratch{acc: make([][]float32, len(m.mems))}
		for k := range m.mems {
			sc.acc[k] = make([]float32, len(m.mems[k].counts))
		}
		return sc
	}
}

// invert computes the entries' weights (idf by term id) and lays out
// their postings.
func (mi *memIndex) invert(idf []float32) {
	mi.poff = make([]int32, len(idf)+1)
	n := 0
	for _, ent := range mi.counts {
		for _, c := range ent {
			mi.poff[c.id+1]++
		}
		n += len(ent)
	}
	for t := 1; t < len(mi.poff); t++ {
		mi.poff[t] += mi.poff[t-1]
	}
	mi.pe, mi.pw = make([]int32, n), make([]float32, n)
	next := slices.Clone(mi.poff[:len(idf)])
	var vec []simTerm
	for e, ent := range mi.counts {
		vec = vec[:0]
		var norm float64
		for _, c := range ent {
			w := tfidf(int(c.tf), idf[c.id])
			vec = append(vec, simTerm{uint64(c.id), w})
			norm += float64(w) * float64(w)
		}
		normalise(vec, norm)
		for _, t := range vec {
			mi.pe[next[t.h]], mi.pw[next[t.h]] = int32(e), t.w
			next[t.h]++
		}
	}
}

// entries is the number of entries of memory k.
func (m *simMemory) entries(k int) int { return len(m.mems[k].counts) }

// margin is what similarity adds to the margin of sentence s (tokens
// toks): Σ_m β_m · top1_m(s).
func (m *simMemory) margin(s string, toks []token) float64 {
	sc := m.pool.Get().(*memScratch)
	defer m.pool.Put(sc)
	m.query(s, toks, sc)
	var z float64
	for k := range m.mems {
		z += float64(m.mems[k].beta) * float64(m.top1(k, sc))
	}
	return z
}

// query writes the normalised TF-IDF vector of s into sc.q, terms in hash
// order, as simIndex.vector does.
func (m *simMemory) query(s string, toks []token, sc *memScratch) {
	sc.terms = m.opts.terms(s, toks, sc.terms[:0])
	slices.Sort(sc.terms)
	sc.q = sc.q[:0]
	var norm float64
	for i := 0; i < len(sc.terms); {
		j := i + 1
		for j < len(sc.terms) && sc.terms[j] == sc.terms[i] {
			j++
		}
		id, ok := m.id[sc.terms[i]]
		idf := m.unseen
		if ok {
			idf = m.idf[id]
		} else {
			id = -1
		}
		w := tfidf(j-i, idf)
		sc.q = append(sc.q, qTerm{sc.terms[i], id, w})
		norm += float64(w) * float64(w)
		i = j
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range sc.q {
			sc.q[i].w *= inv
		}
	}
}

// top1 returns the highest cosine of the query in sc.q to an entry of
// memory k (0 when none shares a term). It walks every posting of the
// query's terms into dense accumulators, each entry's sum taken in the
// query's term order as simIndex.top takes it (so the cosines are the
// experiments' to the bit), keeps the running maximum, and clears the
// accumulators (a memclr of 4 bytes an entry). The loop has no branch but
// the maximum's, rarely taken once it has risen: under 1 ns a posting,
// against about 4 ns with a list of the entries touched, whose test
// mispredicts on about every other posting. Pruning as MaxScore does was
// measured slower on these memories (README.md, "Shipped: variant A";
// memory_prune_test.go).
func (m *simMemory) top1(k int, sc *memScratch) float32 {
	mi := &m.mems[k]
	acc := sc.acc[k]
	var top float32
	for _, t := range sc.q {
		if t.id < 0 {
			continue
		}
		lo, hi := mi.poff[t.id], mi.poff[t.id+1]
		pe, pw := mi.pe[lo:hi], mi.pw[lo:hi]
		pw = pw[:len(pe)]
		for j, e := range pe {
			v := acc[e] + t.w*pw[j]
			acc[e] = v
			if v > top {
				top = v
			}
		}
	}
	clear(acc)
	return top
}

// Term options as a model file stores them.
const (
	simOptBigrams  = 1
	simOptDropStop = 2
	// simOptCLEF2020Test is not a term option: the memories hold the
	// CLEF-2020 test-gold positives.
	simOptCLEF2020Test = 4
)

// write writes the memory in the model file's v6 layout (see the Model
// file comment in scorer.go). Errors surface when the caller flushes w.
func (m *simMemory) write(w *bufio.Writer) {
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { w.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	var o byte
	if m.opts.bigrams {
		o |= simOptBigrams
	}
	if m.opts.dropStop {
		o |= simOptDropStop
	}
	if m.clef2020Test {
		o |= simOptCLEF2020Test
	}
	w.WriteByte(o)
	binary.Write(w, binary.LittleEndian, m.unseen)
	binary.Write(w, binary.LittleEndian, uint32(len(m.hashes)))
	var last uint64
	for i, h := range m.hashes {
		uv(h - last)
		binary.Write(w, binary.LittleEndian, m.idf[i])
		last = h
	}
	w.WriteByte(byte(len(m.mems)))
	for _, mi := range m.mems {
		binary.Write(w, binary.LittleEndian, mi.beta)
		binary.Write(w, binary.LittleEndian, uint32(len(mi.counts)))
		for _, ent := range mi.counts {
			uv(uint64(len(ent)))
			prev := int32(0)
			for _, c := range ent {
				uv(uint64(c.id - prev))
				uv(uint64(c.tf))
				prev = c.id
			}
		}
	}
}

// readSimMemory reads what write wrote and rebuilds the indexes.
func readSimMemory(r *bufio.Reader) (*simMemory, error) {
	m, err := readSimTables(r)
	if err != nil {
		return nil, fmt.Errorf("similarity memory: %w", err)
	}
	m.index()
	m.build()
	return m, nil
}

func readSimTables(r *bufio.Reader) (*simMemory, error) {
	o, err := r.ReadByte()
	if err != nil {
		return nil, err
	}
	if o&^(simOptBigrams|simOptDropStop|simOptCLEF2020Test) != 0 {
		return nil, fmt.Errorf("unknown term options %#x", o)
	}
	m := &simMemory{opts: simOpts{bigrams: o&simOptBigrams != 0, dropStop: o&simOptDropStop != 0}, clef2020Test: o&simOptCLEF2020Test != 0}
	if err := binary.Read(r, binary.LittleEndian, &m.unseen); err != nil {
		return nil, err
	}
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	if n > 1<<26 {
		return nil, fmt.Errorf("idf table of %d terms", n)
	}
	m.hashes = make([]uint64, n)
	m.idf = make([]float32, n)
	var h uint64
	for i := range m.hashes {
		gap, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		if i > 0 && gap == 0 {
			return nil, errors.New("idf table out of order")
		}
		h += gap
		m.hashes[i] = h
		if err := binary.Read(r, binary.LittleEndian, &m.idf[i]); err != nil {
			return nil, err
		}
	}
	nm, err := r.ReadByte()
	if err != nil {
		return nil, err
	}
	if nm == 0 || nm > maxSimMemory {
		return nil, fmt.Errorf("%d memories", nm)
	}
	m.mems = make([]memIndex, nm)
	for k := range m.mems {
		mi := &m.mems[k]
		var ne uint32
		if err := binary.Read(r, binary.LittleEndian, &mi.beta); err != nil {
			return nil, err
		}
		if err := binary.Read(r, binary.LittleEndian, &ne); err != nil {
			return nil, err
		}
		if ne > 1<<24 {
			return nil, fmt.Errorf("memory of %d entries", ne)
		}
		mi.counts = make([][]idCount, ne)
		for e := range mi.counts {
			nt, err := binary.ReadUvarint(r)
			if err != nil {
				return nil, err
			}
			if nt == 0 || nt > uint64(n) {
				return nil, fmt.Errorf("entry of %d terms", nt)
			}
			ent := make([]idCount, nt)
			id := int64(0)
			for j := range ent {
				gap, err := binary.ReadUvarint(r)
				if err != nil {
					return nil, err
				}
				tf, err := binary.ReadUvarint(r)
				if err != nil {
					return nil, err
				}
				if gap >= uint64(n) || (j > 0 && gap == 0) || tf == 0 || tf > 1<<20 {
					return nil, errors.New("entry term out of range")
				}
				if id += int64(gap); id >= int64(n) {
					return nil, errors.New("entry term out of range")
				}
				ent[j] = idCount{int32(id), int32(tf)}
			}
			mi.counts[e] = ent
		}
	}
	return m, nil
}
