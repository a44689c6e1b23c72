package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mentions/mentions/extract/claim"
)

// defaultClaimsData is the claims gold data, relative to the repository root.
const defaultClaimsData = "../shared/data/claims"

// defaultClaimsModel is where train-claims writes the embedded model.
const defaultClaimsModel = "extract/claim/model/checkworthy.model"

// cmdTrainClaims trains the check-worthiness scorer and writes its model.
func cmdTrainClaims(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("train-claims", "train-claims [--data DIR] [-o FILE]",
		"mentions train-claims --data ../shared/data/claims -o extract/claim/model/checkworthy.model", stderr)
	data := fs.String("data", defaultClaimsData, "claims data folder (CLEF, ClaimBuster, PolNeAR)")
	out := fs.String("o", defaultClaimsModel, "model file to write")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	s, err := claim.TrainScorer(claim.TrainConfig{Dir: *data})
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := writeModel(*out, s); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return printCheckworthy(stdout, s, *data)
}

// writeModel writes the model through a temporary file renamed into place.
func writeModel(path string, s *claim.Scorer) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := s.Write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write model: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// printCheckworthy prints the held-out check-worthiness measurements.
func printCheckworthy(w io.Writer, s *claim.Scorer, data string) error {
	r, err := claim.CLEF2019Test(s, data)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "CLEF-2019 task 1 test: MAP %.4f  R-prec %.4f  P@1 %.3f  P@5 %.3f  P@10 %.3f  P@20 %.3f\n",
		r.MAP, r.RPrec, r.P[1], r.P[5], r.P[10], r.P[20])
	for _, d := range r.PerDoc {
		fmt.Fprintf(w, "  %-28s %5d sentences %3d positives  AP %.4f\n", d.Doc, d.Sentences, d.Positives, d.AP)
	}
	r, err = claim.CLEF2020Test(s, data)
	if err != nil {
		return err
	}
	note := "tuning set"
	if s.RemembersCLEF2020Test() {
		note = "tuning set; not a fair measure: the model remembers its positives"
	}
	fmt.Fprintf(w, "CLEF-2020 task 5 test (%s): MAP %.4f  P@10 %.3f\n", note, r.MAP, r.P[10])
	at, best, err := claim.ClaimBusterHeldOut(s, data, claim.DefaultThreshold)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "ClaimBuster held-out (sentence_id %% 5 == 0): at %.2f P %.3f R %.3f F1 %.3f; best F1 %.3f at %.2f\n",
		at.Threshold, at.Precision, at.Recall, at.F1, best.F1, best.Threshold)
	return nil
}

// cmdScoreClaims scores one sentence a line from stdin. Each line is scored
// alone (Scorer.Score), not with its neighbours: the lines need not come
// from one document, and the output stays one score per line as it is read.
// The embedded model uses no context, so its scores are the same either way.
// A model that reads named entities gets each line's entities from the
// embedded entity model (claim.Tag).
func cmdScoreClaims(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("score-claims", "score-claims [-model FILE] < sentences.txt",
		"echo 'Unemployment fell to 3.5% last year.' | mentions score-claims", stderr)
	model := fs.String("model", "", "model file (default: the embedded model)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	s, err := loadScorer(*model)
	if err != nil {
		return err
	}
	return scoreLines(ctx, os.Stdin, stdout, s)
}

func loadScorer(path string) (*claim.Scorer, error) {
	if path == "" {
		return claim.DefaultScorer()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return claim.LoadScorer(f)
}

// scoreLines writes the score of each line of r to w, in order. Lines may be
// of any length.
func scoreLines(ctx context.Context, r io.Reader, w io.Writer, s *claim.Scorer) error {
	br := bufio.NewReaderSize(r, 64*1024)
	bw := bufio.NewWriter(w)
	for n := 0; ; n++ {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			if n%1024 == 0 {
				if cerr := ctx.Err(); cerr != nil {
					return cerr
				}
			}
			text := strings.TrimRight(line, "\r\n")
			score := 0.0
			if s.UsesEntities() {
				ents, err := claim.Tag([]string{text})
				if err != nil {
					return err
				}
				score = s.ScoreOne(text, ents[0])
			} else {
				score = s.Score(text)
			}
			fmt.Fprintf(bw, "%.4f\n", score)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
	}
	return bw.Flush()
}

// cmdEvalClaims prints every claims measurement: check-worthiness on CLEF
// and ClaimBuster, attribution on PolNeAR dev and test.
func cmdEvalClaims(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval-claims", "eval-claims [--data DIR] [-model FILE]",
		"mentions eval-claims --data ../shared/data/claims", stderr)
	data := fs.String("data", defaultClaimsData, "claims data folder")
	model := fs.String("model", "", "model file (default: the embedded model)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	s, err := loadScorer(*model)
	if err != nil {
		return err
	}
	if err := printCheckworthy(stdout, s, *data); err != nil {
		return err
	}
	for _, split := range []string{"dev", "test"} {
		if err := ctx.Err(); err != nil {
			return err
		}
		sc, err := claim.PolNeAR(filepath.Join(*data, "polnear", split))
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "PolNeAR %s (%d articles, %d gold relations, %d predicted):\n", split, sc.Articles, sc.GoldRelations, sc.PredRelation)
		for _, r := range []struct {
			name string
			s    claim.SpanScore
		}{
			{"source exact", sc.SourceExact}, {"source overlap", sc.SourceOverlap},
			{"cue exact", sc.CueExact}, {"cue overlap", sc.CueOverlap},
			{"content overlap", sc.ContentOverlap},
		} {
			fmt.Fprintf(stdout, "  %-16s P %.3f  R %.3f  F1 %.3f\n", r.name, r.s.P, r.s.R, r.s.F1)
		}
	}
	return nil
}
