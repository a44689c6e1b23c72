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
		for _, e := range joinAbbreviated(sentences[i], es) {
			typ, ok := nerTypes[e.Type]
			if !ok {
				// MISC: kept only when an institution noun heads it
				// ("International Olympic Committee", "Telugu Desam Party").
				if e.Type != "MISC" || !headedByOrg(sentences[i][e.Start:e.End]) {
					continue
				}
				typ = pipeline.Org
			}
			for _, p := range split(sentences[i], e.Start, e.End, typ) {
				if p.Modifier {
					if p.Type = x.typeOf(sentences[i][p.Start:p.End]); p.Type == "" {
						continue
					}
				}
				if p.Type != pipeline.Org && headedByOrg(sentences[i][p.Start:p.End]) {
					p.Type = pipeline.Org
				}
				spans = append(spans, pipeline.Span{Sentence: i, Start: p.Start, End: p.End, Type: p.Type})
			}
		}
	}
	return dropStormNames(sentences, knownOrgSpans(sentences, spans)), tokens, nil
}

// typeOf tags a modifier cut from a longer span ("US" of "US Secretary of
// Defence Pete Hegseth") on its own, and returns its type when the model
// reads it whole as one of ours, else "".
func (x *Model) typeOf(text string) string {
	ents, _ := x.m.Document([]string{text})
	if len(ents) == 1 && len(ents[0]) == 1 && ents[0][0].Start == 0 && ents[0][0].End == len(text) {
		return nerTypes[ents[0][0].Type]
	}
	return ""
}
