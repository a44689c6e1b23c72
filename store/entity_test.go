package store

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// nameDoc builds a document whose sentences each hold one named mention,
// "<name> spoke.", timed i*10 seconds in, resolved within the transcript as
// Analyze would.
func nameDoc(path, hash, published string, names ...[2]string) *pipeline.Document {
	// An 11-character YouTube id made from the file name: /a.md is aaaaaaaaaaa.
	id := strings.Repeat(strings.TrimSuffix(strings.TrimPrefix(path, "/"), ".md"), 11)[:11]
	t := &pipeline.Transcript{Path: path, Hash: hash, Format: "markdown", Title: "Title " + path, Channel: "BBC",
		VideoID: id, Published: published, URL: "https://www.youtube.com/watch?v=" + id}
	for i, n := range names {
		t.Segments = append(t.Segments, pipeline.Segment{Text: n[0] + " spoke.", Start: float64(i * 10), Timed: true})
	}
	j, sents := pipeline.Rejoin(t.Segments)
	d := &pipeline.Document{Transcript: t, Text: j.Text, Sentences: sents}
	for i, n := range names {
		s := sents[i]
		d.Mentions = append(d.Mentions, pipeline.Mention{Sentence: i, Segment: s.FirstSeg, Name: n[0], Surface: n[0], Type: n[1],
			Start: s.Start, Timed: true, Offset: s.Offset, URL: pipeline.DeepLink(t, s.Start)})
	}
	pipeline.Resolve(d.Mentions)
	return d
}

func mustStore(tb testing.TB, db *DB, docs ...*pipeline.Document) {
	tb.Helper()
	for _, d := range docs {
		if err := db.Store(d); err != nil {
			tb.Fatal(err)
		}
	}
}

// entitiesOf returns "entity/TYPE" for each mention of the transcript at
// path, in stored order ("-" for an ignored mention).
func entitiesOf(tb testing.TB, db *DB, path string) []string {
	tb.Helper()
	rows, err := db.SQL().Query(`SELECT coalesce(e.name || '/' || e.type, '-') FROM mentions m
		JOIN transcripts t ON t.id = m.transcript_id LEFT JOIN entities e ON e.id = m.entity_id
		WHERE t.path = ? ORDER BY m.id`, path)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		out = append(out, s)
	}
	return out
}

// checkCounts checks that the tables the store and its triggers keep (aliases,
// entity_videos) agree with the mentions they count.
func checkCounts(tb testing.TB, db *DB) {
	tb.Helper()
	for _, q := range []string{
		`SELECT count(*) FROM (SELECT entity_id, name, type, count(*) AS n FROM mentions WHERE entity_id IS NOT NULL GROUP BY 1, 2, 3
			EXCEPT SELECT entity_id, name, type, mentions FROM aliases)`,
		`SELECT count(*) FROM (SELECT entity_id, name, type, mentions FROM aliases
			EXCEPT SELECT entity_id, name, type, count(*) FROM mentions WHERE entity_id IS NOT NULL GROUP BY 1, 2, 3)`,
		`SELECT count(*) FROM (SELECT m.entity_id, m.transcript_id, t.published, count(*) FROM mentions m JOIN transcripts t ON t.id = m.transcript_id
			WHERE m.entity_id IS NOT NULL GROUP BY 1, 2 EXCEPT SELECT entity_id, transcript_id, published, mentions FROM entity_videos)`,
		`SELECT count(*) FROM (SELECT entity_id, transcript_id, published, mentions FROM entity_videos EXCEPT
			SELECT m.entity_id, m.transcript_id, t.published, count(*) FROM mentions m JOIN transcripts t ON t.id = m.transcript_id
			WHERE m.entity_id IS NOT NULL GROUP BY 1, 2)`,
	} {
		var n int
		if err := db.SQL().QueryRow(q).Scan(&n); err != nil {
			tb.Fatal(err)
		}
		if n != 0 {
			tb.Errorf("%d rows differ between the counts kept and the mentions: %s", n, q)
		}
	}
}

func entityID(tb testing.TB, db *DB, name, typ string) int64 {
	tb.Helper()
	var id int64
	db.SQL().QueryRow(`SELECT id FROM entities WHERE name = ? AND type = ?`, name, typ).Scan(&id)
	return id
}

