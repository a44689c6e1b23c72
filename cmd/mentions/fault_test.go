package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// copies writes n copies of the seed, each under its own video id, and
// returns the folder.
func copies(tb testing.TB, n int) string {
	tb.Helper()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Fatal(err)
	}
	dir := filepath.Join(tb.TempDir(), "in")
	os.MkdirAll(dir, 0o755)
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("vid%08d", i)
		body := strings.ReplaceAll(string(seed), "-7gvQck95iE", id)
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(body), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// checkWhole asserts the database is sound and every stored transcript is
// whole: all copies of the seed have the same numbers of rows.
func checkWhole(tb testing.TB, db string) int {
	tb.Helper()
	if got := queryString(tb, db, `PRAGMA integrity_check`); got != "ok" {
		tb.Fatalf("integrity_check = %q", got)
	}
	n := queryInt(tb, db, `SELECT count(*) FROM transcripts`)
	for _, table := range []string{"segments", "sentences", "mentions"} {
		distinct := queryInt(tb, db, `SELECT count(DISTINCT c) FROM (SELECT t.id, (SELECT count(*) FROM `+table+` x WHERE x.transcript_id = t.id) AS c FROM transcripts t)`)
		if n > 0 && distinct != 1 {
			tb.Errorf("%s: transcripts hold different numbers of rows: some are half stored", table)
		}
	}
	if dup := queryInt(tb, db, `SELECT count(*) - count(DISTINCT video_id) FROM transcripts`); dup != 0 {
		tb.Errorf("%d transcripts stored twice", dup)
	}
	return n
}

