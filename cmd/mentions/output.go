package main

import (
	"bytes"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
)

// rowWriter writes a table of results as an aligned table, CSV or JSON
// lines, chosen by --format. Values keep their Go types so JSON gets
// numbers and nulls; CSV and tables get text.
type rowWriter struct {
	format  string
	columns []string
	csv     *csv.Writer
	tab     *tabwriter.Writer
	w       io.Writer
}

func newRowWriter(w io.Writer, format string, columns []string) (*rowWriter, error) {
	rw := &rowWriter{format: format, columns: columns, w: w}
	switch format {
	case "csv":
		rw.csv = csv.NewWriter(w)
		return rw, rw.csv.Write(columns)
	case "table":
		rw.tab = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for i, c := range columns {
			if i > 0 {
				fmt.Fprint(rw.tab, "\t")
			}
			fmt.Fprint(rw.tab, c)
		}
		fmt.Fprintln(rw.tab)
		return rw, nil
	case "jsonl":
		return rw, nil
	}
	return nil, fmt.Errorf("%w: unknown --format %q (choose table, jsonl or csv)", errUsage, format)
}

// row writes one row; values line up with the columns.
func (rw *rowWriter) row(values ...any) error {
	switch rw.format {
	case "csv":
		rec := make([]string, len(values))
		for i, v := range values {
			rec[i] = text(v)
		}
		return rw.csv.Write(rec)
	case "table":
		for i, v := range values {
			if i > 0 {
				fmt.Fprint(rw.tab, "\t")
			}
			fmt.Fprint(rw.tab, text(v))
		}
		_, err := fmt.Fprintln(rw.tab)
		return err
	default:
		var b bytes.Buffer
		b.WriteByte('{')
		for i, v := range values {
			if i > 0 {
				b.WriteByte(',')
			}
			k, _ := json.Marshal(rw.columns[i])
			b.Write(k)
			b.WriteByte(':')
			// Links carry "&": keep them readable, not \u0026.
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(v); err != nil {
				return err
			}
			b.Truncate(b.Len() - 1) // Encode's newline
		}
		b.WriteString("}\n")
		_, err := rw.w.Write(b.Bytes())
		return err
	}
}

func (rw *rowWriter) flush() error {
	switch {
	case rw.csv != nil:
		rw.csv.Flush()
		return rw.csv.Error()
	case rw.tab != nil:
		return rw.tab.Flush()
	}
	return nil
}

// text renders a value for CSV and tables: nil is empty, floats without
// noise.
func text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case *float64:
		if x == nil {
			return ""
		}
		return strconv.FormatFloat(*x, 'f', -1, 64)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case string:
		return x
	}
	return fmt.Sprint(v)
}

// clock formats seconds as HH:MM:SS.
func clock(sec float64) string {
	s := int(sec)
	return fmt.Sprintf("%02d:%02d:%02d", s/3600, s/60%60, s%60)
}

// parseClock reads HH:MM:SS, MM:SS or plain seconds.
func parseClock(s string) (float64, error) {
	var h, m int
	var sec float64
	switch n, _ := fmt.Sscanf(s, "%d:%d:%g", &h, &m, &sec); n {
	case 3:
		return float64(h*3600+m*60) + sec, nil
	}
	if n, _ := fmt.Sscanf(s, "%d:%g", &m, &sec); n == 2 {
		return float64(m*60) + sec, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: bad time %q (want HH:MM:SS)", errUsage, s)
	}
	return v, nil
}

// timeCols gives a stored time as the two columns every table shows:
// nullInt is a cell for a nullable integer: null in JSON, empty in CSV.
func nullInt(v sql.NullInt64) any {
	if !v.Valid {
		return nil
	}
	return v.Int64
}

// seconds (nil when untimed) and HH:MM:SS ("" when untimed).
func timeCols(t sql.NullFloat64) (any, string) {
	if !t.Valid {
		return nil, ""
	}
	return t.Float64, clock(t.Float64)
}
