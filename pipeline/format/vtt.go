package format

import (
	"html"
	"slices"
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// VTT parses WebVTT: cues with or without identifiers and hours, cue
// settings, NOTE, STYLE and REGION blocks, voice tags (kept as the speaker),
// inline tags and HTML entities, and YouTube's rolling auto-captions, whose
// every cue repeats the line before (stored once).
type VTT struct{}

var _ pipeline.Parser = VTT{}

// Parse parses data as WebVTT.
func (VTT) Parse(path string, data []byte) (*pipeline.Transcript, error) {
	return parseAs(NameVTT, path, data)
}

func parseVTT(path, text string) (*pipeline.Transcript, error) {
	t := &pipeline.Transcript{VideoID: baseName(path), Meta: map[string]string{}}
	cues, header, err := readCues(path, text)
	if err != nil {
		return nil, err
	}
	// The header block's "Key: value" lines (Kind, Language) are metadata.
	for _, line := range header {
		if k, v, ok := strings.Cut(line, ":"); ok && k != "" && !strings.Contains(k, " ") {
			t.Meta[k] = strings.TrimSpace(v)
		}
	}
	if len(t.Meta) == 0 {
		t.Meta = nil
	}
	var prev []string // text lines of the cue before, for rolling captions
	for _, c := range cues {
		lines := make([]string, 0, len(c.text))
		speaker := ""
		for _, raw := range c.text {
			s, sp := stripTags(raw)
			if speaker == "" {
				speaker = sp
			}
			if s = cleanText(html.UnescapeString(s)); s != "" {
				lines = append(lines, s)
			}
		}
		fresh := dropRepeat(prev, lines)
		if len(lines) > 0 {
			prev = lines
		}
		if len(fresh) == 0 {
			continue
		}
		t.Segments = append(t.Segments, pipeline.Segment{
			Text:    strings.Join(fresh, " "),
			Start:   c.start,
			End:     c.end,
			Timed:   true,
			Speaker: speaker,
			Line:    c.line,
		})
	}
	return t, nil
}

// readCues splits WebVTT text into cues, skipping NOTE, STYLE and REGION
// blocks, and returns the header block's lines after "WEBVTT".
func readCues(path, text string) ([]cue, []string, error) {
	lines := strings.Split(text, "\n")
	var cues []cue
	var header []string
	i := nextNonBlank(lines, 0)
	if i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "WEBVTT") {
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
			header = append(header, strings.TrimSpace(lines[i]))
		}
	}
	for i = nextNonBlank(lines, i); i < len(lines); i = nextNonBlank(lines, i) {
		first := strings.TrimSpace(lines[i])
		if blockKeyword(first) {
			for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
				i++
			}
			continue
		}
		// An identifier line may precede the timing.
		if !strings.Contains(first, "-->") && i+1 < len(lines) && strings.Contains(lines[i+1], "-->") {
			i++
		}
		start, end, ok, err := parseTiming(lines[i])
		if err != nil {
			return nil, nil, lineError(path, i+1, err)
		}
		if !ok {
			// Stray text outside a cue: skip the block.
			for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
				i++
			}
			continue
		}
		// Cue text runs to an empty line. A line of spaces does not end it
		// (YouTube puts one in every cue), but a timing line does.
		c := cue{start: start, end: end, line: i + 1}
		for i++; i < len(lines) && lines[i] != "" && !isTimingLine(lines[i]); i++ {
			c.text = append(c.text, lines[i])
		}
		cues = append(cues, c)
	}
	return cues, header, nil
}

// blockKeyword reports whether a block starting with line is a comment,
// style sheet or region definition rather than a cue.
func blockKeyword(line string) bool {
	for _, kw := range []string{"NOTE", "STYLE", "REGION"} {
		if rest, ok := strings.CutPrefix(line, kw); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return true
		}
	}
	return false
}

// dropRepeat returns the part of a cue's lines not already shown by the cue
// before. Rolling captions repeat the previous cue's last lines first, or
// grow the previous text word by word; either way the repeat goes.
func dropRepeat(prev, lines []string) []string {
	if len(prev) == 0 || len(lines) == 0 {
		return lines
	}
	if slices.Equal(prev, lines) {
		return nil
	}
	// Longest suffix of prev that is a prefix of lines, up to a few lines:
	// captions are short, and a bound keeps huge cues linear.
	for k := min(len(prev), len(lines), maxRepeatLines); k > 0; k-- {
		if slices.Equal(prev[len(prev)-k:], lines[:k]) {
			return lines[k:]
		}
	}
	// One growing line: "hello" then "hello world".
	p := strings.Join(prev, " ")
	cur := strings.Join(lines, " ")
	if rest, ok := strings.CutPrefix(cur, p+" "); ok && len(p) > 0 {
		return []string{rest}
	}
	return lines
}

// maxRepeatLines bounds the overlap dropRepeat looks for.
const maxRepeatLines = 4

// isTimingLine reports whether line is a cue timing, valid or not.
func isTimingLine(line string) bool {
	_, _, ok, _ := parseTiming(line)
	return ok
}
