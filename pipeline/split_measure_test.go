package pipeline_test

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/pipeline"
)

// TestSentenceSplitMeasured measures sentence splitting on real speech: the
// CLEF CheckThat! 2019 test transcripts are debates and speeches written one
// sentence a line. The lines of each transcript are joined into one text and
// split again; a predicted sentence start counts as correct when a gold
// sentence starts there. Our splitter is compared with prose's (punkt) on
// the same text, and must stay at least as good.
func TestSentenceSplitMeasured(t *testing.T) {
	dir := sharedDir(t, "data/claims/clef2019-task1/test_annotated")
	files, _ := filepath.Glob(filepath.Join(dir, "*.tsv"))
	var ours, punkt extract.PRF
	for _, f := range files {
		text, gold := joinLines(t, f)
		_, sents := pipeline.Rejoin([]pipeline.Segment{{Text: text}})
		var got []int
		for _, s := range sents {
			got = append(got, s.Offset)
		}
		add(&ours, gold, got)

		doc, err := prose.NewDocument(text, prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
		if err != nil {
			t.Fatal(err)
		}
		got = got[:0]
		at := 0
		for _, s := range doc.Sentences() {
			i := strings.Index(text[at:], strings.TrimSpace(s.Text))
			if i < 0 {
				continue
			}
			got = append(got, at+i)
			at += i + len(strings.TrimSpace(s.Text))
		}
		add(&punkt, gold, got)
	}
	ours.Finish()
	punkt.Finish()
	t.Logf("sentence starts on CLEF-2019 test (%d transcripts): ours %v", len(files), ours)
	t.Logf("sentence starts on CLEF-2019 test (%d transcripts): prose %v", len(files), punkt)
	if ours.F1 < punkt.F1 {
		t.Errorf("our splitter F1 %.3f is below prose's %.3f", ours.F1, punkt.F1)
	}
}

// joinLines joins the sentence column of a CLEF file with spaces and
// returns the text and the byte offset where each sentence starts.
func joinLines(tb testing.TB, path string) (string, []int) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	var starts []int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(cols) < 3 {
			continue
		}
		s := strings.TrimSpace(cols[2])
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		starts = append(starts, b.Len())
		b.WriteString(s)
	}
	return b.String(), starts
}

func add(s *extract.PRF, gold, got []int) {
	sort.Ints(got)
	set := make(map[int]bool, len(gold))
	for _, g := range gold {
		set[g] = true
	}
	for _, g := range got {
		if set[g] {
			s.Correct++
		}
	}
	s.Predicted += len(got)
	s.Gold += len(gold)
}
