package main

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3"
)

// bin is the mentions binary built once for the tests, which run it as a
// real process.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "mentions-test")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "mentions")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// mentions runs the binary and returns stdout, stderr and the exit code.
func mentions(tb testing.TB, dir string, args ...string) (string, string, int) {
	tb.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		tb.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func copyFile(tb testing.TB, src, dst string) {
	tb.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}

func openSQL(tb testing.TB, dbPath string) *sql.DB {
	tb.Helper()
	db, err := sql.Open("sqlite3", "file:"+dbPath+"?_busy_timeout=10000")
	if err != nil {
		tb.Fatal(err)
	}
	return db
}

func queryInt(tb testing.TB, dbPath, q string) int {
	tb.Helper()
	db := openSQL(tb, dbPath)
	defer db.Close()
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

// seedPath is absolute because the binary runs in a temporary folder.
var seedPath, _ = filepath.Abs("../../testdata/000_895ee33c69e71cdb.txt")

// TestIngestTwiceChangeAndCorrupt drives the whole pipeline through the CLI:
// a folder with good files and a corrupt one, ingested twice (the second
// run changes nothing), then one file changed (only its rows change).
func TestIngestTwiceChangeAndCorrupt(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	copyFile(t, seedPath, filepath.Join(in, "a", "seed.txt"))
	seed, _ := os.ReadFile(seedPath)
	// A second transcript: the seed's first twenty lines under another video.
	lines := strings.SplitAfter(string(seed), "\n")
	second := strings.ReplaceAll(strings.Join(lines[:30], ""), "-7gvQck95iE", "abcdefghijk")
	if err := os.WriteFile(filepath.Join(in, "b.md"), []byte(second), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "corrupt.vtt"), []byte("\x00\x01\x02binary\x00junk"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "m.db")

	out, errOut, code := mentions(t, dir, "ingest", "--db", db, in)
	if code != 1 {
		t.Fatalf("ingest with a corrupt file exited %d, want 1\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	if !strings.Contains(errOut, "corrupt.vtt") {
		t.Errorf("stderr does not name the corrupt file:\n%s", errOut)
	}
	if !strings.Contains(out, "3 files: 2 stored, 0 unchanged, 1 failed") {
		t.Errorf("summary = %q, want 3 files: 2 stored, 0 unchanged, 1 failed", out)
	}
	mentionsBefore := queryInt(t, db, `SELECT count(*) FROM mentions`)
	seedBefore := queryInt(t, db, `SELECT count(*) FROM mentions m JOIN transcripts t ON t.id = m.transcript_id WHERE t.video_id = '-7gvQck95iE'`)
	maxIDBefore := queryInt(t, db, `SELECT max(id) FROM mentions`)
	if mentionsBefore == 0 || seedBefore == 0 || seedBefore == mentionsBefore {
		t.Fatalf("mentions stored: %d in all, %d from the seed; want both transcripts to have some", mentionsBefore, seedBefore)
	}

	os.Remove(filepath.Join(in, "corrupt.vtt"))
	out, _, code = mentions(t, dir, "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(out, "2 files: 0 stored, 2 unchanged, 0 failed") {
		t.Errorf("second ingest: exit %d, summary %q; want 0 and 2 unchanged", code, out)
	}
	if got := queryInt(t, db, `SELECT max(id) FROM mentions`); got != maxIDBefore {
		t.Errorf("second ingest rewrote mentions (max id %d, was %d)", got, maxIDBefore)
	}

	// Change b.md: only its rows are replaced.
	changed := strings.Replace(second, "meet Vladimir Putin", "meet Emmanuel Macron", 1)
	os.WriteFile(filepath.Join(in, "b.md"), []byte(changed), 0o644)
	out, _, code = mentions(t, dir, "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(out, "2 files: 1 stored, 1 unchanged, 0 failed") {
		t.Errorf("ingest after a change: exit %d, summary %q; want 1 stored, 1 unchanged", code, out)
	}
	if got := queryInt(t, db, `SELECT count(*) FROM mentions m JOIN transcripts t ON t.id = m.transcript_id WHERE t.video_id = '-7gvQck95iE'`); got != seedBefore {
		t.Errorf("seed mentions = %d after changing another file, want %d", got, seedBefore)
	}
	if got := queryInt(t, db, `SELECT count(*) FROM transcripts`); got != 2 {
		t.Errorf("transcripts = %d, want 2", got)
	}
	if got := queryInt(t, db, `SELECT count(*) FROM sentences s JOIN transcripts t ON t.id = s.transcript_id WHERE t.video_id = 'abcdefghijk' AND s.text LIKE '%Emmanuel Macron%'`); got != 1 {
		t.Errorf("the changed file's new text is in %d sentences, want 1", got)
	}
	if got := queryInt(t, db, `SELECT count(*) FROM sentences s JOIN transcripts t ON t.id = s.transcript_id WHERE t.video_id = 'abcdefghijk' AND s.text LIKE '%meet Vladimir Putin%'`); got != 0 {
		t.Errorf("the changed file's old text is still in %d sentences", got)
	}
	if got := queryInt(t, db, `SELECT max(m.id) FROM mentions m JOIN transcripts t ON t.id = m.transcript_id WHERE t.video_id = '-7gvQck95iE'`); got > maxIDBefore {
		t.Errorf("the unchanged seed's mentions were rewritten")
	}
}

func TestQueriesAndExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	if out, errOut, code := mentions(t, dir, "ingest", "--db", db, seedPath); code != 0 {
		t.Fatalf("ingest exited %d: %s %s", code, out, errOut)
	}
	out, _, code := mentions(t, dir, "who", "--db", db, "--type", "PERSON", "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "name,type,mentions,videos,first_seen,last_seen\n") || !strings.Contains(out, "PERSON") {
		t.Errorf("who --format csv: exit %d, output:\n%s", code, out)
	}
	if strings.Contains(out, "PLACE") {
		t.Errorf("who --type PERSON lists places:\n%s", out)
	}
	out, _, code = mentions(t, dir, "when", "Putin", "--db", db, "--format", "jsonl")
	if code != 0 || !strings.Contains(out, `"url":"https://www.youtube.com/watch?v=-7gvQck95iE&t=`) || !strings.Contains(out, `"published":"2025-02-13"`) {
		t.Errorf("when Putin --format jsonl: exit %d, output:\n%s", code, out)
	}
	csvPath := filepath.Join(dir, "m.csv")
	if _, errOut, code := mentions(t, dir, "export", "--db", db, "-o", csvPath); code != 0 {
		t.Fatalf("export exited %d: %s", code, errOut)
	}
	if _, errOut, code := mentions(t, dir, "export", "--db", db, "-o", csvPath); code == 0 || !strings.Contains(errOut, "--force") {
		t.Errorf("export over an existing file: exit %d, stderr %q; want a refusal naming --force", code, errOut)
	}
	if _, _, code := mentions(t, dir, "who", "--db", filepath.Join(dir, "missing.db")); code == 0 {
		t.Errorf("who on a missing database exited 0")
	}
	if _, _, code := mentions(t, dir, "who", "--bogus"); code != 2 {
		t.Errorf("who --bogus exited %d, want 2 (usage)", code)
	}
}
