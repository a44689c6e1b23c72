package store

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/mentions/mentions/pipeline"
)

// places.tsv maps place aliases (lower case) to canonical place names. It is
// derived from the shared gazetteers by store/internal/placegen.
//
//go:generate go run ./internal/placegen -dir ../../shared/data/ner/gazetteers -o places.tsv
//go:embed places.tsv
var placesTSV string

var (
	placesOnce sync.Once
	placeMap   map[string]string
)

// Place returns the canonical name of a known place alias ("U.S." and
// "America" are "United States", "Kiev" is "Kyiv") and whether it is one.
// The table is read-only and safe for concurrent use.
func Place(name string) (string, bool) {
	placesOnce.Do(func() {
		placeMap = make(map[string]string, 2500)
		for _, line := range strings.Split(placesTSV, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			if k, v, ok := strings.Cut(line, "\t"); ok {
				placeMap[k] = v
			}
		}
	})
	c, ok := placeMap[pipeline.NameKey(name)]
	return c, ok
}
