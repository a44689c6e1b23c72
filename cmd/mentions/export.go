package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/mentions/mentions/store"
)

// exportTable is one table of the export: its columns, which of them hold
// links, and a function that writes its rows.
type exportTable struct {
	columns []string
	links   []string // columns holding URLs: clickable in XLSX
	rows    func(db *store.DB, emit func(values ...any) error) error
}

var exportTables = map[string]exportTable{
	"mentions": {
		columns: []string{"video_id", "title", "channel", "published", "entity_id", "entity", "entity_type", "name_as_written", "surface",
			"start_seconds", "timestamp", "url", "speaker", "sentence", "path"},
		links: []string{"url"},
		rows: func(db *store.DB, emit func(...any) error) error {
			return db.EachMention(func(r store.MentionRow) error {
				var start, ts any
				if r.Start.Valid {
					start, ts = r.Start.Float64, clock(r.Start.Float64)
				}
				return emit(r.VideoID, r.Title, r.Channel, nullIfEmpty(r.Published), r.EntityID, r.Entity, r.Type, r.Name, r.Surface,
					start, ts, r.URL, r.Speaker, r.Sentence, r.Path)
			})
		},
	},
	"entities": {
		columns: []string{"entity_id", "name", "type", "mentions", "videos", "first_seen", "last_seen", "aliases"},
		rows: func(db *store.DB, emit func(...any) error) error {
			ents, err := db.Who(store.Filter{})
			if err != nil {
				return err
			}
			for _, e := range ents {
				as, err := db.Aliases(e.ID)
				if err != nil {
					return err
				}
				if err := emit(e.ID, e.Name, e.Type, e.Mentions, e.Videos, nullIfEmpty(e.FirstSeen), nullIfEmpty(e.LastSeen), aliasList(as)); err != nil {
					return err
				}
			}
			return nil
		},
	},
	"aliases": {
		columns: []string{"entity_id", "entity", "entity_type", "alias", "alias_type", "mentions"},
		rows: func(db *store.DB, emit func(...any) error) error {
			return db.EachAlias(func(r store.AliasRow) error {
				return emit(r.EntityID, r.Entity, r.EntityType, r.Alias, r.AliasType, r.Mentions)
			})
		},
	},
	"videos": {
		columns: videoColumns,
		links:   []string{"url"},
		rows: func(db *store.DB, emit func(...any) error) error {
			vs, err := db.Videos(store.Filter{})
			if err != nil {
				return err
			}
			for _, v := range vs {
				if err := emit(videoRow(v)...); err != nil {
					return err
				}
			}
			return nil
		},
	},
	"claims": {
		columns: []string{"video_id", "title", "channel", "published", "kind", "source", "entity_id", "entity", "pronoun", "cue",
			"content", "content_start", "content_end", "score", "start_seconds", "timestamp", "url", "sentence", "path"},
		links: []string{"url"},
		rows: func(db *store.DB, emit func(...any) error) error {
			return db.Claims(store.ClaimFilter{}, func(r store.ClaimRow) error {
				start, ts := timeCols(r.Start)
				return emit(r.VideoID, r.Title, r.Channel, nullIfEmpty(r.Published), r.Kind, r.Source, nullInt(r.EntityID),
					nullIfEmpty(r.Entity), r.Pronoun, r.Cue, r.Content, nullInt(r.ContentStart), nullInt(r.ContentEnd), r.Score,
					start, ts, nullIfEmpty(r.URL), r.Sentence, r.Path)
			})
		},
	},
	"timeline": {
		columns: []string{"entity_id", "entity", "entity_type", "day", "mentions", "videos"},
		rows: func(db *store.DB, emit func(...any) error) error {
			return db.EachTimeline(func(r store.TimelineRow) error {
				var day any
				if r.Day.Valid {
					day = r.Day.String
				}
				return emit(r.EntityID, r.Entity, r.EntityType, day, r.Mentions, r.Videos)
			})
		},
	},
}

var tableOrder = []string{"mentions", "entities", "aliases", "videos", "timeline", "claims"}

