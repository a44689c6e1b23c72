package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one tokenised sentence of a CoNLL file with its IOB2 tags
// (nil when the file has no tag column).
type Sentence struct {
	Words []string
	Tags  []string
	Lines []string // the input lines, for writing them back
}

// Document is the sentences between two -DOCSTART- lines.
type Document []Sentence

// ReadCoNLL reads a CoNLL file: one token a line, the word in the first
// column, blank lines between sentences and -DOCSTART- lines between
// documents. When tagCol is non-negative, that column (counted from the end:
// 0 is the last) holds the gold tag in IOB1 or IOB2; tags are returned as IOB2.
func ReadCoNLL(r io.Reader, tagCol int) ([]Document, error) {
	var (
		docs []Document
		doc  Document
		s    Sentence
	)
	flushSent := func() {
		if len(s.Words) > 0 {
			if tagCol >= 0 {
				s.Tags = ToIOB2(s.Tags)
			}
			doc = append(doc, s)
		}
		s = Sentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(doc) > 0 {
			docs = append(docs, doc)
		}
		doc = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flushSent()
			continue
		}
		if strings.HasPrefix(text, "-DOCSTART-") {
			flushDoc()
			continue
		}
		f := strings.Fields(text)
		s.Words = append(s.Words, f[0])
		s.Lines = append(s.Lines, text)
		if tagCol >= 0 {
			if len(f) < tagCol+2 {
				return nil, fmt.Errorf("line %d: want at least %d columns, got %d", line, tagCol+2, len(f))
			}
			s.Tags = append(s.Tags, f[len(f)-1-tagCol])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flushDoc()
	return docs, nil
}

// ToIOB2 converts IOB1 (or IOB2, or BILOU) tags to IOB2 in place and returns
// them: every entity starts with B-.
func ToIOB2(tags []string) []string {
	prev := "O"
	for i, t := range tags {
		switch {
		case t == "O" || len(t) < 2:
			tags[i] = "O"
		case t[0] == 'I':
			if prev == "O" || prev[2:] != t[2:] {
				tags[i] = "B" + t[1:]
			}
		case t[0] == 'S' || t[0] == 'U':
			tags[i] = "B" + t[1:]
		case t[0] == 'E' || t[0] == 'L':
			if prev == "O" || prev[2:] != t[2:] {
				tags[i] = "B" + t[1:]
			} else {
				tags[i] = "I" + t[1:]
			}
		}
		prev = tags[i]
	}
	return tags
}

// span is an entity as a half-open token range.
type span struct {
	start, end int
	typ        string
}

// spans decodes the entities of a tag sequence (IOB1, IOB2 or BILOU),
// the way conlleval does: an entity starts at B-, S- or U-, or at an I-
// whose type differs from the previous tag's.
func spans(tags []string) []span {
	var out []span
	cur := -1
	for i, t := range tags {
		typ := ""
		if len(t) > 2 && t != "O" {
			typ = t[2:]
		}
		start := typ != "" && (t[0] == 'B' || t[0] == 'S' || t[0] == 'U' || cur < 0 || out[cur].typ != typ)
		if typ == "" || start {
			cur = -1
		}
		if start {
			out = append(out, span{i, i + 1, typ})
			cur = len(out) - 1
		} else if cur >= 0 {
			out[cur].end = i + 1
		}
		if typ != "" && (t[0] == 'E' || t[0] == 'L' || t[0] == 'S' || t[0] == 'U') {
			cur = -1
		}
	}
	return out
}
