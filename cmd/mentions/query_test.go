package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// seedDB ingests the seed with the real binary and returns the database.
func seedDB(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "m.db")
	if out, errOut, code := mentions(t, dir, "ingest", "--db", db, seedPath); code != 0 {
		t.Fatalf("ingest exited %d: %s %s", code, out, errOut)
	}
	return dir, db
}

func TestQueryCommands(t *testing.T) {
	dir, db := seedDB(t)
	tests := []struct {
		name string
		args []string
		want []string // substrings of stdout
		code int
	}{
		{"who resolves aliases", []string{"who", "--type", "PLACE", "--format", "csv"}, []string{"United States,PLACE,", "Ukraine,PLACE,19,1,2025-02-13,2025-02-13"}, 0},
		{"who date range excludes", []string{"who", "--since", "2025-03-01", "--format", "csv"}, []string{"name,type,mentions"}, 0},
		{"when through an alias", []string{"when", "Putin", "--format", "jsonl"}, []string{`"entity":"Vladimir Putin"`, `"name_as_written":"Putin"`, `"url":"https://www.youtube.com/watch?v=-7gvQck95iE&t=`}, 0},
		{"when USA finds the US", []string{"when", "USA", "--format", "csv"}, []string{",United States,PLACE,America,"}, 0},
		{"when by week", []string{"when", "Trump", "--by", "week", "--format", "csv"}, []string{"week,mentions,videos\n2025-02-10,"}, 0},
		{"with", []string{"with", "Putin", "--format", "csv", "--limit", "1"}, []string{"name,type,together,mentions,videos\nDonald Trump,PERSON,"}, 0},
		{"with window", []string{"with", "Hegseth", "--window", "15", "--format", "csv"}, []string{"NATO,ORG,"}, 0},
		{"search", []string{"search", `"Saudi Arabia"`, "--format", "jsonl"}, []string{`"timestamp":"00:01:20"`, `"url":"https://www.youtube.com/watch?v=-7gvQck95iE&t=80s"`}, 0},
		{"search bad query", []string{"search", `"unbalanced`}, nil, 2},
		{"videos", []string{"videos", "--format", "csv"}, []string{`-7gvQck95iE,"Ukraine war talks start now`, ",2025-02-13,https://www.youtube.com/watch?v=-7gvQck95iE,501,00:08:21,markdown,"}, 0},
		{"entities", []string{"entities", "--type", "PERSON", "--format", "csv"}, []string{"Donald Trump,PERSON,", "Trump ("}, 0},
		{"suggest merges", []string{"entities", "--suggest-merges", "--format", "csv"}, []string{"alias,canonical,type,alias_mentions,canonical_mentions,similarity"}, 0},
		{"when needs a name", []string{"when"}, nil, 2},
		{"bad type", []string{"who", "--type", "THING"}, nil, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := mentions(t, dir, append(tt.args, "--db", db)...)
			if code != tt.code {
				t.Fatalf("%v exited %d, want %d\n%s%s", tt.args, code, tt.code, out, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("%v output lacks %q:\n%s", tt.args, w, out)
				}
			}
		})
	}
}

func TestAliasFileApply(t *testing.T) {
	dir, db := seedDB(t)
	file := filepath.Join(dir, "aliases.csv")
	os.WriteFile(file, []byte("alias,canonical,type\nZelensky,Volodymyr Zelensky,PERSON\nVladimir Zelensky,Volodymyr Zelensky,PERSON\nBBC News,-,\n"), 0o644)
	out, errOut, code := mentions(t, dir, "entities", "--db", db, "--apply", file)
	if code != 0 || !strings.Contains(out, "3 rules applied") {
		t.Fatalf("apply: exit %d\n%s%s", code, out, errOut)
	}
	who, _, _ := mentions(t, dir, "who", "--db", db, "--format", "csv")
	if !strings.Contains(who, "Volodymyr Zelensky,PERSON,") || strings.Contains(who, "Vladimir Zelensky") || strings.Contains(who, "BBC News") {
		t.Errorf("who after apply:\n%s", who)
	}
	exp, _, _ := mentions(t, dir, "export", "--db", db, "--table", "mentions", "--format", "jsonl")
	if strings.Contains(exp, `"entity":"BBC News"`) || !strings.Contains(exp, `"entity":"Volodymyr Zelensky"`) {
		t.Errorf("export after apply does not follow the rules")
	}
	rules, _, _ := mentions(t, dir, "entities", "--db", db, "--rules")
	want, _ := os.ReadFile(file)
	if rules != string(want) {
		t.Errorf("--rules = %q, want the applied file %q", rules, want)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("Putin,Vladimir Putin,PERSN\n"), 0o644)
	if _, errOut, code := mentions(t, dir, "entities", "--db", db, "--apply", bad); code != 1 || !strings.Contains(errOut, "bad.csv:1:") {
		t.Errorf("apply of a bad file: exit %d, stderr %q; want 1 and a positioned error", code, errOut)
	}
	if got := queryInt(t, db, `SELECT count(*) FROM alias_rules`); got != 3 {
		t.Errorf("a bad file changed the rules: %d rules, want 3", got)
	}
}

