package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mentions/mentions/extract/goldtags"
	"github.com/mentions/mentions/extract/ner"
)

// devGold are the gold sets the embedded entity model is trained on: our
// development episodes (extract/testdata; README.md, "Entities: the model
// learns from our episodes"). The held-out and fresh sets stay out of it,
// so that they still measure the model on episodes it has not seen.
const devGold = "extract/testdata/dev,extract/testdata/dev2,extract/testdata/dev3,extract/testdata/dev4," +
	"extract/testdata/dev5,extract/testdata/dev6,extract/testdata/dev7,extract/testdata/dev8,extract/testdata/dev9,extract/testdata/dev10,extract/testdata/dev11"

// cmdTrain rebuilds the named-entity model from the shared data.
func cmdTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("train", "train [--data DIR] [--corpus DIR] [--train FILES] [--gold DIRS] [--keep-tables] [-o FILE]",
		"mentions train --data ../shared/data/ner -o extract/ner/model/ner.bin.gz", stderr)
	data := fs.String("data", filepath.Join("..", "shared", "data", "ner"), "NER data `dir` (conll2003/, gazetteers/)")
	corpus := fs.String("corpus", filepath.Join("..", "shared", "corpus", "bbc-global-news"), "unlabelled transcripts `dir` for word clusters")
	out := fs.String("o", filepath.Join("extract", "ner", "model", "ner.bin.gz"), "output model `file`; the derived gazetteer and cluster tables go beside it")
	keep := fs.Bool("keep-tables", false, "reuse the gazetteer and cluster tables beside the output instead of rebuilding them")
	epochs := fs.Int("epochs", 15, "training passes")
	seed := fs.Uint64("seed", 0, "seeds the shuffling of the training documents (a second seed shows how much a change is noise)")
	twoPass := fs.Bool("two-pass", false, "tag each document twice, the second time with memory of the whole document (half the speed)")
	train := fs.String("train", "eng.train,eng.testa", "comma-separated CoNLL `files` under DIR/conll2003 to train on (eng.train alone for a model to score on testa)")
	gold := fs.String("gold", devGold, "comma-separated `dirs` of our annotated BBC episodes to train on as well (\"\" for CoNLL alone); their transcripts are read from --corpus")
	goldMisc := fs.Bool("gold-misc", true, "tag MISC in the --gold episodes where a model trained on the CoNLL files alone finds it outside the gold mentions")
	goldOut := fs.String("gold-conll", "", "also write the CoNLL documents made from --gold to `file`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	dir := filepath.Dir(*out)
	gazPath := filepath.Join(dir, "gazetteer.tsv.gz")
	clusPath := filepath.Join(dir, "clusters.tsv.gz")
	if !*keep {
		fmt.Fprintln(stderr, "building gazetteer")
		g, err := ner.BuildGazetteer(filepath.Join(*data, "gazetteers"))
		if err != nil {
			return fmt.Errorf("build gazetteer: %w", err)
		}
		if err := writeFile(gazPath, g.Write); err != nil {
			return err
		}
		fmt.Fprintln(stderr, "building word clusters")
		c, err := ner.BuildClusters(*corpus, ner.ClusterConfig{})
		if err != nil {
			return fmt.Errorf("build clusters: %w", err)
		}
		if err := writeFile(clusPath, c.Write); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var files []string
	for _, f := range strings.Split(*train, ",") {
		if f = strings.TrimSpace(f); f != "" {
			files = append(files, filepath.Join(*data, "conll2003", f))
		}
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "train: --train names no files")
		return errUsage
	}
	var docs []ner.Document // our gold episodes
	if *gold != "" {
		var silver *ner.Model
		if *goldMisc {
			// MISC comes from the CoNLL model, never from the embedded
			// one, so that a rebuild gives the same bytes.
			fmt.Fprintln(stderr, "training the CoNLL model that tags MISC in the gold episodes")
			var err error
			silver, err = ner.Train(ner.TrainConfig{Train: files, Gazetteer: gazPath, Clusters: clusPath, Epochs: silverEpochs})
			if err != nil {
				return fmt.Errorf("train: %w", err)
			}
		}
		var err error
		if docs, err = goldDocs(strings.Split(*gold, ","), *corpus, silver, *goldOut, stderr); err != nil {
			return err
		}
	}
	m, err := ner.Train(ner.TrainConfig{
		Train:     files,
		Docs:      docs,
		Gazetteer: gazPath,
		Clusters:  clusPath,
		Epochs:    *epochs,
		Seed:      *seed,
		TwoPass:   *twoPass,
		Progress:  stderr,
	})
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if err := writeFile(*out, m.Write); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return nil
}

