package store

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// Filter narrows the queries. Zero values mean no filter.
type Filter struct {
	Type    string // entity type: PERSON, PLACE or ORG
	Channel string // channel name, exactly
	VideoID string
	// Since and Until bound the publication date, YYYY-MM-DD, inclusive.
	// Videos of unknown date are left out when either is set.
	Since, Until string
	// From and To bound the in-video time of the mention, in seconds;
	// HasFrom/HasTo say whether they are set (0 is a valid bound).
	From, To       float64
	HasFrom, HasTo bool
	Limit          int
}

// WhoFilter is the filter of Who; it is a Filter.
type WhoFilter = Filter

// where returns the conditions on mentions m and transcripts t for f, and
// whether they need the transcripts table.
func (f Filter) where() (conds []string, args []any, needT bool) {
	if f.Channel != "" {
		conds, args, needT = append(conds, "t.channel = ?"), append(args, f.Channel), true
	}
	if f.VideoID != "" {
		conds, args, needT = append(conds, "t.video_id = ?"), append(args, f.VideoID), true
	}
	if f.Since != "" {
		conds, args, needT = append(conds, "t.published >= ?"), append(args, f.Since), true
	}
	if f.Until != "" {
		conds, args, needT = append(conds, "t.published <= ?"), append(args, f.Until), true
	}
	if f.HasFrom {
		conds, args = append(conds, "m.start_seconds >= ?"), append(args, f.From)
	}
	if f.HasTo {
		conds, args = append(conds, "m.start_seconds <= ?"), append(args, f.To)
	}
	return conds, args, needT
}

func and(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " AND " + strings.Join(conds, " AND ")
}

// EntityCount is one row of Who.
type EntityCount struct {
	ID        int64
	Name      string
	Type      string
	Mentions  int
	Videos    int
	FirstSeen string // earliest publication date of a video mentioning it
	LastSeen  string
}

