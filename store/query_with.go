package store

import (
	"fmt"
	"strings"
)

// CoMention is one row of With: an entity mentioned together with the one
// asked about.
type CoMention struct {
	ID       int64
	Name     string
	Type     string
	Together int // sentences (or target mentions, with a window) they share
	Mentions int // its mentions in those sentences or windows
	Videos   int
}

// With lists the entities mentioned together with the entities name stands
// for (see Lookup), most often first. With window 0 "together" means in the
// same sentence; with window > 0, within window seconds of a mention of
// name in the same video (untimed mentions then never count). Together
// counts shared sentences, or mentions of name with the other nearby.
func (d *DB) With(name string, window float64, f Filter) ([]CoMention, error) {
	ids, err := d.Lookup(name, "")
	if err != nil {
		return nil, fmt.Errorf("with: %w", err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	in, args := idList(ids)
	conds, fargs, needT := f.where()
	join := ""
	if needT {
		join = " JOIN transcripts t ON t.id = m.transcript_id"
	}
	target := `SELECT m.id, m.sentence_id, m.transcript_id, m.start_seconds FROM mentions m` + join +
		` WHERE m.entity_id IN (` + in + `)` + and(conds)
	args = append(args, fargs...)
	var q string
	if window > 0 {
		q = `WITH target AS (` + target + `)
		SELECT o.entity_id, count(DISTINCT x.id) AS together, count(DISTINCT o.id) AS mentions, count(DISTINCT o.transcript_id) AS videos
		FROM target x JOIN mentions o ON o.transcript_id = x.transcript_id
			AND o.start_seconds BETWEEN x.start_seconds - ? AND x.start_seconds + ?
		WHERE o.entity_id IS NOT NULL AND o.entity_id NOT IN (` + in + `)
		GROUP BY o.entity_id`
		args = append(args, window, window)
	} else {
		q = `WITH target AS (` + target + `)
		SELECT o.entity_id, count(DISTINCT o.sentence_id) AS together, count(DISTINCT o.id) AS mentions, count(DISTINCT o.transcript_id) AS videos
		FROM target x JOIN mentions o ON o.sentence_id = x.sentence_id
		WHERE o.entity_id IS NOT NULL AND o.entity_id NOT IN (` + in + `)
		GROUP BY o.entity_id`
	}
	_, idArgs := idList(ids)
	args = append(args, idArgs...)
	q = `SELECT e.id, e.name, e.type, c.together, c.mentions, c.videos
		FROM (` + q + `) AS c
		JOIN entities e ON e.id = c.entity_id`
	if f.Type != "" {
		q += ` WHERE e.type = ?`
		args = append(args, strings.ToUpper(f.Type))
	}
	q += ` ORDER BY c.together DESC, c.mentions DESC, e.name`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := d.db.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("with: %w", err)
	}
	defer rows.Close()
	var out []CoMention
	for rows.Next() {
		var c CoMention
		if err := rows.Scan(&c.ID, &c.Name, &c.Type, &c.Together, &c.Mentions, &c.Videos); err != nil {
			return nil, fmt.Errorf("with: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
