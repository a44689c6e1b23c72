package claim

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

func TestZZPolMiss(t *testing.T) {
	arts, err := readPolNeAR("../../../shared/data/claims/polnear/dev")
	if err != nil {
		t.Fatal(err)
	}
	miss := map[string]int{}
	total := map[string]int{}
	var ex []string
	for _, art := range arts {
		pred := predictPolNeAR(art.text)
		r := []rune(art.text)
		for _, g := range art.relations {
			if g.cue.end <= g.cue.start {
				continue
			}
			c := strings.ToLower(string(r[g.cue.start:g.cue.end]))
			total[c]++
			found := false
			for _, p := range pred {
				if p.cue.start < g.cue.end && g.cue.start < p.cue.end {
					found = true
				}
			}
			if !found {
				miss[c]++
				if strings.Contains(c, "say") || strings.Contains(c, "said") {
					s := max(0, g.cue.start-120)
					e := min(len(r), g.cue.end+60)
					ex = append(ex, fmt.Sprintf("[%s] %s", c, strings.ReplaceAll(string(r[s:e]), "\n", " ")))
				}
			}
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range miss {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	for _, x := range kvs[:60] {
		t.Logf("%4d/%4d %s", x.v, total[x.k], x.k)
	}
	for i, e := range ex {
		if i < 40 {
			t.Log(e)
		}
	}
}
