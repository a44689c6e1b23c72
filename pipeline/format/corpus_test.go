package format

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// sharedCorpus is the corpus beside the repository: the repository root is
// two levels above this package, and shared/ sits next to it.
var sharedCorpus = filepath.Join("..", "..", "..", "shared", "corpus")

// TestCorpus parses every file of the shared corpus. It checks that nothing
// panics, every non-empty BBC file and every other-formats sample parses,
// and the empty BBC files fail with ErrEmpty.
func TestCorpus(t *testing.T) {
	if _, err := os.Stat(sharedCorpus); err != nil {
		t.Skipf("shared corpus not found at %s (it lives outside the repository): %v", sharedCorpus, err)
	}
	if testing.Short() {
		t.Skip("corpus test skipped in -short mode")
	}
	for _, dir := range []string{"markdown", "bbc-global-news", "other-formats"} {
		t.Run(dir, func(t *testing.T) {
			var ok, empty, failed, segments int
			formats := map[string]int{}
			err := filepath.WalkDir(filepath.Join(sharedCorpus, dir), func(path string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || d.Name() == "README.md" {
					return err
				}
				data, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				tr, err := Auto{}.Parse(path, data)
				switch {
				case err == nil:
					ok++
					segments += len(tr.Segments)
					formats[tr.Format]++
					checkInvariants(t, tr)
				case len(data) == 0 && errors.Is(err, ErrEmpty):
					empty++
				default:
					failed++
					t.Errorf("Parse: %v", err)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d parsed (%d segments, formats %v), %d empty, %d failed",
				dir, ok, segments, formats, empty, failed)
			if dir == "bbc-global-news" && empty != 70 {
				t.Errorf("%d empty BBC files rejected as empty, want 70", empty)
			}
		})
	}
}
