package claim_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/extract/claim"
	"github.com/mentions/mentions/extract/internal/jsonl"
	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

// devGold is one attribution annotated by hand in a BBC episode
// (testdata/dev, to the description of who said what, without
// looking at any system's output). T is the start of the line where the
// sentence holding it starts.
type devGold struct {
	T       float64 `json:"t"`
	Line    int     `json:"line"`
	Source  string  `json:"source"`
	Cue     string  `json:"cue"`
	Content string  `json:"content"`
}

var bbcDir = filepath.Join("..", "..", "..", "shared", "corpus", "bbc-global-news")

// subtitleDir holds the talks of testdata/talks, by format (srt/, vtt/).
var subtitleDir = filepath.Join("..", "..", "..", "shared", "corpus", "other-formats")

// talkLastStart is, for a talk annotated in part, the start of the last
// sentence annotated: later attributions are not scored.
var talkLastStart = map[string]float64{
	"ThisMachineKills_Premium-303-Israel_s-AI-Powered-Mass-Assassination-Factory_.srt":         1558.66,
	"Antikythera_After_Alignment_Orienting_Synthetic_Intelligence_Beyond_Human_Reflection.srt": 2258.76,
	"Disintegrator_9-Alignment-w-Benjamin-Bratton_.vtt":                                        1532.74,
	"37c3-Joscha_Bach-Synthetic_Sentience.vtt":                                                 1424.36,
}

// devPred is one of our attributions, timed like the gold.
type devPred struct {
	T           float64
	Source, Cue string
	Sentence    string
}

// TestDevAttribution scores Attribute on the hand-annotated episodes:
// an attribution is found when one of ours in a sentence starting at the
// same time has the same reporting verb ("cue") and, for "source", also a
// source sharing a word with the gold one. It fails below the floors set
// when it was measured. DEV_ERRORS=1 lists misses and spurious ones.
func TestDevAttribution(t *testing.T) {
	// Floors: measured on all six episodes cue 0.634, cue+source 0.595
	// (0.538 and 0.470 before the rules four of them showed were missing;
	// the last two were annotated after the rules were written), then
	// 0.668 and 0.634 after the rules of 2026-11-24 (naming "called",
	// "it" sources, ", saying" subjects, "tell me ...", appositives), and
	// 0.678 and 0.644 after the precision rules, 0.681 and 0.647 after
	// the -ly adverbs and "and"-joined cues; 0.704 and 0.675 after the
	// rules of 2026-11-25 (coordinated pronouns, relative clauses), 0.713
	// and 0.684 after the day's second set ("as X reports from ..."),
	// 0.722 and 0.694 after its precision rules; 0.737 and 0.704 after
	// the longer appositives of a later session (0.733 and 0.700 before),
	// 0.738 and 0.706 after the subjectless "and said", 0.740 and 0.708
	// after "although", joined names and "those close to him", 0.743 and
	// 0.711 after the -ed adjectives in appositives.
	scoreAttributions(t, filepath.Join("testdata", "dev"), 0.71, 0.68)
}

// TestDevAttributionCaseless scores AttributeWith on the dev episodes
// written all in lower case and all in capitals (automatic and closed
// captions), given the names our entity model finds in them, as the
// Finder gives them. Such a sentence is read with its first word and the
// words of its names capitalised (recased). Cue+source F1: capitals
// 0.015 before anything, lower case 0.692 before (both 0.692 read in
// lower case, 0.701 with the first word capitalised), both 0.724 with the
// names; cased 0.733 (0.726 and 0.735 after the "state" rules). The floors are these less a margin.
func TestDevAttributionCaseless(t *testing.T) {
	model, err := extract.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, write := range []func(string) string{strings.ToLower, strings.ToUpper} {
		scoreAttributionsAs(t, filepath.Join("testdata", "dev"), write, model, 0.72, 0.69)
	}
}

// TestHoldoutAttribution scores Attribute, as TestDevAttribution does, on
// two BBC episodes annotated after every rule was written, by an
// annotator who saw neither our output nor the dev annotations. It is
// measured, never tuned on.
func TestHoldoutAttribution(t *testing.T) {
	// Floors: measured 2026-11-24 cue 0.705, cue+source 0.654 (the rules
	// of the day before them: 0.675 and 0.636), then 0.724 and 0.671
	// after the precision rules, 0.744 and 0.679 after the last two,
	// 0.747 and 0.684 after those of 2026-11-25, 0.742 and 0.679 after
	// the day's second set, 0.752 and 0.688 after its precision rules;
	// 0.767 and 0.704 after the rules of a later session (appositives,
	// shared subjects, speaker labels).
	scoreAttributions(t, filepath.Join("testdata", "holdout"), 0.72, 0.67)
}

