package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"

	"github.com/mentions/mentions/pipeline"
)

func cmdExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "extract [--format jsonl|csv] [--claims] [--ner MODEL] [--workers N] PATH...",
		"mentions extract --format csv talk.vtt > mentions.csv", stderr)
	format := fs.String("format", "jsonl", "output `format`: jsonl or csv")
	nerName := fs.String("ner", defaultNER, "entity model: "+nerChoices)
	workers := fs.Int("workers", 0, "parse/extract workers (0: one per CPU)")
	claims := fs.Bool("claims", false, "print claims (who said what, check-worthy sentences) instead of mentions")
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
	cols := []string{"source", "video_id", "start", "timestamp", "text", "type", "sentence", "url", "surface", "speaker"}
	if *claims {
		cols = []string{"source", "video_id", "start", "timestamp", "kind", "speaker", "speaker_entity", "pronoun", "cue", "content",
			"content_start", "content_end", "score", "sentence", "url"}
	}
	rw, err := newRowWriter(stdout, *format, cols)
	if err != nil {
		return err
	}
	cfg := pipeline.Config{Parser: parser(), Extractor: ex, Sink: &printSink{rw: rw, claims: *claims}, Workers: *workers}
	if *claims {
		if cfg.Claims, err = newClaimFinder(); err != nil {
			return err
		}
	}
	sum, err := pipeline.Run(ctx, cfg, fs.Args())
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

// printSink is the pipeline's sink for extract: it prints every mention (or
// every claim) and stores nothing.
type printSink struct {
	rw     *rowWriter
	claims bool
}

func (*printSink) Unchanged(path, hash string) (bool, error) { return false, nil }

func (p *printSink) Store(doc *pipeline.Document) error {
	t := doc.Transcript
	if p.claims {
		for _, c := range doc.Claims {
			start, ts := timeCols(sql.NullFloat64{Float64: c.Start, Valid: c.Timed})
			text := doc.Sentences[c.Sentence].Text
			var cs, ce any
			if s, e, ok := c.ContentRunes(text); ok {
				cs, ce = s, e
			}
			if err := p.rw.row(t.Path, t.VideoID, start, ts, c.Kind, c.Speaker, c.SpeakerName, c.Pronoun, c.Cue, c.Content,
				cs, ce, c.Score, text, c.URL); err != nil {
				return errors.Join(errors.New("write output"), err)
			}
		}
		return nil
	}
	for _, m := range doc.Mentions {
		start, ts := timeCols(sql.NullFloat64{Float64: m.Start, Valid: m.Timed})
		if err := p.rw.row(t.Path, t.VideoID, start, ts, m.Name, m.Type, doc.Sentences[m.Sentence].Text, m.URL, m.Surface, m.Speaker); err != nil {
			return errors.Join(errors.New("write output"), err)
		}
	}
	return nil
}
