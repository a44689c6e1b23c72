package claim

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

// seedSegment is one bullet line of the seed transcript.
type seedSegment struct {
	text  string
	start float64
}

var seedLine = regexp.MustCompile(`^\*\s+(.*?)\s*\[\[\d\d:\d\d:\d\d\]\(https://www\.youtube\.com/watch\?v=[^&]+&t=([0-9.]+)s\)\]$`)

// readSeed reads the bullet segments of the committed seed transcript.
func readSeed(tb testing.TB) []seedSegment {
	tb.Helper()
	f, err := os.Open("../../testdata/000_895ee33c69e71cdb.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var segs []seedSegment
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := seedLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		t, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			tb.Fatal(err)
		}
		segs = append(segs, seedSegment{text: m[1], start: t})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return segs
}

// seedSentence is a sentence of the seed rejoined crudely: segments joined
// with spaces, split after ". ", "? ", "! ". Start is the start of the
// segment holding the sentence's first byte.
type seedSentence struct {
	text  string
	start float64
	off   int // byte offset in the rejoined text
}

func splitSeed(segs []seedSegment) (text string, sents []seedSentence) {
	var b strings.Builder
	var segStart []int
	for i, s := range segs {
		if i > 0 {
			b.WriteByte(' ')
		}
		segStart = append(segStart, b.Len())
		b.WriteString(s.text)
	}
	text = b.String()
	timeAt := func(off int) float64 {
		t := 0.0
		for i, s := range segStart {
			if s <= off {
				t = segs[i].start
			}
		}
		return t
	}
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if (c == '.' || c == '?' || c == '!') && (i+1 == len(text) || text[i+1] == ' ') {
			s := strings.TrimSpace(text[start : i+1])
			if s != "" {
				off := start + strings.Index(text[start:], s)
				sents = append(sents, seedSentence{text: s, start: timeAt(off), off: off})
			}
			start = i + 1
		}
	}
	return text, sents
}

var update = flag.Bool("update", false, "rewrite golden files")

// seedDocument builds the seed as a pipeline Document by hand: crude
// sentences, and mentions placed where the committed gold mentions'
// names occur (longest name first).
func seedDocument(tb testing.TB) *pipeline.Document {
	tb.Helper()
	text, sents := splitSeed(readSeed(tb))
	doc := &pipeline.Document{
		Transcript: &pipeline.Transcript{VideoID: "-7gvQck95iE", URL: "https://www.youtube.com/watch?v=-7gvQck95iE"},
		Text:       text,
	}
	for i, s := range sents {
		doc.Sentences = append(doc.Sentences, pipeline.Sentence{Index: i, Text: s.text, Offset: s.off, Start: s.start, Timed: true})
	}
	data, err := os.ReadFile("../../testdata/000_895ee33c69e71cdb.mentions.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	type ent struct{ Text, Type string }
	seen := make(map[ent]bool)
	var ents []ent
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var e ent
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			tb.Fatal(err)
		}
		if !seen[e] {
			seen[e] = true
			ents = append(ents, e)
		}
	}
	sort.SliceStable(ents, func(i, j int) bool { return len(ents[i].Text) > len(ents[j].Text) })
	for si, s := range doc.Sentences {
		taken := make([]bool, len(s.Text))
		var ms []pipeline.Mention
		for _, e := range ents {
			for from := 0; ; {
				k := strings.Index(s.Text[from:], e.Text)
				if k < 0 {
					break
				}
				k += from
				from = k + len(e.Text)
				if slices.Contains(taken[k:from], true) {
					continue
				}
				for j := k; j < from; j++ {
					taken[j] = true
				}
				ms = append(ms, pipeline.Mention{Sentence: si, Name: e.Text, Surface: e.Text, Type: e.Type, Offset: s.Offset + k, Start: s.Start, Timed: true})
			}
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].Offset < ms[j].Offset })
		doc.Mentions = append(doc.Mentions, ms...)
	}
	return doc
}

// TestSeedClaims is the golden test of the seed's claims: every attributed
// and check-worthy claim with its speaker, cue, content, score and link.
// Run with -update to rewrite testdata/seed_claims.golden.
func TestSeedClaims(t *testing.T) {
	s, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	doc := seedDocument(t)
	f := &Finder{Scorer: s}
	var b strings.Builder
	for _, c := range f.Claims(doc) {
		fmt.Fprintf(&b, "%s\t%.2f\t%q\t%q\t%q\t%q\t%.2f\t%s\n", c.Kind, c.Start, c.Speaker, c.SpeakerName, c.Cue, c.Content, c.Score, c.URL)
		sent := doc.Sentences[c.Sentence].Text
		if got := sent[c.ContentOff : c.ContentOff+len(c.Content)]; got != c.Content {
			t.Errorf("claim content %q at %d of sentence %d reads %q", c.Content, c.ContentOff, c.Sentence, got)
		}
	}
	golden := filepath.Join("testdata", "seed_claims.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("seed claims differ from %s (run with -update after checking):\n%s", golden, lineDiff(got, string(want)))
	}

	// The claims a reader would list, with the right speaker and time.
	for _, w := range []struct {
		start            float64
		speakerName, cue string
		contentHasPrefix string
	}{
		{0, "Donald Trump", "says", "he plans to meet Vladimir Putin"},
		{95, "Vladimir Zelensky", "described ... as", "their conversation as meaningful"},
		{181.68, "Pete Hegseth", "reiterating", "number one, that the US will not"},
		{273.2, "Trump", "has called for", "increased defence spending"},
		{291.56, "Trump", "has said", "5% of defence spending is critical"},
		{390.48, "John Healey", "talk about", "there being"},
		{427.56, "Zelensky", "talked about", "them agreeing that America's strength"},
	} {
		found := false
		for _, c := range f.Claims(doc) {
			if c.Kind == "attributed" && c.Start == w.start && c.SpeakerName == w.speakerName && c.Cue == w.cue && strings.HasPrefix(c.Content, w.contentHasPrefix) {
				found = true
			}
		}
		if !found {
			t.Errorf("no attributed claim at %.2fs by %q with cue %q and content %q...", w.start, w.speakerName, w.cue, w.contentHasPrefix)
		}
	}
}

// lineDiff lists the lines of got and want that differ.
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "line %d:\n  got  %s\n  want %s\n", i+1, gl, wl)
		}
	}
	return b.String()
}
