package format

import (
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// speakerLabels reads speaker labels that open segments ("TRUMP: We will
// ...", "Lester Holt: Good evening", ">> SPEAKER 2: Thank you"), as debate
// and hearing transcripts and broadcast captions write them, when the
// format gives no speakers of its own. The label becomes the segment's
// speaker and leaves its text, so it is neither a mention (it is not
// spoken) nor part of a sentence; the segments after it without a label
// continue the same turn. Labels are read only in a transcript where one
// of them opens two or more segments, and then a label counts when it
// repeats too or is written in capitals ("AUDIENCE MEMBER:"): a one-off
// "Breaking News:" is text.
func speakerLabels(t *pipeline.Transcript) {
	for _, s := range t.Segments {
		if s.Speaker != "" {
			return // the format names its speakers
		}
	}
	count := make(map[string]int)
	for _, s := range t.Segments {
		if label, _, ok := cutLabel(s.Text); ok {
			count[label]++
		}
	}
	repeated := false
	for _, n := range count {
		repeated = repeated || n >= 2
	}
	if !repeated {
		return
	}
	speaker := ""
	for i := range t.Segments {
		s := &t.Segments[i]
		if label, rest, ok := cutLabel(s.Text); ok && (count[label] >= 2 || strings.ToUpper(label) == label) {
			speaker, s.Text = label, rest
		}
		s.Speaker = speaker
	}
}

// cutLabel splits a segment's text into a speaker's label
// (pipeline.SpeakerLabel) and the rest.
func cutLabel(text string) (label, rest string, ok bool) {
	start, end, ok := pipeline.SpeakerLabel(text)
	if !ok {
		return "", "", false
	}
	return text[start:end], strings.TrimSpace(text[end+1:]), true
}
