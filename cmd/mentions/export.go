package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/mentions/mentions/store"
)

func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := newFlags("export", "export [--format csv|jsonl] [--db FILE] [-o FILE] [--force]",
		"mentions export --format csv -o mentions.csv", stderr)
	dbPath := fset.String("db", "mentions.db", "SQLite database `file`")
	format := fset.String("format", "csv", "output `format`: csv or jsonl")
	out := fset.String("o", "", "output `file` (default: standard output)")
	force := fset.Bool("force", false, "overwrite the output file if it exists")
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	if *format != "csv" && *format != "jsonl" {
		return fmt.Errorf("%w: --format must be csv or jsonl", errUsage)
	}
	db, err := openExisting(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	w := stdout
	var f *os.File
	if *out != "" {
		flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
		if *force {
			flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		}
		f, err = os.OpenFile(*out, flags, 0o644)
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("export: %s exists (use --force to overwrite)", *out)
		}
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		w = f
	}
	rw, err := newRowWriter(w, *format, []string{"video_id", "title", "channel", "published", "entity", "type", "surface",
		"start_seconds", "timestamp", "url", "speaker", "sentence", "path"})
	if err != nil {
		return err
	}
	err = db.EachMention(func(r store.MentionRow) error {
		var start any
		ts := ""
		if r.Start.Valid {
			start, ts = r.Start.Float64, clock(r.Start.Float64)
		}
		return rw.row(r.VideoID, r.Title, r.Channel, r.Published, r.Entity, r.Type, r.Surface, start, ts, r.URL, r.Speaker, r.Sentence, r.Path)
	})
	if ferr := rw.flush(); err == nil {
		err = ferr
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	return err
}
