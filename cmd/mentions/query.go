package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"

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

// parseArgs parses flags given before, between or after the positional
// arguments, which it returns.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// filterFlags are the flags that narrow every query.
type filterFlags struct {
	typ, channel, video, since, until, from, to *string
	limit                                       *int
}

func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	return &filterFlags{
		typ:     fs.String("type", "", "only this entity type: PERSON, PLACE or ORG"),
		channel: fs.String("channel", "", "only videos of this channel"),
		video:   fs.String("video", "", "only this video id"),
		since:   fs.String("since", "", "only videos published on or after this `date` (YYYY-MM-DD)"),
		until:   fs.String("until", "", "only videos published on or before this `date` (YYYY-MM-DD)"),
		from:    fs.String("from", "", "only mentions at or after this in-video `time` (HH:MM:SS)"),
		to:      fs.String("to", "", "only mentions at or before this in-video `time` (HH:MM:SS)"),
		limit:   fs.Int("limit", 0, "at most N rows (0: all)"),
	}
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func (ff *filterFlags) filter() (store.Filter, error) {
	f := store.Filter{Type: *ff.typ, Channel: *ff.channel, VideoID: *ff.video, Since: *ff.since, Until: *ff.until, Limit: *ff.limit}
	switch f.Type {
	case "", "PERSON", "PLACE", "ORG", "person", "place", "org":
	default:
		return f, fmt.Errorf("%w: --type %q: want PERSON, PLACE or ORG", errUsage, f.Type)
	}
	for _, d := range []string{f.Since, f.Until} {
		if d != "" && !isoDate.MatchString(d) {
			return f, fmt.Errorf("%w: bad date %q (want YYYY-MM-DD)", errUsage, d)
		}
	}
	var err error
	if *ff.from != "" {
		if f.From, err = parseClock(*ff.from); err != nil {
			return f, err
		}
		f.HasFrom = true
	}
	if *ff.to != "" {
		if f.To, err = parseClock(*ff.to); err != nil {
			return f, err
		}
		f.HasTo = true
	}
	return f, nil
}

// openQuery opens an existing database for a query, and the writer for its
// rows (checked first, so a bad --format is a usage error before anything
// is opened).
func openQuery(dbPath string, w io.Writer, format string, cols []string) (*store.DB, *rowWriter, error) {
	rw, err := newRowWriter(w, format, cols)
	if err != nil {
		return nil, nil, err
	}
	db, err := openExisting(dbPath)
	if err != nil {
		return nil, nil, err
	}
	return db, rw, nil
}

func cmdWho(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("who", "who [--db FILE] [--type T] [--channel C] [--video ID] [--since DATE] [--until DATE] [--from HH:MM:SS] [--to HH:MM:SS] [--limit N] [--format table|jsonl|csv]",
		"mentions who --type PERSON --since 2024-01-01 --limit 20", stderr)
	dbPath := fs.String("db", "mentions.db", "SQLite database `file`")
	ff := addFilterFlags(fs)
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	db, rw, err := openQuery(*dbPath, stdout, *format, []string{"name", "type", "mentions", "videos", "first_seen", "last_seen"})
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

// oneName parses a command taking one NAME (or TEXT) argument.
func oneName(fs *flag.FlagSet, args []string, what string) (string, error) {
	pos, err := parseArgs(fs, args)
	if err != nil {
		return "", err
	}
	if len(pos) != 1 {
		fs.Usage()
		return "", fmt.Errorf("%w: want one %s, got %d", errUsage, what, len(pos))
	}
	return pos[0], nil
}

func cmdWhen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("when", "when NAME [--db FILE] [--as-written] [--by day|week|month] [filters] [--format table|jsonl|csv]",
		`mentions when "Putin" --format csv > putin.csv; mentions when US --by month`, stderr)
	dbPath := fs.String("db", "mentions.db", "SQLite database `file`")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	by := fs.String("by", "", "count mentions per `period` (day, week or month) instead of listing them")
	asWritten := fs.Bool("as-written", false, "only mentions written exactly NAME (US apart from America)")
	ff := addFilterFlags(fs)
	name, err := oneName(fs, args, "NAME")
	if err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	if *by != "" && *by != "day" && *by != "week" && *by != "month" {
		return fmt.Errorf("%w: --by %q: want day, week or month", errUsage, *by)
	}
	cols := []string{"title", "channel", "published", "timestamp", "start_seconds", "url", "entity", "type", "name_as_written", "sentence", "video_id"}
	switch {
	case *by != "":
		cols = []string{*by, "mentions", "videos"}
	case *format == "table":
		cols = []string{"published", "timestamp", "name", "title", "url", "sentence"}
	}
	db, rw, err := openQuery(*dbPath, stdout, *format, cols)
	if err != nil {
		return err
	}
	defer db.Close()
	if *by != "" {
		ps, err := db.Timeline(name, *by, *asWritten, f)
		if err != nil {
			return err
		}
		for _, p := range ps {
			if err := rw.row(p.Period, p.Mentions, p.Videos); err != nil {
				return err
			}
		}
		return rw.flush()
	}
	err = db.WhenFilter(name, *asWritten, f, func(r store.MentionRow) error {
		start, ts := timeCols(r.Start)
		if *format == "table" {
			return rw.row(r.Published, ts, r.Entity, truncate(r.Title, 40), r.URL, truncate(r.Sentence, 80))
		}
		return rw.row(r.Title, r.Channel, r.Published, ts, start, r.URL, r.Entity, r.Type, r.Name, r.Sentence, r.VideoID)
	})
	if err != nil {
		return err
	}
	return rw.flush()
}

