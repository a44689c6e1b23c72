package claim

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// claimsData returns the shared claims data folder, ../shared/data/claims
// relative to the repository root, or skips the test when it is absent.
func claimsData(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "claims")
	if _, err := os.Stat(filepath.Join(dir, pathCLEF2019Test)); err != nil {
		tb.Skipf("claims data not found at %s (../shared/data/claims from the repository root): %v", dir, err)
	}
	return dir
}

// clef2019MAP is the MAP the embedded model reaches on the CLEF-2019 task
// 1 test set (README.md): variant A of "Similarity to checked claims" with
// the CLEF-2020 test-gold positives in its memories, as TestMoreDataTest
// measured it before it was shipped ("More data").
const clef2019MAP = 0.1634

// TestCLEF2019Test checks that the embedded model reproduces, to the
// fourth decimal, the CLEF-2019 test MAP that `mentions eval-claims`
// prints (it calls CLEF2019Test on the embedded model too).
func TestCLEF2019Test(t *testing.T) {
	dir := claimsData(t)
	s, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	r, err := CLEF2019Test(s, dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("CLEF-2019 test: MAP %.4f P@10 %.3f R-prec %.4f", r.MAP, r.P[10], r.RPrec)
	if math.Abs(r.MAP-clef2019MAP) >= 5e-5 {
		t.Errorf("CLEF-2019 test MAP = %.5f, want %.4f", r.MAP, clef2019MAP)
	}
}

func TestTrainScorerDeterministic(t *testing.T) {
	dir := claimsData(t)
	var models [2][]byte
	for i := range models {
		s, err := TrainScorer(TrainConfig{Dir: dir})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := s.Write(&b); err != nil {
			t.Fatal(err)
		}
		models[i] = b.Bytes()
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two trainings with the same config wrote different models")
	}
	embedded, err := os.ReadFile(filepath.Join("model", "checkworthy.model"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(models[0], embedded) {
		t.Error("the embedded model is not the one TrainScorer makes by default: run mentions train-claims")
	}
}

// roundTrip writes s and loads it back.
func roundTrip(t *testing.T, s *Scorer) *Scorer {
	t.Helper()
	var b bytes.Buffer
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	s2, err := LoadScorer(&b)
	if err != nil {
		t.Fatal(err)
	}
	return s2
}

func TestScorerRoundTrip(t *testing.T) {
	s, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	s2 := roundTrip(t, s)
	for _, sent := range []string{"Unemployment fell to 3.5% last year.", "Thank you.", ""} {
		if a, b := s.Score(sent), s2.Score(sent); a != b {
			t.Errorf("Score(%q) = %v after a round trip, want %v", sent, b, a)
		}
	}
	if _, err := LoadScorer(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("LoadScorer(garbage) succeeded, want an error")
	}
}

func TestScoreOrder(t *testing.T) {
	s, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ high, low string }{
		{"We have created 2.4 million new jobs since the election.", "Thank you very much."},
		{"Unemployment has hit a 45-year low.", "You know, I think that's great."},
		{"The deficit doubled to $1 trillion under his administration.", "What would you do about it?"},
	}
	for _, tt := range tests {
		if h, l := s.Score(tt.high), s.Score(tt.low); h <= l {
			t.Errorf("Score(%q) = %.3f, not above Score(%q) = %.3f", tt.high, h, tt.low, l)
		}
	}
}

func TestRankMetrics(t *testing.T) {
	tests := []struct {
		name   string
		labels []bool // in ranked order
		ap, rp float64
		p2     float64
	}{
		{"perfect", []bool{true, true, false, false}, 1, 1, 1},
		{"worst", []bool{false, false, true, true}, (1.0/3 + 2.0/4) / 2, 0, 0},
		{"mixed", []bool{true, false, true, false}, (1 + 2.0/3) / 2, 0.5, 0.5},
		{"no positives", []bool{false, false}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			order := make([]int, len(tt.labels))
			for i := range order {
				order[i] = i
			}
			ap, rp, pk := rankMetrics(order, tt.labels, []int{2})
			if !near(ap, tt.ap) || !near(rp, tt.rp) || !near(pk[0], tt.p2) {
				t.Errorf("rankMetrics(%v) = AP %v, R-prec %v, P@2 %v; want %v, %v, %v", tt.labels, ap, rp, pk[0], tt.ap, tt.rp, tt.p2)
			}
		})
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// BenchmarkClaims measures Attribute and Score together on the seed's
// sentences, in tokens per second.
func BenchmarkClaims(b *testing.B) {
	s, err := DefaultScorer()
	if err != nil {
		b.Fatal(err)
	}
	_, sents := splitSeed(readSeed(b))
	tokens := 0
	for _, se := range sents {
		tokens += len(tokenize(se.text, nil))
	}
	b.ResetTimer()
	for b.Loop() {
		for _, se := range sents {
			Attribute(se.text)
			s.Score(se.text)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestScoreDocMatchesTraining checks that ScoreWith computes the margin the
// trainer optimises: the same blocks, namespaces, entity features and
// scaling.
func TestScoreDocMatchesTraining(t *testing.T) {
	doc := []example{
		{text: "Good evening."},
		{text: "We cut taxes by 20 percent in 2017.", ents: []Span{{0, 2, "ORG"}}},
		{text: "Unemployment in Ohio fell to 3.5% last year, Hillary Clinton said.", ents: []Span{{16, 20, "PLACE"}, {45, 60, "PERSON"}}},
		{text: "Thank you."},
	}
	ents := make([][]Span, len(doc))
	for i, e := range doc {
		ents[i] = e.ents
	}
	for _, em := range []entMode{0, entCount | entNeigh | entMask | entNum, entReplace | entCount} {
		for _, mode := range []ctxMode{ctxNone, ctxFull, ctxFlags} {
			testScoreDocMatchesTraining(t, doc, ents, mode, em, 0)
		}
	}
	// with speakers, one of them unknown
	spoken := append([]example(nil), doc...)
	for i, who := range []string{"MODERATOR", "Ann Smith", "ANN SMITH", ""} {
		spoken[i].speaker = who
	}
	for _, sm := range []spkMode{spkTurn, spkTurn | spkRole | spkCross} {
		testScoreDocMatchesTraining(t, spoken, ents, ctxNone, 0, sm)
		testScoreDocMatchesTraining(t, spoken, ents, ctxFull, entCount, sm)
	}
}

func testScoreDocMatchesTraining(t *testing.T, doc []example, ents [][]Span, mode ctxMode, em entMode, sm spkMode) {
	t.Helper()
	for _, n := range []int{1, 2, len(doc)} {
		cfg := TrainConfig{Bits: 12, context: mode, ctxScale: 0.5, Epochs: 2, Seeds: 2, entities: em, speakers: sm, spkScale: 2}
		cfg.defaults()
		set := docExamples(nil, doc[:n], mode, em, wordClusters{}, sm, 1, 1, false)
		for i := range set {
			set[i].label = i%2 == 1
		}
		s, err := fitSeeds(set, cfg)
		if err != nil {
			t.Fatal(err)
		}
		texts := make([]string, n)
		speakers := make([]string, n)
		for i := range texts {
			texts[i], speakers[i] = doc[i].text, doc[i].speaker
		}
		got := s.ScoreTurns(texts, speakers, ents[:n])
		if sm != 0 && set[0].end[4] == set[0].end[3] {
			t.Errorf("speaker mode %d: no speaker features", sm)
		}
		for i, ex := range set {
			z := float64(s.bias)
			start := int32(0)
			for b, end := range ex.end {
				x := featScale(int(end - start))
				switch b {
				case blockPrev, blockNext:
					x *= float64(s.ctxScale)
				case blockSpeaker:
					x *= float64(s.spkScale)
				}
				for _, f := range ex.feats[start:end] {
					z += float64(s.w[f&s.mask]) * x
				}
				start = end
			}
			if want := sigmoid(z); got[i]-want > 1e-6 || want-got[i] > 1e-6 {
				t.Errorf("mode %d, entities %d, speakers %d, %d sentences: ScoreTurns[%d] = %v, want %v", mode, em, sm, n, i, got[i], want)
			}
		}
		if n == 1 && sm == 0 {
			if a := s.ScoreOne(texts[0], ents[0]); a != got[0] {
				t.Errorf("mode %d: ScoreOne = %v, ScoreWith of one sentence = %v", mode, a, got[0])
			}
		}
	}
}

// BenchmarkClaimsDoc measures Attribute and ScoreDoc (as Finder calls them)
// on the seed's sentences, in tokens per second.
func BenchmarkClaimsDoc(b *testing.B) {
	s, err := DefaultScorer()
	if err != nil {
		b.Fatal(err)
	}
	_, sents := splitSeed(readSeed(b))
	tokens := 0
	texts := make([]string, len(sents))
	for i, se := range sents {
		tokens += len(tokenize(se.text, nil))
		texts[i] = se.text
	}
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Attribute(t)
		}
		s.ScoreDoc(texts)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkFinder measures what the pipeline runs per document: the
// Finder's attribution, scoring and speaker resolution over the seed,
// with its entity mentions. Compare its tokens/s with BenchmarkClaims to
// see what resolution adds.
func BenchmarkFinder(b *testing.B) {
	s, err := DefaultScorer()
	if err != nil {
		b.Fatal(err)
	}
	doc := seedDocument(b)
	tokens := 0
	for _, se := range doc.Sentences {
		tokens += len(tokenize(se.Text, nil))
	}
	f := &Finder{Scorer: s}
	b.ResetTimer()
	for b.Loop() {
		f.Claims(doc)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
