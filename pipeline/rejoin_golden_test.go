package pipeline_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestRejoinSeedGolden rejoins the seed transcript and compares every
// sentence, with its segments and times, with a golden file.
func TestRejoinSeedGolden(t *testing.T) {
	data, err := os.ReadFile("../testdata/000_895ee33c69e71cdb.txt")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := format.Auto{}.Parse("seed.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	_, sents := pipeline.Rejoin(tr.Segments)
	var got bytes.Buffer
	for _, s := range sents {
		fmt.Fprintf(&got, "%d\t%.2f-%.2f\tseg %d-%d\t%s\n", s.Index, s.Start, s.End, s.FirstSeg, s.LastSeg, s.Text)
	}
	golden := filepath.Join("testdata", "seed.sentences.golden")
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./pipeline -update to create it)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("rejoined seed differs from %s (run with -update and review the diff):\n%s", golden, got.String())
	}
}
