package pipeline

import (
	"fmt"
	"math"
	"net/url"
	"strings"
)

// DeepLink is the link to second start of the transcript's video,
// https://www.youtube.com/watch?v=ID&t=Ns, or "" when the transcript is not
// a YouTube video (its URL is not YouTube's or its id is not a YouTube id).
func DeepLink(t *Transcript, start float64) string {
	if t == nil || !isYouTubeID(t.VideoID) || !isYouTubeURL(t.URL) {
		return ""
	}
	return fmt.Sprintf("https://www.youtube.com/watch?v=%s&t=%ds", t.VideoID, int(math.Floor(start)))
}

// isYouTubeID reports whether id looks like a YouTube video id: 11
// characters of [A-Za-z0-9_-].
func isYouTubeID(id string) bool {
	if len(id) != 11 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func isYouTubeURL(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	h := strings.TrimPrefix(strings.ToLower(p.Host), "www.")
	h = strings.TrimPrefix(h, "m.")
	return h == "youtube.com" || h == "youtu.be"
}
