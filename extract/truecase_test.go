package extract

import (
	"slices"
	"strings"
	"testing"
)

// seedLines are sentences from the seed transcript, as Whisper wrote them.
var seedLines = []string{
	"US President Donald Trump says he plans to meet Vladimir Putin soon.",
	"After the call, President Trump also spoke to Ukrainian President Vladimir Zelensky, who described their conversation as meaningful.",
	"The US Defence Secretary Pete Hegseth told a meeting of NATO allies in Brussels that Ukraine's borders could not return to what they were.",
	"Our Ukraine correspondent reports from Kyiv.",
}

func lowered(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.ToLower(s)
	}
	return out
}

func TestLowercaseDoc(t *testing.T) {
	if lowercaseDoc(seedLines) {
		t.Error("the seed's own text read as lower case")
	}
	if !lowercaseDoc(lowered(seedLines)) {
		t.Error("the seed in lower case not read as such")
	}
	if lowercaseDoc([]string{"hello there"}) {
		t.Error("two words are too few to judge")
	}
}

// TestTruecased: words of the table take their cased form, with the same
// length, so offsets hold.
func TestTruecased(t *testing.T) {
	tests := []struct{ in, want string }{
		{"trump's team met nato officials in kyiv, and i said so, as plato and descartes did.",
			"Trump's team met NATO officials in Kyiv, and I said so, as Plato and Descartes did."},
		// phrases: words mostly lower case alone, cased together
		{"the supreme court of the united states ruled", "the Supreme Court of the United States ruled"},
		{"officials in the us told us so", "officials in the US told us so"},
		{"on the bbc world service", "on the BBC World Service"},
		{"a supreme effort in court", "a supreme effort in court"},
		{"supreme, court", "supreme, court"}, // not one space apart
		// given names, and the unknown word after one as a surname
		{"she spoke to tammy and laura koonsberg", "she spoke to Tammy and Laura Koonsberg"},
		{"nato chief mark rutte said prices rose", "NATO chief Mark Rutte said prices rose"}, // "mark", "rose": words too
		{"the bill was passed", "the bill was passed"},
		{"us officials said the us-led coalition sent us troops, join us", "US officials said the US-led coalition sent us troops, join us"}, // "us" the country
		{"14 years of the conservatives, and the labour leader said so", "14 years of the Conservatives, and the Labour leader said so"},     // parties
		{"the labour market and conservatives in the party", "the labour market and conservatives in the party"},                             // words
		{"as steven pinker argues, pinker says", "as Steven Pinker argues, Pinker says"},                                                     // a famous surname after a given name, a word too
		{"support us on patreon or youtube", "support us on Patreon or YouTube"},                                                             // listed organisations
		{"the islamic revolutionary guard corps", "the Islamic Revolutionary Guard Corps"},                                                   // and their names of several words
		{"write to global podcast at bbc.co.uk or @bbcworld", "write to global podcast at bbc.co.uk or @bbcworld"},                           // addresses keep their case
	}
	for _, tt := range tests {
		if got := truecased([]string{tt.in})[0]; got != tt.want {
			t.Errorf("truecased(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// a surname cased after a given name is cased alone in the document,
	// before and after, unless a dictionary has it only in lower case or it
	// is a common word. A surname that is a word too is cased everywhere:
	// "Green fields" is the known cost ("swift" alone after "taylor swift"
	// is the gain: four more right on the lower-cased dev set, none wrong).
	got := truecased([]string{"koonsberg said so.", "laura koonsberg met tom green.", "koonsberg saw green fields, a pleasant view."})
	want := []string{"Koonsberg said so.", "Laura Koonsberg met Tom Green.", "Koonsberg saw Green fields, a pleasant view."}
	if !slices.Equal(got, want) {
		t.Errorf("truecased = %q, want %q", got, want)
	}
}

// TestExtractLowercase: a transcript in lower case is tagged as truecased;
// the spans keep its own text and carry the cased name.
func TestExtractLowercase(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	low := lowered(seedLines)
	spans, _, err := x.Extract(low)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, sp := range spans {
		found[low[sp.Sentence][sp.Start:sp.End]+"/"+sp.Type+"/"+sp.Known] = true
	}
	for _, want := range []string{"donald trump/PERSON/Donald Trump", "vladimir putin/PERSON/Vladimir Putin", "nato/ORG/NATO", "kyiv/PLACE/Kyiv"} {
		if !found[want] {
			t.Errorf("no %s among %v", want, found)
		}
	}
}

// TestExtractUnpunctuated: automatic captions without punctuation, capitals
// on some names only, are tagged as truecased too.
func TestExtractUnpunctuated(t *testing.T) {
	x, err := NewModel()
	if err != nil {
		t.Fatal(err)
	}
	sents := []string{"he played Vladimir kramnik in the final and then trump said it was a great match"}
	for i := 0; i < 30; i++ {
		sents = append(sents, "and then we played another game and another one after that")
	}
	spans, _, err := x.Extract(sents)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, sp := range spans {
		found[sents[sp.Sentence][sp.Start:sp.End]+"/"+sp.Type+"/"+sp.Known] = true
	}
	for _, want := range []string{"Vladimir kramnik/PERSON/Vladimir Kramnik", "trump/PERSON/Trump"} {
		if !found[want] {
			t.Errorf("no %s among %v", want, found)
		}
	}
}

// TestTruecasedPlaces: runs of words the gazetteer holds are capitalised,
// unless every word is common; single words are not.
func TestTruecasedPlaces(t *testing.T) {
	gaz := func(run string) bool { return run == "hunter valley" || run == "in the" || run == "narva" }
	got := truecasedWith([]string{"wine from the hunter valley, narva and in the west"}, gaz)[0]
	if want := "wine from the Hunter Valley, narva and in the west"; got != want {
		t.Errorf("truecasedWith = %q, want %q", got, want)
	}
}

func TestCapitalsDoc(t *testing.T) {
	caps := strings.Repeat("PRESIDENT TRUMP SAID HE WOULD MEET PUTIN SOON. ", 6)
	tests := []struct {
		name string
		doc  []string
		want bool
	}{
		{"closed captions in capitals", []string{caps, ">> I THINK SO."}, true},
		{"ordinary text", []string{strings.ToLower(caps)}, false},
		{"capitals with a few words in lower case", []string{caps + "and so on and so forth as said"}, false},
		{"too short to tell", []string{"NATO SAID SO."}, false},
		{"no case at all (Devanagari)", []string{strings.Repeat("नमस्ते दुनिया ", 30) + "BBC"}, false},
	}
	for _, tt := range tests {
		if got := capitalsDoc(tt.doc); got != tt.want {
			t.Errorf("%s: capitalsDoc = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// FuzzTruecased: truecasing never changes a sentence's length or any
// byte but an ASCII letter's case, whatever the text.
func FuzzTruecased(f *testing.F) {
	f.Add("trump's team met nato officials in kyiv, and i said so.")
	f.Add("u.s. and u.k. officials met at 9 a.m.")
	f.Add("as kurt gödel showed, laura koonsberg said bbc.co.uk")
	f.Add("a.b.c.d.e.f. x.y")
	f.Fuzz(func(t *testing.T, s string) {
		gaz := func(run string) bool { return len(run)%3 == 0 }
		for _, in := range []string{s, strings.ToLower(s)} {
			out := truecasedWith([]string{in, in}, gaz)
			for _, o := range out {
				if len(o) != len(in) {
					t.Fatalf("truecased(%q) = %q: length changed", in, o)
				}
				for i := 0; i < len(in); i++ {
					if o[i] != in[i] && (o[i]|0x20 != in[i]|0x20 || !isLetter(in[i])) {
						t.Fatalf("truecased(%q) = %q: byte %d changed beyond case", in, o, i)
					}
				}
			}
		}
	})
}
