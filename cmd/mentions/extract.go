package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/mentions/mentions/pipeline"
)

func cmdExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "extract [--format jsonl|csv] [--ner MODEL] [--workers N] PATH...",
		"mentions extract --format csv talk.vtt > mentions.csv", stderr)
	format := fs.String("format", "jsonl", "output `format`: jsonl or csv")
	nerName := fs.String("ner", defaultNER, "entity model: "+nerChoices)
	workers := fs.Int("workers", 0, "parse/extract workers (0: one per CPU)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no PATH given", errUsage)
	}
	if *format != "jsonl" && *format != "csv" {
		return fmt.Errorf("%w: --format must be jsonl or csv", errUsage)
	}
	ex, err := newExtractor(*nerName)
	if err != nil {
		return err
	}
	rw, err := newRowWriter(stdout, *format, []string{"source", "video_id", "start", "timestamp", "text", "type", "sentence", "url", "surface", "speaker"})
	if err != nil {
		return err
	}
	sink := &printSink{rw: rw}
	sum, err := pipeline.Run(ctx, pipeline.Config{Parser: parser(), Extractor: ex, Sink: sink, Workers: *workers}, fs.Args())
	if ferr := rw.flush(); err == nil {
		err = ferr
	}
	for _, e := range sum.Errors {
		fmt.Fprintln(stderr, "error:", e)
	}
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

// printSink is the pipeline's sink for extract: it prints every mention and
// stores nothing.
type printSink struct{ rw *rowWriter }

func (*printSink) Unchanged(path, hash string) (bool, error) { return false, nil }

func (p *printSink) Store(doc *pipeline.Document) error {
	t := doc.Transcript
	for _, m := range doc.Mentions {
		var start any
		ts := ""
		if m.Timed {
			start = m.Start
			ts = clock(m.Start)
		}
		if err := p.rw.row(t.Path, t.VideoID, start, ts, m.Name, m.Type, doc.Sentences[m.Sentence].Text, m.URL, m.Surface, m.Speaker); err != nil {
			return errors.Join(errors.New("write output"), err)
		}
	}
	return nil
}
