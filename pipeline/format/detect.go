package format

import (
	"regexp"
	"strings"
)

// detectLines is how many non-blank lines detect reads; every format shows
// itself in its first few lines.
const detectLines = 20

var (
	bbcLineRE   = regexp.MustCompile(`^\*?\d{1,3}(?::\d{2}){1,2}[.,]\d{1,3} ?- ?\d{1,3}(?::\d{2}){1,2}[.,]\d{1,3}\*? ?:`)
	cueTimingRE = regexp.MustCompile(`^\s*\d+(?::\d+){1,2}[.,]\d+\s*-->`)
	channelRE   = regexp.MustCompile(`^\*\*.*:\*\*`)
)

// Detect reports the name of the format of data ("markdown", "bbc", "vtt",
// "srt", "whisper", "youtube" or "plain"), judged from its content alone, or
// "" when data is empty or binary.
func Detect(data []byte) string {
	text, err := decode(data)
	if err != nil {
		return ""
	}
	return detect(text)
}

// detect judges decoded text by its first non-blank lines. Anything that is
// text but no known format is plain.
func detect(text string) string {
	first := strings.TrimLeft(text, " \t\n\uFEFF")
	switch {
	case strings.HasPrefix(first, "WEBVTT"):
		return NameVTT
	case strings.HasPrefix(first, "{") && startsWithAny(first[1:], `"}`):
		return NameWhisper
	case strings.HasPrefix(first, "["):
		rest := strings.TrimLeft(first[1:], " \t\n")
		if strings.HasPrefix(rest, "]") ||
			strings.HasPrefix(rest, "{") && startsWithAny(rest[1:], `"'}`) {
			return NameYouTube
		}
	}
	var lines []string
	for line := range strings.Lines(first) {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
			if len(lines) == detectLines {
				break
			}
		}
	}
	if len(lines) == 0 {
		return NamePlain
	}
	if lines[0] == "---" || strings.HasPrefix(lines[0], "# ") {
		return NameMarkdown
	}
	if bbcLineRE.MatchString(lines[0]) {
		return NameBBC
	}
	for i, line := range lines {
		if cueTimingRE.MatchString(line) {
			return NameSRT
		}
		if i < 3 && (channelRE.MatchString(line) || isBullet(line)) {
			return NameMarkdown
		}
	}
	return NamePlain
}

// isBullet reports whether line is a Markdown bullet, "*" then a space.
func isBullet(line string) bool {
	return len(line) > 1 && line[0] == '*' && (line[1] == ' ' || line[1] == '\t')
}

// startsWithAny reports whether s, after white space, starts with one of the
// bytes in set: how a JSON object or Python dict opens, unlike prose such
// as "{laughs}" or "[Music]".
func startsWithAny(s, set string) bool {
	s = strings.TrimLeft(s, " \t\n")
	return s != "" && strings.IndexByte(set, s[0]) >= 0
}
