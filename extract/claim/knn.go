package claim

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/mentions/mentions/extract/ner"
)

// Similarity to claims fact-checkers already checked: the experiments
// (simIndex, knnConfig, trainKNN), and the memories they build
// (simSource), from which the shipped Scorer's simMemory is built too
// (memory.go: variant A of README.md). Politicians repeat talking points across
// debates and speeches, and a CLEF label means "a journalist fact-checked
// this sentence", so a sentence close to a known positive may be worth
// checking again. A simIndex remembers the training positives as TF-IDF
// vectors over lower-cased words (and optionally adjacent-word bigrams) and
// returns a sentence's top cosine similarities through an inverted index,
// so a lookup costs the postings of the sentence's terms, not a scan of the
// memory.
//
// Every entry carries a group: its debate (both CLEF label editions of a
// debate share one), or, for a ClaimBuster row, the debate it was taken
// from when that debate is a CLEF training file, else its own text. A
// training sentence is always looked up without its own group. Without
// that the lookup would find the sentence itself, or its copy in the other
// label edition, and the similarity would be the label.

// simOpts says which terms a simIndex compares.
type simOpts struct {
	// bigrams adds adjacent-word bigrams (over the words kept).
	bigrams bool
	// dropStop leaves out stop words (idf already discounts them; dropping
	// them also shortens the postings walked).
	dropStop bool
	// minWords is the fewest words (and numbers) an entry needs to be
	// remembered. CLEF labels "(APPLAUSE)" positive 11 times and "Wrong."
	// once (a label put on the wrong line, apparently), and any such short
	// entry matches thousands of held-out lines at similarity 1.
	minWords int
	// clusterLevel, when 1–4, compares each word by its word cluster at
	// that level of the entity package's hierarchy (1 is 16 clusters, 4
	// is 2048) instead of by itself: words used alike match ("jobs",
	// "wages"). A word without a cluster, and every number, is itself.
	clusterLevel int
}

// simTerm is one term of a sentence's TF-IDF vector.
type simTerm struct {
	h uint64
	w float32
}

// simPosting is one entry's weight for a term.
type simPosting struct {
	e int32
	w float32
}

// simIndex is a memory of sentences searched by TF-IDF cosine.
type simIndex struct {
	opts   simOpts
	idf    map[uint64]float32
	unseen float32 // idf of a term absent from the idf corpus
	post   map[uint64][]simPosting
	group  []int32 // group of each entry
	pool   sync.Pool
}

// simScratch is the per-lookup state of a simIndex, pooled so a lookup
// allocates nothing.
type simScratch struct {
	toks    []token
	terms   []uint64
	vec     []simTerm
	acc     []float32
	touched []int32
}

// stopWords are frequent function words, left out under simOpts.dropStop.
var stopWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(`a an the and or but if then so as of at by for with about
		against between into through during before after above below to from up down in out on off
		over under again further once here there when where why how all any both each few more most
		other some such no nor not only own same than too very can will just should now i me my
		myself we our ours ourselves you your yours yourself yourselves he him his himself she her
		hers herself it its itself they them their theirs themselves what which who whom this that
		these those am is are was were be been being have has had having do does did doing would
		could i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd
		she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't weren't hasn't
		haven't hadn't doesn't don't didn't won't wouldn't can't cannot couldn't that's there's
		let's uh um well oh yeah okay ok going gonna get got also`) {
		m[wordHash(w)] = true
	}
	return m
}()

var nsSimBigram = hashNS('k')

// nsSimCluster keys a word cluster's term under simOpts.clusterLevel.
var nsSimCluster = hashNS('w')

// simClusters returns the entity model whose word clusters
// simOpts.clusterLevel reads, decoded once. The embedded model is known
// good: a decoding error is a build error, so it panics.
var simClusters = sync.OnceValue(func() *ner.Model {
	m, err := ner.Default()
	if err != nil {
		panic(fmt.Sprintf("word clusters: %v", err))
	}
	return m
})

// terms appends the term hashes of sentence s (tokens toks) to out:
// lower-cased words and numbers (exact digits: a repeated figure is a
// repeated claim), and under bigrams each pair of adjacent kept words, a
// punctuation mark breaking the pair.
func (o simOpts) terms(s string, toks []token, out []uint64) []uint64 {
	var prev uint64
	have := false
	for _, t := range toks {
		if t.kind == tokPunct {
			have = false
			continue
		}
		h := wordHash(s[t.start:t.end])
		if o.dropStop && stopWords[h] {
			continue
		}
		if o.clusterLevel > 0 && t.kind == tokWord {
			if ids, ok := simClusters().WordCluster(s[t.start:t.end]); ok {
				h = mix(nsSimCluster, uint64(ids[o.clusterLevel-1]))
			}
		}
		out = append(out, h)
		if o.bigrams {
			if have {
				out = append(out, mix(nsSimBigram, mix(prev, h)))
			}
			prev, have = h, true
		}
	}
	return out
}

