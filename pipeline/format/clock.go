package format

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// maxTime is the latest start time accepted: no recording runs for two days,
// so a later time is a corrupt file, not a long podcast.
const maxTime = 48 * 3600

// parseClock parses a clock time: SS.mmm, MM:SS.mmm or HH:MM:SS.mmm, with
// '.' or ',' before the fraction. Without an hour field the minutes may run
// past 59 (Whisper's VTT writes 87:12.000); otherwise minutes and seconds
// must be below 60.
func parseClock(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("%w: empty time", ErrBadTime)
	}
	frac := 0.0
	whole := s
	if i := strings.IndexAny(s, ".,"); i >= 0 {
		whole = s[:i]
		digits := s[i+1:]
		if digits == "" || !allDigits(digits) || len(digits) > 9 {
			return 0, fmt.Errorf("%w %q", ErrBadTime, s)
		}
		n, _ := strconv.Atoi(digits) // all digits, at most 9: cannot fail
		frac = float64(n) / math.Pow10(len(digits))
	}
	parts := strings.Split(whole, ":")
	if len(parts) > 3 {
		return 0, fmt.Errorf("%w %q", ErrBadTime, s)
	}
	total := 0.0
	for i, p := range parts {
		if p == "" || !allDigits(p) || len(p) > 6 {
			return 0, fmt.Errorf("%w %q", ErrBadTime, s)
		}
		n, _ := strconv.Atoi(p)
		// The first field is unbounded; later ones are minutes or seconds.
		if i > 0 && n >= 60 {
			unit := "seconds"
			if i < len(parts)-1 {
				unit = "minutes"
			}
			return 0, fmt.Errorf("%w %q: %s of 60 or more", ErrBadTime, s, unit)
		}
		total = total*60 + float64(n)
	}
	return round(total + frac), nil
}

// round rounds seconds to milliseconds, removing binary-float noise such as
// 22.240000000000002 without losing any precision a transcript has.
func round(x float64) float64 {
	return math.Round(x*1000) / 1000
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
