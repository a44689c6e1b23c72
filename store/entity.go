package store

import (
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/mentions/mentions/pipeline"
)

// Entity resolution across the corpus.
//
// A mention is stored with the name as written (mentions.name), the fuller
// name its transcript resolves it to (mentions.canonical, see
// pipeline.Resolve; "" when the name fits two fuller names there and is left
// unresolved) and the extractor's type. Its entity follows from those three
// and the corpus-wide tables, first match wins:
//
//  1. a user alias rule for the written name, then for the canonical name
//     (alias_rules; a rule may ignore a name: the mention gets no entity);
//  2. the built-in place aliases for PLACE and ORG mentions (US, U.S.,
//     America → United States; Kiev → Kyiv; see Place);
//  3. a rule for the name that step 2 gave;
//  4. the canonical name itself, with the mention's type.
//
// Entities are keyed by lower-cased name and type, so an entity's id never
// changes while any mention resolves to it, and re-ingesting a transcript
// keeps the ids of the names in it. Entities are never deleted; one with no
// mentions left is simply not listed.
//
// Resolve adds two corpus-level steps that depend on the whole corpus and so
// are not taken while a single transcript is stored:
//
//   - a one-word person name left bare in its transcript joins the fuller
//     name that transcripts resolving it agree on (at least 90% of them);
//   - a name tagged with two types joins the majority type when that type
//     has at least twice the mentions of the other ("NATO" as PLACE joins
//     NATO the ORG); the minority mentions keep their tagged type in
//     mentions.type and the aliases table, so the mistake stays visible.

// rule is one user alias rule.
type rule struct {
	alias, canonical, typ string
	ignore                bool
	line                  int
}

// target is where a mention goes: an entity name and type, or nowhere.
type target struct {
	name, typ string
	ignore    bool
	fixed     bool // a user rule decided it: corpus-level steps leave it alone
}

// resolver maps mentions to entity ids within one transaction.
type resolver struct {
	tx     *sql.Tx
	rules  map[string]rule
	known  *entityIDs          // ids committed earlier; nil to look each up
	ids    map[entityKey]int64 // ids looked up or made in this transaction
	lookup *sql.Stmt           // prepared on the first name not already known
	insert *sql.Stmt
}

// entityKey is an entity's identity: its lower-cased name and its type.
type entityKey struct{ key, typ string }

// entityIDs remembers entity ids across transactions. An entity's key, type
// and id never change and entities are never deleted, so an id once
// committed stays right for as long as the database is open; without this
// every transcript looked up again each of its names (a third of the
// writer's time on the BBC corpus).
type entityIDs struct {
	mu  sync.Mutex
	ids map[entityKey]int64
}

func (e *entityIDs) get(k entityKey) (int64, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	id, ok := e.ids[k]
	return id, ok
}

func (e *entityIDs) add(ids map[entityKey]int64) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.ids == nil {
		e.ids = make(map[entityKey]int64, len(ids))
	}
	for k, id := range ids {
		e.ids[k] = id
	}
}

// newResolver starts resolving in tx. known may be nil; when it is not, the
// caller must call committed after tx commits (and close in any case).
func newResolver(tx *sql.Tx, known *entityIDs) (*resolver, error) {
	rules, err := loadRules(tx)
	if err != nil {
		return nil, err
	}
	return &resolver{tx: tx, rules: rules, known: known, ids: make(map[entityKey]int64)}, nil
}

// committed hands the ids of this transaction, now committed, to the
// database's memory. Ids from a transaction rolled back are never kept: its
// new entities do not exist.
func (r *resolver) committed() {
	if r.known != nil {
		r.known.add(r.ids)
	}
}

func (r *resolver) close() {
	for _, s := range []*sql.Stmt{r.lookup, r.insert} {
		if s != nil {
			s.Close()
		}
	}
}

