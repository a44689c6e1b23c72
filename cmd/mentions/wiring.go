package main

import (
	"fmt"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/extract/claim"
	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

// defaultNER names the entity model used unless --ner says otherwise: our
// own, embedded in the binary. prose's stays selectable as the baseline.
const defaultNER = "model"

const nerChoices = "model (ours) or prose (baseline)"

// newExtractor returns the entity extractor named by --ner.
func newExtractor(name string) (pipeline.Extractor, error) {
	switch name {
	case "model":
		return extract.NewModel()
	case "prose":
		return &extract.Prose{}, nil
	}
	return nil, fmt.Errorf("%w: unknown --ner %q (choose %s)", errUsage, name, nerChoices)
}

// parser is the transcript parser: every format, detected from content.
func parser() pipeline.Parser { return format.Auto{} }

// newClaimFinder returns the claim finder over the embedded check-worthiness
// model.
func newClaimFinder() (pipeline.ClaimFinder, error) {
	s, err := claim.DefaultScorer()
	if err != nil {
		return nil, fmt.Errorf("load claims model: %w", err)
	}
	return &claim.Finder{Scorer: s}, nil
}
