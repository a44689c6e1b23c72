package ner

// WordCluster returns the clusters of word at each level of the model's
// cluster hierarchy (see BuildClusters), coarsest first: ids[l] is the
// first levels 0..l of its path, so it ranges over 2^(bits of levels 0..l)
// values (16, 64, 512 and 2048 with the embedded model). Levels the model
// lacks stay 0. ok is false for a word without a cluster (rare words,
// numbers, punctuation) and for a model without clusters. The lookup is a
// hash of the lower-cased word, with digits read as 0; it allocates nothing
// and is safe for concurrent use.
func (m *Model) WordCluster(word string) (ids [maxClusterLevels]uint16, ok bool) {
	if m.clus == nil || len(m.clusBit) == 0 {
		return ids, false
	}
	r := m.clus.get(hashLower(word))
	if r < 0 {
		return ids, false
	}
	path := r&(1<<27-1) - 1
	if path < 0 {
		return ids, false
	}
	rest := 0
	for _, b := range m.clusBit {
		rest += int(b)
	}
	for l, b := range m.clusBit {
		rest -= int(b)
		ids[l] = uint16(path >> rest)
	}
	return ids, true
}
