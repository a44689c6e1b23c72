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
			if form, ok := truecaseForms[strings.ToLower(w)]; ok && len(form) == len(w) {
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