// silverEpochs are the training passes of the CoNLL model that tags MISC
// in the gold episodes: the recipe of the model shipped before them.
const silverEpochs = 10

// goldDocs converts the annotated episodes of dirs into training
// documents, with MISC tagged where silver (when not nil) finds it, since
// the gold files leave it out; out, when not "", gets them as CoNLL.
func goldDocs(dirs []string, corpus string, silver *ner.Model, out string, stderr io.Writer) ([]ner.Document, error) {
	docs, st, err := goldtags.Sets(dirs, corpus, silver)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	fmt.Fprintf(stderr, "gold: %v\n", st)
	if out != "" {
		if err := writeFile(out, func(w io.Writer) error { return goldtags.WriteCoNLL(w, docs) }); err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// writeFile writes a file through a temporary file in the same directory.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// cmdTag tags CoNLL text from stdin, appending the predicted IOB2 tag to
// every token line.
func cmdTag(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("tag", "tag [--model FILE] < CONLL", "mentions tag < eng.testa > testa.tagged", stderr)
	model := fs.String("model", "", "model `file` (default: the embedded model)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	m, err := loadModel(*model)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	if err := tagCoNLL(ctx, m, os.Stdin, w); err != nil {
		return err
	}
	return w.Flush()
}

func loadModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Load(f)
}

// tagCoNLL copies CoNLL lines from r to w with the predicted tag appended,
// tagging one document (between -DOCSTART- lines) at a time.
func tagCoNLL(ctx context.Context, m *ner.Model, r io.Reader, w io.Writer) error {
	var (
		lines []string   // the document's lines
		sents [][]string // the document's sentences, as words
		cur   []string
	)
	flush := func() error {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
		tags := m.TagTokens(sents)
		s, k := 0, 0
		for _, l := range lines {
			switch {
			case strings.TrimSpace(l) == "":
				fmt.Fprintln(w)
				if k > 0 {
					s, k = s+1, 0
				}
			case strings.HasPrefix(l, "-DOCSTART-"):
				fmt.Fprintf(w, "%s O\n", l)
			default:
				fmt.Fprintf(w, "%s %s\n", l, tags[s][k])
				k++
			}
		}
		lines, sents = lines[:0], sents[:0]
		return ctx.Err()
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.HasPrefix(l, "-DOCSTART-"):
			if err := flush(); err != nil {
				return err
			}
		case strings.TrimSpace(l) == "":
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
		default:
			cur = append(cur, strings.Fields(l)[0])
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read input: %w", err)
	}
	return flush()
}

// cmdEval scores CoNLL predictions against gold tags at entity level.
func cmdEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval", "eval [--gold] [--model FILE] FILE",
		"mentions tag < eng.testb > testb.tagged && mentions eval testb.tagged", stderr)
	gold := fs.Bool("gold", false, "FILE holds only gold tags (last column): tag it with the model first, then score")
	model := fs.String("model", "", "model `file` for --gold (default: the embedded model)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	data, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	if *gold {
		m, err := loadModel(*model)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := tagCoNLL(ctx, m, bytes.NewReader(data), &buf); err != nil {
			return err
		}
		data = buf.Bytes()
	}
	g, err := ner.ReadCoNLL(bytes.NewReader(data), 1)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	p, err := ner.ReadCoNLL(bytes.NewReader(data), 0)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	var s ner.Score
	for d := range g {
		for i := range g[d] {
			s.Add(g[d][i].Tags, p[d][i].Tags)
		}
	}
	return s.Write(stdout)
}
