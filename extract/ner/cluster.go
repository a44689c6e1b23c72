package ner

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// maxClusterLevels is the most cluster granularities a model uses.
const maxClusterLevels = 4

// Clusters maps lowercased words to paths in a cluster hierarchy induced
// from unlabelled text by BuildClusters. A path is the concatenation of the
// child chosen at each level, bits[l] bits for level l, so each prefix of a
// path is a coarser cluster (as with the bit strings of Brown clusters).
//
// Clusters also hold how often each word is capitalised away from the
// start of a sentence, in a few buckets (see caseBucket).
type Clusters struct {
	bits  []int
	words map[string]int // word -> cluster path
	caps  map[string]int // word -> capitalisation bucket, 1 to 5
}

// caseMinCount is the least number of times a word must be seen away from
// the start of a sentence to get a capitalisation bucket.
const caseMinCount = 3

// caseBucket returns the capitalisation bucket of a word seen n times away
// from the start of a sentence, upper of them capitalised: 1 almost never,
// 2 seldom, 3 about half the time, 4 mostly, 5 almost always.
func caseBucket(upper, n int) int {
	r := float64(upper) / float64(n)
	switch {
	case r < 0.02:
		return 1
	case r < 0.3:
		return 2
	case r < 0.7:
		return 3
	case r < 0.98:
		return 4
	}
	return 5
}

// ClusterConfig says how BuildClusters induces clusters.
type ClusterConfig struct {
	MinCount int       // words seen fewer times get no cluster; 0 means 5
	Contexts int       // the most frequent words used as context; 0 means 1000
	Bits     []int     // log2 of the branching at each level, at most 4 levels; nil means 4, 2, 3, 2 (16, 64, 512, 2048 clusters)
	Iters    int       // k-means iterations; 0 means 12
	Seed     uint64    // seeds the choice of initial centroids
	Progress io.Writer // optional progress log
}

