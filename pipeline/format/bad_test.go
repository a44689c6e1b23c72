package format

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/mentions/mentions/pipeline"
)

const badDir = "../../testdata/bad"

// badCase is one file of the bad-input catalogue (testdata/bad/README.md):
// how to make it, and either the error it must give (and its line) or a
// check of the repaired result.
type badCase struct {
	name     string
	data     func() []byte
	wantErr  error
	wantLine int
	check    func(t *testing.T, tr *pipeline.Transcript)
}

const seedHead = `---
Date Generated: April 14, 2025
Transcription Model: whisper medium 20231117
Length: 501s
Video Keywords: ['bbc']
---

# Ukraine war talks start now | BBC News
**BBC - World News:** [February 13, 2025](https://www.youtube.com/watch?v=-7gvQck95iE)
*  US President Donald Trump says he plans to meet Vladimir Putin soon to discuss how to [[00:00:00](https://www.youtube.com/watch?v=-7gvQck95iE&t=0.0s)]
*  end the war in Ukraine. Any such meeting would reverse years of isolation of the Russian [[00:00:05](https://www.youtube.com/watch?v=-7gvQck95iE&t=5.32s)]
`

func text(s string) func() []byte { return func() []byte { return []byte(s) } }

var badCases = []badCase{
	{name: "empty.txt", data: text(""), wantErr: ErrEmpty},
	{name: "blank.txt", data: text("\n  \r\n\t\n"), wantErr: ErrEmpty},
	{name: "binary.bin", data: func() []byte {
		b := make([]byte, 300)
		for i := range b {
			b[i] = byte(i * 7)
		}
		return b
	}, wantErr: ErrBinary},
	{name: "only_front_matter.md", data: text("---\nDate Generated: April 14, 2025\nLength: 501s\nVideo Keywords: []\n---\n\n"), wantErr: ErrNoLines},
	{name: "unclosed_front_matter.md", data: text("---\nDate Generated: April 14, 2025\nLength: 5"), wantErr: ErrNoLines, wantLine: 1},
	{name: "truncated.md", data: text(seedHead + "*  leader following his full-scale invasion of the country. [[00:00:1"),
		check: func(t *testing.T, tr *pipeline.Transcript) {
			last := tr.Segments[len(tr.Segments)-1]
			if len(tr.Segments) != 3 || last.Timed || last.Text != "leader following his full-scale invasion of the country." || last.Line != 12 {
				t.Errorf("last of %d segments = %+v, want the cut line untimed at line 12", len(tr.Segments), last)
			}
		}},
	{name: "truncated_bbc.md", data: text("*00:00.060- 00:05.560* :  Hello, this is the Global News Podcast\n*00:05.560- 00:08.740* :  from across the world.\n*00:08.7"),
		check: func(t *testing.T, tr *pipeline.Transcript) {
			if tr.Format != NameBBC || len(tr.Segments) != 2 {
				t.Errorf("got %s with %d segments, want bbc with 2 (cut line dropped)", tr.Format, len(tr.Segments))
			}
		}},
	{name: "invalid_utf8.txt", data: text("Caf\xe9 talk in M\xfcnchen\nwith Olaf Scholz \xff\xfe\xfd today.\n"),
		check: func(t *testing.T, tr *pipeline.Transcript) {
			if got, want := tr.Segments[0].Text, "Caf\uFFFD talk in M\uFFFDnchen"; got != want {
				t.Errorf("repaired text = %q, want %q", got, want)
			}
		}},
	{name: "utf16_bom.vtt", data: func() []byte {
		s := "WEBVTT\r\n\r\n00:00:01.000 --> 00:00:03.000\r\nGrüße aus Zürich, said Angela Merkel.\r\n"
		b := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}, check: func(t *testing.T, tr *pipeline.Transcript) {
		if tr.Format != NameVTT || tr.Segments[0].Text != "Grüße aus Zürich, said Angela Merkel." || tr.Segments[0].Line != 3 {
			t.Errorf("got %s %+v, want vtt with the German line at line 3", tr.Format, tr.Segments[0])
		}
	}},
	{name: "crlf.srt", data: text("1\r\n00:00:00,500 --> 00:00:02,000\r\nFirst line\r\nwraps here.\r\n\r\n2\r\n00:00:02,000 --> 00:00:04,000\r\nSecond cue.\r\n"),
		check: func(t *testing.T, tr *pipeline.Transcript) {
			if len(tr.Segments) != 2 || tr.Segments[0].Text != "First line wraps here." || tr.Segments[1].Line != 7 {
				t.Errorf("got %+v, want two cues, the first joined", tr.Segments)
			}
		}},
	{name: "jitter.srt", data: text("1\n00:00:05,000 --> 00:00:06,000\nOne.\n\n2\n00:00:04,600 --> 00:00:07,000\nTwo starts 0.4 s early.\n"),
		check: func(t *testing.T, tr *pipeline.Transcript) {
			if tr.Segments[1].Start != 5 {
				t.Errorf("second start = %g, want it clamped to 5", tr.Segments[1].Start)
			}
		}},
	{name: "out_of_order.srt", data: text("1\n00:00:05,000 --> 00:00:06,000\nOne.\n\n2\n00:00:06,000 --> 00:00:07,000\nTwo.\n\n3\n00:00:01,000 --> 00:00:02,000\nThree goes back five seconds.\n"),
		wantErr: ErrOutOfOrder, wantLine: 10},
	{name: "absurd_time.md", data: text(seedHead + "*  leader following his full-scale invasion [[99:99:99](https://www.youtube.com/watch?v=-7gvQck95iE&t=-5s)]\n"),
		wantErr: ErrBadTime, wantLine: 12},
	{name: "negative_t.md", data: text(seedHead + "*  leader following his full-scale invasion [[00:00:10](https://www.youtube.com/watch?v=-7gvQck95iE&t=-5s)]\n"),
		wantErr: ErrBadTime, wantLine: 12},
	{name: "negative_time.vtt", data: text("WEBVTT\n\n-00:00:01.000 --> 00:00:02.000\nBefore the start.\n"),
		wantErr: ErrBadTime, wantLine: 3},
	{name: "late_time.srt", data: text("1\n50:00:00,000 --> 50:00:01,000\nTwo days in.\n"),
		wantErr: ErrBadTime, wantLine: 2},
	{name: "bad_json.json", data: text("{\"segments\": [\n  {\"start\": 0, \"end\": 1, \"text\": \"ok\"},\n  {\"start\": 1, \"text\": }\n]}\n"),
		wantErr: ErrSyntax, wantLine: 3},
	{name: "bad_list.json", data: text("[{'text': 'unterminated, 'start': 1.0}]\n"), wantErr: ErrSyntax, wantLine: 1},
}

