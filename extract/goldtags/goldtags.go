// Package goldtags turns our hand-annotated transcripts (extract/testdata:
// a gold file of {t, text, type} mentions per BBC episode, or of {line,
// text, type} per podcast of the seed's Markdown family) into CoNLL
// training documents for the entity model, so that it learns from speech
// transcripts as well as from CoNLL-2003's newswire.
//
// The gold files say when (or on which source line) a name was said and
// what it was, not where: a mention is found again as an occurrence of
// its text whose first byte the pipeline times at the gold t (or places
// on the gold line; pipeline.Analyze, so the times are the ones the
// scorer compares). Sentences holding a gold mention that cannot be
// found are left out, because their tags would teach the model that a
// name is not one; so are sentences outside the part of a transcript
// that was annotated (ranges.tsv), whose names nobody listed.
package goldtags

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/extract/internal/jsonl"
	"github.com/mentions/mentions/extract/ner"
	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

// conllTypes maps our types to CoNLL's.
var conllTypes = map[string]string{
	pipeline.Person: "PER",
	pipeline.Place:  "LOC",
	pipeline.Org:    "ORG",
}

// Stats counts what a conversion kept and left out.
type Stats struct {
	Episodes  int
	Sentences int // sentences kept
	Dropped   int // sentences left out: they hold a gold mention not found
	Mentions  int // gold mentions tagged
	Missing   int // gold mentions not found in the transcript
	Silver    int // MISC spans taken from the silver model
}

func (s *Stats) add(o Stats) {
	s.Episodes += o.Episodes
	s.Sentences += o.Sentences
	s.Dropped += o.Dropped
	s.Mentions += o.Mentions
	s.Missing += o.Missing
	s.Silver += o.Silver
}

func (s Stats) String() string {
	return fmt.Sprintf("%d episodes, %d sentences kept, %d left out; %d gold mentions tagged, %d not found; %d silver MISC spans",
		s.Episodes, s.Sentences, s.Dropped, s.Mentions, s.Missing, s.Silver)
}

// Corpus says where the annotated transcripts are.
type Corpus struct {
	// Episodes holds the BBC episodes by year and month.
	Episodes string
	// Markdown holds the seed's Markdown family, whose podcasts are
	// annotated by source line; "" skips them.
	Markdown string
}

// Sets converts every transcript annotated in the gold directories: BBC
// episodes (files named YYYY_MM_DD_Title.mentions.jsonl, whose
// transcripts are Episodes/YYYY/MM/YYYY_MM_DD_Title.*) and, when
// c.Markdown is set, podcasts annotated by line (ID.mentions.jsonl, whose
// transcript is Markdown/ID.md). Other files (subtitles) are skipped.
// silver, when not nil, tags MISC (which the gold files leave out:
// nationalities, events, works) where it finds it outside the gold
// mentions, so that the model keeps that type.
func Sets(dirs []string, c Corpus, silver *ner.Model) ([]ner.Document, Stats, error) {
	var (
		docs []ner.Document
		all  Stats
	)
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.mentions.jsonl"))
		if err != nil {
			return nil, all, err
		}
		if len(files) == 0 {
			return nil, all, fmt.Errorf("%s: no gold files", dir)
		}
		ranges, err := ReadRanges(dir)
		if err != nil {
			return nil, all, err
		}
		sort.Strings(files)
		for _, gf := range files {
			name := strings.TrimSuffix(filepath.Base(gf), ".mentions.jsonl")
			var (
				doc ner.Document
				st  Stats
			)
			switch {
			case IsEpisode(name):
				src, err := EpisodePath(c.Episodes, name)
				if err != nil {
					return nil, all, fmt.Errorf("%s: %w", gf, err)
				}
				doc, st, err = episode(src, gf, silver)
				if err != nil {
					return nil, all, err
				}
			case c.Markdown != "" && IsPodcast(name):
				r, ok := ranges[name]
				if !ok {
					r = [2]float64{1, math.Inf(1)}
				}
				doc, st, err = podcast(filepath.Join(c.Markdown, name+".md"), gf, r, silver)
				if err != nil {
					return nil, all, err
				}
			default:
				continue
			}
			docs = append(docs, doc)
			all.add(st)
		}
	}
	return docs, all, nil
}

// IsPodcast reports whether a gold file's name (without .mentions.jsonl)
// is a podcast of the Markdown family: a YouTube video id, eleven
// letters, digits, "-" or "_". Subtitle files keep their extension in
// the name and BBC episodes are longer.
func IsPodcast(name string) bool {
	if len(name) != 11 {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// ReadRanges reads dir/ranges.tsv, if there is one: for each transcript
// annotated in part, a line "name<TAB>from<TAB>to", the first and last
// cue start (timed transcripts) or source line (podcasts annotated by
// line) of the part annotated. Without the file it returns nil.
func ReadRanges(dir string) (map[string][2]float64, error) {
	path := filepath.Join(dir, "ranges.tsv")
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	out := map[string][2]float64{}
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var r [2]float64
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields, got %d", path, i+1, len(f))
		}
		for j := range r {
			if r[j], err = strconv.ParseFloat(f[j+1], 64); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, i+1, err)
			}
		}
		out[f[0]] = r
	}
	return out, nil
}