// BuildClusters induces word clusters from the transcripts under dir (files
// with timestamped lines such as "00:01.000 - 00:05.000:  text"). Each word
// is a vector of counts of its left and right neighbours among the most
// frequent words, scaled by positive pointwise mutual information and
// normalised; spherical k-means then splits the vectors top-down: into
// 2^Bits[0] clusters, each of those into 2^Bits[1], and so on.
func BuildClusters(dir string, cfg ClusterConfig) (*Clusters, error) {
	if cfg.MinCount == 0 {
		cfg.MinCount = 5
	}
	if cfg.Contexts == 0 {
		cfg.Contexts = 1000
	}
	if cfg.Bits == nil {
		cfg.Bits = []int{4, 2, 3, 2}
	}
	if len(cfg.Bits) > maxClusterLevels || slices.ContainsFunc(cfg.Bits, func(b int) bool { return b < 1 || b > 8 }) || sum(cfg.Bits) > maxPathBits {
		return nil, fmt.Errorf("cluster bits %v: want at most %d levels of 1 to 8 bits", cfg.Bits, maxClusterLevels)
	}
	if cfg.Iters == 0 {
		cfg.Iters = 12
	}
	logf := func(format string, args ...any) {
		if cfg.Progress != nil {
			fmt.Fprintf(cfg.Progress, format, args...)
		}
	}
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".md")) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	// Read the corpus as word ids, -1 between lines' sentences.
	ids := map[string]int32{}
	var vocab []string
	var counts, upper, lower []int
	var corpus []int32
	var toks []Token
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		corpus = append(corpus, -1)
		for _, line := range strings.Split(string(data), "\n") {
			text, ok := transcriptText(line)
			if !ok {
				continue
			}
			toks = Tokenize(text, toks)
			for k, t := range toks {
				w := strings.Map(unicode.ToLower, text[t.Start:t.End])
				id, ok := ids[w]
				if !ok {
					id = int32(len(vocab))
					ids[w] = id
					vocab = append(vocab, w)
					counts = append(counts, 0)
					upper = append(upper, 0)
					lower = append(lower, 0)
				}
				counts[id]++
				// Capitalisation away from the start of a sentence.
				if k > 0 && !strings.Contains(".?!:\"", text[toks[k-1].Start:toks[k-1].End]) {
					r, _ := runeAt(text, t.Start)
					switch {
					case unicode.IsUpper(r):
						upper[id]++
					case unicode.IsLower(r):
						lower[id]++
					}
				}
				corpus = append(corpus, id)
			}
		}
	}
	corpus = append(corpus, -1)
	logf("clusters: %d files, %d tokens, %d types\n", len(paths), len(corpus), len(vocab))
	// Rank words by frequency, ties by spelling: deterministic.
	order := make([]int32, len(vocab))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(vocab[a], vocab[b])
	})
	ctx := make([]int32, len(vocab)) // context index, or -1
	for i := range ctx {
		ctx[i] = -1
	}
	for r, id := range order[:min(cfg.Contexts, len(order))] {
		ctx[id] = int32(r)
	}
	row := make([]int32, len(vocab)) // row of a clustered word, or -1
	var words []int32
	for _, id := range order {
		row[id] = -1
		if counts[id] >= cfg.MinCount && isWordStart(vocab[id]) {
			row[id] = int32(len(words))
			words = append(words, id)
		}
	}
	// Sparse co-occurrence counts: dimension c for left context c,
	// Contexts+c for right context c.
	dim := 2 * cfg.Contexts
	cooc := make([]map[int32]float64, len(words))
	for i := range cooc {
		cooc[i] = map[int32]float64{}
	}
	ctxTotal := make([]float64, dim)
	total := 0.0
	for i, id := range corpus {
		if id < 0 || row[id] < 0 {
			continue
		}
		r := row[id]
		if i > 0 && corpus[i-1] >= 0 && ctx[corpus[i-1]] >= 0 {
			c := ctx[corpus[i-1]]
			cooc[r][c]++
			ctxTotal[c]++
			total++
		}
		if i+1 < len(corpus) && corpus[i+1] >= 0 && ctx[corpus[i+1]] >= 0 {
			c := int32(cfg.Contexts) + ctx[corpus[i+1]]
			cooc[r][c]++
			ctxTotal[c]++
			total++
		}
	}
	vecs := make([]sparseVec, len(words))
	for r, m := range cooc {
		var wsum float64
		for _, v := range m {
			wsum += v
		}
		var v sparseVec
		keys := make([]int32, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			pmi := math.Log(m[k] * total / (wsum * ctxTotal[k]))
			if pmi > 0 {
				v.idx = append(v.idx, k)
				v.val = append(v.val, float32(pmi))
			}
		}
		v.normalise()
		vecs[r] = v
	}
	logf("clusters: %d words to cluster\n", len(words))
	c := &Clusters{bits: slices.Clone(cfg.Bits), words: make(map[string]int, len(words))}
	path := make([]int, len(words))
	members := make([]int, len(words))
	for i := range members {
		members[i] = i
	}
	// Split every node of the current level in turn; nodes are numbered by
	// their paths, so the order (and the result) is deterministic.
	nodes := [][]int{members}
	for level, b := range cfg.Bits {
		k := 1 << b
		var next [][]int
		for node, ms := range nodes {
			sub := make([]sparseVec, len(ms))
			for j, r := range ms {
				sub[j] = vecs[r]
			}
			var assign []int
			if len(ms) > k {
				assign = kmeans(sub, dim, k, cfg.Iters, cfg.Seed+uint64(level)<<32+uint64(node), nil)
			} else {
				assign = make([]int, len(ms))
				for j := range assign {
					assign[j] = j
				}
			}
			children := make([][]int, k)
			for j, r := range ms {
				path[r] = path[r]<<b | assign[j]
				children[assign[j]] = append(children[assign[j]], r)
			}
			next = append(next, children...)
		}
		nodes = next
		logf("clusters: level %d: %d clusters\n", level+1, len(nodes))
	}
	for r, id := range words {
		c.words[vocab[id]] = path[r]
	}
	c.caps = map[string]int{}
	for id, w := range vocab {
		if n := upper[id] + lower[id]; n >= caseMinCount {
			c.caps[w] = caseBucket(upper[id], n)
		}
	}
	return c, nil
}

// isWordStart reports whether w starts with a letter or digit.
func isWordStart(w string) bool {
	r, _ := runeAt(w, 0)
	return isWord(r)
}

// transcriptText returns the text of a timestamped transcript line
// ("00:01.000 - 00:05.000:  text" or "*00:01.000- 00:05.000* :  text").
func transcriptText(line string) (string, bool) {
	s := strings.TrimPrefix(line, "*")
	if s == "" || s[0] < '0' || s[0] > '9' {
		return "", false
	}
	i := strings.Index(s, ":  ")
	if i < 0 || !strings.Contains(s[:i], "-") {
		return "", false
	}
	return s[i+3:], true
}

type sparseVec struct {
	idx []int32
	val []float32
}

func (v *sparseVec) normalise() {
	var n float64
	for _, x := range v.val {
		n += float64(x) * float64(x)
	}
	if n == 0 {
		return
	}
	s := float32(1 / math.Sqrt(n))
	for i := range v.val {
		v.val[i] *= s
	}
}

