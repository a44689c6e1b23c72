package givennames

import "testing"

func TestLookup(t *testing.T) {
	tests := []struct {
		name string
		want Sex
	}{
		{"Leonard", Male},
		{"leonard", Male},
		{"Camilla", Female},
		{"Jordan", Unisex},
		{"Claude", Unknown}, // taken out: an AI model as often
		{"Ukraine", Unknown},
		{"", Unknown},
	}
	for _, tt := range tests {
		if got := Lookup(tt.name); got != tt.want {
			t.Errorf("Lookup(%q) = %d, want %d", tt.name, got, tt.want)
		}
	}
	if n := len(names); n < 2500 {
		t.Errorf("%d names read, want the whole list (about 2,980)", n)
	}
}