// IsEpisode reports whether a gold file's name (without
// .mentions.jsonl) is named like a BBC episode: YYYY_MM_DD_Title.
func IsEpisode(name string) bool {
	return len(name) > 8 && name[4] == '_' && name[7] == '_' && strings.Trim(name[:4], "0123456789") == ""
}

// EpisodePath finds the transcript of a BBC episode in the corpus:
// YYYY_MM_DD_Title is corpus/YYYY/MM/YYYY_MM_DD_Title.md (or .txt, the
// older format).
func EpisodePath(corpus, name string) (string, error) {
	srcs, _ := filepath.Glob(filepath.Join(corpus, name[:4], name[5:7], name+".*"))
	if len(srcs) != 1 {
		return "", fmt.Errorf("want one transcript named %s.* in %s, found %d", name, corpus, len(srcs))
	}
	return srcs[0], nil
}

func episode(src, goldPath string, silver *ner.Model) (ner.Document, Stats, error) {
	tr, err := parse(src)
	if err != nil {
		return nil, Stats{}, err
	}
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, Stats{}, err
	}
	gold, err := extract.ReadGold(f)
	f.Close()
	if err != nil {
		return nil, Stats{}, fmt.Errorf("%s: %w", goldPath, err)
	}
	doc, st, err := Tag(tr, gold, silver)
	if err != nil {
		return nil, st, fmt.Errorf("%s: %w", src, err)
	}
	return doc, st, nil
}

// podcast converts a transcript annotated by source line: each segment
// is timed by its line, so that Tag finds the gold mentions as it finds
// timed ones, and only the sentences inside lines r[0]..r[1] are kept.
func podcast(src, goldPath string, r [2]float64, silver *ner.Model) (ner.Document, Stats, error) {
	tr, err := parse(src)
	if err != nil {
		return nil, Stats{}, err
	}
	for i := range tr.Segments {
		tr.Segments[i].Start = float64(tr.Segments[i].Line)
		tr.Segments[i].Timed = true
	}
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, Stats{}, err
	}
	lines, err := jsonl.Read[LineMention](f)
	f.Close()
	if err != nil {
		return nil, Stats{}, fmt.Errorf("%s: %w", goldPath, err)
	}
	gold := make([]extract.Timed, len(lines))
	for i, m := range lines {
		if float64(m.Line) < r[0] || float64(m.Line) > r[1] {
			return nil, Stats{}, fmt.Errorf("%s: %q on line %d, outside the lines annotated (%g to %g)", goldPath, m.Text, m.Line, r[0], r[1])
		}
		gold[i] = extract.Timed{T: float64(m.Line), Text: m.Text, Type: m.Type}
	}
	doc, st, err := tag(tr, gold, silver, r)
	if err != nil {
		return nil, st, fmt.Errorf("%s: %w", src, err)
	}
	return doc, st, nil
}

// LineMention is a gold mention of a transcript without times: the
// source line holding its first word.
type LineMention struct {
	Line int    `json:"line"`
	Text string `json:"text"`
	Type string `json:"type"`
}

func parse(src string) (*pipeline.Transcript, error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return nil, err
	}
	tr, err := format.Auto{}.Parse(src, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	return tr, nil
}

// Tag converts one timed transcript and its gold mentions.
func Tag(tr *pipeline.Transcript, gold []extract.Timed, silver *ner.Model) (ner.Document, Stats, error) {
	return tag(tr, gold, silver, [2]float64{math.Inf(-1), math.Inf(1)})
}