// kmeans runs spherical k-means and returns each vector's cluster.
func kmeans(vecs []sparseVec, dim, k, iters int, seed uint64, logf func(string, ...any)) []int {
	rng := rand.New(rand.NewPCG(seed, 0x6b6d65616e73))
	cent := make([]float32, k*dim)
	perm := rng.Perm(len(vecs))
	for c := 0; c < k && c < len(perm); c++ {
		v := vecs[perm[c]]
		for j, i := range v.idx {
			cent[c*dim+int(i)] = v.val[j]
		}
	}
	assign := make([]int, len(vecs))
	for it := 0; it < iters; it++ {
		moved := 0
		for r, v := range vecs {
			best, arg := float32(-2), 0
			for c := 0; c < k; c++ {
				row := cent[c*dim : (c+1)*dim]
				var s float32
				for j, i := range v.idx {
					s += row[i] * v.val[j]
				}
				if s > best {
					best, arg = s, c
				}
			}
			if assign[r] != arg || it == 0 {
				moved++
			}
			assign[r] = arg
		}
		clear(cent)
		for r, v := range vecs {
			row := cent[assign[r]*dim : (assign[r]+1)*dim]
			for j, i := range v.idx {
				row[i] += v.val[j]
			}
		}
		for c := 0; c < k; c++ {
			row := cent[c*dim : (c+1)*dim]
			var n float64
			for _, x := range row {
				n += float64(x) * float64(x)
			}
			if n > 0 {
				s := float32(1 / math.Sqrt(n))
				for i := range row {
					row[i] *= s
				}
			}
		}
		if logf != nil {
			logf("k-means k=%d iteration %d: %d moved\n", k, it+1, moved)
		}
	}
	return assign
}

// Write writes the clusters as gzipped lines: first "#bits" and the bits of
// each level, then "word<TAB>path<TAB>case", sorted by word, where path is
// -1 for a word without a cluster and case is 0 for a word without a
// capitalisation bucket.
func (c *Clusters) Write(w io.Writer) error {
	keys := c.keys()
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprint(bw, "#bits")
	for _, b := range c.bits {
		fmt.Fprintf(bw, "\t%d", b)
	}
	fmt.Fprintln(bw)
	for _, k := range keys {
		p, ok := c.words[k]
		if !ok {
			p = -1
		}
		fmt.Fprintf(bw, "%s\t%d\t%d\n", k, p, c.caps[k])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadClusters reads clusters written by Write.
func ReadClusters(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	c := &Clusters{words: map[string]int{}, caps: map[string]int{}}
	sc := bufio.NewScanner(zr)
	line := 0
	total := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if line == 1 {
			if f[0] != "#bits" || len(f) < 2 || len(f) > 1+maxClusterLevels {
				return nil, fmt.Errorf("read clusters: line 1: want #bits and 1 to %d levels", maxClusterLevels)
			}
			for _, v := range f[1:] {
				b, err := strconv.Atoi(v)
				if err != nil || b < 1 || b > 8 {
					return nil, fmt.Errorf("read clusters: line 1: bad bits %q", v)
				}
				c.bits = append(c.bits, b)
				total += b
			}
			if total > maxPathBits {
				return nil, fmt.Errorf("read clusters: line 1: %d bits in all, want at most %d", total, maxPathBits)
			}
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("read clusters: line %d: want 3 fields, got %d", line, len(f))
		}
		p, err1 := strconv.Atoi(f[1])
		b, err2 := strconv.Atoi(f[2])
		if err1 != nil || p < -1 || p >= 1<<total {
			return nil, fmt.Errorf("read clusters: line %d: bad cluster path", line)
		}
		if err2 != nil || b < 0 || b > 5 {
			return nil, fmt.Errorf("read clusters: line %d: bad capitalisation bucket", line)
		}
		if p >= 0 {
			c.words[f[0]] = p
		}
		if b > 0 {
			c.caps[f[0]] = b
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	if c.bits == nil {
		return nil, errors.New("read clusters: empty file")
	}
	return c, nil
}

// ReadClustersFile reads a cluster file written by Write.
func ReadClustersFile(path string) (*Clusters, error) { return readFileWith(path, ReadClusters) }

// readFileWith opens path and decodes it with read, naming the file in any
// error.
func readFileWith[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// keys returns the words with a cluster or a capitalisation bucket, sorted.
func (c *Clusters) keys() []string {
	keys := make([]string, 0, len(c.words))
	for k := range c.words {
		keys = append(keys, k)
	}
	for k := range c.caps {
		if _, ok := c.words[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// maxPathBits is the most bits a cluster path may have: a table row holds
// the path plus one in its low 27 bits and the capitalisation bucket above.
const maxPathBits = 26

// table returns the clusters as a hash table from lowercased word hashes to
// rows packing the cluster path plus one (0: none) and the capitalisation
// bucket.
func (c *Clusters) table() *table {
	keys := c.keys()
	t := newTable(len(keys))
	for _, k := range keys {
		r := int32(c.caps[k]) << 27
		if p, ok := c.words[k]; ok {
			r |= int32(p + 1)
		}
		t.put(hashLower(k), r)
	}
	return t
}

// unpackClusters fills the cluster values of a token, one per level, and
// its capitalisation bucket from a table row; bits are the bits of each
// level. A cluster value is the path prefix with a leading 1 bit, so that
// prefixes of different lengths differ.
func unpackClusters(row int32, bits []uint8, t *tokInfo) {
	t.caps = uint8(row >> 27)
	path := row&(1<<27-1) - 1
	if path < 0 {
		return
	}
	rest := 0
	for _, b := range bits {
		rest += int(b)
	}
	for l, b := range bits {
		rest -= int(b)
		t.clus[l] = uint64(path)>>rest | 1<<(32-rest)
	}
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}
