// Command mkcapitals writes extract/capitals.txt: the capital cities of the
// world's countries, one a line, from mledoze/countries (ODbL 1.0; the
// derived list stays under it, attribution: mledoze/countries). News speaks
// of a government by its capital ("Kyiv says", "aid for Kyiv"), and the
// entity model, trained on 1996 newswire, reads a capital it has not seen
// much as a person there.
//
//	go run ./extract/internal/mkcapitals -out extract/capitals.txt \
//	    ../shared/data/ner/gazetteers/countries.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
)

func main() {
	out := flag.String("out", "extract/capitals.txt", "file to write")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: mkcapitals [-out FILE] countries.json")
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	var countries []struct {
		Capital []string `json:"capital"`
	}
	if err := json.Unmarshal(data, &countries); err != nil {
		log.Fatalf("%s: %v", flag.Arg(0), err)
	}
	seen := map[string]bool{}
	var names []string
	for _, c := range countries {
		for _, name := range c.Capital {
			name = strings.TrimSpace(name)
			if name != "" && !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "# Capital cities, from %s (mledoze/countries, ODbL 1.0).\n", flag.Arg(0))
	b.WriteString("# Written by extract/internal/mkcapitals (see its doc comment); do not edit.\n")
	for _, n := range names {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d capitals written to %s", len(names), *out)
}
