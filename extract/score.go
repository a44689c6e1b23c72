package extract

import (
	"fmt"
	"io"
	"math"
	"strings"
	"unicode"

	"github.com/mentions/mentions/extract/internal/jsonl"
)

// Timed is a mention reduced to what the gold files annotate: the segment
// start, the name and the type.
type Timed struct {
	T    float64 `json:"t"`
	Text string  `json:"text"`
	Type string  `json:"type"`
}

// ReadGold reads a gold mentions file: one {"t","text","type"} object a line.
func ReadGold(r io.Reader) ([]Timed, error) { return jsonl.Read[Timed](r) }

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	Correct, Predicted, Gold int
	Precision, Recall, F1    float64
}

func (s PRF) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (%d correct, %d predicted, %d gold)", s.Precision, s.Recall, s.F1, s.Correct, s.Predicted, s.Gold)
}

// ScoreTimed scores predicted mentions against gold ones of the same video,
// as the annotation guidelines define a match: equal time (to the
// hundredth of a second), equal type, and equal text compared
// case-insensitively with any possessive ending and surrounding punctuation
// ignored. Each gold mention matches at most one prediction.
func ScoreTimed(gold, pred []Timed) PRF {
	left := make(map[string]int)
	for _, g := range gold {
		left[timedKey(g)]++
	}
	s := PRF{Predicted: len(pred), Gold: len(gold)}
	for _, p := range pred {
		if k := timedKey(p); left[k] > 0 {
			left[k]--
			s.Correct++
		}
	}
	s.Finish()
	return s
}

// Add adds o's counts to s: a score pooled over transcripts (call Finish
// for its rates).
func (s *PRF) Add(o PRF) {
	s.Correct += o.Correct
	s.Predicted += o.Predicted
	s.Gold += o.Gold
}

// Finish computes precision, recall and F1 from the counts.
func (s *PRF) Finish() {
	s.Precision, s.Recall, s.F1 = 0, 0, 0
	if s.Predicted > 0 {
		s.Precision = float64(s.Correct) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

func timedKey(m Timed) string {
	text := strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
	text = strings.TrimFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, suf := range []string{"'s", "’s"} {
		text = strings.TrimSuffix(text, suf)
	}
	text = strings.TrimFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return fmt.Sprintf("%.2f|%s|%s", math.Round(m.T*100)/100, m.Type, text)
}
