package store

import (
	"database/sql"
	"fmt"
	"unicode/utf8"

	"github.com/mentions/mentions/pipeline"
)

// insertClaims stores a document's claims, linking each resolved speaker to
// its PERSON or ORG entity.
func insertClaims(tx *sql.Tx, tid int64, doc *pipeline.Document, sentIDs []int64) error {
	if len(doc.Claims) == 0 {
		return nil
	}
	stmt, err := tx.Prepare(`INSERT INTO claims
		(transcript_id, sentence_id, kind, speaker, speaker_entity, cue, content, content_start, content_end, score, start_seconds, url)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("insert claims: %w", err)
	}
	defer stmt.Close()
	for _, c := range doc.Claims {
		var eid sql.NullInt64
		if c.SpeakerName != "" {
			err := tx.QueryRow(`SELECT id FROM entities WHERE key = lower(?) AND type IN ('PERSON', 'ORG') ORDER BY type = 'PERSON' DESC LIMIT 1`, c.SpeakerName).Scan(&eid)
			if err != nil && err != sql.ErrNoRows {
				return fmt.Errorf("claim speaker %q: %w", c.SpeakerName, err)
			}
		}
		var cs, ce sql.NullInt64
		if c.Content != "" && c.Sentence < len(doc.Sentences) {
			text := doc.Sentences[c.Sentence].Text
			if c.ContentOff >= 0 && c.ContentOff+len(c.Content) <= len(text) {
				cs = sql.NullInt64{Int64: int64(utf8.RuneCountInString(text[:c.ContentOff])), Valid: true}
				ce = sql.NullInt64{Int64: cs.Int64 + int64(utf8.RuneCountInString(c.Content)), Valid: true}
			}
		}
		if _, err := stmt.Exec(tid, sentIDs[c.Sentence], c.Kind, c.Speaker, eid, c.Cue, c.Content, cs, ce, c.Score,
			nullFloat(c.Start, c.Timed), c.URL); err != nil {
			return fmt.Errorf("insert claim: %w", err)
		}
	}
	return nil
}
