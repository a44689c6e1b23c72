package format

import (
	"fmt"
	"math"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/mentions/mentions/pipeline"
)

// Markdown parses the seed's family: YAML-like front matter between "---"
// lines, a "# title" line, a "**Channel:** [Month DD, YYYY](url)" line, then
// one bullet per line of speech, each optionally ending in a timestamp link
// "[[HH:MM:SS](https://www.youtube.com/watch?v=ID&t=SECONDSs)]".
type Markdown struct{}

var _ pipeline.Parser = Markdown{}

// Parse parses data as a Markdown transcript.
func (Markdown) Parse(path string, data []byte) (*pipeline.Transcript, error) {
	return parseAs(NameMarkdown, path, data)
}

var (
	keyRE         = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9 _-]{0,40}):(?:\s(.*))?$`)
	channelFullRE = regexp.MustCompile(`^\*\*(.*):\*\*\s*(.*)$`)
	mdLinkRE      = regexp.MustCompile(`^\[([^\]]*)\]\(([^)\s]*)\)`)
	tsLinkRE      = regexp.MustCompile(`^\[\[([^\]]*)\]\(([^)\s]*)\)\]$`)
	tParamRE      = regexp.MustCompile(`[?&#]t=([^&#]*)`)
	hmsRE         = regexp.MustCompile(`^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$`)
	decimalRE     = regexp.MustCompile(`^-?\d+(?:\.\d+)?$`)
)

func parseMarkdown(path, text string) (*pipeline.Transcript, error) {
	lines := strings.Split(text, "\n")
	t := &pipeline.Transcript{Meta: map[string]string{}}
	body := 0
	if open := nextNonBlank(lines, 0); open < len(lines) && strings.TrimSpace(lines[open]) == "---" {
		end := frontMatterEnd(lines, open)
		if end < 0 {
			return nil, lineError(path, open+1, fmt.Errorf("%w: front matter has no closing ---", ErrNoLines))
		}
		parseFrontMatter(t, lines[open+1:end])
		body = end + 1
	}
	linkURL := ""
	for i := body; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		head := len(t.Segments) == 0
		switch {
		case line == "":
		case head && t.Title == "" && strings.HasPrefix(line, "# "):
			t.Title = strings.TrimSpace(line[2:])
		case head && t.Channel == "" && channelFullRE.MatchString(line):
			parseChannel(t, line)
		case isBullet(line):
			seg, u, err := parseBullet(line[1:], i+1)
			if err != nil {
				return nil, lineError(path, i+1, err)
			}
			if seg.Text != "" {
				t.Segments = append(t.Segments, seg)
			}
			if linkURL == "" {
				linkURL = u
			}
		default:
			// Prose outside bullets is still transcript text.
			if text := cleanText(line); text != "" {
				t.Segments = append(t.Segments, pipeline.Segment{Text: text, Line: i + 1})
			}
		}
	}
	t.VideoID = videoID(t.URL)
	if t.VideoID == "" {
		t.VideoID = videoID(linkURL)
	}
	if t.VideoID == "" {
		t.VideoID = baseName(path)
	}
	if len(t.Meta) == 0 {
		t.Meta = nil
	}
	return t, nil
}

// nextNonBlank returns the index of the first non-blank line at or after i,
// or len(lines).
func nextNonBlank(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

// frontMatterEnd finds the "---" that closes the front matter opened at
// lines[open], or -1. A Video Description may itself hold "---" lines, so
// the closing one is recognised by what follows it: the last "---" followed
// by the "# title" line; failing that, the first followed by the channel
// line or a bullet; failing that, the first followed by nothing (a file of
// front matter alone); failing that, the first "---" at all.
func frontMatterEnd(lines []string, open int) int {
	title, bullet, eof, first := -1, -1, -1, -1
	for j := open + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) != "---" {
			continue
		}
		if first < 0 {
			first = j
		}
		k := nextNonBlank(lines, j+1)
		if k == len(lines) {
			if eof < 0 {
				eof = j
			}
			continue
		}
		next := strings.TrimSpace(lines[k])
		switch {
		case strings.HasPrefix(next, "# "):
			title = j
		case bullet < 0 && (isBullet(next) || channelFullRE.MatchString(next)):
			bullet = j
		}
	}
	for _, j := range []int{title, bullet, eof} {
		if j >= 0 {
			return j
		}
	}
	return first
}

