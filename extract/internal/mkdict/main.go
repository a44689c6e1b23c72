// Command mkdict writes extract/dictwords.txt.gz: the words an English
// dictionary lists only in lower case (no capitalised entry of the same
// word: "chess", "checkmate", but not "knight", which is also Knight, a
// surname). Unpunctuated automatic captions capitalise such words at
// random ("Chess", "Checkmate"), and the entity model takes them for
// names there.
//
// The dictionary is Debian's wamerican (SCOWL, Copyright 2000-2011 by
// Kevin Atkinson; permission to use, copy, modify, distribute and sell
// the word lists and the output created from them is granted without fee,
// provided that the copyright notice and this permission notice appear in
// supporting documentation: extract/dictwords.LICENSE):
//
// With -givenwords it also writes the given names of
// extract/internal/givennames that the dictionary lists in lower case too
// ("rose", "bill", "mark", "frank"): a lower-case transcript's "prices
// rose" is no name, so the truecaser capitalises these only before a
// surname.
//
//	apt-get download wamerican && dpkg-deb -x wamerican_*.deb /tmp/wamerican
//	go run ./extract/internal/mkdict -out extract/dictwords.txt.gz \
//	    -givenwords extract/givenwords.txt \
//	    /tmp/wamerican/usr/share/dict/american-english
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/mentions/mentions/extract/internal/givennames"
)

func main() {
	out := flag.String("out", "extract/dictwords.txt.gz", "file to write")
	givenWords := flag.String("givenwords", "", "also write the given names the dictionary has in lower case to this file")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: mkdict [-out FILE] american-english")
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	lower, capital := map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w == "" || strings.ContainsRune(w, '\'') || !letters(w) {
			continue
		}
		if lw := strings.ToLower(w); lw == w {
			lower[w] = true
		} else {
			capital[lw] = true
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatalf("%s: %v", flag.Arg(0), err)
	}
	var words []string
	for w := range lower {
		if !capital[w] {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	o, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	for _, word := range words {
		w.WriteString(word)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := o.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d words to %s", len(words), *out)
	if *givenWords != "" {
		writeGivenWords(*givenWords, lower)
	}
}

// writeGivenWords writes the listed given names that are lower-case words
// of the dictionary, one a line, sorted.
func writeGivenWords(path string, lower map[string]bool) {
	var names []string
	for _, n := range givennames.Names() {
		if lower[n] {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# Given names (extract/internal/givennames) that the dictionary (Debian's wamerican)\n")
	b.WriteString("# also lists in lower case. Written by extract/internal/mkdict -givenwords; do not edit.\n")
	for _, n := range names {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d given names to %s", len(names), path)
}

// letters reports whether w is ASCII letters only.
func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
