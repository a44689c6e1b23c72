package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

// collect is a sink that keeps a line per mention, in the order stored.
type collect struct{ lines []string }

func (*collect) Unchanged(string, string) (bool, error) { return false, nil }

func (c *collect) Store(doc *pipeline.Document) error {
	for _, m := range doc.Mentions {
		c.lines = append(c.lines, fmt.Sprintf("%s %v %.2f %s %s", filepath.Base(doc.Transcript.Path), m.Timed, m.Start, m.Type, m.Name))
	}
	return nil
}

// TestRunSameWhateverWorkers runs the pipeline over testdata with one and
// with several workers: the stored mentions, in order, must be the same.
func TestRunSameWhateverWorkers(t *testing.T) {
	ex := &extract.Prose{}
	var runs [][]string
	for _, workers := range []int{1, 4} {
		c := &collect{}
		sum, err := pipeline.Run(context.Background(), pipeline.Config{Parser: format.Auto{}, Extractor: ex, Sink: c, Workers: workers},
			[]string{"../testdata/000_895ee33c69e71cdb.txt", "../testdata/formats"})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Stored < 5 || len(c.lines) == 0 {
			t.Fatalf("workers=%d: %+v, %d mentions; want several files stored", workers, sum, len(c.lines))
		}
		runs = append(runs, c.lines)
	}
	if strings.Join(runs[0], "\n") != strings.Join(runs[1], "\n") {
		t.Errorf("mentions differ between 1 and 4 workers")
	}
}

// TestRunReportsBadFilesAndGoesOn mixes a missing path, a directory named
// like a transcript and an empty file with a good one.
func TestRunReportsBadFilesAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "folder.vtt"), 0o755)
	os.WriteFile(filepath.Join(dir, "empty.srt"), nil, 0o644)
	seed, _ := os.ReadFile("../testdata/000_895ee33c69e71cdb.txt")
	os.WriteFile(filepath.Join(dir, "good.txt"), seed, 0o644)
	c := &collect{}
	sum, err := pipeline.Run(context.Background(), pipeline.Config{Parser: format.Auto{}, Extractor: &extract.Prose{}, Sink: c},
		[]string{filepath.Join(dir, "missing.md"), dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 1 || sum.Failed != 2 {
		t.Errorf("summary %+v, want 1 stored and 2 failed (missing, empty; an empty folder is no file)", sum)
	}
	for _, e := range sum.Errors {
		var fe *pipeline.FileError
		if !errors.As(e, &fe) || fe.Path == "" {
			t.Errorf("error %v does not name its file", e)
		}
	}
}

// TestRunCancelled stops at once on a cancelled context and says so.
func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := pipeline.Run(ctx, pipeline.Config{Parser: format.Auto{}, Extractor: &extract.Prose{}, Sink: &collect{}}, []string{"../testdata"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run on a cancelled context = %v, want context.Canceled", err)
	}
}
