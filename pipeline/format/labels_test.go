package format

import (
	"testing"

	"github.com/mentions/mentions/pipeline"
)

func TestCutLabel(t *testing.T) {
	tests := []struct {
		text, label, rest string
		ok                bool
	}{
		{"TRUMP: We will build it.", "TRUMP", "We will build it.", true},
		{">> SPEAKER 2: Thank you.", "SPEAKER 2", "Thank you.", true},
		{"Sen. Elizabeth Warren: I disagree.", "Sen. Elizabeth Warren", "I disagree.", true},
		{"- Lester Holt: Good evening.", "Lester Holt", "Good evening.", true},
		{"Note: edited for length.", "", "", false},
		{"The plan: cut taxes.", "", "", false}, // "plan" is not capitalised
		{"At 10:30 we met.", "", "", false},
		{"SMITH:", "", "", false},  // nothing said
		{"A: Yes.", "", "", false}, // one letter
	}
	for _, tt := range tests {
		label, rest, ok := cutLabel(tt.text)
		if label != tt.label || rest != tt.rest || ok != tt.ok {
			t.Errorf("cutLabel(%q) = %q, %q, %v; want %q, %q, %v", tt.text, label, rest, ok, tt.label, tt.rest, tt.ok)
		}
	}
}

// TestSpeakerLabels: labels that open two or more segments name the
// speakers, and the segments after a label continue its turn; a one-off
// label is text, and a format's own speakers are kept.
func TestSpeakerLabels(t *testing.T) {
	segs := func(texts ...string) *pipeline.Transcript {
		tr := &pipeline.Transcript{}
		for _, s := range texts {
			tr.Segments = append(tr.Segments, pipeline.Segment{Text: s})
		}
		return tr
	}
	tr := segs("JONES: Taxes will fall.", "For everyone.", "SMITH: No.", "JONES: Yes.", "Breaking News: a fire.")
	speakerLabels(tr)
	want := []pipeline.Segment{
		{Text: "Taxes will fall.", Speaker: "JONES"}, {Text: "For everyone.", Speaker: "JONES"},
		{Text: "No.", Speaker: "SMITH"}, {Text: "Yes.", Speaker: "JONES"},
		{Text: "Breaking News: a fire.", Speaker: "JONES"},
	}
	for i, s := range tr.Segments {
		if s.Text != want[i].Text || s.Speaker != want[i].Speaker {
			t.Errorf("segment %d = %q by %q, want %q by %q", i, s.Text, s.Speaker, want[i].Text, want[i].Speaker)
		}
	}
	once := segs("Note: edited.", "Breaking News: a fire.", "The rest.")
	speakerLabels(once)
	if once.Segments[0].Speaker != "" || once.Segments[1].Text != "Breaking News: a fire." {
		t.Errorf("one-off labels were read as speakers: %+v", once.Segments)
	}
	own := segs("JONES: Taxes.", "JONES: More.")
	own.Segments[0].Speaker = "Speaker A"
	speakerLabels(own)
	if own.Segments[1].Speaker != "" || own.Segments[1].Text != "JONES: More." {
		t.Errorf("a format's own speakers were overridden: %+v", own.Segments)
	}
}