// committed counts the transcripts committed so far, or 0 while the
// database or its schema is still being created.
func committed(tb testing.TB, dbPath string) int {
	tb.Helper()
	if _, err := os.Stat(dbPath); err != nil {
		return 0
	}
	db := openSQL(tb, dbPath)
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM transcripts`).Scan(&n); err != nil {
		return 0
	}
	return n
}

func queryString(tb testing.TB, dbPath, q string) string {
	tb.Helper()
	out, err := exec.Command("sqlite3", dbPath, q).Output()
	if err == nil {
		return strings.TrimSpace(string(out))
	}
	// No sqlite3 shell: use the driver.
	var s string
	db := openSQL(tb, dbPath)
	defer db.Close()
	if err := db.QueryRow(q).Scan(&s); err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestKillNineThenResume kills an ingest with SIGKILL after its first
// commits, then runs it again: the database opens cleanly, nothing is half
// stored or duplicated, and the second run finishes the work.
func TestKillNineThenResume(t *testing.T) {
	const n = 30
	in := copies(t, n)
	db := filepath.Join(t.TempDir(), "m.db")
	cmd := exec.Command(bin, "ingest", "--db", db, "--workers", "1", in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if committed(t, db) >= 2 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no transcript committed within 60s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Kill() // SIGKILL
	cmd.Wait()
	stored := checkWhole(t, db)
	if stored >= n {
		t.Skipf("ingest finished (%d files) before it could be killed", stored)
	}
	out, errOut, code := mentions(t, t.TempDir(), "ingest", "--db", db, in)
	if code != 0 {
		t.Fatalf("second ingest exited %d: %s %s", code, out, errOut)
	}
	want := fmt.Sprintf("%d files: %d stored, %d unchanged, 0 failed", n, n-stored, stored)
	if !strings.Contains(out, want) {
		t.Errorf("second ingest summary = %q, want %q", out, want)
	}
	if got := checkWhole(t, db); got != n {
		t.Errorf("%d transcripts stored after resuming, want %d", got, n)
	}
}

// TestReaderDuringIngest runs 'who' over and over while an ingest writes:
// every answer succeeds (WAL and the busy timeout mean no "database is
// locked").
func TestReaderDuringIngest(t *testing.T) {
	in := copies(t, 12)
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	if _, errOut, code := mentions(t, dir, "ingest", "--db", db, seedPath); code != 0 {
		t.Fatalf("first ingest: %s", errOut)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	var ingestOut string
	go func() {
		defer wg.Done()
		ingestOut, _, _ = mentions(t, dir, "ingest", "--db", db, in)
	}()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	reads := 0
	for {
		select {
		case <-done:
			if reads == 0 {
				t.Errorf("no read ran during the ingest")
			}
			if !strings.Contains(ingestOut, "12 stored") {
				t.Errorf("ingest summary %q, want 12 stored", ingestOut)
			}
			return
		default:
		}
		out, errOut, code := mentions(t, dir, "who", "--db", db, "--limit", "3")
		if code != 0 || strings.Contains(errOut, "locked") {
			t.Fatalf("who during ingest: exit %d, %s", code, errOut)
		}
		if !strings.Contains(out, "mentions") {
			t.Fatalf("who during ingest printed %q", out)
		}
		reads++
	}
}

// smallFS mounts a tmpfs of the given size for the test, or skips when this
// machine does not allow it (mounting needs root).
func smallFS(tb testing.TB, size string) string {
	tb.Helper()
	dir := tb.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		tb.Skipf("skipping: cannot mount a small file system here (%v: %s)", err, out)
	}
	tb.Cleanup(func() { exec.Command("umount", dir).Run() })
	return dir
}

// TestDiskFull ingests into a file system too small for the whole batch:
// the run stops with a clear error, and what was committed is intact.
func TestDiskFull(t *testing.T) {
	fsDir := smallFS(t, "600k")
	in := copies(t, 40)
	db := filepath.Join(fsDir, "m.db")
	_, errOut, code := mentions(t, t.TempDir(), "ingest", "--db", db, "--workers", "1", in)
	if code == 0 {
		t.Fatalf("ingest into a full disk exited 0")
	}
	if !strings.Contains(errOut, "full") {
		t.Errorf("stderr = %q, want it to say the disk is full", errOut)
	}
	checkWhole(t, db)
}

// TestReadOnlyDatabase ingests into a database on a read-only file system:
// a clear error, and the database is unharmed.
func TestReadOnlyDatabase(t *testing.T) {
	fsDir := smallFS(t, "4m")
	dir := t.TempDir()
	db := filepath.Join(fsDir, "m.db")
	if _, errOut, code := mentions(t, dir, "ingest", "--db", db, seedPath); code != 0 {
		t.Fatalf("first ingest: %s", errOut)
	}
	if out, err := exec.Command("mount", "-o", "remount,ro", fsDir).CombinedOutput(); err != nil {
		t.Skipf("skipping: cannot remount read-only (%v: %s)", err, out)
	}
	in := copies(t, 2)
	_, errOut, code := mentions(t, dir, "ingest", "--db", db, in)
	if code == 0 {
		t.Fatalf("ingest into a read-only database exited 0")
	}
	if !strings.Contains(strings.ToLower(errOut), "read-only") && !strings.Contains(strings.ToLower(errOut), "readonly") {
		t.Errorf("stderr = %q, want it to say the database is read-only", errOut)
	}
	if out, _, code := mentions(t, dir, "who", "--db", db, "--limit", "1"); code != 0 || !strings.Contains(out, "mentions") {
		t.Errorf("who after a refused ingest: exit %d, %q", code, out)
	}
}

// TestInterrupt sends SIGINT in the middle of an ingest: the process stops
// promptly, says the run was interrupted, and what it committed is whole.
func TestInterrupt(t *testing.T) {
	in := copies(t, 30)
	db := filepath.Join(t.TempDir(), "m.db")
	cmd := exec.Command(bin, "ingest", "--db", db, "--workers", "1", in)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if committed(t, db) >= 1 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no transcript committed within 60s")
		}
	}
	cmd.Process.Signal(os.Interrupt)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err == nil {
			t.Skip("ingest finished before the interrupt arrived")
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("ingest still running 10s after SIGINT")
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr = %q, want it to say the run was interrupted", stderr.String())
	}
	checkWhole(t, db)
}
