package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Gazetteer categories: each is a bit in a category mask.
const (
	gazCountry = iota
	gazCity
	gazBigCity
	gazRegion
	gazDemonym
	gazArea
	nGazCategories
)

var gazNames = [nGazCategories]string{"country", "city", "bigcity", "region", "demonym", "area"}

// areas are continents and other large regions that GeoNames does not list
// as places.
var areas = []string{
	"Africa", "Asia", "Europe", "North America", "South America", "Latin America",
	"Central America", "America", "Americas", "Oceania", "Antarctica", "Arctic",
	"Middle East", "Near East", "Far East", "Caribbean", "Scandinavia", "Balkans",
	"Baltic", "Baltics", "Gulf", "Pacific", "Atlantic", "Mediterranean",
	"West Bank", "Gaza", "Gaza Strip", "Sahara", "Sahel", "Caucasus", "Kashmir",
	"Crimea", "Donbas", "Siberia", "Latin America", "Eastern Europe",
	"Western Europe", "Central Asia", "South Asia", "Southeast Asia", "East Asia",
	"Britain", "U.S.", "U.K.", "Holland", "Horn of Africa", "West Africa", "East Africa", "Southern Africa",
	"North Africa", "Persian Gulf", "Red Sea", "Black Sea", "South China Sea",
}

// Gazetteer is a list of lowercased, tokenised names, each with a mask of
// categories. It is derived from GeoNames and mledoze/countries data by
// BuildGazetteer and stored compactly with Write.
type Gazetteer struct {
	entries map[string]uint32 // tokens joined by single spaces -> category mask
}

// BuildGazetteer derives a gazetteer from the raw files in dir:
// countries.json (mledoze/countries), countryInfo.tsv, regionInfo.tsv and
// cities15000.txt (GeoNames).
func BuildGazetteer(dir string) (*Gazetteer, error) {
	g := &Gazetteer{entries: map[string]uint32{}}
	for _, a := range areas {
		g.add(a, gazArea)
	}
	if err := g.addCountries(filepath.Join(dir, "countries.json")); err != nil {
		return nil, err
	}
	err := eachTSV(filepath.Join(dir, "countryInfo.tsv"), func(f []string) {
		if len(f) > 5 {
			g.add(f[4], gazCountry)
			g.add(f[5], gazCity)
			g.add(f[5], gazBigCity)
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachTSV(filepath.Join(dir, "regionInfo.tsv"), func(f []string) {
		if len(f) > 2 {
			g.add(f[1], gazRegion)
			g.add(f[2], gazRegion)
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachTSV(filepath.Join(dir, "cities15000.txt"), func(f []string) {
		if len(f) < 15 {
			return
		}
		pop, _ := strconv.Atoi(f[14])
		names := []string{f[1], f[2]}
		if pop >= 200000 {
			for _, a := range strings.Split(f[3], ",") {
				if len(a) >= 4 && plainName(a) {
					names = append(names, a)
				}
			}
		}
		for _, n := range names {
			g.add(n, gazCity)
			if pop >= 500000 {
				g.add(n, gazBigCity)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// plainName reports whether s looks like an English spelling of a name:
// ASCII letters, spaces, hyphens, apostrophes and dots, starting upper case.
func plainName(s string) bool {
	if s == "" || !('A' <= s[0] && s[0] <= 'Z') {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isASCIILetter(c) || c == ' ' || c == '-' || c == '\'' || c == '.') {
			return false
		}
	}
	return true
}

func (g *Gazetteer) addCountries(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var cs []struct {
		Name struct {
			Common, Official string
		}
		AltSpellings []string
		Capital      []string
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(data, &cs); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for _, c := range cs {
		g.add(c.Name.Common, gazCountry)
		g.add(c.Name.Official, gazCountry)
		for _, a := range c.AltSpellings {
			if len(a) >= 2 && (len(a) > 3 || strings.ToUpper(a) == a) {
				g.add(a, gazCountry)
			}
		}
		for _, a := range c.Capital {
			g.add(a, gazCity)
			g.add(a, gazBigCity)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			for _, n := range []string{d.F, d.M} {
				if n == "" {
					continue
				}
				g.add(n, gazDemonym)
				if strings.HasSuffix(n, "n") || strings.HasSuffix(n, "i") {
					g.add(n+"s", gazDemonym)
				}
			}
		}
	}
	return nil
}

// eachTSV calls fn with the fields of every line of a tab-separated file
// that does not start with #.
func eachTSV(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// add adds name, tokenised and lowercased, to category c.
func (g *Gazetteer) add(name string, c int) {
	key := gazKey(name)
	if key == "" {
		return
	}
	g.entries[key] |= 1 << c
}

// gazKey tokenises and lowercases a name and joins its tokens with spaces.
func gazKey(name string) string {
	var b strings.Builder
	for _, t := range Tokenize(name, nil) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Map(unicode.ToLower, name[t.Start:t.End]))
	}
	return b.String()
}

// Write writes the gazetteer as gzipped lines "categories<TAB>name", sorted,
// where categories is a comma-separated list of category names.
func (g *Gazetteer) Write(w io.Writer) error {
	keys := make([]string, 0, len(g.entries))
	for k := range g.entries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, k := range keys {
		var cats []string
		for c := range nGazCategories {
			if g.entries[k]&(1<<c) != 0 {
				cats = append(cats, gazNames[c])
			}
		}
		fmt.Fprintf(bw, "%s\t%s\n", strings.Join(cats, ","), k)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadGazetteer reads a gazetteer written by Write.
func ReadGazetteer(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	g := &Gazetteer{entries: map[string]uint32{}}
	rd := csv.NewReader(zr)
	rd.Comma = '\t'
	rd.FieldsPerRecord = 2
	rd.LazyQuotes = true
	rd.ReuseRecord = true
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read gazetteer: %w", err)
		}
		var mask uint32
		for _, c := range strings.Split(rec[0], ",") {
			i := slices.Index(gazNames[:], c)
			if i < 0 {
				return nil, fmt.Errorf("read gazetteer: unknown category %q", c)
			}
			mask |= 1 << i
		}
		g.entries[rec[1]] = mask
	}
	return g, nil
}

// ReadGazetteerFile reads a gazetteer file written by Write.
func ReadGazetteerFile(path string) (*Gazetteer, error) { return readFileWith(path, ReadGazetteer) }

// table returns the gazetteer as a hash table from token-sequence hashes to
// category masks, and the length of its longest entry in tokens (at most 6;
// longer entries are left out).
func (g *Gazetteer) table() (*table, int) {
	const maxLen = 6
	keys := make([]string, 0, len(g.entries))
	for k := range g.entries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t := newTable(len(keys))
	longest := 0
	for _, k := range keys {
		toks := strings.Split(k, " ")
		if len(toks) > maxLen {
			continue
		}
		longest = max(longest, len(toks))
		t.put(seqHash(toks), int32(g.entries[k]))
	}
	return t, longest
}

// seqHash is the hash markGazetteer computes for a token sequence.
func seqHash(toks []string) uint64 {
	h := hashLower(toks[0])
	for _, w := range toks[1:] {
		h = hashSeq(h, hashLower(w))
	}
	return h
}
