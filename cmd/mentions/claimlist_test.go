package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestClaimsCLI ingests the seed and reads its claims back through
// 'mentions claims' and 'mentions extract --claims'.
func TestClaimsCLI(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	if out, errOut, code := mentions(t, dir, "ingest", "--db", db, seedPath); code != 0 {
		t.Fatalf("ingest exited %d: %s %s", code, out, errOut)
	}
	out, errOut, code := mentions(t, dir, "claims", "--db", db, "--speaker", "trump", "--kind", "attributed", "--format", "csv")
	if code != 0 {
		t.Fatalf("claims exited %d: %s", code, errOut)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, name := range recs[0] {
		col[name] = i
	}
	var found bool
	for _, r := range recs[1:] {
		if !strings.Contains(strings.ToLower(r[col["speaker"]]), "trump") {
			t.Errorf("claims --speaker trump returned speaker %q", r[col["speaker"]])
		}
		if r[col["cue"]] == "has said" && r[col["content"]] == "5% of defence spending is critical" && r[col["source"]] == "President Trump" {
			found = true
		}
	}
	if !found {
		t.Errorf("claims --speaker trump does not list \"President Trump has said: 5%% of defence spending is critical\":\n%s", out)
	}

	// a pronoun source is marked, with the person it was resolved to
	out, _, _ = mentions(t, dir, "claims", "--db", db, "--speaker", "zelensky", "--kind", "attributed", "--format", "jsonl")
	if !strings.Contains(out, `"speaker":"Vladimir Zelensky","source":"he","pronoun":true,"cue":"talked about"`) {
		t.Errorf("claims --speaker zelensky does not list the resolved \"he talked about\":\n%s", out)
	}

	out, _, code = mentions(t, dir, "extract", "--claims", seedPath)
	if code != 0 {
		t.Fatalf("extract --claims exited %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"source", "video_id", "start", "timestamp", "speaker", "cue", "content", "score", "url"} {
		if _, ok := first[k]; !ok {
			t.Errorf("extract --claims line lacks %q: %s", k, lines[0])
		}
	}
	if first["content_start"] != 31.0 || first["content_end"] != 108.0 {
		t.Errorf("first claim's content offsets = %v-%v, want 31-108 (code points)", first["content_start"], first["content_end"])
	}
	if first["speaker_entity"] != "Donald Trump" || first["cue"] != "says" || first["start"] != 0.0 {
		t.Errorf("first claim = %s, want Donald Trump says at 0", lines[0])
	}
}
