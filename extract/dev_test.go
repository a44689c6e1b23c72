package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mentions/mentions/extract"
	"github.com/mentions/mentions/extract/goldtags"
	"github.com/mentions/mentions/extract/internal/jsonl"
	"github.com/mentions/mentions/pipeline"
	"github.com/mentions/mentions/pipeline/format"
)

// devDir holds our own gold mentions, one file per transcript named like
// it (annotated by hand to the seed's GUIDELINES.md, without looking at any
// system's output): BBC Global News episodes, timed, whose mentions match
// by time as on the seed; and podcast transcripts of the seed's Markdown
// family without times, whose mentions match by source line. The
// transcripts stay in ../shared; only the annotations are committed.
const devDir = "testdata/dev"

// holdoutDir holds four more BBC episodes and the first 300 lines of two
// more podcasts annotated the same way, by annotators who saw neither
// system output nor the dev annotations. It is measured, never tuned on
// (README.md, "Entities on a held-out set").
const holdoutDir = "testdata/holdout"

// freshDir holds three more BBC episodes (2023-11, 2024-03, 2024-09;
// 559 mentions), annotated blind by three helpers on 2026-11-25 while the
// extractor stood at commit 2f96001, after that day's rules were written.
// It was measured once then, and is measured, never tuned on (README.md,
// "Entities on a fresh blind set").
const freshDir = "testdata/fresh"

