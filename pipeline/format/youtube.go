package format

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// YouTube parses a YouTube transcript list, [{"text", "start",
// "duration"}], as written by youtube-transcript-api. It also reads the same
// list saved as a Python repr (single quotes, \xa0 escapes, even a raw line
// break inside a string). No-break spaces become spaces and the profanity
// mask "[\xa0__\xa0]" becomes "[__]".
type YouTube struct{}

var _ pipeline.Parser = YouTube{}

// Parse parses data as a YouTube transcript list.
func (YouTube) Parse(path string, data []byte) (*pipeline.Transcript, error) {
	return parseAs(NameYouTube, path, data)
}

type youtubeEntry struct {
	Text     string   `json:"text"`
	Start    *float64 `json:"start"`
	Duration *float64 `json:"duration"`
}

func parseYouTube(path, text string) (*pipeline.Transcript, error) {
	t := &pipeline.Transcript{VideoID: baseName(path)}
	lines := newLineIndex(text)
	dec := json.NewDecoder(strings.NewReader(text))
	jsonErr := youtubeJSON(t, dec, lines)
	if jsonErr == nil {
		if _, err := dec.Token(); !errors.Is(err, io.EOF) {
			jsonErr = fmt.Errorf("data after the list")
		}
	}
	if jsonErr == nil {
		return t, nil
	}
	jsonLine := lines.at(dec.InputOffset())
	// Not JSON: try the Python repr that print() writes.
	t.Segments = nil
	pyErr := youtubePython(t, text)
	if pyErr == nil {
		return t, nil
	}
	return nil, lineError(path, jsonLine, fmt.Errorf(
		"%w: not a YouTube transcript list: as JSON: %v; as a Python literal: %v",
		ErrSyntax, jsonErr, pyErr))
}

func youtubeJSON(t *pipeline.Transcript, dec *json.Decoder, lines lineIndex) error {
	if err := expectDelim(dec, '['); err != nil {
		return err
	}
	for dec.More() {
		line := lines.at(dec.InputOffset())
		var e youtubeEntry
		if err := dec.Decode(&e); err != nil {
			return err
		}
		addYouTube(t, e.Text, e.Start, e.Duration, line)
	}
	_, err := dec.Token()
	return err
}

func youtubePython(t *pipeline.Transcript, text string) error {
	v, err := parsePy(text)
	if err != nil {
		return err
	}
	if v.kind != pyList {
		return fmt.Errorf("not a list")
	}
	for _, item := range v.list {
		if item.kind != pyDict {
			return fmt.Errorf("line %d: list item is not a dict", item.line)
		}
		var start, dur *float64
		if s, ok := item.dict["start"]; ok && s.kind == pyNum {
			start = &s.num
		}
		if d, ok := item.dict["duration"]; ok && d.kind == pyNum {
			dur = &d.num
		}
		addYouTube(t, item.dict["text"].str, start, dur, item.line)
	}
	return nil
}

// addYouTube appends one caption entry as a segment.
func addYouTube(t *pipeline.Transcript, text string, start, dur *float64, line int) {
	s := strings.ReplaceAll(cleanText(text), "[ __ ]", "[__]")
	if s == "" {
		return
	}
	seg := pipeline.Segment{Text: s, Line: line}
	if start != nil {
		seg.Start, seg.Timed = round(*start), true
		if dur != nil && *dur > 0 {
			seg.End = round(*start + *dur)
		}
	}
	t.Segments = append(t.Segments, seg)
}