// TestFreshAttribution scores Attribute, as TestDevAttribution does, on
// the three fresh blind episodes of the entity set (extract/testdata/fresh),
// annotated for attribution by three helpers who saw no system output,
// once the sixth round's rules were written (README.md). It is measured,
// never tuned on.
func TestFreshAttribution(t *testing.T) {
	// measured once, blind: cue 0.674, cue+source 0.659 (the session's
	// starting commit 7cf153b: 0.664 and 0.649)
	scoreAttributions(t, filepath.Join("testdata", "fresh"), 0.64, 0.63)
}

// TestTalksAttribution scores Attribute, as TestDevAttribution does, on
// three talks and podcasts in subtitle files (testdata/talks), annotated
// blind by three helpers on the pipeline's sentences. Measured, never
// tuned on (README.md: the Antikythera lecture's output had been read
// before, for the seventh round's noun cues).
func TestTalksAttribution(t *testing.T) {
	// measured once the annotations came in: cue 0.409, cue+source 0.336
	// (the session's starting commit 1541683: 0.403 and 0.331)
	scoreAttributions(t, filepath.Join("testdata", "talks"), 0.38, 0.31)
}

// TestTalksDevAttribution scores Attribute, as TestDevAttribution does,
// on three more talks and podcasts (testdata/talksdev), annotated as
// testdata/talks was; rules for talks are written from these.
func TestTalksDevAttribution(t *testing.T) {
	// measured when the annotations came in: cue 0.167, cue+source 0.167;
	// 0.302 and 0.264 after "you" reports
	scoreAttributions(t, filepath.Join("testdata", "talksdev"), 0.28, 0.24)
}

// scoreAttributions scores Attribute on the annotated episodes in dir,
// pooled, and fails when the cue or cue+source F1 falls below its floor.
// DEV_ERRORS=1 lists misses and spurious ones.
func scoreAttributions(t *testing.T, dir string, cueFloor, srcFloor float64) {
	t.Helper()
	scoreAttributionsAs(t, dir, nil, nil, cueFloor, srcFloor)
}

// scoreAttributionsAs is scoreAttributions on the sentences as write
// rewrites them (nil: as they are), with the names ex finds in them (nil:
// none) given to AttributeWith.
func scoreAttributionsAs(t *testing.T, dir string, write func(string) string, ex pipeline.Extractor, cueFloor, srcFloor float64) {
	t.Helper()
	if _, err := os.Stat(bbcDir); err != nil {
		t.Skipf("needs the BBC transcripts in %s: %v", bbcDir, err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.claims.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold in %s (%v)", dir, err)
	}
	sort.Strings(files)
	var cue, src extract.PRF
	for _, gf := range files {
		name := strings.TrimSuffix(filepath.Base(gf), ".claims.jsonl")
		gold := readDevGold(t, gf)
		preds, sentences := devAttributions(t, name, write, ex)
		c, s := matchDev(gold, preds)
		t.Logf("%s: cue %v, cue+source %v", name, c, s)
		addCounts(&cue, c)
		addCounts(&src, s)
		if os.Getenv("DEV_ERRORS") != "" {
			for _, line := range devDiff(gold, preds, sentences) {
				t.Log(line)
			}
		}
	}
	cue.Finish()
	src.Finish()
	t.Logf("%s pooled: cue %v, cue+source %v", filepath.Base(dir), cue, src)
	if cue.F1 < cueFloor {
		t.Errorf("%s cue F1 = %.3f, want at least %.2f", filepath.Base(dir), cue.F1, cueFloor)
	}
	if src.F1 < srcFloor {
		t.Errorf("%s cue+source F1 = %.3f, want at least %.2f", filepath.Base(dir), src.F1, srcFloor)
	}
}

// addCounts pools one episode's counts into a total.
func addCounts(total *extract.PRF, s extract.PRF) {
	total.Correct += s.Correct
	total.Predicted += s.Predicted
	total.Gold += s.Gold
}

func readDevGold(t *testing.T, path string) []devGold {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := jsonl.Read[devGold](f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return gold
}

// devAttributions runs the pipeline's parsing and sentence rejoining over
// the episode and Attribute over each sentence. It also returns the
// sentences by start time, for listing misses.
func devAttributions(t *testing.T, name string, write func(string) string, ex pipeline.Extractor) ([]devPred, map[float64][]string) {
	if ex == nil {
		ex = noEntities{}
	}
	if write != nil {
		ex = rewritten{ex, write}
	}
	doc := devDocument(t, name, ex)
	names := make(map[int][][2]int)
	for _, m := range doc.Mentions {
		off := doc.Sentences[m.Sentence].Offset
		names[m.Sentence] = append(names[m.Sentence], [2]int{m.Offset - off, m.Offset - off + len(m.Surface)})
	}
	var out []devPred
	sentences := make(map[float64][]string)
	for si, s := range doc.Sentences {
		if last, ok := talkLastStart[name]; ok && s.Start > last {
			break
		}
		sentences[s.Start] = append(sentences[s.Start], s.Text)
		text := s.Text
		if write != nil {
			text = write(text)
		}
		for _, a := range claim.AttributeWith(text, names[si]) {
			out = append(out, devPred{T: s.Start, Source: a.Source, Cue: a.Cue, Sentence: s.Text})
		}
	}
	return out, sentences
}

// rewritten hands ex the sentences as write rewrites them.
type rewritten struct {
	ex    pipeline.Extractor
	write func(string) string
}

func (r rewritten) Extract(sentences []string) ([]pipeline.Span, int, error) {
	out := make([]string, len(sentences))
	for i, s := range sentences {
		out[i] = r.write(s)
	}
	return r.ex.Extract(out)
}

// noEntities finds no entities: attribution reads only the sentences.
type noEntities struct{}

func (noEntities) Extract([]string) ([]pipeline.Span, int, error) { return nil, 0, nil }

// cueHead is the reporting verb of a cue: its last word that is not a
// particle ("has said" → said, "described ... as" → described, "according
// to" → according).
func cueHead(cue string) string {
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(cue, "...", " ")))
	for i := len(words) - 1; i >= 0; i-- {
		switch w := strings.Trim(words[i], ".,'’"); w {
		case "as", "of", "to", "about", "for", "out", "that", "":
		default:
			return w
		}
	}
	return ""
}

