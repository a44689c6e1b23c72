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
		want string
		ok   bool
	}{
		{"Hasbola", "Hezbollah", true}, {"Hasbullah", "Hezbollah", true}, {"Hisbalah", "Hezbollah", true},
		{"Crowdstrike", "", true}, {"Al-Shabab", "", true}, // the listed names in another case
		{"Hezbollah", "", true}, // the listed name itself
		{"Cornwall", "", false}, // a place the gazetteer holds, not "Cornell"
		{"Alkadi", "", false},   // not hyphenated, so not al-Qaeda
		{"Hamas", "", false},    // too short to judge
		{"Zelensky", "", false},
	} {
		if got, ok := x.misheardOrg(tt.name); got != tt.want || ok != tt.ok {
			t.Errorf("misheardOrg(%q) = %q, %v, want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
	if got := consonantSkeleton("Hezbollah"); got != "hsbl" {
		t.Errorf("consonantSkeleton(Hezbollah) = %q, want hsbl", got)
	}
	if got := consonantSkeleton("Kyiv's"); got != "kvs" {
		t.Errorf("consonantSkeleton(Kyiv's) = %q, want kvs", got)
	}
}

// TestTitleAcronyms: a listed acronym of four capitals or more is known
// as the BBC and Whisper often write it ("Unicef", "Nato"); a shorter one
// is not ("Bbc"), nor a name that is no acronym written otherwise.
func TestTitleAcronyms(t *testing.T) {
	for name, want := range map[string]bool{"Unicef": true, "Unrwa": true, "UNICEF": true, "Nato": true, "Bbc": false, "Google": true, "GOOGLE": false} {
		if got := isKnownOrg(name); got != want {
			t.Errorf("isKnownOrg(%q) = %v, want %v", name, got, want)
		}
	}
}
