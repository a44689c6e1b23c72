package ner

// table maps 64-bit feature hashes to dense row numbers with open
// addressing: no Go map and no allocation on lookup.
type table struct {
	keys []uint64 // 0 marks an empty slot; a zero hash is stored as 1
	rows []int32
	n    int
}

func newTable(capacity int) *table {
	size := 16
	for size < capacity*2 {
		size *= 2
	}
	return &table{keys: make([]uint64, size), rows: make([]int32, size)}
}

// get returns the row of k, or -1.
func (t *table) get(k uint64) int32 {
	if k == 0 {
		k = 1
	}
	mask := uint64(len(t.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.rows[i]
		case 0:
			return -1
		}
	}
}

// add returns the row of k, giving it the next row number if it is new.
func (t *table) add(k uint64) int32 {
	if r := t.get(k); r >= 0 {
		return r
	}
	t.put(k, int32(t.n))
	return int32(t.n - 1)
}

// put stores k with row r.
func (t *table) put(k uint64, r int32) {
	if (t.n+1)*2 > len(t.keys) {
		t.grow()
	}
	if k == 0 {
		k = 1
	}
	mask := uint64(len(t.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			t.rows[i] = r
			return
		case 0:
			t.keys[i], t.rows[i] = k, r
			t.n++
			return
		}
	}
}

func (t *table) grow() {
	old := *t
	*t = table{keys: make([]uint64, 2*len(old.keys)), rows: make([]int32, 2*len(old.keys))}
	for i, k := range old.keys {
		if k != 0 {
			t.put(k, old.rows[i])
		}
	}
}
