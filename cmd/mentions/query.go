package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/mentions/mentions/store"
)

// openExisting opens a database that must already exist: a query against a
// mistyped path should say so, not create an empty database.
func openExisting(path string) (*store.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open database: %w (run 'mentions ingest' first, or pass --db)", err)
	}
	return store.Open(path)
}

func cmdWho(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("who", "who [--db FILE] [--type T] [--video ID] [--from HH:MM:SS] [--to HH:MM:SS] [--limit N] [--format table|jsonl|csv]",
		"mentions who --type PERSON --from 00:05:00 --to 00:10:00", stderr)
	dbPath := fs.String("db", "mentions.db", "SQLite database `file`")
	typ := fs.String("type", "", "only this entity type: PERSON, PLACE or ORG")
	video := fs.String("video", "", "only this video id")
	from := fs.String("from", "", "only mentions at or after this in-video time")
	to := fs.String("to", "", "only mentions at or before this in-video time")
	limit := fs.Int("limit", 0, "at most N rows (0: all)")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f := store.WhoFilter{Type: *typ, VideoID: *video, Limit: *limit}
	var err error
	if *from != "" {
		if f.From, err = parseClock(*from); err != nil {
			return err
		}
		f.HasFrom = true
	}
	if *to != "" {
		if f.To, err = parseClock(*to); err != nil {
			return err
		}
		f.HasTo = true
	}
	rw, err := newRowWriter(stdout, *format, []string{"name", "type", "mentions", "videos", "first_seen", "last_seen"})
	if err != nil {
		return err
	}
	db, err := openExisting(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.Who(f)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if err := rw.row(r.Name, r.Type, r.Mentions, r.Videos, r.FirstSeen, r.LastSeen); err != nil {
			return err
		}
	}
	return rw.flush()
}

func cmdWhen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("when", "when NAME [--db FILE] [--format table|jsonl|csv]",
		`mentions when "Putin" --format csv > putin.csv`, stderr)
	dbPath := fs.String("db", "mentions.db", "SQLite database `file`")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	// Accept the name before or after the flags.
	var name string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		name, args = args[0], args[1:]
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if name == "" && fs.NArg() > 0 {
		name = fs.Arg(0)
	}
	if name == "" {
		fs.Usage()
		return fmt.Errorf("%w: no NAME given", errUsage)
	}
	cols := []string{"title", "channel", "published", "timestamp", "start", "url", "name", "type", "sentence", "video_id"}
	if *format == "table" {
		cols = []string{"published", "timestamp", "name", "title", "url", "sentence"}
	}
	rw, err := newRowWriter(stdout, *format, cols)
	if err != nil {
		return err
	}
	db, err := openExisting(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	err = db.When(name, func(r store.MentionRow) error {
		var start any
		ts := ""
		if r.Start.Valid {
			start, ts = r.Start.Float64, clock(r.Start.Float64)
		}
		if *format == "table" {
			return rw.row(r.Published, ts, r.Entity, truncate(r.Title, 40), r.URL, truncate(r.Sentence, 80))
		}
		return rw.row(r.Title, r.Channel, r.Published, ts, start, r.URL, r.Entity, r.Type, r.Sentence, r.VideoID)
	})
	if err != nil {
		return err
	}
	return rw.flush()
}
