package format

import (
	"reflect"
	"testing"
)

func TestMarkdownFrontMatter(t *testing.T) {
	const doc = `---
Date Generated: June 06, 2024
Transcription Model: whisper medium 20231117
Length: 4094s
Video Keywords: ['françois chollet', "it's", 'a, b']
Video Views: 6572
Video Rating: None
Custom Key: kept
Video Description: Patreon: https://www.patreon.com/x

Chapters:
---
* 00:00 Intro
---
# not the title either
---

# Mindscape 286  Blaise Agüera y Arcas
**Cognitive Revolution "How AI Changes Everything":** [August 10, 2023](https://youtu.be/2GuURchrvOE?t=5)
*  Hello [[00:00:01](https://youtu.be/2GuURchrvOE?t=1)]
*  world [[00:01:02](https://www.youtube.com/watch?v=2GuURchrvOE&t=62)]
*  no link at all
`
	tr, err := Markdown{}.Parse("x/2GuURchrvOE.md", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tr.Description, "Patreon: https://www.patreon.com/x\n\nChapters:\n---\n* 00:00 Intro\n---\n# not the title either"; got != want {
		t.Errorf("Description = %q, want %q", got, want)
	}
	if got, want := tr.Keywords, []string{"françois chollet", "it's", "a, b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Keywords = %q, want %q", got, want)
	}
	wantMeta := map[string]string{"Date Generated": "June 06, 2024", "Video Views": "6572", "Video Rating": "None", "Custom Key": "kept"}
	if !reflect.DeepEqual(tr.Meta, wantMeta) {
		t.Errorf("Meta = %v, want %v", tr.Meta, wantMeta)
	}
	if tr.Title != "Mindscape 286  Blaise Agüera y Arcas" || tr.Channel != `Cognitive Revolution "How AI Changes Everything"` ||
		tr.Published != "2023-08-10" || tr.VideoID != "2GuURchrvOE" || tr.Length != 4094 || tr.Model != "whisper medium 20231117" {
		t.Errorf("header = %q %q %q %q %g %q", tr.Title, tr.Channel, tr.Published, tr.VideoID, tr.Length, tr.Model)
	}
	type seg struct {
		text  string
		start float64
		timed bool
		line  int
	}
	var got []seg
	for _, s := range tr.Segments {
		got = append(got, seg{s.Text, s.Start, s.Timed, s.Line})
	}
	want := []seg{{"Hello", 1, true, 20}, {"world", 62, true, 21}, {"no link at all", 0, false, 22}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("segments = %v, want %v", got, want)
	}
}

func TestMarkdownNoFrontMatter(t *testing.T) {
	tr, err := Auto{}.Parse("abc.md", []byte("*  just a bullet\n*  and another\n"))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Format != NameMarkdown || len(tr.Segments) != 2 || tr.VideoID != "abc" {
		t.Errorf("got %s, %d segments, id %q; want markdown, 2, abc", tr.Format, len(tr.Segments), tr.VideoID)
	}
}
