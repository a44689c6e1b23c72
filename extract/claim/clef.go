package claim

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// example is one labelled sentence of a training or test set.
type example struct {
	text  string
	label bool
	doc   string // file or debate the sentence comes from
	// votes is how many fact-checkers checked the sentence (ClaimRank
	// only; 0 elsewhere).
	votes int
	// ents are the sentence's named entities when tagged is set (see
	// tagDocs).
	ents   []Span
	tagged bool
	// speaker is who says the sentence, as the file names them ("" when
	// unknown, as in ClaimBuster).
	speaker string
}

// readCLEF reads a CLEF CheckThat! check-worthiness file: tab-separated
// line number, speaker, text and 0/1 label, no header. Text fields may be
// CSV-quoted inside the TSV.
func readCLEF(path string) ([]example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []example
	doc := strings.TrimSuffix(filepath.Base(path), ".tsv")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 4", path, n, len(cols))
		}
		label, err := strconv.Atoi(strings.TrimSpace(cols[3]))
		if err != nil || label < 0 || label > 1 {
			return nil, fmt.Errorf("%s:%d: label %q, want 0 or 1", path, n, cols[3])
		}
		out = append(out, example{text: unquoteCSV(cols[2]), label: label == 1, doc: doc, speaker: cols[1]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// unquoteCSV strips CSV quoting from a field: "a ""b"" c" -> a "b" c.
func unquoteCSV(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return strings.ReplaceAll(s[1:len(s)-1], `""`, `"`)
	}
	return s
}

// readCLEFDir reads every .tsv file of dir, in name order, skipping the
// debates named in skip (file names without .tsv).
func readCLEFDir(dir string, skip map[string]bool) ([][]example, error) {
	return readDocs(dir, "*.tsv", func(name string) bool {
		return skip[strings.TrimSuffix(filepath.Base(name), ".tsv")]
	}, readCLEF)
}

// readDocs reads, in name order, every file of dir matching pattern that
// skip does not exclude (skip may be nil), one document a file.
func readDocs(dir, pattern string, skip func(name string) bool, read func(path string) ([]example, error)) ([][]example, error) {
	names, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no %s files", dir, pattern)
	}
	sort.Strings(names)
	var docs [][]example
	for _, name := range names {
		if skip != nil && skip(name) {
			continue
		}
		ex, err := read(name)
		if err != nil {
			return nil, err
		}
		docs = append(docs, ex)
	}
	return docs, nil
}

// Ranking is the check-worthiness ranking quality over a set of debates,
// computed per debate and averaged as the CLEF CheckThat! scorer does.
type Ranking struct {
	MAP    float64
	RPrec  float64 // mean R-precision
	P      map[int]float64
	PerDoc []DocRanking
}

// DocRanking is the ranking quality on one debate.
type DocRanking struct {
	Doc       string
	Sentences int
	Positives int
	AP        float64
}

// rankDocs scores every sentence of each debate (with its context and
// speakers, by ScoreTurns) and ranks by score, ties broken by line order (stable), then
// averages AP, R-precision and P@k.
func rankDocs(s *Scorer, docs [][]example, ks ...int) (Ranking, error) {
	return rankScored(docs, func(doc []example) ([]float64, error) { return scoreExamples(s, doc) }, ks...)
}

// scoreExamples scores the sentences of one document with everything s
// reads: context, entities (tagged unless they were) and speakers.
func scoreExamples(s *Scorer, doc []example) ([]float64, error) {
	texts := make([]string, len(doc))
	speakers := make([]string, len(doc))
	for i, ex := range doc {
		texts[i], speakers[i] = ex.text, ex.speaker
	}
	var ents [][]Span
	if s.ents != 0 {
		var err error
		if ents, err = docEntities(doc); err != nil {
			return nil, err
		}
	}
	return s.ScoreTurns(texts, speakers, ents), nil
}

// rankScored is rankDocs for any scoring of a whole debate.
func rankScored(docs [][]example, score func(doc []example) ([]float64, error), ks ...int) (Ranking, error) {
	r := Ranking{P: make(map[int]float64)}
	for _, doc := range docs {
		scores, err := score(doc)
		if err != nil {
			return r, err
		}
		labels := make([]bool, len(doc))
		for i, ex := range doc {
			labels[i] = ex.label
		}
		order := rankOrder(scores)
		ap, rp, pk := rankMetrics(order, labels, ks)
		r.MAP += ap
		r.RPrec += rp
		for i, k := range ks {
			r.P[k] += pk[i]
		}
		pos := 0
		for _, l := range labels {
			if l {
				pos++
			}
		}
		name := ""
		if len(doc) > 0 {
			name = doc[0].doc
		}
		r.PerDoc = append(r.PerDoc, DocRanking{Doc: name, Sentences: len(doc), Positives: pos, AP: ap})
	}
	if n := float64(len(docs)); n > 0 {
		r.MAP /= n
		r.RPrec /= n
		for k := range r.P {
			r.P[k] /= n
		}
	}
	return r, nil
}

// rankOrder returns sentence indices by descending score, stable.
func rankOrder(scores []float64) []int {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	return order
}

// rankMetrics computes average precision, R-precision and precision at each
// k of a ranking. AP divides by the number of positives; a debate without
// positives scores 0.
func rankMetrics(order []int, labels []bool, ks []int) (ap, rprec float64, pk []float64) {
	total := 0
	for _, l := range labels {
		if l {
			total++
		}
	}
	pk = make([]float64, len(ks))
	hits := 0
	for rank, i := range order {
		if labels[i] {
			hits++
			ap += float64(hits) / float64(rank+1)
		}
		if rank+1 == total {
			rprec = float64(hits) / float64(total)
		}
		for j, k := range ks {
			if rank+1 == k {
				pk[j] = float64(hits) / float64(k)
			}
		}
	}
	for j, k := range ks {
		if k > len(order) {
			pk[j] = float64(hits) / float64(k)
		}
	}
	if total > 0 {
		ap /= float64(total)
	}
	return ap, rprec, pk
}
