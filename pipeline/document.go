package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// process reads, parses, rejoins and extracts one file. Panics in a parser
// or extractor are contained and reported as errors in that file, so one bad
// file never stops a batch.
func process(ctx context.Context, cfg Config, path string, maxSize int64) (d done) {
	defer func() {
		if p := recover(); p != nil {
			d = done{res: Result{Err: &FileError{Path: path, Err: fmt.Errorf("internal error: %v", p)}}}
		}
	}()
	data, err := readFile(path, maxSize)
	if err != nil {
		return done{res: Result{Err: &FileError{Path: path, Err: err}}}
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	same, err := cfg.Sink.Unchanged(path, hash)
	if err != nil {
		return done{res: Result{Err: &FileError{Path: path, Err: err}}}
	}
	if same {
		return done{res: Result{Skipped: true}}
	}
	if err := ctx.Err(); err != nil {
		return done{res: Result{Err: &FileError{Path: path, Err: err}}}
	}
	t, err := cfg.Parser.Parse(path, data)
	if err != nil {
		var fe *FileError
		if !errors.As(err, &fe) {
			err = &FileError{Path: path, Err: err}
		}
		return done{res: Result{Err: err}}
	}
	t.Path, t.Hash = path, hash
	doc, err := Analyze(t, cfg.Extractor, cfg.Claims)
	if err != nil {
		return done{res: Result{Err: &FileError{Path: path, Err: err}}}
	}
	return done{
		res: Result{Mentions: len(doc.Mentions), Claims: len(doc.Claims), Tokens: doc.Tokens},
		doc: doc,
	}
}

// readFile reads a whole file, refusing directories and files over maxSize
// before reading them.
func readFile(path string, maxSize int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, errors.New("is a directory, not a transcript")
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", info.Mode().Type())
	}
	if info.Size() > maxSize {
		return nil, fmt.Errorf("file too large: %d bytes, limit %d", info.Size(), maxSize)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > maxSize {
		return nil, fmt.Errorf("file too large: over %d bytes", maxSize)
	}
	return data, nil
}

// Analyze turns a parsed transcript into a Document: it rejoins the segments
// into sentences, runs the extractor over whole sentences, and times each
// mention by the segment (or word) holding its first byte. claims may be nil.
func Analyze(t *Transcript, ex Extractor, claims ClaimFinder) (*Document, error) {
	j, sents := Rejoin(t.Segments)
	texts := make([]string, len(sents))
	for i, s := range sents {
		texts[i] = s.Text
	}
	spans, tokens, err := ex.Extract(texts)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	doc := &Document{Transcript: t, Text: j.Text, Sentences: sents, Tokens: tokens}
	doc.Mentions = make([]Mention, 0, len(spans))
	for _, sp := range spans {
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End > len(texts[sp.Sentence]) || sp.Start >= sp.End {
			return nil, fmt.Errorf("extract: span %d:%d-%d out of range", sp.Sentence, sp.Start, sp.End)
		}
		s := sents[sp.Sentence]
		off := s.Offset + sp.Start
		seg := j.SegmentAt(off)
		surface := j.Text[off : s.Offset+sp.End]
		m := Mention{
			Sentence: sp.Sentence,
			Segment:  seg,
			Name:     strings.Join(strings.Fields(surface), " "),
			Surface:  surface,
			Type:     sp.Type,
			Known:    sp.Known,
			Offset:   off,
		}
		if seg < len(t.Segments) {
			g := t.Segments[seg]
			m.Speaker = g.Speaker
			if g.Timed {
				m.Timed = true
				m.Start = wordTime(g, off-j.SegStart[seg])
				m.URL = DeepLink(t, m.Start)
			}
		}
		doc.Mentions = append(doc.Mentions, m)
	}
	sort.SliceStable(doc.Mentions, func(a, b int) bool { return doc.Mentions[a].Offset < doc.Mentions[b].Offset })
	Resolve(doc.Mentions)
	if claims != nil {
		doc.Claims = claims.Claims(doc)
	}
	return doc, nil
}

// wordTime is the time of the word holding byte off of a segment's trimmed
// text when the format gives word times, else the segment's start.
func wordTime(g Segment, off int) float64 {
	if len(g.Words) == 0 {
		return g.Start
	}
	// Offsets in Words are into the segment text; Join trimmed leading
	// space, so shift by what was trimmed.
	off += len(g.Text) - len(strings.TrimLeft(g.Text, " \t"))
	i := sort.Search(len(g.Words), func(i int) bool { return g.Words[i].End > off })
	if i < len(g.Words) && g.Words[i].Start <= off+1 {
		return g.Words[i].Time
	}
	return g.Start
}
