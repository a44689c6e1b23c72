package ner

import "slices"

// lexFolds is the number of folds the training documents are split into
// for the lexicon: a document's lexicon features come from the entities of
// the other folds, so that they are as reliable in training as on new text.
const lexFolds = 5

// lexMaxLen is the longest lexicon entry, in tokens.
const lexMaxLen = 6

// buildLexicon returns a hash table from lowercased token sequences to the
// mask of entity types they were tagged with in the documents of docs for
// which use is true, and the length of the longest entry.
func buildLexicon(docs []Document, gold [][][]int, use func(d int) bool) (*table, int) {
	masks := map[uint64]int32{}
	longest := 0
	var sp []span
	for d, doc := range docs {
		if !use(d) {
			continue
		}
		for s, sent := range doc {
			sp = labelSpans(gold[d][s], sp)
			for _, e := range sp {
				if e.end-e.start > lexMaxLen {
					continue
				}
				masks[seqHash(sent.Words[e.start:e.end])] |= 1 << typeIndex(e.typ)
				longest = max(longest, e.end-e.start)
			}
		}
	}
	keys := make([]uint64, 0, len(masks))
	for k := range masks {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t := newTable(len(keys))
	for _, k := range keys {
		t.put(k, masks[k])
	}
	return t, longest
}

// markLexicon sets the lex bits of every token covered by a lexicon entry
// that starts and ends with a capitalised token: bit 4*type + position.
func markLexicon(lex *table, maxLen int, ti []tokInfo) {
	n := len(ti)
	for i := 0; i < n; i++ {
		if ti[i].cls < clsAllCaps {
			continue
		}
		h := ti[i].lower
		for l := 1; l <= maxLen && i+l <= n; l++ {
			if l > 1 {
				h = hashSeq(h, ti[i+l-1].lower)
			}
			if ti[i+l-1].cls < clsAllCaps || ti[i+l-1].cls == clsLower {
				continue
			}
			r := lex.get(h)
			if r < 0 {
				continue
			}
			for mask := uint32(r); mask != 0; mask &= mask - 1 {
				c := uint32(trailingZeros(mask))
				if l == 1 {
					ti[i].lex |= 1 << (4*c + posU)
					continue
				}
				ti[i].lex |= 1 << (4*c + posB)
				for k := i + 1; k < i+l-1; k++ {
					ti[k].lex |= 1 << (4*c + posI)
				}
				ti[i+l-1].lex |= 1 << (4*c + posL)
			}
		}
	}
}