// TestGoldClustering feeds the seed's gold mentions, in order, through
// within-transcript resolution and the store, and checks every mention's
// entity against the gold clustering written by hand from the transcript.
func TestGoldClustering(t *testing.T) {
	f, err := os.Open("../testdata/000_895ee33c69e71cdb.entities.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names [][2]string
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g struct{ Text, Type, Entity, EntityType string }
		var raw map[string]any
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatal(err)
		}
		g.Text, g.Type, g.Entity, g.EntityType = raw["text"].(string), raw["type"].(string), raw["entity"].(string), raw["entity_type"].(string)
		names = append(names, [2]string{g.Text, g.Type})
		want = append(want, g.Entity+"/"+g.EntityType)
	}
	if len(names) < 100 {
		t.Fatalf("read %d gold mentions, want the seed's 106", len(names))
	}
	db := openTemp(t)
	mustStore(t, db, nameDoc("/seed.md", "s", "2025-02-13", names...))
	check := func(stage string) {
		got := entitiesOf(t, db, "/seed.md")
		if len(got) != len(want) {
			t.Fatalf("%s: %d mentions stored, want %d", stage, len(got), len(want))
		}
		bad := 0
		for i := range want {
			if got[i] != want[i] {
				bad++
				t.Errorf("%s: mention %d %q is %s, want %s", stage, i, names[i][0], got[i], want[i])
			}
		}
		if bad > 0 {
			t.Logf("%s: %d of %d mentions in the wrong entity", stage, bad, len(want))
		}
	}
	check("ingest")
	if _, err := db.Resolve(); err != nil {
		t.Fatal(err)
	}
	check("resolve")
	// Asking for a short form finds the whole entity.
	for q, wantN := range map[string]int{"Putin": 9, "trump": 12, "USA": 16, "America": 16, "Kiev": 2, "Zelensky": 7} {
		n := 0
		if err := db.When(q, func(MentionRow) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		if n != wantN {
			t.Errorf("When(%q) found %d mentions, want %d", q, n, wantN)
		}
	}
	n := 0
	db.WhenFilter("US", true, Filter{}, func(MentionRow) error { n++; return nil })
	if n != 8 {
		t.Errorf("When(US, as written) found %d mentions, want 8", n)
	}
}

func TestResolveCorpus(t *testing.T) {
	P, O, L := pipeline.Person, pipeline.Org, pipeline.Place
	db := openTemp(t)
	mustStore(t, db,
		nameDoc("/a.md", "a", "2024-01-01", [2]string{"Donald Trump", P}, [2]string{"Trump", P}, [2]string{"NATO", O}, [2]string{"NATO", O}, [2]string{"Nato", O}),
		nameDoc("/b.md", "b", "2024-01-02", [2]string{"Trump", P}, [2]string{"Trump's", P}, [2]string{"NATO", L}),
		nameDoc("/c.md", "c", "2024-01-03", [2]string{"Melan Thomas", P}, [2]string{"Merlin Thomas", P}, [2]string{"Thomas", P}),
		nameDoc("/d.md", "d", "2024-01-04", [2]string{"Merlin Thomas", P}, [2]string{"Thomas", P}, [2]string{"Thomas", P}),
	)
	trumpID := entityID(t, db, "Donald Trump", P)
	if got, want := entitiesOf(t, db, "/b.md"), []string{"Trump/PERSON", "Trump/PERSON", "NATO/PLACE"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("before Resolve, b = %v, want %v", got, want)
	}
	st, err := db.Resolve()
	if err != nil {
		t.Fatal(err)
	}
	if st.Changed != 3 {
		t.Errorf("Resolve changed %d mentions, want 3 (%+v)", st.Changed, st)
	}
	tests := []struct {
		path string
		want []string
	}{
		{"/a.md", []string{"Donald Trump/PERSON", "Donald Trump/PERSON", "NATO/ORG", "NATO/ORG", "NATO/ORG"}},
		{"/b.md", []string{"Donald Trump/PERSON", "Donald Trump/PERSON", "NATO/ORG"}},
		// The bare Thomas of c fits two full names there: it stays apart
		// even though d resolves Thomas to Merlin Thomas.
		{"/c.md", []string{"Melan Thomas/PERSON", "Merlin Thomas/PERSON", "Thomas/PERSON"}},
		{"/d.md", []string{"Merlin Thomas/PERSON", "Merlin Thomas/PERSON", "Merlin Thomas/PERSON"}},
	}
	for _, tt := range tests {
		if got := entitiesOf(t, db, tt.path); strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("after Resolve, %s = %v, want %v", tt.path, got, tt.want)
		}
	}
	if id := entityID(t, db, "Donald Trump", P); id != trumpID {
		t.Errorf("Donald Trump's id = %d after Resolve, want %d", id, trumpID)
	}
	// The aliases table keeps every written name with its count.
	var aliases []string
	db.EachAlias(func(r AliasRow) error {
		if r.Entity == "NATO" || r.Entity == "Donald Trump" {
			aliases = append(aliases, fmt.Sprintf("%s:%s/%s=%d", r.Entity, r.Alias, r.AliasType, r.Mentions))
		}
		return nil
	})
	want := "Donald Trump:Trump/PERSON=3,Donald Trump:Donald Trump/PERSON=1,NATO:NATO/ORG=2,NATO:NATO/PLACE=1,NATO:Nato/ORG=1"
	if strings.Join(aliases, ",") != want {
		t.Errorf("aliases = %v, want %s", aliases, want)
	}
	checkCounts(t, db)
	// Resolving twice changes nothing.
	if st, _ := db.Resolve(); st.Changed != 0 {
		t.Errorf("second Resolve changed %d mentions, want 0", st.Changed)
	}
}

