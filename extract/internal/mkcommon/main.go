// Command mkcommon writes extract/common.txt: the words that, inside a
// sentence, are written lower-case far more often than capitalised. Such a
// word opening a sentence ("Born prematurely...", "Nice one.", "Start a
// free trial") is capitalised only because it comes first, and a model
// trained on news takes it for a name. Derived from unlabelled text only:
// transcripts (any format the pipeline reads) and CoNLL-style token files.
//
// With -truecase it also writes extract/truecase.txt: the ASCII words
// that, inside a sentence, are written in one cased form ("Trump",
// "NATO") at least nine times in ten, with that form. It restores the
// case of transcripts written all in lower case.
//
//	go run ./extract/internal/mkcommon -out extract/common.txt -truecase extract/truecase.txt \
//	    ../shared/corpus ../shared/data/ner/conll2003/eng.train
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

func main() {
	out := flag.String("out", "extract/common.txt", "file to write")
	minLower := flag.Int("min", 20, "least lower-case occurrences inside sentences")
	ratio := flag.Int("ratio", 9, "least ratio of lower-case to capitalised occurrences inside sentences")
	truecase := flag.String("truecase", "", "also write the truecasing table to this file")
	minCased := flag.Int("mincased", 3, "least occurrences inside sentences of a word in the truecasing table")
	flag.Parse()
	if flag.NArg() == 0 {
		log.Fatal("usage: mkcommon [-out FILE] PATH... (transcript folders, CoNLL files named *.train/*.testa/...)")
	}
	c := counts{lower: map[string]int{}, capital: map[string]int{}, forms: map[string]map[string]int{}}
	for _, root := range flag.Args() {
		if err := c.addPath(root); err != nil {
			log.Fatal(err)
		}
	}
	var words []string
	for w, n := range c.lower {
		if n >= *minLower && n >= *ratio*c.capital[w] {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var b strings.Builder
	fmt.Fprintf(&b, "# Words written lower-case at least %d times inside sentences, and at least\n", *minLower)
	fmt.Fprintf(&b, "# %d times as often lower-case as capitalised there, in %s.\n", *ratio, strings.Join(flag.Args(), " "))
	b.WriteString("# Written by extract/internal/mkcommon (see its doc comment); do not edit.\n")
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d words from %d sentences written to %s", len(words), c.sentences, *out)
	if *truecase != "" {
		writeTruecase(*truecase, &c, *minCased)
	}
}

// writeTruecase writes the words whose most frequent form inside
// sentences is cased and makes nine in ten of their occurrences, one
// "lower<TAB>Form" a line.
func writeTruecase(path string, c *counts, minCased int) {
	var lines []string
	for lw, forms := range c.forms {
		total, best, bestN := 0, "", 0
		for f, n := range forms {
			total += n
			if n > bestN || n == bestN && f < best {
				best, bestN = f, n
			}
		}
		if total >= minCased && best != lw && bestN*10 >= total*9 {
			lines = append(lines, lw+"\t"+best)
		}
	}
	sort.Strings(lines)
	var b strings.Builder
	fmt.Fprintf(&b, "# ASCII words written inside sentences at least %d times, nine times in ten in\n", minCased)
	fmt.Fprintf(&b, "# one cased form, in %s: lower case, a tab, the form.\n", strings.Join(flag.Args(), " "))
	b.WriteString("# Written by extract/internal/mkcommon -truecase (see its doc comment); do not edit.\n")
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d cased words written to %s", len(lines), path)
}

// counts holds, per lower-cased word, how often it appeared inside a
// sentence (never first) in lower case and capitalised.
type counts struct {
	lower, capital map[string]int
	forms          map[string]map[string]int // lower-cased ASCII word -> form as written -> count
	sentences      int
}

func (c *counts) addPath(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		switch filepath.Ext(path) {
		case ".train", ".testa", ".testb":
			return c.addCoNLL(path)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		t, err := format.Auto{}.Parse(path, data)
		if err != nil {
			return nil // not a transcript (a README, an empty file): nothing to count
		}
		_, err = pipeline.Analyze(t, sentenceSink{c}, nil)
		return err
	})
}

// sentenceSink is an Extractor that finds nothing and counts the words of
// the sentences the pipeline hands it, so the counts see sentences rejoined
// across line breaks exactly as the extractors do.
type sentenceSink struct{ c *counts }

func (s sentenceSink) Extract(sentences []string) ([]pipeline.Span, int, error) {
	for _, sent := range sentences {
		s.c.addWords(strings.Fields(sent))
	}
	return nil, 0, nil
}

// addCoNLL counts the first column of a CoNLL file, a blank line or
// -DOCSTART- ending each sentence.
func (c *counts) addCoNLL(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || fields[0] == "-DOCSTART-" {
			c.addWords(words)
			words = words[:0]
			continue
		}
		words = append(words, fields[0])
	}
	c.addWords(words)
	return sc.Err()
}

// addWords counts the words of one sentence after the first. Words with
// digits, dots, slashes or "@" (web addresses, "bluenile.com") and words
// in capitals ("BBC", "US") are not counted: their case says nothing.
func (c *counts) addWords(words []string) {
	if len(words) == 0 {
		return
	}
	c.sentences++
	for _, w := range words[1:] {
		c.addForm(w)
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" || strings.ContainsAny(w, "./@0123456789") {
			continue
		}
		first := []rune(w)[0]
		lw := strings.ToLower(w)
		switch {
		case unicode.IsLower(first):
			c.lower[lw]++
		case strings.ToUpper(w) == w:
			// all capitals
		default:
			c.capital[lw]++
		}
	}
}

// addForm counts the form of one word inside a sentence for the
// truecasing table: ASCII letters (and hyphens between them) only, a
// possessive or clitic cut off ("Trump's" counts as "Trump").
func (c *counts) addForm(w string) {
	if i := strings.IndexAny(w, "'’"); i >= 0 {
		w = w[:i]
	}
	w = strings.Trim(w, ".,;:!?\"()[]“”‘-")
	if len(w) < 2 {
		return
	}
	for i := 0; i < len(w); i++ {
		if b := w[i]; !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '-') {
			return
		}
	}
	lw := strings.ToLower(w)
	m := c.forms[lw]
	if m == nil {
		m = map[string]int{}
		c.forms[lw] = m
	}
	m[w]++
}
