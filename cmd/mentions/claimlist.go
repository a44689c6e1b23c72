package main

import (
	"context"
	"fmt"
	"io"

	"github.com/mentions/mentions/store"
)

func cmdClaims(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("claims", "claims [--db FILE] [--speaker NAME] [--min-score X] [--video ID] [--kind attributed|checkworthy] [--format table|jsonl|csv]",
		`mentions claims --speaker Trump --format csv > trump-claims.csv`, stderr)
	dbPath := fs.String("db", "mentions.db", "SQLite database `file`")
	speaker := fs.String("speaker", "", "only claims whose source (or its entity) contains this name")
	minScore := fs.Float64("min-score", 0, "only claims whose check-worthiness is at least this (0 to 1)")
	video := fs.String("video", "", "only this video id")
	kind := fs.String("kind", "", "only attributed or checkworthy claims")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *kind != "" && *kind != "attributed" && *kind != "checkworthy" {
		return fmt.Errorf("%w: --kind must be attributed or checkworthy", errUsage)
	}
	cols := []string{"kind", "speaker", "source", "pronoun", "cue", "content", "score", "start", "timestamp", "url", "sentence", "video_id", "title", "published"}
	if *format == "table" {
		cols = []string{"published", "timestamp", "kind", "speaker", "cue", "score", "content"}
	}
	db, rw, err := openQuery(*dbPath, stdout, *format, cols)
	if err != nil {
		return err
	}
	defer db.Close()
	f := store.ClaimFilter{Speaker: *speaker, MinScore: *minScore, VideoID: *video, Kind: *kind}
	err = db.Claims(f, func(r store.ClaimRow) error {
		start, ts := timeCols(r.Start)
		score := float64(int(r.Score*1000+0.5)) / 1000
		if *format == "table" {
			return rw.row(r.Published, ts, r.Kind, r.Speaker, r.Cue, score, truncate(r.Content, 80))
		}
		return rw.row(r.Kind, r.Speaker, r.Source, r.Pronoun, r.Cue, r.Content, score, start, ts, r.URL, r.Sentence, r.VideoID, r.Title, r.Published)
	})
	if err != nil {
		return err
	}
	return rw.flush()
}
