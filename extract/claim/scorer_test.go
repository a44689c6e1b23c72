package claim

import (
	"bytes"
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

// minCLEF2019MAP is the MAP the embedded model reaches on the CLEF-2019
// task 1 test set (0.1564, see README.md), rounded down.
const minCLEF2019MAP = 0.156

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
	if r.MAP < minCLEF2019MAP {
		t.Errorf("CLEF-2019 test MAP = %.4f, want >= %.3f", r.MAP, minCLEF2019MAP)
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

func TestScorerRoundTrip(t *testing.T) {
	s, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	s2, err := LoadScorer(&b)
	if err != nil {
		t.Fatal(err)
	}
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
