package claim

import (
	"math"
	"math/bits"
	"slices"
	"testing"
)

// MaxScore over tiered postings: an exact top-1 lookup that walks about a
// seventh of the postings, tried for the shipped memory and not kept. On
// these memories (695 and 2,028 entries, about 3,000 postings a lookup)
// its bookkeeping costs more than it saves: 4.9 µs a lookup against 3.4
// µs for the dense walk that is shipped (simMemory.top1; README.md,
// "Shipped: variant A"). It stays here, checked for exactness against the
// shipped lookup, so the figures can be reproduced:
//
//	go test ./extract/claim -run XXX -bench 'SimLookup/(shipped|MaxScore)'
//
// The steps, from the first tried to the last, each measured on the
// CLEF-2020 test sentences: terms by decreasing bound, entries reached
// finished by a merge with their term vectors (35 µs: about 270 entries
// finished a lookup, fewer than one of them beating the best found
// before); θ raised by finishing the best partial sum after each term,
// and a per-entry bound (19 µs); slot masks for the frequent terms (10
// µs); postings cut into tiers by weight (13 µs: fewer postings walked,
// more entries finished); the bound of an entry from a popcount of its
// mask (the n largest bounds of the frequent terms left), dense
// accumulators and a branch-free pass over the entries reached (4.9 µs).

// msMemory is a simMemory's memories indexed for MaxScore lookups (msMemory.top1).
type msMemory struct {
	mems []msIndex
	acc  [][]float32
	cand []qCand
	left leftTerms
	fe   []int32
	fa   []float32
}

// newMSMemory indexes the memories of m for MaxScore lookups.
func newMSMemory(m *simMemory) *msMemory {
	ms := &msMemory{}
	for k := range m.mems {
		mi := msIndex{beta: m.mems[k].beta, counts: m.mems[k].counts}
		mi.foff = make([]int32, 1, len(mi.counts)+1)
		var vec []simTerm
		for _, ent := range mi.counts {
			vec = vec[:0]
			var norm float64
			for _, c := range ent {
				w := tfidf(int(c.tf), m.idf[c.id])
				vec = append(vec, simTerm{uint64(c.id), w})
				norm += float64(w) * float64(w)
			}
			normalise(vec, norm)
			for _, t := range vec {
				mi.fterm = append(mi.fterm, int32(t.h))
				mi.fw = append(mi.fw, t.w)
			}
			mi.foff = append(mi.foff, int32(len(mi.fterm)))
		}
		mi.invert(len(m.hashes))
		mi.slots()
		ms.mems = append(ms.mems, mi)
		ms.acc = append(ms.acc, make([]float32, len(mi.counts)))
	}
	return ms
}

// tierFracs are where a term's postings, by decreasing weight, are cut
// into tiers (fractions of its postings), for terms of more than tierMin
// postings. The top tier of a frequent word holds the short entries,
// where it weighs much; the bottom tier, most of its postings, has a
// small largest weight, so the bound of what it can add is small and its
// postings are seldom walked.
var tierFracs = []float64{1.0 / 16, 1.0 / 4}

const tierMin = 32

// slotWords is how many 64-bit words hold an entry's slot mask, and
// nSlots how many terms of a memory have slots.
const (
	slotWords = 2
	nSlots    = 64 * slotWords
)

// msMemory.top1 unrolls its loop over the mask words for slotWords = 2.
var _ [slotWords - 2]struct{}
var _ [2 - slotWords]struct{}

