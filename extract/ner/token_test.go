package ner

import (
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"punctuation", "Hello, world.", []string{"Hello", ",", "world", "."}},
		{"possessive", "Ukraine's army", []string{"Ukraine", "'s", "army"}},
		{"curly possessive", "Ukraine’s army", []string{"Ukraine", "’s", "army"}},
		{"negation", "don't go", []string{"do", "n't", "go"}},
		{"clitics", "they're here, I'm off", []string{"they", "'re", "here", ",", "I", "'m", "off"}},
		{"name with apostrophe", "O'Brien said", []string{"O'Brien", "said"}},
		{"plural possessive", "the players' union", []string{"the", "players", "'", "union"}},
		{"abbreviation", "the U.S. and U.K.", []string{"the", "U.S.", "and", "U.K."}},
		{"abbreviation at end", "in the U.S.", []string{"in", "the", "U.S."}},
		{"sentence-final letter", "said I.", []string{"said", "I", "."}},
		{"middle initial", "George W. Bush and Robert F. Kennedy Jr. spoke", []string{"George", "W.", "Bush", "and", "Robert", "F.", "Kennedy", "Jr", ".", "spoke"}},
		{"letter ending a sentence", "plan B. Then Plan B. Then", []string{"plan", "B", ".", "Then", "Plan", "B", ".", "Then"}},
		{"letter before a sentence opener", "said Jay Z. What next", []string{"said", "Jay", "Z", ".", "What", "next"}},
		{"initial opening the text", "F. Scott Fitzgerald", []string{"F", ".", "Scott", "Fitzgerald"}},
		{"hyphen", "a well-known Franco-German deal", []string{"a", "well-known", "Franco-German", "deal"}},
		{"numbers", "2.5 per cent of 1,000 at 10:30.", []string{"2.5", "per", "cent", "of", "1,000", "at", "10:30", "."}},
		{"dash", "yes -- no - maybe", []string{"yes", "--", "no", "-", "maybe"}},
		{"unicode", "Zelensky met Škoda in Kyiv’s centre — café", []string{"Zelensky", "met", "Škoda", "in", "Kyiv", "’s", "centre", "—", "café"}},
		{"quotes", `"lasting peace"`, []string{`"`, "lasting", "peace", `"`}},
		{"ampersand", "AT&T and B & Q", []string{"AT&T", "and", "B", "&", "Q"}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range Tokenize(tt.in, nil) {
				if tok.Start < 0 || tok.End > len(tt.in) || tok.Start >= tok.End {
					t.Fatalf("Tokenize(%q): bad offsets %v", tt.in, tok)
				}
				got = append(got, tt.in[tok.Start:tok.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. President Donald Trump's", "don't 2.5 1,000", "a--b ’s é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Tokenize(s, nil) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("Tokenize(%q): bad token %v after %d", s, tok, prev)
			}
			prev = tok.End
		}
	})
}
