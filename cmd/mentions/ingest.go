package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"

	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/store"
)

func cmdIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", "ingest [--db FILE] [--workers N] [--ner MODEL] [--aliases FILE] [--no-claims] PATH...",
		"mentions ingest --db news.db ~/transcripts", stderr)
	dbPath := fs.String("db", "mentions.db", "SQLite database `file` (created if missing)")
	workers := fs.Int("workers", 0, "parse/extract workers (0: one per CPU)")
	nerName := fs.String("ner", defaultNER, "entity model: "+nerChoices)
	noClaims := fs.Bool("no-claims", false, "skip claim extraction")
	aliases := fs.String("aliases", "", "alias `file` (CSV: alias,canonical,type; canonical - ignores the name) applied before ingesting")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no PATH given", errUsage)
	}
	ex, err := newExtractor(*nerName)
	if err != nil {
		return err
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if db.ReadOnly() {
		return fmt.Errorf("database %s is read-only: nothing can be ingested into it", *dbPath)
	}
	if *aliases != "" {
		if _, _, err := applyAliasFile(db, *aliases); err != nil {
			return err
		}
	}

	progress := newProgress(stderr)
	cfg := pipeline.Config{
		Parser:    parser(),
		Extractor: ex,
		Sink:      db,
		Workers:   *workers,
		Progress:  progress.update,
	}
	if !*noClaims {
		if cfg.Claims, err = newClaimFinder(); err != nil {
			return err
		}
	}
	began := time.Now()
	sum, runErr := pipeline.Run(ctx, cfg, fs.Args())
	progress.done()
	elapsed := time.Since(began)

	for _, e := range sum.Errors {
		fmt.Fprintln(stderr, "error:", e)
	}
	if runErr == nil && sum.Stored > 0 {
		// Steps that need the whole corpus: bare surnames joining the full
		// name other transcripts agree on, majority types.
		if _, err := db.Resolve(); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "%d files: %d stored, %d unchanged, %d failed; %d mentions, %d claims; %d tokens in %.1fs (%.0f tokens/s)\n",
		sum.Files, sum.Stored, sum.Skipped, sum.Failed, sum.Mentions, sum.Claims, sum.Tokens,
		elapsed.Seconds(), float64(sum.Tokens)/elapsed.Seconds())
	if runErr != nil {
		if errors.Is(runErr, context.Canceled) {
			fmt.Fprintf(stderr, "interrupted: %d files finished before the interrupt; the rest were not done. Every committed transcript is whole: run the same command again to finish.\n", sum.Files)
			return errFailed
		}
		return runErr
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

// progress shows a one-line progress bar on a terminal and nothing but
// errors otherwise (plain lines per failed file are printed at the end).
type progress struct {
	w     io.Writer
	tty   bool
	n     int
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		tty = term.IsTerminal(int(f.Fd()))
	}
	return &progress{w: w, tty: tty, start: time.Now()}
}

func (p *progress) update(r pipeline.Result) {
	p.n++
	if !p.tty {
		if p.n%500 == 0 {
			fmt.Fprintf(p.w, "%d files done (%.0fs)\n", p.n, time.Since(p.start).Seconds())
		}
		return
	}
	if time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\r%d files done  %s", p.n, truncate(r.Path, 60))
}

func (p *progress) done() {
	if p.tty {
		fmt.Fprintf(p.w, "\r%80s\r", "")
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
