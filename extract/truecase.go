package extract

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mentions/mentions/extract/internal/givennames"
	"github.com/mentions/mentions/pipeline"
)

// truecaseText is the truecasing table internal/mkcommon writes (the
// command is in its doc comment): lower-cased ASCII words and the one
// cased form news transcripts write them in nine times in ten.
//
//go:embed truecase.txt
var truecaseText string

// truecasePhrasesText is the phrase table internal/mkcommon writes with
// -phrases: runs of two or three lower-cased words and the form news
// writes them in, where the word table alone would be wrong ("supreme
// court", "the us").
//
//go:embed truecase_phrases.txt
var truecasePhrasesText string

var (
	truecasePhrases = caseTable(truecasePhrasesText)
	truecaseForms   = caseTable(truecaseText)
)

// caseTable reads a truecasing table: "lower<TAB>Form" lines, "#"
// comments; a form of another length than its key is skipped (casing
// must keep every byte offset).
func caseTable(text string) map[string]string {
	m := make(map[string]string, 8192)
	for _, line := range strings.Split(text, "\n") {
		if lw, form, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") && len(lw) == len(form) {
			m[lw] = form
		}
	}
	return m
}

// capitalsDoc reports whether a document is written all in capitals:
// 40 words or more with cased letters, fewer than one in fifty of them
// with a small letter.
func capitalsDoc(sentences []string) bool {
	words, small := 0, 0
	for _, s := range sentences {
		hasUpper, hasLower := false, false
		word := func() { // a word ends: count it
			if hasLower {
				small++
			}
			if hasLower || hasUpper {
				words++
			}
			hasUpper, hasLower = false, false
		}
		for _, r := range s {
			switch {
			case unicode.IsSpace(r):
				word()
			case unicode.IsLower(r):
				hasLower = true
			case unicode.IsUpper(r):
				hasUpper = true
			}
		}
		word()
		if small > 3 && small*50 >= words {
			return false // plainly not: most documents stop here
		}
	}
	return words >= 40 && small*50 < words
}

// asciiLower returns the sentences with their ASCII capitals in lower
// case, so that every byte offset stays valid.
func asciiLower(sentences []string) []string {
	out := make([]string, len(sentences))
	for i, s := range sentences {
		b := []byte(s)
		for k, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[k] = c + 'a' - 'A'
			}
		}
		out[i] = string(b)
	}
	return out
}

// lowercaseDoc reports whether the sentences of a document are written
// all in lower case (pipeline.Caseless).
func lowercaseDoc(sentences []string) bool {
	return pipeline.Caseless(sentences...)
}

// truecased returns the sentences of a caseless document as a cased
// transcript would write them. In order of precedence:
//   - initialisms in capitals ("u.s." → "U.S.");
//   - runs of two to five words of the phrase table or of the listed
//     organisations ("supreme court", "islamic revolutionary guard
//     corps");
//   - words of the truecasing table ("trump's" → "Trump's", "nato" →
//     "NATO"), famous people that are no dictionary word ("plato"),
//     listed organisations ("youtube"), a lone "i";
//   - given names that are no word ("tammy"), the unknown or famous word
//     after a given name as its surname ("laura koonsberg", "steven
//     pinker"), a given name that is a word only before such a surname
//     ("mark rutte", not "prices rose");
//   - such a surname alone anywhere in the document ("koonsberg said").
//
// Addresses and handles keep their case ("bbc.co.uk"). Only ASCII letters
// change case, so every byte offset stays valid for the original
// sentences.
func truecased(sentences []string) []string { return truecasedWith(sentences, nil) }

