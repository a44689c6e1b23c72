package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/extract/claim"
	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
	"github.com/mentions/mentions/store"
)

// sharedDir is ../shared beside the repository: big corpora that stay out
// of it.
func sharedDir(tb testing.TB, sub string) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("skipping: %s not found (the shared corpus is not on this machine)", dir)
	}
	return dir
}

// BenchmarkIngestBBC ingests the whole BBC Global News corpus (903 files,
// 34 MB) into a fresh SQLite file per iteration, end to end as the CLI does
// (parse, rejoin, entities, claims, store), with each extractor, and reports
// tokens/s and the peak Go heap. Run it with -benchtime=1x: one
// iteration with prose takes minutes.
func BenchmarkIngestBBC(b *testing.B) {
	dir := sharedDir(b, "corpus/bbc-global-news")
	model, err := extract.NewModel()
	if err != nil {
		b.Fatal(err)
	}
	scorer, err := claim.DefaultScorer()
	if err != nil {
		b.Fatal(err)
	}
	claims := &claim.Finder{Scorer: scorer} // as the CLI's ingest does
	for _, bc := range []struct {
		name  string
		ex    pipeline.Extractor
		store bool
	}{
		{"ner=model", model, true},
		{"ner=prose", &extract.Prose{}, true},
		// The same without the database: what the workers alone do, so
		// the share of the single SQLite writer shows.
		{"ner=model/no-db", model, false},
		{"ner=prose/no-db", &extract.Prose{}, false},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var tokens int
			peak := watchHeap()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				var sink pipeline.Sink = discard{}
				var db *store.DB
				if bc.store {
					var err error
					if db, err = store.Open(filepath.Join(b.TempDir(), "bench.db")); err != nil {
						b.Fatal(err)
					}
					sink = db
				}
				sum, err := pipeline.Run(context.Background(), pipeline.Config{Parser: format.Auto{}, Extractor: bc.ex, Claims: claims, Sink: sink}, []string{dir})
				if db != nil {
					db.Close()
				}
				if err != nil {
					b.Fatal(err)
				}
				if sum.Stored == 0 {
					b.Fatalf("nothing stored: %+v", sum)
				}
				tokens += sum.Tokens
			}
			elapsed := time.Since(start)
			b.ReportMetric(float64(tokens)/elapsed.Seconds(), "tokens/s")
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
		})
	}
}

// watchHeap samples the Go heap in use until the returned function is
// called, which reports the largest sample.
func watchHeap() func() uint64 {
	var mu sync.Mutex
	var max uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			mu.Lock()
			if ms.HeapInuse > max {
				max = ms.HeapInuse
			}
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return max
	}
}

// discard is a sink that stores nothing.
type discard struct{}

func (discard) Unchanged(string, string) (bool, error) { return false, nil }
func (discard) Store(*pipeline.Document) error         { return nil }
