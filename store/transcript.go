package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/mentions/mentions/pipeline"
)

var _ pipeline.Sink = (*DB)(nil)

// key is the path a transcript is stored under: absolute and clean, so the
// same file reached by two relative paths is one transcript.
func key(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

// Unchanged reports whether path is stored with this content hash.
func (d *DB) Unchanged(path, hash string) (bool, error) {
	var h string
	err := d.db.QueryRow(`SELECT content_hash FROM transcripts WHERE path = ?`, key(path)).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("look up %s: %w", path, err)
	}
	return h == hash, nil
}

// Store writes a document in one transaction, replacing any earlier version
// of the same path: either all of it is stored or none of it.
func (d *DB) Store(doc *pipeline.Document) error {
	tx, err := d.db.Begin()
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	res, err := newResolver(tx, &d.entities)
	if err != nil {
		return err
	}
	defer res.close()
	if err := storeDoc(tx, res, doc); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit %s: %w", doc.Transcript.Path, err)
	}
	res.committed()
	return nil
}

func storeDoc(tx *sql.Tx, res *resolver, doc *pipeline.Document) error {
	t := doc.Transcript
	path := key(t.Path)
	if err := checkDuplicate(tx, path, t.Hash); err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM transcripts WHERE path = ?`, path); err != nil {
		return fmt.Errorf("delete old %s: %w", path, err)
	}
	tid, err := insertTranscript(tx, path, t)
	if err != nil {
		return err
	}
	segIDs, err := insertSegments(tx, tid, t.Segments)
	if err != nil {
		return err
	}
	sentIDs, err := insertSentences(tx, tid, doc.Sentences)
	if err != nil {
		return err
	}
	if err := indexSentences(tx, tid); err != nil {
		return err
	}
	speakers, err := insertMentions(tx, res, tid, doc, segIDs, sentIDs)
	if err != nil {
		return err
	}
	return insertClaims(tx, tid, doc, sentIDs, speakers)
}

func insertTranscript(tx *sql.Tx, path string, t *pipeline.Transcript) (int64, error) {
	kw := t.Keywords
	if kw == nil {
		kw = []string{}
	}
	keywords, err := json.Marshal(kw)
	if err != nil {
		return 0, err
	}
	meta := t.Meta
	if meta == nil {
		meta = map[string]string{}
	}
	metaJSON, err := json.Marshal(meta)
	if err != nil {
		return 0, err
	}
	res, err := tx.Exec(`INSERT INTO transcripts
		(path, content_hash, format, title, channel, published, url, video_id, length_seconds, model, keywords, description, meta, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		path, t.Hash, t.Format, t.Title, t.Channel, nullString(t.Published), t.URL, t.VideoID,
		nullFloat(t.Length, t.Length > 0), t.Model, string(keywords), t.Description, string(metaJSON),
		time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return 0, fmt.Errorf("insert transcript %s: %w", path, err)
	}
	return res.LastInsertId()
}

func insertSegments(tx *sql.Tx, tid int64, segs []pipeline.Segment) ([]int64, error) {
	stmt, err := tx.Prepare(`INSERT INTO segments (transcript_id, seq, start_seconds, end_seconds, speaker, line, text) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("insert segments: %w", err)
	}
	defer stmt.Close()
	ids := make([]int64, len(segs))
	for i, s := range segs {
		res, err := stmt.Exec(tid, i, nullFloat(s.Start, s.Timed), nullFloat(s.End, s.Timed && s.End > 0), s.Speaker, s.Line, s.Text)
		if err != nil {
			return nil, fmt.Errorf("insert segment %d: %w", i, err)
		}
		if ids[i], err = res.LastInsertId(); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

func insertSentences(tx *sql.Tx, tid int64, sents []pipeline.Sentence) ([]int64, error) {
	stmt, err := tx.Prepare(`INSERT INTO sentences (transcript_id, seq, first_segment, last_segment, start_seconds, end_seconds, text) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("insert sentences: %w", err)
	}
	defer stmt.Close()
	ids := make([]int64, len(sents))
	for i, s := range sents {
		res, err := stmt.Exec(tid, i, s.FirstSeg, s.LastSeg, nullFloat(s.Start, s.Timed), nullFloat(s.End, s.Timed), s.Text)
		if err != nil {
			return nil, fmt.Errorf("insert sentence %d: %w", i, err)
		}
		if ids[i], err = res.LastInsertId(); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

func nullFloat(v float64, valid bool) sql.NullFloat64 {
	return sql.NullFloat64{Float64: v, Valid: valid}
}

func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

// checkDuplicate refuses a file whose exact content is already stored under
// another path that still exists: counting the same recording twice would
// double its mentions. When the other path is gone, the file was moved or
// renamed, and the old row is dropped so the new path takes its place.
func checkDuplicate(tx *sql.Tx, path, hash string) error {
	rows, err := tx.Query(`SELECT path FROM transcripts WHERE content_hash = ? AND path != ?`, hash, path)
	if err != nil {
		return fmt.Errorf("look up duplicates of %s: %w", path, err)
	}
	var others []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			rows.Close()
			return err
		}
		others = append(others, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, other := range others {
		if _, err := os.Stat(other); err == nil {
			return &pipeline.FileError{Path: path, Err: fmt.Errorf("same content as %s, which is already stored: not stored twice", other)}
		}
		if _, err := tx.Exec(`DELETE FROM transcripts WHERE path = ?`, other); err != nil {
			return fmt.Errorf("drop moved %s: %w", other, err)
		}
	}
	return nil
}

// indexSentences adds a transcript's sentences to the full-text index in one
// statement (migration 0005 replaced the per-row trigger with this).
func indexSentences(tx *sql.Tx, tid int64) error {
	if _, err := tx.Exec(`INSERT INTO sentence_search (docid, text) SELECT id, text FROM sentences WHERE transcript_id = ?`, tid); err != nil {
		return fmt.Errorf("index sentences: %w", err)
	}
	return nil
}
