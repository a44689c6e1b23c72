package format

import (
	"errors"
	"testing"
)

func TestParseClock(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		wantErr bool
	}{
		{"00:00:22.240", 22.24, false},
		{"01:02:03,500", 3723.5, false},
		{"87:12.000", 5232, false}, // Whisper VTT: no hour field past an hour
		{"05.5", 5.5, false},
		{"1:00:00", 3600, false},
		{"99:99:99", 0, true},
		{"00:60:00.000", 0, true},
		{"00:00:60.000", 0, true},
		{"-00:00:01.000", 0, true},
		{"", 0, true},
		{"1:2:3:4", 0, true},
		{"00:00:01.", 0, true},
		{"aa:bb", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseClock(tt.in)
			if tt.wantErr {
				if !errors.Is(err, ErrBadTime) {
					t.Errorf("parseClock(%q) = %g, %v, want ErrBadTime", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("parseClock(%q) = %g, %v, want %g", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseTParam(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"22.240000000000002s", 22.240000000000002},
		{"0.0s", 0},
		{"123", 123},
		{"1h2m3s", 3723},
		{"2m", 120},
	}
	for _, tt := range tests {
		if got, err := parseTParam(tt.in); err != nil || got != tt.want {
			t.Errorf("parseTParam(%q) = %g, %v, want %g", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "abc", "NaN", "1e9"} {
		if got, err := parseTParam(in); err == nil {
			t.Errorf("parseTParam(%q) = %g, want an error", in, got)
		}
	}
}
