package extract_test

import (
	"os"
	"strings"
	"testing"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/pipeline"
)

// lowered is an extractor that hands ex its sentences in lower case (or
// in capitals, when upper is set), as a transcript written all in lower
// case (or in capitals) would come.
type lowered struct {
	ex    pipeline.Extractor
	upper bool
}

func (l lowered) Extract(sentences []string) ([]pipeline.Span, int, error) {
	low := make([]string, len(sentences))
	for i, s := range sentences {
		low[i] = strings.ToLower(s)
		if l.upper {
			low[i] = strings.ToUpper(s)
		}
	}
	return l.ex.Extract(low)
}

// TestLowercaseGoldSets scores the gold sets lower-cased and in capitals,
// which is how the truecaser (truecase.go) is measured. The embedded tables were built
// from a corpus that holds these very transcripts, so their figures are
// flattering; with TRUECASE_TABLES set to a folder holding tables built
// without them (extract/README.md, "Lower-case transcripts", has the
// command), the figures are fair. The floors are the fair figures less a
// margin.
func TestLowercaseGoldSets(t *testing.T) {
	if dir := os.Getenv("TRUECASE_TABLES"); dir != "" {
		restore, err := extract.SetTruecaseTables(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer restore()
		t.Logf("truecasing tables from %s", dir)
	}
	model := testModel(t)
	for _, upper := range []bool{false, true} {
		ex := lowered{model, upper}
		how := "lower-cased"
		if upper {
			how = "in capitals" // truecased as if in lower case
		}
		gold, got := seedMentions(t, ex)
		s := extract.ScoreTimed(gold, got)
		t.Logf("seed %s: %v", how, s)
		if s.F1 < 0.90 {
			t.Errorf("seed %s: F1 %.3f, want at least 0.90", how, s.F1)
		}
		for _, set := range []struct {
			dir   string
			floor float64
		}{{devDir, 0.82}, {freshDir, 0.82}, {formatsDir, 0.72}, {talksDir, 0.68}} {
			names, gold, got := devMentions(t, set.dir, ex)
			var all extract.PRF
			for i := range names {
				all.Add(extract.ScoreTimed(gold[i], got[i]))
			}
			all.Finish()
			t.Logf("%s %s: %v", set.dir, how, all)
			if all.F1 < set.floor {
				t.Errorf("%s %s: F1 %.3f, want at least %.2f", set.dir, how, all.F1, set.floor)
			}
		}
	}
}