// tag is Tag keeping only the sentences whose segments all start inside
// r: the part of the transcript that was annotated.
func tag(tr *pipeline.Transcript, gold []extract.Timed, silver *ner.Model, r [2]float64) (ner.Document, Stats, error) {
	st := Stats{Episodes: 1}
	c := &candidates{texts: map[string]bool{}}
	for _, g := range gold {
		c.texts[fold(g.Text)] = true
	}
	d, err := pipeline.Analyze(tr, c, nil)
	if err != nil {
		return nil, st, err
	}
	// Every occurrence of a gold text, by key (time and folded text), in
	// document order.
	occ := map[string][]pipeline.Mention{}
	for _, m := range d.Mentions {
		k := key(m.Start, m.Surface)
		occ[k] = append(occ[k], m)
	}
	// Longer names first, so that "Donald Trump" takes its words before a
	// gold "Trump" of the same line looks for an occurrence of its own.
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return len(gold[order[a]].Text) > len(gold[order[b]].Text) })
	taken := map[int][]span{} // by sentence
	bad := map[int]bool{}     // sentences left out
	for _, i := range order {
		g := gold[i]
		typ, ok := conllTypes[g.Type]
		if !ok {
			return nil, st, fmt.Errorf("gold mention %q at %.2f: unknown type %q", g.Text, g.T, g.Type)
		}
		found := false
		for _, m := range occ[key(g.T, g.Text)] {
			sp := span{m.Offset, m.Offset + len(m.Surface), typ}
			if overlapsAny(taken[m.Sentence], sp.start, sp.end) {
				continue
			}
			taken[m.Sentence] = append(taken[m.Sentence], sp)
			found = true
			break
		}
		if found {
			st.Mentions++
			continue
		}
		st.Missing++
		// The sentences that start or run through a segment at g.T.
		for k, s := range d.Sentences {
			for seg := s.FirstSeg; seg <= s.LastSeg && seg < len(tr.Segments); seg++ {
				if math.Abs(tr.Segments[seg].Start-g.T) < 0.005 {
					bad[k] = true
				}
			}
		}
	}
	texts := make([]string, len(d.Sentences))
	for k, s := range d.Sentences {
		texts[k] = s.Text
	}
	var misc [][]ner.Entity
	if silver != nil {
		misc, _ = silver.Document(texts)
	}
	var (
		doc  ner.Document
		toks []ner.Token
	)
	for k, s := range d.Sentences {
		if bad[k] {
			st.Dropped++
			continue
		}
		if !inside(tr, s, r) {
			continue
		}
		toks = ner.Tokenize(s.Text, toks)
		if len(toks) == 0 {
			continue
		}
		tags := make([]string, len(toks))
		for i := range tags {
			tags[i] = "O"
		}
		label := func(start, end int, typ string) bool {
			first := true
			for i, t := range toks {
				if t.End <= start || t.Start >= end {
					continue
				}
				if first && tags[i] != "O" {
					return false
				}
				if first {
					tags[i] = "B-" + typ
				} else {
					tags[i] = "I-" + typ
				}
				first = false
			}
			return !first
		}
		for _, sp := range taken[k] {
			label(sp.start-s.Offset, sp.end-s.Offset, sp.typ)
		}
		if misc != nil {
			for _, e := range misc[k] {
				if e.Type != "MISC" || overlapsAny(taken[k], s.Offset+e.Start, s.Offset+e.End) {
					continue
				}
				if label(e.Start, e.End, "MISC") {
					st.Silver++
				}
			}
		}
		sent := ner.Sentence{Tags: tags}
		for _, t := range toks {
			sent.Words = append(sent.Words, s.Text[t.Start:t.End])
		}
		doc = append(doc, sent)
		st.Sentences++
	}
	return doc, st, nil
}

// inside reports whether every segment of sentence s starts inside r.
func inside(tr *pipeline.Transcript, s pipeline.Sentence, r [2]float64) bool {
	for seg := s.FirstSeg; seg <= s.LastSeg && seg < len(tr.Segments); seg++ {
		if at := tr.Segments[seg].Start; at < r[0] || at > r[1] {
			return false
		}
	}
	return true
}

// span is a gold mention found again: its byte offsets into the
// rejoined text and its CoNLL type.
type span struct {
	start, end int
	typ        string
}

func overlapsAny(spans []span, start, end int) bool {
	for _, s := range spans {
		if start < s.end && s.start < end {
			return true
		}
	}
	return false
}

// WriteCoNLL writes documents in the two-column CoNLL form ner.Train reads:
// a -DOCSTART- line before each document, a token and its IOB2 tag a line,
// a blank line after each sentence.
func WriteCoNLL(w io.Writer, docs []ner.Document) error {
	bw := bufio.NewWriter(w)
	for _, d := range docs {
		fmt.Fprint(bw, "-DOCSTART- O\n\n")
		for _, s := range d {
			for i, word := range s.Words {
				fmt.Fprintf(bw, "%s %s\n", word, s.Tags[i])
			}
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

// key is what a gold mention and an occurrence share: the time to the
// hundredth of a second and the text folded.
func key(t float64, text string) string {
	return fmt.Sprintf("%.2f|%s", math.Round(t*100)/100, fold(text))
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// candidates is an Extractor that proposes every occurrence of the gold
// texts, at word boundaries, so that pipeline.Analyze times each one.
type candidates struct{ texts map[string]bool }

func (c *candidates) Extract(sentences []string) ([]pipeline.Span, int, error) {
	var out []pipeline.Span
	for i, s := range sentences {
		low := strings.ToLower(s)
		if len(low) != len(s) {
			low = s // a case change moved bytes: match as written
		}
		for text := range c.texts {
			for from := 0; ; {
				j := strings.Index(low[from:], text)
				if j < 0 {
					break
				}
				a, b := from+j, from+j+len(text)
				if boundary(s, a-1) && boundary(s, b) {
					out = append(out, pipeline.Span{Sentence: i, Start: a, End: b, Type: pipeline.Person})
				}
				from = a + 1
			}
		}
	}
	// Analyze sorts by offset; make the order of equal offsets stable too.
	sort.Slice(out, func(a, b int) bool {
		if out[a].Sentence != out[b].Sentence {
			return out[a].Sentence < out[b].Sentence
		}
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		return out[a].End < out[b].End
	})
	return out, 0, nil
}

// boundary reports whether byte i of s is outside the string or not a
// letter or digit.
func boundary(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80)
}