func loadRules(q interface {
	Query(string, ...any) (*sql.Rows, error)
}) (map[string]rule, error) {
	rows, err := q.Query(`SELECT alias_key, alias, canonical, type, ignore, line FROM alias_rules`)
	if err != nil {
		return nil, fmt.Errorf("load alias rules: %w", err)
	}
	defer rows.Close()
	rules := make(map[string]rule)
	for rows.Next() {
		var k string
		var r rule
		if err := rows.Scan(&k, &r.alias, &r.canonical, &r.typ, &r.ignore, &r.line); err != nil {
			return nil, fmt.Errorf("load alias rules: %w", err)
		}
		rules[k] = r
	}
	return rules, rows.Err()
}

// target applies steps 1 to 4 of the resolution order.
func (r *resolver) target(name, canonical, typ string) target {
	if canonical == "" {
		canonical = name
	}
	apply := func(ru rule, t string) target {
		if ru.ignore {
			return target{ignore: true, fixed: true}
		}
		if ru.typ != "" {
			t = ru.typ
		}
		return target{name: ru.canonical, typ: t, fixed: true}
	}
	for _, n := range []string{name, canonical} {
		if ru, ok := r.rules[pipeline.NameKey(n)]; ok {
			return apply(ru, typ)
		}
	}
	c, t := canonical, typ
	if typ == pipeline.Place || typ == pipeline.Org {
		if p, ok := Place(canonical); ok {
			c, t = p, pipeline.Place
		} else if p, ok := Place(name); ok {
			c, t = p, pipeline.Place
		}
	}
	if ru, ok := r.rules[pipeline.NameKey(c)]; ok {
		return apply(ru, t)
	}
	return target{name: c, typ: t}
}

// id finds or creates the entity for a target.
func (r *resolver) id(t target) (sql.NullInt64, error) {
	if t.ignore {
		return sql.NullInt64{}, nil
	}
	k := entityKey{pipeline.NameKey(t.name), t.typ}
	if id, ok := r.ids[k]; ok {
		return sql.NullInt64{Int64: id, Valid: true}, nil
	}
	if r.known != nil {
		if id, ok := r.known.get(k); ok {
			return sql.NullInt64{Int64: id, Valid: true}, nil
		}
	}
	if r.lookup == nil {
		var err error
		if r.lookup, err = r.tx.Prepare(`SELECT id FROM entities WHERE key = ? AND type = ?`); err != nil {
			return sql.NullInt64{}, fmt.Errorf("look up entities: %w", err)
		}
		// In Store the transaction already holds the write lock (the
		// transcript row is written first), so a name the lookup missed
		// is new; elsewhere, should another writer add the same name in
		// between, the UNIQUE (key, type) constraint fails the insert
		// rather than store it twice.
		if r.insert, err = r.tx.Prepare(`INSERT INTO entities (name, type, key) VALUES (?, ?, ?)`); err != nil {
			return sql.NullInt64{}, fmt.Errorf("add entities: %w", err)
		}
	}
	var id int64
	err := r.lookup.QueryRow(k.key, k.typ).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		var res sql.Result
		if res, err = r.insert.Exec(t.name, t.typ, k.key); err == nil {
			id, err = res.LastInsertId()
		}
	}
	if err != nil {
		return sql.NullInt64{}, fmt.Errorf("entity %q %s: %w", t.name, t.typ, err)
	}
	r.ids[k] = id
	return sql.NullInt64{Int64: id, Valid: true}, nil
}