// TestBadInput checks each file of testdata/bad gives its documented
// outcome; with -update it first rewrites the files from badCases.
func TestBadInput(t *testing.T) {
	for _, c := range badCases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(badDir, c.name)
			if *update {
				if err := os.WriteFile(path, c.data(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(data, c.data()) {
				t.Fatalf("%s differs from its badCases entry; run go test -update", path)
			}
			tr, err := Auto{}.Parse(path, data)
			if c.wantErr == nil {
				if err != nil {
					t.Fatalf("Parse: %v, want it repaired and parsed", err)
				}
				checkInvariants(t, tr)
				c.check(t, tr)
				return
			}
			if err == nil {
				t.Fatalf("Parse succeeded with %d segments, want %v", len(tr.Segments), c.wantErr)
			}
			if !errors.Is(err, c.wantErr) {
				t.Errorf("Parse error = %v, want %v", err, c.wantErr)
			}
			var fe *pipeline.FileError
			if !errors.As(err, &fe) || fe.Path != path || fe.Line != c.wantLine {
				t.Errorf("Parse error = %#v, want a FileError for %s line %d", err, path, c.wantLine)
			}
			prefix := path + ":"
			if c.wantLine > 0 {
				prefix = fmt.Sprintf("%s:%d:", path, c.wantLine)
			}
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("error %q does not start with %q", err, prefix)
			}
		})
	}
}

// TestBadCatalogue keeps testdata/bad and its README in step with badCases.
func TestBadCatalogue(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(badDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{"README.md": true}
	for _, c := range badCases {
		known[c.name] = true
		if !bytes.Contains(readme, []byte("`"+c.name+"`")) {
			t.Errorf("README.md does not describe %s", c.name)
		}
	}
	entries, err := os.ReadDir(badDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !known[e.Name()] {
			t.Errorf("%s is in testdata/bad but not in badCases", e.Name())
		}
	}
}
