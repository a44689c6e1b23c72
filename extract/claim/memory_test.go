package claim

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// toyDocs makes a corpus of n sentences over a Zipf-distributed
// vocabulary (so a few words have long postings, as real function words
// do), every third one a positive, the odd documents ClaimBuster rows.
func toyDocs(n int) [][]example {
	rng := rand.New(rand.NewPCG(7, 11))
	zipf := rand.NewZipf(rng, 1.2, 2, 3000)
	var docs [][]example
	var debate []example
	for i := range n {
		var b strings.Builder
		for j := range 4 + rng.IntN(20) {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "w%d", zipf.Uint64())
			if rng.IntN(10) == 0 {
				fmt.Fprintf(&b, " %d%%", rng.IntN(100))
			}
		}
		b.WriteByte('.')
		e := example{text: b.String(), label: i%3 == 0}
		if i%2 == 1 {
			e.doc = "claimbuster"
			docs = append(docs, []example{e})
			continue
		}
		e.doc = fmt.Sprintf("2016%04d_debate", i/200)
		debate = append(debate, e)
		if len(debate) == 100 {
			docs, debate = append(docs, debate), nil
		}
	}
	return docs
}

// checkTop1 compares, for each sentence, the shipped top-1 similarity of
// every memory of m with the experiments' simIndex (idx[k], built from the
// same sources), within 1e-6.
func checkTop1(t *testing.T, m *simMemory, idx []*simIndex, sents []string) {
	t.Helper()
	sc := m.pool.Get().(*memScratch)
	defer m.pool.Put(sc)
	var top [1]float32
	bad := 0
	worst := 0.0
	for _, s := range sents {
		m.query(s, tokenize(s, nil), sc)
		for k := range m.mems {
			got := m.top1(k, sc)
			idx[k].top(s, -1, top[:])
			worst = max(worst, math.Abs(float64(got-top[0])))
			if math.Abs(float64(got-top[0])) > 1e-6 {
				if bad++; bad <= 10 {
					t.Errorf("memory %d, %q: top1 %v, simIndex.top %v", k, s, got, top[0])
				}
			}
		}
	}
	t.Logf("%d sentences: largest difference from simIndex %.2g", len(sents), worst)
	if bad > 0 {
		t.Errorf("%d of %d lookups differ", bad, len(sents)*len(m.mems))
	}
}

// toyMemory builds memories of toyDocs as trainMemory would (at least 6
// words), with the experiments' simIndex of each, and returns queries:
// other synthetic sentences, copies of entries, an empty and an unseen
// one.
func toyMemory(t *testing.T) (*simMemory, []*simIndex, []string) {
	t.Helper()
	docs := toyDocs(6000)
	groups := simGroups(docs)
	var srcs []*simSource
	for _, mem := range []int{memCLEF, memCB} {
		srcs = append(srcs, buildSimSources(docs, groups, knnConfig{opts: simOpts{minWords: 6}, mems: mem})...)
	}
	m := newSimMemory(srcs, []float32{6, 0.5})
	idx := []*simIndex{indexSim(srcs[0]), indexSim(srcs[1])}
	for k := range m.mems {
		if m.entries(k) != idx[k].len() || m.entries(k) < 100 {
			t.Fatalf("memory %d: %d entries, simIndex %d", k, m.entries(k), idx[k].len())
		}
	}
	var queries []string
	for _, d := range toyDocs(4000) {
		for _, e := range d {
			queries = append(queries, e.text)
		}
	}
	queries = append(queries, docs[0][0].text, docs[1][0].text, "", "zzz qqq.")
	return m, idx, queries
}

// TestSimMemoryToy checks on a synthetic corpus that the shipped memory's
// top-1 lookup returns the experiments' (simIndex), and that the memory
// survives a write and load.
func TestSimMemoryToy(t *testing.T) {
	m, idx, queries := toyMemory(t)
	checkTop1(t, m, idx, queries)

	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	m.write(w)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	m2, err := readSimMemory(bufio.NewReader(&buf))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range queries[:500] {
		if a, b := m.margin(q, tokenize(q, nil)), m2.margin(q, tokenize(q, nil)); a != b {
			t.Fatalf("margin(%q) = %v after a round trip, want %v", q, b, a)
		}
	}
	if _, err := readSimMemory(bufio.NewReader(bytes.NewReader(buf.Bytes()[:buf.Len()/2]))); err == nil {
		t.Error("a truncated memory loaded without error")
	}
}