// Who lists entities by mention count, most mentioned first. Ignored names
// are left out.
func (d *DB) Who(f Filter) ([]EntityCount, error) {
	conds, args, needT := f.where()
	join := ""
	if needT {
		join = " JOIN transcripts t ON t.id = m.transcript_id"
	}
	var q string
	if f.HasFrom || f.HasTo {
		// A time window needs the mentions themselves: count per
		// entity and video first (an index-only scan), then join the
		// far fewer (entity, video) rows to their dates.
		q = `WITH per AS (
			SELECT m.entity_id, m.transcript_id, count(*) AS n FROM mentions m` + join + `
			WHERE m.entity_id IS NOT NULL` + and(conds) + `
			GROUP BY m.entity_id, m.transcript_id)
		SELECT e.id, e.name, e.type, x.n, x.v, coalesce(x.first, ''), coalesce(x.last, '') FROM (
			SELECT per.entity_id, sum(per.n) AS n, count(*) AS v, min(t.published) AS first, max(t.published) AS last
			FROM per JOIN transcripts t ON t.id = per.transcript_id GROUP BY per.entity_id) x
		JOIN entities e ON e.id = x.entity_id`
	} else {
		// Otherwise the per-video counts kept in entity_videos do
		// (aliased m, so the filter's conditions apply as they are).
		q = `SELECT e.id, e.name, e.type, x.n, x.v, coalesce(x.first, ''), coalesce(x.last, '') FROM (
			SELECT m.entity_id, sum(m.mentions) AS n, count(*) AS v, min(m.published) AS first, max(m.published) AS last
			FROM entity_videos m` + join + ` WHERE 1` + and(conds) + ` GROUP BY m.entity_id) x
		JOIN entities e ON e.id = x.entity_id`
	}
	if f.Type != "" {
		q += " WHERE e.type = ?"
		args = append(args, strings.ToUpper(f.Type))
	}
	q += " ORDER BY x.n DESC, e.name"
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
		if err := rows.Scan(&c.ID, &c.Name, &c.Type, &c.Mentions, &c.Videos, &c.FirstSeen, &c.LastSeen); err != nil {
			return nil, fmt.Errorf("who: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Lookup returns the ids of the entities a name given by a user stands
// for: the entity whose name it is, every entity one of whose written names
// it is (aliases), where the alias rules and the place aliases send it
// ("USA" finds United States), and every person whose name has it as whole
// words ("Putin" finds Vladimir Putin). typ, when set, keeps one type.
func (d *DB) Lookup(name, typ string) ([]int64, error) {
	key := pipeline.NameKey(name)
	if key == "" {
		return nil, fmt.Errorf("look up: empty name")
	}
	typ = strings.ToUpper(typ)
	rules, err := loadRules(d.db)
	if err != nil {
		return nil, err
	}
	r := &resolver{rules: rules}
	var q strings.Builder
	var args []any
	q.WriteString(`SELECT id FROM entities WHERE key = ?
		UNION SELECT entity_id FROM aliases WHERE name = ? COLLATE NOCASE
		UNION SELECT id FROM entities WHERE type = 'PERSON' AND ' ' || key || ' ' LIKE ? ESCAPE '\'`)
	args = append(args, key, strings.Join(strings.Fields(name), " "), "% "+likeEscape(key)+" %")
	for _, t := range []string{pipeline.Person, pipeline.Place, pipeline.Org} {
		to := r.target(name, name, t)
		if !to.ignore {
			q.WriteString(` UNION SELECT id FROM entities WHERE key = ? AND type = ?`)
			args = append(args, pipeline.NameKey(to.name), to.typ)
		}
		if c := pipeline.CleanName(name, t); c != name {
			q.WriteString(` UNION SELECT id FROM entities WHERE key = ? AND type = ?`)
			args = append(args, pipeline.NameKey(c), t)
		}
	}
	sqlText := q.String()
	if typ != "" {
		sqlText = `SELECT id FROM entities WHERE type = ? AND id IN (` + sqlText + `)`
		args = append([]any{typ}, args...)
	}
	rows, err := d.db.Query(sqlText, args...)
	if err != nil {
		return nil, fmt.Errorf("look up %q: %w", name, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("look up %q: %w", name, err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// idList returns "?, ?, ?" and the ids as arguments.
func idList(ids []int64) (string, []any) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", "), args
}

// MentionRow is one mention with its transcript's metadata: the tidy row of
// the mentions export and of When.
type MentionRow struct {
	ID        int64
	EntityID  int64
	Entity    string
	Type      string // the entity's type
	Name      string // the name as written, without title or possessive
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

const mentionRowSelect = `SELECT m.id, e.id, e.name, e.type, m.name, m.surface, m.start_seconds, m.url, s.text, m.speaker,
	t.video_id, t.title, t.channel, coalesce(t.published, ''), t.path
	FROM mentions m
	JOIN entities e ON e.id = m.entity_id
	JOIN sentences s ON s.id = m.sentence_id
	JOIN transcripts t ON t.id = m.transcript_id`

const mentionOrder = ` ORDER BY t.published IS NULL, t.published, t.path, m.start_seconds, m.id`

// When calls fn for every mention of the entities name stands for (see
// Lookup), oldest video first, then by time in the video.
func (d *DB) When(name string, fn func(MentionRow) error) error {
	return d.WhenFilter(name, false, Filter{}, fn)
}

// WhenFilter is When narrowed by f. With asWritten, only mentions written
// as name are listed ("US" apart from "America").
func (d *DB) WhenFilter(name string, asWritten bool, f Filter, fn func(MentionRow) error) error {
	ids, err := d.Lookup(name, f.Type)
	if err != nil {
		return fmt.Errorf("when: %w", err)
	}
	if len(ids) == 0 {
		return nil
	}
	in, args := idList(ids)
	conds, fargs, _ := f.where()
	q := mentionRowSelect + ` WHERE m.entity_id IN (` + in + `)` + and(conds)
	args = append(args, fargs...)
	if asWritten {
		q += ` AND m.name = ? COLLATE NOCASE`
		args = append(args, strings.Join(strings.Fields(name), " "))
	}
	q += mentionOrder
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	return d.eachMention(q, args, fn)
}

// EachMention calls fn for every stored mention that has an entity, in
// video and time order.
func (d *DB) EachMention(fn func(MentionRow) error) error {
	return d.eachMention(mentionRowSelect+mentionOrder, nil, fn)
}

func (d *DB) eachMention(q string, args []any, fn func(MentionRow) error) error {
	rows, err := d.db.Query(q, args...)
	if err != nil {
		return fmt.Errorf("query mentions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r MentionRow
		if err := rows.Scan(&r.ID, &r.EntityID, &r.Entity, &r.Type, &r.Name, &r.Surface, &r.Start, &r.URL, &r.Sentence, &r.Speaker,
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
