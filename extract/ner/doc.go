// Package ner recognises named entities (PER, LOC, ORG, MISC) in English
// text with a linear-chain model trained by this package: an averaged
// structured perceptron over hashed features, decoded with Viterbi over
// BILOU labels.
//
// A Model is read-only after Load or Train and safe for concurrent use by
// many goroutines; Default decodes the embedded model once and shares it.
// Nothing in the package starts goroutines.
package ner
