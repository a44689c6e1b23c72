package store

import (
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/mentions/mentions/pipeline"
)

// AliasRule is one line of a user alias file: mentions written Alias belong
// to the entity Canonical of type Type ("" keeps each mention's own type),
// or, when Ignore is set, to no entity at all.
type AliasRule struct {
	Alias     string
	Canonical string
	Type      string
	Ignore    bool
	Line      int // line in the file it came from; 0 when unknown
}

// ResolveStats says what a Resolve changed.
type ResolveStats struct {
	Names    int // distinct (name, canonical, type) triples resolved
	Changed  int // mentions pointed at another entity
	Ignored  int // mentions ignored by a rule
	Entities int // entities with at least one mention
}

// AliasRules returns the alias rules in force, in the order of the file
// they came from.
func (d *DB) AliasRules() ([]AliasRule, error) {
	rules, err := loadRules(d.db)
	if err != nil {
		return nil, err
	}
	out := make([]AliasRule, 0, len(rules))
	for _, r := range rules {
		out = append(out, AliasRule{Alias: r.alias, Canonical: r.canonical, Type: r.typ, Ignore: r.ignore, Line: r.line})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Alias < out[j].Alias
	})
	return out, nil
}

// SetAliasRules replaces the alias rules with rules and re-resolves every
// stored mention, in one transaction: every query and export sees the new
// rules at once, and no transcript is read again. A later rule for the same
// alias replaces an earlier one.
func (d *DB) SetAliasRules(rules []AliasRule) (ResolveStats, error) {
	tx, err := d.db.Begin()
	if err != nil {
		return ResolveStats{}, fmt.Errorf("set alias rules: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`DELETE FROM alias_rules`); err != nil {
		return ResolveStats{}, fmt.Errorf("set alias rules: %w", err)
	}
	for _, r := range rules {
		typ := strings.ToUpper(r.Type)
		canonical := r.Canonical
		if r.Ignore {
			canonical = ""
		}
		if _, err := tx.Exec(`INSERT INTO alias_rules (alias_key, alias, canonical, type, ignore, line) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (alias_key) DO UPDATE SET alias = excluded.alias, canonical = excluded.canonical,
				type = excluded.type, ignore = excluded.ignore, line = excluded.line`,
			pipeline.NameKey(r.Alias), r.Alias, canonical, typ, r.Ignore, r.Line); err != nil {
			return ResolveStats{}, fmt.Errorf("set alias rule %q (line %d): %w", r.Alias, r.Line, err)
		}
	}
	st, err := resolveAll(tx)
	if err != nil {
		return st, err
	}
	return st, tx.Commit()
}

// Resolve re-resolves every stored mention to its entity with the whole
// corpus in view (see the resolution order in entity.go), in one
// transaction. Ingest resolves each transcript as it is stored; Resolve adds
// the steps that need the whole corpus and may be run at any time.
func (d *DB) Resolve() (ResolveStats, error) {
	tx, err := d.db.Begin()
	if err != nil {
		return ResolveStats{}, fmt.Errorf("resolve: %w", err)
	}
	defer tx.Rollback()
	st, err := resolveAll(tx)
	if err != nil {
		return st, err
	}
	return st, tx.Commit()
}

// nameTriple is what a mention's entity follows from: its name as written,
// its canonical name in its transcript and its tagged type.
type nameTriple struct{ name, canonical, typ string }

// repoint sets every mention's entity to the one ids gives its names, and
// returns how many mentions changed entity. It reads all mentions once and
// updates the changed ones by rowid: an UPDATE per distinct name would need
// an index on the three name columns, and keeping that index cost a bulk
// ingest a quarter of the bytes it writes.
func repoint(tx *sql.Tx, ids map[nameTriple]sql.NullInt64) (int, error) {
	rows, err := tx.Query(`SELECT id, name, canonical, type, entity_id FROM mentions`)
	if err != nil {
		return 0, fmt.Errorf("resolve: %w", err)
	}
	type change struct {
		id     int64
		entity sql.NullInt64
	}
	var changes []change
	for rows.Next() {
		var id int64
		var k nameTriple
		var cur sql.NullInt64
		if err := rows.Scan(&id, &k.name, &k.canonical, &k.typ, &cur); err != nil {
			rows.Close()
			return 0, fmt.Errorf("resolve: %w", err)
		}
		if to, ok := ids[k]; ok && to != cur {
			changes = append(changes, change{id, to})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("resolve: %w", err)
	}
	if len(changes) == 0 {
		return 0, nil
	}
	update, err := tx.Prepare(`UPDATE mentions SET entity_id = ? WHERE id = ?`)
	if err != nil {
		return 0, fmt.Errorf("resolve: %w", err)
	}
	defer update.Close()
	for _, c := range changes {
		if _, err := update.Exec(c.entity, c.id); err != nil {
			return 0, fmt.Errorf("resolve: re-point mention %d: %w", c.id, err)
		}
	}
	return len(changes), nil
}

type triple struct {
	name, canonical, typ string
	n                    int
	to                   target
}

func resolveAll(tx *sql.Tx) (ResolveStats, error) {
	var st ResolveStats
	res, err := newResolver(tx, nil)
	if err != nil {
		return st, err
	}
	defer res.close()
	rows, err := tx.Query(`SELECT name, canonical, type, count(*) FROM mentions GROUP BY name, canonical, type`)
	if err != nil {
		return st, fmt.Errorf("resolve: %w", err)
	}
	var ts []*triple
	for rows.Next() {
		t := &triple{}
		if err := rows.Scan(&t.name, &t.canonical, &t.typ, &t.n); err != nil {
			rows.Close()
			return st, fmt.Errorf("resolve: %w", err)
		}
		t.to = res.target(t.name, t.canonical, t.typ)
		ts = append(ts, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("resolve: %w", err)
	}
	st.Names = len(ts)
	joinBareNames(ts)
	joinMajorityType(ts)

	// Display names: the most used written form of each entity, a rule's
	// canonical name above all.
	type form struct {
		n     int
		fixed bool
	}
	forms := map[[2]string]map[string]*form{}
	for _, t := range ts {
		if t.to.ignore {
			continue
		}
		k := [2]string{pipeline.NameKey(t.to.name), t.to.typ}
		if forms[k] == nil {
			forms[k] = map[string]*form{}
		}
		f := forms[k][t.to.name]
		if f == nil {
			f = &form{}
			forms[k][t.to.name] = f
		}
		f.n += t.n
		f.fixed = f.fixed || t.to.fixed
	}
	display := map[[2]string]string{}
	for k, fs := range forms {
		best := ""
		for name, f := range fs {
			b := fs[best]
			if best == "" || (f.fixed && !b.fixed) || (f.fixed == b.fixed && (f.n > b.n || f.n == b.n && (capitals(name) > capitals(best) || capitals(name) == capitals(best) && name < best))) {
				best = name
			}
		}
		display[k] = best
	}
	for _, t := range ts {
		if !t.to.ignore {
			t.to.name = display[[2]string{pipeline.NameKey(t.to.name), t.to.typ}]
		}
	}
	rename, err := tx.Prepare(`UPDATE entities SET name = ? WHERE id = ? AND name <> ?`)
	if err != nil {
		return st, fmt.Errorf("resolve: %w", err)
	}
	defer rename.Close()
	renamed := map[int64]bool{}
	ids := make(map[nameTriple]sql.NullInt64, len(ts))
	for _, t := range ts {
		id, err := res.id(t.to)
		if err != nil {
			return st, err
		}
		if id.Valid && !renamed[id.Int64] {
			renamed[id.Int64] = true
			if _, err := rename.Exec(t.to.name, id.Int64, t.to.name); err != nil {
				return st, fmt.Errorf("resolve: rename entity %d: %w", id.Int64, err)
			}
		}
		ids[nameTriple{t.name, t.canonical, t.typ}] = id
		if t.to.ignore {
			st.Ignored += t.n
		}
	}
	if st.Changed, err = repoint(tx, ids); err != nil {
		return st, err
	}
	if err := tx.QueryRow(`SELECT count(DISTINCT entity_id) FROM mentions`).Scan(&st.Entities); err != nil {
		return st, fmt.Errorf("resolve: %w", err)
	}
	return st, nil
}

// joinBareNames points one-word person names left bare in their transcript
// at the fuller name that the transcripts resolving the same word agree on:
// 90% of the mentions resolved elsewhere go to one name.
func joinBareNames(ts []*triple) {
	type tally struct {
		total int
		by    map[[2]string]int
		to    map[[2]string]target
	}
	resolved := map[string]*tally{}
	for _, t := range ts {
		if t.typ != pipeline.Person || t.canonical == "" || t.canonical == t.name || t.to.ignore {
			continue
		}
		k := pipeline.NameKey(t.name)
		if strings.Contains(k, " ") {
			continue
		}
		tl := resolved[k]
		if tl == nil {
			tl = &tally{by: map[[2]string]int{}, to: map[[2]string]target{}}
			resolved[k] = tl
		}
		tk := [2]string{pipeline.NameKey(t.to.name), t.to.typ}
		tl.total += t.n
		tl.by[tk] += t.n
		tl.to[tk] = t.to
	}
	for _, t := range ts {
		if t.typ != pipeline.Person || t.canonical != t.name || t.to.fixed {
			continue
		}
		tl := resolved[pipeline.NameKey(t.name)]
		if tl == nil {
			continue
		}
		for k, n := range tl.by {
			if n*10 >= tl.total*9 {
				t.to = tl.to[k]
			}
		}
	}
}

// joinMajorityType moves a name tagged with two types to the type with at
// least twice the mentions of the other.
func joinMajorityType(ts []*triple) {
	byType := map[string]map[string]int{}
	for _, t := range ts {
		if t.to.ignore {
			continue
		}
		k := pipeline.NameKey(t.to.name)
		if byType[k] == nil {
			byType[k] = map[string]int{}
		}
		byType[k][t.to.typ] += t.n
	}
	for _, t := range ts {
		if t.to.ignore || t.to.fixed {
			continue
		}
		counts := byType[pipeline.NameKey(t.to.name)]
		best, bestN := t.to.typ, counts[t.to.typ]
		for typ, n := range counts {
			if n > bestN || n == bestN && typ < best {
				best, bestN = typ, n
			}
		}
		if best != t.to.typ && bestN >= 2*counts[t.to.typ] {
			t.to.typ = best
		}
	}
}

func capitals(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}
