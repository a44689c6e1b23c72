package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

func TestClean(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"President Trump", "Trump"},
		{"Mr Trump", "Trump"},
		{"Mr. Trump", "Trump"},
		{"Defence Secretary Pete Hegseth", "Pete Hegseth"},
		{"Ukrainian President Zelensky", "Zelensky"},
		{"Jonathan Head", "Jonathan Head"}, // a given name that ends as "Ukrainian" does, before a title
		{"Ukraine's", "Ukraine"},
		{"Zelensky’s", "Zelensky"},
		{"Trump,", "Trump"},
		{"the Kremlin", "Kremlin"},
		{"BBC podcasts", "BBC"},          // what the broadcaster makes, in lower case
		{"BBC Podcasts", "BBC Podcasts"}, // capitalised: the publisher's name
		{"Rocket money", "Rocket money"}, // an advertised brand, as spoken
		{"U.S.", "U.S."},
		{"U.S.'s", "U.S."},
		{"(NATO)", "NATO"},
		{"Hamas-run", "Hamas"},         // the tokenizer keeps a compound whole
		{"FDA-approved", "FDA"},        // (BBC Global News advert)
		{"Canadian-born", ""},          // a nationality is no name
		{"Kim Jong-un", "Kim Jong-un"}, // a hyphen inside a name stays
		{"Prime Minister Keir Starmer's", "Keir Starmer"},
		{"President", ""},
		{"Chancellor", ""},
		{"'s", ""},
		{"BBC News", "BBC News"},
		{"Saudi Arabia.", "Saudi Arabia"},
		{"Hello", ""},
		{"Good God", ""},
		{"Good Morning America", "Good Morning America"},
		{"Ramesh Prasad Yeah", "Ramesh Prasad"},
		{"Ramesh Prasad Right.", "Ramesh Prasad"},
		{"Mike So", "Mike"},
		{"Yeah Sanjeev", "Sanjeev"},
		{"So", ""}, // one common word opening the sentence
		{"Nice", ""},
		{"DR Congo", "DR Congo"}, // "DR" in capitals is no title
		{"Mpox", ""},
		{"MPOX", ""},
		{"Muslims", ""}, // followers of a religion, as nationalities
		{"Sunni Muslim", ""},
		{"Christian", "Christian"}, // a first name alone
		{"Oscar", ""},              // the award
		{"State", ""},              // left by "Secretary of State"
		{"Northern State", "Northern State"},
		{"FGM", ""},
		{"Oscar Isaac", "Oscar Isaac"},
		{"IDPs", ""},
		{"Ramadan", ""},
		{"Northern", ""},
		{"GDP", ""},
		{"Big Wireless", ""}, // an advert's phrase, listed whole
		{"Yom Kippur", ""},
		{"BBC World Service Podcasts", "BBC World Service"}, // who publishes them
		{"Global News Podcasts", ""},                        // the programme
		{"First Nations", ""},                               // a people
		{"KPIs", ""},
		{"I.e", ""}, // "I.e. the ones who ...": no place
		{"Global News Podcast", ""},
		{"AI R&D", ""},
		{"Series D", ""},
		{"Series of Unfortunate Events", "Series of Unfortunate Events"},
		{"Yen", ""},
		{"Earth", ""},
		{"Global News Pod", ""},
		{"Apple Podcasts", "Apple Podcasts"},
		{"CNN", "CNN"},
		{"AIDS", ""},
		{"I", ""},
		{"Given", ""},
		{"Conversely", ""},
		{"Statistically", ""},
		{"Sally", "Sally"},
		{"Italy", "Italy"},
		{"Beverly Hills", "Beverly Hills"},
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

