package ner

import (
	"slices"
	"testing"
)

// The model file stores feature hashes, so the hash functions must never
// change: these values pin them.
func TestHashStable(t *testing.T) {
	tests := []struct {
		name string
		got  uint64
		want uint64
	}{
		{"hashString", hashString("Trump"), 0x4bf2ab0d99492c37},
		{"hashLower", hashLower("TRUMP"), hashLower("trump")},
		{"hashLower digits", hashLower("1996"), hashLower("0000")},
		{"hashLower unicode", hashLower("ŠKODA"), hashLower("škoda")},
		{"feat", feat(tWord, 42), 0x8ab6d8484ca9972f},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("%s = %#x, want %#x", tt.name, tt.got, tt.want)
			}
		})
	}
}

func TestSentenceFeaturesDeterministic(t *testing.T) {
	words := []string{"US", "President", "Donald", "Trump", "spoke", "."}
	run := func() ([]uint64, []int32) {
		ti := make([]tokInfo, len(words))
		for i, w := range words {
			analyze(w, &ti[i])
		}
		return sentenceFeatures(ti, groupMemory|groupClusters|groupGazetteer, false, nil, nil)
	}
	fs1, ends1 := run()
	fs2, ends2 := run()
	if !slices.Equal(fs1, fs2) || !slices.Equal(ends1, ends2) {
		t.Fatal("sentenceFeatures gave different features for the same sentence")
	}
	if len(ends1) != len(words) || int(ends1[len(ends1)-1]) != len(fs1) {
		t.Fatalf("sentenceFeatures: %d ends for %d words, last %d of %d", len(ends1), len(words), ends1[len(ends1)-1], len(fs1))
	}
	seen := map[uint64]bool{}
	for _, f := range fs1[:ends1[0]] {
		if seen[f] {
			t.Errorf("duplicate feature hash %#x in the first token's features", f)
		}
		seen[f] = true
	}
}

func TestAnalyzeClass(t *testing.T) {
	tests := []struct {
		w    string
		want uint8
	}{
		{"the", clsLower}, {"Trump", clsInitCap}, {"NATO", clsAllCaps}, {"iPhone", clsMixed},
		{"1,000", clsNumber}, {",", clsPunct}, {"Škoda", clsInitCap},
	}
	for _, tt := range tests {
		var ti tokInfo
		analyze(tt.w, &ti)
		if ti.cls != tt.want {
			t.Errorf("analyze(%q).cls = %d, want %d", tt.w, ti.cls, tt.want)
		}
	}
}
