package claim

import (
	"slices"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

func TestTag(t *testing.T) {
	sents := []string{"Hillary Clinton voted for the war in Iraq.", "Thank you."}
	ents, err := Tag(sents)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != len(sents) {
		t.Fatalf("Tag gave %d sentences, want %d", len(ents), len(sents))
	}
	var got []string
	for _, e := range ents[0] {
		got = append(got, sents[0][e.Start:e.End]+"/"+e.Type)
	}
	for _, want := range []string{"Hillary Clinton/" + pipeline.Person, "Iraq/" + pipeline.Place} {
		if !slices.Contains(got, want) {
			t.Errorf("Tag(%q) = %v, want it to hold %s", sents[0], got, want)
		}
	}
	if len(ents[1]) != 0 {
		t.Errorf("Tag(%q) = %v, want no entities", sents[1], ents[1])
	}
}

// TestEntityMasking checks that two sentences about different people share
// their masked n-grams: "<PERSON> voted" is one feature.
func TestEntityMasking(t *testing.T) {
	a, b := "Hillary Clinton voted for it.", "Trump voted for it."
	ea, eb := []Span{{0, 15, pipeline.Person}}, []Span{{0, 5, pipeline.Person}}
	feats := func(s string, ents []Span, mode entMode) []uint64 {
		f, _ := featurizeFlags(s, tokenize(s, nil), ents, mode, wordClusters{}, nil)
		slices.Sort(f)
		return f
	}
	for _, mode := range []entMode{entReplace, entReplace | entCount | entNeigh | entMask | entNum} {
		if fa, fb := feats(a, ea, mode), feats(b, eb, mode); !slices.Equal(fa, fb) {
			t.Errorf("entity mode %d: features of %q and %q differ, want the same", mode, a, b)
		}
	}
	if fa, fb := feats(a, ea, entCount|entNeigh), feats(b, eb, entCount|entNeigh); slices.Equal(fa, fb) {
		t.Errorf("without entReplace the names stay features: %q and %q should differ", a, b)
	}
	if fa, fn := feats(a, ea, 0), feats(a, nil, 0); !slices.Equal(fa, fn) {
		t.Error("a model without entity features reads the spans, want them ignored")
	}
}

func TestScorerRoundTripEntities(t *testing.T) {
	doc := []example{
		{text: "Hillary Clinton voted for the war in Iraq.", ents: []Span{{0, 15, pipeline.Person}, {37, 41, pipeline.Place}}, label: true},
		{text: "Thank you.", label: false},
	}
	cfg := TrainConfig{Bits: 12, Epochs: 2, Seeds: 1, entities: entReplace | entCount}
	cfg.defaults()
	s, err := fitSeeds(docExamples(nil, doc, ctxNone, cfg.entities, wordClusters{}, 0, 1, 1, false), cfg)
	if err != nil {
		t.Fatal(err)
	}
	s2 := roundTrip(t, s)
	if !s2.UsesEntities() {
		t.Fatal("loaded model does not use entities, want it to")
	}
	for _, e := range doc {
		if a, b := s.ScoreOne(e.text, e.ents), s2.ScoreOne(e.text, e.ents); a != b {
			t.Errorf("ScoreOne(%q) = %v after a round trip, want %v", e.text, b, a)
		}
	}
}