// truecasedWith is truecased that also capitalises, when gaz is set, the
// runs of two or three words that it reports a place of the gazetteer
// ("hunter valley", "gulf of mexico"), unless every word of the run is a
// common word. (Single words of the gazetteer were tried too: the
// lower-cased dev set fell from 0.853 to 0.841, so many are words.)
func truecasedWith(sentences []string, gaz func(string) bool) []string {
	out := make([]string, len(sentences))
	var surnames map[string]bool // the lower-case surnames cased after a given name
	for k, s := range sentences {
		b := []byte(s)
		caseInitialisms(b)
		casePhrases(b, gaz)
		givenEnd := -1 // where the last given name written capitalised ends
		for i := 0; i < len(b); {
			if !isLetter(b[i]) {
				i++
				continue
			}
			j := wordEndUTF8(b, i)
			w := s[i:j]
			if string(b[i:j]) != w || inAddress(b, i, j) {
				// cased by a phrase, or part of "bbc.co.uk", "@bbcworld"
			} else if form, ok := truecaseForms[strings.ToLower(w)]; ok && len(form) == len(w) {
				copy(b[i:j], form)
			} else if form, ok := famousLower()[w]; ok {
				copy(b[i:j], form) // "plato", "kasparov": famous people the news table lacks
			} else if form, ok := orgForms()[w]; ok && !strings.Contains(form, " ") {
				copy(b[i:j], form) // "youtube", "nvidia": listed organisations
			} else if w == "i" && (j == len(b) || b[j] != '-') {
				b[i] = 'I'
			} else if unknownWord(w) && givennames.Lookup(w) != givennames.Unknown && !givenWords[w] {
				b[i] -= 'a' - 'A' // "tammy": a given name
			} else if givenEnd >= 0 && givenEnd == i-1 && b[i-1] == ' ' && len(w) >= 3 && (unknownWord(w) || famous[capitalised(w)]) {
				b[i] -= 'a' - 'A' // "laura koonsberg", "steven pinker": a surname after a given name
			} else if givenWords[w] && j+1 < len(b) && b[j] == ' ' {
				if e := wordEnd(b, j+1); e-j-1 >= 3 && unknownWord(string(b[j+1:e])) {
					b[i] -= 'a' - 'A' // "mark rutte", not "prices rose"
				}
			}
			if b[i] >= 'A' && b[i] <= 'Z' && givennames.Lookup(w) != givennames.Unknown {
				givenEnd = j
			} else if givenEnd >= 0 && givenEnd == i-1 && b[i-1] == ' ' && b[i] >= 'A' && b[i] <= 'Z' && w[0] >= 'a' && len(w) >= 3 {
				if surnames == nil {
					surnames = map[string]bool{}
				}
				surnames[w] = true // "koonsberg" of "laura koonsberg"
			}
			i = j
		}
		caseParties(b)
		caseUS(b)
		out[k] = string(b)
	}
	if surnames != nil {
		caseSurnames(out, surnames)
	}
	return out
}

// caseSurnames capitalises in sentences the surnames the truecaser cased
// after a given name, alone, before or after the full name ("koonsberg
// said"), unless a lower-case-only or common word that is not famous.
func caseSurnames(sentences []string, surnames map[string]bool) {
	for k, s := range sentences {
		b := []byte(s)
		changed := false
		for i := 0; i < len(b); {
			if !isLetter(b[i]) {
				i++
				continue
			}
			j := wordEnd(b, i)
			if w := s[i:j]; surnames[w] && (unknownWord(w) || famous[capitalised(w)]) && !inAddress(b, i, j) {
				b[i] -= 'a' - 'A'
				changed = true
			}
			i = j
		}
		if changed {
			sentences[k] = string(b)
		}
	}
}

// givenWordsText lists the given names that are lower-case words too
// (internal/mkdict -givenwords writes it).
//
//go:embed givenwords.txt
var givenWordsText string

var givenWords = nameSet(givenWordsText)

// unknownWord reports whether a lower-case word is in neither the
// dictionary nor the common words: a name, when it is one. A word with
// letters beyond ASCII ("gödel") is in neither.
func unknownWord(w string) bool {
	if w == "" || strings.ToLower(w) != w || !asciiWord(w) && !lettersUTF8(w) {
		return false
	}
	return !dictWords()[w] && !common[w]
}

// inAddress reports whether the word b[i:j] is part of a web or e-mail
// address or a handle: a dot or "@" joins it to a letter or digit, or
// "@" opens it.
func inAddress(b []byte, i, j int) bool {
	if i > 0 && (b[i-1] == '@' || b[i-1] == '.' && i > 1 && isAlnum(b[i-2])) {
		return true
	}
	return j+1 < len(b) && (b[j] == '.' || b[j] == '@') && isAlnum(b[j+1])
}

func isAlnum(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' }

// wordEndUTF8 returns where the word starting at b[i] ends: letters,
// those beyond ASCII too ("gödel"), and hyphens between letters.
func wordEndUTF8(b []byte, i int) int {
	for i < len(b) {
		if isLetter(b[i]) || b[i] == '-' && i+1 < len(b) && isLetter(b[i+1]) {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}

// lettersUTF8 reports whether w is letters only.
func lettersUTF8(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// wordEnd returns where the word of letters starting at b[i] ends.
func wordEnd(b []byte, i int) int {
	for i < len(b) && isLetter(b[i]) {
		i++
	}
	return i
}

// famousLower maps the ASCII names of famous.txt, lower-cased, to their
// written form, leaving out those that are also lower-case words of the
// dictionary or of common.txt.
var famousLower = sync.OnceValue(func() map[string]string {
	dict := dictWords()
	m := make(map[string]string, len(famous))
	for name := range famous {
		lw := strings.ToLower(name)
		if asciiWord(name) && len(lw) == len(name) && !dict[lw] && !common[lw] {
			m[lw] = name
		}
	}
	return m
})
