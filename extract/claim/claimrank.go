package claim

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// readClaimRank reads a CW-USPD-2016 (ClaimRank) transcript: a TSV with a
// header ID, Speaker, ALL, nine 0/1 fact-checker columns and Text. ALL is
// how many of the nine fact-checkers checked the sentence; a sentence is
// positive when at least one did.
func readClaimRank(path string) ([]example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc := strings.TrimSuffix(filepath.Base(path), ".tsv")
	var out []example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue // header
		}
		cols := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(cols) != 13 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 13", path, n, len(cols))
		}
		all, err := strconv.Atoi(cols[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: ALL %q: %w", path, n, cols[2], err)
		}
		out = append(out, example{text: unquoteCSV(cols[12]), label: all >= 1, doc: doc, votes: all, speaker: cols[1]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// readClaimRankDir reads every *_ann.tsv file of dir in name order.
func readClaimRankDir(dir string) ([][]example, error) {
	return readDocs(dir, "*_ann.tsv", nil, readClaimRank)
}