// insertMentions stores a document's mentions, each pointed at its entity.
// It returns the entity of each person or organisation name written in the
// document (by NameKey, persons first), so claims can point their speakers
// at the same entities.
func insertMentions(tx *sql.Tx, res *resolver, tid int64, doc *pipeline.Document, segIDs, sentIDs []int64) (map[string]sql.NullInt64, error) {
	stmt, err := tx.Prepare(`INSERT INTO mentions
		(transcript_id, sentence_id, segment_id, entity_id, name, canonical, surface, type, start_seconds, char_start, char_end, speaker, url)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("insert mentions: %w", err)
	}
	defer stmt.Close()
	speakers := make(map[string]sql.NullInt64)
	counts := newMentionCounts()
	for _, m := range doc.Mentions {
		name := pipeline.CleanName(m.Name, m.Type)
		canonical := m.Canonical
		switch {
		case m.Ambiguous:
			canonical = "" // the corpus-level step must not guess either
		case canonical == "":
			canonical = name
		}
		eid, err := res.id(res.target(name, canonical, m.Type))
		if err != nil {
			return nil, err
		}
		switch k := pipeline.NameKey(m.Name); m.Type {
		case pipeline.Person:
			speakers[k] = eid
		case pipeline.Org:
			if _, ok := speakers[k]; !ok {
				speakers[k] = eid
			}
		}
		s := doc.Sentences[m.Sentence]
		rel := m.Offset - s.Offset
		cs := utf8.RuneCountInString(s.Text[:rel])
		ce := cs + utf8.RuneCountInString(m.Surface)
		if _, err := stmt.Exec(tid, sentIDs[m.Sentence], segIDs[m.Segment], eid, name, canonical, m.Surface, m.Type,
			nullFloat(m.Start, m.Timed), cs, ce, m.Speaker, m.URL); err != nil {
			return nil, fmt.Errorf("insert mention %q: %w", m.Surface, err)
		}
		counts.add(eid, name, m.Type)
	}
	if err := counts.store(tx, tid); err != nil {
		return nil, err
	}
	return speakers, nil
}

// mentionCounts gathers one transcript's additions to the aliases and
// entity_videos counts, so each distinct alias and entity is written once
// (migration 0004 replaced the per-row insert triggers with this).
type mentionCounts struct {
	aliases map[aliasKey]int
	videos  map[int64]int
	order   []aliasKey // first-seen order, so writes are deterministic
}

type aliasKey struct {
	entity     int64
	name, kind string
}

func newMentionCounts() *mentionCounts {
	return &mentionCounts{aliases: make(map[aliasKey]int), videos: make(map[int64]int)}
}

func (c *mentionCounts) add(eid sql.NullInt64, name, typ string) {
	if !eid.Valid {
		return
	}
	k := aliasKey{eid.Int64, name, typ}
	if c.aliases[k] == 0 {
		c.order = append(c.order, k)
	}
	c.aliases[k]++
	c.videos[eid.Int64]++
}

func (c *mentionCounts) store(tx *sql.Tx, tid int64) error {
	aliases, err := tx.Prepare(`INSERT INTO aliases (entity_id, name, type, mentions) VALUES (?, ?, ?, ?)
		ON CONFLICT (entity_id, name, type) DO UPDATE SET mentions = mentions + excluded.mentions`)
	if err != nil {
		return fmt.Errorf("count aliases: %w", err)
	}
	defer aliases.Close()
	videos, err := tx.Prepare(`INSERT INTO entity_videos (entity_id, transcript_id, published, mentions)
		SELECT ?, t.id, t.published, ? FROM transcripts t WHERE t.id = ?
		ON CONFLICT (entity_id, transcript_id) DO UPDATE SET mentions = mentions + excluded.mentions`)
	if err != nil {
		return fmt.Errorf("count entity videos: %w", err)
	}
	defer videos.Close()
	seen := make(map[int64]bool)
	for _, k := range c.order {
		if _, err := aliases.Exec(k.entity, k.name, k.kind, c.aliases[k]); err != nil {
			return fmt.Errorf("count aliases: %w", err)
		}
		if seen[k.entity] {
			continue
		}
		seen[k.entity] = true
		if _, err := videos.Exec(k.entity, c.videos[k.entity], tid); err != nil {
			return fmt.Errorf("count entity videos: %w", err)
		}
	}
	return nil
}
