package textdist

import "testing"

func TestEdits(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"zelensky", "zelenskyy", 1},
		{"zelensky", "zelenskiy", 1},
		{"kyiv", "kiev", 2},
		{"", "abc", 3},
		{"münchen", "munchen", 1}, // runes, not bytes
		{"same", "same", 0},
	}
	for _, tt := range tests {
		if got := Edits(tt.a, tt.b); got != tt.want {
			t.Errorf("Edits(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
