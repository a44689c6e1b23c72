package store

import (
	"database/sql"
	"fmt"
)

// AliasRow is one row of the aliases export: a written name of an entity
// and how many mentions use it.
type AliasRow struct {
	EntityID   int64
	Entity     string
	EntityType string
	Alias      string
	AliasType  string // the type the extractor gave these mentions
	Mentions   int
}

// EachAlias calls fn for every written name of every entity, entities by
// mention count, names by mention count.
func (d *DB) EachAlias(fn func(AliasRow) error) error {
	rows, err := d.db.Query(`SELECT e.id, e.name, e.type, a.name, a.type, a.mentions
		FROM aliases a JOIN entities e ON e.id = a.entity_id
		JOIN (SELECT entity_id, sum(mentions) AS total FROM aliases GROUP BY entity_id) s ON s.entity_id = a.entity_id
		ORDER BY s.total DESC, e.name, e.id, a.mentions DESC, a.name`)
	if err != nil {
		return fmt.Errorf("aliases: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r AliasRow
		if err := rows.Scan(&r.EntityID, &r.Entity, &r.EntityType, &r.Alias, &r.AliasType, &r.Mentions); err != nil {
			return fmt.Errorf("aliases: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Aliases returns the written names of one entity, most used first.
func (d *DB) Aliases(entityID int64) ([]AliasRow, error) {
	rows, err := d.db.Query(`SELECT a.entity_id, a.name, a.type, a.mentions FROM aliases a
		WHERE a.entity_id = ? ORDER BY a.mentions DESC, a.name`, entityID)
	if err != nil {
		return nil, fmt.Errorf("aliases: %w", err)
	}
	defer rows.Close()
	var out []AliasRow
	for rows.Next() {
		var r AliasRow
		if err := rows.Scan(&r.EntityID, &r.Alias, &r.AliasType, &r.Mentions); err != nil {
			return nil, fmt.Errorf("aliases: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// TimelineRow is one row of the timeline export: an entity's mentions on
// one publication day.
type TimelineRow struct {
	EntityID   int64
	Entity     string
	EntityType string
	Day        sql.NullString // NULL for videos of unknown date
	Mentions   int
	Videos     int
}

// EachTimeline calls fn for every entity and publication day with
// mentions (the mention_timeline view), by day then mentions.
func (d *DB) EachTimeline(fn func(TimelineRow) error) error {
	rows, err := d.db.Query(`SELECT entity_id, entity, entity_type, day, mentions, videos FROM mention_timeline
		ORDER BY day IS NULL, day, mentions DESC, entity`)
	if err != nil {
		return fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r TimelineRow
		if err := rows.Scan(&r.EntityID, &r.Entity, &r.EntityType, &r.Day, &r.Mentions, &r.Videos); err != nil {
			return fmt.Errorf("timeline: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}
