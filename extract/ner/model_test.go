package ner

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
)

func mustDefault(tb testing.TB) *Model {
	tb.Helper()
	m, err := Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return m
}

func TestDefaultDocument(t *testing.T) {
	m := mustDefault(t)
	tests := []struct {
		name string
		in   []string
		want [][]string // per sentence: "TYPE text"
	}{
		{
			"seed sentence",
			[]string{"US President Donald Trump says he plans to meet Vladimir Putin."},
			[][]string{{"LOC US", "PER Donald Trump", "PER Vladimir Putin"}},
		},
		{
			"two sentences, empty one",
			[]string{"Angela Merkel visited Paris on Monday.", "", "She met Emmanuel Macron."},
			[][]string{{"PER Angela Merkel", "LOC Paris"}, nil, {"PER Emmanuel Macron"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents, _ := m.Document(tt.in)
			for i, s := range tt.in {
				var got []string
				for _, e := range ents[i] {
					got = append(got, e.Type+" "+s[e.Start:e.End])
				}
				if !slices.Equal(got, tt.want[i]) {
					t.Errorf("Document(%q)[%d] = %q, want %q", tt.in, i, got, tt.want[i])
				}
			}
		})
	}
}

func TestTagTokens(t *testing.T) {
	m := mustDefault(t)
	got := m.TagTokens([][]string{{"Vladimir", "Putin", "spoke", "in", "Moscow", "."}, {}})
	want := [][]string{{"B-PER", "I-PER", "O", "O", "B-LOC", "O"}, {}}
	if len(got) != len(want) {
		t.Fatalf("TagTokens gave %d sentences, want %d", len(got), len(want))
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("TagTokens sentence %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// TestWriteLoad checks that the embedded model survives a Write and Load
// byte for byte.
func TestWriteLoad(t *testing.T) {
	m := mustDefault(t)
	var b1, b2 bytes.Buffer
	if err := m.Write(&b1); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m2.Write(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("Write(Load(Write(m))) differs from Write(m)")
	}
	if !bytes.Equal(b1.Bytes(), embedded) {
		t.Error("Write(Default()) differs from the embedded file")
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load(garbage) succeeded")
	}
}

func TestConcurrentUse(t *testing.T) {
	m := mustDefault(t)
	text := seedSentences(t)
	want, _ := m.Document(text)
	var wg sync.WaitGroup
	for range 2 * runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, _ := m.Document(text)
			for i := range want {
				if !slices.Equal(got[i], want[i]) {
					t.Errorf("concurrent Document: sentence %d = %v, want %v", i, got[i], want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// seedSentences returns the body lines of the committed seed transcript.
func seedSentences(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "000_895ee33c69e71cdb.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(l, "* ") {
			continue
		}
		if i := strings.Index(l, " [["); i > 0 {
			out = append(out, strings.TrimSpace(l[2:i]))
		}
	}
	if len(out) == 0 {
		tb.Fatal("no transcript lines in the seed transcript")
	}
	return out
}

// sharedDir returns the shared data folder (../shared from the repository
// root) or skips the test when it is absent.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	if err == nil {
		if _, err = os.Stat(filepath.Join(dir, "data", "ner", "conll2003")); err == nil {
			return dir
		}
	}
	tb.Skipf("shared data not found at ../shared relative to the repository root (%v): skipping", err)
	return ""
}

// testbFloor is the target, a little under the embedded model's
// CoNLL-2003 testb F1 (89.18). The embedded model is trained on eng.train
// and eng.testa, so testa no longer measures it; model choices are made on
// testa with a model trained on eng.train alone (see README.md), and this
// test only guards against regressions.
const testbFloor = 88.0

func TestTestbScore(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	dir := sharedDir(t)
	docs, err := readCoNLLFile(filepath.Join(dir, "data", "ner", "conll2003", "eng.testb"))
	if err != nil {
		t.Fatal(err)
	}
	s := mustDefault(t).evaluate(docs)
	t.Logf("testb:\n%s", s)
	if f := s.Overall.F1(); f < testbFloor {
		t.Errorf("testb F1 = %.2f, want at least %.2f", f, testbFloor)
	}
}
