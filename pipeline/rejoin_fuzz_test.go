package pipeline

import (
	"strings"
	"testing"
)

// FuzzRejoin splits arbitrary lines into sentences: no panic, no text lost
// or reordered (the sentences' words are the segments' words, in order),
// sentence times never decrease, and every sentence's offset points at its
// text.
func FuzzRejoin(f *testing.F) {
	f.Add("US President Donald Trump says he plans to meet|Vladimir Putin soon. Any such meeting would|reverse years. Mr. Trump made calls.")
	f.Add("Growth was 2.5 percent. and more.|Closing quote.\" Next?|U.S. Then he left.")
	f.Add("...|?!|\"\"|J. K.|")
	f.Fuzz(func(t *testing.T, lines string) {
		var segs []Segment
		for i, l := range strings.Split(lines, "|") {
			segs = append(segs, Segment{Text: l, Start: float64(i), Timed: true})
		}
		j, sents := Rejoin(segs)
		var in, out []string
		for _, s := range segs {
			in = append(in, strings.Fields(s.Text)...)
		}
		prev := -1.0
		for _, s := range sents {
			if j.Text[s.Offset:s.Offset+len(s.Text)] != s.Text {
				t.Fatalf("sentence %d offset %d does not point at its text", s.Index, s.Offset)
			}
			if s.Start < prev || s.End < s.Start {
				t.Fatalf("sentence %d times %v-%v after %v", s.Index, s.Start, s.End, prev)
			}
			prev = s.Start
			out = append(out, strings.Fields(s.Text)...)
		}
		if strings.Join(in, " ") != strings.Join(out, " ") {
			t.Fatalf("words changed:\n in: %q\nout: %q", in, out)
		}
	})
}