// A model with memories is written as v6, loads back with the same
// scores, and adds β·top1 to every scoring path alike.
func TestScorerRoundTripMemory(t *testing.T) {
	docs := toyDocs(600)
	cfg := TrainConfig{Bits: 12, Epochs: 2, Seeds: 1}
	cfg.defaults()
	weights := make([]float64, len(docs))
	for i := range weights {
		weights[i] = 1
	}
	set, err := examplesOf(docs, weights, cfg)
	if err != nil {
		t.Fatal(err)
	}
	s, err := fitSeeds(set, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if v := s.modelVersion(); v != 2 {
		t.Fatalf("a model without memories is written as v%d, want v2", v)
	}
	plain := *s
	if s.sim, err = trainMemory(docs); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if got := buf.String()[:len(magicV6)]; got != magicV6 {
		t.Fatalf("model header = %q, want %q", got, magicV6)
	}
	s2, err := LoadScorer(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// remembered positives, a near copy of one, other sentences
	var texts []string
	for _, d := range docs {
		for _, e := range d {
			if e.label && len(texts) < 3 && words(tokenize(e.text, nil)) >= simMinWords {
				texts = append(texts, e.text)
			}
		}
	}
	texts = append(texts, texts[0]+" w1", docs[len(docs)-1][0].text, "w1 w2 w3 w5 w8 w13 w21 w34.", "Thank you.")
	doc := s.ScoreDoc(texts)
	raised := 0
	for i, x := range texts {
		a, b := s.Score(x), s2.Score(x)
		if a != b {
			t.Errorf("Score(%q) = %v after a round trip, want %v", x, b, a)
		}
		if a != doc[i] || a != s.ScoreOne(x, nil) {
			t.Errorf("Score(%q) = %v, ScoreDoc %v, ScoreOne %v: want them equal", x, a, doc[i], s.ScoreOne(x, nil))
		}
		want := plain.margins(x) + s.sim.margin(x, tokenize(x, nil))
		if got := s.margins(x); math.Abs(got-want) > 1e-12 {
			t.Errorf("margin(%q) = %v, want the plain margin + β·top1 = %v", x, got, want)
		}
		if s.margins(x) > plain.margins(x) {
			raised++
		}
	}
	if raised < 3 {
		t.Errorf("memories raised %d of %d margins", raised, len(texts))
	}
}

// margins is the margin of one sentence scored alone.
func (s *Scorer) margins(sentence string) float64 {
	return s.marginsTurns([]string{sentence}, nil, nil)[0]
}

// TestSimMemoryExact checks, on every sentence of the CLEF-2020 test-gold
// debates (and the CLEF-2019 test and ClaimBuster held-out, for good
// measure), that the shipped top-1 similarity equals the experiments'
// (simIndex, which keeps a list of the entries touched and a top 5),
// within 1e-6: for the memories built from the training data, and for
// the embedded model's memories as loaded from its file. The MaxScore
// lookup (memory_prune_test.go) is checked on the same sentences.
func TestSimMemoryExact(t *testing.T) {
	dir := claimsData(t)
	// the shipped memories' documents: the training debates and the
	// CLEF-2020 test-gold (TrainConfig.NoCLEF2020TestMemory)
	cfg := TrainConfig{Dir: dir, withCLEF2020Test: true}
	cfg.defaults()
	docs, _, err := trainingDocs(cfg)
	if err != nil {
		t.Fatal(err)
	}
	sents := testSentences(t, dir)
	m, err := trainMemory(docs)
	if err != nil {
		t.Fatal(err)
	}
	idx := buildMemories(docs, simGroups(docs), knnConfig{opts: simOpts{minWords: simMinWords}, mems: memCLEF | memCB})
	checkTop1(t, m, idx, sents)
	s, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	if s.sim == nil {
		t.Fatal("the embedded model has no memories")
	}
	checkTop1(t, s.sim, idx, sents)
}

// testSentences returns every sentence of the CLEF-2020 test-gold, the
// CLEF-2019 test and ClaimBuster's held-out fifth, in that order.
func testSentences(tb testing.TB, dir string) []string {
	tb.Helper()
	var sents []string
	for _, sub := range []string{pathCLEF2020Test, pathCLEF2019Test} {
		docs, err := readCLEFDir(filepath.Join(dir, sub), nil)
		if err != nil {
			tb.Fatal(err)
		}
		for _, d := range docs {
			for _, e := range d {
				sents = append(sents, e.text)
			}
		}
	}
	_, held, err := readClaimBuster(filepath.Join(dir, pathClaimBuster))
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range held {
		sents = append(sents, e.text)
	}
	return sents
}

// TestShippedIsRescoreA checks that the embedded model scores as the
// experiments' variant A rescoring (knnFinalists, TestKNNVariants) with
// the CLEF-2020 test-gold positives in its memories (TestMoreDataSelection's
// qualifying candidate): the plain linear model trained as trainKNN trains
// it (without the test-gold debates), plus 6 × the top CLEF similarity and
// 0.5 × the top ClaimBuster similarity, the memories built by
// buildMemories with A's term options from the training and test-gold
// debates. Margins agree within 1e-5 on
// every sentence of the CLEF-2020 and CLEF-2019 test debates, through
// ScoreDoc (as the Finder and eval-claims score) and through Score. It
// trains the linear model (about 10 s), so it runs only with CLAIMS_DATA:
//
//	CLAIMS_DATA=$(realpath ../shared/data/claims) go test ./extract/claim -run TestShippedIsRescoreA -v
func TestShippedIsRescoreA(t *testing.T) {
	dir := os.Getenv("CLAIMS_DATA")
	if dir == "" {
		t.Skip("set CLAIMS_DATA to the claims data folder")
	}
	a := knnFinalists()[0]
	if !strings.HasPrefix(a.name, "knn A:") {
		t.Fatalf("finalist %q is not A", a.name)
	}
	tc := TrainConfig{Dir: dir, withCLEF2020Test: true}
	tc.defaults()
	docs, weights, err := trainingDocs(tc)
	if err != nil {
		t.Fatal(err)
	}
	memOnly, err := clef2020TestNames(dir)
	if err != nil {
		t.Fatal(err)
	}
	var test [][]example
	for _, sub := range []string{pathCLEF2020Test, pathCLEF2019Test} {
		d, err := readCLEFDir(filepath.Join(dir, sub), nil)
		if err != nil {
			t.Fatal(err)
		}
		test = append(test, d...)
	}
	// as collectKNN does for the finalists
	ev, err := collectKNN(docs, weights, test, tc, knnConfig{memOnly: memOnly}, simVariants[a.v:a.v+1])
	if err != nil {
		t.Fatal(err)
	}
	s, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	worst, n := 0.0, 0
	for d, doc := range test {
		texts := make([]string, len(doc))
		for i, e := range doc {
			texts[i] = e.text
		}
		got := s.marginsTurns(texts, nil, nil)
		for i := range doc {
			want := a.r.margin(ev.z[d][i], ev.sims[0][d][i])
			alone := s.margins(texts[i])
			diff := max(math.Abs(got[i]-want), math.Abs(alone-want))
			worst = max(worst, diff)
			if diff > 1e-5 {
				if n++; n <= 10 {
					t.Errorf("%s, sentence %d: margin %v (alone %v), rescoring A %v", doc[0].doc, i, got[i], alone, want)
				}
			}
		}
	}
	t.Logf("largest difference from rescoring A: %.2g", worst)
	if n > 0 {
		t.Errorf("%d margins differ from rescoring A by more than 1e-5", n)
	}
	if slices.ContainsFunc(ev.z, func(z []float64) bool { return len(z) == 0 }) {
		t.Error("a test debate without margins")
	}
}

// TestShippedScoresAgree checks that every scoring path gives the embedded
// model's score: Score, ScoreOne, ScoreDoc, ScoreWith and ScoreTurns (the
// model reads no context, entities or speakers, so they must agree to the
// bit), on the seed's sentences.
func TestShippedScoresAgree(t *testing.T) {
	s, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	if s.sim == nil {
		t.Fatal("the embedded model has no memories")
	}
	_, sents := splitSeed(readSeed(t))
	texts := make([]string, len(sents))
	for i, se := range sents {
		texts[i] = se.text
	}
	speakers := make([]string, len(texts))
	for i := range speakers {
		speakers[i] = []string{"HOST", "GUEST"}[i%2]
	}
	doc, with, turns := s.ScoreDoc(texts), s.ScoreWith(texts, make([][]Span, len(texts))), s.ScoreTurns(texts, speakers, nil)
	for i, x := range texts {
		a := s.Score(x)
		if a != doc[i] || a != with[i] || a != turns[i] || a != s.ScoreOne(x, nil) {
			t.Errorf("%q: Score %v, ScoreDoc %v, ScoreWith %v, ScoreTurns %v, ScoreOne %v", x, a, doc[i], with[i], turns[i], s.ScoreOne(x, nil))
		}
	}
}
