package ner

import (
	"slices"
	"testing"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []span
	}{
		{"IOB1", []string{"I-PER", "I-PER", "O", "I-LOC", "B-LOC"}, []span{{0, 2, "PER"}, {3, 4, "LOC"}, {4, 5, "LOC"}}},
		{"IOB2", []string{"B-ORG", "I-ORG", "B-ORG", "O"}, []span{{0, 2, "ORG"}, {2, 3, "ORG"}}},
		{"type change", []string{"I-PER", "I-LOC"}, []span{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{"BILOU", []string{"B-MISC", "L-MISC", "U-PER", "O"}, []span{{0, 2, "MISC"}, {2, 3, "PER"}}},
		{"none", []string{"O", "O"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := spans(tt.tags); !slices.Equal(got, tt.want) {
				t.Errorf("spans(%q) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func TestBILOURoundTrip(t *testing.T) {
	tests := [][]string{
		{"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC"},
		{"O", "B-MISC", "B-ORG", "I-ORG"},
		{"B-PER"},
	}
	for _, tags := range tests {
		ys, ok := encodeBILOU(tags, nil)
		if !ok {
			t.Fatalf("encodeBILOU(%q) failed", tags)
		}
		for i := range ys {
			prev := start
			if i > 0 {
				prev = ys[i-1]
			}
			if !allowed(prev, ys[i]) {
				t.Errorf("encodeBILOU(%q) = %v: %d may not follow %d", tags, ys, ys[i], prev)
			}
		}
		if got := iob2(ys, nil); !slices.Equal(got, tags) {
			t.Errorf("iob2(encodeBILOU(%q)) = %q", tags, got)
		}
		if got, want := labelSpans(ys, nil), spans(tags); !slices.Equal(got, want) {
			t.Errorf("labelSpans(%v) = %v, want %v", ys, got, want)
		}
	}
}

func TestToIOB2(t *testing.T) {
	got := ToIOB2([]string{"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"})
	want := []string{"B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG"}
	if !slices.Equal(got, want) {
		t.Errorf("ToIOB2 = %q, want %q", got, want)
	}
}

// TestViterbi decodes with a hand-made model: emission scores favour a
// label sequence that breaks BILOU, and the constraints must repair it.
func TestViterbi(t *testing.T) {
	per := func(pos int) int { return makeLabel(typeIndex("PER"), pos) }
	loc := func(pos int) int { return makeLabel(typeIndex("LOC"), pos) }
	tests := []struct {
		name  string
		prefs [][]int // per token: labels with score 1 (first) or 0.5 (others)
		want  []int
	}{
		{"plain", [][]int{{0}, {per(posB)}, {per(posL)}, {0}}, []int{0, per(posB), per(posL), 0}},
		{"single", [][]int{{loc(posU)}, {0}}, []int{loc(posU), 0}},
		{"repair dangling B", [][]int{{per(posB)}, {0, per(posL)}}, []int{per(posB), per(posL)}},
		{"no type switch", [][]int{{per(posB), loc(posU)}, {loc(posL), per(posL)}}, []int{per(posB), per(posL)}},
	}
	var trans [(nLabels + 1) * nLabels]float32
	for a := 0; a <= nLabels; a++ {
		for b := 0; b < nLabels; b++ {
			if !allowed(a, b) {
				trans[a*nLabels+b] = negInf
			}
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scores := make([]float32, len(tt.prefs)*nLabels)
			for i, p := range tt.prefs {
				for k, y := range p {
					scores[i*nLabels+y] = 1
					if k > 0 {
						scores[i*nLabels+y] = 0.5
					}
				}
			}
			_, got := viterbi(scores, &trans, nil, nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("viterbi = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEvaluate(t *testing.T) {
	gold := [][]string{{"B-PER", "I-PER", "O", "B-LOC"}, {"B-ORG", "O"}}
	pred := [][]string{{"B-PER", "I-PER", "O", "B-ORG"}, {"B-ORG", "B-MISC"}}
	s := Evaluate(gold, pred)
	if got, want := s.Overall, (Counts{Gold: 3, Pred: 4, Correct: 2}); got != want {
		t.Errorf("Evaluate overall = %+v, want %+v", got, want)
	}
	if got, want := s.ByType["LOC"], (Counts{Gold: 1}); got != want {
		t.Errorf("Evaluate LOC = %+v, want %+v", got, want)
	}
	if f := s.Overall.F1(); f < 57.14 || f > 57.15 {
		t.Errorf("F1 = %.3f, want 57.143", f)
	}
}