// sentenceTerms returns the sorted distinct terms of s.
func (o simOpts) sentenceTerms(s string) []uint64 {
	t := o.terms(s, tokenize(s, nil), nil)
	slices.Sort(t)
	return slices.Compact(t)
}

// vector writes the L2-normalised TF-IDF vector of terms (sorted, with
// repeats) into vec: weight (1 + ln tf) * idf, unseen terms weighted as the
// rarest.
func (x *simIndex) vector(terms []uint64, vec []simTerm) []simTerm {
	vec = vec[:0]
	var norm float64
	for i := 0; i < len(terms); {
		j := i + 1
		for j < len(terms) && terms[j] == terms[i] {
			j++
		}
		idf, ok := x.idf[terms[i]]
		if !ok {
			idf = x.unseen
		}
		w := tfidf(j-i, idf)
		vec = append(vec, simTerm{terms[i], w})
		norm += float64(w) * float64(w)
		i = j
	}
	normalise(vec, norm)
	return vec
}

// tfidf is the weight of a term counted tf times in a sentence: (1 + ln
// tf) * idf. The shipped memory (simMemory) weighs its entries and queries
// with the same function, so its similarities are the experiments'.
func tfidf(tf int, idf float32) float32 {
	return (1 + float32(math.Log(float64(tf)))) * idf
}

// normalise divides the weights of vec by the square root of norm (their
// sum of squares), leaving an empty vector alone.
func normalise(vec []simTerm, norm float64) {
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range vec {
			vec[i].w *= inv
		}
	}
}

// simCount is one distinct term of a remembered sentence and how often it
// occurs there.
type simCount struct {
	h  uint64
	tf int32
}

// simSource is a memory before it is indexed: the idf of every term of the
// corpus it was built with, and each remembered sentence as its distinct
// terms (sorted by hash) with their counts. Both the experiments' simIndex
// and the shipped simMemory are built from one, and the model file stores
// it: hashed terms and counts, no sentence text.
type simSource struct {
	opts    simOpts
	idf     map[uint64]float32
	unseen  float32 // idf of a term absent from the corpus
	entries [][]simCount
	group   []int32 // group of each entry
}

// newSimSource builds the memory of entries (entries[i] in group
// groups[i]), with idf from corpus (every training sentence, one document
// each): idf = ln((1+n)/(1+df)) + 1, an unseen term ln(1+n) + 1. Entries
// with the same words in the same group are kept once, so a positive of
// both label editions of a debate counts once; entries of fewer than
// o.minWords words are left out.
func newSimSource(corpus, entries []string, groups []int32, o simOpts) *simSource {
	df := map[uint64]int32{}
	for _, s := range corpus {
		for _, h := range o.sentenceTerms(s) {
			df[h]++
		}
	}
	n := float64(len(corpus))
	src := &simSource{opts: o, idf: make(map[uint64]float32, len(df))}
	for h, d := range df {
		src.idf[h] = float32(math.Log((1+n)/(1+float64(d))) + 1)
	}
	src.unseen = float32(math.Log(1+n) + 1)
	type key struct {
		g    int32
		text string
	}
	seen := map[key]bool{}
	var toks []token
	var terms []uint64
	for i, s := range entries {
		k := key{groups[i], normSentence(s)}
		if seen[k] {
			continue
		}
		seen[k] = true
		toks = tokenize(s, toks[:0])
		if words(toks) < max(o.minWords, 1) {
			continue
		}
		terms = o.terms(s, toks, terms[:0])
		if len(terms) == 0 {
			continue
		}
		slices.Sort(terms)
		var counts []simCount
		for i := 0; i < len(terms); {
			j := i + 1
			for j < len(terms) && terms[j] == terms[i] {
				j++
			}
			counts = append(counts, simCount{terms[i], int32(j - i)})
			i = j
		}
		src.entries = append(src.entries, counts)
		src.group = append(src.group, groups[i])
	}
	return src
}