// msIndex is one memory: its entries as term vectors (forward, to finish
// an entry's dot product) and as postings cut into tiers by weight
// (inverted, to find the entries), both in compressed-row form.
type msIndex struct {
	beta float32
	// counts are the entries' terms (ids, increasing) and counts, as the
	// model file stores them.
	counts [][]idCount
	// forward index: entry e's terms are fterm[foff[e]:foff[e+1]], with
	// weights fw.
	foff  []int32
	fterm []int32
	fw    []float32
	// inverted index: term t's tiers are tfirst[t] to tfirst[t+1]-1,
	// heaviest first; tier j's postings are pe[tlo[j]:tlo[j+1]] (entries
	// in increasing order) with weights pw, all in (tmin[j], tmax[j]].
	tfirst []int32
	tlo    []int32
	tmin   []float32
	tmax   []float32
	pe     []int32
	pw     []float32
	// The memory's most frequent terms (at most nSlots, by number of
	// postings) have slots: slot[t] is term t's (-1: none), and entry e
	// holds the terms of the slots set in mask[e], their weights in slot
	// order at sw[soff[e]:].
	// The terms a lookup leaves unwalked are mostly these, so bounding
	// what an entry can gain from them costs a popcount, and finishing it
	// a bit test and a popcount per term instead of a search of its term
	// vector.
	slot []int16
	mask [][slotWords]uint64
	soff []int32
	sw   []float32
}

// leftTerms are the query terms with tiers left unwalked when top1 stops
// walking, for finishing entries: those with a slot by slot (their
// query weight, and the largest weight of their tiers left), the others
// listed.
type leftTerms struct {
	mask   [slotWords]uint64
	w, whi [nSlots]float32
	pre    [nSlots + 1]float32 // pre[j]: the sum of the j largest slot terms' bounds
	// other are the terms without a slot (id, w, and whi the largest
	// weight of its tiers left, ub its bound); otherUB the sum of their
	// bounds
	other   []qCand
	otherUB float32
}

// qCand is one tier of a query term present in a memory, with the largest
// contribution it can make to a dot product (the term's weight times the
// tier's largest weight).
type qCand struct {
	id       int32   // the term
	w, ub    float32 // the term's weight in the query; the bound
	wlo, whi float32 // the tier's weights are in (wlo, whi]
	lo, hi   int32   // its postings
	last     bool    // the term's last tier
	nextUB   float32 // the bound of the term's next tier (0 for the last)
}

// invert builds the tiered postings of a memory of nterms terms from its
// forward index.
func (mi *msIndex) invert(nterms int) {
	type posting struct {
		e int32
		w float32
	}
	post := make([][]posting, nterms)
	for e := range len(mi.foff) - 1 {
		for p := mi.foff[e]; p < mi.foff[e+1]; p++ {
			post[mi.fterm[p]] = append(post[mi.fterm[p]], posting{int32(e), mi.fw[p]})
		}
	}
	mi.tfirst = make([]int32, nterms+1)
	mi.tlo, mi.tmin, mi.tmax = mi.tlo[:0], mi.tmin[:0], mi.tmax[:0]
	mi.pe, mi.pw = make([]int32, 0, len(mi.fterm)), make([]float32, 0, len(mi.fterm))
	var ws []float32
	for t, ps := range post {
		mi.tfirst[t] = int32(len(mi.tlo))
		if len(ps) == 0 {
			continue
		}
		// the cuts, heaviest first: tier j holds the weights in
		// (cuts[j+1], cuts[j]]
		ws = ws[:0]
		for _, p := range ps {
			ws = append(ws, p.w)
		}
		slices.Sort(ws)
		slices.Reverse(ws)
		cuts := []float32{ws[0]}
		if len(ps) > tierMin {
			for _, f := range tierFracs {
				c := ws[int(f*float64(len(ws)))]
				if c < cuts[len(cuts)-1] && c > ws[len(ws)-1] {
					cuts = append(cuts, c)
				}
			}
		}
		cuts = append(cuts, 0) // every weight is positive
		for j := range len(cuts) - 1 {
			hi, lo := cuts[j], cuts[j+1]
			mi.tlo = append(mi.tlo, int32(len(mi.pe)))
			mi.tmin = append(mi.tmin, lo)
			var top float32
			for _, p := range ps {
				if p.w > lo && p.w <= hi {
					mi.pe, mi.pw = append(mi.pe, p.e), append(mi.pw, p.w)
					top = max(top, p.w)
				}
			}
			mi.tmax = append(mi.tmax, top)
		}
	}
	mi.tfirst[nterms] = int32(len(mi.tlo))
	mi.tlo = append(mi.tlo, int32(len(mi.pe)))
}

