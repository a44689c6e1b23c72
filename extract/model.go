package extract

import (
	"fmt"

	"github.com/mentions/mentions/extract/ner"
	"github.com/mentions/mentions/pipeline"
)

// Model is our own entity extractor: the embedded averaged-perceptron model
// of package ner, with its spans cleaned and mapped to our types. MISC
// (nationalities, events, works) is dropped. It is safe for concurrent use.
type Model struct {
	m *ner.Model
}

var _ pipeline.Extractor = (*Model)(nil)

// NewModel returns the extractor over the embedded model, decoded once per
// process and shared.
func NewModel() (*Model, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load entity model: %w", err)
	}
	return &Model{m: m}, nil
}

// nerTypes maps the model's CoNLL types to ours.
var nerTypes = map[string]string{
	"PER": pipeline.Person,
	"LOC": pipeline.Place,
	"ORG": pipeline.Org,
}

// Extract tags the sentences of one document together, so that how a word
// was tagged earlier in the transcript informs later sentences.
func (x *Model) Extract(sentences []string) ([]pipeline.Span, int, error) {
	ents, tokens := x.m.Document(sentences)
	var spans []pipeline.Span
	for i, es := range ents {
		for _, e := range es {
			typ, ok := nerTypes[e.Type]
			if !ok {
				continue
			}
			if s, end, ok := Clean(sentences[i], e.Start, e.End); ok {
				spans = append(spans, pipeline.Span{Sentence: i, Start: s, End: end, Type: typ})
			}
		}
	}
	return spans, tokens, nil
}