// idfOf is the idf of term h: its corpus idf, or the unseen idf.
func (src *simSource) idfOf(h uint64) float32 {
	if v, ok := src.idf[h]; ok {
		return v
	}
	return src.unseen
}

// entryVector writes the L2-normalised TF-IDF vector of entry e into vec,
// computed exactly as simIndex.vector computes a sentence's.
func (src *simSource) entryVector(e int, vec []simTerm) []simTerm {
	vec = vec[:0]
	var norm float64
	for _, c := range src.entries[e] {
		w := tfidf(int(c.tf), src.idfOf(c.h))
		vec = append(vec, simTerm{c.h, w})
		norm += float64(w) * float64(w)
	}
	normalise(vec, norm)
	return vec
}

// newSimIndex builds a memory of entries (entries[i] in group groups[i]),
// with idf from corpus (every training sentence, one document each); see
// newSimSource.
func newSimIndex(corpus, entries []string, groups []int32, o simOpts) *simIndex {
	return indexSim(newSimSource(corpus, entries, groups, o))
}

// indexSim builds the inverted index of src: every entry's weight for
// each of its terms, walked whole by top.
func indexSim(src *simSource) *simIndex {
	x := &simIndex{opts: src.opts, idf: src.idf, unseen: src.unseen, post: map[uint64][]simPosting{}}
	var vec []simTerm
	for e := range src.entries {
		vec = src.entryVector(e, vec)
		x.group = append(x.group, src.group[e])
		for _, t := range vec {
			x.post[t.h] = append(x.post[t.h], simPosting{int32(e), t.w})
		}
	}
	x.pool.New = func() any { return &simScratch{acc: make([]float32, len(x.group))} }
	return x
}

// words counts the words and numbers of toks.
func words(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind != tokPunct {
			n++
		}
	}
	return n
}

// len is the number of entries remembered.
func (x *simIndex) len() int { return len(x.group) }

// top writes into out (its length is k) the k highest cosine similarities
// of s to the entries outside group exclude (-1: none), highest first, 0
// where there are fewer matches.
func (x *simIndex) top(s string, exclude int32, out []float32) {
	clear(out)
	sc := x.pool.Get().(*simScratch)
	defer x.pool.Put(sc)
	sc.toks = tokenize(s, sc.toks[:0])
	sc.terms = x.opts.terms(s, sc.toks, sc.terms[:0])
	slices.Sort(sc.terms)
	sc.vec = x.vector(sc.terms, sc.vec)
	sc.touched = sc.touched[:0]
	for _, t := range sc.vec {
		for _, p := range x.post[t.h] {
			if sc.acc[p.e] == 0 {
				sc.touched = append(sc.touched, p.e)
			}
			sc.acc[p.e] += t.w * p.w
		}
	}
	for _, e := range sc.touched {
		v := sc.acc[e]
		sc.acc[e] = 0
		if x.group[e] == exclude || v <= out[len(out)-1] {
			continue
		}
		// insert v into the descending top list
		j := len(out) - 1
		for j > 0 && out[j-1] < v {
			out[j] = out[j-1]
			j--
		}
		out[j] = v
	}
}

