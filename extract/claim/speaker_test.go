package claim

import (
	"testing"
)

func TestSpeakerFeatures(t *testing.T) {
	texts := []string{"Welcome.", "What is your plan?", "We cut taxes.", "It worked.", "Thanks.", "Applause."}
	speakers := []string{"MODERATOR", "Moderator ", "SMITH", "SMITH", "", "SMITH"}
	f := speakerFeatures(texts, speakers, spkTurn|spkRole|spkCross)
	if len(f) != len(texts) {
		t.Fatalf("%d feature lists, want %d", len(f), len(texts))
	}
	if f[4] != nil {
		t.Errorf("a sentence without speaker has features %v", f[4])
	}
	for i, fs := range f {
		if i != 4 && len(fs) == 0 {
			t.Errorf("sentence %d has no speaker features", i)
		}
	}
	// first and last of a two-sentence turn differ in position only among
	// the turn features; two lone sentences of one speaker agree
	if f[2][0] == f[3][0] {
		t.Error("first and last of a turn have the same position feature")
	}
	// the case-folded moderator is one speaker: one turn of two
	if f[0][1] != f[1][1] {
		t.Error("the moderator's two sentences are not one turn")
	}
	// no names: renaming the speakers changes nothing
	g := speakerFeatures(texts, []string{"A", "a", "B", "B", "", "B"}, spkTurn|spkRole|spkCross)
	for i := range f {
		for j := range f[i] {
			if f[i][j] != g[i][j] {
				t.Fatalf("speaker names change feature %d of sentence %d", j, i)
			}
		}
	}
	if speakerFeatures(texts, nil, spkTurn) != nil || speakerFeatures(texts, make([]string, len(texts)), spkTurn) != nil {
		t.Error("a document without speakers has speaker features")
	}
}

// A model with speaker features scores a document without speakers as the
// same model without its speaker block, and survives a write and load.
func TestScorerRoundTripSpeakers(t *testing.T) {
	doc := []example{
		{text: "Good evening.", speaker: "HOST"},
		{text: "What did you do about taxes?", speaker: "HOST"},
		{text: "We cut taxes by 20 percent in 2017.", label: true, speaker: "CANDIDATE"},
		{text: "Thank you.", speaker: "CANDIDATE"},
	}
	cfg := TrainConfig{Bits: 12, Epochs: 4, Seeds: 1, speakers: spkTurn | spkRole | spkCross, spkScale: 2}
	cfg.defaults()
	s, err := fitSeeds(docExamples(nil, doc, ctxNone, 0, wordClusters{}, cfg.speakers, 1, 1, false), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !s.UsesSpeakers() {
		t.Fatal("UsesSpeakers() = false")
	}
	s2 := roundTrip(t, s)
	texts := make([]string, len(doc))
	speakers := make([]string, len(doc))
	for i, e := range doc {
		texts[i], speakers[i] = e.text, e.speaker
	}
	a, c := s.ScoreTurns(texts, speakers, nil), s2.ScoreTurns(texts, speakers, nil)
	for i := range a {
		if a[i] != c[i] {
			t.Errorf("ScoreTurns[%d] = %v after a round trip, want %v", i, c[i], a[i])
		}
	}
	plain := *s
	plain.spk = 0
	want := plain.ScoreDoc(texts)
	for i, got := range s.ScoreDoc(texts) {
		if got != want[i] {
			t.Errorf("without speakers, ScoreDoc[%d] = %v, want %v (the model without its speaker block)", i, got, want[i])
		}
	}
	if a[2] == want[2] {
		t.Error("speakers change nothing")
	}
}

// A ctxMix model is the average of a model without context and one with
// it, trained on the same examples.
func TestContextMix(t *testing.T) {
	doc := []example{
		{text: "Good evening.", speaker: "HOST"},
		{text: "We cut taxes by 20 percent in 2017.", label: true, speaker: "A"},
		{text: "Unemployment fell to 3.5% last year.", label: true, speaker: "A"},
		{text: "Thank you.", speaker: "HOST"},
	}
	cfg := TrainConfig{Bits: 12, Epochs: 3, Seeds: 1, context: ctxFull, ctxScale: 0.5, ctxMix: 0.5, speakers: spkRole}
	cfg.defaults()
	set := docExamples(nil, doc, cfg.context, 0, wordClusters{}, cfg.speakers, 1, 1, false)
	s, err := fitSeeds(set, cfg)
	if err != nil {
		t.Fatal(err)
	}
	wc, bc := fit(set, cfg)
	plain := withoutContext(set)
	c0 := cfg
	c0.context = ctxNone
	want0 := docExamples(nil, doc, ctxNone, 0, wordClusters{}, cfg.speakers, 1, 1, false)
	for i := range plain {
		if len(plain[i].feats) != len(want0[i].feats) || plain[i].end != want0[i].end {
			t.Fatalf("withoutContext(example %d) = %v %v, want %v %v", i, plain[i].end, len(plain[i].feats), want0[i].end, len(want0[i].feats))
		}
	}
	w0, b0 := fit(plain, c0)
	if want := float32((b0 + 0.5*bc) / 1.5); s.bias != want {
		t.Errorf("bias %v, want %v", s.bias, want)
	}
	for i := range wc {
		v := (w0[i] + 0.5*wc[i]) / 1.5
		if v > -2e-3 && v < 2e-3 {
			v = 0
		}
		if s.w[i] != float32(v) {
			t.Fatalf("weight %d = %v, want %v", i, s.w[i], v)
		}
	}
}
