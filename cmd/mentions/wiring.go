package main

import (
	"fmt"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

// defaultNER names the entity model used unless --ner says otherwise.
const defaultNER = "prose"

const nerChoices = "prose"

// newExtractor returns the entity extractor named by --ner.
func newExtractor(name string) (pipeline.Extractor, error) {
	switch name {
	case "prose":
		return &extract.Prose{}, nil
	}
	return nil, fmt.Errorf("%w: unknown --ner %q (choose %s)", errUsage, name, nerChoices)
}

// parser is the transcript parser: every format, detected from content.
func parser() pipeline.Parser { return format.Auto{} }

// newClaimFinder returns the claim finder, or nil while none is built.
func newClaimFinder() (pipeline.ClaimFinder, error) { return nil, nil }
