// Package pipeline is the hub of mentions: it owns the record types that flow
// through the tool (transcripts, segments, sentences, mentions, claims),
// declares the small interfaces it calls (a Parser, an Extractor, a Sink), and
// runs the staged workers that connect them.
//
// Goroutine ownership: Run starts every goroutine it uses and waits for all of
// them before it returns. Each stage closes the channel it sends on; every
// send selects on the context so cancellation never leaves a goroutine
// blocked. Parsing and rejoining are plain synchronous functions.
package pipeline

import "unicode/utf8"

// Transcript is one parsed transcript file: its metadata and its segments in
// spoken order. Parsers fill it; the pipeline adds Path and Hash.
type Transcript struct {
	Path        string // file path as given to the tool
	Hash        string // hex SHA-256 of the file's bytes
	Format      string // parser name, such as "markdown" or "bbc"
	Title       string
	Channel     string
	Published   string // publication date as YYYY-MM-DD, or "" when unknown
	URL         string // link to the source video or page, or ""
	VideoID     string // YouTube id when known, else a stable name from the file
	Length      float64
	Model       string   // transcription model, when the file names one
	Keywords    []string // video keywords, in file order
	Description string
	// Meta keeps front-matter keys the parser does not model, so that
	// nothing the file says is silently dropped.
	Meta     map[string]string
	Segments []Segment
}

// Segment is one timed unit of a transcript: a bullet line, a subtitle cue,
// a Whisper segment.
type Segment struct {
	Text    string
	Start   float64 // seconds from the start of the recording
	End     float64 // seconds; 0 when the format gives no end
	Timed   bool    // false when the format gives no time for this segment
	Speaker string  // when the format names one
	Line    int     // 1-based line in the source file, for error messages
	// Words carries word-level times when the format has them (Whisper
	// with word timestamps). Offsets are byte offsets into Text.
	Words []Word
}

// Word is a word with its own start time inside a segment's text.
type Word struct {
	Start, End int // byte offsets into Segment.Text
	Time       float64
}

// Sentence is a sentence of the rejoined transcript text. Its times come from
// the first and last segments it touches.
type Sentence struct {
	Index    int
	Text     string
	Offset   int // byte offset of Text in the rejoined document text
	FirstSeg int
	LastSeg  int
	Start    float64
	End      float64
	Timed    bool
}

// Mention is one occurrence of a named person, place or organisation.
type Mention struct {
	Sentence int    // index into Document.Sentences
	Segment  int    // index of the segment holding the mention's first byte
	Name     string // cleaned name: no titles, no possessive
	// Canonical is the fuller name this mention resolves to within its
	// transcript ("Donald Trump" for a later "Trump"); "" means Name.
	Canonical string
	// Known is the extractor's name for a variant spelling (Span.Known),
	// which Resolve groups the mention under; "" for none.
	Known string
	// Ambiguous marks a short person name that fits two or more fuller
	// names of its transcript (two Thomases): left unresolved, and no
	// later step should guess.
	Ambiguous bool
	Surface   string // the text as it stands in the transcript
	Type      string // PERSON, PLACE or ORG
	Start     float64
	Timed     bool
	Offset    int // byte offset of Surface in the rejoined document text
	Speaker   string
	URL       string // deep link to the moment, when the video is known
}

// Entity types stored by the tool.
const (
	Person = "PERSON"
	Place  = "PLACE"
	Org    = "ORG"
)

// Document is a transcript with everything derived from it: the unit the
// pipeline hands to its sink, stored all at once or not at all.
type Document struct {
	Seq        int // input order, so output order never depends on scheduling
	Transcript *Transcript
	Text       string // rejoined text of all segments
	Sentences  []Sentence
	Mentions   []Mention
	Claims     []Claim
	Tokens     int // tokens seen by the extractor, for throughput reports
}

// Claim is an attributed statement or a check-worthy sentence.
type Claim struct {
	Sentence int
	Kind     string // "attributed" or "checkworthy"
	Speaker  string // source as written ("Donald Trump", "he")
	// SpeakerName is the resolved entity name when the source is a
	// mention or a pronoun resolved to one; "" when unresolved.
	SpeakerName string
	// Pronoun says the source is a pronoun ("he", "they"): SpeakerName
	// is whom it was resolved to, "" when it was left unresolved.
	Pronoun    bool
	Cue        string
	Content    string
	ContentOff int // byte offset of Content within the sentence text
	Score      float64
	Start      float64
	Timed      bool
	URL        string
}

// ContentRunes returns the code-point offsets of c's content in its
// sentence's text, which is how the store and the outputs give them; ok is
// false when the claim has no content inside the sentence.
func (c Claim) ContentRunes(text string) (start, end int, ok bool) {
	if c.Content == "" || c.ContentOff < 0 || c.ContentOff+len(c.Content) > len(text) {
		return 0, 0, false
	}
	start = utf8.RuneCountInString(text[:c.ContentOff])
	return start, start + utf8.RuneCountInString(c.Content), true
}