// parseFrontMatter fills t from "Key: value" lines. Everything after
// "Video Description:" belongs to the description, since it holds lines that
// look like keys ("Patreon: https://..."). A line that is not a key line
// continues the value before it.
func parseFrontMatter(t *pipeline.Transcript, lines []string) {
	type field struct{ key, value string }
	var fields []field
	for i, line := range lines {
		m := keyRE.FindStringSubmatch(line)
		if m == nil {
			if n := len(fields); n > 0 {
				fields[n-1].value += "\n" + line
			}
			continue
		}
		if m[1] == "Video Description" {
			rest := append([]string{m[2]}, lines[i+1:]...)
			t.Description = strings.TrimSpace(strings.Join(rest, "\n"))
			break
		}
		fields = append(fields, field{m[1], m[2]})
	}
	for _, f := range fields {
		v := strings.TrimSpace(f.value)
		switch f.key {
		case "Transcription Model":
			t.Model = v
		case "Length":
			if n, err := parseLength(v); err == nil {
				t.Length = n
			} else {
				t.Meta[f.key] = v
			}
		case "Video Keywords":
			if kw, err := parsePyStrings(v); err == nil {
				t.Keywords = kw
			} else {
				t.Meta[f.key] = v
			}
		default:
			t.Meta[f.key] = v
		}
	}
}

// parseLength parses a length such as "501s", "501" or "1:23:45".
func parseLength(s string) (float64, error) {
	s = strings.TrimSuffix(s, "s")
	if decimalRE.MatchString(s) {
		return strconv.ParseFloat(s, 64)
	}
	return parseClock(s)
}

// parseChannel reads "**Label:** [Month DD, YYYY](url)".
func parseChannel(t *pipeline.Transcript, line string) {
	m := channelFullRE.FindStringSubmatch(line)
	t.Channel = strings.TrimSpace(m[1])
	link := mdLinkRE.FindStringSubmatch(m[2])
	if link == nil {
		return
	}
	t.URL = link[2]
	date := strings.TrimSpace(link[1])
	for _, layout := range []string{"January 2, 2006", "Jan 2, 2006", "2006-01-02", "2 January 2006"} {
		if d, err := time.Parse(layout, date); err == nil {
			t.Published = d.Format(time.DateOnly)
			return
		}
	}
	if date != "" {
		t.Meta["Published"] = date
	}
}

// parseBullet parses the text of a bullet after its "*". A timestamp link at
// the end gives the start; a link that is cut off or malformed is dropped
// and the text kept untimed. It also returns the link's URL.
func parseBullet(rest string, line int) (pipeline.Segment, string, error) {
	text := strings.TrimSpace(rest)
	seg := pipeline.Segment{Line: line}
	u := ""
	if i := strings.LastIndex(text, "[["); i >= 0 {
		if m := tsLinkRE.FindStringSubmatch(text[i:]); m != nil {
			start, err := linkTime(m[1], m[2])
			if err != nil {
				return seg, "", err
			}
			seg.Start, seg.Timed, u = start, true, m[2]
		}
		text = text[:i]
	}
	seg.Text = cleanText(text)
	return seg, u, nil
}

// linkTime returns the time of a timestamp link: the t= parameter of its
// URL (123, 123.4s, 1h2m3s), else its HH:MM:SS label, rounded to hundredths
// to remove float noise. A label that is not a valid clock is an error even
// when t= is present: the line is corrupt.
func linkTime(label, rawURL string) (float64, error) {
	label = strings.TrimSpace(label)
	clockTime := 0.0
	if label != "" {
		var err error
		if clockTime, err = parseClock(label); err != nil {
			return 0, err
		}
	}
	x := clockTime
	if m := tParamRE.FindStringSubmatch(rawURL); m != nil {
		v, err := parseTParam(m[1])
		if err != nil {
			return 0, err
		}
		x = v
	} else if label == "" {
		return 0, fmt.Errorf("%w: link has neither a time nor t=", ErrBadTime)
	}
	return math.Round(x*100) / 100, nil
}

// parseTParam parses a YouTube t= value: seconds with an optional "s", or
// the 1h2m3s form.
func parseTParam(v string) (float64, error) {
	if s := strings.TrimSuffix(v, "s"); decimalRE.MatchString(s) {
		return strconv.ParseFloat(s, 64)
	}
	m := hmsRE.FindStringSubmatch(v)
	if m == nil || v == "" {
		return 0, fmt.Errorf("%w: t=%s", ErrBadTime, v)
	}
	var h, min, sec float64
	h, _ = strconv.ParseFloat("0"+m[1], 64)
	min, _ = strconv.ParseFloat("0"+m[2], 64)
	sec, _ = strconv.ParseFloat("0"+m[3], 64)
	return h*3600 + min*60 + sec, nil
}

// videoID returns the YouTube id in a watch or youtu.be URL, or "".
func videoID(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if strings.HasSuffix(u.Host, "youtu.be") {
		return strings.Trim(u.Path, "/")
	}
	return u.Query().Get("v")
}

// baseName is the file name without directory and extension: the stable
// name of a transcript that carries no id of its own.
func baseName(path string) string {
	base := filepath.Base(path)
	if base == "." || base == "/" {
		return ""
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}