// fresh2Dir and dev2Dir hold four more BBC episodes (2023-09, 2024-01,
// 2024-05, 2024-08; 831 mentions) annotated blind on 2026-11-25, in the
// day's sixth session, by four helpers who saw the guidelines, the seed
// and one dev episode's gold, and no system output. All four were
// measured once, blind, at commit 2d291da (0.820, prose 0.575). Then two
// became development episodes (dev2Dir), whose errors were read, and two
// stay blind (fresh2Dir): measured, never tuned on (README.md, "Entities
// on a second fresh blind set").
//
// dev3Dir holds three more (2023-08, 2024-02, 2024-07; 646 mentions),
// annotated the same way later in that session and measured once,
// blind, at commit 04c72d6, after the rules written from dev2Dir; a
// development set since.
//
// dev4Dir holds three more (2023-10, 2024-04, and a "Global Story" bonus
// episode of 2024-09; 566 mentions), annotated the same way and measured
// once, blind, at commit 39b287d, after the rules written from dev3Dir;
// a development set since.
//
// dev5Dir holds three more (2023-11, 2024-03, 2024-06; 712 mentions),
// measured once, blind, at commit ed3ab50; a development set since.
//
// fresh3Dir holds three more (2023-07, 2023-12, 2024-08; 794 mentions),
// annotated the same way at the end of that session and measured once,
// blind, at commit 3f4a247, after every rule of the session: never
// tuned on. Their attributions are in extract/claim/testdata/fresh3.
//
// dev7Dir and fresh4Dir hold nine more (2023-08 to 2024-06; 1,977
// mentions), annotated the same way in the day's seventh session by three
// helpers and measured once, blind, at the session's starting commit
// 8eb8245. Six became development episodes (dev7Dir); three stay blind
// (fresh4Dir): measured, never tuned on. Their attributions are in
// extract/claim/testdata/dev7 and fresh4.
//
// dev8Dir holds six more (2023-10 to 2024-09; 1,370 mentions), annotated
// the same way later in that session and measured once, blind, at commit
// 694e234, after the session's rules written from dev7Dir; a development
// set since.
//
// dev9Dir and fresh5Dir hold nine more (2023-08 to 2024-09; 2,179
// mentions), annotated the same way at the end of that session and
// measured once, blind, at commit 7c11aa3, after every rule of the
// session, and at its starting commit 8eb8245. dev9 is a development set
// since; fresh5 is measured, never tuned on.
//
// dev10Dir and fresh6Dir hold nine more (2023-09 to 2024-08; 2,296
// mentions), annotated blind the same way in the eighth session of
// 2026-11-25 by three helpers (three episodes each; fresh6 takes one of
// each helper's) and measured once, blind, at commit 38c628b with the
// entity model trained on dev..dev9, and with the CoNLL-only model. dev10
// is a development set since (the model may train on it); fresh6 is
// measured, never tuned or trained on.
//
// dev11Dir and fresh7Dir hold nine more (2023-08 to 2024-09; 1,770
// mentions), annotated blind the same way later in that session (fresh7
// again one episode of each of three helpers) and measured once, blind,
// at commit ed9d266 with the entity model trained on dev..dev10, and with
// the CoNLL-only model. dev11 is a development set since; fresh7 is
// measured, never tuned or trained on.
//
// dev12Dir and fresh8Dir hold nine more (2023-07 to 2024-09; 2,123
// mentions), annotated blind the same way in the ninth session of
// 2026-11-25 by three helpers (fresh8 again one episode of each, chosen
// before the annotations came back) and measured once, blind, at commit
// 126372a. dev12 is a development set since; fresh8 is measured, never
// tuned or trained on.
//
// dev13Dir and fresh9Dir hold nine more (2023-10 to 2024-08; 2,024
// mentions), annotated blind the same way later in that session (fresh9
// again one episode of each helper, chosen before the annotations came
// back) and measured once, blind, at commit f20409c. dev13 is a
// development set since; fresh9 is measured, never tuned or trained on.
//
// dev14Dir and fresh10Dir hold eighteen more (2023-08 to 2024-08; 4,054
// mentions), annotated blind the same way in the tenth session of
// 2026-11-25 by six helpers, three episodes each (fresh10 one episode of
// each helper, drawn at random before the annotations came back), and
// measured once, blind, at commit efd2370. dev14 is a development set
// since; fresh10 is measured, never tuned or trained on.
//
// dev15Dir and fresh11Dir hold eighteen more (2023-08 to 2024-09; 4,173
// mentions), annotated blind the same way later in that session, and
// measured once, blind, at commit 43db71e (the model trained on
// dev..dev14). dev15 is a development set since; fresh11 is measured,
// never tuned or trained on.
//
// dev16Dir and fresh12Dir hold eighteen more (2023-08 to 2024-08; 4,026
// mentions), annotated blind the same way at the end of that session, and
// measured once, blind, at commit 5b7bca2 (the model trained on
// dev..dev15, and the session's rules). dev16 is a development set since;
// fresh12 is measured, never tuned or trained on.
//
// dev17Dir and fresh13Dir hold eighteen more (2023-08 to 2024-09; 3,868
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit ef3c363 (the model trained on dev..dev16). dev17 is a
// development set since; fresh13 is measured, never tuned or trained on.
//
// dev18Dir and fresh14Dir hold eighteen more (2023-08 to 2024-09; 4,474
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit fb3f59d (the model trained on dev..dev17). dev18 is a
// development set since; fresh14 is measured, never tuned or trained on.
//
// dev19Dir and fresh15Dir hold eighteen more (2023-07 to 2024-09; 3,868
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit 46769ee (the model trained on dev..dev18). dev19 is a
// development set since; fresh15 is measured, never tuned or trained on.
//
// dev20Dir and fresh16Dir hold eighteen more (2023-08 to 2024-08; 4,151
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit 281287a (the model trained on dev..dev19). dev20 is a
// development set since; fresh16 is measured, never tuned or trained on.
//
// dev21Dir and fresh17Dir hold eighteen more (2023-08 to 2024-09; 4,029
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit 2ec86d9 (the model trained on dev..dev20). dev21 is a
// development set since; fresh17 is measured, never tuned or trained on.
//
// dev22Dir and fresh18Dir hold eighteen more (2023-07 to 2024-09; 4,138
// mentions), annotated blind the same way on 2026-11-25 (eleventh
// session), and measured once, blind, at commit 7e315c0 (the model
// trained on dev..dev21 and the podcasts). dev22 is a development set
// since; fresh18 is measured, never tuned or trained on.
//
// dev23Dir and fresh19Dir hold eighteen more (2023-08 to 2024-09; 3,822
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit 02f6c1c (the same model as for dev22). dev23 is a
// development set since; fresh19 is measured, never tuned or trained on.
//
// dev24Dir and fresh20Dir hold eighteen more (2023-08 to 2024-08; 4,231
// mentions, one pronoun taken out before the first measurement),
// annotated blind the same way after that, and measured once, blind, at
// commit b80f01e (the same model as for dev22). dev24 is a development
// set since; fresh20 is measured, never tuned or trained on.
//
// dev25Dir and fresh21Dir hold eighteen more (2023-08 to 2024-08; 3,901
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit 5d3bc23 (the same model as for dev22). dev25 is a
// development set since; fresh21 is measured, never tuned or trained on.
//
// dev26Dir and fresh22Dir hold eighteen more (2023-07 to 2024-09; 4,259
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit 6ca5837 (the same model as for dev22). dev26 is a
// development set since; fresh22 is measured, never tuned or trained on.
//
// dev27Dir and fresh23Dir hold eighteen more (2023-07 to 2024-08; 4,352
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit 36389df (the same model as for dev22). dev27 is a
// development set since; fresh23 is measured, never tuned or trained on.
//
// dev28Dir and fresh24Dir hold eighteen more (2023-09 to 2024-09; 4,357
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit a537a94 (the same model as for dev22); sixteen
// mentions of Earth and the asteroid Bennu, which the annotator flagged
// as a call other sets may not make, were taken out before. dev28 is a
// development set since; fresh24 is measured, never tuned or trained on.
//
// dev29Dir to dev33Dir are not trained on, for all their names: the
// model trained on them too scored 87.87 on CoNLL-2003 testb, under the
// floor of 88.0 that TestTestbScore in extract/ner guards (README.md,
// "Entities: podcasts, 216 more episodes"), so the embedded model trains
// on dev..dev28 and these five measure it as the fresh sets do. Nothing
// was tuned on them.
//
// dev29Dir and fresh25Dir hold eighteen more (2023-08 to 2024-09; 4,010
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit f6abe2f (the model trained on dev..dev28 and the
// podcasts). dev29 is a set like the fresh ones (see above); fresh25 is
// never tuned or trained on either.
//
// dev30Dir and fresh26Dir hold eighteen more (2023-08 to 2024-09; 4,074
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit 2fe2bee (the same model as for dev29). dev30 is a
// set like the fresh ones; fresh26 is never tuned or trained on either.
//
// dev31Dir and fresh27Dir hold eighteen more (2023-08 to 2024-09; 4,041
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit da02824 (the same model as for dev29). dev31 is a
// set like the fresh ones; fresh27 is never tuned or trained on either.
//
// dev32Dir and fresh28Dir hold eighteen more (2023-08 to 2024-08; 4,337
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit 11313f1 (the same model as for dev29). dev32 is a
// set like the fresh ones; fresh28 is never tuned or trained on either.
//
// dev33Dir and fresh29Dir hold eighteen more (2023-08 to 2024-09; 4,337
// mentions), annotated blind the same way after that, and measured once,
// blind, at commit 103f092 (the same model as for dev29). dev33 is a
// set like the fresh ones; fresh29 is never tuned or trained on either.
//
// podDir and podfreshDir hold the rest of the seven podcasts of the
// seed's Markdown family whose beginnings are in devDir (podDir: five
// podcasts, 233 mentions) and holdoutDir (podfreshDir: two, 73), keyed
// by source line, with ranges.tsv giving the lines annotated. Annotated
// blind on 2026-11-25 (eleventh session) by seven helpers who saw the
// beginnings' gold but no system output; seven spans that hold no
// recognisable name ("talking face" for Hugging Face, "no ribs" for
// NeurIPS) were taken out before the first measurement, at b75e383. pod
// is a development set since; podfresh is never tuned or trained on.
const (
	dev33Dir    = "testdata/dev33"
	fresh29Dir  = "testdata/fresh29"
	dev32Dir    = "testdata/dev32"
	fresh28Dir  = "testdata/fresh28"
	dev31Dir    = "testdata/dev31"
	fresh27Dir  = "testdata/fresh27"
	dev30Dir    = "testdata/dev30"
	fresh26Dir  = "testdata/fresh26"
	dev29Dir    = "testdata/dev29"
	fresh25Dir  = "testdata/fresh25"
	dev28Dir    = "testdata/dev28"
	fresh24Dir  = "testdata/fresh24"
	dev27Dir    = "testdata/dev27"
	fresh23Dir  = "testdata/fresh23"
	dev26Dir    = "testdata/dev26"
	fresh22Dir  = "testdata/fresh22"
	dev25Dir    = "testdata/dev25"
	fresh21Dir  = "testdata/fresh21"
	dev24Dir    = "testdata/dev24"
	fresh20Dir  = "testdata/fresh20"
	dev23Dir    = "testdata/dev23"
	fresh19Dir  = "testdata/fresh19"
	dev22Dir    = "testdata/dev22"
	fresh18Dir  = "testdata/fresh18"
	podDir      = "testdata/pod"
	podfreshDir = "testdata/podfresh"
	dev21Dir    = "testdata/dev21"
	fresh17Dir  = "testdata/fresh17"
	dev20Dir    = "testdata/dev20"
	fresh16Dir  = "testdata/fresh16"
	dev19Dir    = "testdata/dev19"
	fresh15Dir  = "testdata/fresh15"
	dev18Dir    = "testdata/dev18"
	fresh14Dir  = "testdata/fresh14"
	dev17Dir    = "testdata/dev17"
	fresh13Dir  = "testdata/fresh13"
	dev16Dir    = "testdata/dev16"
	fresh12Dir  = "testdata/fresh12"
	dev15Dir    = "testdata/dev15"
	fresh11Dir  = "testdata/fresh11"
	dev14Dir    = "testdata/dev14"
	fresh10Dir  = "testdata/fresh10"
	dev13Dir    = "testdata/dev13"
	fresh9Dir   = "testdata/fresh9"
	dev12Dir    = "testdata/dev12"
	fresh8Dir   = "testdata/fresh8"
	dev11Dir    = "testdata/dev11"
	fresh7Dir   = "testdata/fresh7"
	dev10Dir    = "testdata/dev10"
	fresh6Dir   = "testdata/fresh6"
	dev9Dir     = "testdata/dev9"
	fresh5Dir   = "testdata/fresh5"
	dev8Dir     = "testdata/dev8"
	dev7Dir     = "testdata/dev7"
	fresh4Dir   = "testdata/fresh4"
	fresh3Dir   = "testdata/fresh3"
	fresh2Dir   = "testdata/fresh2"
	dev2Dir     = "testdata/dev2"
	dev3Dir     = "testdata/dev3"
	dev4Dir     = "testdata/dev4"
	dev5Dir     = "testdata/dev5"
	dev6Dir     = "testdata/dev6" // 2023-10, 2024-05, 2024-07; 703 mentions, blind at ae54291
)

var (
	// bbcDir holds the episodes by year and month.
	bbcDir = filepath.Join("..", "..", "shared", "corpus", "bbc-global-news")
	// markdownDir holds the podcast transcripts.
	markdownDir = filepath.Join("..", "..", "shared", "corpus", "markdown")
	// subtitleDir holds the subtitle files by format (srt/, vtt/,
	// youtube_json/).
	subtitleDir = filepath.Join("..", "..", "shared", "corpus", "other-formats")
)

// formatsDir holds gold mentions of subtitle files (SRT and WebVTT talks
// and podcasts), named after the file with its extension, timed by cue
// start. They were annotated blind before any rule was written from
// them (README.md, "Entities in subtitle files").
const formatsDir = "testdata/formats"

// talksDir holds gold mentions of four more talks and podcasts from
// other-formats/ (WebVTT, SRT and YouTube caption JSON), named and timed
// as in formatsDir: the first 350, 300 and 700 cues of three of them, all
// of the fourth. Annotated blind on 2026-11-25 and measured once before
// any rule was written from them; their errors were then read, so this is
// a development set now, as formatsDir is (README.md, "Entities in
// talks").
const talksDir = "testdata/talks"

// talks2Dir holds gold mentions of later parts of five talks and podcasts
// whose beginnings are in formatsDir and talksDir (ranges.tsv says which
// part). Annotated blind on 2026-11-25, it is never tuned on: it measures
// what the rules written from talksDir are worth on text they never saw.
// Eight mentions of the planet as lower-case "earth", which no other gold
// set annotates, were taken out before the first measurement.
const talks2Dir = "testdata/talks2"

// devLastTime is, for a subtitle file annotated only in part, the start
// of the last cue annotated; mentions after it are not scored.
var devLastTime = map[string]float64{
	"ThisMachineKills_Premium-303-Israel_s-AI-Powered-Mass-Assassination-Factory_.srt":         1558.66,
	"Disintegrator_9-Alignment-w-Benjamin-Bratton_.vtt":                                        1532.74,
	"37c3-Joscha_Bach-Synthetic_Sentience.vtt":                                                 1424.36,
	"Antikythera_After_Alignment_Orienting_Synthetic_Intelligence_Beyond_Human_Reflection.srt": 2258.76,
	"LexBot_podcast_330_transcript.json":                                                       1423.2,
}

// devMentions returns, for each transcript annotated in dir, the gold
// mentions and ex's mentions, keyed by time (T) for timed transcripts and
// by source line for untimed ones. It skips the test when ../shared is
// absent.
func devMentions(tb testing.TB, dir string, ex pipeline.Extractor) (names []string, gold, got [][]extract.Timed) {
	tb.Helper()
	if _, err := os.Stat(bbcDir); err != nil {
		tb.Skipf("dev set needs the transcripts in %s: %v", filepath.Dir(bbcDir), err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.mentions.jsonl"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no gold in %s (%v)", dir, err)
	}
	sort.Strings(files)
	ranges, err := goldtags.ReadRanges(dir)
	if err != nil {
		tb.Fatal(err)
	}
	for _, gf := range files {
		name := strings.TrimSuffix(filepath.Base(gf), ".mentions.jsonl")
		ext := strings.TrimPrefix(filepath.Ext(name), ".")
		subtitle := ext == "srt" || ext == "vtt" || ext == "json"
		byLine := !goldtags.IsEpisode(name) && !subtitle
		src := filepath.Join(markdownDir, name+".md")
		switch {
		case ext == "json":
			src = filepath.Join(subtitleDir, "youtube_json", name)
		case subtitle:
			src = filepath.Join(subtitleDir, ext, name)
		case !byLine:
			if src, err = goldtags.EpisodePath(bbcDir, name); err != nil {
				tb.Fatalf("%s: %v", gf, err)
			}
		}
		data, err := os.ReadFile(src)
		if err != nil {
			tb.Fatal(err)
		}
		tr, err := format.Auto{}.Parse(src, data)
		if err != nil {
			tb.Fatal(err)
		}
		doc, err := pipeline.Analyze(tr, ex, nil)
		if err != nil {
			tb.Fatal(err)
		}
		var mine []extract.Timed
		for _, m := range doc.Mentions {
			at := m.Start
			if byLine {
				at = float64(tr.Segments[m.Segment].Line)
			}
			if r, ok := ranges[name]; ok {
				if at < r[0] || at > r[1] {
					continue
				}
			} else if last, ok := devLastTime[name]; ok && at > last {
				continue
			}
			mine = append(mine, extract.Timed{T: at, Text: m.Name, Type: m.Type})
		}
		names = append(names, name)
		gold = append(gold, readDevGold(tb, gf, byLine))
		got = append(got, mine)
	}
	return names, gold, got
}

// readDevGold reads a gold file; an untimed transcript's gold is keyed by
// line.
func readDevGold(tb testing.TB, path string, byLine bool) []extract.Timed {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if !byLine {
		g, err := extract.ReadGold(f)
		if err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		return g
	}
	lines, err := jsonl.Read[goldtags.LineMention](f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	out := make([]extract.Timed, len(lines))
	for i, m := range lines {
		out[i] = extract.Timed{T: float64(m.Line), Text: m.Text, Type: m.Type}
	}
	return out
}

// TestDevF1 scores each extractor on the dev episodes, pooled over all of
// them, and fails if F1 falls below the floor set when it was measured.
// The seed alone is too small to show what generalises; this set is what
// we check span rules against. DEV_ERRORS=1 prints every miss and every
// spurious mention.
// Since the eighth session of 2026-11-25 the entity model is trained on
// this set (0.967 now, no measure); its five-fold cross-validated figure is 0.921.
func TestDevF1(t *testing.T) {
	// measured 0.879 (6 BBC episodes 0.889, 2 podcasts 0.787) and 0.562;
	// with four more podcasts (first 300 lines each) 0.868 (podcasts
	// 0.765) and 0.553, then 0.877 (BBC 0.890, podcasts 0.808) after the
	// work titles and universities of 2026-11-25, 0.879 (BBC 0.892)
	// after the nationalities before institutions, 0.884 (BBC 0.899)
	// after the advertisers' web addresses, 0.885 after the roles ending
	// in "Advisor" or "Attorney General", 0.887 (BBC 0.900, podcasts
	// 0.820) after the administrations and the listed names opening a
	// sentence, 0.891 (BBC 0.902, podcasts 0.835) after the listed names in
	// lower case, 0.892 after the surnames side by side, 0.893 after the
	// eponyms, 0.895 after the podcasts named in adverts, 0.896 after
	// "editor Will Ross" (P 0.901 after "welcome to the Cognitive
	// Revolution")
	scoreGoldSet(t, devDir, 0.885, 0.54)
}

// TestHoldoutF1 scores each extractor on the held-out episodes (see
// holdoutDir), as TestDevF1 does on the dev set.
// With the entity model trained on the dev sets too (eighth session of
// 2026-11-25): 0.895; with dev10 in training too, 0.898, and dev11, 0.898; with dev12 too
// and the rules of the ninth session, 0.907.
func TestHoldoutF1(t *testing.T) {
	// measured 2026-11-24 on the four BBC episodes: 0.843 and 0.605, then
	// 0.860 and 0.610 after the day's dev rules; with the two podcasts
	// added last (45 mentions): 0.851 and 0.601; 0.855 after the rules of
	// 2026-11-25 (the advertisers' web addresses), 0.856 after "the WHO"
	// and the football leagues (a later session), 0.857 after "welcome
	// to the ..." (one spurious fewer)
	scoreGoldSet(t, holdoutDir, 0.845, 0.59)
}

// TestFreshF1 scores each extractor on the fresh blind episodes (see
// freshDir).
// With the entity model trained on the dev sets too (eighth session of
// 2026-11-25): 0.906; with dev10 in training too, 0.911, and dev11, 0.915; with dev12 too
// and the rules of the ninth session, 0.908.
func TestFreshF1(t *testing.T) {
	// measured once, blind, at commit 2f96001: 0.863 and 0.630; the
	// session-start commit 7cf153b scored 0.844 on it. The 0.630 of prose
	// was inflated by a bug (split gave prose's spans of listed names our
	// ORG type, from commit 243be4d); fixed, prose scores 0.609. 0.868
	// after the talks' rules (c4e702e).
	scoreGoldSet(t, freshDir, 0.85, 0.60)
}

// scoreGoldSet scores our model and prose on the gold set in dir, pooled
// over its transcripts, and fails if an F1 falls below its floor.
func scoreGoldSet(t *testing.T, dir string, modelFloor, proseFloor float64) {
	label := filepath.Base(dir)
	eachExtractor(t, label, modelFloor, proseFloor, func(t *testing.T, name string, ex pipeline.Extractor) extract.PRF {
		names, gold, got := devMentions(t, dir, ex)
		var all extract.PRF
		for i := range names {
			s := extract.ScoreTimed(gold[i], got[i])
			t.Logf("%s: %v", names[i], s)
			all.Add(s)
			if os.Getenv("DEV_ERRORS") != "" && name == "model" {
				for _, e := range timedDiff(gold[i], got[i]) {
					t.Log(e)
				}
			}
		}
		all.Finish()
		t.Logf("%s pooled, %s: %v", label, name, all)
		return all
	})
}

// eachExtractor runs score for our model and for prose, each in its own
// subtest, and fails when the F1 it returns falls below that extractor's
// floor.
func eachExtractor(t *testing.T, label string, modelFloor, proseFloor float64, score func(t *testing.T, name string, ex pipeline.Extractor) extract.PRF) {
	model := testModel(t)
	tests := []struct {
		name  string
		ex    pipeline.Extractor
		floor float64
	}{
		{"model", model, modelFloor},
		{"prose", &extract.Prose{}, proseFloor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if s := score(t, tt.name, tt.ex); s.F1 < tt.floor {
				t.Errorf("%s F1 with %s = %.3f, want at least %.2f", label, tt.name, s.F1, tt.floor)
			}
		})
	}
}

// testModel is our extractor over the embedded entity model, or over the
// model file named by $NER_MODEL (a model trained for an experiment:
// mentions train -o FILE).
func testModel(t testing.TB) *extract.Model {
	t.Helper()
	path := os.Getenv("NER_MODEL")
	if path == "" {
		m, err := extract.NewModel()
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m, err := loadModel(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return extract.NewModelWith(m)
}

// timedDiff lists gold mentions not predicted ("miss") and predicted ones
// not in gold ("spurious"), matched as ScoreTimed matches them.
func timedDiff(gold, pred []extract.Timed) []string {
	key := extract.TimedKey
	left := map[string]int{}
	for _, g := range gold {
		left[key(g)]++
	}
	var out []string
	for _, p := range pred {
		if left[key(p)] > 0 {
			left[key(p)]--
			continue
		}
		out = append(out, fmt.Sprintf("spurious %8.2f %-6s %s", p.T, p.Type, p.Text))
	}
	for _, g := range gold {
		if left[key(g)] > 0 {
			left[key(g)]--
			out = append(out, fmt.Sprintf("miss     %8.2f %-6s %s", g.T, g.Type, g.Text))
		}
	}
	return out
}

// TestFormatsF1 scores each extractor on the subtitle files (see
// formatsDir), as TestDevF1 does on the dev set.
// With the entity model trained on the dev sets too (eighth session of
// 2026-11-25): 0.834; with dev10 in training too, 0.841, and dev11, 0.837; with dev12 too
// and the rules of the ninth session, 0.837.
func TestFormatsF1(t *testing.T) {
	// measured 2026-11-25, blind, before any rule was written from it:
	// 0.732 (109 right of 147) and 0.357; then 0.750 after the academic
	// posts and the authors of articles, 0.760 after the products, 0.770
	// after the listed names cut in pieces, 0.772 after the eponyms, 0.797 after the famous people
	scoreGoldSet(t, formatsDir, 0.72, 0.34)
}

// TestTalks2F1 scores each extractor on the later parts of the talks (see
// talks2Dir).
// With the entity model trained on the dev sets too (eighth session of
// 2026-11-25): 0.730; with dev10 in training too, 0.737, and dev11, 0.749; with dev12 too
// and the rules of the ninth session, 0.742.
func TestTalks2F1(t *testing.T) {
	// measured blind at commit 5e65236, before any rule was written from
	// talksDir: 0.671 (159 right, 277 predicted, 197 gold) and 0.353;
	// 0.720 (166 right, 264 predicted) after them (c4e702e)
	scoreGoldSet(t, talks2Dir, 0.70, 0.33)
}

// TestTalksF1 scores each extractor on the blind talks (see talksDir).
// With the entity model trained on the dev sets too (eighth session of
// 2026-11-25): 0.769; with dev10 in training too, 0.790, and dev11, 0.763; with dev12 too
// and the rules of the ninth session, 0.770.
func TestTalksF1(t *testing.T) {
	// measured once, blind, at commit 37fd3cc: 0.570 (87 right of 144)
	// and 0.353; 0.766 after the rules written from it (a04636b)
	scoreGoldSet(t, talksDir, 0.74, 0.33)
}

// TestFresh2F1 scores each extractor on the second fresh blind set (see
// fresh2Dir).
// With the entity model trained on the dev sets too (eighth session of
// 2026-11-25): 0.885; with dev10 in training too, 0.886, and dev11, 0.884; with dev12 too
// and the rules of the ninth session, 0.887.
func TestFresh2F1(t *testing.T) {
	// measured blind at commit 2d291da: 0.854 (366 right, 426 predicted,
	// 431 gold) and 0.608
	scoreGoldSet(t, fresh2Dir, 0.83, 0.58)
}

// TestDev2F1 scores each extractor on the second set of development
// episodes (see dev2Dir).
// Since the eighth session of 2026-11-25 the entity model is trained on
// this set (0.951 now, no measure); its five-fold cross-validated figure is 0.862.
func TestDev2F1(t *testing.T) {
	// measured blind at commit 2d291da: 0.779 (282 right, 324 predicted,
	// 400 gold) and 0.531
	scoreGoldSet(t, dev2Dir, 0.76, 0.51)
}

// TestDev3F1 scores each extractor on the third set of development
// episodes (see dev3Dir).
// Since the eighth session of 2026-11-25 the entity model is trained on
// this set (0.979 now, no measure); its five-fold cross-validated figure is 0.882.
func TestDev3F1(t *testing.T) {
	// measured blind at commit 04c72d6: 0.854 (551 right, 645 predicted,
	// 646 gold) and 0.603; the session's starting commit 2d291da scored
	// the same 0.854
	scoreGoldSet(t, dev3Dir, 0.83, 0.58)
}

// TestDev4F1 scores each extractor on the fourth set of development
// episodes (see dev4Dir).
// Since the eighth session of 2026-11-25 the entity model is trained on
// this set (0.989 now, no measure); its five-fold cross-validated figure is 0.919.
func TestDev4F1(t *testing.T) {
	// measured blind at commit 39b287d: 0.909 (517 right, 572 predicted,
	// 566 gold) and 0.574; the session's starting commit 2d291da scored
	// 0.910 (518 right)
	scoreGoldSet(t, dev4Dir, 0.88, 0.55)
}

// TestDev5F1 scores each extractor on the fifth set of development
// episodes (see dev5Dir).
// Since the eighth session of 2026-11-25 the entity model is trained on
// this set (0.983 now, no measure); its five-fold cross-validated figure is 0.892.
func TestDev5F1(t *testing.T) {
	// measured blind at commit ed3ab50: 0.874 (625 right, 718 predicted,
	// 712 gold) and 0.592; the session's starting commit 2d291da scored
	// 0.873 (623 right)
	scoreGoldSet(t, dev5Dir, 0.85, 0.57)
}

// TestFresh3F1 scores each extractor on the third fresh blind set (see
// fresh3Dir).
// With the entity model trained on the dev sets too (eighth session of
// 2026-11-25): 0.909; with dev10 in training too, 0.917, and dev11, 0.915; with dev12 too
// and the rules of the ninth session, 0.921.
func TestFresh3F1(t *testing.T) {
	// measured blind at commit 3f4a247: 0.892 (714 right, 807 predicted,
	// 794 gold) and 0.608; the session's starting commit 2d291da scored
	// 0.885 (707 right, 804 predicted)
	scoreGoldSet(t, fresh3Dir, 0.87, 0.58)
}

// TestDev6F1 scores each extractor on the sixth set of development
// episodes (see dev6Dir).
// Since the eighth session of 2026-11-25 the entity model is trained on
// this set (0.973 now, no measure); its five-fold cross-validated figure is 0.888.
func TestDev6F1(t *testing.T) {
	// measured blind at commit ae54291: 0.860 (603 right, 700 predicted,
	// 703 gold) and 0.664; the session's starting commit 2d291da scored
	// 0.856 (600 right)
	scoreGoldSet(t, dev6Dir, 0.84, 0.64)
}

// TestDev7F1 scores each extractor on the seventh set of development
// episodes (see dev7Dir).
// Since the eighth session of 2026-11-25 the entity model is trained on
// this set (0.971 now, no measure); its five-fold cross-validated figure is 0.867.
func TestDev7F1(t *testing.T) {
	// measured blind at commit 8eb8245: 0.828 (1085 right, 1310
	// predicted, 1311 gold) and 0.569
	scoreGoldSet(t, dev7Dir, 0.80, 0.55)
}

// TestFresh4F1 scores each extractor on the fourth fresh blind set (see
// fresh4Dir).
// With the entity model trained on the dev sets too (eighth session of
// 2026-11-25): 0.915; with dev10 in training too, 0.916, and dev11, 0.909; with dev12 too
// and the rules of the ninth session, 0.919.
func TestFresh4F1(t *testing.T) {
	// measured blind at commit 8eb8245: 0.890 (593 right, 666 predicted,
	// 666 gold) and 0.611; measured again, once, after the session's
	// rules at f5707f1: the same 0.890 (the same counts)
	scoreGoldSet(t, fresh4Dir, 0.87, 0.59)
}

// TestDev8F1 scores each extractor on the eighth set of development
// episodes (see dev8Dir).
// Since the eighth session of 2026-11-25 the entity model is trained on
// this set (0.979 now, no measure); its five-fold cross-validated figure is 0.902.
func TestDev8F1(t *testing.T) {
	// measured blind at commit 694e234: 0.876 (1195 right, 1359
	// predicted, 1370 gold) and 0.595; the session's starting commit
	// 8eb8245 scored the same 0.876 (the same counts)
	scoreGoldSet(t, dev8Dir, 0.85, 0.57)
}

// TestDev9F1 scores each extractor on the ninth set of development
// episodes (see dev9Dir).
// Since the eighth session of 2026-11-25 the entity model is trained on
// this set (0.977 now, no measure); its five-fold cross-validated figure is 0.918.
func TestDev9F1(t *testing.T) {
	// measured blind at commit 7c11aa3: 0.893 (1319 right, 1492
	// predicted, 1462 gold) and 0.638; the session's starting commit
	// 8eb8245 scored the same 0.893 (the same counts)
	scoreGoldSet(t, dev9Dir, 0.87, 0.61)
}

// TestFresh5F1 scores each extractor on the fifth fresh blind set (see
// fresh5Dir).
// With the entity model trained on the dev sets too (eighth session of
// 2026-11-25): 0.866; with dev10 in training too, 0.871, and dev11, 0.884; with dev12 too
// and the rules of the ninth session, 0.888.
func TestFresh5F1(t *testing.T) {
	// measured blind at commit 7c11aa3: 0.835 (608 right, 739 predicted,
	// 717 gold) and 0.523; the session's starting commit 8eb8245: 0.833
	// (608 right, 742 predicted)
	scoreGoldSet(t, fresh5Dir, 0.81, 0.50)
}

// TestDev10F1 scores each extractor on the tenth set of development
// episodes (see dev10Dir). The entity model is trained on it since
// 15c8672; in the seven-fold CV of edddf42's recipe it scores 0.877.
func TestDev10F1(t *testing.T) {
	// measured blind at commit 38c628b: 0.872 (1333 right, 1516
	// predicted, 1541 gold) and prose 0.589; with the CoNLL-only model
	// (the same rules) 0.853 (1301 right, 1510 predicted)
	scoreGoldSet(t, dev10Dir, 0.80, 0.50)
}

// TestFresh6F1 scores each extractor on the sixth fresh blind set (see
// fresh6Dir).
func TestFresh6F1(t *testing.T) {
	// measured blind at commit 38c628b: 0.903 (687 right, 767 predicted,
	// 755 gold) and prose 0.637; with the CoNLL-only model (the same
	// rules) 0.873 (671 right, 783 predicted); with dev10 in training
	// too (15c8672), 0.913 (690 right, 756 predicted); and dev11
	// (edddf42), 0.913 (697 right, 771 predicted); and dev12 with the
	// ninth session's rules, 0.918 (695 right, 759 predicted)
	scoreGoldSet(t, fresh6Dir, 0.80, 0.50)
}

// TestDev11F1 scores each extractor on the eleventh set of development
// episodes (see dev11Dir). The entity model is trained on it since
// edddf42.
func TestDev11F1(t *testing.T) {
	// measured blind at commit ed9d266: 0.900 (1013 right, 1133
	// predicted, 1117 gold) and prose 0.628; with the CoNLL-only model
	// (the same rules) 0.868 (987 right, 1156 predicted)
	scoreGoldSet(t, dev11Dir, 0.80, 0.50)
}

// TestFresh7F1 scores each extractor on the seventh fresh blind set (see
// fresh7Dir).
func TestFresh7F1(t *testing.T) {
	// measured blind at commit ed9d266: 0.898 (572 right, 621 predicted,
	// 653 gold) and prose 0.585; with the CoNLL-only model (the same
	// rules) 0.875 (556 right, 618 predicted); with dev11 in training
	// too (edddf42), 0.892 (570 right, 625 predicted); and dev12 with
	// the ninth session's rules, 0.903 (575 right, 620 predicted)
	scoreGoldSet(t, fresh7Dir, 0.80, 0.50)
}

// TestDev12F1 scores each extractor on the twelfth set of development
// episodes (see dev12Dir). The entity model is trained on it since the
// ninth session of 2026-11-25.
func TestDev12F1(t *testing.T) {
	// measured blind at commit 126372a: 0.911 (1305 right, 1433
	// predicted, 1432 gold) and prose 0.619; at the session's start
	// (80783b0) 0.906 (1305 right, 1449 predicted)
	scoreGoldSet(t, dev12Dir, 0.80, 0.50)
}

// TestFresh8F1 scores each extractor on the eighth fresh blind set (see
// fresh8Dir).
func TestFresh8F1(t *testing.T) {
	// measured blind at commit 126372a: 0.885 (611 right, 690 predicted,
	// 691 gold) and prose 0.609; at the session's start (80783b0) 0.884
	// (611 right, 692 predicted); with dev12 in training, 0.879 (602
	// right, 678 predicted)
	scoreGoldSet(t, fresh8Dir, 0.80, 0.50)
}

// TestDev13F1 scores each extractor on the thirteenth set of development
// episodes (see dev13Dir). The entity model is trained on it since the
// ninth session of 2026-11-25.
func TestDev13F1(t *testing.T) {
	// measured blind at commit f20409c: 0.916 (1329 right, 1448
	// predicted, 1453 gold) and prose 0.616; at the session's start
	// (80783b0) 0.905 (1317 right, 1456 predicted)
	scoreGoldSet(t, dev13Dir, 0.80, 0.50)
}

// TestFresh9F1 scores each extractor on the ninth fresh blind set (see
// fresh9Dir).
func TestFresh9F1(t *testing.T) {
	// measured blind at commit f20409c: 0.838 (479 right, 572 predicted,
	// 571 gold) and prose 0.578; at the session's start (80783b0) 0.835
	// (477 right, 571 predicted); with dev13 in training, 0.842 (481
	// right, 572 predicted)
	scoreGoldSet(t, fresh9Dir, 0.80, 0.50)
}

// TestDev14F1 scores each extractor on the fourteenth set of development
// episodes (see dev14Dir).
func TestDev14F1(t *testing.T) {
	// measured blind at commit efd2370: 0.905 (2435 right, 2668
	// predicted, 2711 gold) and prose 0.618
	scoreGoldSet(t, dev14Dir, 0.80, 0.50)
}

// TestFresh10F1 scores each extractor on the tenth fresh blind set (see
// fresh10Dir).
func TestFresh10F1(t *testing.T) {
	// measured blind at commit efd2370: 0.910 (1224 right, 1347
	// predicted, 1343 gold) and prose 0.628
	scoreGoldSet(t, fresh10Dir, 0.80, 0.50)
}

// TestDev15F1 scores each extractor on the fifteenth set of development
// episodes (see dev15Dir).
func TestDev15F1(t *testing.T) {
	// measured blind at commit 43db71e: 0.897 (2362 right, 2609
	// predicted, 2656 gold) and prose 0.613; the model trained on
	// dev..dev13 (the session's start) 0.896 (2355 right, 2603 predicted)
	scoreGoldSet(t, dev15Dir, 0.80, 0.50)
}

// TestFresh11F1 scores each extractor on the eleventh fresh blind set
// (see fresh11Dir).
func TestFresh11F1(t *testing.T) {
	// measured blind at commit 43db71e: 0.906 (1386 right, 1541
	// predicted, 1517 gold) and prose 0.589; the model trained on
	// dev..dev13 (the session's start) 0.903 (1378 right, 1535 predicted)
	scoreGoldSet(t, fresh11Dir, 0.80, 0.50)
}

// TestDev16F1 scores each extractor on the sixteenth set of development
// episodes (see dev16Dir).
func TestDev16F1(t *testing.T) {
	// measured blind at commit 5b7bca2: 0.898 (2482 right, 2753
	// predicted, 2772 gold) and prose 0.593; at the session's start
	// (7a1cb4b) 0.898 (2476 right, 2744 predicted)
	scoreGoldSet(t, dev16Dir, 0.80, 0.50)
}

// TestFresh12F1 scores each extractor on the twelfth fresh blind set
// (see fresh12Dir).
func TestFresh12F1(t *testing.T) {
	// measured blind at commit 5b7bca2: 0.890 (1100 right, 1217
	// predicted, 1254 gold) and prose 0.592; at the session's start
	// (7a1cb4b) 0.886 (1095 right, 1217 predicted)
	scoreGoldSet(t, fresh12Dir, 0.80, 0.50)
}

// TestDev17F1 scores each extractor on the seventeenth set of development
// episodes (see dev17Dir).
func TestDev17F1(t *testing.T) {
	// measured blind at commit ef3c363: 0.903 (2349 right, 2613
	// predicted, 2590 gold) and prose 0.595; at the session's start
	// (7a1cb4b) 0.894 (2325 right, 2612 predicted)
	scoreGoldSet(t, dev17Dir, 0.80, 0.50)
}

// TestFresh13F1 scores each extractor on the thirteenth fresh blind set
// (see fresh13Dir).
func TestFresh13F1(t *testing.T) {
	// measured blind at commit ef3c363: 0.902 (1147 right, 1264
	// predicted, 1278 gold) and prose 0.610; at the session's start
	// (7a1cb4b) 0.894 (1135 right, 1260 predicted)
	scoreGoldSet(t, fresh13Dir, 0.80, 0.50)
}

// TestDev18F1 scores each extractor on the eighteenth set of development
// episodes (see dev18Dir).
func TestDev18F1(t *testing.T) {
	// measured blind at commit fb3f59d: 0.908 (2674 right, 2932
	// predicted, 2957 gold) and prose 0.614; at the session's start
	// (7a1cb4b) 0.901 (2654 right, 2932 predicted)
	scoreGoldSet(t, dev18Dir, 0.80, 0.50)
}

// TestFresh14F1 scores each extractor on the fourteenth fresh blind set
// (see fresh14Dir).
func TestFresh14F1(t *testing.T) {
	// measured blind at commit fb3f59d: 0.897 (1353 right, 1500
	// predicted, 1517 gold) and prose 0.608; at the session's start
	// (7a1cb4b) 0.880 (1340 right, 1527 predicted)
	scoreGoldSet(t, fresh14Dir, 0.80, 0.50)
}

// TestDev19F1 scores each extractor on the nineteenth set of development
// episodes (see dev19Dir).
func TestDev19F1(t *testing.T) {
	// measured blind at commit 46769ee: 0.902 (2386 right, 2630
	// predicted, 2658 gold) and prose 0.587; at the session's start
	// (7a1cb4b) 0.903 (2387 right, 2627 predicted)
	scoreGoldSet(t, dev19Dir, 0.80, 0.50)
}

// TestFresh15F1 scores each extractor on the fifteenth fresh blind set
// (see fresh15Dir).
func TestFresh15F1(t *testing.T) {
	// measured blind at commit 46769ee: 0.915 (1107 right, 1210
	// predicted, 1210 gold) and prose 0.624; at the session's start
	// (7a1cb4b) 0.909 (1100 right, 1211 predicted)
	scoreGoldSet(t, fresh15Dir, 0.80, 0.50)
}

// TestDev20F1 scores each extractor on the twentieth set of development
// episodes (see dev20Dir).
func TestDev20F1(t *testing.T) {
	// measured blind at commit 281287a: 0.921 (2473 right, 2658
	// predicted, 2711 gold) and prose 0.616; at the session's start
	// (7a1cb4b) 0.903 (2418 right, 2646 predicted)
	scoreGoldSet(t, dev20Dir, 0.80, 0.50)
}

// TestFresh16F1 scores each extractor on the sixteenth fresh blind set
// (see fresh16Dir).
func TestFresh16F1(t *testing.T) {
	// measured blind at commit 281287a: 0.923 (1314 right, 1407
	// predicted, 1440 gold) and prose 0.611; at the session's start
	// (7a1cb4b) 0.914 (1299 right, 1404 predicted)
	scoreGoldSet(t, fresh16Dir, 0.80, 0.50)
}

// TestDev21F1 scores each extractor on the twenty-first set of
// development episodes (see dev21Dir).
func TestDev21F1(t *testing.T) {
	// measured blind at commit 2ec86d9: 0.906 (2491 right, 2715
	// predicted, 2786 gold) and prose 0.616; at the session's start
	// (7a1cb4b) 0.892 (2451 right, 2711 predicted)
	scoreGoldSet(t, dev21Dir, 0.80, 0.50)
}

// TestDev33F1 scores each extractor on the thirty-third set of
// development episodes (see dev33Dir).
func TestDev33F1(t *testing.T) {
	// measured blind at commit 103f092: 0.916 (2568 right, 2800
	// predicted, 2810 gold) and prose 0.597; at the session's start
	// (b75e383) 0.914 (2553 right, 2778 predicted)
	scoreGoldSet(t, dev33Dir, 0.80, 0.50)
}

// TestFresh29F1 scores each extractor on the twenty-ninth fresh blind
// set (see fresh29Dir).
func TestFresh29F1(t *testing.T) {
	// measured blind at commit 103f092: 0.922 (1402 right, 1514
	// predicted, 1527 gold) and prose 0.598; at the session's start
	// (b75e383) 0.920 (1397 right, 1510 predicted)
	scoreGoldSet(t, fresh29Dir, 0.80, 0.50)
}

// TestDev32F1 scores each extractor on the thirty-second set of
// development episodes (see dev32Dir).
func TestDev32F1(t *testing.T) {
	// measured blind at commit 11313f1: 0.921 (2618 right, 2835
	// predicted, 2852 gold) and prose 0.598; at the session's start
	// (b75e383) 0.917 (2604 right, 2825 predicted)
	scoreGoldSet(t, dev32Dir, 0.80, 0.50)
}

// TestFresh28F1 scores each extractor on the twenty-eighth fresh blind
// set (see fresh28Dir).
func TestFresh28F1(t *testing.T) {
	// measured blind at commit 11313f1: 0.913 (1350 right, 1473
	// predicted, 1485 gold) and prose 0.585; at the session's start
	// (b75e383) 0.901 (1332 right, 1473 predicted)
	scoreGoldSet(t, fresh28Dir, 0.80, 0.50)
}

// TestDev31F1 scores each extractor on the thirty-first set of
// development episodes (see dev31Dir).
func TestDev31F1(t *testing.T) {
	// measured blind at commit da02824: 0.913 (2531 right, 2764
	// predicted, 2778 gold) and prose 0.605; at the session's start
	// (b75e383) 0.911 (2521 right, 2758 predicted)
	scoreGoldSet(t, dev31Dir, 0.80, 0.50)
}

// TestFresh27F1 scores each extractor on the twenty-seventh fresh blind
// set (see fresh27Dir).
func TestFresh27F1(t *testing.T) {
	// measured blind at commit da02824: 0.926 (1166 right, 1254
	// predicted, 1263 gold) and prose 0.634; at the session's start
	// (b75e383) 0.919 (1150 right, 1240 predicted)
	scoreGoldSet(t, fresh27Dir, 0.80, 0.50)
}

// TestDev30F1 scores each extractor on the thirtieth set of development
// episodes (see dev30Dir).
func TestDev30F1(t *testing.T) {
	// measured blind at commit 2fe2bee: 0.944 (2565 right, 2684
	// predicted, 2748 gold) and prose 0.620; at the session's start
	// (b75e383) 0.937 (2539 right, 2671 predicted)
	scoreGoldSet(t, dev30Dir, 0.80, 0.50)
}

// TestFresh26F1 scores each extractor on the twenty-sixth fresh blind
// set (see fresh26Dir).
func TestFresh26F1(t *testing.T) {
	// measured blind at commit 2fe2bee: 0.930 (1228 right, 1316
	// predicted, 1326 gold) and prose 0.595; at the session's start
	// (b75e383) 0.923 (1213 right, 1303 predicted)
	scoreGoldSet(t, fresh26Dir, 0.80, 0.50)
}

// TestDev29F1 scores each extractor on the twenty-ninth set of
// development episodes (see dev29Dir).
func TestDev29F1(t *testing.T) {
	// measured blind at commit f6abe2f: 0.908 (2248 right, 2480
	// predicted, 2473 gold) and prose 0.594; at the session's start
	// (b75e383) 0.900 (2217 right, 2453 predicted)
	scoreGoldSet(t, dev29Dir, 0.80, 0.50)
}

// TestFresh25F1 scores each extractor on the twenty-fifth fresh blind
// set (see fresh25Dir).
func TestFresh25F1(t *testing.T) {
	// measured blind at commit f6abe2f: 0.927 (1424 right, 1536
	// predicted, 1537 gold) and prose 0.626; at the session's start
	// (b75e383) 0.926 (1422 right, 1533 predicted)
	scoreGoldSet(t, fresh25Dir, 0.80, 0.50)
}

// TestDev28F1 scores each extractor on the twenty-eighth set of
// development episodes (see dev28Dir).
func TestDev28F1(t *testing.T) {
	// measured blind at commit a537a94: 0.915 (2760 right, 2991
	// predicted, 3039 gold) and prose 0.603; at the session's start
	// (b75e383) 0.914 (2762 right, 3007 predicted)
	scoreGoldSet(t, dev28Dir, 0.80, 0.50)
}

// TestFresh24F1 scores each extractor on the twenty-fourth fresh blind
// set (see fresh24Dir).
func TestFresh24F1(t *testing.T) {
	// measured blind at commit a537a94: 0.916 (1196 right, 1293
	// predicted, 1318 gold) and prose 0.616; at the session's start
	// (b75e383) 0.919 (1195 right, 1284 predicted)
	scoreGoldSet(t, fresh24Dir, 0.80, 0.50)
}

// TestDev27F1 scores each extractor on the twenty-seventh set of
// development episodes (see dev27Dir).
func TestDev27F1(t *testing.T) {
	// measured blind at commit 36389df: 0.930 (2652 right, 2851
	// predicted, 2852 gold) and prose 0.644; at the session's start
	// (b75e383) 0.930 (2652 right, 2850 predicted)
	scoreGoldSet(t, dev27Dir, 0.80, 0.50)
}

// TestFresh23F1 scores each extractor on the twenty-third fresh blind
// set (see fresh23Dir).
func TestFresh23F1(t *testing.T) {
	// measured blind at commit 36389df: 0.926 (1384 right, 1488
	// predicted, 1500 gold) and prose 0.604; at the session's start
	// (b75e383) 0.920 (1378 right, 1496 predicted)
	scoreGoldSet(t, fresh23Dir, 0.80, 0.50)
}

// TestDev26F1 scores each extractor on the twenty-sixth set of
// development episodes (see dev26Dir).
func TestDev26F1(t *testing.T) {
	// measured blind at commit 6ca5837: 0.918 (2636 right, 2900
	// predicted, 2841 gold) and prose 0.596; at the session's start
	// (b75e383) 0.916 (2632 right, 2906 predicted)
	scoreGoldSet(t, dev26Dir, 0.80, 0.50)
}

// TestFresh22F1 scores each extractor on the twenty-second fresh blind
// set (see fresh22Dir).
func TestFresh22F1(t *testing.T) {
	// measured blind at commit 6ca5837: 0.926 (1300 right, 1389
	// predicted, 1418 gold) and prose 0.601; at the session's start
	// (b75e383) 0.928 (1303 right, 1390 predicted)
	scoreGoldSet(t, fresh22Dir, 0.80, 0.50)
}

// TestDev25F1 scores each extractor on the twenty-fifth set of
// development episodes (see dev25Dir).
func TestDev25F1(t *testing.T) {
	// measured blind at commit 5d3bc23: 0.917 (2358 right, 2548
	// predicted, 2597 gold) and prose 0.588; at the session's start
	// (b75e383) 0.918 (2364 right, 2551 predicted)
	scoreGoldSet(t, dev25Dir, 0.80, 0.50)
}

// TestFresh21F1 scores each extractor on the twenty-first fresh blind
// set (see fresh21Dir).
func TestFresh21F1(t *testing.T) {
	// measured blind at commit 5d3bc23: 0.917 (1192 right, 1295
	// predicted, 1304 gold) and prose 0.626; at the session's start
	// (b75e383) 0.917 (1192 right, 1296 predicted)
	scoreGoldSet(t, fresh21Dir, 0.80, 0.50)
}

// TestDev24F1 scores each extractor on the twenty-fourth set of
// development episodes (see dev24Dir).
func TestDev24F1(t *testing.T) {
	// measured blind at commit b80f01e: 0.928 (2585 right, 2759
	// predicted, 2815 gold) and prose 0.615; at the session's start
	// (b75e383) 0.925 (2586 right, 2779 predicted)
	scoreGoldSet(t, dev24Dir, 0.80, 0.50)
}

// TestFresh20F1 scores each extractor on the twentieth fresh blind set
// (see fresh20Dir).
func TestFresh20F1(t *testing.T) {
	// measured blind at commit b80f01e: 0.921 (1285 right, 1374
	// predicted, 1416 gold) and prose 0.609; at the session's start
	// (b75e383) 0.919 (1284 right, 1378 predicted)
	scoreGoldSet(t, fresh20Dir, 0.80, 0.50)
}

// TestDev23F1 scores each extractor on the twenty-third set of
// development episodes (see dev23Dir).
func TestDev23F1(t *testing.T) {
	// measured blind at commit 02f6c1c: 0.931 (2473 right, 2642
	// predicted, 2672 gold) and prose 0.624; at the session's start
	// (b75e383) 0.935 (2489 right, 2653 predicted)
	scoreGoldSet(t, dev23Dir, 0.80, 0.50)
}

// TestFresh19F1 scores each extractor on the nineteenth fresh blind set
// (see fresh19Dir).
func TestFresh19F1(t *testing.T) {
	// measured blind at commit 02f6c1c: 0.894 (1029 right, 1152
	// predicted, 1150 gold) and prose 0.570; at the session's start
	// (b75e383) 0.899 (1034 right, 1151 predicted)
	scoreGoldSet(t, fresh19Dir, 0.80, 0.50)
}

// TestDev22F1 scores each extractor on the twenty-second set of
// development episodes (see dev22Dir).
func TestDev22F1(t *testing.T) {
	// measured blind at commit 7e315c0: 0.901 (2430 right, 2678
	// predicted, 2716 gold) and prose 0.594; at the session's start
	// (b75e383) 0.901 (2433 right, 2687 predicted)
	scoreGoldSet(t, dev22Dir, 0.80, 0.50)
}

// TestFresh18F1 scores each extractor on the eighteenth fresh blind set
// (see fresh18Dir).
func TestFresh18F1(t *testing.T) {
	// measured blind at commit 7e315c0: 0.906 (1275 right, 1392
	// predicted, 1422 gold) and prose 0.560; at the session's start
	// (b75e383) 0.905 (1274 right, 1393 predicted)
	scoreGoldSet(t, fresh18Dir, 0.80, 0.50)
}

// TestPodF1 scores each extractor on the later parts of the dev podcasts
// (see podDir).
func TestPodF1(t *testing.T) {
	// measured blind at commit b75e383: 0.762 (170 right, 213
	// predicted, 233 gold) and prose 0.228
	scoreGoldSet(t, podDir, 0.70, 0.20)
}

// TestPodfreshF1 scores each extractor on the later parts of the
// held-out podcasts (see podfreshDir).
func TestPodfreshF1(t *testing.T) {
	// measured blind at commit b75e383: 0.697 (54 right, 82 predicted,
	// 73 gold) and prose 0.333
	scoreGoldSet(t, podfreshDir, 0.60, 0.28)
}

// TestFresh17F1 scores each extractor on the seventeenth fresh blind set
// (see fresh17Dir).
func TestFresh17F1(t *testing.T) {
	// measured blind at commit 2ec86d9: 0.932 (1154 right, 1233
	// predicted, 1243 gold) and prose 0.591; at the session's start
	// (7a1cb4b) 0.917 (1134 right, 1230 predicted)
	scoreGoldSet(t, fresh17Dir, 0.80, 0.50)
}
