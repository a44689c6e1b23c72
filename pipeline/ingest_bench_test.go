package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
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
// (parse, rejoin, entities, claims, store, corpus resolution), with each
// extractor, and reports tokens/s, the peak Go heap and the process's CPU
// time. Run it with -benchtime=1x: one iteration with prose takes minutes.
func BenchmarkIngestBBC(b *testing.B) {
	dir, model, claims := bbcSetup(b)
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
			cpu0 := cpuTime()
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
				if err != nil {
					b.Fatal(err)
				}
				if db != nil {
					// As the CLI's ingest does after the run: the
					// corpus-level resolution steps.
					if _, err := db.Resolve(); err != nil {
						b.Fatal(err)
					}
					db.Close()
				}
				if sum.Stored == 0 {
					b.Fatalf("nothing stored: %+v", sum)
				}
				tokens += sum.Tokens
			}
			elapsed := time.Since(start)
			b.ReportMetric(float64(tokens)/elapsed.Seconds(), "tokens/s")
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// bbcSetup returns the BBC corpus folder (skipping without it), our
// extractor and the claim finder as the CLI's ingest builds them.
func bbcSetup(b *testing.B) (string, *extract.Model, *claim.Finder) {
	dir := sharedDir(b, "corpus/bbc-global-news")
	model, err := extract.NewModel()
	if err != nil {
		b.Fatal(err)
	}
	scorer, err := claim.DefaultScorer()
	if err != nil {
		b.Fatal(err)
	}
	return dir, model, &claim.Finder{Scorer: scorer}
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

// BenchmarkStoreBBC times the single SQLite writer alone: the BBC corpus is
// analysed once with our model (not timed), then each iteration stores
// every document into a fresh database, as the pipeline's writer does.
// Set against BenchmarkIngestBBC it shows how much of an ingest is the
// writer's.
func BenchmarkStoreBBC(b *testing.B) {
	dir, model, claims := bbcSetup(b)
	var docs keep
	cfg := pipeline.Config{Parser: format.Auto{}, Extractor: model, Claims: claims, Sink: &docs}
	if _, err := pipeline.Run(context.Background(), cfg, []string{dir}); err != nil {
		b.Fatal(err)
	}
	var mentions int
	for _, d := range docs {
		mentions += len(d.Mentions)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		db, err := store.Open(filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			if err := db.Store(d); err != nil {
				b.Fatal(err)
			}
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time (user and system) of the whole process, which here is the
	// writer's alone: less disturbed than wall time by other work on the
	// machine.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(mentions*b.N)/b.Elapsed().Seconds(), "mentions/s")
}

// cpuTime is the CPU time, user and system, the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// keep is a sink that keeps every document in memory.
type keep []*pipeline.Document

func (*keep) Unchanged(string, string) (bool, error) { return false, nil }
func (c *keep) Store(d *pipeline.Document) error     { *c = append(*c, d); return nil }