func TestReingestKeepsEntityIDs(t *testing.T) {
	P, L := pipeline.Person, pipeline.Place
	db := openTemp(t)
	mustStore(t, db, nameDoc("/a.md", "1", "2024-01-01", [2]string{"Vladimir Putin", P}, [2]string{"Putin", P}, [2]string{"Kiev", L}))
	putin, kyiv := entityID(t, db, "Vladimir Putin", P), entityID(t, db, "Kyiv", L)
	if putin == 0 || kyiv == 0 {
		t.Fatalf("no entity for Vladimir Putin (%d) or Kyiv (%d)", putin, kyiv)
	}
	mustStore(t, db, nameDoc("/a.md", "2", "2024-01-01", [2]string{"Emmanuel Macron", P}, [2]string{"Vladimir Putin", P}, [2]string{"Kyiv", L}))
	if p, k := entityID(t, db, "Vladimir Putin", P), entityID(t, db, "Kyiv", L); p != putin || k != kyiv {
		t.Errorf("ids after re-ingest: Putin %d, Kyiv %d; want %d, %d", p, k, putin, kyiv)
	}
	checkCounts(t, db)
	if got := count(t, db, "aliases"); got != 3 {
		t.Errorf("aliases has %d rows after re-ingest, want 3 (old names dropped)", got)
	}
}

// TestEntityIDMemory checks the ids the writer remembers across
// transactions: an entity made in a transaction that was rolled back is
// forgotten (its id may be given to another name later), and entities
// another handle on the same file committed are found, not made twice.
func TestEntityIDMemory(t *testing.T) {
	P := pipeline.Person
	db := openTemp(t)
	tx, err := db.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	res, err := newResolver(tx, &db.entities)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := res.id(target{name: "Ghost Name", typ: P}); err != nil {
		t.Fatal(err)
	}
	res.close()
	tx.Rollback() // committed is not called: the id must not be remembered
	mustStore(t, db, nameDoc("/a.md", "1", "2024-01-01", [2]string{"Other Person", P}, [2]string{"Ghost Name", P}))
	if got, want := entitiesOf(t, db, "/a.md"), []string{"Other Person/PERSON", "Ghost Name/PERSON"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("after a rolled-back transaction, mentions point at %v, want %v", got, want)
	}

	other, err := Open(db.path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	mustStore(t, other, nameDoc("/b.md", "2", "2024-01-02", [2]string{"Third Person", P}, [2]string{"Ghost Name", P}))
	mustStore(t, db, nameDoc("/c.md", "3", "2024-01-03", [2]string{"Third Person", P}))
	var n int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM entities WHERE key = 'third person'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("entities named Third Person: %d (%v), want 1", n, err)
	}
	if got := entitiesOf(t, db, "/c.md"); len(got) != 1 || got[0] != "Third Person/PERSON" {
		t.Errorf("/c.md mentions point at %v", got)
	}
	checkCounts(t, db)
}

