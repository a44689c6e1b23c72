package claim

import "github.com/mentions/mentions/extract/ner"

// Word-cluster features. The entity package ships word clusters induced
// from news transcripts (ner.BuildClusters): a hierarchy of 16, 64, 512 and
// 2048 clusters. Words of one cluster are used alike ("jobs", "taxes",
// "wages"), so n-grams of cluster ids generalise across debates where word
// n-grams are too sparse.

// clusMode says which cluster features a model reads: clusUni<<l for
// cluster unigrams at level l (0 is the coarsest), clusBi<<l for bigrams.
type clusMode uint8

const (
	clusUni clusMode = 1
	clusBi  clusMode = 1 << 4
)

const nsCluster = 'k' // cluster features

// clusNS[b][l] is the namespace of cluster unigrams (b = 0) or bigrams
// (b = 1) at level l.
var clusNS = func() (ns [2][4]uint64) {
	for b := range ns {
		for l := range ns[b] {
			ns[b][l] = mix(hashNS(nsCluster), uint64(b<<8|l))
		}
	}
	return ns
}()

// Keys of tokens without a cluster, and of the sentence's ends.
var (
	clusUnknown = hashText(fnvOffset, "<unk>", false)
	clusNumber  = hashText(fnvOffset, "<num>", false)
	clusStart   = hashText(fnvOffset, "<s>", false)
	clusEnd     = hashText(fnvOffset, "</s>", false)
)

// wordClusters reads the cluster features of mode with the clusters of m.
// Its zero value reads none.
type wordClusters struct {
	mode clusMode
	m    *ner.Model
}

// features appends the cluster features of sentence s, tokens toks, to out.
// A word without a cluster is <unk>, a number <num>, and punctuation
// itself; only words give unigrams (the word unigrams cover the rest).
func (c wordClusters) features(s string, toks []token, out []uint64) []uint64 {
	if c.mode == 0 || c.m == nil {
		return out
	}
	var prev [4]uint64
	for l := range prev {
		prev[l] = clusStart
	}
	for _, t := range toks {
		var keys [4]uint64
		word := false
		switch t.kind {
		case tokWord:
			if ids, ok := c.m.WordCluster(s[t.start:t.end]); ok {
				for l, id := range ids {
					keys[l] = uint64(id) + 1
				}
				word = true
			} else {
				keys = [4]uint64{clusUnknown, clusUnknown, clusUnknown, clusUnknown}
			}
		case tokNumber:
			keys = [4]uint64{clusNumber, clusNumber, clusNumber, clusNumber}
		default:
			h := hashText(fnvOffset, s[t.start:t.end], false)
			keys = [4]uint64{h, h, h, h}
		}
		for l, k := range keys {
			if word && c.mode&(clusUni<<l) != 0 {
				out = append(out, mix(clusNS[0][l], k))
			}
			if c.mode&(clusBi<<l) != 0 {
				out = append(out, mix(clusNS[1][l], mix(prev[l], k)))
			}
			prev[l] = k
		}
	}
	for l := range prev {
		if c.mode&(clusBi<<l) != 0 {
			out = append(out, mix(clusNS[1][l], mix(prev[l], clusEnd)))
		}
	}
	return out
}
