// Package givennames knows common given (first) names and the sex they
// are given to. The entity extractor reads a given name before a surname
// as a person's ("Leonard Barr", typed a place by the model); the claim
// package resolves "she" only to a woman. The list (given.tsv) was
// hand-written from general knowledge, not from any transcript; its
// header says what was left out.
package givennames

import (
	_ "embed"
	"strings"
)

//go:embed given.tsv
var text string

// Sex is the sex a given name is given to.
type Sex byte

// The sexes of Lookup. Unisex names are given to both, often or in
// different cultures ("Jordan", "Andrea").
const (
	Unknown Sex = iota // not a listed given name
	Male
	Female
	Unisex
)

var names = parse(text)

func parse(text string) map[string]Sex {
	m := make(map[string]Sex)
	for _, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, sex, _ := strings.Cut(line, "\t")
		s := Unisex
		switch sex {
		case "m":
			s = Male
		case "f":
			s = Female
		}
		m[strings.ToLower(name)] = s
	}
	return m
}

// Names returns every listed given name, lower-cased, in no order.
func Names() []string {
	out := make([]string, 0, len(names))
	for n := range names {
		out = append(out, n)
	}
	return out
}

// Lookup returns the sex a given name is given to, Unknown when the name
// is not listed. Case does not matter.
func Lookup(name string) Sex {
	return names[strings.ToLower(name)]
}
