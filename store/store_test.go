package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

func openTemp(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(filepath.Join(tb.TempDir(), "m.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// doc builds a small analysed document by hand: two segments, one sentence,
// two mentions.
func doc(path, hash, name string) *pipeline.Document {
	t := &pipeline.Transcript{Path: path, Hash: hash, Format: "markdown", Title: "T", VideoID: "vid", Published: "2025-02-13",
		URL:      "https://www.youtube.com/watch?v=vid",
		Segments: []pipeline.Segment{{Text: "Trump met " + name, Start: 1, Timed: true}, {Text: "in Kyiv.", Start: 5.5, Timed: true}}}
	j, sents := pipeline.Rejoin(t.Segments)
	text := sents[0].Text
	i := strings.Index(text, "Kyiv")
	return &pipeline.Document{
		Transcript: t, Text: j.Text, Sentences: sents,
		Mentions: []pipeline.Mention{
			{Sentence: 0, Segment: 0, Name: name, Surface: name, Type: pipeline.Person, Start: 1, Timed: true, Offset: strings.Index(text, name)},
			{Sentence: 0, Segment: 1, Name: "Kyiv", Surface: "Kyiv", Type: pipeline.Place, Start: 5.5, Timed: true, Offset: i},
		},
		Claims: []pipeline.Claim{{Sentence: 0, Kind: "checkworthy", Score: 0.8, Start: 1, Timed: true}},
	}
}

func count(tb testing.TB, db *DB, table string) int {
	tb.Helper()
	var n int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

func TestStoreReplaceAndUnchanged(t *testing.T) {
	db := openTemp(t)
	if err := db.Store(doc("/a.md", "h1", "Putin")); err != nil {
		t.Fatal(err)
	}
	same, err := db.Unchanged("/a.md", "h1")
	if err != nil || !same {
		t.Fatalf("Unchanged(/a.md, h1) = %v, %v, want true, nil", same, err)
	}
	if same, _ := db.Unchanged("/a.md", "h2"); same {
		t.Errorf("Unchanged(/a.md, h2) = true, want false")
	}
	var putinID int64
	db.SQL().QueryRow(`SELECT id FROM entities WHERE name = 'Putin'`).Scan(&putinID)

	// A changed file replaces its rows; other files are untouched.
	if err := db.Store(doc("/b.md", "hb", "Putin")); err != nil {
		t.Fatal(err)
	}
	if err := db.Store(doc("/a.md", "h2", "Zelensky")); err != nil {
		t.Fatal(err)
	}
	for table, want := range map[string]int{"transcripts": 2, "segments": 4, "sentences": 2, "mentions": 4, "claims": 2} {
		if got := count(t, db, table); got != want {
			t.Errorf("%s has %d rows, want %d", table, got, want)
		}
	}
	var again int64
	db.SQL().QueryRow(`SELECT id FROM entities WHERE name = 'Putin'`).Scan(&again)
	if again != putinID || putinID == 0 {
		t.Errorf("entity id of Putin = %d after re-ingest, want stable %d", again, putinID)
	}
}

func TestWhoAndWhen(t *testing.T) {
	db := openTemp(t)
	for _, d := range []*pipeline.Document{doc("/a.md", "1", "Vladimir Putin"), doc("/b.md", "2", "Putin"), doc("/c.md", "3", "Putinova")} {
		if err := db.Store(d); err != nil {
			t.Fatal(err)
		}
	}
	who, err := db.Who(WhoFilter{Type: "place"})
	if err != nil {
		t.Fatal(err)
	}
	if len(who) != 1 || who[0].Name != "Kyiv" || who[0].Mentions != 3 || who[0].Videos != 3 {
		t.Errorf("Who(PLACE) = %+v, want Kyiv with 3 mentions in 3 videos", who)
	}
	who, _ = db.Who(WhoFilter{HasFrom: true, From: 2})
	if len(who) != 1 || who[0].Name != "Kyiv" {
		t.Errorf("Who(from 2s) = %+v, want only Kyiv (at 5.5s)", who)
	}
	var got []string
	err = db.When("putin", func(r MentionRow) error {
		got = append(got, r.Entity+"@"+r.Path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Vladimir Putin@/a.md", "Putin@/b.md"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("When(putin) = %v, want %v (whole words only)", got, want)
	}
	// SQL wildcards and quotes are searched for literally.
	for _, q := range []string{"%", "_utin", "' OR 1=1 --", `Putin"`} {
		n := 0
		if err := db.When(q, func(MentionRow) error { n++; return nil }); err != nil {
			t.Fatalf("When(%q): %v", q, err)
		}
		if n != 0 {
			t.Errorf("When(%q) found %d mentions, want 0", q, n)
		}
	}
}

func TestMentionOffsetsAreCodePoints(t *testing.T) {
	db := openTemp(t)
	d := doc("/u.md", "u", "Zelenskyy")
	d.Transcript.Segments[0].Text = "Über Trump met Zelenskyy"
	j, sents := pipeline.Rejoin(d.Transcript.Segments)
	d.Text, d.Sentences = j.Text, sents
	d.Mentions = d.Mentions[:1]
	d.Mentions[0].Offset = strings.Index(j.Text, "Zelenskyy")
	if err := db.Store(d); err != nil {
		t.Fatal(err)
	}
	var cs, ce int
	var sentence string
	db.SQL().QueryRow(`SELECT char_start, char_end, s.text FROM mentions m JOIN sentences s ON s.id = m.sentence_id`).Scan(&cs, &ce, &sentence)
	if got := string([]rune(sentence)[cs:ce]); got != "Zelenskyy" {
		t.Errorf("sentence[%d:%d] in code points = %q, want %q", cs, ce, got, "Zelenskyy")
	}
}

func TestDuplicateContentUnderTwoNames(t *testing.T) {
	db := openTemp(t)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Store(doc(a, "same", "Putin")); err != nil {
		t.Fatal(err)
	}
	err := db.Store(doc(b, "same", "Putin"))
	var fe *pipeline.FileError
	if !errors.As(err, &fe) || fe.Path != b || !strings.Contains(err.Error(), a) {
		t.Fatalf("storing the same content under %s = %v, want a FileError naming both files", b, err)
	}
	if got := count(t, db, "transcripts"); got != 1 {
		t.Errorf("transcripts = %d, want 1", got)
	}
	// Once a.md is gone, b.md is a rename: it takes a.md's place.
	os.Remove(a)
	if err := db.Store(doc(b, "same", "Putin")); err != nil {
		t.Fatalf("store after rename: %v", err)
	}
	var path string
	db.SQL().QueryRow(`SELECT path FROM transcripts`).Scan(&path)
	if got := count(t, db, "transcripts"); got != 1 || path != b {
		t.Errorf("after rename: %d transcripts, path %s; want 1 at %s", got, path, b)
	}
}

// TestSearchFollowsReplacement: the full-text index holds a transcript's
// sentences once stored, and loses them when the transcript is replaced.
func TestSearchFollowsReplacement(t *testing.T) {
	db := openTemp(t)
	hits := func(q string) int {
		t.Helper()
		n := 0
		if err := db.Search(q, Filter{}, func(SearchHit) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if err := db.Store(doc("/a.md", "1", "Putin")); err != nil {
		t.Fatal(err)
	}
	if got := hits("Putin"); got != 1 {
		t.Fatalf("search Putin = %d hits, want 1", got)
	}
	if err := db.Store(doc("/a.md", "2", "Zelensky")); err != nil {
		t.Fatal(err)
	}
	if got, got2 := hits("Putin"), hits("Zelensky"); got != 0 || got2 != 1 {
		t.Errorf("after replacement: Putin %d hits, Zelensky %d; want 0 and 1", got, got2)
	}
}

// TestClaimRows stores an attributed claim whose source is a pronoun
// resolved to a person and reads it back: source as written, the entity,
// the pronoun flag and the content's code-point offsets.
func TestClaimRows(t *testing.T) {
	db := openTemp(t)
	d := doc("/a.md", "h1", "Putin")
	text := d.Sentences[0].Text
	d.Claims = append(d.Claims, pipeline.Claim{Sentence: 0, Kind: "attributed", Speaker: "he", SpeakerName: "Putin", Pronoun: true,
		Cue: "met", Content: "Putin", ContentOff: strings.Index(text, "Putin"), Score: 0.1, Start: 1, Timed: true})
	if err := db.Store(d); err != nil {
		t.Fatal(err)
	}
	var rows []ClaimRow
	if err := db.Claims(ClaimFilter{Kind: "attributed"}, func(r ClaimRow) error { rows = append(rows, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Fatalf("%d attributed claims, want 1", len(rows))
	}
	r := rows[0]
	if r.Source != "he" || !r.Pronoun || r.Entity != "Putin" || r.Speaker != "Putin" || !r.EntityID.Valid {
		t.Errorf("claim row = %+v; want source he, a pronoun resolved to Putin", r)
	}
	if !r.ContentStart.Valid || r.ContentStart.Int64 != int64(strings.Index(text, "Putin")) || r.ContentEnd.Int64 != r.ContentStart.Int64+5 {
		t.Errorf("content offsets %v-%v in %q, want Putin's", r.ContentStart, r.ContentEnd, text)
	}
}

// TestMigrationMarksPronouns opens a database as it was before migration
// 0007 (the pronoun column dropped, the migration unrecorded), with claims
// stored then, and checks that opening it again adds the column and marks
// the pronoun sources from the source as written.
func TestMigrationMarksPronouns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	d := doc("/a.md", "h1", "Putin")
	d.Claims = append(d.Claims,
		pipeline.Claim{Sentence: 0, Kind: "attributed", Speaker: "They", Cue: "said", Content: "x", Score: 0.1},
		pipeline.Claim{Sentence: 0, Kind: "attributed", Speaker: "Trump", Cue: "said", Content: "x", Score: 0.1})
	if err := db.Store(d); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`ALTER TABLE claims DROP COLUMN pronoun`, `DELETE FROM migrations WHERE name = '0007_claim_pronoun.sql'`} {
		if _, err := db.SQL().Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	if db, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got := map[string]bool{}
	rows, err := db.SQL().Query(`SELECT speaker, pronoun FROM claims WHERE kind = 'attributed'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		var p bool
		if err := rows.Scan(&s, &p); err != nil {
			t.Fatal(err)
		}
		got[s] = p
	}
	if !got["They"] || got["Trump"] || len(got) != 2 {
		t.Errorf("pronoun marks after the migration = %v, want They true, Trump false", got)
	}
}
