package format

import (
	"fmt"
	"strings"
)

// cue is one subtitle cue of a VTT or SRT file before its text is cleaned.
type cue struct {
	start, end float64
	line       int      // line of the timing
	text       []string // raw text lines
}

// parseTiming parses a cue timing line, "START --> END [settings]", shared
// by WebVTT and SubRip. ok is false when line is not a timing line at all;
// err is set when it is one with an impossible time.
func parseTiming(line string) (start, end float64, ok bool, err error) {
	a, b, found := strings.Cut(line, "-->")
	if !found {
		return 0, 0, false, nil
	}
	a = strings.TrimSpace(a)
	b = strings.TrimSpace(b)
	if i := strings.IndexAny(b, " \t"); i >= 0 {
		b = b[:i] // cue settings follow the end time
	}
	if a == "" || b == "" || !isClockish(a) || !isClockish(b) {
		return 0, 0, false, nil
	}
	if start, err = parseClock(a); err != nil {
		return 0, 0, true, fmt.Errorf("cue start: %w", err)
	}
	if end, err = parseClock(b); err != nil {
		return 0, 0, true, fmt.Errorf("cue end: %w", err)
	}
	return start, end, true, nil
}

// isClockish reports whether s is made of the characters of a clock time, so
// that prose holding an arrow is not taken for a timing.
func isClockish(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && c != ':' && c != '.' && c != ',' && c != '-' {
			return false
		}
	}
	return strings.IndexByte(s, ':') >= 0
}

// stripTags removes markup tags (<i>, <c.color>, </v>, <00:00:01.000>, <font
// color="red">) and SubStation overrides ({\an8}) from s, and returns the
// annotation of the first voice tag <v Name> as the speaker. A '<' that does
// not open a tag is kept.
func stripTags(s string) (text, speaker string) {
	if !strings.ContainsAny(s, "<{") {
		return s, ""
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c == '{' && strings.HasPrefix(s[i:], `{\`) {
			if j := strings.IndexByte(s[i:], '}'); j >= 0 {
				i += j + 1
				continue
			}
		}
		if c == '<' && i+1 < len(s) && isTagStart(s[i+1]) {
			if j := strings.IndexByte(s[i:], '>'); j >= 0 {
				tag := s[i+1 : i+j]
				if speaker == "" && (strings.HasPrefix(tag, "v ") || strings.HasPrefix(tag, "v.")) {
					if _, name, ok := strings.Cut(tag, " "); ok {
						speaker = strings.TrimSpace(name)
					}
				}
				i += j + 1
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String(), speaker
}

func isTagStart(c byte) bool {
	return c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}
