package format

import (
	"regexp"
	"strings"
	"time"

	"github.com/mentions/mentions/pipeline"
)

// BBC parses the Global News Podcast transcripts written by
// whisper-timestamped: one line per segment, "*MM:SS.mmm- MM:SS.mmm* :  text"
// in .md files or "MM:SS.mmm - MM:SS.mmm:  text" in .txt files (an hour
// field is accepted too). The date and title live only in the file name,
// "2024_08_04_Venezuela_opposition_leader_emerges.md".
type BBC struct{}

var _ pipeline.Parser = BBC{}

// Parse parses data as a BBC transcript.
func (BBC) Parse(path string, data []byte) (*pipeline.Transcript, error) {
	return parseAs(NameBBC, path, data)
}

var (
	bbcFullRE  = regexp.MustCompile(`^\*?(\d+(?::\d+){1,2}(?:[.,]\d+)?) ?- ?(\d+(?::\d+){1,2}(?:[.,]\d+)?)\*? ?:(.*)$`)
	bbcNameRE  = regexp.MustCompile(`^(\d{4})_(\d{2})_(\d{2})_(.*)$`)
	bbcStartRE = regexp.MustCompile(`^\*?\d`)
)

func parseBBC(path, text string) (*pipeline.Transcript, error) {
	t := &pipeline.Transcript{}
	fromFileName(t, baseName(path))
	lines := strings.Split(text, "\n")
	last := len(lines) - 1
	for last >= 0 && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	wrapped := map[int][]string{} // segment index → its continuation lines
	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		m := bbcFullRE.FindStringSubmatch(line)
		if m == nil {
			if i == last && bbcStartRE.MatchString(line) {
				break // the file was cut inside a timing: drop the fragment
			}
			// A wrapped line continues the segment before it; the pieces
			// are joined once, at the end, to stay linear.
			if n := len(t.Segments); n > 0 {
				wrapped[n-1] = append(wrapped[n-1], line)
			} else {
				t.Segments = append(t.Segments, pipeline.Segment{Text: cleanText(line), Line: i + 1})
			}
			continue
		}
		start, err := parseClock(m[1])
		if err != nil {
			return nil, lineError(path, i+1, err)
		}
		end, err := parseClock(m[2])
		if err != nil {
			return nil, lineError(path, i+1, err)
		}
		seg := pipeline.Segment{Text: cleanText(m[3]), Start: start, End: end, Timed: true, Line: i + 1}
		if seg.Text != "" {
			t.Segments = append(t.Segments, seg)
		}
	}
	for n, more := range wrapped {
		s := &t.Segments[n]
		s.Text = cleanText(s.Text + " " + strings.Join(more, " "))
	}
	return t, nil
}

// fromFileName takes the date, title and id from a name such as
// "2024_08_04_Venezuela_opposition_leader_emerges". Underscores become
// spaces and runs of them (left where punctuation was removed) one space.
func fromFileName(t *pipeline.Transcript, name string) {
	t.VideoID = name
	title := name
	if m := bbcNameRE.FindStringSubmatch(name); m != nil {
		date := m[1] + "-" + m[2] + "-" + m[3]
		if _, err := time.Parse(time.DateOnly, date); err == nil {
			t.Published = date
			title = m[4]
		}
	}
	t.Title = cleanText(strings.ReplaceAll(title, "_", " "))
}
