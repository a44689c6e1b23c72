package format

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mentions/mentions/pipeline"
)

// cleanText trims s and collapses every run of white space (line breaks,
// tabs, no-break spaces) to one space, so that segment text is one line.
func cleanText(s string) string {
	simple := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c < ' ' || (c == ' ' && prevSpace) {
			simple = false
			break
		}
		prevSpace = c == ' '
	}
	if simple && !prevSpace {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// isSpace is unicode.IsSpace plus the other control characters, which have
// no place in transcript text.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

// MaxSegment is the longest segment text accepted, in bytes. A real line
// of speech, cue or Whisper segment is well under a kilobyte; a megabyte
// without a break is not a transcript (a log, a dump, a minified file), and
// passing it on would make one "sentence" of all of it.
const MaxSegment = 1 << 20

// check validates and normalises the times of a parsed transcript (see the
// package doc), rejects a transcript without segments or with a segment over
// MaxSegment. It fills Length from the last time when the format does not
// give one.
func check(path string, t *pipeline.Transcript) error {
	// A line of nothing but control characters cleans to nothing.
	t.Segments = slices.DeleteFunc(t.Segments, func(s pipeline.Segment) bool { return s.Text == "" })
	if len(t.Segments) == 0 {
		return lineError(path, 0, ErrNoLines)
	}
	prev, havePrev := 0.0, false
	last := 0.0
	for i := range t.Segments {
		s := &t.Segments[i]
		if len(s.Text) > MaxSegment {
			return lineError(path, s.Line, fmt.Errorf("%w: %d bytes without a break", ErrTooLong, len(s.Text)))
		}
		if !s.Timed {
			continue
		}
		if err := checkTime(s.Start); err != nil {
			return lineError(path, s.Line, fmt.Errorf("start: %w", err))
		}
		if err := checkTime(s.End); err != nil {
			return lineError(path, s.Line, fmt.Errorf("end: %w", err))
		}
		if havePrev && s.Start < prev {
			if prev-s.Start > 1 {
				return lineError(path, s.Line, fmt.Errorf("%w: %s after %s",
					ErrOutOfOrder, clock(s.Start), clock(prev)))
			}
			s.Start = prev
		}
		if s.End != 0 && s.End < s.Start {
			s.End = s.Start
		}
		prev, havePrev = s.Start, true
		last = max(last, s.Start, s.End)
	}
	if t.Length == 0 {
		t.Length = last
	}
	return nil
}

// checkTime rejects negative, non-finite and implausibly late times.
func checkTime(x float64) error {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return fmt.Errorf("%w: not a number", ErrBadTime)
	case x < 0:
		return fmt.Errorf("%w: negative time %g", ErrBadTime, x)
	case x > maxTime:
		return fmt.Errorf("%w: %s is past 48 hours", ErrBadTime, clock(x))
	}
	return nil
}

// clock formats seconds as H:MM:SS.mmm for error messages.
func clock(x float64) string {
	if x > 1e9 {
		return fmt.Sprintf("%gs", x)
	}
	ms := int64(math.Round(x * 1000))
	return fmt.Sprintf("%d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}
