package claim

import (
	"bytes"
	"slices"
	"testing"
)

func TestClusterFeatures(t *testing.T) {
	wc, err := clustersOf(clusUni<<2 | clusBi<<2)
	if err != nil {
		t.Fatal(err)
	}
	feats := func(s string) []uint64 { return wc.features(s, tokenize(s, nil), nil) }
	a, b := feats("Unemployment fell by 3%."), feats("Unemployment fell by 3%.")
	if len(a) == 0 || !slices.Equal(a, b) {
		t.Fatalf("features of one sentence differ or are empty: %v, %v", a, b)
	}
	// unigrams of the 3 words; bigrams ending at each of the 6 tokens
	// (Unemployment fell by 3 % .) and at the end
	if got, want := len(a), 3+7; got != want {
		t.Errorf("len(features) = %d, want %d", got, want)
	}
	if got := (wordClusters{}).features("Unemployment fell.", tokenize("Unemployment fell.", nil), nil); len(got) != 0 {
		t.Errorf("zero wordClusters gave %d features, want none", len(got))
	}
}

func TestScorerRoundTripClusters(t *testing.T) {
	doc := []example{
		{text: "Unemployment fell to 3.5% last year.", label: true},
		{text: "Thank you very much.", label: false},
	}
	cfg := TrainConfig{Bits: 12, Epochs: 2, Seeds: 1, clusters: clusUni<<2 | clusBi<<2}
	cfg.defaults()
	wc, err := clustersOf(cfg.clusters)
	if err != nil {
		t.Fatal(err)
	}
	s, err := fitSeeds(docExamples(nil, doc, ctxNone, 0, wc, 0, 1, 1, false), cfg)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if got := buf.String()[:len(magicV4)]; got != magicV4 {
		t.Fatalf("model header = %q, want %q", got, magicV4)
	}
	s2, err := LoadScorer(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if s2.wc.mode != cfg.clusters {
		t.Fatalf("loaded cluster mode = %#x, want %#x", s2.wc.mode, cfg.clusters)
	}
	for _, e := range doc {
		if a, b := s.Score(e.text), s2.Score(e.text); a != b {
			t.Errorf("Score(%q) = %v after a round trip, want %v", e.text, b, a)
		}
	}
}
