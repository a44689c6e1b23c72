package pipeline

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSentence is the length in bytes after which an unpunctuated run of speech
// is cut at the next segment boundary. Speech transcripts sometimes go on for
// minutes without a full stop; cutting there keeps sentences readable in
// query results and keeps the extractor's work per sentence bounded.
const maxSentence = 600

// Joined is a transcript's segments joined into one text, with the map from
// every byte offset back to the segment that holds it.
type Joined struct {
	Text string
	// SegStart[i] is the byte offset of segment i's text in Text. Segments
	// are separated by one space, so a name split over two lines reads as
	// one phrase.
	SegStart []int
}

// Join joins segment texts with single spaces. Each segment's text is
// trimmed and its inner whitespace kept as it is (parsers already put each
// segment on one line).
func Join(segs []Segment) Joined {
	var b strings.Builder
	n := 0
	for _, s := range segs {
		n += len(s.Text) + 1
	}
	b.Grow(n)
	starts := make([]int, len(segs))
	for i, s := range segs {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(strings.TrimSpace(s.Text))
	}
	return Joined{Text: b.String(), SegStart: starts}
}

// SegmentAt returns the index of the segment holding byte offset off.
func (j Joined) SegmentAt(off int) int {
	// The last segment whose start is <= off; a separator space belongs to
	// the segment before it.
	i := sort.Search(len(j.SegStart), func(i int) bool { return j.SegStart[i] > off }) - 1
	if i < 0 {
		return 0
	}
	return i
}

// Rejoin joins a transcript's segments and splits the text into sentences
// across line breaks, each timed from its first and last segments.
func Rejoin(segs []Segment) (Joined, []Sentence) {
	j := Join(segs)
	// a sentence never runs from one speaker into the next
	var turns []int
	for i := 1; i < len(segs); i++ {
		if segs[i].Speaker != segs[i-1].Speaker {
			turns = append(turns, j.SegStart[i])
		}
	}
	var out []Sentence
	for _, r := range splitSentences(j, turns) {
		first := j.SegmentAt(r[0])
		last := j.SegmentAt(r[1] - 1)
		s := Sentence{
			Index:    len(out),
			Text:     j.Text[r[0]:r[1]],
			Offset:   r[0],
			FirstSeg: first,
			LastSeg:  last,
		}
		if len(segs) > 0 && segs[first].Timed {
			s.Timed = true
			s.Start = segs[first].Start
			s.End = segmentEnd(segs, last)
		}
		out = append(out, s)
	}
	return j, out
}

// segmentEnd is the end time of segment i: its own end when the format gives
// one, else the start of the next timed segment, else its start.
func segmentEnd(segs []Segment, i int) float64 {
	if segs[i].End > segs[i].Start {
		return segs[i].End
	}
	if i+1 < len(segs) && segs[i+1].Timed && segs[i+1].Start >= segs[i].Start {
		return segs[i+1].Start
	}
	return segs[i].Start
}

// splitSentences returns [start, end) byte ranges of the sentences in j.Text,
// trimmed of surrounding space. A sentence ends at '.', '!' or '?' (with any
// closing quotes or brackets) followed by space and a capital letter, digit
// or opening quote, unless the word before a period is a known abbreviation
// or a single initial. Runs longer than maxSentence without such an end are
// cut at the next segment boundary, and a sentence ends where a new
// speaker's turn starts (turns: byte offsets, ascending) and before the
// ">>" with which closed captions mark a new speaker.
func splitSentences(j Joined, turns []int) [][2]int {
	text := j.Text
	anyCase := Caseless(text)
	var out [][2]int
	start := skipSpace(text, 0)
	nextSeg := 1 // index of the next segment boundary to consider for long runs
	emit := func(end int) {
		e := end
		for e > start && isSpace(text[e-1]) {
			e--
		}
		if e > start {
			out = append(out, [2]int{start, e})
		}
		start = skipSpace(text, end)
	}
	for i := 0; i < len(text); {
		for len(turns) > 0 && turns[0] <= start {
			turns = turns[1:]
		}
		if len(turns) > 0 && i >= turns[0] {
			emit(turns[0]) // a new speaker's turn
			turns = turns[1:]
			i = start
			continue
		}
		c := text[i]
		if c == '>' && i > start && i+1 < len(text) && text[i+1] == '>' && isSpace(text[i-1]) {
			emit(i) // ">>": closed captions mark a new speaker so
			i = start
			continue
		}
		if c == '.' || c == '!' || c == '?' {
			end := i + 1
			for end < len(text) && (text[end] == '.' || text[end] == '!' || text[end] == '?') {
				end++
			}
			for end < len(text) {
				r, size := utf8.DecodeRuneInString(text[end:])
				if !strings.ContainsRune("\"')]”’»", r) {
					break
				}
				end += size
			}
			if isBoundary(text, i, end, start, anyCase) {
				emit(end)
				i = start
				continue
			}
			i = end
			continue
		}
		// Long unpunctuated run: cut at the first segment boundary after
		// maxSentence bytes (the boundary's separator space is at
		// SegStart-1).
		if i-start >= maxSentence {
			for nextSeg < len(j.SegStart) && j.SegStart[nextSeg]-1 < i {
				nextSeg++
			}
			if nextSeg < len(j.SegStart) && i == j.SegStart[nextSeg]-1 {
				emit(j.SegStart[nextSeg])
				i = start
				continue
			}
		}
		i++
	}
	if start < len(text) {
		emit(len(text))
	}
	return out
}