func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := newFlags("export", "export [--format csv|xlsx|jsonl] [--table NAME[,NAME...]|all] [--db FILE] [-o FILE] [--force] [--bom=false]",
		"mentions export --format xlsx --table all -o mentions.xlsx; mentions export --table entities -o entities.csv", stderr)
	dbPath := fset.String("db", "mentions.db", "SQLite database `file`")
	format := fset.String("format", "csv", "output `format`: csv, xlsx or jsonl")
	tables := fset.String("table", "", "`tables` to export: "+strings.Join(tableOrder, ", ")+" or all (default: mentions; all for xlsx, one sheet each)")
	out := fset.String("o", "", "output `file` (default: standard output; required for xlsx)")
	force := fset.Bool("force", false, "overwrite the output file if it exists")
	bom := fset.Bool("bom", true, "start CSV with a UTF-8 byte-order mark, so Excel reads it as UTF-8")
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	if *format != "csv" && *format != "jsonl" && *format != "xlsx" {
		return fmt.Errorf("%w: --format must be csv, xlsx or jsonl", errUsage)
	}
	names, err := tableNames(*tables, *format)
	if err != nil {
		return err
	}
	if *format != "xlsx" && len(names) != 1 {
		return fmt.Errorf("%w: --format %s writes one table; use xlsx for several", errUsage, *format)
	}
	if *format == "xlsx" && *out == "" {
		return fmt.Errorf("%w: --format xlsx needs -o FILE", errUsage)
	}
	db, err := openExisting(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	w := stdout
	var f *os.File
	if *out != "" {
		flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
		if *force {
			flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		}
		f, err = os.OpenFile(*out, flags, 0o644)
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("export: %s exists (use --force to overwrite)", *out)
		}
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		w = f
	}
	if *format == "xlsx" {
		err = writeXLSX(w, db, names)
	} else {
		err = writeText(w, db, names[0], *format, *bom)
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(*out) // never leave half an export behind
		}
	}
	return err
}

func tableNames(s, format string) ([]string, error) {
	if s == "" {
		if format == "xlsx" {
			s = "all"
		} else {
			s = "mentions"
		}
	}
	if s == "all" {
		return tableOrder, nil
	}
	var names []string
	for _, n := range strings.Split(s, ",") {
		n = strings.TrimSpace(n)
		if _, ok := exportTables[n]; !ok {
			return nil, fmt.Errorf("%w: unknown --table %q (choose %s or all)", errUsage, n, strings.Join(tableOrder, ", "))
		}
		names = append(names, n)
	}
	return names, nil
}

func writeText(w io.Writer, db *store.DB, name, format string, bom bool) error {
	t := exportTables[name]
	if format == "csv" && bom {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	rw, err := newRowWriter(w, format, t.columns)
	if err != nil {
		return err
	}
	if err := t.rows(db, rw.row); err != nil {
		return err
	}
	return rw.flush()
}

// maxSheetRows is the most rows an XLSX sheet holds, header included.
const maxSheetRows = 1048576

// writeXLSX writes one sheet per table: a bold header row frozen in place,
// numbers as numbers, links as HYPERLINK formulas (clickable in Excel and
// LibreOffice, with the URL as the cell's value). Rows stream to the file,
// so memory does not grow with the table.
func writeXLSX(w io.Writer, db *store.DB, names []string) error {
	x := excelize.NewFile()
	defer x.Close()
	bold, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	link, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}})
	if err != nil {
		return err
	}
	for i, name := range names {
		t := exportTables[name]
		if i == 0 {
			if err := x.SetSheetName("Sheet1", name); err != nil {
				return err
			}
		} else if _, err := x.NewSheet(name); err != nil {
			return err
		}
		sw, err := x.NewStreamWriter(name)
		if err != nil {
			return err
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		header := make([]any, len(t.columns))
		isLink := make([]bool, len(t.columns))
		for j, c := range t.columns {
			header[j] = excelize.Cell{StyleID: bold, Value: c}
			for _, l := range t.links {
				isLink[j] = isLink[j] || c == l
			}
		}
		if err := sw.SetRow("A1", header); err != nil {
			return err
		}
		row := 1
		err = t.rows(db, func(values ...any) error {
			row++
			if row > maxSheetRows {
				return fmt.Errorf("export: table %s has more than %d rows, more than an XLSX sheet holds; use --format csv", name, maxSheetRows-1)
			}
			cells := make([]any, len(values))
			for j, v := range values {
				if s, ok := v.(string); ok && isLink[j] && s != "" {
					cells[j] = excelize.Cell{StyleID: link, Value: s, Formula: `HYPERLINK("` + strings.ReplaceAll(s, `"`, `""`) + `")`}
					continue
				}
				cells[j] = v
			}
			cell, err := excelize.CoordinatesToCellName(1, row)
			if err != nil {
				return err
			}
			return sw.SetRow(cell, cells)
		})
		if err != nil {
			return err
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	}
	_, err = x.WriteTo(w)
	return err
}
