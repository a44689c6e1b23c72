package format

import (
	"strings"
	"testing"
)

func TestBBCLines(t *testing.T) {
	const doc = "*00:00.060- 00:05.560* :  Hello, this is\n" +
		"a wrapped line\n" +
		"*59:59.000- 61:02.500* : ness crisis\n" +
		"01:02:03.000 - 01:02:04.000:  with hours\n"
	tr, err := BBC{}.Parse("dir/2023_11_07_Gaza_becoming_a__graveyard_for_children__-_UN.md", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Title != "Gaza becoming a graveyard for children - UN" || tr.Published != "2023-11-07" ||
		tr.VideoID != "2023_11_07_Gaza_becoming_a__graveyard_for_children__-_UN" || tr.URL != "" {
		t.Errorf("header = %q %q %q %q", tr.Title, tr.Published, tr.VideoID, tr.URL)
	}
	var got []string
	for _, s := range tr.Segments {
		got = append(got, strings.Join([]string{s.Text, clock(s.Start), clock(s.End)}, "|"))
	}
	want := []string{
		"Hello, this is a wrapped line|0:00:00.060|0:00:05.560",
		"ness crisis|0:59:59.000|1:01:02.500",
		"with hours|1:02:03.000|1:02:04.000",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("segments:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBBCFileNameWithoutDate(t *testing.T) {
	tr, err := BBC{}.Parse("Some_episode.txt", []byte("00:00.000 - 00:01.000:  Hi\n"))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Title != "Some episode" || tr.Published != "" || tr.VideoID != "Some_episode" {
		t.Errorf("got %q %q %q", tr.Title, tr.Published, tr.VideoID)
	}
}
