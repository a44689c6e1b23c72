package store

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

var benchDB = flag.String("benchdb", filepath.Join(os.TempDir(), "mentions-bench-1m-v3.db"),
	"database `file` for the query benchmarks: built from ../shared/corpus/bbc-global-news if missing, reused if present")

// capsExtractor is a cheap stand-in for the entity model, for building a
// large benchmark database quickly: runs of capitalised words not opening
// a sentence are names; two or more words a PERSON, one word a PLACE or an
// ORG (all capitals).
type capsExtractor struct{}

func (capsExtractor) Extract(sents []string) ([]pipeline.Span, int, error) {
	var spans []pipeline.Span
	tokens := 0
	for i, s := range sents {
		start, words, first := -1, 0, true
		end := 0
		flush := func() {
			if start >= 0 {
				typ := pipeline.Place
				if words > 1 {
					typ = pipeline.Person
				} else if strings.ToUpper(s[start:end]) == s[start:end] {
					typ = pipeline.Org
				}
				spans = append(spans, pipeline.Span{Sentence: i, Start: start, End: end, Type: typ})
			}
			start, words = -1, 0
		}
		for off := 0; off < len(s); {
			for off < len(s) && s[off] == ' ' {
				off++
			}
			if off >= len(s) {
				break
			}
			e := strings.IndexByte(s[off:], ' ')
			if e < 0 {
				e = len(s)
			} else {
				e += off
			}
			tokens++
			w := strings.TrimRight(s[off:e], ".,;:!?\"')")
			r, _ := utf8.DecodeRuneInString(w)
			capital := len(w) > 1 && unicode.IsUpper(r) && !first && w != "I"
			if capital {
				if start < 0 {
					start = off
				}
				end = off + len(w)
				words++
				if len(w) < len(s[off:e]) { // punctuation ends the name
					flush()
				}
			} else {
				flush()
			}
			first = false
			off = e
		}
		flush()
	}
	return spans, tokens, nil
}

// openBenchDB returns the benchmark database, building it when missing:
// the BBC corpus parsed and extracted with capsExtractor, then stored again
// under other paths and later dates until it holds a million mentions.
func openBenchDB(b *testing.B) *DB {
	b.Helper()
	if _, err := os.Stat(*benchDB); err == nil {
		db, err := Open(*benchDB)
		if err != nil {
			b.Fatal(err)
		}
		return db
	}
	root := "../../shared/corpus/bbc-global-news"
	if _, err := os.Stat(root); err != nil {
		b.Skipf("skipping: no corpus at %s", root)
	}
	var docs []*pipeline.Document
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		t, err := format.Auto{}.Parse(path, data)
		if err != nil || len(t.Segments) == 0 {
			return nil
		}
		t.Path, t.Hash = path, path
		doc, err := pipeline.Analyze(t, capsExtractor{}, nil)
		if err != nil {
			return nil
		}
		docs = append(docs, doc)
		return nil
	})
	tmp := *benchDB + ".tmp"
	os.Remove(tmp)
	db, err := Open(tmp)
	if err != nil {
		b.Fatal(err)
	}
	total := 0
	for copy := 0; total < 1_000_000; copy++ {
		for _, d := range docs {
			d2 := *d
			t := *d.Transcript
			// Paths are made absolute when stored: keep the copies apart.
			t.Path = fmt.Sprintf("/copy%d/%s", copy, strings.ReplaceAll(d.Transcript.Path, "../", ""))
			t.Hash = t.Path
			if copy > 0 && len(t.Published) == 10 {
				// Later copies are published a year on per copy.
				t.Published = fmt.Sprintf("%04d%s", atoi(t.Published[:4])+copy, t.Published[4:])
			}
			d2.Transcript = &t
			if err := db.Store(&d2); err != nil {
				b.Fatal(err)
			}
			total += len(d.Mentions)
		}
	}
	if _, err := db.Resolve(); err != nil {
		b.Fatal(err)
	}
	db.Close()
	if err := os.Rename(tmp, *benchDB); err != nil {
		b.Fatal(err)
	}
	os.Remove(tmp + "-wal")
	os.Remove(tmp + "-shm")
	b.Logf("built %s: %d documents, %d mentions", *benchDB, len(docs), total)
	db, err = Open(*benchDB)
	if err != nil {
		b.Fatal(err)
	}
	return db
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// BenchmarkQueries times who, when and with on a database of a million
// mentions (see openBenchDB). Run with
//
//	go test ./store -run '^$' -bench Queries -benchtime 20x -count 5
func BenchmarkQueries(b *testing.B) {
	db := openBenchDB(b)
	defer db.Close()
	var n int
	db.SQL().QueryRow(`SELECT count(*) FROM mentions`).Scan(&n)
	top, err := db.Who(Filter{Type: pipeline.Person, Limit: 1})
	if err != nil || len(top) == 0 {
		b.Fatalf("no person in the benchmark database: %v", err)
	}
	person := top[0].Name
	b.Logf("%d mentions; most mentioned person %q (%d mentions)", n, person, top[0].Mentions)
	each := func(fn func() (int, error)) func(*testing.B) {
		return func(b *testing.B) {
			for b.Loop() {
				if _, err := fn(); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.Run("who", each(func() (int, error) { r, err := db.Who(Filter{}); return len(r), err }))
	b.Run("who-top50", each(func() (int, error) { r, err := db.Who(Filter{Limit: 50}); return len(r), err }))
	b.Run("who-person-daterange", each(func() (int, error) {
		r, err := db.Who(Filter{Type: pipeline.Person, Since: "2024-01-01", Until: "2024-06-30", Limit: 50})
		return len(r), err
	}))
	b.Run("when-top-person", each(func() (int, error) {
		k := 0
		err := db.When(person, func(MentionRow) error { k++; return nil })
		return k, err
	}))
	b.Run("when-Trump", each(func() (int, error) {
		k := 0
		err := db.When("Trump", func(MentionRow) error { k++; return nil })
		return k, err
	}))
	b.Run("with-Trump-sentence", each(func() (int, error) { r, err := db.With("Trump", 0, Filter{Limit: 50}); return len(r), err }))
	b.Run("when-by-month", each(func() (int, error) { r, err := db.Timeline(person, "month", false, Filter{}); return len(r), err }))
	b.Run("with-sentence", each(func() (int, error) { r, err := db.With(person, 0, Filter{Limit: 50}); return len(r), err }))
	b.Run("with-window-30s", each(func() (int, error) { r, err := db.With(person, 30, Filter{Limit: 50}); return len(r), err }))
	b.Run("search", each(func() (int, error) {
		k := 0
		err := db.Search(`"prime minister"`, Filter{Limit: 100}, func(SearchHit) error { k++; return nil })
		return k, err
	}))
}
