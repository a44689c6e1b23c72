package store

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/mattn/go-sqlite3"

	"github.com/mentions/mentions/pipeline"
)

// SearchHit is a sentence matching a full-text search.
type SearchHit struct {
	Sentence  string
	Start     sql.NullFloat64
	URL       string // deep link to the moment, when the video is known
	VideoID   string
	Title     string
	Channel   string
	Published string
	Path      string
}

// ErrBadQuery is returned (wrapped) by Search when SQLite rejects the
// full-text query's syntax.
var ErrBadQuery = errors.New("bad search query")

// Search finds the sentences matching text, an SQLite FTS4 query: words
// (all must occur, any case), "quoted phrases", prefix* words, OR and NOT
// ("Putin OR Kremlin"). Hits come oldest video first, in spoken order. f's
// video, channel, date and time bounds apply to the sentence.
func (d *DB) Search(text string, f Filter, fn func(SearchHit) error) error {
	conds, args, _ := f.where()
	q := `SELECT s.text, s.start_seconds, t.video_id, t.url, t.title, t.channel, coalesce(t.published, ''), t.path
		FROM sentence_search JOIN sentences s ON s.id = sentence_search.docid
		JOIN transcripts t ON t.id = s.transcript_id
		WHERE sentence_search MATCH ?`
	for i, c := range conds {
		// The time bounds are on mentions in Filter; here they bound the
		// sentence.
		if len(c) > 2 && c[:2] == "m." {
			conds[i] = "s." + c[2:]
		}
	}
	q += and(conds) + ` ORDER BY t.published IS NULL, t.published, t.path, s.seq`
	args = append([]any{text}, args...)
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := d.db.Query(q, args...)
	if err != nil {
		return searchErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var h SearchHit
		var url string
		if err := rows.Scan(&h.Sentence, &h.Start, &h.VideoID, &url, &h.Title, &h.Channel, &h.Published, &h.Path); err != nil {
			return searchErr(err)
		}
		if h.Start.Valid {
			h.URL = pipeline.DeepLink(&pipeline.Transcript{VideoID: h.VideoID, URL: url}, h.Start.Float64)
		}
		if err := fn(h); err != nil {
			return err
		}
	}
	return searchErr(rows.Err())
}

func searchErr(err error) error {
	if err == nil {
		return nil
	}
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrError {
		return fmt.Errorf("search: %w: %v", ErrBadQuery, err)
	}
	return fmt.Errorf("search: %w", err)
}
