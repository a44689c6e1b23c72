// Package format parses transcript files into pipeline.Transcript values.
// There is one file per format (markdown.go, bbc.go, vtt.go, srt.go,
// whisper.go, youtube.go, plain.go); Auto detects the format from the
// content, never from the file name, and dispatches.
//
// Every parser shares the same handling of bad input (decode.go,
// segment.go):
//
//   - An empty or whitespace-only file is rejected with ErrEmpty; a binary
//     file (a NUL byte or mostly control bytes in the first 8 KB) with
//     ErrBinary.
//   - UTF-16 with a byte-order mark is converted to UTF-8, a UTF-8 BOM is
//     dropped, CRLF and lone CR line ends become LF. Line numbers in errors
//     count lines as an editor would.
//   - Invalid UTF-8 is repaired silently: each run of bad bytes becomes one
//     U+FFFD, so one stray Latin-1 byte does not cost a whole transcript.
//   - A file with no transcript lines (only front matter, say) is rejected
//     with ErrNoLines.
//   - An impossible time (minutes or seconds of 60 or more in a clock,
//     negative, or later than 48 hours) is an ErrBadTime at its line. A
//     start more than a second earlier than the previous timed start is an
//     ErrOutOfOrder at its line; smaller backwards jitter is clamped so that
//     timed starts never decrease. An end before its start is raised to the
//     start.
//   - A truncated file parses up to its last whole line. A Markdown bullet
//     whose timestamp link is cut off is kept as an untimed segment holding
//     the text before the link; a BBC line cut inside its timing is dropped.
//
// Two further normalisations: a VTT cue whose lines repeat the cue before
// (YouTube's rolling captions) keeps only its new text, and a transcript
// whose format gives no length gets the latest time of its segments.
//
// Errors are *pipeline.FileError values naming the file and, when it is
// known, the line; callers branch on the sentinel errors with errors.Is.
// Segment text never contains a line break: runs of white space, including
// no-break spaces, collapse to one space.
//
// Parsers hold no state and are safe for concurrent use; the package starts
// no goroutines.
package format

import (
	"errors"

	"github.com/mentions/mentions/pipeline"
)

// Errors for bad input, wrapped in a *pipeline.FileError.
var (
	ErrEmpty      = errors.New("empty file")
	ErrBinary     = errors.New("binary file")
	ErrNoLines    = errors.New("no transcript lines found")
	ErrBadTime    = errors.New("bad timestamp")
	ErrOutOfOrder = errors.New("timestamps out of order")
	ErrSyntax     = errors.New("syntax error")
	ErrTooLong    = errors.New("line too long to be a transcript line")
)

// Format names, as returned by Detect and stored in Transcript.Format.
const (
	NameMarkdown = "markdown"
	NameBBC      = "bbc"
	NameVTT      = "vtt"
	NameSRT      = "srt"
	NameWhisper  = "whisper"
	NameYouTube  = "youtube"
	NamePlain    = "plain"
)

// parseFunc parses decoded text: UTF-8, LF line ends, no BOM, not empty.
type parseFunc func(path, text string) (*pipeline.Transcript, error)

// parsers maps each format name to its parser.
var parsers = map[string]parseFunc{
	NameMarkdown: parseMarkdown,
	NameBBC:      parseBBC,
	NameVTT:      parseVTT,
	NameSRT:      parseSRT,
	NameWhisper:  parseWhisper,
	NameYouTube:  parseYouTube,
	NamePlain:    parsePlain,
}

// Auto parses a transcript in any supported format, detected from its
// content. The zero value is ready to use.
type Auto struct{}

var _ pipeline.Parser = Auto{}

// Parse decodes data, detects its format and parses it.
func (Auto) Parse(path string, data []byte) (*pipeline.Transcript, error) {
	text, err := decode(data)
	if err != nil {
		return nil, &pipeline.FileError{Path: path, Err: err}
	}
	return run(path, text, detect(text))
}

// parseAs parses data with the named parser, skipping detection; the
// exported per-format types use it.
func parseAs(name, path string, data []byte) (*pipeline.Transcript, error) {
	text, err := decode(data)
	if err != nil {
		return nil, &pipeline.FileError{Path: path, Err: err}
	}
	return run(path, text, name)
}

// run parses decoded text with the named parser and checks the result.
func run(path, text, name string) (*pipeline.Transcript, error) {
	t, err := parsers[name](path, text)
	if err != nil {
		return nil, err
	}
	t.Path = path
	t.Format = name
	speakerLabels(t)
	if err := check(path, t); err != nil {
		return nil, err
	}
	return t, nil
}

// lineError returns a positioned error for path.
func lineError(path string, line int, err error) error {
	return &pipeline.FileError{Path: path, Line: line, Err: err}
}
