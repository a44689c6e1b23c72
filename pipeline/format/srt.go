package format

import (
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// SRT parses SubRip: numbered cues, "HH:MM:SS,mmm --> HH:MM:SS,mmm" timings
// ('.' accepted too), multi-line text joined with spaces, and HTML-ish tags
// (<i>, <b>, <font ...>) and {\an8} overrides stripped.
type SRT struct{}

var _ pipeline.Parser = SRT{}

// Parse parses data as SubRip.
func (SRT) Parse(path string, data []byte) (*pipeline.Transcript, error) {
	return parseAs(NameSRT, path, data)
}

// parseSRT is line-driven rather than block-driven so that it survives the
// usual damage: a missing blank line between cues, missing cue numbers, a
// blank line inside a cue's text.
func parseSRT(path, text string) (*pipeline.Transcript, error) {
	t := &pipeline.Transcript{VideoID: baseName(path)}
	lines := strings.Split(text, "\n")
	var cues []cue
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		start, end, ok, err := parseTiming(line)
		if err != nil {
			return nil, lineError(path, i+1, err)
		}
		if ok {
			cues = append(cues, cue{start: start, end: end, line: i + 1})
			continue
		}
		// A cue number is a line of digits just before a timing.
		if allDigits(line) && i+1 < len(lines) && strings.Contains(lines[i+1], "-->") {
			continue
		}
		if n := len(cues); n > 0 {
			cues[n-1].text = append(cues[n-1].text, line)
		}
	}
	for _, c := range cues {
		s, _ := stripTags(strings.Join(c.text, " "))
		if s = cleanText(s); s == "" {
			continue
		}
		t.Segments = append(t.Segments, pipeline.Segment{
			Text: s, Start: c.start, End: c.end, Timed: true, Line: c.line,
		})
	}
	return t, nil
}
