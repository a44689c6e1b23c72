package store

import (
	"database/sql"
	"fmt"
	"strings"
)

// Video is one stored transcript with its metadata and mention counts.
type Video struct {
	VideoID   string
	Title     string
	Channel   string
	Published string
	URL       string
	Length    sql.NullFloat64
	Format    string
	Path      string
	Mentions  int // mentions with an entity
	Entities  int // distinct entities
}

// Videos lists the stored transcripts, oldest first. f's channel, video and
// date bounds apply; its limit caps the rows.
func (d *DB) Videos(f Filter) ([]Video, error) {
	conds, args, _ := f.where()
	var keep []string
	for _, c := range conds {
		if strings.HasPrefix(c, "t.") {
			keep = append(keep, c)
		}
	}
	args = args[:len(keep)]
	q := `SELECT t.video_id, t.title, t.channel, coalesce(t.published, ''), t.url, t.length_seconds, t.format, t.path,
		count(m.id), count(DISTINCT m.entity_id)
		FROM transcripts t LEFT JOIN mentions m ON m.transcript_id = t.id AND m.entity_id IS NOT NULL
		WHERE 1` + and(keep) + `
		GROUP BY t.id ORDER BY t.published IS NULL, t.published, t.path`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := d.db.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("videos: %w", err)
	}
	defer rows.Close()
	var out []Video
	for rows.Next() {
		var v Video
		if err := rows.Scan(&v.VideoID, &v.Title, &v.Channel, &v.Published, &v.URL, &v.Length, &v.Format, &v.Path, &v.Mentions, &v.Entities); err != nil {
			return nil, fmt.Errorf("videos: %w", err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// Period is one row of a timeline: mentions in a day, week or month.
type Period struct {
	Period   string // YYYY-MM-DD (a week by its Monday), YYYY-MM, or "" for unknown dates
	Mentions int
	Videos   int
}

// Timeline counts the mentions of the entities name stands for (see Lookup)
// by publication day, week (starting Monday) or month, oldest first.
func (d *DB) Timeline(name, by string, asWritten bool, f Filter) ([]Period, error) {
	var period string
	switch by {
	case "day":
		period = `coalesce(t.published, '')`
	case "week":
		period = `coalesce(date(t.published, '-6 days', 'weekday 1'), '')`
	case "month":
		period = `coalesce(substr(t.published, 1, 7), '')`
	default:
		return nil, fmt.Errorf("timeline: by %q: want day, week or month", by)
	}
	ids, err := d.Lookup(name, f.Type)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	in, args := idList(ids)
	conds, fargs, _ := f.where()
	args = append(args, fargs...)
	q := `SELECT ` + period + ` AS p, count(*), count(DISTINCT m.transcript_id)
		FROM mentions m JOIN transcripts t ON t.id = m.transcript_id
		WHERE m.entity_id IN (` + in + `)` + and(conds)
	if asWritten {
		q += ` AND m.name = ? COLLATE NOCASE`
		args = append(args, strings.Join(strings.Fields(name), " "))
	}
	q += ` GROUP BY p ORDER BY p = '', p`
	rows, err := d.db.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	var out []Period
	for rows.Next() {
		var p Period
		if err := rows.Scan(&p.Period, &p.Mentions, &p.Videos); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
