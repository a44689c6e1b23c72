package extract

import "strings"

// caselessStretches returns the sentences of a cased document with its
// caseless sentences truecased, or nil when it has none. Whisper, in a
// long transcript that it otherwise writes in case, often drops case and
// punctuation for a stretch of minutes ("as soon as i got to portolegri
// i saw my house", "google was one of the first tech giants"): the names
// there are as lower-case as in automatic captions, and the model misses
// them. A sentence is read as caseless when it has at least eight words
// and either starts with a small letter (the pipeline's sentences start
// with a capital in cased text), holds a lower-case pronoun "i", or holds
// three lower-case words that are names in news (see lowerNames).
func caselessStretches(sentences []string, gaz func(string) bool) []string {
	var idx []int
	for i, s := range sentences {
		if caselessSentence(s) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return nil
	}
	sub := make([]string, len(idx))
	for k, i := range idx {
		sub[k] = sentences[i]
	}
	sub = truecasedWith(sub, gaz)
	out := append([]string(nil), sentences...)
	for k, i := range idx {
		out[i] = sub[k]
	}
	return out
}

// caselessSentence reports whether a sentence of a cased document was
// written without case (see caselessStretches). It scans without
// allocating: it runs on every sentence of every cased transcript.
func caselessSentence(s string) bool {
	if wordCount(s) < 8 {
		return false
	}
	if c := firstLetter(s); c >= 'a' && c <= 'z' {
		return true
	}
	// a sentence opened in capitals may still hold a lower-case "i"
	for i := 0; i < len(s); i++ {
		if s[i] != 'i' || i > 0 && s[i-1] != ' ' && s[i-1] != '"' {
			continue
		}
		rest := s[i+1:]
		switch {
		case rest == "" || rest[0] == ' ' || rest[0] == ',' || rest[0] == ';' || rest[0] == '?' || rest[0] == '!':
			return true // "as soon as i got"
		case rest[0] == '.' && (len(rest) == 1 || rest[1] == ' '):
			return true // "... that i." ("i.e." is no pronoun)
		case strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’"):
			r := strings.TrimLeft(rest, "'’")
			for _, c := range []string{"m", "ve", "d", "ll"} {
				if strings.HasPrefix(r, c) && (len(r) == len(c) || !isLetter(r[len(c)])) {
					return true // "i'm", "i've"
				}
			}
		}
	}
	return lowerNames(s) >= 3
}

// lowerNames counts the words after the first that are written in lower
// case but that news writes capitalised nine times in ten (the truecasing
// table): "kiev with the head of the european commission ... the more
// crucial situation regarding ukraine's fight against russian invaders".
// Whisper sometimes writes a caseless stretch with a capital here and
// there; three such words make a sentence caseless. A cased sentence
// rarely holds even two: 15 of 206,534 sentences of the BBC corpus do
// ("turkey", "united"), 3 hold three or more.
func lowerNames(s string) int {
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if i > 0 && j > i && s[i] >= 'a' && s[i] <= 'z' {
			w := strings.TrimRight(s[i:j], ".,?!;:\"")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if form, ok := truecaseForms[w]; ok && form[0] >= 'A' && form[0] <= 'Z' && !strings.Contains(w, ".") {
				n++
			}
		}
		i = j
	}
	return n
}

// wordCount counts the runs of non-space characters in s.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// firstLetter returns the first ASCII letter of s, or 0.
func firstLetter(s string) byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return c
		}
	}
	return 0
}
