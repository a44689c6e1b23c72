package ner

import (
	"bufio"
	"compress/gzip"
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

// Clusters maps lowercased words to cluster ids at two granularities,
// induced from unlabelled text by BuildClusters.
type Clusters struct {
	words map[string][2]int
}

// ClusterConfig says how BuildClusters induces clusters.
type ClusterConfig struct {
	MinCount int       // words seen fewer times get no cluster; 0 means 5
	Contexts int       // the most frequent words used as context; 0 means 1000
	K        [2]int    // cluster counts; zeros mean 64 and 512
	Iters    int       // k-means iterations; 0 means 12
	Seed     uint64    // seeds the choice of initial centroids
	Progress io.Writer // optional progress log
}

// BuildClusters induces word clusters from the transcripts under dir (files
// with timestamped lines such as "00:01.000 - 00:05.000:  text"). Each word
// is a vector of counts of its left and right neighbours among the most
// frequent words, scaled by positive pointwise mutual information and
// normalised; spherical k-means then groups the vectors.
func BuildClusters(dir string, cfg ClusterConfig) (*Clusters, error) {
	if cfg.MinCount == 0 {
		cfg.MinCount = 5
	}
	if cfg.Contexts == 0 {
		cfg.Contexts = 1000
	}
	if cfg.K == [2]int{} {
		cfg.K = [2]int{64, 512}
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
	var counts []int
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
			for _, t := range toks {
				w := strings.Map(unicode.ToLower, text[t.Start:t.End])
				id, ok := ids[w]
				if !ok {
					id = int32(len(vocab))
					ids[w] = id
					vocab = append(vocab, w)
					counts = append(counts, 0)
				}
				counts[id]++
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
	c := &Clusters{words: make(map[string][2]int, len(words))}
	for level, k := range cfg.K {
		assign := kmeans(vecs, dim, k, cfg.Iters, cfg.Seed+uint64(level), logf)
		for r, id := range words {
			v := c.words[vocab[id]]
			v[level] = assign[r]
			c.words[vocab[id]] = v
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
		logf("k-means k=%d iteration %d: %d moved\n", k, it+1, moved)
	}
	return assign
}

// Write writes the clusters as gzipped lines "word<TAB>id<TAB>id", sorted.
func (c *Clusters) Write(w io.Writer) error {
	keys := make([]string, 0, len(c.words))
	for k := range c.words {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, k := range keys {
		v := c.words[k]
		fmt.Fprintf(bw, "%s\t%d\t%d\n", k, v[0], v[1])
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
	c := &Clusters{words: map[string][2]int{}}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("read clusters: line %d: want 3 fields, got %d", line, len(f))
		}
		a, err1 := strconv.Atoi(f[1])
		b, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || a < 0 || b < 0 || a >= 1<<15 || b >= 1<<15 {
			return nil, fmt.Errorf("read clusters: line %d: bad cluster id", line)
		}
		c.words[f[0]] = [2]int{a, b}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return c, nil
}

// ReadClustersFile reads a cluster file written by Write.
func ReadClustersFile(path string) (*Clusters, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c, err := ReadClusters(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// table returns the clusters as a hash table from lowercased word hashes to
// packed cluster ids.
func (c *Clusters) table() *table {
	keys := make([]string, 0, len(c.words))
	for k := range c.words {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t := newTable(len(keys))
	for _, k := range keys {
		v := c.words[k]
		t.put(hashLower(k), int32(v[0]|v[1]<<15))
	}
	return t
}

// unpackClusters fills the cluster values of a token from a packed row.
func unpackClusters(r int32, c *[4]uint64) {
	c[0] = uint64(r&(1<<15-1)) + 1
	c[1] = uint64(r>>15) + 1
}
