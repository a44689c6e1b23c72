package format

import (
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// Plain parses text with no known structure, the fallback when nothing else
// matches: each non-blank line is an untimed segment. Lines rather than
// paragraphs keep error and mention positions exact.
type Plain struct{}

var _ pipeline.Parser = Plain{}

// Parse parses data as plain text.
func (Plain) Parse(path string, data []byte) (*pipeline.Transcript, error) {
	return parseAs(NamePlain, path, data)
}

func parsePlain(path, text string) (*pipeline.Transcript, error) {
	t := &pipeline.Transcript{VideoID: baseName(path)}
	n := 0
	for line := range strings.Lines(text) {
		n++
		if s := cleanText(line); s != "" {
			t.Segments = append(t.Segments, pipeline.Segment{Text: s, Line: n})
		}
	}
	return t, nil
}
