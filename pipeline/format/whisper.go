package format

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// Whisper parses the JSON written by openai-whisper ({"text", "segments",
// "language"}) and by WhisperX (a speaker per segment, word times that may
// be missing). Timed words fill Segment.Words so that a mention can be timed
// by its first word.
type Whisper struct{}

var _ pipeline.Parser = Whisper{}

// Parse parses data as Whisper or WhisperX JSON.
func (Whisper) Parse(path string, data []byte) (*pipeline.Transcript, error) {
	return parseAs(NameWhisper, path, data)
}

type whisperSegment struct {
	Start   *float64      `json:"start"`
	End     *float64      `json:"end"`
	Text    string        `json:"text"`
	Speaker string        `json:"speaker"`
	Words   []whisperWord `json:"words"`
}

type whisperWord struct {
	Word  string   `json:"word"`
	Start *float64 `json:"start"`
	End   *float64 `json:"end"`
}

// parseWhisper streams the top-level object so that each segment's line is
// known for error messages; other keys are skipped, "language" kept.
func parseWhisper(path, text string) (*pipeline.Transcript, error) {
	t := &pipeline.Transcript{VideoID: baseName(path)}
	lines := newLineIndex(text)
	dec := json.NewDecoder(strings.NewReader(text))
	if err := expectDelim(dec, '{'); err != nil {
		return nil, jsonError(path, lines, dec, err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, jsonError(path, lines, dec, err)
		}
		key, _ := tok.(string)
		switch key {
		case "segments":
			if err := whisperSegments(t, dec, lines); err != nil {
				return nil, jsonError(path, lines, dec, err)
			}
		case "language":
			var lang any
			if err := dec.Decode(&lang); err != nil {
				return nil, jsonError(path, lines, dec, err)
			}
			if s, ok := lang.(string); ok && s != "" {
				t.Meta = map[string]string{"language": s}
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, jsonError(path, lines, dec, err)
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonError(path, lines, dec, err)
	}
	return t, nil
}

func whisperSegments(t *pipeline.Transcript, dec *json.Decoder, lines lineIndex) error {
	if err := expectDelim(dec, '['); err != nil {
		return err
	}
	for dec.More() {
		line := lines.at(dec.InputOffset())
		var ws whisperSegment
		if err := dec.Decode(&ws); err != nil {
			return err
		}
		seg := pipeline.Segment{Text: cleanText(ws.Text), Speaker: ws.Speaker, Line: line}
		if seg.Text == "" {
			continue
		}
		if ws.Start != nil {
			seg.Start, seg.Timed = round(*ws.Start), true
		}
		if ws.End != nil {
			seg.End = round(*ws.End)
		}
		seg.Words = placeWords(seg.Text, ws.Words)
		t.Segments = append(t.Segments, seg)
	}
	_, err := dec.Token()
	return err
}

// placeWords finds each timed word in text, in order, and returns its byte
// offsets and start time. Words without a start (WhisperX leaves digits
// untimed) or not found in the text are left out.
func placeWords(text string, words []whisperWord) []pipeline.Word {
	var out []pipeline.Word
	pos := 0
	for _, w := range words {
		word := cleanText(w.Word)
		if word == "" {
			continue
		}
		i := strings.Index(text[pos:], word)
		if i < 0 {
			continue
		}
		start := pos + i
		pos = start + len(word)
		if w.Start == nil || checkTime(*w.Start) != nil {
			continue
		}
		out = append(out, pipeline.Word{Start: start, End: pos, Time: round(*w.Start)})
	}
	return out
}

// expectDelim reads the next token and checks that it is delim.
func expectDelim(dec *json.Decoder, delim json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != delim {
		return fmt.Errorf("want %q, got %v", delim, tok)
	}
	return nil
}

// jsonError positions a JSON error at the decoder's line.
func jsonError(path string, lines lineIndex, dec *json.Decoder, err error) error {
	if errors.Is(err, ErrBadTime) {
		return lineError(path, lines.at(dec.InputOffset()), err)
	}
	return lineError(path, lines.at(dec.InputOffset()), fmt.Errorf("%w: json: %v", ErrSyntax, err))
}

// lineIndex maps byte offsets in a text to 1-based line numbers.
type lineIndex struct {
	text   string
	starts []int // offsets of line starts
}

func newLineIndex(text string) lineIndex {
	idx := lineIndex{text: text, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			idx.starts = append(idx.starts, i+1)
		}
	}
	return idx
}

// at returns the line of the first byte at or after off that is not space
// or a comma: where the next JSON value starts.
func (idx lineIndex) at(off int64) int {
	i := int(min(max(off, 0), int64(len(idx.text))))
	for i < len(idx.text) && strings.IndexByte(" \t\n\r,", idx.text[i]) >= 0 {
		i++
	}
	lo, hi := 0, len(idx.starts)
	for lo < hi {
		mid := (lo + hi) / 2
		if idx.starts[mid] <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
