package goldtags

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/extract/ner"
	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestTag: how gold mentions become tags. Sentences from the seed.
func TestTag(t *testing.T) {
	seg := func(start float64, text string) pipeline.Segment {
		return pipeline.Segment{Text: text, Start: start, Timed: true}
	}
	tests := []struct {
		name    string
		segs    []pipeline.Segment
		gold    []extract.Timed
		want    []string // one line a sentence kept: word/TAG for tagged words
		dropped int
	}{
		{
			name: "a name split over two lines belongs to the first",
			segs: []pipeline.Segment{
				seg(95, "After the call, President Trump also spoke to Ukrainian President Vladimir"),
				seg(99.36, "Zelensky, who described their conversation as meaningful."),
			},
			gold: []extract.Timed{{T: 95, Text: "Trump", Type: "PERSON"}, {T: 95, Text: "Vladimir Zelensky", Type: "PERSON"}},
			want: []string{"Trump/B-PER Vladimir/B-PER Zelensky/I-PER"},
		},
		{
			name: "the longer name first; the shorter finds its own occurrence",
			segs: []pipeline.Segment{seg(10, "Donald Trump met Trump's lawyers and Mr Trump.")},
			gold: []extract.Timed{{T: 10, Text: "Trump", Type: "PERSON"}, {T: 10, Text: "Donald Trump", Type: "PERSON"}, {T: 10, Text: "Trump", Type: "PERSON"}},
			want: []string{"Donald/B-PER Trump/I-PER Trump/B-PER Trump/B-PER"},
		},
		{
			name: "a possessive stays outside, case is ignored",
			segs: []pipeline.Segment{seg(16.22, "one to the kremlin, the other to Ukraine's President Zelensky.")},
			gold: []extract.Timed{{T: 16.22, Text: "Kremlin", Type: "ORG"}, {T: 16.22, Text: "Ukraine", Type: "PLACE"}, {T: 16.22, Text: "Zelensky", Type: "PERSON"}},
			want: []string{"kremlin/B-ORG Ukraine/B-LOC Zelensky/B-PER"},
		},
		{
			name:    "a name not found leaves its sentence out, not the others",
			segs:    []pipeline.Segment{seg(1, "Putin spoke first."), seg(2, "Then he called Kyiv.")},
			gold:    []extract.Timed{{T: 1, Text: "Putin", Type: "PERSON"}, {T: 2, Text: "Kiev", Type: "PLACE"}},
			want:    []string{"Putin/B-PER"},
			dropped: 1,
		},
		{
			name: "a word inside a longer word is no occurrence",
			segs: []pipeline.Segment{seg(3, "The Ukrainians in Ukraine.")},
			gold: []extract.Timed{{T: 3, Text: "Ukraine", Type: "PLACE"}},
			want: []string{"Ukraine/B-LOC"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, st, err := Tag(&pipeline.Transcript{Segments: tt.segs}, tt.gold, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := tagged(doc)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("tags:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if st.Dropped != tt.dropped || st.Missing != tt.dropped {
				t.Errorf("stats %v, want %d sentence(s) left out for %d mention(s) not found", st, tt.dropped, tt.dropped)
			}
		})
	}
}

// tagged writes each sentence of doc as its tagged words, "word/TAG"
// separated by spaces ("" for a sentence without a name).
func tagged(doc ner.Document) []string {
	var out []string
	for _, s := range doc {
		var w []string
		for i, tag := range s.Tags {
			if tag != "O" {
				w = append(w, s.Words[i]+"/"+tag)
			}
		}
		out = append(out, strings.Join(w, " "))
	}
	return out
}

// TestTagBadType: a gold file with a type we do not have is an error
// that names the mention.
func TestTagBadType(t *testing.T) {
	tr := &pipeline.Transcript{Segments: []pipeline.Segment{{Text: "Russian forces advanced.", Start: 1, Timed: true}}}
	_, _, err := Tag(tr, []extract.Timed{{T: 1, Text: "Russian", Type: "NORP"}}, nil)
	if err == nil || !strings.Contains(err.Error(), `"Russian"`) || !strings.Contains(err.Error(), "NORP") {
		t.Errorf("err = %v, want one naming the mention and its type", err)
	}
}

// TestSilverMISC: the silver model adds MISC outside the gold mentions
// and never over them.
func TestSilverMISC(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	tr := &pipeline.Transcript{Segments: []pipeline.Segment{{Text: "Ukrainian President Volodymyr Zelensky said he had spoken with Trump.", Start: 7, Timed: true}}}
	gold := []extract.Timed{{T: 7, Text: "Volodymyr Zelensky", Type: "PERSON"}, {T: 7, Text: "Trump", Type: "PERSON"}}
	doc, st, err := Tag(tr, gold, m)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc) != 1 || doc[0].Tags[0] != "B-MISC" || doc[0].Tags[2] != "B-PER" || st.Silver != 1 {
		t.Errorf("got %v %v (%v), want Ukrainian B-MISC and the gold names kept", doc[0].Words, doc[0].Tags, st)
	}
}