// Caseless reports whether texts are written all in lower case, as
// automatic captions are: of 40 words or more, fewer than one in fifty
// starts with a capital ("I" aside; news text has about one in eight).
// There a sentence may start with a small letter, and the entity
// extractor restores the case before tagging.
func Caseless(texts ...string) bool {
	words, capital := 0, 0
	for _, text := range texts {
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				i += size
				continue
			}
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			words++
			if unicode.IsUpper(r) && text[i:j] != "I" {
				capital++
			}
			i = j
		}
	}
	return words >= 40 && capital*50 < words
}

// isBoundary reports whether the punctuation at text[p] (with trailing
// closers up to end) ends a sentence that began at start. anyCase says
// the text has no capitals to start sentences with (Caseless).
func isBoundary(text string, p, end, start int, anyCase bool) bool {
	if end >= len(text) {
		return true
	}
	if !isSpace(text[end]) {
		return false // "U.S.-led", "3.5", "bbc.com"
	}
	k := skipSpace(text, end)
	if k >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\'' || r == '“' || r == '‘' || r == '(' || r == '[' || anyCase && unicode.IsLower(r)) {
		return false
	}
	if closesQuote(text[p+1:end]) && QuoteTagAt(text, k) {
		return false // "“How many times ...?” Clinton said.": one sentence
	}
	if text[p] != '.' || (p+1 < len(text) && text[p+1] == '.') {
		return true
	}
	// A period: look at the word before it.
	w := p
	for w > start && !isSpace(text[w-1]) {
		w--
	}
	word := text[w:p]
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return false // an initial: "J. K. Rowling"
	}
	if strings.Count(word, ".") > 0 && len(word) <= 5 {
		// "U.S. President" stays together; "in the U.S. Then he left"
		// ends, because sentence openers are not names.
		e := k
		for e < len(text) && !isSpace(text[e]) && text[e] != ',' {
			e++
		}
		_, opener := openers[strings.ToLower(text[k:e])]
		return opener
	}
	_, abbr := abbreviations[strings.ToLower(strings.TrimLeft(word, "(\"'"))]
	return !abbr
}

// closesQuote reports whether the closers after a sentence's end hold a
// closing quotation mark.
func closesQuote(closers string) bool {
	return strings.ContainsAny(closers, "\"'”’»")
}

// QuoteTagAt reports whether text from byte offset k is the tag that
// attributes the quotation before it: up to four capitalised words (a
// name, "Sen. Claire McCaskill") and a verb of saying that ends the
// clause ("Clinton said.", "Mr. Burman added, ..."). Such a tag ends the
// quotation's sentence rather than starting one.
func QuoteTagAt(text string, k int) bool {
	words := 0
	for i := k; i < len(text) && words <= 4; {
		j := i
		for j < len(text) && !isSpace(text[j]) && text[j] != ',' && text[j] != '.' {
			j++
		}
		w := text[i:j]
		if w == "" {
			return false
		}
		if _, ok := tagVerbs[w]; ok && words > 0 {
			// the tag ends there ("Clinton said."); words after the
			// verb make it a sentence of its own ("She says it ...")
			return j >= len(text) || text[j] == '.' || text[j] == ','
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || words == 0 && tagPronouns[w] {
			return false // "She adds, “...”": a sentence of its own
		}
		words++
		for j < len(text) && text[j] == '.' {
			j++ // "Sen.", "W."
		}
		if j >= len(text) || !isSpace(text[j]) {
			return false
		}
		i = skipSpace(text, j)
	}
	return false
}

// tagPronouns open sentences of their own after a quotation more often
// than they close it.
var tagPronouns = map[string]bool{"He": true, "She": true, "They": true, "It": true, "I": true, "We": true, "You": true}

// tagVerbs are the verbs of a quotation's tag.
var tagVerbs = map[string]struct{}{
	"said": {}, "says": {}, "asked": {}, "asks": {}, "added": {}, "adds": {}, "wrote": {}, "writes": {},
	"told": {}, "continued": {}, "replied": {}, "explained": {}, "insisted": {}, "noted": {},
	"recalled": {}, "argued": {}, "concluded": {}, "declared": {}, "warned": {}, "tweeted": {},
}

// abbreviations are words that take a period without ending a sentence when a
// capitalised word follows (titles before names, mostly).
var abbreviations = map[string]struct{}{
	"mr": {}, "mrs": {}, "ms": {}, "dr": {}, "prof": {}, "st": {}, "sr": {}, "jr": {},
	"gen": {}, "sen": {}, "rep": {}, "gov": {}, "lt": {}, "col": {}, "capt": {}, "sgt": {},
	"maj": {}, "adm": {}, "cmdr": {}, "rev": {}, "hon": {}, "pres": {}, "supt": {}, "insp": {},
	"no": {}, "vs": {}, "v": {}, "mt": {}, "ft": {}, "jan": {}, "feb": {}, "aug": {},
	"sept": {}, "oct": {}, "nov": {}, "dec": {}, "inc": {}, "co": {}, "corp": {}, "ltd": {},
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// openers are words that commonly start a sentence and are never part of a
// name, used to tell "U.S. Then" (two sentences) from "U.S. President".
var openers = map[string]struct{}{
	"the": {}, "then": {}, "he": {}, "she": {}, "it": {}, "we": {}, "they": {}, "i": {},
	"this": {}, "that": {}, "these": {}, "those": {}, "but": {}, "and": {}, "so": {},
	"there": {}, "a": {}, "an": {}, "what": {}, "now": {}, "in": {}, "on": {}, "at": {},
	"if": {}, "when": {}, "you": {}, "our": {}, "his": {}, "her": {}, "their": {}, "its": {},
	"meanwhile": {}, "however": {}, "also": {}, "yes": {}, "no": {}, "well": {}, "let's": {},
}
