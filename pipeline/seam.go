package pipeline

import "fmt"

// Parser turns the bytes of one transcript file into a Transcript. The
// format package implements it, one file per format, detected from content.
type Parser interface {
	Parse(path string, data []byte) (*Transcript, error)
}

// Span is a named entity found by an Extractor: byte offsets into the text of
// one sentence, already cleaned of titles, roles and possessive endings.
type Span struct {
	Sentence   int // index into the slice given to Extract
	Start, End int // byte offsets within that sentence's text
	Type       string
	// Known is the name the extractor knows the span by when the text is
	// a variant of it ("Hezbollah" for the recogniser's "Hasbola"), else
	// "". Resolve groups the mention under it.
	Known string
}

// Extractor finds people, places and organisations in the sentences of one
// document. Sentences come in document order so that a model may use
// document-level evidence. Implementations must be safe for concurrent use:
// every worker shares one.
type Extractor interface {
	Extract(sentences []string) (spans []Span, tokens int, err error)
}

// ClaimFinder finds attributed statements and scores check-worthiness in a
// document whose sentences and mentions are already filled in. It must be
// safe for concurrent use.
type ClaimFinder interface {
	Claims(doc *Document) []Claim
}

// Sink stores documents. The pipeline calls Store from a single goroutine,
// in input order.
type Sink interface {
	// Unchanged reports whether path is already stored with this content
	// hash, so the pipeline can skip extraction. Workers call it
	// concurrently.
	Unchanged(path, hash string) (bool, error)
	// Store writes a document whole, replacing any earlier version of the
	// same path, or writes nothing.
	Store(doc *Document) error
}

// FileError is bad input in one file: the file, the line when known, and
// what is wrong. The batch goes on; the CLI lists these at the end.
type FileError struct {
	Path string
	Line int // 1-based; 0 when the error is not about one line
	Err  error
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }
