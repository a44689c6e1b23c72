package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SpeakerLabel finds a speaker's label opening text ("TRUMP: We will
// ...", "Lester Holt: Good evening", ">> SPEAKER 2: Thank you", a
// headline's "Pence: Gennifer Flowers Won't Be at Debate"): after an
// optional ">>", "- " or opening quote, one to four words each
// capitalised (a number may follow the first, "Speaker 2"; abbreviation
// dots are kept, "Sen. Warren"), then a colon, a space and text. It returns
// the label's byte bounds in text. A label may not open with a determiner
// ("The Latest:"), and one word must not be a word that opens a line
// before a colon without naming anyone ("Note:", "So:", "CLARIFICATION:").
// The format parsers read labels as segments' speakers, the claims finder
// as sources.
func SpeakerLabel(text string) (start, end int, ok bool) {
	start = len(text) - len(strings.TrimLeft(text, " "))
	for _, p := range []string{">>", "- ", "\"", "“", "'"} {
		if strings.HasPrefix(text[start:], p) {
			start += len(p)
			start += len(text[start:]) - len(strings.TrimLeft(text[start:], " "))
			break
		}
	}
	colon := strings.IndexByte(text[start:], ':')
	if colon <= 0 || colon > 40 {
		return 0, 0, false
	}
	end = start + colon
	if r, _ := utf8.DecodeRuneInString(text[end+1:]); !unicode.IsSpace(r) || strings.TrimSpace(text[end+1:]) == "" {
		return 0, 0, false // a space (or a no-break space) and text after the colon
	}
	words := strings.Fields(text[start:end])
	if len(words) == 0 || len(words) > 4 {
		return 0, 0, false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(i > 0 && unicode.IsDigit(r)) {
			return 0, 0, false
		}
		if strings.IndexFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".'’-", r)
		}) >= 0 {
			return 0, 0, false // "Euro/dollar:", "Meghan McCain, Twitter:"
		}
	}
	first := strings.ToLower(words[0])
	if isDeterminer(first) || len(words) == 1 && (utf8.RuneCountInString(words[0]) < 2 || notLabel[first]) {
		return 0, 0, false
	}
	return start, end, true
}

// isDeterminer reports whether the lower-cased w is a determiner.
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "his", "her", "their", "its":
		return true
	}
	return false
}

// notLabel are words that open a line before a colon without naming who
// speaks.
var notLabel = map[string]bool{
	"note": true, "notes": true, "update": true, "warning": true, "example": true, "question": true,
	"answer": true, "summary": true, "source": true, "sources": true, "transcript": true, "chapter": true,
	"part": true, "step": true, "tip": true, "bonus": true, "re": true, "fwd": true, "ps": true, "subject": true,
	"date": true, "time": true, "location": true, "caption": true, "captions": true, "credit": true,
	"credits": true, "music": true, "applause": true, "laughter": true, "edit": true, "correction": true,
	"clarification": true, "disclaimer": true, "intro": true, "outro": true, "so": true, "now": true,
	"well": true, "yes": true, "no": true, "okay": true, "ok": true, "look": true, "listen": true,
	"remember": true, "result": true, "results": true, "solution": true, "problem": true, "reason": true,
	"lesson": true, "verdict": true, "context": true, "background": true, "sponsor": true, "photo": true,
	"video": true, "watch": true, "read": true, "subscribe": true, "episode": true, "breaking": true,
	"exclusive": true, "analysis": true, "opinion": true, "live": true, "timeline": true, "quote": true,
	"fact": true, "facts": true, "here": true, "there": true, "first": true, "second": true, "third": true,
	"finally": true, "today": true, "plus": true, "also": true, "and": true, "but": true, "or": true,
	"why": true, "what": true, "how": true, "who": true, "where": true, "when": true, "latest": true,
	"advertisement": true, "ad": true, "editor": true, "editors": true,
}
