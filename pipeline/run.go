package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"

	"golang.org/x/sync/errgroup"
)

// DefaultMaxFileSize is the largest file the pipeline reads whole. Larger
// files are reported and skipped, which keeps memory bounded by
// workers × this size however large a folder is.
const DefaultMaxFileSize = 256 << 20

// Config wires the parts of a run together. Parser, Extractor and Sink are
// required; Claims is optional.
type Config struct {
	Parser    Parser
	Extractor Extractor
	Claims    ClaimFinder
	Sink      Sink
	// Workers is the number of parse/extract workers; 0 means GOMAXPROCS.
	Workers int
	// MaxFileSize overrides DefaultMaxFileSize when positive.
	MaxFileSize int64
	// Progress, when set, is called once per input file from the writer
	// goroutine, in input order.
	Progress func(Result)
}

// Result is what became of one input file.
type Result struct {
	Path     string
	Seq      int
	Skipped  bool // stored before with the same content
	Err      error
	Mentions int
	Claims   int
	Tokens   int
}

// Summary totals a run.
type Summary struct {
	Files, Stored, Skipped, Failed int
	Mentions, Claims, Tokens       int
	Errors                         []error // one per failed file, in input order
}

// job is one input file on its way through the workers. out has capacity
// one, so a worker never blocks on it; the writer receives from it in input
// order.
type job struct {
	seq  int
	path string
	err  error // a walk error: the file is reported, not read
	out  chan done
}

type done struct {
	res Result
	doc *Document
}

// Run ingests every transcript file under paths. Stages: a walker finds
// files, Workers goroutines read, parse, rejoin and extract, and one writer
// stores documents in input order (so results never depend on scheduling).
// Bad files are reported in the summary and the run goes on. Run returns an
// error only when the sink fails or the context is cancelled, together with
// the summary of what was committed by then.
func Run(ctx context.Context, cfg Config, paths []string) (Summary, error) {
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	maxSize := cfg.MaxFileSize
	if maxSize <= 0 {
		maxSize = DefaultMaxFileSize
	}
	g, ctx := errgroup.WithContext(ctx)
	jobs := make(chan job)               // walker -> workers; closed by the walker
	ordered := make(chan job, workers*2) // walker -> writer, input order; closed by the walker

	g.Go(func() error {
		defer close(jobs)
		defer close(ordered)
		seq := 0
		return walk(ctx, paths, func(path string, werr error) error {
			j := job{seq: seq, path: path, err: werr, out: make(chan done, 1)}
			seq++
			select {
			case ordered <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- j:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	})

	for w := 0; w < workers; w++ {
		g.Go(func() error {
			for j := range jobs {
				var d done
				if j.err != nil {
					d.res.Err = &FileError{Path: j.path, Err: j.err}
				} else {
					d = process(ctx, cfg, j.path, maxSize)
				}
				d.res.Path, d.res.Seq = j.path, j.seq
				j.out <- d
			}
			return nil
		})
	}

	var sum Summary
	g.Go(func() error {
		for j := range ordered {
			var d done
			select {
			case d = <-j.out:
			case <-ctx.Done():
				return ctx.Err()
			}
			if d.res.Err == nil && !d.res.Skipped {
				d.doc.Seq = j.seq
				if err := cfg.Sink.Store(d.doc); err != nil {
					var fe *FileError
					if !errors.As(err, &fe) {
						return fmt.Errorf("store %s: %w", j.path, err)
					}
					d.res.Err = err
				}
			}
			sum.add(d.res)
			if cfg.Progress != nil {
				cfg.Progress(d.res)
			}
		}
		return nil
	})
	err := g.Wait()
	return sum, err
}

func (s *Summary) add(r Result) {
	s.Files++
	switch {
	case r.Err != nil:
		s.Failed++
		s.Errors = append(s.Errors, r.Err)
	case r.Skipped:
		s.Skipped++
	default:
		s.Stored++
		s.Mentions += r.Mentions
		s.Claims += r.Claims
		s.Tokens += r.Tokens
	}
}
