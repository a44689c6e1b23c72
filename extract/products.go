package extract

import (
	_ "embed"
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// productsText lists products and software (see the file's header).
//
//go:embed products.txt
var productsText string

// products holds the listed product names.
var products = nameSet(productsText)

// dropProducts removes the spans that name a listed product, alone or
// with a version after it ("GPT-4", "Code Llama 34B", "Llama 2").
func dropProducts(sentences []string, spans []pipeline.Span) []pipeline.Span {
	out := spans[:0]
	for _, sp := range spans {
		if !isProduct(sentences[sp.Sentence][sp.Start:sp.End]) && !telescope(sentences[sp.Sentence][sp.End:]) {
			out = append(out, sp)
		}
	}
	return out
}

// isProduct reports whether name is a listed product, with at most a
// version after it: a word holding a digit, after a space or a hyphen.
func isProduct(name string) bool {
	if products[name] {
		return true
	}
	cut := strings.LastIndexAny(name, " -")
	if cut <= 0 || !products[name[:cut]] {
		return false
	}
	return strings.ContainsAny(name[cut+1:], "0123456789")
}

// telescope reports whether the words after a name make it a telescope's
// ("the James Webb telescope", "Webb Space Telescope"): an instrument, no
// person.
func telescope(after string) bool {
	after = strings.ToLower(strings.TrimLeft(after, " "))
	return strings.HasPrefix(after, "telescope") || strings.HasPrefix(after, "space telescope")
}
