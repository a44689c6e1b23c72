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
// With -phrases it also writes extract/truecase_phrases.txt: the runs of
// two or three words inside a sentence written in one form at least nine
// times in ten, every word capitalised or "the" before an acronym, that
// the word table would case otherwise ("United States", "Supreme Court",
// "the US": "united", "court" and "us" alone are mostly lower case).
//
//	go run ./extract/internal/mkcommon -out extract/common.txt -truecase extract/truecase.txt \
//	    -phrases extract/truecase_phrases.txt ../shared/corpus ../shared/data/ner/conll2003/eng.train
//
// -leaveout DIR (repeatable) skips every transcript that a gold file
// *.mentions.jsonl under DIR annotates (same name, extension aside), so
// the truecasing of the gold sets can be measured with tables that never
// saw them (extract/README.md, "Lower-case transcripts").
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
	phrases := flag.String("phrases", "", "also write the phrase truecasing table to this file (needs -truecase)")
	minPhrase := flag.Int("minphrase", 2, "least occurrences inside sentences of a phrase in the phrase table")
	var leaveOut stems
	flag.Var(&leaveOut, "leaveout", "skip the transcripts the *.mentions.jsonl files under this folder annotate (repeatable)")
	flag.Parse()
	if flag.NArg() == 0 {
		log.Fatal("usage: mkcommon [-out FILE] PATH... (transcript folders, CoNLL files named *.train/*.testa/...)")
	}
	c := counts{lower: map[string]int{}, capital: map[string]int{}, forms: map[string]map[string]int{}, phrases: map[string]map[string]int{}, skip: leaveOut.names}
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
	writeList(*out, words,
		fmt.Sprintf("# Words written lower-case at least %d times inside sentences, and at least\n", *minLower)+
			fmt.Sprintf("# %d times as often lower-case as capitalised there, in %s.\n", *ratio, strings.Join(flag.Args(), " "))+
			"# Written by extract/internal/mkcommon (see its doc comment); do not edit.\n")
	log.Printf("%d words from %d sentences written to %s", len(words), c.sentences, *out)
	if *truecase != "" {
		table := writeTruecase(*truecase, &c, *minCased)
		if *phrases != "" {
			writePhrases(*phrases, &c, table, *minPhrase)
		}
	}
}