func TestAliasRules(t *testing.T) {
	P, O := pipeline.Person, pipeline.Org
	db := openTemp(t)
	mustStore(t, db,
		nameDoc("/a.md", "a", "2024-01-01", [2]string{"Zelenskyy", P}, [2]string{"Zelensky", P}, [2]string{"BBC News", O}, [2]string{"Zelenskiy", P}),
	)
	file := "alias,canonical,type\nZelenskyy,Volodymyr Zelensky,PERSON\nZelensky,Volodymyr Zelensky,PERSON\n# a comment\nzelenskiy,Volodymyr Zelensky,\n\"BBC News\",-,\n"
	rules, err := ReadAliasFile("aliases.csv", strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SetAliasRules(rules); err != nil {
		t.Fatal(err)
	}
	want := []string{"Volodymyr Zelensky/PERSON", "Volodymyr Zelensky/PERSON", "-", "Volodymyr Zelensky/PERSON"}
	if got := entitiesOf(t, db, "/a.md"); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("after rules, mentions = %v, want %v", got, want)
	}
	who, _ := db.Who(Filter{})
	if len(who) != 1 || who[0].Name != "Volodymyr Zelensky" || who[0].Mentions != 3 {
		t.Errorf("Who after rules = %+v, want Volodymyr Zelensky with 3 mentions, BBC News ignored", who)
	}
	// Round trip: the rules in force write back as the file, less the
	// comment, with types normalised.
	back, err := db.AliasRules()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := WriteAliasFile(&b, back); err != nil {
		t.Fatal(err)
	}
	wantFile := "alias,canonical,type\nZelenskyy,Volodymyr Zelensky,PERSON\nZelensky,Volodymyr Zelensky,PERSON\nzelenskiy,Volodymyr Zelensky,\nBBC News,-,\n"
	if b.String() != wantFile {
		t.Errorf("rules written back:\n%s\nwant:\n%s", b.String(), wantFile)
	}
	again, err := ReadAliasFile("back.csv", strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if st, err := db.SetAliasRules(again); err != nil || st.Changed != 0 {
		t.Errorf("applying the written-back rules: %+v, %v; want no change", st, err)
	}
	// New transcripts follow the rules at ingest.
	mustStore(t, db, nameDoc("/b.md", "b", "2024-01-02", [2]string{"Zelenskyy", P}, [2]string{"BBC News", O}))
	if got, want := entitiesOf(t, db, "/b.md"), []string{"Volodymyr Zelensky/PERSON", "-"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("ingest after rules = %v, want %v", got, want)
	}
	// Removing the rules brings the names back, without re-reading.
	if _, err := db.SetAliasRules(nil); err != nil {
		t.Fatal(err)
	}
	want = []string{"Zelenskyy/PERSON", "Zelensky/PERSON", "BBC News/ORG", "Zelenskiy/PERSON"}
	if got := entitiesOf(t, db, "/a.md"); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("after removing rules, mentions = %v, want %v", got, want)
	}
	checkCounts(t, db)
	// Spelling variants are proposed, not merged.
	merges, err := db.SuggestMerges()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range merges {
		got = append(got, m.Alias+">"+m.Canonical)
	}
	if len(got) != 3 || !strings.Contains(strings.Join(got, ","), "Zelenskiy>") {
		t.Errorf("SuggestMerges = %v, want the three Zelensky spellings paired", got)
	}
}

func TestReadAliasFileErrors(t *testing.T) {
	tests := []struct {
		name, file string
		rules      int
		errs       []string
	}{
		{"good", "Putin,Vladimir Putin,PERSON\nKiev,Kyiv,PLACE\n", 2, nil},
		{"bom and header", "\ufeffalias,canonical,type\nUS,United States,PLACE\n", 1, nil},
		{"bad type", "Putin,Vladimir Putin,PERSN\nKiev,Kyiv,PLACE\n", 1, []string{"f.csv:1: type"}},
		{"empty canonical", "ok,OK,ORG\nPutin,,PERSON\n", 1, []string{"f.csv:2: empty canonical"}},
		{"one field", "Putin\n", 0, []string{"f.csv:1: want alias,canonical,type"}},
		{"bad quote", "a,b,\n\"x,y\n", 1, []string{"f.csv:2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules, err := ReadAliasFile("f.csv", strings.NewReader(tt.file))
			if len(rules) != tt.rules {
				t.Errorf("ReadAliasFile: %d rules, want %d", len(rules), tt.rules)
			}
			if (err != nil) != (len(tt.errs) > 0) {
				t.Fatalf("ReadAliasFile error = %v, want %v", err, tt.errs)
			}
			for _, e := range tt.errs {
				if !strings.Contains(err.Error(), e) {
					t.Errorf("error %q does not contain %q", err, e)
				}
			}
		})
	}
}

