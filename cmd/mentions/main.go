// Command mentions turns folders of speech transcripts into a queryable
// record of who was mentioned when, and who claimed what.
//
// main only sets up signal cancellation and calls run; every subcommand is a
// function with its own flag.FlagSet in a file named after it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand: it parses its own flags from args and writes
// results to stdout, diagnostics to stderr.
type command struct {
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
	summary string
}

// commands is the table of subcommands. Each entry's function lives in the
// file named after it.
var commands = map[string]command{
	"ingest":       {cmdIngest, "read transcripts into the database"},
	"extract":      {cmdExtract, "print mentions as JSON lines or CSV, no database"},
	"who":          {cmdWho, "who was mentioned, most often first"},
	"when":         {cmdWhen, "every mention of a name, with time and link"},
	"export":       {cmdExport, "write mentions, entities, aliases, videos or timeline as CSV, XLSX or JSON lines"},
	"with":         {cmdWith, "who is mentioned together with a name, most often first"},
	"search":       {cmdSearch, "full-text search over sentences, with time and link"},
	"videos":       {cmdVideos, "the transcripts in the database, with mention counts"},
	"entities":     {cmdEntities, "entities and aliases; apply an alias file, suggest merges"},
	"train":        {cmdTrain, "retrain the named-entity model from ../shared data"},
	"tag":          {cmdTag, "tag CoNLL text on stdin with the named-entity model"},
	"eval":         {cmdEval, "score tagged CoNLL output (or --gold FILE: tag and score)"},
	"train-claims": {cmdTrainClaims, "train the check-worthiness scorer from ../shared/data/claims"},
	"score-claims": {cmdScoreClaims, "score sentences (one a line on stdin) for check-worthiness"},
	"claims":       {cmdClaims, "attributed and check-worthy claims, filtered by speaker, score, video"},
	"eval-claims":  {cmdEvalClaims, "measure claims extraction on CLEF, ClaimBuster and PolNeAR"},
}

// errUsage marks a usage error: exit status 2.
var errUsage = errors.New("usage error")

// errFailed marks a run that finished but where some input failed: exit
// status 1, after the command has already said what failed.
var errFailed = errors.New("some inputs failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		os.Exit(2)
	case errors.Is(err, errFailed):
		os.Exit(1)
	default:
		fmt.Fprintln(os.Stderr, "mentions:", err)
		os.Exit(1)
	}
}

// run dispatches to a subcommand.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "mentions: unknown command %q\n", args[0])
		usage(stderr)
		return errUsage
	}
	return c.run(ctx, args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: mentions COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-14s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'mentions COMMAND --help' for a command's flags and an example.")
}

// newFlags returns a FlagSet for a subcommand whose usage text shows the
// synopsis, an example and the flags.
func newFlags(name, synopsis, example string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: mentions %s\n\nexample:\n  %s\n\nflags:\n", synopsis, example)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, turning a flag error into errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}
