package claim

import (
	"path/filepath"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	text := "Mr. Trump said it. \"We won,\" he said. The U.S. economy grew 2.5 percent.\nNext line"
	want := []string{"Mr. Trump said it.", "\"We won,\" he said.", "The U.S. economy grew 2.5 percent.", "Next line"}
	got := splitSentences(text)
	if len(got) != len(want) {
		t.Fatalf("splitSentences(%q) gave %d sentences, want %d", text, len(got), len(want))
	}
	for i, g := range got {
		if s := text[g[0]:g[1]]; s != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s, want[i])
		}
	}
}

// TestPolNeARDev guards the attribution rules against regressions on
// PolNeAR dev, the split they were tuned on (README.md).
func TestPolNeARDev(t *testing.T) {
	dir := claimsData(t)
	sc, err := PolNeAR(filepath.Join(dir, "polnear", "dev"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		name string
		got  float64
		min  float64
	}{
		{"source overlap F1", sc.SourceOverlap.F1, 0.60},
		{"cue exact F1", sc.CueExact.F1, 0.53},
		{"cue overlap F1", sc.CueOverlap.F1, 0.58},
		{"content overlap F1", sc.ContentOverlap.F1, 0.61},
	} {
		if r.got < r.min {
			t.Errorf("PolNeAR dev %s = %.3f, want >= %.2f", r.name, r.got, r.min)
		}
	}
}
