package extract

import "testing"

func TestClean(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"President Trump", "Trump"},
		{"Mr Trump", "Trump"},
		{"Mr. Trump", "Trump"},
		{"Defence Secretary Pete Hegseth", "Pete Hegseth"},
		{"Ukrainian President Zelensky", "Zelensky"},
		{"Ukraine's", "Ukraine"},
		{"Zelensky’s", "Zelensky"},
		{"Trump,", "Trump"},
		{"the Kremlin", "Kremlin"},
		{"U.S.", "U.S."},
		{"U.S.'s", "U.S."},
		{"(NATO)", "NATO"},
		{"Prime Minister Keir Starmer's", "Keir Starmer"},
		{"President", ""},
		{"Chancellor", ""},
		{"'s", ""},
		{"BBC News", "BBC News"},
		{"Saudi Arabia.", "Saudi Arabia"},
	}
	for _, tt := range tests {
		s, e, ok := Clean(tt.in, 0, len(tt.in))
		got := ""
		if ok {
			got = tt.in[s:e]
		}
		if got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