// TestWebAddress: a name running on into a web address is no mention.
func TestWebAddress(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Visit MintMobile.com/switch today.", "MintMobile", true},
		{"Go to BlueNile.com.", "BlueNile", true},
		{"Send it to bbc.co.uk now.", "bbc", true},
		{"MintMobile.company", "MintMobile", false},
		{"Mint Mobile. Com", "Mint Mobile", false},
		{"Mint Mobile is cheaper.", "Mint Mobile", false},
	}
	for _, tt := range tests {
		end := strings.Index(tt.text, tt.name) + len(tt.name)
		if got := webAddress(tt.text, end); got != tt.want {
			t.Errorf("webAddress(%q after %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestCommonOpener: a common word is dropped only where it opens the
// sentence; inside it, or in capitals, its capital means a name.
func TestCommonOpener(t *testing.T) {
	tests := []struct {
		text, span string
		want       bool
	}{
		{"Born prematurely under the stress of war, he needs help to breathe.", "Born", true},
		{"Start a free trial at Britbox.com.", "Start", true},
		{"\"Nice one,\" he said.", "Nice", true},
		{"They flew to Nice on Monday.", "Nice", false},
		{"Israel says it will respond.", "Israel", false},
		{"US officials said so.", "US", false},
		{"Will Smith arrived.", "Will Smith", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.span)
		if got := commonOpener(tt.text, i, i+len(tt.span)); got != tt.want {
			t.Errorf("commonOpener(%q in %q) = %v, want %v", tt.span, tt.text, got, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in, typ string
		want    []string // "text/TYPE", modifiers marked with a trailing *
		from    int      // where the span starts in in
	}{
		{"US Secretary of Defence Pete Hegseth", "ORG", []string{"US/ORG*", "Pete Hegseth/PERSON"}, 0},
		{"Bank of England Governor Andrew Bailey", "ORG", []string{"Bank of England/ORG*", "Andrew Bailey/PERSON"}, 0},
		{"Russian President Vladimir Putin", "PERSON", []string{"Vladimir Putin/PERSON"}, 0},
		{"UN Secretary General Antonio Guterres", "PERSON", []string{"UN/PERSON*", "Antonio Guterres/PERSON"}, 0},
		{"US Supreme Court", "ORG", []string{"US Supreme Court/ORG"}, 0},
		{"Labour Party leader Keir Starmer's", "PERSON", []string{"Labour Party/PERSON*", "Keir Starmer/PERSON"}, 0},
		{"President Trump", "PERSON", []string{"Trump/PERSON"}, 0},
		{"Our North America", "PLACE", []string{"North America/PLACE"}, 0},
		{"3", "ORG", nil, 0},
		{"General Motors", "ORG", []string{"General Motors/ORG"}, 0},
		{"US President", "ORG", []string{"US/ORG*"}, 0}, // "the US President said": the office's place (typed by the caller)
		{"Florida Governor", "PLACE", []string{"Florida/PLACE*"}, 0},
		{"Senate Minority Leader", "ORG", []string{"Senate/ORG*"}, 0},
		{"Defence Minister", "ORG", nil, 0}, // a title alone
		{"Supreme Leader", "ORG", nil, 0},
		{"Attorney General", "ORG", nil, 0},
		{"Burger King", "ORG", []string{"Burger King/ORG"}, 0},
		{"the US Secretary of Defence Pete Hegseth", "ORG", []string{"Pete Hegseth/PERSON"}, 28},
		{"a speech by President of France", "PLACE", []string{"France/PLACE"}, 25},
		{"said Mr Smith", "ORG", []string{"Smith/PERSON"}, 8},
		{"the US Secretary of Defence Pete Hegseth", "ORG", []string{"Pete Hegseth/PERSON"}, 20},
		{"President Trump", "ORG", []string{"Trump/PERSON"}, 0},
		{"Foreign Office", "ORG", []string{"Foreign Office/ORG"}, 0},
		{"Premier League", "PERSON", []string{"Premier League/PERSON"}, 0}, // a listed name holds no role (knownOrgSpans types it)
		{"Foreign Secretary David Lammy", "ORG", []string{"David Lammy/PERSON"}, 18},
		{"our South Asia Regional Editor", "ORG", []string{"South Asia/ORG*"}, 4},
		{"Chief International Correspondent Lyse Doucet", "ORG", []string{"Lyse Doucet/PERSON"}, 0},
		{"DR Congo", "PLACE", []string{"DR Congo/PLACE"}, 0},
		{"US National Security Advisor", "ORG", []string{"US/ORG*"}, 0},
		{"U.S. Attorney General", "ORG", []string{"U.S./ORG*"}, 0},
		{"Dollar General", "ORG", []string{"Dollar General/ORG"}, 0},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range split(tt.in, tt.from, len(tt.in), tt.typ) {
			g := tt.in[p.Start:p.End] + "/" + p.Type
			if p.Modifier {
				g += "*"
			}
			got = append(got, g)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("split(%q, %s) = %q, want %q", tt.in, tt.typ, got, tt.want)
		}
	}
}

func TestKnownOrgSpans(t *testing.T) {
	tests := []struct {
		sentence string
		model    []string // the model's spans, "text/TYPE"
		want     []string // after knownOrgSpans, in order of position
	}{
		{"I saw it on Google yesterday.", []string{"Google/PERSON"}, []string{"Google/ORG"}},
		{"Hezbollah fired rockets.", []string{"Hezbollah/PLACE"}, []string{"Hezbollah/ORG"}},
		{"He posted on Twitter and Facebook's page.", nil, []string{"Twitter/ORG", "Facebook/ORG"}},
		{"They joined Google DeepMind in London.", []string{"London/PLACE"}, []string{"Google DeepMind/ORG", "London/PLACE"}},
		{"Zoom in on the map.", nil, nil},                                             // a verb opens the sentence: not added
		{"TikTok has pushed back against those claims.", nil, []string{"TikTok/ORG"}}, // no common word: added
		{"Visa rules were tightened.", nil, nil},                                      // a common word ("visa"): not added
		{"G7 leaders agree a loan.", nil, []string{"G7/ORG"}},                         // a digit: no ordinary word
		{"But the WHO thinks it could be done.", nil, []string{"WHO/ORG"}},
		{"We Googled it.", nil, nil},                                                                        // not a whole word
		{"Nikola Tesla was an inventor.", []string{"Nikola Tesla/PERSON"}, []string{"Nikola Tesla/PERSON"}}, // inside a span
		{"He met officials of al-Qaeda there.", nil, []string{"al-Qaeda/ORG"}},
		// Whisper's lower case: a listed name of two or more words counts,
		// one word does not
		{"it doesn't seem obvious to me that hugging face is like killing it.", nil, []string{"hugging face/ORG"}},
		{"Hugging Face is a fascinating company.", nil, []string{"Hugging Face/ORG"}}, // opens the sentence: two words
		{"I ate an apple on the twitter feed.", nil, nil},
		// pieces of a listed name are replaced by it; a person inside is not
		{"He teaches at UC San Diego now.", []string{"UC/PLACE", "San Diego/PLACE"}, []string{"UC San Diego/ORG"}},
		{"The International Committee of the Red Cross said so.", []string{"International Committee/ORG", "Red Cross/ORG"}, []string{"International Committee of the Red Cross/ORG"}},
		// after "a", a listed name in lower case heading its phrase is a common noun
		{"A second orthodox church was attacked; a red crescent worker helped.", nil, []string{"red crescent/ORG"}},
		{"The Catholic Church has always taught it.", []string{"Catholic Church/PLACE"}, []string{"Catholic Church/ORG"}},
		// a name the model cut before "'s", listed with it, is the listed one
		{"Grab McDonald's best burgers ever.", []string{"McDonald/PERSON"}, []string{"McDonald/ORG"}},
		{"Steve McDonald's report is next.", []string{"Steve McDonald/PERSON"}, []string{"Steve McDonald/PERSON"}},
		{"Grab McDonald’s best burgers ever.", []string{"McDonald/PERSON"}, []string{"McDonald/ORG"}},
		// "the" stays out of a listed name, as the annotators leave it out
		{"He wrote for The New York Times and the economist.", nil, []string{"New York Times/ORG", "economist/ORG"}},
	}
	for _, tt := range tests {
		var spans []pipeline.Span
		for _, m := range tt.model {
			text, typ, _ := strings.Cut(m, "/")
			i := strings.Index(tt.sentence, text)
			spans = append(spans, pipeline.Span{Start: i, End: i + len(text), Type: typ})
		}
		spans = knownOrgSpans([]string{tt.sentence}, spans)
		sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
		var got []string
		for _, sp := range spans {
			got = append(got, tt.sentence[sp.Start:sp.End]+"/"+sp.Type)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q: got %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// FuzzCleanSpans checks, on any text, that span cleaning and the
// organisations list keep spans inside their sentence and non-empty, and
// never loop.
func FuzzCleanSpans(f *testing.F) {
	for _, s := range []string{"Ramesh Prasad Yeah, see", "I saw it on Google DeepMind's site.", "the US Pete Hegseth", "al-Qaeda", "  Yeah  So ", "KPIs and GDP",
		"Mohammed bin Salman al-Saud's", "Peter's Square", "Storm Darragh hit"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, typ := range []string{pipeline.Person, pipeline.Place, pipeline.Org} {
			if st, e, ok := CleanAs(s, 0, len(s), typ); ok && (st < 0 || e > len(s) || st >= e) {
				t.Fatalf("CleanAs(%q, %s) = %d, %d", s, typ, st, e)
			}
		}
		spans := knownOrgSpans([]string{s}, []pipeline.Span{{Start: 0, End: len(s), Type: pipeline.Person}})
		for _, sp := range spans {
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End && len(s) > 0 {
				t.Fatalf("knownOrgSpans(%q): span %d-%d", s, sp.Start, sp.End)
			}
		}
		// the passes that move a span's ends, on its first word
		first := strings.IndexByte(s+" ", ' ')
		if first == 0 {
			return
		}
		for name, pass := range map[string]func([]string, []pipeline.Span) []pipeline.Span{
			"joinNameParticles": joinNameParticles, "saintsPlaces": saintsPlaces, "dropStormNames": dropStormNames,
		} {
			for _, sp := range pass([]string{s}, []pipeline.Span{{Start: 0, End: first, Type: pipeline.Person}}) {
				if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
					t.Fatalf("%s(%q): span %d-%d", name, s, sp.Start, sp.End)
				}
			}
		}
	})
}