// slots gives the nSlots terms with the most postings (ties to the lower
// id) their slots and fills mask, soff and sw from the forward index.
func (mi *msIndex) slots() {
	nterms := len(mi.tfirst) - 1
	plen := func(t int32) int32 { return mi.tlo[mi.tfirst[t+1]] - mi.tlo[mi.tfirst[t]] }
	ids := make([]int32, nterms)
	for t := range ids {
		ids[t] = int32(t)
	}
	slices.SortStableFunc(ids, func(a, b int32) int { return int(plen(b) - plen(a)) })
	mi.slot = make([]int16, nterms)
	for t := range mi.slot {
		mi.slot[t] = -1
	}
	for s, t := range ids[:min(nSlots, len(ids))] {
		if plen(t) > 0 {
			mi.slot[t] = int16(s)
		}
	}
	ne := len(mi.foff) - 1
	mi.mask = make([][slotWords]uint64, ne)
	mi.soff = make([]int32, ne+1)
	mi.sw = nil
	var ws [nSlots]float32
	for e := range ne {
		mask := &mi.mask[e]
		for p := mi.foff[e]; p < mi.foff[e+1]; p++ {
			if s := mi.slot[mi.fterm[p]]; s >= 0 {
				mask[s>>6] |= 1 << (s & 63)
				ws[s] = mi.fw[p]
			}
		}
		for w, m := range mask {
			for ; m != 0; m &= m - 1 {
				mi.sw = append(mi.sw, ws[w<<6|bits.TrailingZeros64(m)])
			}
		}
		mi.soff[e+1] = int32(len(mi.sw))
	}
}

// slotWeight returns entry e's weight for the term of slot s, and whether
// it has the term.
func (mi *msIndex) slotWeight(e int32, s int) (float32, bool) {
	mask := &mi.mask[e]
	w, bit := s>>6, uint64(1)<<(s&63)
	if mask[w]&bit == 0 {
		return 0, false
	}
	n := bits.OnesCount64(mask[w] & (bit - 1))
	for _, m := range mask[:w] {
		n += bits.OnesCount64(m)
	}
	return mi.sw[mi.soff[e]+int32(n)], true
}

