package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestBadCatalogue runs 'mentions ingest' over testdata/bad mixed with
// good files and with the bad inputs that cannot live in the repository (a
// 200 MB single line, a duplicate under another name, a symbolic link loop,
// an unreadable file, a directory named like a transcript). Every bad file
// gets one line naming it and the reason, every good file is stored, and the
// exit status says some failed.
func TestIngestBadCatalogue(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: writes a 200 MB file")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	entries, err := os.ReadDir("../../testdata/bad")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "README.md" {
			copyFile(t, filepath.Join("../../testdata/bad", e.Name()), filepath.Join(in, "bad", e.Name()))
		}
	}
	copyFile(t, seedPath, filepath.Join(in, "good", "seed.txt"))
	copyFile(t, "../../testdata/formats/tags.srt", filepath.Join(in, "good", "talk.vtt.d", "tags.srt")) // a directory named like a transcript
	copyFile(t, seedPath, filepath.Join(in, "weird", "seed-copy.md"))                                   // the same content under two names

	huge := filepath.Join(in, "weird", "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	line := bytes.Repeat([]byte("word "), 1<<20) // 5 MB
	for i := 0; i < 40; i++ {
		f.Write(line)
	}
	f.Write([]byte("\n"))
	f.Close()
	os.Symlink("loop-b.txt", filepath.Join(in, "weird", "loop-a.txt"))
	os.Symlink("loop-a.txt", filepath.Join(in, "weird", "loop-b.txt"))
	unreadable := filepath.Join(in, "weird", "unreadable.srt")
	copyFile(t, "../../testdata/formats/rob_miles_00007_Windfall_Clause.srt", unreadable)
	os.Chmod(unreadable, 0)
	_, rootReads := os.ReadFile(unreadable)

	db := filepath.Join(dir, "m.db")
	out, errOut, code := mentions(t, dir, "ingest", "--db", db, in)
	if code != 1 {
		t.Fatalf("exit %d, want 1\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	// Each rejected file with the reason it must be named for.
	want := map[string]string{
		"bad/empty.txt":                "empty file",
		"bad/blank.txt":                "empty file",
		"bad/binary.bin":               "binary file",
		"bad/only_front_matter.md":     "no transcript lines",
		"bad/unclosed_front_matter.md": "no transcript lines",
		"bad/out_of_order.srt":         "out of order",
		"bad/absurd_time.md":           "bad timestamp",
		"bad/negative_t.md":            "bad timestamp",
		"bad/negative_time.vtt":        "bad timestamp",
		"bad/late_time.srt":            "bad timestamp",
		"bad/bad_json.json":            "syntax error",
		"bad/bad_list.json":            "syntax error",
		"weird/huge.txt":               "too long",
		"weird/loop-a.txt":             "too many levels of symbolic links",
		"weird/loop-b.txt":             "too many levels of symbolic links",
		"weird/seed-copy.md":           "same content as",
	}
	if rootReads != nil {
		want["weird/unreadable.srt"] = "permission denied"
	}
	for name, reason := range want {
		n := 0
		for _, l := range lines {
			if strings.Contains(l, filepath.Join(in, name)+":") {
				n++
				if !strings.Contains(l, reason) {
					t.Errorf("%s: reported as %q, want the reason %q", name, l, reason)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: named on %d lines of stderr, want 1\nstderr:\n%s", name, n, errOut)
		}
	}
	if got := len(lines); got != len(want) {
		t.Errorf("stderr has %d lines, want %d (one per bad file):\n%s", got, len(want), errOut)
	}
	// Good and repaired files are all stored.
	stored := len(entries) - 1 - 12 + 2 // catalogue files minus README and rejected, plus the two good ones
	if rootReads == nil {
		stored++
	}
	if got := queryInt(t, db, `SELECT count(*) FROM transcripts`); got != stored {
		t.Errorf("%d transcripts stored, want %d", got, stored)
	}
	if got := queryInt(t, db, `SELECT count(*) FROM transcripts WHERE path LIKE '%talk.vtt.d%'`); got != 1 {
		t.Errorf("the file inside a directory named like a transcript was not stored")
	}
}
