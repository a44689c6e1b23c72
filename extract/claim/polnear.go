package claim

import (
	"bufio"
	"fmt"
	"github.com/mentions/mentions/pipeline"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attribution
// relations in news articles in brat standoff: T lines are spans (Source,
// Cue, Content, ...) with code-point offsets, possibly discontinuous; E
// lines tie one relation's roles together. We read one annotation per
// article (the first .ann file in name order) and score our rules span by
// span.

// span is a half-open code-point range into an article.
type span struct{ start, end int }

// relation is one gold or predicted attribution in an article. A
// discontinuous gold span is reduced to its extent (first to last
// fragment).
type relation struct {
	source, cue, content span // source.end == 0 when there is none
}

// polnearArticle is an article's text and its gold relations.
type polnearArticle struct {
	name      string
	text      string
	relations []relation
}

// readPolNeAR reads the articles of a PolNeAR split folder (holding text/
// and attributions/).
func readPolNeAR(dir string) ([]polnearArticle, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("%s: no text/*.txt files", dir)
	}
	sort.Strings(texts)
	var out []polnearArticle
	for _, tp := range texts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		anns, err := filepath.Glob(filepath.Join(dir, "attributions", name+"_*.ann"))
		if err != nil {
			return nil, err
		}
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		data, err := os.ReadFile(tp)
		if err != nil {
			return nil, err
		}
		rels, err := readBrat(anns[0])
		if err != nil {
			return nil, err
		}
		out = append(out, polnearArticle{name: name, text: string(data), relations: rels})
	}
	return out, nil
}