func cmdWith(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("with", "with NAME [--db FILE] [--window SECONDS] [filters] [--format table|jsonl|csv]",
		`mentions with Putin --window 30 --type PERSON --limit 10`, stderr)
	dbPath := fs.String("db", "mentions.db", "SQLite database `file`")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	window := fs.Float64("window", 0, "count entities within this many `seconds` of NAME (0: in the same sentence)")
	ff := addFilterFlags(fs)
	name, err := oneName(fs, args, "NAME")
	if err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	if *window < 0 {
		return fmt.Errorf("%w: --window must not be negative", errUsage)
	}
	db, rw, err := openQuery(*dbPath, stdout, *format, []string{"name", "type", "together", "mentions", "videos"})
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.With(name, *window, f)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if err := rw.row(r.Name, r.Type, r.Together, r.Mentions, r.Videos); err != nil {
			return err
		}
	}
	return rw.flush()
}

func cmdSearch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("search", "search TEXT [--db FILE] [filters] [--format table|jsonl|csv]",
		`mentions search '"peace talks" OR ceasefire' --since 2024-06-01`, stderr)
	dbPath := fs.String("db", "mentions.db", "SQLite database `file`")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	ff := addFilterFlags(fs)
	text, err := oneName(fs, args, "TEXT")
	if err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	cols := []string{"published", "timestamp", "start_seconds", "url", "title", "channel", "video_id", "sentence"}
	if *format == "table" {
		cols = []string{"published", "timestamp", "title", "url", "sentence"}
	}
	db, rw, err := openQuery(*dbPath, stdout, *format, cols)
	if err != nil {
		return err
	}
	defer db.Close()
	err = db.Search(text, f, func(h store.SearchHit) error {
		start, ts := timeCols(h.Start)
		if *format == "table" {
			return rw.row(h.Published, ts, truncate(h.Title, 40), h.URL, truncate(h.Sentence, 100))
		}
		return rw.row(h.Published, ts, start, h.URL, h.Title, h.Channel, h.VideoID, h.Sentence)
	})
	if errors.Is(err, store.ErrBadQuery) {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if err != nil {
		return err
	}
	return rw.flush()
}

func cmdVideos(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("videos", "videos [--db FILE] [--channel C] [--since DATE] [--until DATE] [--limit N] [--format table|jsonl|csv]",
		`mentions videos --since 2024-01-01 --format csv > videos.csv`, stderr)
	dbPath := fs.String("db", "mentions.db", "SQLite database `file`")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	ff := addFilterFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	cols := videoColumns
	if *format == "table" {
		cols = []string{"published", "video_id", "mentions", "entities", "title"}
	}
	db, rw, err := openQuery(*dbPath, stdout, *format, cols)
	if err != nil {
		return err
	}
	defer db.Close()
	vs, err := db.Videos(f)
	if err != nil {
		return err
	}
	for _, v := range vs {
		if *format == "table" {
			err = rw.row(v.Published, v.VideoID, v.Mentions, v.Entities, truncate(v.Title, 60))
		} else {
			err = rw.row(videoRow(v)...)
		}
		if err != nil {
			return err
		}
	}
	return rw.flush()
}

var videoColumns = []string{"video_id", "title", "channel", "published", "url", "length_seconds", "length", "format", "mentions", "entities", "path"}

func videoRow(v store.Video) []any {
	var length, hms any
	if v.Length.Valid {
		length, hms = v.Length.Float64, clock(v.Length.Float64)
	}
	return []any{v.VideoID, v.Title, v.Channel, nullIfEmpty(v.Published), v.URL, length, hms, v.Format, v.Mentions, v.Entities, v.Path}
}

// nullIfEmpty makes an unknown value null in JSON and empty in CSV.
func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
