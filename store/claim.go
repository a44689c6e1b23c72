package store

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// insertClaims stores a document's claims, linking each resolved speaker to
// the entity of the person or organisation mention it was resolved to.
func insertClaims(tx *sql.Tx, tid int64, doc *pipeline.Document, sentIDs []int64, speakers map[string]sql.NullInt64) error {
	if len(doc.Claims) == 0 {
		return nil
	}
	stmt, err := tx.Prepare(`INSERT INTO claims
		(transcript_id, sentence_id, kind, speaker, speaker_entity, pronoun, cue, content, content_start, content_end, score, start_seconds, url)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("insert claims: %w", err)
	}
	defer stmt.Close()
	for _, c := range doc.Claims {
		// The speaker's entity is the one its mention resolved to, so
		// aliases and canonical names apply to claims as to mentions.
		eid := speakers[pipeline.NameKey(c.SpeakerName)]
		var cs, ce sql.NullInt64
		if c.Sentence < len(doc.Sentences) {
			if s, e, ok := c.ContentRunes(doc.Sentences[c.Sentence].Text); ok {
				cs, ce = sql.NullInt64{Int64: int64(s), Valid: true}, sql.NullInt64{Int64: int64(e), Valid: true}
			}
		}
		if _, err := stmt.Exec(tid, sentIDs[c.Sentence], c.Kind, c.Speaker, eid, c.Pronoun, c.Cue, c.Content, cs, ce, c.Score,
			nullFloat(c.Start, c.Timed), c.URL); err != nil {
			return fmt.Errorf("insert claim: %w", err)
		}
	}
	return nil
}

// ClaimFilter narrows Claims. Zero values mean no filter.
type ClaimFilter struct {
	// Speaker matches the source as written or its resolved entity's
	// name, as whole words, case-insensitively.
	Speaker  string
	MinScore float64
	VideoID  string
	Kind     string // "attributed" or "checkworthy"
}

// ClaimRow is one stored claim with its transcript's metadata.
type ClaimRow struct {
	Kind     string
	Speaker  string // the resolved entity's name when there is one, else the source as written
	Source   string // the source as written ("he", "US President Donald Trump")
	EntityID sql.NullInt64
	Entity   string // the resolved entity's name, "" when unresolved
	Pronoun  bool   // the source is a pronoun
	Cue      string
	Content  string
	// ContentStart and ContentEnd are code-point offsets of Content in
	// Sentence.
	ContentStart, ContentEnd sql.NullInt64
	Score                    float64
	Start                    sql.NullFloat64
	URL                      string
	Sentence                 string
	VideoID                  string
	Title                    string
	Channel                  string
	Published                string
	Path                     string
}

// Claims calls fn for every claim that passes f, oldest video first, then by
// time in the video.
func (d *DB) Claims(f ClaimFilter, fn func(ClaimRow) error) error {
	where := []string{"c.score >= ?"}
	args := []any{f.MinScore}
	if f.Speaker != "" {
		pattern := "% " + likeEscape(strings.ToLower(strings.Join(strings.Fields(f.Speaker), " "))) + " %"
		where = append(where, `(' ' || lower(c.speaker) || ' ' LIKE ? ESCAPE '\' OR ' ' || lower(coalesce(e.name, '')) || ' ' LIKE ? ESCAPE '\')`)
		args = append(args, pattern, pattern)
	}
	if f.VideoID != "" {
		where = append(where, "t.video_id = ?")
		args = append(args, f.VideoID)
	}
	if f.Kind != "" {
		where = append(where, "c.kind = ?")
		args = append(args, f.Kind)
	}
	q := `SELECT c.kind, coalesce(e.name, c.speaker), c.speaker, e.id, coalesce(e.name, ''), c.pronoun, c.cue, c.content,
		c.content_start, c.content_end, c.score, c.start_seconds, c.url, s.text,
		t.video_id, t.title, t.channel, coalesce(t.published, ''), t.path
		FROM claims c
		JOIN sentences s ON s.id = c.sentence_id
		JOIN transcripts t ON t.id = c.transcript_id
		LEFT JOIN entities e ON e.id = c.speaker_entity
		WHERE ` + strings.Join(where, " AND ") + `
		ORDER BY t.published IS NULL, t.published, t.path, c.start_seconds, c.id`
	rows, err := d.db.Query(q, args...)
	if err != nil {
		return fmt.Errorf("query claims: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r ClaimRow
		if err := rows.Scan(&r.Kind, &r.Speaker, &r.Source, &r.EntityID, &r.Entity, &r.Pronoun, &r.Cue, &r.Content,
			&r.ContentStart, &r.ContentEnd, &r.Score, &r.Start, &r.URL, &r.Sentence,
			&r.VideoID, &r.Title, &r.Channel, &r.Published, &r.Path); err != nil {
			return fmt.Errorf("query claims: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}