// normSentence is a sentence's lower-cased words and numbers joined by
// spaces: equal for two copies of a sentence whatever their punctuation.
func normSentence(s string) string {
	var b strings.Builder
	for _, t := range tokenize(s, nil) {
		if t.kind == tokPunct {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(lower(s[t.start:t.end]))
	}
	return b.String()
}

// debateAliases maps the CLEF-2020 training files that transcribe a
// CLEF-2019 training debate under another date to that debate's date (by
// shared sentences of six words or more: 877 of 891, 1,419 of 1,437, 880
// of 882, and 136 of 251 for the acceptance speech, cut differently).
var debateAliases = map[string]string{
	"20160204_democrats_new_hampshire": "20160209", // 20160209_msnbc_dem
	"20160225_GOP_texas":               "20160226", // 20160226_10_gop
	"20160415_NY_democratic_debate":    "20160414", // 20160414_9dem
	"20160721_Trump_draft_RNC":         "20160722", // 20160722_trump_acceptance
}

// debateGroup is the group of a CLEF document: the date its name starts
// with, or its alias's, so both label editions of a debate share it; ""
// for a document not named by date.
func debateGroup(doc string) string {
	if d, ok := debateAliases[doc]; ok {
		return d
	}
	if d, ok := claimRankDates[doc]; ok {
		return d
	}
	if len(doc) < 8 || !strings.HasPrefix(doc, "20") {
		return ""
	}
	return doc[:8]
}

// claimRankDates maps ClaimRank transcripts to the dates of the CLEF
// debates they transcribe (clinton_acceptance_speech is in no CLEF set).
var claimRankDates = map[string]string{
	"04_10_2016_ann":                "20161005",
	"09_10_2016_ann":                "20161010",
	"19_10_2016_ann":                "20161019",
	"26_09_2016_ann":                "20160926",
	"9th_democratic_ann":            "20160414",
	"clinton_acceptance_speech_ann": "20160728",
	"trump_acceptance_speech_ann":   "20160722",
	"trump_inauguration_ann":        "20170120",
}

// minDupWords is the fewest words a sentence needs for a copy of it to tie
// a ClaimBuster row to a debate: shorter ones ("Thank you very much.")
// recur everywhere.
const minDupWords = 6

// claimBusterOrigins maps the text (normSentence) of each ClaimBuster row
// of docs that copies a sentence of a dated document of docs to that
// document's group. ClaimBuster transcribes the US general-election
// debates, some of which are CLEF files; a row found in several groups
// goes to the group with the most copies in ClaimBuster overall (its
// debate, rather than a later speech that repeats the line).
func claimBusterOrigins(docs [][]example) map[string]string {
	where := map[string][]string{} // text -> groups holding it
	for _, d := range docs {
		if len(d) == 0 {
			continue
		}
		g := debateGroup(d[0].doc)
		if g == "" {
			continue
		}
		for _, e := range d {
			t := normSentence(e.text)
			if strings.Count(t, " ")+1 < minDupWords {
				continue
			}
			if gs := where[t]; len(gs) == 0 || gs[len(gs)-1] != g {
				where[t] = append(gs, g)
			}
		}
	}
	count := map[string]int{}
	matched := map[string][]string{}
	for _, d := range docs {
		if len(d) != 1 || d[0].doc != "claimbuster" {
			continue
		}
		t := normSentence(d[0].text)
		if gs, ok := where[t]; ok {
			gs = slices.Compact(slices.Sorted(slices.Values(gs)))
			matched[t] = gs
			for _, g := range gs {
				count[g]++
			}
		}
	}
	out := make(map[string]string, len(matched))
	for t, gs := range matched {
		best := gs[0]
		for _, g := range gs[1:] {
			if count[g] > count[best] {
				best = g
			}
		}
		out[t] = best
	}
	return out
}

// simGroups returns the group of every sentence of docs, as small
// integers: a dated document's group, a ClaimBuster row's origin (see
// claimBusterOrigins) or else its own text, any other document its name.
func simGroups(docs [][]example) [][]int32 {
	origins := claimBusterOrigins(docs)
	ids := map[string]int32{}
	id := func(k string) int32 {
		v, ok := ids[k]
		if !ok {
			v = int32(len(ids))
			ids[k] = v
		}
		return v
	}
	out := make([][]int32, len(docs))
	for i, d := range docs {
		out[i] = make([]int32, len(d))
		for j, e := range d {
			var k string
			switch {
			case e.doc == "claimbuster":
				t := normSentence(e.text)
				if g, ok := origins[t]; ok {
					k = g
				} else {
					k = "cb:" + t
				}
			case debateGroup(e.doc) != "":
				k = debateGroup(e.doc)
			default:
				k = "doc:" + e.doc
			}
			out[i][j] = id(k)
		}
	}
	return out
}

// Memories a knnConfig may build from the training positives, each
// searched on its own (the rescoring experiments also merge their top
// lists: a cosine does not depend on the memory, the idf being shared).
const (
	memCLEF = 1 << iota // positives of the CLEF (dated) documents
	memCB               // positives of ClaimBuster
)

// knnConfig says how similarity to remembered positives joins the linear
// model (experiments only).
type knnConfig struct {
	opts simOpts
	// mems is which memories to build (memCLEF, memCB).
	mems int
	// dense adds, for each memory, a one-hot bucket of the sentence's top
	// similarity (and of the mean of its top 3 under mean3) as features of
	// the linear model, in their own block valued scale/sqrt(block size);
	// a training sentence's similarities are computed without its own
	// group. Otherwise the linear model is the plain one and similarity
	// only rescored afterwards.
	dense bool
	mean3 bool
	scale float64 // default 1
	// memOnly names documents whose positives join the memories but
	// which the linear model is not trained on (experiments: "More data"
	// in README.md).
	memOnly map[string]bool
}

// simBounds are the upper bounds of the similarity buckets of the dense
// features.
var simBounds = []float32{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}

// simTopK is how many similarities each lookup keeps.
const simTopK = 5

var nsSimMix = hashNS('s')

// knnModel is a linear model with its memories.
type knnModel struct {
	cfg  knnConfig
	lin  *Scorer
	mems []*simIndex
}

// buildMemories builds cfg's memories from docs, idf from every sentence
// of docs, groups[i][j] being the group of docs[i][j].
func buildMemories(docs [][]example, groups [][]int32, cfg knnConfig) []*simIndex {
	var out []*simIndex
	for _, src := range buildSimSources(docs, groups, cfg) {
		out = append(out, indexSim(src))
	}
	return out
}

// buildSimSources is buildMemories before indexing: the memories cfg asks
// for (CLEF, then ClaimBuster) that have entries.
func buildSimSources(docs [][]example, groups [][]int32, cfg knnConfig) []*simSource {
	var corpus []string
	var ents [2][]string
	var gs [2][]int32
	for i, d := range docs {
		for j, e := range d {
			corpus = append(corpus, e.text)
			if !e.label {
				continue
			}
			m := 0
			if e.doc == "claimbuster" {
				m = 1
			}
			if cfg.mems&(memCLEF<<m) == 0 {
				continue
			}
			ents[m] = append(ents[m], e.text)
			gs[m] = append(gs[m], groups[i][j])
		}
	}
	var out []*simSource
	for m := range 2 {
		if len(ents[m]) > 0 {
			out = append(out, newSimSource(corpus, ents[m], gs[m], cfg.opts))
		}
	}
	return out
}

// simFeatures appends the dense features of sentence s, looked up without
// group exclude, to out: per memory m, the bucket of the top similarity
// (and of the mean of the top 3).
func (cfg knnConfig) simFeatures(mems []*simIndex, s string, exclude int32, out []uint64) []uint64 {
	var top [simTopK]float32
	for m, x := range mems {
		x.top(s, exclude, top[:])
		out = append(out, mix(nsSimMix, uint64(m<<8|bucketSim(top[0]))))
		if cfg.mean3 {
			out = append(out, mix(nsSimMix, uint64(m<<8|0x80|bucketSim((top[0]+top[1]+top[2])/3))))
		}
	}
	return out
}

func bucketSim(v float32) int {
	for i, b := range simBounds {
		if v < b {
			return i
		}
	}
	return len(simBounds)
}

// trainKNN trains a linear model under tc (without context, entity,
// cluster or speaker features) and cfg's memories on docs.
func trainKNN(docs [][]example, weights []float64, tc TrainConfig, cfg knnConfig) (*knnModel, error) {
	tc.defaults()
	tc.context, tc.speakers, tc.entities, tc.clusters = ctxNone, 0, 0, 0
	if cfg.scale == 0 {
		cfg.scale = 1
	}
	groups := simGroups(docs)
	mems := buildMemories(docs, groups, cfg)
	set, err := examplesOf(docs, weights, tc)
	if err != nil {
		return nil, fmt.Errorf("train knn: %w", err)
	}
	if cfg.dense {
		// set holds the sentences of docs in order
		k := 0
		for i, d := range docs {
			for j, e := range d {
				ex := &set[k]
				ex.feats = cfg.simFeatures(mems, e.text, groups[i][j], ex.feats)
				ex.end[3], ex.end[4] = ex.end[2], int32(len(ex.feats))
				k++
			}
		}
		tc.spkScale = cfg.scale // block 4 carries the similarity features
	}
	lin, err := fitSeeds(set, tc)
	if err != nil {
		return nil, fmt.Errorf("train knn: %w", err)
	}
	return &knnModel{cfg: cfg, lin: lin, mems: mems}, nil
}

// margins returns the model's margin for each sentence of doc (its dense
// similarity features looked up with no group excluded: doc is not
// trained on).
func (k *knnModel) margins(doc []example) []float64 {
	z := make([]float64, len(doc))
	var toks []token
	var feats, sf []uint64
	for i, e := range doc {
		toks = tokenize(e.text, toks[:0])
		feats = featurize(e.text, toks, feats[:0])
		z[i] = float64(k.lin.bias) + k.lin.sum(feats, 0)*featScale(len(feats))
		if k.cfg.dense {
			sf = k.cfg.simFeatures(k.mems, e.text, -1, sf[:0])
			z[i] += k.lin.sum(sf, 0) * featScale(len(sf)) * k.cfg.scale
		}
	}
	return z
}
