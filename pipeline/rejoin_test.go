package pipeline

import (
	"strings"
	"testing"
)

func timed(start float64, text string) Segment {
	return Segment{Text: text, Start: start, Timed: true}
}

func TestRejoin(t *testing.T) {
	tests := []struct {
		name string
		segs []Segment
		want []Sentence // Text, FirstSeg, LastSeg, Start, End are checked
	}{
		{
			name: "sentence across a line break",
			segs: []Segment{
				timed(0, "Trump says he plans to meet Putin soon to discuss how to"),
				timed(5.32, "end the war in Ukraine. Any such meeting would reverse years"),
				timed(10.36, "of isolation."),
			},
			want: []Sentence{
				{Text: "Trump says he plans to meet Putin soon to discuss how to end the war in Ukraine.", FirstSeg: 0, LastSeg: 1, Start: 0, End: 10.36},
				{Text: "Any such meeting would reverse years of isolation.", FirstSeg: 1, LastSeg: 2, Start: 5.32, End: 10.36},
			},
		},
		{
			name: "closed captions' >> starts a new speaker's sentence",
			segs: []Segment{
				timed(4, "THE KREMLIN SPOKESMAN SAID NO DATE HAD BEEN SET."),
				timed(8, ">> SENATOR JOHN SMITH TOLD REPORTERS HE WAS WORRIED >> WE ALL ARE"),
			},
			want: []Sentence{
				{Text: "THE KREMLIN SPOKESMAN SAID NO DATE HAD BEEN SET.", FirstSeg: 0, LastSeg: 0, Start: 4, End: 8},
				{Text: ">> SENATOR JOHN SMITH TOLD REPORTERS HE WAS WORRIED", FirstSeg: 1, LastSeg: 1, Start: 8, End: 8},
				{Text: ">> WE ALL ARE", FirstSeg: 1, LastSeg: 1, Start: 8, End: 8},
			},
		},
		{
			name: "titles, initials and U.S. do not end sentences",
			segs: []Segment{timed(1, "Mr. Trump met Dr. Smith and J. K. Rowling in the U.S. Then he left.")},
			want: []Sentence{
				{Text: "Mr. Trump met Dr. Smith and J. K. Rowling in the U.S.", Start: 1, End: 1},
				{Text: "Then he left.", Start: 1, End: 1},
			},
		},
		{
			name: "a quotation's tag ends its sentence",
			segs: []Segment{timed(3, "“How many times do we see this?” Clinton said. “It's wrong.” Sen. Claire McCaskill added, “Enough.” “No.” She says it matters.")},
			want: []Sentence{
				{Text: "“How many times do we see this?” Clinton said.", Start: 3, End: 3},
				{Text: "“It's wrong.” Sen. Claire McCaskill added, “Enough.”", Start: 3, End: 3},
				{Text: "“No.”", Start: 3, End: 3},
				{Text: "She says it matters.", Start: 3, End: 3},
			},
		},
		{
			name: "lower case after a period and decimals stay together",
			segs: []Segment{timed(2, "Growth was 2.5 percent. and more. Closing quote.\" Next?")},
			want: []Sentence{
				{Text: "Growth was 2.5 percent. and more.", Start: 2, End: 2},
				{Text: "Closing quote.\"", Start: 2, End: 2},
				{Text: "Next?", Start: 2, End: 2},
			},
		},
		{
			name: "untimed segments give untimed sentences",
			segs: []Segment{{Text: "Hello there. General Kenobi."}},
			want: []Sentence{{Text: "Hello there."}, {Text: "General Kenobi."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, got := Rejoin(tt.segs)
			if len(got) != len(tt.want) {
				t.Fatalf("Rejoin gave %d sentences %q, want %d", len(got), texts(got), len(tt.want))
			}
			for i, g := range got {
				w := tt.want[i]
				if g.Text != w.Text || g.FirstSeg != w.FirstSeg || g.LastSeg != w.LastSeg || g.Start != w.Start || g.End != w.End {
					t.Errorf("sentence %d = {%q seg %d-%d, %v-%v}, want {%q seg %d-%d, %v-%v}",
						i, g.Text, g.FirstSeg, g.LastSeg, g.Start, g.End, w.Text, w.FirstSeg, w.LastSeg, w.Start, w.End)
				}
				if j.Text[g.Offset:g.Offset+len(g.Text)] != g.Text {
					t.Errorf("sentence %d offset %d does not point at its text", i, g.Offset)
				}
			}
		})
	}
}

func TestRejoinLongRunCutAtSegment(t *testing.T) {
	var segs []Segment
	for i := 0; i < 40; i++ {
		segs = append(segs, timed(float64(i), "and so we went on talking without any full stop at all"))
	}
	_, got := Rejoin(segs)
	if len(got) < 2 {
		t.Fatalf("Rejoin gave %d sentences for a long unpunctuated run, want several", len(got))
	}
	total := 0
	for i, s := range got {
		if len(s.Text) > maxSentence+100 {
			t.Errorf("sentence of %d bytes, want at most about %d", len(s.Text), maxSentence)
		}
		if i < len(got)-1 && len(s.Text) < maxSentence {
			// cut at the first segment boundary past maxSentence, not at
			// every boundary (which left one caption line a sentence)
			t.Errorf("sentence %d of %d bytes, want at least %d", i, len(s.Text), maxSentence)
		}
		total += len(strings.Fields(s.Text))
	}
	if total != 40*12 {
		t.Errorf("sentences hold %d words, want %d (no text lost)", total, 40*12)
	}
}

// TestRejoinCaseless: in a transcript written all in lower case, a
// sentence may start with a small letter; in a cased one it may not
// ("e.g. this" goes on). Lines from the seed, lower-cased.
func TestRejoinCaseless(t *testing.T) {
	low := []Segment{
		timed(0, "us president donald trump says he plans to meet vladimir putin soon to discuss how to end the war in ukraine."),
		timed(5.32, "any such meeting would reverse years of isolation of the russian leader following his full-scale invasion of the country."),
		timed(10.1, "it comes after mr. trump made two phone calls, one to the kremlin, the other to ukraine's president zelensky."),
	}
	_, got := Rejoin(low)
	if len(got) != 3 || !strings.HasPrefix(got[2].Text, "it comes after mr. trump") {
		t.Errorf("Rejoin(lower case) = %q, want three sentences (and no cut after \"mr.\")", texts(got))
	}
	cased := []Segment{timed(0, "We saw it, e.g. the map. And then the talks began.")}
	if _, got := Rejoin(cased); len(got) != 2 {
		t.Errorf("Rejoin(cased) = %q, want two sentences", texts(got))
	}
}

func TestSegmentAt(t *testing.T) {
	j := Join([]Segment{{Text: "ab"}, {Text: " cd "}, {Text: "e"}})
	if j.Text != "ab cd e" {
		t.Fatalf("Join = %q, want %q", j.Text, "ab cd e")
	}
	for off, want := range []int{0, 0, 0, 1, 1, 1, 2} {
		if got := j.SegmentAt(off); got != want {
			t.Errorf("SegmentAt(%d) = %d, want %d", off, got, want)
		}
	}
}

func texts(ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

// TestRejoinSpeakerTurns: a sentence never runs from one speaker into the
// next, even without a full stop between them.
func TestRejoinSpeakerTurns(t *testing.T) {
	segs := []Segment{
		{Text: "I want to try to get", Speaker: "WALLACE"},
		{Text: "And that is why we will win.", Speaker: "PENCE"},
		{Text: "Thank you,", Speaker: "WALLACE"},
		{Text: "Governor.", Speaker: "WALLACE"},
	}
	_, got := Rejoin(segs)
	want := []string{"I want to try to get", "And that is why we will win.", "Thank you, Governor."}
	if g := texts(got); strings.Join(g, "|") != strings.Join(want, "|") {
		t.Errorf("Rejoin = %q, want %q", g, want)
	}
}
