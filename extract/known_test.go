package extract

import "testing"

// TestMisheardOrg: the recogniser's spellings of a listed organisation
// share its consonant skeleton; places the gazetteer knows, people after
// a title and other names do not count.
func TestMisheardOrg(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Hasbola", true}, {"Hasbullah", true}, {"Hisbalah", true}, {"Crowdstrike", true}, {"Al-Shabab", true},
		{"Hezbollah", true}, // the listed name itself
		{"Cornwall", false}, // a place the gazetteer holds, not "Cornell"
		{"Alkadi", false},   // not hyphenated, so not al-Qaeda
		{"Hamas", false},    // too short to judge
		{"Zelensky", false},
	} {
		if got := x.misheardOrg(tt.name); got != tt.want {
			t.Errorf("misheardOrg(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := consonantSkeleton("Hezbollah"); got != "hsbl" {
		t.Errorf("consonantSkeleton(Hezbollah) = %q, want hsbl", got)
	}
	if got := consonantSkeleton("Kyiv's"); got != "kvs" {
		t.Errorf("consonantSkeleton(Kyiv's) = %q, want kvs", got)
	}
}
