package ner

import (
	"unicode"
	"unicode/utf8"
)

// Token is a token with byte offsets into its sentence.
type Token struct{ Start, End int }

// Tokenize appends to dst[:0] the CoNLL-style tokens of text and returns the
// result. Punctuation is split off, clitics ('s, n't, 're, 've, 'll, 'd, 'm)
// are separate tokens, dotted abbreviations such as "U.S." stay whole, as do
// hyphenated words, names like "O'Brien" and numbers such as 2.5, 1,000 and
// 10:30. Letters and digits of any script are word characters.
func Tokenize(text string, dst []Token) []Token {
	dst = dst[:0]
	i := 0
	for i < len(text) {
		r, n := runeAt(text, i)
		if isSpace(r) {
			i += n
			continue
		}
		if !isWord(r) {
			j := i + n
			switch {
			case r == '.' || r == '-':
				for j < len(text) && text[j] == byte(r) {
					j++
				}
			case isApos(r):
				if k, ok := clitic(text, j); ok {
					j = k
				}
			}
			dst = append(dst, Token{i, j})
			i = j
			continue
		}
		start := i
		j := i + n
		dots := false
	word:
		for j < len(text) {
			r, n := runeAt(text, j)
			if isWord(r) {
				j += n
				continue
			}
			if j+n >= len(text) {
				if r == '.' && dots && singleLetterEnd(text, start, j) {
					j += n
				}
				break
			}
			next, nn := runeAt(text, j+n)
			switch {
			case r == '-' && isWord(next):
				j += n + nn
			case (r == '.' || r == ',' || r == ':') && isDigit(next) && isDigit(lastRune(text, j)):
				j += n + nn
			case r == '.' && middleInitial(text, start, j):
				j += n // "John F. Kennedy": CoNLL writes the initial "F."
				break word
			case r == '.' && singleLetterEnd(text, start, j) && (dots || isLetter(next) && j+n+nn < len(text) && text[j+n+nn] == '.'):
				j += n
				dots = true
				if !isWord(next) {
					break word
				}
			case r == '&' && isUpper(next) && isUpper(lastRune(text, j)):
				j += n + nn
			case isApos(r):
				if _, ok := clitic(text, j+n); ok {
					break word
				}
				if next == 't' || next == 'T' {
					// "don't": split before the n of n't.
					if p := j - 1; p > start && (text[p] == 'n' || text[p] == 'N') && !isWord(runeOrSpace(text, j+n+nn)) {
						dst = append(dst, Token{start, p})
						start = p
						j += n + nn
						break word
					}
				}
				if isLetter(next) {
					j += n + nn
					continue
				}
				break word
			default:
				break word
			}
		}
		dst = append(dst, Token{start, j})
		i = j
	}
	return dst
}

// middleInitial reports whether text[start:j], before a period, is a
// middle initial: one capital letter after a capitalised word and a
// space, with a capitalised word after the period and a space ("George
// W. Bush", "Robert F. Kennedy Jr."). Split from its period, the
// initial ends the name for the model, which learnt "W." from CoNLL.
func middleInitial(text string, start, j int) bool {
	if j != start+1 || !isUpper(rune(text[start])) || j+2 >= len(text) || text[j+1] != ' ' || !isUpper(rune(text[j+2])) {
		return false
	}
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	w := start - 1 // the previous word: a capital after a space or the text's start
	for w > 0 && isASCIILetter(text[w-1]) {
		w--
	}
	if w == start-1 || !isUpper(rune(text[w])) || w > 0 && text[w-1] != ' ' {
		return false
	}
	e := j + 2 // the word after: no sentence opener ("Jay Z. What ...")
	for e < len(text) && isASCIILetter(text[e]) {
		e++
	}
	return !sentenceOpeners[text[j+2:e]]
}

// sentenceOpeners are capitalised words that begin a new sentence far more
// often than they follow a middle initial.
var sentenceOpeners = map[string]bool{"The": true, "A": true, "An": true, "And": true, "But": true, "So": true,
	"What": true, "Why": true, "How": true, "When": true, "Where": true, "Who": true, "It": true, "He": true,
	"She": true, "We": true, "They": true, "I": true, "You": true, "This": true, "That": true, "There": true,
	"Then": true, "Still": true, "Now": true, "Well": true, "In": true, "On": true, "At": true, "If": true,
	"Yes": true, "No": true, "Oh": true, "OK": true, "Okay": true, "Thank": true, "Thanks": true}

// clitic reports whether text[i:] starts with the letters of an English
// clitic (s, re, ve, ll, d, m) followed by a non-word character, and where
// those letters end.
func clitic(text string, i int) (int, bool) {
	k := i
	for k < len(text) && k-i < 3 && isASCIILetter(text[k]) {
		k++
	}
	if k == i || (k < len(text) && isWord(runeOrSpace(text, k))) {
		return i, false
	}
	switch lowerASCII(text[i:k]) {
	case "s", "re", "ve", "ll", "d", "m":
		return k, true
	}
	return i, false
}

// singleLetterEnd reports whether the word text[start:j] ends in a run of
// exactly one letter (as in "U" or "U.S").
func singleLetterEnd(text string, start, j int) bool {
	r, n := utf8.DecodeLastRuneInString(text[start:j])
	if !unicode.IsLetter(r) {
		return false
	}
	if j-n == start {
		return true
	}
	return text[j-n-1] == '.'
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if 'A' <= b[k] && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func runeOrSpace(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := runeAt(s, i)
	return r
}

func lastRune(s string, j int) rune {
	if c := s[j-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return r
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r)
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isApos(r rune) bool { return r == '\'' || r == '’' }
