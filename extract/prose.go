package extract

import (
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"

	"github.com/mentions/mentions/pipeline"
)

// Prose is the baseline extractor: prose's default named-entity model,
// mapped to our three types. Building prose's model costs about 0.2 s, so
// one Prose builds it once and shares it; prose only reads it while
// tagging, so a Prose is safe for concurrent use.
type Prose struct {
	once  sync.Once
	model *prose.Model
	err   error
}

var _ pipeline.Extractor = (*Prose)(nil)

// proseTypes maps prose's labels to ours; other labels are dropped.
var proseTypes = map[string]string{
	"PERSON":       pipeline.Person,
	"GPE":          pipeline.Place,
	"LOCATION":     pipeline.Place,
	"ORGANIZATION": pipeline.Org,
}

func (p *Prose) load() error {
	p.once.Do(func() {
		doc, err := prose.NewDocument("", prose.WithSegmentation(false))
		if err != nil {
			p.err = fmt.Errorf("load prose model: %w", err)
			return
		}
		p.model = doc.Model
	})
	return p.err
}

// Extract tags each sentence with prose and returns cleaned spans. prose
// gives entity text without offsets, so each entity is found again in the
// sentence, left to right.
func (p *Prose) Extract(sentences []string) (spans []pipeline.Span, tokens int, err error) {
	if err := p.load(); err != nil {
		return nil, 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prose: %v", r)
		}
	}()
	for i, s := range sentences {
		doc, err := prose.NewDocument(s, prose.WithSegmentation(false), prose.UsingModel(p.model))
		if err != nil {
			return nil, tokens, fmt.Errorf("prose: %w", err)
		}
		tokens += len(doc.Tokens())
		pos := 0
		for _, e := range doc.Entities() {
			typ, ok := proseTypes[e.Label]
			start, end, found := locate(s, e.Text, pos)
			if !found {
				continue
			}
			pos = end
			if !ok {
				continue
			}
			for _, p := range split(s, start, end, typ) {
				if !p.Modifier { // prose has no way to type a modifier alone
					spans = append(spans, pipeline.Span{Sentence: i, Start: p.Start, End: p.End, Type: p.Type})
				}
			}
		}
	}
	return spans, tokens, nil
}

// locate finds the tokens of entity text (joined by single spaces, as prose
// gives them) in s at or after from, allowing any spacing between tokens.
func locate(s, text string, from int) (int, int, bool) {
	toks := strings.Fields(text)
	if len(toks) == 0 {
		return 0, 0, false
	}
	for at := from; at < len(s); {
		i := strings.Index(s[at:], toks[0])
		if i < 0 {
			return 0, 0, false
		}
		start := at + i
		end := start + len(toks[0])
		ok := true
		for _, t := range toks[1:] {
			j := end
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if !strings.HasPrefix(s[j:], t) {
				ok = false
				break
			}
			end = j + len(t)
		}
		if ok {
			return start, end, true
		}
		at = start + 1
	}
	return 0, 0, false
}