// top1 returns the highest cosine of the query q to an entry of memory k
// (0 when none shares a term). It is exact, and prunes as
// MaxScore does, over the tiers of the query's terms:
//
//   - The tiers are walked by decreasing upper bound of their
//     contribution (the term's weight × the tier's largest weight): rare
//     words and the heavy tiers of frequent words first, whose postings
//     are short. A partial sum never exceeds its entry's cosine (all
//     weights are positive).
//   - θ is the exact cosine of the best entry found so far: whenever the
//     best partial sum moves to another entry, that entry's cosine is
//     computed (a merge of q with its term vector).
//   - The tiers not yet walked can add at most, per term, the bound of its
//     heaviest tier left, and in all at most the norm of their terms' part
//     of the query (Cauchy-Schwarz: an entry's vector has norm 1). Once
//     that is no more than θ, no entry they alone could reach can beat θ,
//     and their postings (the light tiers of frequent words, the long
//     ones) are not walked.
//   - An entry already reached can gain, from the frequent terms left, at
//     most the sum of the n largest of their bounds, n being how many of
//     them it has (a popcount of its slot mask); from the other terms
//     left, at most the sum of their bounds. Only an entry whose partial
//     sum plus that exceeds θ is finished.
//
// The accumulators are dense and the walk has no data-dependent branch
// but the running maximum.
func (ms *msMemory) top1(k int, q []qTerm) float32 {
	sc := ms
	mi := &ms.mems[k]
	acc := ms.acc[k]
	cs := sc.cand[:0]
	// the bound of the tiers left: per term the bound of its heaviest
	// tier left, summed; and the norm of their terms' query weights
	var sumUB, norm2 float64
	for _, t := range q {
		if t.id < 0 || mi.tfirst[t.id] == mi.tfirst[t.id+1] {
			continue
		}
		first, end := mi.tfirst[t.id], mi.tfirst[t.id+1]
		for j := first; j < end; j++ {
			c := qCand{id: t.id, w: t.w, ub: t.w * mi.tmax[j], wlo: mi.tmin[j], whi: mi.tmax[j], lo: mi.tlo[j], hi: mi.tlo[j+1], last: j+1 == end}
			if !c.last {
				c.nextUB = t.w * mi.tmax[j+1]
			}
			// insertion sort by decreasing bound (stable: a term's tiers
			// stay heaviest first); a query has tens of tiers
			i := len(cs)
			cs = append(cs, c)
			for i > 0 && cs[i-1].ub < c.ub {
				cs[i] = cs[i-1]
				i--
			}
			cs[i] = c
		}
		sumUB += float64(t.w * mi.tmax[first])
		norm2 += float64(t.w) * float64(t.w)
	}
	sc.cand = cs
	var theta, bestPart float32 // θ, and the best partial sum
	best, known := int32(-1), int32(-1)
	i := 0
	for ; i < len(cs); i++ {
		if min(sumUB, math.Sqrt(max(norm2, 0))) <= float64(theta) {
			break
		}
		c := &cs[i]
		pe, pw := mi.pe[c.lo:c.hi], mi.pw[c.lo:c.hi]
		pw = pw[:len(pe)]
		w := c.w
		for j, e := range pe {
			v := acc[e] + w*pw[j]
			acc[e] = v
			if v > bestPart {
				bestPart, best = v, e
			}
		}
		sumUB += float64(c.nextUB) - float64(c.ub)
		if c.last {
			norm2 -= float64(c.w) * float64(c.w)
		}
		if best != known && i+1 < len(cs) {
			known = best
			theta = max(theta, mi.dot(best, q))
		}
	}
	if i == len(cs) {
		// every posting walked: the partial sums are the cosines
		clear(acc)
		return max(theta, bestPart)
	}
	lt := &sc.left
	mi.leftOf(cs[i:], lt)
	// Every posting walked gives its entry, with the bound of what it can
	// still gain. The loop has no data-dependent branch: each entry is
	// written to the list, which grows only when the bound exceeds θ. An
	// entry's accumulator is zeroed once read (readying acc for the next
	// lookup), so a second posting of it reads 0: if it is listed again,
	// it is finished from 0, which gives no more than its cosine.
	walked := 0
	for _, c := range cs[:i] {
		walked += int(c.hi - c.lo)
	}
	if cap(sc.fe) < walked {
		sc.fe, sc.fa = make([]int32, walked), make([]float32, walked)
	}
	fe, fa := sc.fe[:walked], sc.fa[:walked]
	pre, otherUB := &lt.pre, lt.otherUB
	nf := 0
	for _, c := range cs[:i] {
		for _, e := range mi.pe[c.lo:c.hi] {
			a := acc[e]
			acc[e] = 0
			mask := &mi.mask[e]
			// two mask words (slotWords), unrolled
			n := bits.OnesCount64(mask[0]&lt.mask[0]) + bits.OnesCount64(mask[1]&lt.mask[1])
			fe[nf], fa[nf] = e, a
			if a+pre[n]+otherUB > theta {
				nf++
			}
		}
	}
	for j, e := range fe[:nf] {
		if e != known {
			theta = max(theta, mi.finishLeft(e, fa[j], lt))
		}
	}
	return theta
}

// leftOf fills lt from the tiers left, left: a term's tiers left are its
// lightest, so together they hold its weights up to the largest of the
// first of them met.
func (mi *msIndex) leftOf(left []qCand, lt *leftTerms) {
	lt.mask = [slotWords]uint64{}
	lt.other = lt.other[:0]
	lt.otherUB = 0
	var ubs [nSlots]float32
	n := 0
	for i := range left {
		c := left[i]
		if s := mi.slot[c.id]; s >= 0 {
			if bit := uint64(1) << (s & 63); lt.mask[s>>6]&bit == 0 {
				lt.mask[s>>6] |= bit
				lt.w[s], lt.whi[s] = c.w, c.whi
				ubs[n] = c.ub
				n++
			}
			continue
		}
		if !slices.ContainsFunc(lt.other, func(o qCand) bool { return o.id == c.id }) {
			lt.other = append(lt.other, c)
			lt.otherUB += c.ub
		}
	}
	// pre[j]: the sum of the j largest slot bounds, for an entry holding
	// j of the slot terms left; rounded up a little, as a bound must not
	// round below the sum it bounds
	slices.Sort(ubs[:n])
	lt.pre[0] = 0
	for j := range n {
		lt.pre[j+1] = lt.pre[j] + ubs[n-1-j]
	}
	for j := 0; j <= n; j++ {
		lt.pre[j] *= 1 + 1e-6
	}
	for j := n + 1; j < len(lt.pre); j++ {
		lt.pre[j] = lt.pre[n]
	}
	lt.otherUB *= 1 + 1e-6
}

