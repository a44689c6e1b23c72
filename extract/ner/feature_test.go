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
		return sentenceFeatures(ti, groupMemory|groupClusters|groupGazetteer, false, 0, nil, nil)
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

// TestDomainFeatures: with groupDomain every token's features come twice,
// once shared and once in the document's domain, and the two domains'
// copies differ; without a domain (or without the group) they come once.
func TestDomainFeatures(t *testing.T) {
	words := []string{"Bolton", "2", "Leeds", "1"}
	run := func(groups int, domain uint64) ([]uint64, []int32) {
		ti := make([]tokInfo, len(words))
		for i, w := range words {
			analyze(w, &ti[i])
		}
		return sentenceFeatures(ti, groups, false, domain, nil, nil)
	}
	base, baseEnds := run(groupMemory, 0)
	tests := []struct {
		name   string
		groups int
		domain uint64
		twice  bool
	}{
		{"no group", groupMemory, domainNews, false},
		{"group, no domain", groupMemory | groupDomain, 0, false},
		{"newswire", groupMemory | groupDomain, domainNews, true},
		{"speech", groupMemory | groupDomain, domainSpeech, true},
	}
	copies := map[uint64][]uint64{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, ends := run(tt.groups, tt.domain)
			if !tt.twice {
				if !slices.Equal(fs, base) || !slices.Equal(ends, baseEnds) {
					t.Errorf("features differ from the plain ones")
				}
				return
			}
			if len(fs) != 2*len(base) {
				t.Fatalf("%d features, want %d (twice %d)", len(fs), 2*len(base), len(base))
			}
			from := int32(0)
			for k, end := range ends {
				n := (end - from) / 2
				shared, own := fs[from:from+n], fs[from+n:end]
				b0 := int32(0)
				if k > 0 {
					b0 = baseEnds[k-1]
				}
				if !slices.Equal(shared, base[b0:baseEnds[k]]) {
					t.Errorf("token %d: the shared features differ from the plain ones", k)
				}
				for j, f := range own {
					if f == shared[j] {
						t.Errorf("token %d: a domain copy equals its shared feature", k)
					}
				}
				copies[tt.domain] = append(copies[tt.domain], own...)
				from = end
			}
		})
	}
	if slices.Equal(copies[domainNews], copies[domainSpeech]) {
		t.Error("the two domains' copies are the same features")
	}
}
