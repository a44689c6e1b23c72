package claim

import (
	"github.com/mentions/mentions/extract/ner"
	"github.com/mentions/mentions/pipeline"
)

// Span is a named entity in a sentence: byte offsets into the sentence
// text and the pipeline's type (pipeline.Person, pipeline.Place or
// pipeline.Org). The scorer takes entities from its caller, so that a
// pipeline that has already tagged a document does not tag it twice.
type Span struct {
	Start, End int
	Type       string
}

// entMode says which entity features a model reads: a set of ent* bits.
// A model without them reads none and ignores the spans it is given.
type entMode uint8

const (
	entCount   entMode = 1 << iota // per type: none, one, two or more
	entNeigh                       // type × the word before it, type × the word after it
	entMask                        // trigrams with entity tokens masked by their type
	entNum                         // a number within three tokens of an entity of a type
	entReplace                     // entity tokens read as their type in the word n-grams
)

const nsEnt = 'e' // entity features

// nerTypes maps the named-entity model's CoNLL types to the pipeline's.
// MISC is dropped, as the pipeline drops it.
var nerTypes = map[string]string{"PER": pipeline.Person, "LOC": pipeline.Place, "ORG": pipeline.Org}

// Tag tags the sentences of one document with the embedded named-entity
// model (package ner) and returns each sentence's entities in the
// pipeline's types; MISC is dropped. Training, evaluation and the
// score-claims command call it; Finder takes the mentions the pipeline found
// instead of tagging again.
func Tag(sentences []string) ([][]Span, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, err
	}
	ents, _ := m.Document(sentences)
	out := make([][]Span, len(ents))
	for i, es := range ents {
		for _, e := range es {
			if t, ok := nerTypes[e.Type]; ok {
				out[i] = append(out[i], Span{Start: e.Start, End: e.End, Type: t})
			}
		}
	}
	return out, nil
}

// typeCode is the small code of an entity type used in feature hashes; 0
// for a token outside every entity.
func typeCode(t string) uint8 {
	switch t {
	case pipeline.Person:
		return 1
	case pipeline.Place:
		return 2
	case pipeline.Org:
		return 3
	}
	return 0
}

var typeHashes = [4]uint64{
	0,
	hashText(fnvOffset, "<PERSON>", false),
	hashText(fnvOffset, "<PLACE>", false),
	hashText(fnvOffset, "<ORG>", false),
}

// entityFeatures appends the entity features (under mode) of sentence s,
// tokens toks, entities ents, to out.
func entityFeatures(s string, toks []token, ents []Span, mode entMode, out []uint64) []uint64 {
	if mode == 0 {
		return out
	}
	he := hashNS(nsEnt)
	var counts [4]int
	// The masked sequence: a token outside entities keeps its word hash;
	// a run of tokens of one entity becomes one token of its type.
	type item struct {
		h    uint64
		code uint8
		num  bool
	}
	var seqBuf [64]item
	seq := seqBuf[:0]
	e := 0
	for _, t := range toks {
		for e < len(ents) && ents[e].End <= t.start {
			e++
		}
		if e < len(ents) && ents[e].Start < t.end {
			c := typeCode(ents[e].Type)
			if c == 0 {
				continue
			}
			if n := len(seq); n > 0 && seq[n-1].code == c && seq[n-1].h == uint64(e) {
				continue // same entity
			}
			seq = append(seq, item{h: uint64(e), code: c})
			counts[c]++
			continue
		}
		text := s[t.start:t.end]
		var h uint64
		if t.kind == tokNumber {
			h = hashText(fnvOffset, text, true)
		} else {
			h = wordHash(text)
		}
		seq = append(seq, item{h: h, num: t.kind == tokNumber})
	}
	word := func(i int) uint64 {
		switch {
		case i < 0:
			return hashText(fnvOffset, "<s>", false)
		case i >= len(seq):
			return hashText(fnvOffset, "</s>", false)
		case seq[i].code != 0:
			return typeHashes[seq[i].code]
		}
		return seq[i].h
	}
	if mode&entCount != 0 {
		for c := 1; c < 4; c++ {
			out = append(out, mix(mix(he, 'c'), uint64(c<<4|bucket(counts[c], 0, 1))))
		}
	}
	for i, it := range seq {
		if it.code == 0 {
			continue
		}
		th := typeHashes[it.code]
		if mode&entNeigh != 0 {
			out = append(out, mix(mix(he, 'l'), mix(word(i-1), th)), mix(mix(he, 'r'), mix(th, word(i+1))))
		}
		if mode&entMask != 0 {
			out = append(out,
				mix(mix(he, '3'), mix(mix(word(i-2), word(i-1)), th)),
				mix(mix(he, '3'), mix(mix(word(i-1), th), word(i+1))),
				mix(mix(he, '3'), mix(mix(th, word(i+1)), word(i+2))))
		}
		if mode&entNum != 0 {
			for j := max(0, i-3); j < min(len(seq), i+4); j++ {
				if seq[j].num {
					out = append(out, mix(mix(he, 'n'), uint64(it.code)))
					break
				}
			}
		}
	}
	return out
}
