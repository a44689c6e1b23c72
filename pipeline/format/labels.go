package format

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// cutLabel splits a segment's text into a speaker's label and the rest:
// an optional ">>" or "-", one to four words each capitalised (or a
// number, "Speaker 2"; abbreviation dots allowed, "Sen. Warren"), a colon
// and text after it. A word that opens a sentence before a colon is no
// label ("Note:", "Update:").
func cutLabel(text string) (label, rest string, ok bool) {
	s := strings.TrimLeft(text, " ")
	s = strings.TrimPrefix(s, ">>")
	s = strings.TrimLeft(strings.TrimPrefix(s, "- "), " ")
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || colon > 40 || colon+1 >= len(s) || s[colon+1] != ' ' {
		return "", "", false
	}
	label, rest = s[:colon], strings.TrimSpace(s[colon+1:])
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 || rest == "" {
		return "", "", false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(i > 0 && unicode.IsDigit(r)) {
			return "", "", false
		}
	}
	if len(words) == 1 && (utf8.RuneCountInString(words[0]) < 2 || notLabel[strings.ToLower(words[0])]) {
		return "", "", false
	}
	return label, rest, true
}

// notLabel are words that open a line before a colon without naming who
// speaks.
var notLabel = map[string]bool{
	"note": true, "notes": true, "update": true, "warning": true, "example": true, "question": true,
	"answer": true, "summary": true, "source": true, "sources": true, "transcript": true, "chapter": true,
	"part": true, "step": true, "tip": true, "bonus": true, "re": true, "subject": true, "date": true,
	"time": true, "location": true, "caption": true, "captions": true, "music": true, "applause": true,
	"laughter": true, "edit": true, "correction": true, "disclaimer": true, "intro": true, "outro": true,
}
