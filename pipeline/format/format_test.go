package format

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files and testdata/bad")

const (
	formatsDir = "../../testdata/formats"
	seedPath   = "../../testdata/000_895ee33c69e71cdb.txt"
)

// samples lists the format samples with their expected format: the seed and
// every file directly in testdata/formats.
func samples(tb testing.TB) map[string]string {
	tb.Helper()
	want := map[string]string{
		seedPath:                    NameMarkdown,
		"1c7_3_Contain_Comment.vtt": NameVTT,
		"2023_08_27_Fifa_suspends_Spanish_FA_president_over_kiss_at_women_s_World_Cup.txt": NameBBC,
		"2024_08_25_Special_Podcast__Israel_-_Hezbollah_strikes.md":                        NameBBC,
		"37c3-Joscha_Bach-Synthetic_Sentience.json":                                        NameWhisper,
		"FHW-nBIZc2g.md":              NameMarkdown,
		"LexBot_330_python-repr.json": NameYouTube,
		"TLDW_transcript.json":        NameYouTube,
		"debate.txt":                  NamePlain,
		"features.vtt":                NameVTT,
		"notes.txt":                   NamePlain,
		"python-play-with-yt_transcript_hindi.json": NameYouTube,
		"rob_miles_00007_Windfall_Clause.srt":       NameSRT,
		"tags.srt":                                  NameSRT,
		"whisperx.json":                             NameWhisper,
		"youtube_rolling.vtt":                       NameVTT,
	}
	out := map[string]string{seedPath: NameMarkdown}
	entries, err := os.ReadDir(formatsDir)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".golden.json") {
			continue
		}
		f, ok := want[name]
		if !ok {
			tb.Fatalf("%s: no expected format; add it to samples", name)
		}
		out[filepath.Join(formatsDir, name)] = f
	}
	if len(out) != len(want) {
		tb.Fatalf("found %d samples, want %d: a listed file is missing", len(out), len(want))
	}
	return out
}

func TestGolden(t *testing.T) {
	for path, format := range samples(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := Auto{}.Parse(path, data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if tr.Format != format {
				t.Errorf("Format = %q, want %q", tr.Format, format)
			}
			checkInvariants(t, tr)
			got, err := json.MarshalIndent(tr, "", "\t")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
			golden := filepath.Join("testdata", "golden", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Parse(%s) differs from %s; run go test -update and review the diff", path, golden)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	for path, want := range samples(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := Detect(data); got != want {
				t.Errorf("Detect(%s) = %q, want %q", path, got, want)
			}
			// The name must not matter: parse under a misleading one.
			for _, ext := range []string{".txt", ".srt", ".json", ""} {
				tr, err := Auto{}.Parse("renamed"+ext, data)
				if err != nil {
					t.Fatalf("Parse(renamed%s): %v", ext, err)
				}
				if tr.Format != want {
					t.Errorf("Parse(renamed%s).Format = %q, want %q", ext, tr.Format, want)
				}
			}
		})
	}
}

func TestDetectEmptyAndBinary(t *testing.T) {
	for _, data := range [][]byte{nil, []byte(" \n\t"), {0, 1, 2, 'a'}} {
		if got := Detect(data); got != "" {
			t.Errorf("Detect(%q) = %q, want \"\"", data, got)
		}
	}
}

// checkInvariants holds for every parsed transcript: timed starts never
// decrease, segment text is one non-empty line, word offsets lie in the text.
func checkInvariants(tb testing.TB, tr *pipeline.Transcript) {
	tb.Helper()
	if len(tr.Segments) == 0 {
		tb.Fatalf("%s: no segments and no error", tr.Path)
	}
	prev := -1.0
	for i, s := range tr.Segments {
		if s.Text == "" || strings.ContainsAny(s.Text, "\n\r") || strings.TrimSpace(s.Text) != s.Text {
			tb.Fatalf("segment %d text %q is empty, untrimmed or multi-line", i, s.Text)
		}
		if s.Timed {
			if s.Start < prev {
				tb.Fatalf("segment %d starts at %g, before %g", i, s.Start, prev)
			}
			if s.End != 0 && s.End < s.Start {
				tb.Fatalf("segment %d ends at %g before its start %g", i, s.End, s.Start)
			}
			prev = s.Start
		}
		for _, w := range s.Words {
			if w.Start < 0 || w.End > len(s.Text) || w.Start >= w.End {
				tb.Fatalf("segment %d word %+v out of text %q", i, w, s.Text)
			}
		}
	}
}

func TestDetectProse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"{laughs} Hello there.\n", NamePlain},
		{"[Music]\nwelcome back\n", NamePlain},
		{"[{\"text\": \"hi\", \"start\": 0, \"duration\": 1}]", NameYouTube},
		{"[\n  {'text': 'hi', 'start': 0}\n]", NameYouTube},
		{"{\"segments\": []}", NameWhisper},
		{"# Notes\nsome prose\n", NameMarkdown},
		{"00:00.060 - 00:05.560:  Hello", NameBBC},
		{"*00:00.060- 00:05.560* :  Hello", NameBBC},
		{"01:00:00.060 - 01:00:05.560:  Hello", NameBBC},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
