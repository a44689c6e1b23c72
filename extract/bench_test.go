package extract_test

import (
	"strings"
	"testing"

	"github.com/mentions/mentions/extract"
)

// BenchmarkExtract times our extractor on the seed's sentences as
// written, all in lower case and all in capitals: the last two are
// truecased first (truecase.go).
func BenchmarkExtract(b *testing.B) {
	model, err := extract.NewModel()
	if err != nil {
		b.Fatal(err)
	}
	doc := seedDocument(b, model)
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
