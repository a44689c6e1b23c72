package pipeline

import "testing"

func TestDeepLink(t *testing.T) {
	tests := []struct {
		id, url string
		start   float64
		want    string
	}{
		{"-7gvQck95iE", "https://www.youtube.com/watch?v=-7gvQck95iE", 99.36, "https://www.youtube.com/watch?v=-7gvQck95iE&t=99s"},
		{"-7gvQck95iE", "https://youtu.be/-7gvQck95iE", 0, "https://www.youtube.com/watch?v=-7gvQck95iE&t=0s"},
		{"000_895ee33c", "https://www.youtube.com/watch?v=x", 5, ""},
		{"-7gvQck95iE", "https://www.bbc.co.uk/news", 5, ""},
		{"2024_08_04_Venezuela", "", 5, ""},
	}
	for _, tt := range tests {
		got := DeepLink(&Transcript{VideoID: tt.id, URL: tt.url}, tt.start)
		if got != tt.want {
			t.Errorf("DeepLink(%q, %q, %v) = %q, want %q", tt.id, tt.url, tt.start, got, tt.want)
		}
	}
}