func TestExportFormats(t *testing.T) {
	dir, db := seedDB(t)
	nMentions := queryInt(t, db, `SELECT count(*) FROM mentions WHERE entity_id IS NOT NULL`)
	for _, table := range tableOrder {
		t.Run("csv "+table, func(t *testing.T) {
			path := filepath.Join(dir, table+".csv")
			if _, errOut, code := mentions(t, dir, "export", "--db", db, "--table", table, "-o", path); code != 0 {
				t.Fatalf("export exited %d: %s", code, errOut)
			}
			data, _ := os.ReadFile(path)
			if !strings.HasPrefix(string(data), "\ufeff") {
				t.Errorf("CSV does not start with a UTF-8 byte-order mark")
			}
			recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\ufeff"))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(recs[0], ",") != strings.Join(exportTables[table].columns, ",") || len(recs) < 2 {
				t.Errorf("CSV header %v and %d rows; want %v and some rows", recs[0], len(recs)-1, exportTables[table].columns)
			}
			if table == "mentions" {
				if len(recs)-1 != nMentions {
					t.Errorf("CSV has %d mentions, want %d", len(recs)-1, nMentions)
				}
				r := recs[1]
				if r[3] != "2025-02-13" || r[10] != "00:00:00" || !strings.HasPrefix(r[11], "https://www.youtube.com/watch?v=-7gvQck95iE&t=") {
					t.Errorf("first mention row = %q; want ISO date, HH:MM:SS and a full URL", r)
				}
			}
		})
	}
	t.Run("jsonl", func(t *testing.T) {
		out, _, code := mentions(t, dir, "export", "--db", db, "--table", "entities", "--format", "jsonl")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		var e map[string]any
		if code != 0 || json.Unmarshal([]byte(lines[0]), &e) != nil || e["name"] != "Ukraine" || e["mentions"] != float64(19) {
			t.Errorf("jsonl entities: exit %d, first line %q", code, lines[0])
		}
	})
	t.Run("xlsx", func(t *testing.T) {
		path := filepath.Join(dir, "all.xlsx")
		if _, errOut, code := mentions(t, dir, "export", "--db", db, "--format", "xlsx", "-o", path); code != 0 {
			t.Fatalf("export xlsx exited %d: %s", code, errOut)
		}
		x, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		defer x.Close()
		if got := strings.Join(x.GetSheetList(), ","); got != strings.Join(tableOrder, ",") {
			t.Errorf("sheets = %s, want %v", got, tableOrder)
		}
		rows, err := x.GetRows("mentions")
		if err != nil {
			t.Fatal(err)
		}
		if len(rows)-1 != nMentions || strings.Join(rows[0], ",") != strings.Join(exportTables["mentions"].columns, ",") {
			t.Errorf("mentions sheet: %d rows, header %v", len(rows)-1, rows[0])
		}
		if v, _ := x.GetCellValue("mentions", "L2"); !strings.HasPrefix(v, "https://www.youtube.com/watch?v=") {
			t.Errorf("L2 = %q, want the link", v)
		}
		if f, _ := x.GetCellFormula("mentions", "L2"); !strings.HasPrefix(f, "HYPERLINK(") {
			t.Errorf("L2 formula = %q, want a HYPERLINK", f)
		}
		if v, _ := x.GetCellValue("entities", "D2"); v != "19" {
			t.Errorf("entities D2 = %q, want 19 (Ukraine's mentions)", v)
		}
		panes, err := x.GetPanes("mentions")
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("mentions panes = %+v, %v; want the header row frozen", panes, err)
		}
	})
	if _, _, code := mentions(t, dir, "export", "--db", db, "--format", "csv", "--table", "mentions,videos"); code != 2 {
		t.Errorf("csv with two tables exited %d, want 2", code)
	}
}
