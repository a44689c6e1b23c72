package ner

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
)

// BenchmarkTag measures tokenising and tagging the seed transcript.
func BenchmarkTag(b *testing.B) {
	m := mustDefault(b)
	sents := seedSentences(b)
	b.ResetTimer()
	toks := 0
	for b.Loop() {
		_, n := m.Document(sents)
		toks += n
	}
	b.ReportMetric(float64(toks)/b.Elapsed().Seconds(), "tokens/s")
}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
	proseErr   error
)

// sharedProse builds prose's default model once.
func sharedProse() (*prose.Model, error) {
	proseOnce.Do(func() {
		doc, err := prose.NewDocument("Build the model.", prose.WithSegmentation(false))
		if err != nil {
			proseErr = err
			return
		}
		proseModel = doc.Model
	})
	return proseModel, proseErr
}

// BenchmarkTagVsProse tags the seed transcript with this package and with
// prose's NER in the same run, and reports both speeds and their ratio.
func BenchmarkTagVsProse(b *testing.B) {
	m := mustDefault(b)
	pm, err := sharedProse()
	if err != nil {
		b.Fatal(err)
	}
	sents := seedSentences(b)
	text := strings.Join(sents, " ")
	b.ResetTimer()
	var oursToks, proseToks int
	var oursNS, proseNS int64
	for b.Loop() {
		start := nowNS()
		_, n := m.Document(sents)
		oursToks += n
		mid := nowNS()
		doc, err := prose.NewDocument(text, prose.UsingModel(pm), prose.WithSegmentation(false))
		if err != nil {
			b.Fatal(err)
		}
		proseToks += len(doc.Tokens())
		oursNS += mid - start
		proseNS += nowNS() - mid
	}
	ours := float64(oursToks) / (float64(oursNS) / 1e9)
	pr := float64(proseToks) / (float64(proseNS) / 1e9)
	b.ReportMetric(ours, "ours-tokens/s")
	b.ReportMetric(pr, "prose-tokens/s")
	b.ReportMetric(ours/pr, "speedup")
}

func nowNS() int64 { return time.Now().UnixNano() }

// BenchmarkLoad measures decoding the embedded model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}
