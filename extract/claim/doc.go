// Package claim finds claims in transcript sentences: reported speech
// (who said what: source, cue and content, by rules over a light
// tokenisation) and check-worthiness (a 0..1 score from a logistic
// regression over hashed sentence features, trained by `mentions
// train-claims` on CLEF CheckThat! and ClaimBuster and embedded in the
// binary). Finder joins both into pipeline.Claim records.
//
// The package starts no goroutines. Attribute, a Scorer and a Finder are
// read-only once built and safe for concurrent use by the pipeline's
// workers. README.md records every measurement and how to reproduce it.
package claim
