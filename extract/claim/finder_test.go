package claim

import (
	"strings"
	"testing"

	"github.com/mentions/mentions/pipeline"
)

func TestFinderResolution(t *testing.T) {
	sents := []string{
		"Kremlin spokesman Dmitry Peskov spoke to reporters.",
		"He said Putin supported the idea.",
		"They said the talks would start soon.",
		"The Pentagon said the troops would stay.",
	}
	doc := &pipeline.Document{Transcript: &pipeline.Transcript{VideoID: "file-name", URL: "https://example.com/v"}}
	off := 0
	for i, s := range sents {
		doc.Sentences = append(doc.Sentences, pipeline.Sentence{Index: i, Text: s, Offset: off, Start: float64(10 * i), Timed: true})
		off += len(s) + 1
	}
	doc.Mentions = []pipeline.Mention{
		{Sentence: 0, Name: "Dmitry Peskov", Surface: "Dmitry Peskov", Type: pipeline.Person, Offset: 18},
		{Sentence: 1, Name: "Putin", Surface: "Putin", Type: pipeline.Person, Offset: doc.Sentences[1].Offset + 8},
		{Sentence: 3, Name: "Pentagon", Surface: "Pentagon", Type: pipeline.Org, Offset: doc.Sentences[3].Offset + 4},
	}
	f := &Finder{Threshold: 2} // no check-worthy claims: a score never reaches 2
	want := []struct {
		sentence      int
		speaker, name string
		pronoun       bool
	}{
		{1, "He", "Dmitry Peskov", true}, // the pronoun goes to the person before it, not to Putin after it
		{2, "They", "", true},            // plural: left unresolved, and marked a pronoun
		{3, "The Pentagon", "Pentagon", false},
	}
	got := f.Claims(doc)
	if len(got) != len(want) {
		t.Fatalf("Claims() = %+v, want %d claims", got, len(want))
	}
	for i, w := range want {
		c := got[i]
		if c.Sentence != w.sentence || c.Speaker != w.speaker || c.SpeakerName != w.name || c.Kind != "attributed" || c.Pronoun != w.pronoun {
			t.Errorf("claim %d = sentence %d %s %q -> %q (pronoun %v), want sentence %d attributed %q -> %q (pronoun %v)",
				i, c.Sentence, c.Kind, c.Speaker, c.SpeakerName, c.Pronoun, w.sentence, w.speaker, w.name, w.pronoun)
		}
		if c.URL != "" {
			t.Errorf("claim %d URL = %q for a non-YouTube transcript, want none", i, c.URL)
		}
		if c.Start != float64(10*w.sentence) || !c.Timed {
			t.Errorf("claim %d start = %v (timed %v), want %v", i, c.Start, c.Timed, 10*w.sentence)
		}
	}
}

// TestFinderUnnamedPerson: a "he" or "she" after a person named by role
// alone ("the president", "a government spokesperson") refers to that
// person, so it is left unresolved rather than given to someone named
// earlier (BBC Global News, 2024-06-27 and 2023-12-10).
func TestFinderUnnamedPerson(t *testing.T) {
	sents := []string{
		"I spoke to our regional editor Leonardo Rocha.",
		"An hour later the president went on social media and made a statement.",
		"He urged people to take to the streets.",
		"Leonardo Rocha said the troops had left.",
		"A government spokesperson has described this as a threat, and she said the rebels were armed.",
		"The president Luis Arce spoke, and he said the army would obey.",
		"Vaughan Gething's early experiences have shaped his politics.",
		"As the first black leader of a European nation, he said his election sent a message.",
	}
	doc, person := sentenceDoc(sents)
	doc.Mentions = []pipeline.Mention{person(0, "Leonardo Rocha"), person(3, "Leonardo Rocha"), person(5, "Luis Arce"), person(6, "Vaughan Gething")}
	want := []struct{ speaker, name string }{
		{"He", ""},                           // the president, unnamed, came after Leonardo Rocha
		{"Leonardo Rocha", "Leonardo Rocha"}, // a name resolves to itself
		{"A government spokesperson", ""},    // no entity
		{"she", ""},                          // the spokesperson, not Leonardo Rocha
		{"he", "Luis Arce"},                  // a role before a name is a title
		{"he", "Vaughan Gething"},            // "As the ... leader, he": his own role
	}
	checkSpeakers(t, (&Finder{Threshold: 2}).Claims(doc), want)
}