func sharesWord(a, b string) bool {
	for _, w := range strings.Fields(strings.ToLower(a)) {
		for _, v := range strings.Fields(strings.ToLower(b)) {
			if strings.Trim(w, ".,'’") == strings.Trim(v, ".,'’") && w != "the" {
				return true
			}
		}
	}
	return false
}

// matchDev pairs gold and predicted attributions one to one, by time and
// cue (and by source for the second score).
func matchDev(gold []devGold, preds []devPred) (cue, src extract.PRF) {
	match := func(withSource bool) extract.PRF {
		used := make([]bool, len(preds))
		p := extract.PRF{Predicted: len(preds), Gold: len(gold)}
		for _, g := range gold {
			for j, pr := range preds {
				if used[j] || math.Abs(pr.T-g.T) > 0.01 || cueHead(pr.Cue) != cueHead(g.Cue) {
					continue
				}
				if withSource && !sharesWord(pr.Source, g.Source) {
					continue
				}
				used[j] = true
				p.Correct++
				break
			}
		}
		p.Finish()
		return p
	}
	return match(false), match(true)
}

// devDiff lists the gold attributions not found, each with the sentences
// starting at its time, and the spurious ones.
func devDiff(gold []devGold, preds []devPred, sentences map[float64][]string) []string {
	var out []string
	used := make([]bool, len(preds))
	for _, g := range gold {
		found := false
		for j, pr := range preds {
			if !used[j] && math.Abs(pr.T-g.T) <= 0.01 && cueHead(pr.Cue) == cueHead(g.Cue) && sharesWord(pr.Source, g.Source) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			out = append(out, fmt.Sprintf("miss     %8.2f %q %q %q in %q", g.T, g.Source, g.Cue, g.Content, sentences[g.T]))
		}
	}
	for j, pr := range preds {
		if !used[j] {
			out = append(out, fmt.Sprintf("spurious %8.2f %q %q in %q", pr.T, pr.Source, pr.Cue, pr.Sentence))
		}
	}
	return out
}

// devPronoun is a "he" or "she" source of a dev attribution with the person
// it refers to ("" when that person is never named before it).
type devPronoun struct {
	File     string  `json:"file"`
	T        float64 `json:"t"`
	Source   string  `json:"source"`
	Cue      string  `json:"cue"`
	RefersTo string  `json:"refers_to"`
}