// TestSeedGolden converts the seed transcript with its gold mentions
// (testdata/, at the repository root) and compares the CoNLL with
// testdata/seed.conll. go test -update rewrites it.
func TestSeedGolden(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	const name = "000_895ee33c69e71cdb"
	data, err := os.ReadFile(filepath.Join(root, name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := format.Auto{}.Parse(name+".txt", data)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(root, name+".mentions.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := extract.ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	doc, st, err := Tag(tr, gold, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.Missing != 0 || st.Mentions != len(gold) {
		t.Errorf("stats %v, want all %d seed mentions tagged", st, len(gold))
	}
	var buf bytes.Buffer
	if err := WriteCoNLL(&buf, []ner.Document{doc}); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "seed.conll")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("CoNLL of the seed differs from %s (go test -update rewrites it)", golden)
	}
	// The file reads back as ner.Train reads it, with every gold mention.
	docs, err := ner.ReadCoNLL(bytes.NewReader(buf.Bytes()), 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range docs[0] {
		for _, tag := range s.Tags {
			if strings.HasPrefix(tag, "B-") {
				n++
			}
		}
	}
	if len(docs) != 1 || n != len(gold) {
		t.Errorf("read back %d documents with %d entities, want 1 with %d", len(docs), n, len(gold))
	}
}

// TestDevSets converts the annotated BBC episodes and podcasts the
// shipped model is trained on; nearly every gold mention must be found
// again.
func TestDevSets(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared", "corpus")
	c := Corpus{Episodes: filepath.Join(shared, "bbc-global-news"), Markdown: filepath.Join(shared, "markdown")}
	if _, err := os.Stat(c.Episodes); err != nil {
		t.Skipf("needs the BBC transcripts in %s: %v", c.Episodes, err)
	}
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "dev*"))
	_, st, err := Sets(dirs, c, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%v", st)
	if st.Episodes < 38 || st.Missing*200 > st.Mentions {
		t.Errorf("%v: want at least 38 episodes and under 0.5%% of gold mentions not found", st)
	}
}

// TestPodcastRange: a podcast annotated in part keeps only the sentences
// inside its lines, found by line as timed ones are by time; a gold line
// outside the part is an error that names the file and the mention.
func TestPodcastRange(t *testing.T) {
	dir := t.TempDir()
	md := "# A podcast\n" + // line 1
		"*  Welcome to the show with Paul.\n" + // 2
		"*  Later we talk about Ada Lovelace at\n" + // 3
		"*  Cambridge. Then Babbage came.\n" // 4
	src := filepath.Join(dir, "abcdefghijk.md")
	if err := os.WriteFile(src, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "abcdefghijk.mentions.jsonl")
	write := func(lines string) {
		if err := os.WriteFile(gold, []byte(lines), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"line": 3, "text": "Ada Lovelace", "type": "PERSON"}` + "\n" + `{"line": 4, "text": "Cambridge", "type": "PLACE"}` + "\n")
	doc, st, err := podcast(src, gold, [2]float64{3, 4}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := tagged(doc)
	// Line 2's sentence is outside the part: "Paul" is not taught as O.
	want := []string{"Ada/B-PER Lovelace/I-PER Cambridge/B-LOC", ""}
	if strings.Join(got, "|") != strings.Join(want, "|") || st.Mentions != 2 || st.Sentences != 2 {
		t.Errorf("got %q (%v), want %q", got, st, want)
	}
	write(`{"line": 2, "text": "Paul", "type": "PERSON"}` + "\n")
	if _, _, err := podcast(src, gold, [2]float64{3, 4}, nil); err == nil || !strings.Contains(err.Error(), gold) || !strings.Contains(err.Error(), `"Paul"`) {
		t.Errorf("err = %v, want one naming %s and the mention", err, gold)
	}
}