// TestFinderSpeakerFromFormat: where the format names who is speaking, a
// check-worthy sentence is claimed by that speaker.
func TestFinderSpeakerFromFormat(t *testing.T) {
	doc := &pipeline.Document{Transcript: &pipeline.Transcript{Segments: []pipeline.Segment{
		{Text: "Unemployment fell to 3.5% last year.", Speaker: "Roger Bingham", Start: 3, Timed: true},
	}}}
	doc.Sentences = []pipeline.Sentence{{Text: "Unemployment fell to 3.5% last year.", Start: 3, Timed: true}}
	s, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	got := (&Finder{Scorer: s, Threshold: 1e-9}).Claims(doc)
	if len(got) != 1 || got[0].Kind != "checkworthy" || got[0].Speaker != "Roger Bingham" || got[0].SpeakerName != "Roger Bingham" {
		t.Errorf("Claims() = %+v, want one check-worthy claim by Roger Bingham", got)
	}
}

// TestFinderPronounGender: "he" and "she" go to the nearest person who
// fits; past one of the other sex only to someone known to fit, else to
// no one. The genders come from a title before the name or a listed first
// name.
func TestFinderPronounGender(t *testing.T) {
	sents := []string{
		"Donald Trump spoke at the rally.",
		"Our North America editor Sarah Smith was there.",
		"He said the election had been stolen.",
		"Mrs Okafor thanked the nurses.",
		"She said they had saved her life.",
		"Dr Priya Raman met Alex Moreno.",
		"He said the trial would go on.",
		"Our correspondent Mark Lowen reported from the border.",
		"She said the crossing had been closed.",
		"Our correspondent Mark Lowen reported from the coast.",
		"Jeremy Bowen joined him there.",
		"Then Tom Bateman and Paul Adams arrived.",
		"She said the road was open.",
	}
	doc, person := sentenceDoc(sents)
	doc.Mentions = []pipeline.Mention{person(0, "Donald Trump"), person(1, "Sarah Smith"), person(3, "Okafor"),
		person(5, "Priya Raman"), person(5, "Alex Moreno"), person(7, "Mark Lowen"), person(9, "Mark Lowen"),
		person(10, "Jeremy Bowen"), person(11, "Tom Bateman"), person(11, "Paul Adams")}
	want := []struct{ speaker, name string }{
		{"He", "Donald Trump"}, // past Sarah Smith, a woman by her first name
		{"She", "Okafor"},      // "Mrs" before the name
		{"He", "Alex Moreno"},  // the nearest, whose gender is unknown, fits
		{"She", "Priya Raman"}, // past Mark Lowen and Alex Moreno (of unknown sex), the last woman of the last four persons
		{"She", ""},            // four men since her: no one known to fit
	}
	checkSpeakers(t, (&Finder{Threshold: 2}).Claims(doc), want)
}

// sentenceDoc makes a timed document of sents (a sentence every 10 s),
// and a maker of PERSON mentions of a name in one of them.
func sentenceDoc(sents []string) (*pipeline.Document, func(sent int, name string) pipeline.Mention) {
	doc := &pipeline.Document{Transcript: &pipeline.Transcript{VideoID: "file-name"}}
	off := 0
	for i, s := range sents {
		doc.Sentences = append(doc.Sentences, pipeline.Sentence{Index: i, Text: s, Offset: off, Start: float64(10 * i), Timed: true})
		off += len(s) + 1
	}
	person := func(sent int, name string) pipeline.Mention {
		return pipeline.Mention{Sentence: sent, Name: name, Surface: name, Type: pipeline.Person,
			Offset: doc.Sentences[sent].Offset + strings.Index(sents[sent], name)}
	}
	return doc, person
}

// checkSpeakers compares the attributed claims of got, in order, with
// the sources and resolved speakers wanted.
func checkSpeakers(t *testing.T, got []pipeline.Claim, want []struct{ speaker, name string }) {
	t.Helper()
	var att []pipeline.Claim
	for _, c := range got {
		if c.Kind == "attributed" {
			att = append(att, c)
		}
	}
	if len(att) != len(want) {
		t.Fatalf("Claims() = %+v, want %d attributed claims", att, len(want))
	}
	for i, w := range want {
		if att[i].Speaker != w.speaker || att[i].SpeakerName != w.name {
			t.Errorf("claim %d = %q -> %q, want %q -> %q", i, att[i].Speaker, att[i].SpeakerName, w.speaker, w.name)
		}
	}
}