// TestDevPronouns scores how the Finder resolves "he" and "she" sources on
// the dev episodes (testdata/dev/pronouns.jsonl, annotated by hand): of the
// gold pronouns our attribution finds (same sentence time, cue and
// pronoun), how many resolve to a name sharing a word with the person
// meant, and how many a pronoun that refers to no one named is left
// unresolved. DEV_ERRORS=1 lists the wrong ones.
func TestDevPronouns(t *testing.T) {
	if _, err := os.Stat(bbcDir); err != nil {
		t.Skipf("dev set needs the BBC transcripts in %s: %v", bbcDir, err)
	}
	f, err := os.Open(filepath.Join("testdata", "dev", "pronouns.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := jsonl.Read[devPronoun](f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	model, err := extract.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	scorer, err := claim.DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	finder := &claim.Finder{Scorer: scorer}
	claims := map[string][]pipeline.Claim{}
	found, right, named := 0, 0, 0
	for _, g := range gold {
		cs, ok := claims[g.File]
		if !ok {
			doc := devDocument(t, g.File, model)
			cs = finder.Claims(doc)
			claims[g.File] = cs
		}
		if g.RefersTo != "" {
			named++
		}
		for _, c := range cs {
			if c.Kind != "attributed" || math.Abs(c.Start-g.T) > 0.01 || !strings.EqualFold(c.Speaker, g.Source) || cueHead(c.Cue) != cueHead(g.Cue) {
				continue
			}
			found++
			ok := g.RefersTo == "" && c.SpeakerName == "" || g.RefersTo != "" && sharesWord(c.SpeakerName, g.RefersTo)
			if ok {
				right++
			} else if os.Getenv("DEV_ERRORS") != "" {
				t.Logf("%s %.2f %q %q: resolved to %q, want %q", g.File, g.T, g.Source, g.Cue, c.SpeakerName, g.RefersTo)
			}
			break
		}
	}
	acc := float64(right) / float64(max(found, 1))
	t.Logf("pronouns: %d gold (%d referring to someone named), %d found by attribution, %d of those resolved right (%.3f)",
		len(gold), named, found, right, acc)
	// Floors: measured 25 found, 18 right (0.720); 28 and 21 (0.750)
	// after the rules of 2026-11-24 ("tell me ..."); 35 and 27 (0.771)
	// after those of 2026-11-25 (coordinated pronouns, unnamed roles).
	if found < 34 || acc < 0.75 {
		t.Errorf("pronouns: %d found, %.3f resolved right; want at least 34 and 0.75", found, acc)
	}
}

// devDocument parses a dev episode and runs ex over it.
func devDocument(t *testing.T, name string, ex pipeline.Extractor) *pipeline.Document {
	t.Helper()
	pattern := filepath.Join(bbcDir, name[:4], name[5:7], name+".*")
	if ext := filepath.Ext(name); ext == ".srt" || ext == ".vtt" {
		pattern = filepath.Join(subtitleDir, ext[1:], name) // a talk of testdata/talks
	}
	srcs, _ := filepath.Glob(pattern)
	if len(srcs) != 1 {
		t.Fatalf("want one transcript named %s.* in %s, found %d", name, bbcDir, len(srcs))
	}
	data, err := os.ReadFile(srcs[0])
	if err != nil {
		t.Fatal(err)
	}
	tr, err := format.Auto{}.Parse(srcs[0], data)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pipeline.Analyze(tr, ex, nil)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestDev2Attribution scores Attribute, as TestDevAttribution does, on
// three more BBC episodes (testdata/dev2; those of the entity set
// extract/testdata/dev3), annotated blind on 2026-11-25 (sixth session)
// by three helpers who saw the pipeline's sentences, one dev episode's
// gold and the talks' instructions (testdata/talksdev/ANNOTATION.md).
func TestDev2Attribution(t *testing.T) {
	// measured once, blind, at commit 39b287d: cue 0.708, cue+source
	// 0.667 (P 0.765, R 0.591; 110 gold); the session's starting commit
	// 2d291da scored the same. A development set since.
	scoreAttributions(t, filepath.Join("testdata", "dev2"), 0.68, 0.64)
}

// TestDev3Attribution scores Attribute, as TestDevAttribution does, on
// the three episodes of the entity set extract/testdata/dev4 (119
// reports), annotated blind like testdata/dev2 later in that session.
func TestDev3Attribution(t *testing.T) {
	// measured once, blind, at commit 2ac8c26: cue 0.760, cue+source
	// 0.679 (P 0.735, R 0.630); the session's starting commit 2d291da:
	// 0.736 and 0.664. A development set since.
	scoreAttributions(t, filepath.Join("testdata", "dev3"), 0.73, 0.65)
}

// TestDev4Attribution scores Attribute, as TestDevAttribution does, on
// the three episodes of the entity set extract/testdata/dev5 (126
// reports), annotated blind like testdata/dev2.
func TestDev4Attribution(t *testing.T) {
	// measured once, blind, at commit ed3ab50: cue 0.754, cue+source
	// 0.705 (P 0.729, R 0.683); the session's starting commit 2d291da:
	// 0.730 and 0.664. A development set since.
	scoreAttributions(t, filepath.Join("testdata", "dev4"), 0.72, 0.67)
}

// TestFresh3Attribution scores Attribute, as TestDevAttribution does, on
// the three episodes of extract/testdata/fresh3 (197 reports), annotated
// blind at the end of the sixth session of 2026-11-25: measured, never
// tuned on.
func TestFresh3Attribution(t *testing.T) {
	// measured once, blind, at commit 3f4a247: cue 0.776, cue+source
	// 0.731 (P 0.827, R 0.655); the session's starting commit 2d291da:
	// 0.744 and 0.699
	scoreAttributions(t, filepath.Join("testdata", "fresh3"), 0.74, 0.70)
}

// TestDev5Attribution scores Attribute, as TestDevAttribution does, on
// the three episodes of the entity set extract/testdata/dev6 (147
// reports), annotated blind like testdata/dev2.
func TestDev5Attribution(t *testing.T) {
	// measured once, blind, at commit ae54291: cue 0.733, cue+source
	// 0.704 (P 0.772, R 0.646); the session's starting commit 2d291da:
	// 0.676 and 0.641. A development set since.
	scoreAttributions(t, filepath.Join("testdata", "dev5"), 0.70, 0.67)
}

// TestDev6Attribution scores Attribute, as TestDevAttribution does, on
// three more BBC episodes (136 reports, no entity gold), annotated blind
// like testdata/dev2.
func TestDev6Attribution(t *testing.T) {
	// measured once, blind, at commit e2d1395: cue 0.763, cue+source
	// 0.732 (P 0.777, R 0.691); the session's starting commit 2d291da:
	// 0.705 and 0.667. A development set since.
	scoreAttributions(t, filepath.Join("testdata", "dev6"), 0.73, 0.70)
}

// TestDev7Attribution scores Attribute, as TestDevAttribution does, on
// the six episodes of extract/testdata/dev7 (266 reports), annotated blind
// in the seventh session of 2026-11-25 like testdata/dev2.
func TestDev7Attribution(t *testing.T) {
	// measured once, blind, at the session's starting commit 8eb8245:
	// cue 0.719, cue+source 0.694 (P 0.771, R 0.632). A development set
	// since.
	scoreAttributions(t, filepath.Join("testdata", "dev7"), 0.69, 0.66)
}

// TestFresh4Attribution scores Attribute on the three episodes of
// extract/testdata/fresh4 (150 reports), annotated blind with dev7:
// measured, never tuned on.
func TestFresh4Attribution(t *testing.T) {
	// measured once, blind, at commit 8eb8245: cue 0.714, cue+source
	// 0.662 (P 0.759, R 0.587); measured again, once, after the
	// session's rules at f5707f1: cue 0.736, cue+source 0.684 (P 0.773,
	// R 0.613)
	scoreAttributions(t, filepath.Join("testdata", "fresh4"), 0.68, 0.63)
}

// TestDev8Attribution scores Attribute on the six episodes of
// extract/testdata/dev8 (302 reports), annotated blind in the seventh
// session of 2026-11-25 like testdata/dev2.
func TestDev8Attribution(t *testing.T) {
	// measured once, blind, at commit 694e234: cue 0.769, cue+source
	// 0.734 (P 0.869, R 0.636); the session's starting commit 8eb8245:
	// 0.760 and 0.726. A development set since.
	scoreAttributions(t, filepath.Join("testdata", "dev8"), 0.74, 0.70)
}

// TestDev9Attribution scores Attribute on the six episodes of
// extract/testdata/dev9 (354 reports), annotated blind at the end of the
// seventh session of 2026-11-25 like testdata/dev2.
func TestDev9Attribution(t *testing.T) {
	// measured once, blind, at commit 7c11aa3: cue 0.749, cue+source
	// 0.711 (P 0.794, R 0.644); the session's starting commit 8eb8245:
	// 0.734 and 0.702. A development set since.
	scoreAttributions(t, filepath.Join("testdata", "dev9"), 0.72, 0.68)
}

// TestFresh5Attribution scores Attribute on the three episodes of
// extract/testdata/fresh5 (124 reports), annotated blind with dev9:
// measured, never tuned on.
func TestFresh5Attribution(t *testing.T) {
	// measured once, blind, at commit 7c11aa3: cue 0.748, cue+source
	// 0.721 (P 0.816, R 0.645); the session's starting commit 8eb8245:
	// 0.742 and 0.715
	scoreAttributions(t, filepath.Join("testdata", "fresh5"), 0.72, 0.69)
}