// readBrat reads the relations of one brat .ann file.
func readBrat(path string) ([]relation, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	spans := make(map[string]span)
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(cols[0], "T"):
			fields := strings.SplitN(cols[1], " ", 2)
			if len(fields) != 2 {
				return nil, fmt.Errorf("%s:%d: bad span %q", path, n, cols[1])
			}
			sp := span{start: -1}
			for _, frag := range strings.Split(fields[1], ";") {
				var a, b int
				ab := strings.Fields(frag)
				if len(ab) != 2 {
					return nil, fmt.Errorf("%s:%d: bad offsets %q", path, n, frag)
				}
				a, err1 := strconv.Atoi(ab[0])
				b, err2 := strconv.Atoi(ab[1])
				if err1 != nil || err2 != nil {
					return nil, fmt.Errorf("%s:%d: bad offsets %q", path, n, frag)
				}
				if sp.start < 0 || a < sp.start {
					sp.start = a
				}
				sp.end = max(sp.end, b)
			}
			spans[cols[0]] = sp
		case strings.HasPrefix(cols[0], "E"):
			events = append(events, strings.Fields(cols[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var rels []relation
	for _, ev := range events {
		var r relation
		for _, role := range ev {
			k, id, ok := strings.Cut(role, ":")
			if !ok {
				continue
			}
			switch k {
			case "Source":
				r.source = spans[id]
			case "Cue":
				r.cue = spans[id]
			case "Content":
				r.content = spans[id]
			}
		}
		rels = append(rels, r)
	}
	return rels, nil
}

// splitSentences splits article text into sentences: at line breaks and
// after ". ", "? ", "! " (optionally followed by a closing quote) when the
// next word starts with a capital letter, a digit or a quote. It returns
// byte ranges.
func splitSentences(text string) [][2]int {
	var out [][2]int
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\r' || text[s] == '\t') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\r' || text[e-1] == '\t') {
			e--
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(i)
			continue
		}
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' {
				j += n
				continue
			}
			break
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k >= len(text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '‘' {
			continue
		}
		if c == '.' && isAbbrevBefore(text, i) {
			continue
		}
		if j > i+1 && pipeline.QuoteTagAt(text, k) && strings.ContainsAny(text[i+1:j], "\"'”’") {
			continue // "“... in our country?” Clinton said.": one sentence
		}
		emit(j)
	}
	emit(len(text))
	return out
}

// isAbbrevBefore reports whether the full stop at i ends a title or an
// initial ("Mr.", "U.S.", "J.").
func isAbbrevBefore(text string, i int) bool {
	s := i
	for s > 0 && (isASCIILetter(text[s-1]) || text[s-1] == '.') {
		s--
	}
	w := strings.ToLower(strings.TrimSuffix(text[s:i], "."))
	return len(w) == 1 || abbrev[w] || strings.Contains(w, ".")
}

// predictPolNeAR runs Attribute over an article and returns its relations
// in code-point offsets.
func predictPolNeAR(text string) []relation {
	// byte offset -> code point offset
	runeAt := make([]int, len(text)+1)
	n := 0
	for i := range text {
		runeAt[i] = n
		n++
	}
	runeAt[len(text)] = n
	for i := len(text) - 1; i >= 0; i-- {
		if !utf8.RuneStart(text[i]) {
			runeAt[i] = runeAt[i+1]
		}
	}
	var out []relation
	for _, se := range splitSentences(text) {
		for _, at := range Attribute(text[se[0]:se[1]]) {
			conv := func(s, e int) span {
				if s < 0 || e <= s {
					return span{}
				}
				return span{runeAt[se[0]+s], runeAt[se[0]+e]}
			}
			out = append(out, relation{
				source:  conv(at.SourceStart, at.SourceEnd),
				cue:     conv(at.CueStart, at.CueEnd),
				content: conv(at.ContentStart, at.ContentEnd),
			})
		}
	}
	return out
}

// SpanScore is precision, recall and F1 of one role's spans, matched one to
// one.
type SpanScore struct {
	Pred, Gold, Matched int // Matched counts matched pairs
	P, R, F1            float64
}

func (s *SpanScore) add(o SpanScore) {
	s.Pred += o.Pred
	s.Gold += o.Gold
	s.Matched += o.Matched
	s.P, s.R, s.F1 = prf(s.Matched, s.Pred-s.Matched, s.Gold-s.Matched)
}

// matchSpans matches predicted to gold spans greedily one to one, exactly
// or by any overlap. Empty spans are ignored; duplicate gold spans (a
// source shared by several relations) count once.
func matchSpans(pred, gold []span, exact bool) SpanScore {
	uniq := func(in []span) []span {
		seen := make(map[span]bool)
		var out []span
		for _, s := range in {
			if s.end > s.start && !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
		return out
	}
	pred, gold = uniq(pred), uniq(gold)
	used := make([]bool, len(gold))
	m := 0
	for _, p := range pred {
		for j, g := range gold {
			if used[j] {
				continue
			}
			if exact && p == g || !exact && p.start < g.end && g.start < p.end {
				used[j] = true
				m++
				break
			}
		}
	}
	var s SpanScore
	s.add(SpanScore{Pred: len(pred), Gold: len(gold), Matched: m})
	return s
}

// AttributionScore is how well Attribute recovers PolNeAR's relations.
type AttributionScore struct {
	Articles                    int
	SourceExact, SourceOverlap  SpanScore
	CueExact, CueOverlap        SpanScore
	ContentOverlap              SpanScore
	GoldRelations, PredRelation int
}

// PolNeAR scores Attribute on a PolNeAR split folder (such as
// shared/data/claims/polnear/dev): span F1 per role, exact and overlapping.
func PolNeAR(dir string) (AttributionScore, error) {
	arts, err := readPolNeAR(dir)
	if err != nil {
		return AttributionScore{}, fmt.Errorf("polnear: %w", err)
	}
	var sc AttributionScore
	sc.Articles = len(arts)
	for _, art := range arts {
		pred := predictPolNeAR(art.text)
		role := func(rs []relation, f func(relation) span) []span {
			out := make([]span, len(rs))
			for i, r := range rs {
				out[i] = f(r)
			}
			return out
		}
		src := func(r relation) span { return r.source }
		cue := func(r relation) span { return r.cue }
		con := func(r relation) span { return r.content }
		sc.SourceExact.add(matchSpans(role(pred, src), role(art.relations, src), true))
		sc.SourceOverlap.add(matchSpans(role(pred, src), role(art.relations, src), false))
		sc.CueExact.add(matchSpans(role(pred, cue), role(art.relations, cue), true))
		sc.CueOverlap.add(matchSpans(role(pred, cue), role(art.relations, cue), false))
		sc.ContentOverlap.add(matchSpans(role(pred, con), role(art.relations, con), false))
		sc.GoldRelations += len(art.relations)
		sc.PredRelation += len(pred)
	}
	return sc, nil
}
