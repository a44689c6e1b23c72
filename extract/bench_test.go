package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

// BenchmarkExtract times our extractor on the seed's sentences as
// written, all in lower case and all in capitals: the last two are
// truecased first (truecase.go).
func BenchmarkExtract(b *testing.B) {
	model, err := extract.NewModel()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "testdata", seed+".txt"))
	if err != nil {
		b.Fatal(err)
	}
	tr, err := format.Auto{}.Parse(seed+".txt", data)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := pipeline.Analyze(tr, model, nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		write func(string) string
	}{{"cased", func(s string) string { return s }}, {"lower", strings.ToLower}, {"capitals", strings.ToUpper}} {
		in := make([]string, len(doc.Sentences))
		for i, s := range doc.Sentences {
			in[i] = c.write(s.Text)
		}
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := model.Extract(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
