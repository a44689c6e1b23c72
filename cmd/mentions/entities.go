package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mentions/mentions/store"
)

func cmdEntities(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("entities", "entities [--db FILE] [--apply FILE | --rules | --resolve | --suggest-merges] [filters] [--format table|jsonl|csv]",
		`mentions entities --suggest-merges --format csv > merges.csv; mentions entities --apply aliases.csv`, stderr)
	dbPath := fs.String("db", "mentions.db", "SQLite database `file`")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	apply := fs.String("apply", "", "replace the alias rules with this alias `file` (CSV alias,canonical,type; canonical - ignores) and re-resolve every mention")
	rules := fs.Bool("rules", false, "print the alias rules in force, as an alias file")
	resolve := fs.Bool("resolve", false, "re-resolve every mention with the whole corpus in view")
	suggest := fs.Bool("suggest-merges", false, "propose merges of spelling variants (Zelensky, Zelenskyy), as alias-file rows")
	ff := addFilterFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	n := 0
	for _, b := range []bool{*apply != "", *rules, *resolve, *suggest} {
		if b {
			n++
		}
	}
	if n > 1 {
		return fmt.Errorf("%w: --apply, --rules, --resolve and --suggest-merges go one at a time", errUsage)
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	switch {
	case *apply != "":
		db, err := openExisting(*dbPath)
		if err != nil {
			return err
		}
		defer db.Close()
		n, st, err := applyAliasFile(db, *apply)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d rules applied: %d mentions re-pointed, %d ignored; %d entities\n", n, st.Changed, st.Ignored, st.Entities)
		return nil
	case *resolve:
		db, err := openExisting(*dbPath)
		if err != nil {
			return err
		}
		defer db.Close()
		st, err := db.Resolve()
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d names resolved: %d mentions re-pointed; %d entities\n", st.Names, st.Changed, st.Entities)
		return nil
	case *rules:
		db, err := openExisting(*dbPath)
		if err != nil {
			return err
		}
		defer db.Close()
		rs, err := db.AliasRules()
		if err != nil {
			return err
		}
		return store.WriteAliasFile(stdout, rs)
	}
	db, err := openExisting(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if *suggest {
		rw, err := newRowWriter(stdout, *format, []string{"alias", "canonical", "type", "alias_mentions", "canonical_mentions", "similarity"})
		if err != nil {
			return err
		}
		ms, err := db.SuggestMerges()
		if err != nil {
			return err
		}
		for i, m := range ms {
			if f.Limit > 0 && i >= f.Limit {
				break
			}
			if f.Type != "" && !strings.EqualFold(f.Type, m.Type) {
				continue
			}
			if err := rw.row(m.Alias, m.Canonical, m.Type, m.AliasMentions, m.CanonicalN, float64(int(m.Similarity*100))/100); err != nil {
				return err
			}
		}
		return rw.flush()
	}
	rw, err := newRowWriter(stdout, *format, []string{"id", "name", "type", "mentions", "videos", "first_seen", "last_seen", "aliases"})
	if err != nil {
		return err
	}
	ents, err := db.Who(f)
	if err != nil {
		return err
	}
	for _, e := range ents {
		as, err := db.Aliases(e.ID)
		if err != nil {
			return err
		}
		if err := rw.row(e.ID, e.Name, e.Type, e.Mentions, e.Videos, e.FirstSeen, e.LastSeen, aliasList(as)); err != nil {
			return err
		}
	}
	return rw.flush()
}

// aliasList renders written names with counts: "Trump (10); Donald Trump (2)".
func aliasList(as []store.AliasRow) string {
	parts := make([]string, 0, len(as))
	for _, a := range as {
		parts = append(parts, fmt.Sprintf("%s (%d)", a.Alias, a.Mentions))
	}
	return strings.Join(parts, "; ")
}

// applyAliasFile reads an alias file and makes its rules the ones in force,
// re-pointing stored mentions without re-reading transcripts. A file with
// any bad line changes nothing; the error names every bad line.
func applyAliasFile(db *store.DB, path string) (int, store.ResolveStats, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, store.ResolveStats{}, fmt.Errorf("alias file: %w", err)
	}
	defer f.Close()
	rs, err := store.ReadAliasFile(path, f)
	if err != nil {
		return 0, store.ResolveStats{}, fmt.Errorf("%w; nothing applied", err)
	}
	st, err := db.SetAliasRules(rs)
	return len(rs), st, err
}