// writeList writes header and then lines, sorted, one a line, to path.
func writeList(path string, lines []string, header string) {
	sort.Strings(lines)
	var b strings.Builder
	b.WriteString(header)
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

// writePhrases writes the phrases whose most frequent form makes nine in
// ten of their occurrences and differs from what the word table makes of
// them, one "lower phrase<TAB>Form" a line.
func writePhrases(path string, c *counts, table map[string]string, minN int) {
	var lines []string
	for lp, forms := range c.phrases {
		best, bestN, total := bestForm(forms)
		if total < minN || best == lp || bestN*10 < total*9 || !nameRun(best) {
			continue
		}
		words := strings.Split(lp, " ")
		for i, w := range words {
			if f, ok := table[w]; ok {
				words[i] = f
			}
		}
		if strings.Join(words, " ") != best {
			lines = append(lines, lp+"\t"+best)
		}
	}
	writeList(path, lines,
		fmt.Sprintf("# Runs of two or three ASCII words written inside sentences at least %d times, nine\n", minN)+
			fmt.Sprintf("# times in ten in one form that the word table (truecase.txt) does not give, in\n# %s: lower case, a tab, the form.\n", strings.Join(flag.Args(), " "))+
			"# Written by extract/internal/mkcommon -phrases (see its doc comment); do not edit.\n")
	log.Printf("%d cased phrases written to %s", len(lines), path)
}

// nameRun reports whether a phrase's form reads as a name, every word
// capitalised ("Supreme Court", "Taylor Swift"), or as "the" before an
// acronym ("the US", where "us" alone is the pronoun). A run that only
// starts or ends a name ("in New", "leader of North") is left out: its
// case depends on the words around it.
func nameRun(form string) bool {
	words := strings.Split(form, " ")
	if len(words) == 2 && words[0] == "the" && strings.ToUpper(words[1]) == words[1] {
		return true
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// bestForm returns the most frequent form (the first in byte order among
// equals), its count and the total count.
func bestForm(forms map[string]int) (best string, bestN, total int) {
	for f, n := range forms {
		total += n
		if n > bestN || n == bestN && f < best {
			best, bestN = f, n
		}
	}
	return best, bestN, total
}

// writeTruecase writes the words whose most frequent form inside
// sentences is cased and makes nine in ten of their occurrences, one
// "lower<TAB>Form" a line, and returns them as a map.
func writeTruecase(path string, c *counts, minCased int) map[string]string {
	var lines []string
	table := map[string]string{}
	for lw, forms := range c.forms {
		best, bestN, total := bestForm(forms)
		if total >= minCased && best != lw && bestN*10 >= total*9 {
			lines = append(lines, lw+"\t"+best)
			table[lw] = best
		}
	}
	writeList(path, lines,
		fmt.Sprintf("# ASCII words written inside sentences at least %d times, nine times in ten in\n", minCased)+
			fmt.Sprintf("# one cased form, in %s: lower case, a tab, the form.\n", strings.Join(flag.Args(), " "))+
			"# Written by extract/internal/mkcommon -truecase (see its doc comment); do not edit.\n")
	log.Printf("%d cased words written to %s", len(lines), path)
	return table
}

// counts holds, per lower-cased word, how often it appeared inside a
// sentence (never first) in lower case and capitalised.
type counts struct {
	lower, capital map[string]int
	forms          map[string]map[string]int // lower-cased ASCII word -> form as written -> count
	phrases        map[string]map[string]int // lower-cased run of 2 or 3 ASCII words -> form -> count
	sentences      int
	skip           map[string]bool // file names, extension aside, not to count
}

// stems is the -leaveout flag: the names, extension aside, of the
// transcripts that gold files annotate.
type stems struct {
	dirs  []string
	names map[string]bool
}

func (s *stems) String() string { return strings.Join(s.dirs, ",") }

func (s *stems) Set(dir string) error {
	s.dirs = append(s.dirs, dir)
	if s.names == nil {
		s.names = map[string]bool{}
	}
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name, ok := strings.CutSuffix(d.Name(), ".mentions.jsonl"); ok && !d.IsDir() {
			s.names[stem(name)] = true
		}
		return nil
	})
}

// stem is a file name without its extension, if it has a usual one.
func stem(name string) string {
	switch ext := filepath.Ext(name); ext {
	case ".md", ".txt", ".vtt", ".srt", ".json":
		return strings.TrimSuffix(name, ext)
	}
	return name
}

func (c *counts) addPath(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || c.skip[stem(d.Name())] {
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
	c.addPhrases(words)
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

// addPhrases counts the forms of the runs of two and three words after
// the first word of a sentence: ASCII letters and inner hyphens, no
// punctuation between the words, a possessive or punctuation cut off the
// end of the last and punctuation off the start of the first.
func (c *counts) addPhrases(words []string) {
	for i := 1; i < len(words); i++ {
		for n := 2; n <= 3 && i+n <= len(words); n++ {
			run := make([]string, n)
			ok := true
			for k := range n {
				w := words[i+k]
				if k == 0 {
					w = strings.TrimLeft(w, "\"(“‘[")
				}
				if k == n-1 {
					if j := strings.IndexAny(w, "'’"); j >= 0 {
						w = w[:j]
					}
					w = strings.TrimRight(w, ".,;:!?\")]”’")
				}
				if !asciiLetters(w) {
					ok = false
					break
				}
				run[k] = w
			}
			if !ok {
				break // a longer run holds the same break
			}
			form := strings.Join(run, " ")
			lp := strings.ToLower(form)
			m := c.phrases[lp]
			if m == nil {
				m = map[string]int{}
				c.phrases[lp] = m
			}
			m[form]++
		}
	}
}

// asciiLetters reports whether w is two or more ASCII letters, hyphens
// only between letters.
func asciiLetters(w string) bool {
	if len(w) < 2 || w[0] == '-' || w[len(w)-1] == '-' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if b := w[i]; !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '-') {
			return false
		}
	}
	return true
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
