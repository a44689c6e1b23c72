package extract

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"

	"github.com/mentions/mentions/pipeline"
)

// dictWordsGz lists the words an English dictionary has only in lower
// case; internal/mkdict writes it (the command and the licence are in its
// doc comment).
//
//go:embed dictwords.txt.gz
var dictWordsGz []byte

// dictWords is dictWordsGz read, on first use.
var dictWords = sync.OnceValue(func() map[string]bool {
	zr, err := gzip.NewReader(bytes.NewReader(dictWordsGz))
	if err != nil {
		panic("extract: dictwords.txt.gz: " + err.Error()) // embedded at build time: a bad file is a build error
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		panic("extract: dictwords.txt.gz: " + err.Error())
	}
	return nameSet(string(data))
})

// unpunctuated reports whether a document has next to no sentence
// punctuation: automatic captions (YouTube's, for one), which also
// capitalise ordinary words at random.
func unpunctuated(sentences []string) bool {
	words, marks := 0, 0
	for _, s := range sentences {
		words += len(strings.Fields(s))
		marks += strings.Count(s, ".") + strings.Count(s, "?") + strings.Count(s, "!")
	}
	return words >= 200 && marks*200 < words
}

// dropCaptionWords removes, in unpunctuated captions, the one-word
// names that the dictionary knows in lower case alone: automatic captions
// capitalise "Chess", "Checkmate", "Rooks", and the model reads them as
// names. Words that are also names ("Knight", "White"), words the
// dictionary lacks ("Magnus", "Berlin"), listed organisations ("Discord",
// "Meta"), acronyms ("LAX") and names of more than one word ("United States", "Federal
// Reserve") stay.
func dropCaptionWords(sentences []string, spans []pipeline.Span) []pipeline.Span {
	dict := dictWords()
	out := spans[:0]
	for _, sp := range spans {
		w := withoutPossessive(sentences[sp.Sentence][sp.Start:sp.End])
		if !strings.Contains(w, " ") && strings.ToUpper(w) != w && dict[strings.ToLower(w)] && !isKnownOrg(w) && !products[w] {
			continue
		}
		out = append(out, sp)
	}
	return out
}