// finishLeft returns the cosine of entry e given its partial sum part
// over the tiers walked: it adds its weights for the terms of lt that fall
// in their tiers left, those of the slot terms found by a bit test and a
// popcount each, the others by binary search of its term vector.
func (mi *msIndex) finishLeft(e int32, part float32, lt *leftTerms) float32 {
	mask := &mi.mask[e]
	idx := mi.soff[e] // sw index of the first slot of word w
	for w, mw := range mask {
		for m := mw & lt.mask[w]; m != 0; m &= m - 1 {
			b := bits.TrailingZeros64(m)
			x := mi.sw[idx+int32(bits.OnesCount64(mw&(1<<b-1)))]
			if s := w<<6 | b; x <= lt.whi[s] {
				part += lt.w[s] * x
			}
		}
		idx += int32(bits.OnesCount64(mw))
	}
	for _, c := range lt.other {
		if w, ok := mi.weight(e, c.id); ok && w <= c.whi {
			part += c.w * w
		}
	}
	return part
}

// weight returns entry e's weight for term id, by binary search of its
// term vector.
func (mi *msIndex) weight(e, id int32) (float32, bool) {
	lo, hi := mi.foff[e], mi.foff[e+1]
	end := hi
	for lo < hi {
		h := int32(uint32(lo+hi) >> 1)
		if mi.fterm[h] < id {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < end && mi.fterm[lo] == id {
		return mi.fw[lo], true
	}
	return 0, false
}

// dot returns the cosine of the query q (terms in hash order, so in id
// order for those the corpus has) to entry e, merging q with e's term
// vector, summed in q's order as simIndex.top sums it.
func (mi *msIndex) dot(e int32, q []qTerm) float32 {
	var z float32
	p, end := mi.foff[e], mi.foff[e+1]
	for _, t := range q {
		if t.id < 0 {
			continue
		}
		for p < end && mi.fterm[p] < t.id {
			p++
		}
		if p == end {
			break
		}
		if mi.fterm[p] == t.id {
			z += t.w * mi.fw[p]
		}
	}
	return z
}

// TestMaxScoreTop1 checks on the synthetic memories of TestSimMemoryToy
// that the MaxScore lookup returns the shipped lookup's top 1.
func TestMaxScoreTop1(t *testing.T) {
	m, _, queries := toyMemory(t)
	checkMaxScore(t, m, queries)
}

// checkMaxScore compares msMemory.top1 with simMemory.top1 on sents, within
// 1e-6.
func checkMaxScore(t *testing.T, m *simMemory, sents []string) {
	t.Helper()
	ms := newMSMemory(m)
	sc := m.pool.Get().(*memScratch)
	defer m.pool.Put(sc)
	bad := 0
	worst := 0.0
	for _, s := range sents {
		m.query(s, tokenize(s, nil), sc)
		for k := range m.mems {
			a, b := ms.top1(k, sc.q), m.top1(k, sc)
			worst = max(worst, math.Abs(float64(a-b)))
			if math.Abs(float64(a-b)) > 1e-6 {
				if bad++; bad <= 10 {
					t.Errorf("memory %d, %q: MaxScore top1 %v, top1 %v", k, s, a, b)
				}
			}
		}
	}
	t.Logf("%d sentences: largest difference of MaxScore from the shipped lookup %.2g", len(sents), worst)
	if bad > 0 {
		t.Errorf("%d of %d lookups differ", bad, len(sents)*len(m.mems))
	}
}
