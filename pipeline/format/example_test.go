package format_test

import (
	"fmt"

	"github.com/mentions/mentions/pipeline/format"
)

func ExampleAuto_Parse() {
	data := []byte("*00:00.060- 00:05.560* :  Hello, this is the Global News Podcast\n" +
		"*00:05.560- 00:08.740* :  from the BBC World Service.\n")
	t, err := format.Auto{}.Parse("2024_08_04_Venezuela_opposition_leader_emerges.md", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Format, t.Published, t.Title)
	for _, s := range t.Segments {
		fmt.Printf("%d %.2f-%.2f %s\n", s.Line, s.Start, s.End, s.Text)
	}
	// Output:
	// bbc 2024-08-04 Venezuela opposition leader emerges
	// 1 0.06-5.56 Hello, this is the Global News Podcast
	// 2 5.56-8.74 from the BBC World Service.
}

func ExampleDetect() {
	fmt.Println(format.Detect([]byte("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n")))
	fmt.Println(format.Detect([]byte("1\n00:00:01,000 --> 00:00:02,000\nHi\n")))
	fmt.Println(format.Detect([]byte("Just some notes.\n")))
	// Output:
	// vtt
	// srt
	// plain
}
