package extract

import (
	_ "embed"
	"strings"
	"sync"

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

var truecasePhrases = func() map[string]string {
	m := make(map[string]string, 2048)
	for _, line := range strings.Split(truecasePhrasesText, "\n") {
		if lp, form, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") && len(lp) == len(form) {
			m[lp] = form
		}
	}
	return m
}()

var truecaseForms = func() map[string]string {
	m := make(map[string]string, 8192)
	for _, line := range strings.Split(truecaseText, "\n") {
		if lw, form, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			m[lw] = form
		}
	}
	return m
}()

// lowercaseDoc reports whether the sentences of a document are written
// all in lower case (pipeline.Caseless).
func lowercaseDoc(sentences []string) bool {
	return pipeline.Caseless(sentences...)
}

// truecased returns the sentences with each word of the truecasing table
// written in its cased form ("trump's" → "Trump's", "nato" → "NATO"), a
// famous person's name of famous.txt capitalised ("plato" → "Plato")
// unless it is also a dictionary word, and a lone "i" as "I". Only ASCII letters change case, so every byte offset
// stays valid for the original sentences.
func truecased(sentences []string) []string {
	out := make([]string, len(sentences))
	for k, s := range sentences {
		b := []byte(s)
		casePhrases(b)
		for i := 0; i < len(b); {
			if !isLetter(b[i]) {
				i++
				continue
			}
			j := i
			for j < len(b) && (isLetter(b[j]) || b[j] == '-' && j+1 < len(b) && isLetter(b[j+1])) {
				j++
			}
			w := s[i:j]
			if string(b[i:j]) != w {
				// cased by a phrase
			} else if form, ok := truecaseForms[strings.ToLower(w)]; ok && len(form) == len(w) {
				copy(b[i:j], form)
			} else if form, ok := famousLower()[w]; ok {
				copy(b[i:j], form) // "plato", "kasparov": famous people the news table lacks
			} else if w == "i" && (j == len(b) || b[j] != '-') {
				b[i] = 'I'
			}
			i = j
		}
		out[k] = string(b)
	}
	return out
}

// casePhrases writes in b the runs of two or three words, one space
// apart, that the phrase table holds, the longest first, left to right.
func casePhrases(b []byte) {
	var words [][2]int // the words of b, letters and inner hyphens
	for i := 0; i < len(b); {
		if !isLetter(b[i]) {
			i++
			continue
		}
		j := i
		for j < len(b) && (isLetter(b[j]) || b[j] == '-' && j+1 < len(b) && isLetter(b[j+1])) {
			j++
		}
		words = append(words, [2]int{i, j})
		i = j
	}
	var key []byte
	for k := 0; k < len(words); k++ {
		for n := 3; n >= 2; n-- {
			if k+n > len(words) {
				continue
			}
			joined := true
			for m := k + 1; m < k+n; m++ {
				if words[m][0] != words[m-1][1]+1 || b[words[m-1][1]] != ' ' {
					joined = false
				}
			}
			if !joined {
				continue
			}
			start, end := words[k][0], words[k+n-1][1]
			key = append(key[:0], b[start:end]...)
			for i, c := range key {
				if 'A' <= c && c <= 'Z' {
					key[i] = c + 'a' - 'A'
				}
			}
			if form, ok := truecasePhrases[string(key)]; ok {
				copy(b[start:end], form)
				k += n - 1
				break
			}
		}
	}
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
