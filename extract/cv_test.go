package extract_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/extract/ner"
)

// TestCrossValidated scores the fold models that `mentions train --folds
// DIR` wrote: each model on the gold sets it was trained without, pooled
// over all of them. That is the figure a change to the entity model or
// to the rules is judged by, now that the model trains on our dev sets
// (their own scores with the embedded model are no measure). With
// NER_ABLATE=1 it scores the folds again without each rule of
// Model.passes, one at a time, to show what every rule is worth on
// episodes its model never saw. It needs $NER_FOLDS (and ../shared).
//
//	mentions train --keep-tables --folds /tmp/folds
//	NER_FOLDS=/tmp/folds go test -run TestCrossValidated -v ./extract/
func TestCrossValidated(t *testing.T) {
	dir := os.Getenv("NER_FOLDS")
	if dir == "" {
		t.Skip("set NER_FOLDS to a directory written by mentions train --folds")
	}
	folds := readFolds(t, dir)
	runs := []string{""}
	if os.Getenv("NER_ABLATE") != "" {
		runs = append(runs, extract.PassNames()...)
	}
	var base extract.PRF
	for _, without := range runs {
		var all extract.PRF
		for _, f := range folds {
			ex := f.model
			if without != "" {
				ex = ex.Without(without)
			}
			for _, set := range f.sets {
				names, gold, got := devMentions(t, filepath.Join("..", set), ex)
				var one extract.PRF
				for i := range names {
					one.Add(extract.ScoreTimed(gold[i], got[i]))
				}
				all.Add(one)
				if without == "" {
					one.Finish()
					t.Logf("%s (%s): %v", set, f.file, one)
				}
			}
		}
		all.Finish()
		if without == "" {
			base = all
			t.Logf("pooled over %d folds: %v", len(folds), all)
			if all.F1 < 0.85 {
				t.Errorf("cross-validated F1 = %.4f, want at least 0.85", all.F1)
			}
			continue
		}
		t.Logf("without %-20s F1 %.4f (%+.4f): %+d right, %+d predicted", without, all.F1, all.F1-base.F1,
			all.Correct-base.Correct, all.Predicted-base.Predicted)
	}
}

// fold is one model of a cross-validation and the gold sets it never saw.
type fold struct {
	file  string
	model *extract.Model
	sets  []string // paths from the repository root
}

// readFolds reads dir/folds.tsv and loads the models it names.
func readFolds(t *testing.T, dir string) []fold {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "folds.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var folds []fold
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			t.Fatalf("%s/folds.tsv:%d: want a model file and its held-out sets", dir, n)
		}
		m, err := loadModel(filepath.Join(dir, fields[0]))
		if err != nil {
			t.Fatalf("%s/folds.tsv:%d: %v", dir, n, err)
		}
		folds = append(folds, fold{file: fields[0], model: extract.NewModelWith(m), sets: fields[1:]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return folds
}

// loadModel reads an entity model file.
func loadModel(path string) (*ner.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Load(f)
}
