package claim

import (
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord   tokKind = iota // letters, with inner apostrophes and hyphens
	tokNumber                // digits, with inner separators: 700,000 2.5 1/2
	tokPunct                 // any other single character
)

// token is a span of a sentence: byte offsets into the sentence text.
type token struct {
	start, end int
	kind       tokKind
	upper      bool // a word whose first letter is upper case
}

// tokenize splits s into words, numbers and punctuation, appending to buf.
// It is a light scanner, not a linguistic tokeniser: contractions stay whole
// ("don't", "Trump's"), so that callers can test suffixes cheaply.
func tokenize(s string, buf []token) []token {
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || unicode.IsSpace(r):
			i += n
		case isDigit(r):
			j := i + n
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.' || c == '/' || c == ':') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			// ordinals and decades: 1st, 2nd, 1990s
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			buf = append(buf, token{start: i, end: j, kind: tokNumber})
			i = j
		case unicode.IsLetter(r):
			up := unicode.IsUpper(r)
			j := i + n
			for j < len(s) {
				c, m := rune(s[j]), 1
				if c >= utf8.RuneSelf {
					c, m = utf8.DecodeRuneInString(s[j:])
				}
				if unicode.IsLetter(c) || isDigit(c) {
					j += m
					continue
				}
				// inner apostrophe or hyphen followed by a letter
				if c == '\'' || c == '’' || c == '-' {
					if j+m < len(s) {
						d, _ := utf8.DecodeRuneInString(s[j+m:])
						if unicode.IsLetter(d) {
							j += m
							continue
						}
					}
				}
				break
			}
			buf = append(buf, token{start: i, end: j, kind: tokWord, upper: up})
			i = j
		default:
			buf = append(buf, token{start: i, end: i + n, kind: tokPunct})
			i += n
		}
	}
	return buf
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// lower returns s in lower case, allocating only when s has an upper-case
// letter or a curly apostrophe (normalised to ').
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return lowerSlow(s)
		}
	}
	return s
}

func lowerSlow(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r == '’' {
			r = '\''
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}
