package extract

import "testing"

// TestCaselessSentence: sentences of cased BBC episodes (dev2) that
// Whisper wrote without case are told from the cased ones around them.
func TestCaselessSentence(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"she realized she'd lost her home as soon as i got to portolegri i saw my house with loads of water", true},
		{"than two billion people but the emergence of artificial intelligence bots like chat gpt have been viewed as a threat", true},
		{"And Renata Padilla to tell us how as soon as i got there i saw my house with loads of water", true},
		{"US President Donald Trump says he plans to meet Vladimir Putin soon.", false},
		// a capital here and there, names in lower case (dev7)
		{"Kiev with the head of the european commission Ursula von der Leyen a europe regional editor Danny Eberhardt reports the focus of talks with russia", true},
		{"Sunday was not a good day for the governing coalition of social democrats, greens and free democrats in Germany.", false},
		{"by advertising.", false}, // too short to tell
		{"The list, i.e. the names of those who were freed, was published by the ministry on Monday.", false},
		{"\"Well, I think it's fair to say the talks went on for much longer than anyone expected,\" he said.", false},
	}
	for _, tt := range tests {
		if got := caselessSentence(tt.s); got != tt.want {
			t.Errorf("caselessSentence(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestCaselessStretches: only the caseless sentences are truecased, and
// a document without any is left to the plain path (nil).
func TestCaselessStretches(t *testing.T) {
	doc := []string{
		"Brazil's president has visited the flooded south of the country.",
		"as soon as i got to porto alegre i saw google and the bbc had sent people to help us",
	}
	got := caselessStretches(doc, nil)
	if got == nil || got[0] != doc[0] {
		t.Fatalf("caselessStretches = %q: the cased sentence must stay as it is", got)
	}
	if got[1] == doc[1] || len(got[1]) != len(doc[1]) {
		t.Errorf("caselessStretches[1] = %q: want the caseless sentence truecased, with its length", got[1])
	}
	if caselessStretches(doc[:1], nil) != nil {
		t.Error("a cased document gave truecased sentences")
	}
}