func TestWithSearchTimelineVideos(t *testing.T) {
	P, L := pipeline.Person, pipeline.Place
	db := openTemp(t)
	a := nameDoc("/a.md", "a", "2024-01-01", [2]string{"Vladimir Putin", P}, [2]string{"Kyiv", L}, [2]string{"Trump", P})
	// One sentence with Putin and Trump together.
	a.Transcript.Segments = append(a.Transcript.Segments, pipeline.Segment{Text: "Putin called Trump about peace talks.", Start: 100, Timed: true})
	j, sents := pipeline.Rejoin(a.Transcript.Segments)
	a.Text, a.Sentences = j.Text, sents
	last := sents[len(sents)-1]
	a.Mentions = append(a.Mentions,
		pipeline.Mention{Sentence: len(sents) - 1, Segment: last.FirstSeg, Name: "Putin", Surface: "Putin", Type: P, Start: 100, Timed: true, Offset: last.Offset},
		pipeline.Mention{Sentence: len(sents) - 1, Segment: last.FirstSeg, Name: "Trump", Surface: "Trump", Type: P, Start: 100, Timed: true, Offset: last.Offset + strings.Index(last.Text, "Trump")})
	pipeline.Resolve(a.Mentions)
	b := nameDoc("/b.md", "b", "2024-01-09", [2]string{"Putin", P}, [2]string{"Kyiv", L})
	mustStore(t, db, a, b)

	with, err := db.With("Putin", 0, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(with) != 1 || with[0].Name != "Trump" || with[0].Together != 1 {
		t.Errorf("With(Putin, sentence) = %+v, want Trump once", with)
	}
	with, _ = db.With("Putin", 10, Filter{})
	var got []string
	for _, c := range with {
		got = append(got, fmt.Sprintf("%s:%d", c.Name, c.Together))
	}
	// Within 10s: Kyiv at 10s near Putin at 0s (in a and b); Trump at 20s
	// (near Kyiv, not Putin) and at 100s, with Putin at 100s.
	if want := "Kyiv:2,Trump:1"; strings.Join(got, ",") != want {
		t.Errorf("With(Putin, 10s) = %v, want %s", got, want)
	}

	var hits []SearchHit
	if err := db.Search(`"peace talks"`, Filter{}, func(h SearchHit) error { hits = append(hits, h); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || !strings.Contains(hits[0].URL, "t=100s") || hits[0].Published != "2024-01-01" {
		t.Errorf("Search(peace talks) = %+v, want one hit linked at 100s", hits)
	}
	if err := db.Search(`"unbalanced`, Filter{}, func(SearchHit) error { return nil }); err == nil {
		t.Errorf("Search with a bad query succeeded")
	}
	// Re-storing a transcript keeps the search index in step.
	mustStore(t, db, nameDoc("/a.md", "a2", "2024-01-01", [2]string{"Vladimir Putin", P}))
	hits = nil
	db.Search("peace", Filter{}, func(h SearchHit) error { hits = append(hits, h); return nil })
	if len(hits) != 0 {
		t.Errorf("Search(peace) after replacing the transcript = %d hits, want 0", len(hits))
	}
	mustStore(t, db, a)
	checkCounts(t, db)

	for _, tt := range []struct{ by, want string }{
		{"day", "2024-01-01:2,2024-01-09:1"},
		{"week", "2024-01-01:2,2024-01-08:1"},
		{"month", "2024-01:3"},
	} {
		ps, err := db.Timeline("Putin", tt.by, false, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range ps {
			got = append(got, fmt.Sprintf("%s:%d", p.Period, p.Mentions))
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("Timeline(Putin, %s) = %v, want %s", tt.by, got, tt.want)
		}
	}
	vs, err := db.Videos(Filter{Since: "2024-01-05"})
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 1 || vs[0].VideoID != "bbbbbbbbbbb" || vs[0].Mentions != 2 || vs[0].Entities != 2 {
		t.Errorf("Videos(since 2024-01-05) = %+v, want b with 2 mentions of 2 entities", vs)
	}
	who, _ := db.Who(Filter{Channel: "BBC", Until: "2024-01-05", Type: "person"})
	if len(who) != 2 || who[0].Name != "Trump" || who[1].Name != "Vladimir Putin" || who[1].Mentions != 2 {
		t.Errorf("Who(BBC, until 2024-01-05, PERSON) = %+v, want Trump and Vladimir Putin, 2 each", who)
	}
}
