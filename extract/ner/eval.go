package ner

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Counts are the entity counts behind one row of a Score.
type Counts struct {
	Gold, Pred, Correct int
}

// Precision is the share of predicted entities that are correct, in percent.
func (c Counts) Precision() float64 { return pct(c.Correct, c.Pred) }

// Recall is the share of gold entities found, in percent.
func (c Counts) Recall() float64 { return pct(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall, in percent.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Score is a conlleval-style entity-level evaluation: an entity is correct
// when its type and both boundaries match a gold entity exactly.
type Score struct {
	Tokens, TokensCorrect int
	Overall               Counts
	ByType                map[string]Counts
}

// Evaluate scores predicted tags against gold tags, sentence by sentence. Both
// may use IOB1, IOB2 or BILOU.
func Evaluate(gold, pred [][]string) Score {
	s := Score{ByType: map[string]Counts{}}
	for i := range gold {
		s.Add(gold[i], pred[i])
	}
	return s
}

// Add adds one sentence's tags to the score.
func (s *Score) Add(gold, pred []string) {
	if s.ByType == nil {
		s.ByType = map[string]Counts{}
	}
	for i := range gold {
		s.Tokens++
		if i < len(pred) && pred[i] == gold[i] {
			s.TokensCorrect++
		}
	}
	g, p := spans(gold), spans(pred)
	set := make(map[span]bool, len(g))
	for _, e := range g {
		set[e] = true
		c := s.ByType[e.typ]
		c.Gold++
		s.ByType[e.typ] = c
		s.Overall.Gold++
	}
	for _, e := range p {
		c := s.ByType[e.typ]
		c.Pred++
		s.Overall.Pred++
		if set[e] {
			c.Correct++
			s.Overall.Correct++
		}
		s.ByType[e.typ] = c
	}
}

// String formats the score as a conlleval-like table.
func (s Score) String() string {
	var b strings.Builder
	if err := s.Write(&b); err != nil {
		return err.Error()
	}
	return b.String()
}

// Write prints the score as a conlleval-like table.
func (s Score) Write(w io.Writer) error {
	acc := pct(s.TokensCorrect, s.Tokens)
	o := s.Overall
	_, err := fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n"+
		"accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		s.Tokens, o.Gold, o.Pred, o.Correct, acc, o.Precision(), o.Recall(), o.F1())
	if err != nil {
		return err
	}
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := s.ByType[t]
		if _, err := fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			t, c.Precision(), c.Recall(), c.F1(), c.Pred); err != nil {
			return err
		}
	}
	return nil
}
