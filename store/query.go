package store

import (
	"database/sql"
	"fmt"
	"strings"
)

// WhoFilter narrows Who. Zero values mean no filter.
type WhoFilter struct {
	Type    string // PERSON, PLACE or ORG
	VideoID string
	// From and To bound the in-video time of the mention, in seconds;
	// HasFrom/HasTo say whether they are set (0 is a valid bound).
	From, To       float64
	HasFrom, HasTo bool
	Limit          int
}

// EntityCount is one row of Who.
type EntityCount struct {
	Name      string
	Type      string
	Mentions  int
	Videos    int
	FirstSeen string // earliest publication date of a video mentioning it
	LastSeen  string
}

// Who lists entities by mention count, most mentioned first.
func (d *DB) Who(f WhoFilter) ([]EntityCount, error) {
	var where []string
	var args []any
	if f.Type != "" {
		where = append(where, "m.type = ?")
		args = append(args, strings.ToUpper(f.Type))
	}
	if f.VideoID != "" {
		where = append(where, "t.video_id = ?")
		args = append(args, f.VideoID)
	}
	if f.HasFrom {
		where = append(where, "m.start_seconds >= ?")
		args = append(args, f.From)
	}
	if f.HasTo {
		where = append(where, "m.start_seconds <= ?")
		args = append(args, f.To)
	}
	q := `SELECT e.name, e.type, count(*), count(DISTINCT m.transcript_id),
		coalesce(min(t.published), ''), coalesce(max(t.published), '')
		FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN transcripts t ON t.id = m.transcript_id`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " GROUP BY m.entity_id ORDER BY count(*) DESC, e.name"
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := d.db.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("who: %w", err)
	}
	defer rows.Close()
	var out []EntityCount
	for rows.Next() {
		var c EntityCount
		if err := rows.Scan(&c.Name, &c.Type, &c.Mentions, &c.Videos, &c.FirstSeen, &c.LastSeen); err != nil {
			return nil, fmt.Errorf("who: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// MentionRow is one mention with its transcript's metadata: the tidy row of
// the mentions export and of When.
type MentionRow struct {
	Entity    string
	Type      string
	Surface   string
	Start     sql.NullFloat64
	URL       string
	Sentence  string
	Speaker   string
	VideoID   string
	Title     string
	Channel   string
	Published string
	Path      string
}

const mentionRowSelect = `SELECT e.name, m.type, m.surface, m.start_seconds, m.url, s.text, m.speaker,
	t.video_id, t.title, t.channel, coalesce(t.published, ''), t.path
	FROM mentions m
	JOIN entities e ON e.id = m.entity_id
	JOIN sentences s ON s.id = m.sentence_id
	JOIN transcripts t ON t.id = m.transcript_id`

// When calls fn for every mention of an entity whose name contains name as
// whole words, case-insensitively ("Putin" finds "Vladimir Putin"), oldest
// video first, then by time in the video.
func (d *DB) When(name string, fn func(MentionRow) error) error {
	key := strings.ToLower(strings.Join(strings.Fields(name), " "))
	if key == "" {
		return fmt.Errorf("when: empty name")
	}
	// The name goes in as an argument; LIKE's wildcards in it are escaped
	// so "%" and "_" are matched literally.
	pattern := "% " + likeEscape(key) + " %"
	q := mentionRowSelect + `
		WHERE m.entity_id IN (SELECT id FROM entities WHERE ' ' || key || ' ' LIKE ? ESCAPE '\')
		ORDER BY t.published IS NULL, t.published, t.path, m.start_seconds, m.id`
	return d.eachMention(q, []any{pattern}, fn)
}

// EachMention calls fn for every stored mention, in video and time order.
func (d *DB) EachMention(fn func(MentionRow) error) error {
	return d.eachMention(mentionRowSelect+` ORDER BY t.published IS NULL, t.published, t.path, m.start_seconds, m.id`, nil, fn)
}

func (d *DB) eachMention(q string, args []any, fn func(MentionRow) error) error {
	rows, err := d.db.Query(q, args...)
	if err != nil {
		return fmt.Errorf("query mentions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r MentionRow
		if err := rows.Scan(&r.Entity, &r.Type, &r.Surface, &r.Start, &r.URL, &r.Sentence, &r.Speaker,
			&r.VideoID, &r.Title, &r.Channel, &r.Published, &r.Path); err != nil {
			return fmt.Errorf("query mentions: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
