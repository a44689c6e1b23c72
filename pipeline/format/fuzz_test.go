package format

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to Auto.Parse: it must never panic, and
// whatever it accepts must satisfy checkInvariants. Seeds are the format
// samples and the bad-input catalogue; crashers land in testdata/fuzz.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{
		filepath.Join(formatsDir, "*"),
		filepath.Join(badDir, "*"),
		seedPath,
	} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, p := range paths {
			if info, err := os.Stat(p); err != nil || info.IsDir() || info.Size() > 64<<10 {
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := Auto{}.Parse("fuzz", data)
		if err != nil {
			return
		}
		checkInvariants(t, tr)
	})
}

// BenchmarkParseBBC parses a whole BBC episode (19 KB, 165 lines).
func BenchmarkParseBBC(b *testing.B) {
	path := filepath.Join("testdata", "bench", "2024_08_25_Special_Podcast__Israel_-_Hezbollah_strikes.md")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Auto{}).Parse(path, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseSeed parses the seed Markdown transcript.
func BenchmarkParseSeed(b *testing.B) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Auto{}).Parse(seedPath, data); err != nil {
			b.Fatal(err)
		}
	}
}
