package extract

import (
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// dropAcademicFields removes the spans inside the field of an academic
// post: "Professor of Philosophy of Technology and Speculative Design at
// the University of California", "Lecturer in Media Studies". The field's
// capitalised words read to a newswire model as organisations, and so
// does the post itself ("Professor of Digital Design" ORG), but neither is
// a name. A span that runs into the post from before ("European Graduate
// School and Visiting Professor") keeps what comes before the "and".
// Only organisations are dropped: a person after the field is its holder
// ("Professor of Geography Justin Mankin"), and "a visiting professor in
// Uganda" names a place.
func dropAcademicFields(sentences []string, spans []pipeline.Span) []pipeline.Span {
	type region struct {
		sentence   int
		post       int // where the post's words start ("Visiting Professor")
		start, end int // the post's word and its field
		field      bool
	}
	var fields []region
	for i, s := range sentences {
		if !strings.Contains(s, "rofessor") && !strings.Contains(s, "ecturer") {
			continue // the common case, cheap to rule out
		}
		for _, w := range wordsIn(s, 0, len(s)) {
			post := strings.ToLower(strings.TrimRight(s[w[0]:w[1]], ".,;:"))
			if post != "professor" && post != "lecturer" {
				continue
			}
			r := region{sentence: i, post: w[0], start: w[0], end: w[1]}
			if p := previousWord(s, w[0]); p >= 0 && postModifiers[strings.ToLower(s[p:w[0]-1])] {
				r.post = p // "Visiting Professor"
			}
			if next := wordAfter(s, w[1]); next == "of" || next == "in" {
				at := w[1] + strings.Index(s[w[1]:], next) + len(next)
				if end := fieldEnd(s, at); end > at {
					r.end, r.field = end, true
				}
			}
			fields = append(fields, r)
		}
	}
	if len(fields) == 0 {
		return spans
	}
	out := spans[:0]
	for _, sp := range spans {
		keep := true
		for _, r := range fields {
			if r.sentence != sp.Sentence || sp.End <= r.start || r.end <= sp.Start {
				continue
			}
			if sp.Type != pipeline.Org {
				break
			}
			if sp.Start >= r.start {
				// inside the post or its field; a span opening on a
				// post without a field may be its holder, mistyped
				keep = !r.field
				break
			}
			// runs into the post: keep the part before it and before an
			// "and" ("Harvard Professor" -> "Harvard")
			before := sentences[sp.Sentence][sp.Start:r.post]
			if and := strings.LastIndex(before, " and "); and > 0 {
				before = before[:and]
			}
			before = strings.TrimRight(before, " ,")
			sp.End = sp.Start + len(before)
			keep = before != ""
			break
		}
		if keep {
			out = append(out, sp)
		}
	}
	return out
}

// previousWord returns where the word before the one at byte offset i of
// s starts, when one space parts them, or -1.
func previousWord(s string, i int) int {
	if i < 2 || s[i-1] != ' ' {
		return -1
	}
	j := i - 1
	for j > 0 && isLetter(s[j-1]) {
		j--
	}
	if j == i-1 {
		return -1
	}
	return j
}

// postModifiers may stand before "Professor" as part of the post.
var postModifiers = wordSet("visiting", "associate", "assistant", "emeritus", "distinguished", "adjunct", "senior", "honorary")

// fieldEnd returns where the academic field starting at byte offset start
// of s ends: after its last capitalised word, over "of", "and", "the",
// "for" and "&" between them, up to any other word or punctuation, or an
// "and" before another post ("... Science and Director of the Oxford
// Net Zero Initiative").
func fieldEnd(s string, start int) int {
	end := start
	for _, w := range wordsIn(s, start, len(s)) {
		word := s[w[0]:w[1]]
		bare := strings.TrimRight(word, ".,;:?!")
		switch lw := strings.ToLower(bare); {
		case lw == "and" && pipeline.IsTitle(wordAfter(s, w[1])):
			return end
		case lw == "of" || lw == "and" || lw == "the" || lw == "for" || lw == "&":
		case bare != "" && bare[0] >= 'A' && bare[0] <= 'Z':
			end = w[0] + len(bare)
		default:
			return end
		}
		if bare != word {
			return end // punctuation ends the field
		}
	}
	return end
}
