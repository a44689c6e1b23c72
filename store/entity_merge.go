package store

import (
	"sort"
	"strings"

	"github.com/mentions/mentions/store/internal/textdist"
)

// Merge is a proposed merge of two entities whose names look like spelling
// variants of one name (Zelensky, Zelenskyy, Zelenskiy): the less mentioned
// one (Alias) into the more mentioned one (Canonical). Merges are proposed,
// never made: a user accepts one by adding alias,canonical,type to the alias
// file and applying it.
type Merge struct {
	Alias, Canonical          string
	Type                      string
	AliasMentions, CanonicalN int
	Similarity                float64 // 1 - edits / length of the longer differing word
}

// SuggestMerges proposes merges between entities of the same type whose
// names have the same number of words and differ in one word by at most two
// edits (and at most a third of that word's letters), best first.
func (d *DB) SuggestMerges() ([]Merge, error) {
	ents, err := d.Who(Filter{})
	if err != nil {
		return nil, err
	}
	type item struct {
		e     EntityCount
		words []string
	}
	blocks := map[string][]item{}
	for _, e := range ents {
		w := strings.Fields(strings.ToLower(e.Name))
		if len(w) == 0 {
			continue
		}
		// Block on type, word count and first letters: spelling
		// variants from speech recognition keep them.
		b := e.Type + "|" + string(rune('0'+min(len(w), 9))) + "|" + w[0][:1] + "|" + w[len(w)-1][:1]
		blocks[b] = append(blocks[b], item{e, w})
	}
	var out []Merge
	for _, items := range blocks {
		for i := range items {
			for j := i + 1; j < len(items); j++ {
				a, b := items[i], items[j]
				sim, ok := variant(a.words, b.words)
				if !ok {
					continue
				}
				if a.e.Mentions < b.e.Mentions || a.e.Mentions == b.e.Mentions && a.e.Name > b.e.Name {
					a, b = b, a
				}
				out = append(out, Merge{Alias: b.e.Name, Canonical: a.e.Name, Type: a.e.Type,
					AliasMentions: b.e.Mentions, CanonicalN: a.e.Mentions, Similarity: sim})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Similarity != out[j].Similarity {
			return out[i].Similarity > out[j].Similarity
		}
		if out[i].AliasMentions+out[i].CanonicalN != out[j].AliasMentions+out[j].CanonicalN {
			return out[i].AliasMentions+out[i].CanonicalN > out[j].AliasMentions+out[j].CanonicalN
		}
		return out[i].Alias < out[j].Alias
	})
	return out, nil
}

// variant reports whether two names of the same word count differ in
// exactly one word by a small spelling change, and how similar that word is.
func variant(a, b []string) (float64, bool) {
	if len(a) != len(b) {
		return 0, false
	}
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return 0, false
			}
			diff = i
		}
	}
	if diff < 0 {
		return 0, false
	}
	x, y := []rune(a[diff]), []rune(b[diff])
	n := max(len(x), len(y))
	if min(len(x), len(y)) < 4 {
		return 0, false
	}
	e := textdist.Edits(a[diff], b[diff])
	if e > 2 || e*3 > n {
		return 0, false
	}
	return 1 - float64(e)/float64(n), true
}
